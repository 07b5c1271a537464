"""`lkj validate --annotate OUTDIR`: a copy of each workbook with every offending cell filled red and the
finding as a cell comment, so a sub-coordinator sees the problems where they are. Originals are never
touched (each copy is made from the original read, never written); the copies say so in their name and
are never written into the input folder (lkj.outputs). A copy holds the original's cells exactly, the
formulas its author typed included: lkj adds fills and comments, never a value or a formula. A workbook
openpyxl cannot load (a cell or style it cannot parse, a merge over a whole sheet) gets no copy, and a
sentence why; the others still get theirs."""

from __future__ import annotations

import re
import warnings
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from lkj import outputs
from lkj.errors import detail
from lkj.findings import Finding, Severity
from lkj.read.files import MAX_BYTES, entries
from lkj.read.package import Refused, contents, open_package
from lkj.write import WriteProblem
from lkj.xlsx.fill import typed_cell
from lkj.xlsx.save import save

RED = PatternFill("solid", fgColor="FF9999")
AMBER = PatternFill("solid", fgColor="FFE08A")
CELL = re.compile(r"^[A-Z]{1,3}[0-9]+$")


@dataclass(frozen=True)
class Annotated:
    """What annotate_copies did: the copies written; the workbooks that get none, each with why (a
    phrase: openpyxl cannot load it, say; the findings above still hold); and the copies that could not be
    written (a full disk, say: a failure of the command)."""

    written: list[Path]
    unannotated: list[tuple[str, str]]
    failed: list[str]


def annotate_copies(
    folder: Path, findings: Iterable[Finding], outdir: Path, replace: bool = False
) -> Annotated:
    """A marked copy of every workbook a finding points into a cell of. Writes nothing (WriteProblem)
    when `outdir` is in the input folder or a copy would replace a file that is not an earlier copy
    (unless `replace`)."""
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.file and f.sheet and CELL.match(f.cell):
            by_file[f.file].append(f)
    paths = entries(folder)  # by the names findings show (not every name on disk is valid text)
    done = Annotated([], [], [])
    planned: dict[Path, tuple[str, Path, list[Finding]]] = {}
    for name, items in sorted(by_file.items()):
        source = paths.get(name)
        if source is None:
            done.unannotated.append((name, "berkasnya tidak ada lagi di folder masukan"))
            continue
        planned[outdir / f"{source.stem}-dengan-catatan{source.suffix}"] = (name, source, items)
    outputs.check_folder(outdir, [folder])
    outputs.check([(target, outputs.ANNOTATED) for target in planned], [folder], replace)
    for target, (name, source, items) in planned.items():
        wb = _marked(source, items)
        if isinstance(wb, str):
            done.unannotated.append((name, wb))
            continue
        try:
            save(wb, target)
        except WriteProblem as exc:  # a full disk, say: told for this copy; the next may still fit
            done.failed.append(str(exc))
            continue
        done.written.append(target)
    return done


def _marked(source: Path, items: list[Finding]) -> Workbook | str:
    """The workbook as openpyxl loads it, with the findings marked; or why it cannot be (a phrase)."""
    try:
        opened = open_package(contents(source, source.name, MAX_BYTES), source.name)
        if opened.merges_too_large:
            return "selnya digabung terlalu luas (lihat temuan sheet.too-large)"
        with warnings.catch_warnings():  # a cell it cannot convert, said as a Python warning
            warnings.simplefilter("ignore")  # the bytes checked, not the file again: it may have changed
            wb = openpyxl.load_workbook(opened.source, keep_vba=source.suffix.casefold() == ".xlsm")
        _mark(wb, items)
    except (Refused, zipfile.BadZipFile, OSError):
        return "workbook tidak dapat dibuka (lihat temuan di atas)"
    except Exception as exc:  # openpyxl, stricter than the reader, fails on a hostile file in any way
        return (
            f"openpyxl tidak dapat membaca isinya ({detail(exc)}); temuan di atas tetap berlaku. Buka "
            "workbook itu di Excel, simpan ulang, lalu periksa lagi untuk mendapat salinannya"
        )
    wb.properties.lastModifiedBy = outputs.ANNOTATED_BY  # the mark of a copy lkj may replace
    return wb


def _mark(wb: Workbook, items: list[Finding]) -> None:
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


def _anchor(ws: Worksheet, row: int, column: int) -> tuple[int, int]:
    """The cell that can carry a mark: a cell inside merged cells has no fill or comment of its own, so
    its merge's first cell carries them (the finding about the merge names the range)."""
    for merged in ws.merged_cells.ranges:
        if merged.min_row <= row <= merged.max_row and merged.min_col <= column <= merged.max_col:
            return merged.min_row, merged.min_col
    return row, column
