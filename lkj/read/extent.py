"""Cells far outside any table, found in a sheet's XML before calamine reads it.

calamine gives a sheet as one rectangle from its first to its farthest filled cell: one value typed at
XFD1048576 beside a table at A1 would make it allocate seventeen billion cells. The reader therefore
reads no further than MAX_ROWS rows and MAX_COLUMNS columns, the size of an Excel 97-2003 sheet, which
held every office's tables for years: a filled cell beyond is named in a finding and its value taken
out of the copy calamine reads, and the rest of the sheet is read. A merge beyond those bounds, or of
more than MAX_MERGED cells, is named too (openpyxl, which annotates copies, makes an object of every cell
of a merge).

Excel, LibreOffice and openpyxl give every cell its address (`<c r="B7"`), so that one regular
expression over the XML tells a sheet within bounds. Any other shape (cells without an address, or
with a namespace prefix) is walked tag by tag, placing each cell as calamine does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lkj.findings import Finding, finding
from lkj.indonesian import angka
from lkj.layout import address
from lkj.model import CellRef
from lkj.read.rules import SHEET_TOO_LARGE

MAX_ROWS = 65_536
MAX_COLUMNS = 256  # IV
MAX_MERGED = 100_000  # cells under one merge

# In the common shape, a cell tag to look at: one without its address right after `<c` (or an empty
# `<c/>`), or one whose address is beyond the bounds: three letters or more, two from JA on, IW to IZ,
# or a row number above 65536 (leading zeros allowed, as calamine allows them)
_ODD_OR_FAR = re.compile(
    rb'<c(?:(?![ ]r="|[^\s>/])|[ ]r="(?:[A-Za-z]{3}|[J-Zj-z][A-Za-z]|[Ii][W-Zw-z]'
    rb"|[A-Za-z]{1,2}0*(?:[1-9][0-9]{5}|(?:[7-9][0-9]{4}|6[6-9][0-9]{3}|65[6-9][0-9]{2}|655[4-9][0-9]"
    rb'|6553[7-9])")))'
)
_PREFIXED_CELL = re.compile(rb":c[\s>]")  # <x:c …>: calamine reads cells by their local name
_ATTRS = rb"""((?:[^>"']|"[^"]*"|'[^']*')*)"""
_TAG = re.compile(
    rb"<(/?)(?:[^\s<>/:!?]+:)?(row|c)(?=[\s/>])" + _ATTRS + rb">|<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.S
)
_END_CELL = re.compile(rb"</(?:[^\s<>/:]+:)?c\s*>")
_R = re.compile(rb"""(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF = re.compile(rb"([A-Za-z]*)([0-9]+)")
_MERGE = re.compile(
    rb"""<(?:[^\s<>/:]+:)?mergeCell\b[^>]*?\sref\s*=\s*["']([A-Za-z]+[0-9]+):([A-Za-z]+[0-9]+)"""
)


@dataclass(frozen=True)
class Extent:
    far: tuple[str, ...] = ()  # filled cells beyond the bounds, in the sheet's order
    merges: tuple[str, ...] = ()  # merges beyond the bounds or too large
    cleaned: bytes = b""  # the sheet with the far cells' values taken out (when there are any)

    @property
    def first(self) -> str:
        """Where a finding points: the first far cell, else the first cell of the first large merge."""
        return self.far[0] if self.far else self.merges[0].partition(":")[0]


def check_extent(xml: bytes) -> Extent:
    merges = tuple(_large_merges(xml))
    if _ODD_OR_FAR.search(xml) is None and _PREFIXED_CELL.search(xml) is None:
        return Extent(merges=merges)  # every cell has its address, all within the bounds
    spans = list(_far_cells(xml))
    if not spans:
        return Extent(merges=merges)
    pieces, at = [], 0
    for _, start, end in spans:
        pieces += [xml[at:start]]
        at = end
    pieces.append(xml[at:])
    return Extent(tuple(ref for ref, _, _ in spans), merges, b"".join(pieces))


def _far_cells(xml: bytes) -> list[tuple[str, int, int]]:
    """Every filled cell beyond the bounds, placed as calamine places it (an address when the tag has
    one, else next to the cell before it, on the row after the row before), with the span of its value."""
    far: list[tuple[str, int, int]] = []
    row = column = 0  # 0-based, as calamine counts
    for tag in _TAG.finditer(xml):
        closing, kind, attrs = tag.group(1), tag.group(2), tag.group(3)
        if kind is None or attrs.endswith(b"/"):
            continue  # a comment, CDATA, or an empty element: calamine places nothing for them
        if kind == b"row":
            if closing:
                row, column = row + 1, 0
            elif (place := _place(attrs)) is not None:
                row = place[0]
            continue
        if closing:
            continue
        place = _place(attrs)
        here = (row, column) if place is None or place[1] is None else (place[0], place[1])
        column = here[1] + 1
        if here[0] >= MAX_ROWS or here[1] >= MAX_COLUMNS:
            end = _END_CELL.search(xml, tag.end())
            stop = end.start() if end else len(xml)
            if xml[tag.end() : stop].strip():
                far.append((address(here[1] + 1, here[0] + 1), tag.end(), stop))
    return far


def _place(attrs: bytes) -> tuple[int, int | None] | None:
    """The place a tag's `r` attribute gives; None when it has none (calamine then counts on)."""
    found = _R.search(attrs)
    if found is None:
        return None
    return _position(found.group(1) if found.group(1) is not None else found.group(2))


def _position(ref: bytes) -> tuple[int, int | None] | None:
    """The 0-based (row, column) of an address, the column None for a bare row number; None for what
    is no address (calamine refuses the sheet)."""
    parts = _REF.fullmatch(ref)
    if parts is None or int(parts.group(2)) == 0:
        return None
    column = 0
    for letter in parts.group(1).upper():
        column = column * 26 + letter - 64
    return int(parts.group(2)) - 1, (column - 1 if column else None)


def _large_merges(xml: bytes) -> list[str]:
    at = xml.find(b"mergeCell")
    if at < 0:
        return []
    large = []
    for first, last in _MERGE.findall(xml, max(0, at - 64)):  # merges follow the cells: skip those
        top, bottom = _position(first), _position(last)
        if top is None or bottom is None or top[1] is None or bottom[1] is None:
            continue  # no range calamine or openpyxl would accept
        rows, columns = bottom[0] - top[0] + 1, bottom[1] - top[1] + 1
        if bottom[0] >= MAX_ROWS or bottom[1] >= MAX_COLUMNS or rows * columns > MAX_MERGED:
            large.append(f"{first.decode()}:{last.decode()}")
    return large


def far_finding(where: CellRef, extent: Extent) -> Finding:
    """What was found beyond the bounds of one sheet, at its first far cell (or merge): one finding."""
    found, todo = [], []
    if extent.far:
        others = len(extent.far) - 1
        more = f" dan {angka(others)} sel lain" if others else ""
        found.append(
            f"berisi isian di sel {extent.far[0]}{more}, jauh di luar tabel mana pun, yang tidak dibaca "
            f"(lkj membaca paling jauh baris {angka(MAX_ROWS)} dan kolom IV)"
        )
        todo.append("hapus isian itu (pilih selnya lalu tekan Delete)")
    if extent.merges:
        found.append(
            f"menggabungkan sel {extent.merges[0]} (melewati baris {angka(MAX_ROWS)} atau kolom IV, atau "
            f"lebih dari {angka(MAX_MERGED)} sel), sehingga salinan bercatatan (--annotate) tidak dapat "
            "dibuat untuk workbook ini"
        )
        todo.append("batalkan penggabungan itu (Home › Merge & Center › Unmerge Cells)")
    return finding(
        SHEET_TOO_LARGE,
        where,
        f'Lembar "{where.sheet}" {"; lembar ini juga ".join(found)}. Bila tidak sengaja, '
        f"{' dan '.join(todo)}, lalu simpan ulang.",
    )
