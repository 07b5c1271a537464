"""Every value lkj writes into a workbook cell goes through `put`: text is stored as text, whatever it
starts with. openpyxl otherwise stores a string beginning with '=' as a live formula (a bidang named
"=cmd|' /C calc'!A0" would run in every handout) and '#N/A' as an error value. A string cell is shown
literally by Excel and LibreOffice alike, '+', '-' and '@' included: only a typed entry is parsed.
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

# What a cell's text cannot hold as it is (ECMA-376 ST_Xstring): characters XML does not allow, written as
# _xHHHH_ as Excel does, and so an underscore that would start such an escape, written _x005F_ (Excel
# and the reader turn both back into the text typed).
_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def put(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write `value` into the cell at (row, column), 1-based, and give the cell."""
    cell = ws.cell(row=row, column=column)
    store(cell, value)
    return cell


def store(cell: Cell, value: object) -> None:
    """Set a cell's value; a string as text (None clears the cell)."""
    if isinstance(value, str):
        cell.value = _ESCAPED.sub(lambda m: f"_x{ord(m.group()):04X}_", value)
        cell.data_type = "s"
    else:
        cell.value = value
