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
    cells: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in items:
        if f.sheet in wb.sheetnames:
            cells[(f.sheet, f.cell)].append(f)
    for (sheet, ref), found in cells.items():
        column, row = coordinate_from_string(ref)
        cell = typed_cell(wb[sheet], row, column_index_from_string(column))  # stays unlocked to be fixed
        worst = max(f.severity for f in found)
        cell.fill = RED if worst is Severity.ERROR else AMBER
        text = "\n\n".join(f"{f.severity.label} [{f.code}]: {f.message}" for f in found)
        comment = Comment(text, "lkj validate")
        comment.width, comment.height = 360, 60 + 18 * (len(text) // 45)
        cell.comment = comment
    wb.save(path)
