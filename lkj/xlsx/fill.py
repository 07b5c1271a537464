"""Fill a blank template programmatically: the sample data, the test corpus and the benchmark use it,
so every workbook they make has exactly the shape a sub-coordinator receives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from copy import copy
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from lkj import layout as L
from lkj.contract import FormSheet, TableSheet, WorkbookSpec
from lkj.xlsx.blank import Prefill, build_blank
from lkj.xlsx.cells import store
from lkj.xlsx.save import save

SheetData = Mapping[str, Any] | Sequence[Mapping[str, Any]]


Cells = dict[tuple[int, int], Any]  # (row, column) → value, both 1-based


def fill_workbook(
    spec: WorkbookSpec, data: Mapping[str, SheetData], path: Path, prefill: Prefill | None = None
) -> None:
    """Write `spec`'s blank template with `data` (sheet key → field values, or → list of row values)."""
    save(filled_workbook(spec, data, prefill), path)


def filled_workbook(
    spec: WorkbookSpec, data: Mapping[str, SheetData], prefill: Prefill | None = None
) -> Workbook:
    """`spec`'s blank template holding `data`, every value typed as staff would (text as text)."""
    wb = build_blank(spec, prefill or Prefill())
    for name, cells in placements(spec, data).items():
        ws = wb[name]
        for (row, column), value in cells.items():
            cell = typed_cell(ws, row, column)
            store(cell, value)  # ws.cell(value=None) would leave a pre-filled value
            places = decimals_typed(value)
            if places:  # 3.40 is stored as the number 3.4: its decimals live in the number format
                cell.number_format = "0." + "0" * places
    return wb


def decimals_typed(value: Any) -> int:
    """The decimals a Decimal was written with (Decimal("3.40") → 2), as staff would have typed it."""
    if not isinstance(value, Decimal):
        return 0
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def placements(spec: WorkbookSpec, data: Mapping[str, SheetData]) -> dict[str, Cells]:
    """Where `data` goes: sheet name → cell values (None clears a pre-filled cell)."""
    out: dict[str, Cells] = {}
    for key, content in data.items():
        sheet = spec.sheet(key)
        if isinstance(sheet, FormSheet):
            assert isinstance(content, Mapping)
            out[sheet.name] = _form(sheet, content)
        else:
            assert not isinstance(content, Mapping)
            out[sheet.name] = _table(sheet, content)
    return out


def typed_cell(ws: Worksheet, row: int, column: int) -> Cell:
    """The cell as Excel makes it when someone types into it: a new cell takes its column's style (the
    blank templates style whole input columns: unlocked, number format, fill)."""
    cell = ws.cell(row=row, column=column)
    if not cell.has_style:
        cell._style = copy(ws.column_dimensions[L.column_letter(column)]._style)
    return cell


def cell_value(value: Any) -> Any:
    """What to store in a cell: numbers stay numbers, dates dates, everything else text."""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if value is None or isinstance(value, (int, float, Decimal, date, str)):
        return value
    return str(value)


def _form(sheet: FormSheet, values: Mapping[str, Any]) -> Cells:
    rows = {column.key: L.FIRST_DATA_ROW + i for i, column in enumerate(sheet.fields)}
    return {(rows[key], L.FORM_VALUE_COL): cell_value(value) for key, value in values.items()}


def _table(sheet: TableSheet, rows: Sequence[Mapping[str, Any]]) -> Cells:
    columns = {column.key: i for i, column in enumerate(sheet.columns, start=1)}
    cells: Cells = {}
    if sheet.key == "spbe":  # pre-filled reference rows: only the level is typed, on the indicator's row
        for row in rows:
            cells[L.FIRST_DATA_ROW + int(row["nomor"]) - 1, columns["tingkat"]] = cell_value(
                row.get("tingkat")
            )
        return cells
    if sheet.prefilled:
        for r in range(L.FIRST_DATA_ROW, L.FIRST_DATA_ROW + sheet.capacity):
            for c in columns.values():
                cells[r, c] = None
    for offset, row in enumerate(rows):
        for key, value in row.items():
            cells[L.FIRST_DATA_ROW + offset, columns[key]] = cell_value(value)
    return cells
