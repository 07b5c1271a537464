"""`lkj validate --annotate OUTDIR`: a copy of each workbook with every offending cell filled red and the
finding as a cell comment, so a sub-coordinator sees the problems where they are. Originals are never
touched; the copies say so in their name."""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.worksheet.worksheet import Worksheet

from lkj.findings import Finding, Severity
from lkj.xlsx.fill import typed_cell

RED = PatternFill("solid", fgColor="FF9999")
AMBER = PatternFill("solid", fgColor="FFE08A")
CELL = re.compile(r"^[A-Z]{1,3}[0-9]+$")


def annotate_copies(folder: Path, findings: Iterable[Finding], outdir: Path) -> list[Path]:
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.file and f.sheet and CELL.match(f.cell):
            by_file[f.file].append(f)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, items in sorted(by_file.items()):
        source = folder / name
        target = outdir / f"{source.stem}-dengan-catatan{source.suffix}"
        if source.resolve() == target.resolve():
            continue
        shutil.copyfile(source, target)
        _mark(target, items)
        written.append(target)
    return written


def _mark(path: Path, items: list[Finding]) -> None:
    wb = openpyxl.load_workbook(path, keep_vba=path.suffix.casefold() == ".xlsm")
    cells: dict[tuple[str, int, int], list[Finding]] = defaultdict(list)
    for f in items:
        if f.sheet in wb.sheetnames:
            column, row = coordinate_from_string(f.cell)
            cells[(f.sheet, *_anchor(wb[f.sheet], row, column_index_from_string(column)))].append(f)
    for (sheet, row, column), found in cells.items():
        cell = typed_cell(wb[sheet], row, column)  # stays unlocked to be fixed
        worst = max(f.severity for f in found)
        cell.fill = RED if worst is Severity.ERROR else AMBER
        text = "\n\n".join(f"{f.severity.label} [{f.code}]: {f.message}" for f in found)
        comment = Comment(text, "lkj validate")
        comment.width, comment.height = 360, 60 + 18 * (len(text) // 45)
        cell.comment = comment
    wb.save(path)


def _anchor(ws: Worksheet, row: int, column: int) -> tuple[int, int]:
    """The cell that can carry a mark: a cell inside merged cells has no fill or comment of its own, so
    its merge's first cell carries them (the finding about the merge names the range)."""
    for merged in ws.merged_cells.ranges:
        if merged.min_row <= row <= merged.max_row and merged.min_col <= column <= merged.max_col:
            return merged.min_row, merged.min_col
    return row, column
