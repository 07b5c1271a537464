"""The floor: the least any tool must spend on the same input, run as a command like `lkj build` is.

    python bench/floor.py FOLDER OUT.docx

Reads every sheet of every workbook in FOLDER with python-calamine, and writes OUT.docx (the package of
templates/lkj.docx) whose document is one table of the program, kegiatan and sub kegiatan rows (12
columns, as in the report) emitted as a raw XML string. It imports nothing but python-calamine and the
standard library, so that the benchmark compares command with command: a fresh interpreter, its imports,
the reading and the writing.
"""

from __future__ import annotations

import json
import sys
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

from python_calamine import CalamineWorkbook

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "lkj.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BIG_TABLE_SHEETS = ("Program", "Kegiatan", "Sub Kegiatan")
COLUMNS = 12


def escape(text: str) -> str:  # xml.sax.saxutils would import urllib and http.client: 20 ms
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(folder: Path, out: Path) -> dict[str, float]:
    """Write the floor's document; returns the rows written and the seconds of each half."""
    start = time.perf_counter()
    rows: list[Sequence[object]] = []
    for path in sorted(folder.glob("*.xlsx")):
        wb = CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            grid = wb.get_sheet_by_name(name).to_python()
            if name in BIG_TABLE_SHEETS:
                rows += grid[3:]
    read = time.perf_counter() - start
    start = time.perf_counter()
    cells = "".join(
        "<w:tr>"
        + "".join(
            f"<w:tc><w:p><w:r><w:t>{escape(str(v))}</w:t></w:r></w:p></w:tc>"
            for v in [*row, *[""] * COLUMNS][:COLUMNS]
        )
        + "</w:tr>"
        for row in rows
    )
    body = f"<w:tbl><w:tblGrid>{'<w:gridCol/>' * COLUMNS}</w:tblGrid>{cells}</w:tbl>"
    document = f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    with zipfile.ZipFile(TEMPLATE) as template, zipfile.ZipFile(out, "w") as target:
        for item in template.infolist():
            data = document.encode() if item.filename == "word/document.xml" else template.read(item)
            target.writestr(item.filename, data, zipfile.ZIP_DEFLATED, 1)
    return {"rows": len(rows), "read": read, "write": time.perf_counter() - start}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
