"""Save a workbook with no clock in it (fixed zip dates and document dates), so that regenerating the
same workbook gives the same bytes: git then shows a sample as changed only when its content changed.
A file is replaced atomically, never left half written (lkj.write)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import IO

from openpyxl import Workbook

from lkj.write import replacing

FIXED = "2000-01-01T00:00:00Z"
_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def save(wb: Workbook, path: Path | IO[bytes]) -> None:
    buffer = io.BytesIO()
    wb.save(buffer)
    if isinstance(path, Path):
        with replacing(path) as out:
            _repack(buffer, out)
    else:
        _repack(buffer, path)


def _repack(buffer: IO[bytes], out: IO[bytes]) -> None:
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _DATES.sub(rb"\g<1>" + FIXED.encode() + rb"\g<2>", data)
            entry = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, data)
