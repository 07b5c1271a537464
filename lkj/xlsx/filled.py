"""Whether a workbook holds what someone typed: `lkj templates --ganti` replaces a blank workbook, never a
filled one (nothing a user made is lost to --ganti: its help says inputs are never written over).

A workbook is filled when a cell of one of its sheets (the guide, the lists and the hidden marker of the
template's version aside) holds a value that the blank about to replace it does not hold there. A
workbook that cannot be read within the reader's limits is taken as filled: it is kept.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from lkj import outputs
from lkj.contract import GUIDE_SHEET, LIST_SHEET, META_SHEET
from lkj.read.files import MAX_BYTES
from lkj.read.package import Refused, contents, open_package
from lkj.read.workbook import is_panic
from lkj.xlsx.save import save

_TEMPLATE_ONLY = {GUIDE_SHEET, LIST_SHEET, META_SHEET}
Grid = Sequence[Sequence[object]]


def refuse_filled(replaced: list[tuple[Path, Workbook]]) -> None:
    """Refuse (WriteProblem, every one told, nothing written) to replace a filled workbook by its blank;
    `replaced`: each existing workbook with the blank that would replace it."""
    problems = []
    for path, blank in replaced:
        sheets = filled_sheets(path, blank)
        if sheets is None:
            what = "tidak dapat dibaca untuk memastikan bahwa isinya kosong"
        elif sheets:
            shown = ", ".join(sheets[:3]) + (f" dan {len(sheets) - 3} lainnya" if len(sheets) > 3 else "")
            what = f"sudah diisi (lembar {shown})"
        else:
            continue
        problems.append(
            f"'{path}' {what}, sehingga tidak diganti templat kosong, juga dengan --ganti. Pindahkan berkas "
            "itu ke folder lain bila memang ingin menggantinya."
        )
    outputs.refuse(problems, "workbook sudah diisi")


def filled_sheets(existing: Path, blank: Workbook) -> list[str] | None:
    """The sheets of `existing` that hold a value `blank` does not; None when it cannot be read."""
    buffer = io.BytesIO()
    save(blank, buffer)
    empty = _grids(buffer.getvalue())
    try:
        found = _grids(contents(existing, existing.name, MAX_BYTES))
    except (OSError, Refused, _Unreadable):
        return None
    return [name for name, grid in found.items() if _typed(grid, empty.get(name, []))]


class _Unreadable(Exception):
    pass


def _grids(data: bytes) -> dict[str, Grid]:
    try:
        opened = open_package(data, "")
        book = CalamineWorkbook.from_filelike(opened.source)
        return {
            name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            for name in book.sheet_names
            if name not in _TEMPLATE_ONLY
        }
    except Refused:
        raise
    except BaseException as exc:  # a damaged file, in whatever way calamine tells it
        if not isinstance(exc, Exception) and not is_panic(exc):
            raise
        raise _Unreadable(str(exc)) from exc


def _typed(grid: Grid, blank: Grid) -> bool:
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value in ("", None):
                continue
            if r >= len(blank) or c >= len(blank[r]) or blank[r][c] != value:
                return True
    return False
