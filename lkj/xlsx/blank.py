"""Write the blank, protected, self-explaining workbooks that sub-coordinators fill (`lkj templates`).

Everything comes from the contract: sheet order, headers, help text (header comments and input prompts),
dropdowns (closed lists on a hidden sheet, parent kode lists from the sibling sheet), number formats,
column widths, pre-filled reference rows and defaults.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lkj import __version__
from lkj import layout as L
from lkj.contract import (
    LIST_SHEET,
    META_FIELDS,
    META_SHEET,
    VERSION,
    FormSheet,
    Kind,
    TableSheet,
    WorkbookSpec,
)
from lkj.contract.kinds import Column
from lkj.contract.lists import CLOSED, DYNAMIC, SUGGESTED
from lkj.xlsx.cells import put
from lkj.xlsx.guide import write_guide
from lkj.xlsx.prefilled import prefilled_rows
from lkj.xlsx.save import save

HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
INPUT_FILL = PatternFill("solid", fgColor="FFF8E1")
INFO_FILL = PatternFill("solid", fgColor="EDEDED")
PLAIN_FILL = PatternFill("solid", fgColor="FFFFFF")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
# Number and percent columns keep Excel's General format: decimals a format shows are read as the typed
# precision of a figure (lkj.read.xlsxscan), which only staff give.
NUMBER_FORMATS = {
    Kind.MONEY: "#,##0",
    Kind.INTEGER: "0",
    Kind.YEAR: "0",
    Kind.DATE: "dd/mm/yyyy",
    Kind.KODE: "@",
    Kind.TEXT: "@",
    Kind.LONGTEXT: "@",
    Kind.CHOICE: "@",
}


@dataclass(frozen=True)
class Prefill:
    """What the secretariat already knows when it hands out workbooks (all optional)."""

    tahun: int | None = None
    values: Mapping[str, str] = field(default_factory=dict)  # form field key → value (e.g. nama_bidang)
    lists: Mapping[str, Sequence[str]] = field(default_factory=dict)  # dynamic list name → entries


def write_blank(spec: WorkbookSpec, path: Path, prefill: Prefill | None = None) -> None:
    """Write the blank workbook of `spec` to `path`."""
    save(build_blank(spec, prefill or Prefill()), path)


def build_blank(spec: WorkbookSpec, prefill: Prefill) -> Workbook:
    wb = Workbook()
    write_guide(wb.active, spec, prefill.tahun)
    list_ws = wb.create_sheet(LIST_SHEET)
    names = _write_lists(wb, list_ws, spec, prefill)
    for sheet in spec.sheets:
        ws = wb.create_sheet(sheet.name)
        if isinstance(sheet, FormSheet):
            _write_form(ws, sheet, prefill, names)
        else:
            _write_table(ws, sheet, names)
        _protect(ws)
    _write_meta(wb.create_sheet(META_SHEET), spec, prefill.tahun)
    wb.move_sheet(LIST_SHEET, offset=len(wb.sheetnames))
    list_ws.sheet_state = "hidden"
    wb[META_SHEET].sheet_state = "veryHidden"
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 0
    return wb


def _write_lists(wb: Workbook, ws: Worksheet, spec: WorkbookSpec, prefill: Prefill) -> dict[str, str]:
    """Write every list a dropdown needs; return list name → defined name (or direct range)."""
    names: dict[str, str] = {}
    sheets = {s.name: s for s in spec.sheets}
    col = 1
    for list_name in _lists_used(spec):
        source = DYNAMIC.get(list_name)
        if source and source[0] in sheets and list_name not in prefill.lists:
            names[list_name] = _sibling_range(sheets[source[0]], source[1])
            continue
        entries: Sequence[str]
        if list_name in CLOSED:
            entries = list(CLOSED[list_name])
        elif list_name in SUGGESTED:
            entries = SUGGESTED[list_name]
        else:
            entries = prefill.lists.get(list_name, ())
        if not entries:
            continue
        put(ws, 1, col, list_name)
        for i, entry in enumerate(entries, start=2):
            put(ws, i, col, entry)
        letter = L.column_letter(col)
        defined = f"L_{list_name.upper()}"
        ref = f"'{LIST_SHEET}'!${letter}$2:${letter}${len(entries) + 1}"
        wb.defined_names[defined] = DefinedName(defined, attr_text=ref)
        names[list_name] = defined
        col += 1
    return names


def _lists_used(spec: WorkbookSpec) -> list[str]:
    seen: list[str] = []
    for sheet in spec.sheets:
        cols = sheet.fields if isinstance(sheet, FormSheet) else sheet.columns
        for c in cols:
            if c.choices and c.choices not in seen:
                seen.append(c.choices)
    return seen


def _sibling_range(sheet: TableSheet | FormSheet, key: str) -> str:
    assert isinstance(sheet, TableSheet)
    index = [c.key for c in sheet.columns].index(key) + 1
    letter = L.column_letter(index)
    last = L.FIRST_DATA_ROW + sheet.capacity - 1
    return f"'{sheet.name}'!${letter}${L.FIRST_DATA_ROW}:${letter}${last}"


def _title(ws: Worksheet, title: str, intro: str, width: int) -> None:
    put(ws, L.TITLE_ROW, 1, title).font = Font(bold=True, size=13, color="1F4E78")
    put(ws, L.INTRO_ROW, 1, intro).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=L.INTRO_ROW, start_column=1, end_row=L.INTRO_ROW, end_column=max(width, 3))
    ws.row_dimensions[L.INTRO_ROW].height = 48


def _header_cell(ws: Worksheet, column: int, text: str, help_text: str) -> None:
    cell = put(ws, L.HEADER_ROW, column, text)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = HEADER_FILL
    cell.border = BOX
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    if help_text:
        comment = Comment(help_text, "lkj")
        comment.width, comment.height = 320, 140
        cell.comment = comment


def _write_table(ws: Worksheet, sheet: TableSheet, names: Mapping[str, str]) -> None:
    _title(ws, sheet.title, sheet.intro, len(sheet.columns))
    last = L.FIRST_DATA_ROW + sheet.capacity - 1
    for index, column in enumerate(sheet.columns, start=1):
        letter = L.column_letter(index)
        _header_cell(ws, index, column.header + (" *" if column.required else ""), column.help)
        ws.column_dimensions[letter].width = column.display_width
        if sheet.prefilled:  # reference rows written below: their cells carry the style themselves
            _style_cells(ws, letter, column, L.FIRST_DATA_ROW, last)
        else:
            _style_column(ws, index, column)
        dv = _validation(column, names)
        if dv is not None:
            ws.add_data_validation(dv)
            dv.add(f"{letter}{L.FIRST_DATA_ROW}:{letter}{last}")
    ws.row_dimensions[L.HEADER_ROW].height = 36
    ws.freeze_panes = ws.cell(row=L.FIRST_DATA_ROW, column=1)
    if sheet.prefilled:
        for r, row in enumerate(prefilled_rows(sheet.key), start=L.FIRST_DATA_ROW):
            for c, column in enumerate(sheet.columns, start=1):
                value = row.get(column.key)
                if value is not None:
                    put(ws, r, c, value)


def _input_style(column: Column) -> tuple[PatternFill, Protection, str, Alignment]:
    info = column.kind is Kind.INFO
    alignment = Alignment(wrap_text=column.kind in (Kind.TEXT, Kind.LONGTEXT, Kind.INFO), vertical="top")
    return (
        INFO_FILL if info else INPUT_FILL,
        Protection(locked=info),
        NUMBER_FORMATS.get(column.kind, "General"),
        alignment,
    )


def _style_column(ws: Worksheet, index: int, column: Column) -> None:
    """Unlock and format a whole input column: Excel and LibreOffice give every cell typed into it this
    style, and the workbook stays small (no styled empty cells to write or to read)."""
    dimension = ws.column_dimensions[L.column_letter(index)]
    dimension.fill, dimension.protection, dimension.number_format, dimension.alignment = _input_style(column)
    dimension.border = BOX
    title = ws.cell(row=L.TITLE_ROW, column=index)  # the title row keeps the plain, locked look
    if index > 1:
        title.fill = PLAIN_FILL


def _style_cells(ws: Worksheet, letter: str, column: Column, first: int, last: int) -> None:
    """Unlock and format input cells one by one (form fields, pre-filled reference rows)."""
    proto = ws[f"{letter}{first}"]
    proto.fill, proto.protection, proto.number_format, proto.alignment = _input_style(column)
    proto.border = BOX
    for row in range(first + 1, last + 1):
        ws[f"{letter}{row}"]._style = copy(proto._style)  # the public setters cost 50x more per cell


def _write_form(ws: Worksheet, sheet: FormSheet, prefill: Prefill, names: Mapping[str, str]) -> None:
    _title(ws, sheet.title, sheet.intro, 3)
    for col, text in ((1, "Isian"), (2, "Nilai"), (3, "Keterangan")):
        _header_cell(ws, col, text, "")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 70
    for row, column in enumerate(sheet.fields, start=L.FIRST_DATA_ROW):
        label = put(ws, row, L.FORM_LABEL_COL, column.header + (" *" if column.required else ""))
        label.font = Font(bold=True)
        label.border = BOX
        _style_cells(ws, "B", column, row, row)
        value = _form_default(column, prefill)
        if value is not None:
            put(ws, row, L.FORM_VALUE_COL, value)
        helper = put(ws, row, L.FORM_HELP_COL, column.help)
        helper.alignment = Alignment(wrap_text=True, vertical="top")
        helper.font = Font(italic=True, color="595959")
        dv = _validation(column, names)
        if dv is not None:
            ws.add_data_validation(dv)
            dv.add(L.address(L.FORM_VALUE_COL, row))
    ws.freeze_panes = ws.cell(row=L.FIRST_DATA_ROW, column=1)


def _form_default(column: Column, prefill: Prefill) -> object:
    if column.key in prefill.values:
        return prefill.values[column.key]
    if column.key == "tahun" and prefill.tahun:
        return prefill.tahun
    if column.default is None:
        return None
    if column.kind is Kind.NUMBER:
        return float(column.default) if "." in column.default else int(column.default)
    return column.default


def _validation(column: Column, names: Mapping[str, str]) -> DataValidation | None:
    """The dropdown, type check and input prompt of one column."""
    if column.kind is Kind.INFO:
        return None
    prompt = column.help if len(column.help) <= 250 else column.help[:247] + "..."
    common = {
        "showInputMessage": True,
        "promptTitle": column.header[:32],
        "prompt": prompt,
        "allow_blank": True,
    }
    if column.choices and column.choices in names:
        closed = column.choices in CLOSED
        return DataValidation(
            type="list",
            formula1=f"={names[column.choices]}",
            showErrorMessage=closed,
            errorTitle="Pilihan tidak dikenal",
            error="Pilih salah satu isian dari daftar (klik panah di kanan sel).",
            **common,
        )
    if column.kind.is_numeric:
        whole = column.kind in (Kind.INTEGER, Kind.YEAR)
        low = column.minimum if column.minimum is not None else -1e15
        high = column.maximum if column.maximum is not None else 1e15
        return DataValidation(
            type="whole" if whole else "decimal",
            operator="between",
            formula1=str(int(low) if whole else low),
            formula2=str(int(high) if whole else high),
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle="Periksa angka",
            error=f"Isian '{column.header}' harus berupa angka"
            + (f" {int(low)} sampai {int(high)}" if column.maximum is not None else "")
            + ".",
            **common,
        )
    return DataValidation(showErrorMessage=False, **common)


def _protect(ws: Worksheet) -> None:
    """Lock titles and headers; input cells stay editable; rows can still be inserted and sorted."""
    p = ws.protection
    p.sheet = True
    p.formatColumns = False
    p.formatRows = False
    p.insertRows = False
    p.deleteRows = False
    p.sort = False
    p.autoFilter = False


def _write_meta(ws: Worksheet, spec: WorkbookSpec, tahun: int | None) -> None:
    values = (spec.kind, VERSION, tahun or "", f"lkj {__version__}")
    for row, (key, value) in enumerate(zip(META_FIELDS, values, strict=True), start=1):
        put(ws, row, L.FORM_LABEL_COL, key)
        put(ws, row, L.FORM_VALUE_COL, value)
