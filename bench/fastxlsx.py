"""Write filled workbooks fast: the blank template of each kind is built once by lkj itself, then each
workbook is that template with its data cells spliced into the sheet XML.

openpyxl takes about half a second per workbook (it re-styles thousands of input cells); a thousand
workbooks would take many minutes. The result has exactly the template's sheets, styles, dropdowns and
protection, with values where `lkj.xlsx.fill.placements` puts them (the same function the samples use).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl.utils.cell import column_index_from_string

from lkj.contract import WORKBOOKS
from lkj.layout import column_letter
from lkj.xlsx.blank import Prefill, build_blank
from lkj.xlsx.fill import SheetData, placements
from lkj.xlsx.save import save

_CELL = re.compile(r'<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>.*?</c>)', re.S)
_STYLE = re.compile(r'\ss="\d+"')
_SHEET = re.compile(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"')
_REL = re.compile(r'<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"')
_REL_REVERSED = re.compile(r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="([^"]+)"')
_COL = re.compile(r"<col ([^>]*)/>")
_COL_STYLE = re.compile(r'\bstyle="(\d+)"')
_COL_MIN = re.compile(r'\bmin="(\d+)"')
_COL_MAX = re.compile(r'\bmax="(\d+)"')
EPOCH = date(1899, 12, 30)
FIXED = (2000, 1, 1, 0, 0, 0)


class Template:
    """One kind's blank workbook, ready to be filled many times."""

    def __init__(self, kind: str, tahun: int) -> None:
        self.spec = WORKBOOKS[kind]
        buffer = io.BytesIO()
        save(build_blank(self.spec, Prefill(tahun=tahun)), buffer)  # fixed dates: same bytes every time
        with zipfile.ZipFile(buffer) as zf:
            self.members = {name: zf.read(name) for name in zf.namelist()}
        workbook = self.members["xl/workbook.xml"].decode()
        rels = self.members["xl/_rels/workbook.xml.rels"].decode()
        targets = dict(_REL.findall(rels)) | {rid: t for t, rid in _REL_REVERSED.findall(rels)}
        self.parts = {
            name: "xl/" + targets[rid].lstrip("/").removeprefix("xl/")
            for name, rid in _SHEET.findall(workbook)
        }

    def write(self, data: Mapping[str, SheetData], path: Path) -> None:
        changed = {
            self.parts[name]: _splice(self.members[self.parts[name]].decode(), cells)
            for name, cells in placements(self.spec, data).items()
        }
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for name, content in self.members.items():
                entry = zipfile.ZipInfo(name, date_time=FIXED)
                entry.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(entry, changed[name].encode() if name in changed else content)


def _splice(xml: str, cells: Mapping[tuple[int, int], Any]) -> str:
    def replace(match: re.Match[str]) -> str:
        key = (int(match.group(2)), column_index_from_string(match.group(1)))
        if key not in cells:
            return match.group(0)
        style = _STYLE.search(match.group(3))
        return _cell(f"{match.group(1)}{match.group(2)}", style.group(0) if style else "", cells[key])

    result = _CELL.sub(replace, xml)
    present = {(int(r), column_index_from_string(c)) for c, r, _ in _CELL.findall(result)}
    last_row = max((row for row, _ in present), default=0)
    beyond: dict[int, list[tuple[int, Any]]] = {}
    for (row, column), value in sorted(cells.items()):
        if (row, column) in present or value is None:
            continue
        if row <= last_row:
            raise ValueError(f"cell {(row, column)} missing inside the template's rows")
        beyond.setdefault(row, []).append((column, value))
    if not beyond:
        return result
    # Rows typed below the template's rows take their column's style, as in Excel
    styles = _column_styles(xml)
    extra = "".join(
        f'<row r="{row}">'
        + "".join(
            _cell(f"{column_letter(column)}{row}", styles.get(column, ""), value) for column, value in values
        )
        + "</row>"
        for row, values in beyond.items()
    )
    return result.replace("</sheetData>", extra + "</sheetData>", 1)


def _column_styles(xml: str) -> dict[int, str]:
    styles: dict[int, str] = {}
    for attrs in _COL.findall(xml):
        style = _COL_STYLE.search(attrs)
        low, high = _COL_MIN.search(attrs), _COL_MAX.search(attrs)
        if style and low and high:
            for column in range(int(low.group(1)), int(high.group(1)) + 1):
                styles[column] = f' s="{style.group(1)}"'
    return styles


def _cell(ref: str, style: str, value: Any) -> str:
    if value is None:
        return f'<c r="{ref}"{style}/>'
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        return f'<c r="{ref}"{style}><v>{(day - EPOCH).days}</v></c>'
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    text = escape(str(value))
    return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def write_dataset(books: Mapping[str, tuple[str, Mapping[str, SheetData]]], folder: Path, tahun: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    templates: dict[str, Template] = {}
    for name, (kind, data) in books.items():
        template = templates.get(kind) or templates.setdefault(kind, Template(kind, tahun))
        template.write(data, folder / name)
