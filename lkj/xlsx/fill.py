"""Fill a blank template programmatically: the sample data, the test corpus and the benchmark use it,
so every workbook they make has exactly the shape a sub-coordinator receives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from lkj.contract import FormSheet, TableSheet, WorkbookSpec
from lkj.contract import layout as L
from lkj.xlsx.blank import Prefill, build_blank
from lkj.xlsx.save import save

SheetData = Mapping[str, Any] | Sequence[Mapping[str, Any]]


def fill_workbook(
    spec: WorkbookSpec, data: Mapping[str, SheetData], path: Path, prefill: Prefill | None = None
) -> None:
    """Write `spec`'s blank template with `data` (sheet key → field values, or → list of row values)."""
    wb = build_blank(spec, prefill or Prefill())
    for key, content in data.items():
        sheet = spec.sheet(key)
        if isinstance(sheet, FormSheet):
            assert isinstance(content, Mapping)
            _fill_form(wb, sheet, content)
        else:
            assert not isinstance(content, Mapping)
            _fill_table(wb, sheet, content)
    save(wb, path)


def cell_value(value: Any) -> Any:
    """What to store in a cell: numbers stay numbers, dates dates, everything else text."""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if value is None or isinstance(value, (int, float, Decimal, date, str)):
        return value
    return str(value)


def _fill_form(wb: Workbook, sheet: FormSheet, values: Mapping[str, Any]) -> None:
    ws = wb[sheet.name]
    rows = {column.key: L.FIRST_DATA_ROW + i for i, column in enumerate(sheet.fields)}
    for key, value in values.items():
        ws.cell(row=rows[key], column=L.FORM_VALUE_COL, value=cell_value(value))


def _fill_table(wb: Workbook, sheet: TableSheet, rows: Sequence[Mapping[str, Any]]) -> None:
    ws = wb[sheet.name]
    columns = {column.key: i for i, column in enumerate(sheet.columns, start=1)}
    if sheet.key == "spbe":  # pre-filled reference rows: only the level is typed, on the indicator's row
        for row in rows:
            ws.cell(
                row=L.FIRST_DATA_ROW + int(row["nomor"]) - 1,
                column=columns["tingkat"],
                value=cell_value(row.get("tingkat")),
            )
        return
    if sheet.prefilled:
        for r in range(L.FIRST_DATA_ROW, L.FIRST_DATA_ROW + sheet.capacity):
            for c in columns.values():
                ws.cell(row=r, column=c).value = None
    for offset, row in enumerate(rows):
        for key, value in row.items():
            ws.cell(row=L.FIRST_DATA_ROW + offset, column=columns[key], value=cell_value(value))
