"""The web page's own state, kept beside the workbooks in a hidden subfolder of the work folder
(FOLDER/.lkj-web, passed over by the reader), so that the work folder stays a plain folder of workbooks
that `lkj build FOLDER` builds as well. Every record is a small JSON file replaced atomically (lkj.write)."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from lkj.findings import Finding, Severity
from lkj.write import write_bytes

STATE_FOLDER = ".lkj-web"
_SEVERITY = {s.key: s for s in Severity}


def read_json(path: Path) -> Any:
    """The record at `path`, or None when there is none (or only an unreadable one)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, data: Any) -> None:
    write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def now() -> str:
    """The local time, to the second: when an office did something."""
    return datetime.now().replace(microsecond=0).isoformat()


def now_stamp() -> str:
    """The local time as part of a folder's name: 20250105-140709."""
    return datetime.now().strftime("%Y%m%d-%H%M%S")


_UNSAFE = re.compile(r"[^\w.()-]+")  # what a name of ours keeps: letters, digits, . ( ) - _


def safe_name(original: str, suffix: str = ".xlsx") -> str:
    """A file name of lkj's own making from the name an upload came with: letters, digits and a few signs,
    always ending `suffix` (never a path, never a hidden file, never another ending)."""
    known = (".xlsx", ".xlsm", ".png", ".jpg", ".jpeg")
    stem = Path(original).stem if original.casefold().endswith(known) else original
    stem = _UNSAFE.sub("-", stem).strip(".- ")[:100] or "workbook"
    return f"{stem}{suffix}"


def free_name(folder: Path, file: str) -> str:
    """`file`, or the first 'NAME-2.xlsx', 'NAME-3.xlsx'… not in `folder`: a file lkj did not put there is
    never written over."""
    stem, suffix = Path(file).stem, Path(file).suffix
    name, n = file, 1
    while (folder / name).exists():
        n += 1
        name = f"{stem}-{n}{suffix}"
    return name


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def findings_to_json(findings: tuple[Finding, ...]) -> list[dict[str, Any]]:
    """The findings as `lkj validate --json` gives them, with what the board counts for a final report:
    whether each is a gap (BELUM DIISI) and whether it blocks a final (Finding.blocks_final)."""
    return [{**f.as_dict(), "gap": f.gap, "blocks_final": f.blocks_final} for f in findings]


def findings_from_json(items: Any) -> tuple[Finding, ...]:
    return tuple(
        Finding(
            _SEVERITY[i["severity"]],
            i["code"],
            i["file"],
            i["sheet"],
            i["cell"],
            i["message"],
            bool(i.get("gap", False)),
            # a record kept before the flag was: an error blocks a final in any case
            bool(i.get("blocks_final", i["severity"] == Severity.ERROR.key)),
        )
        for i in items or ()
    )
