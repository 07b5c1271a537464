"""What python-calamine does not tell: formula cells without a cached value, cells shown as '%', the
decimals a cell's number format shows, and hidden rows.

A workbook written by a program and never opened in Excel has formulas but no cached results; calamine
returns them as empty strings (and drops trailing formula-only rows), which must never be read as empty.
Excel stores a typed "98,5%" as 0.985 with a percent number format; the reader scales those cells.
Excel stores a typed "3,40" as the number 3.4, its two decimals only in the cell's number format ("0.00");
the reader keeps them (a figure prints as it was typed).
Rows hidden (by hand or by a filter) are read like any other, unseen by whoever checks the sheet.
These facts live in the sheet XML, scanned here with plain regular expressions (no full parse), from
the parts lkj.read.package inflated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from lkj.contract.kinds import NUMBER_DECIMALS

_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_SHEET_NAME = re.compile(rb"""<(?:[^\s<>/:]+:)?sheet\s[^>]*?\bname\s*=\s*["']([^"']*)["']""")
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_REL_REVERSED = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
# Cells with content only: empty ones (<c …/> or <c …></c>, thousands in a blank template) are skipped in C
_CELL = re.compile(rb"<c\b([^>]*?)(?<!/)>(?!</c>)(.*?)</c>", re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_REF_ROW = re.compile(rb'\br="([0-9]+)"')
_STYLE = re.compile(rb'\bs="([0-9]+)"')
_VALUE = re.compile(rb"<v>[^<]+</v>")
_FORMULA = re.compile(rb"<f[ >/]")  # a formula element; not <formula1> of a data validation
_STRING_TYPE = re.compile(rb'\bt="str"')
_NUMFMT = re.compile(rb'<numFmt\b[^>]*?numFmtId="([0-9]+)"[^>]*?formatCode="([^"]*)"')
_CELLXFS = re.compile(rb"<cellXfs\b[^>]*>(.*?)</cellXfs>", re.DOTALL)
_XF = re.compile(rb"<xf\b([^>]*)")
_XF_NUMFMT = re.compile(rb'numFmtId="([0-9]+)"')
_ROW_TAG = re.compile(rb"<row\b([^>]*)>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
PERCENT_BUILTIN = {9, 10}
# Excel's built-in number formats that show decimals (ECMA-376 18.8.30): 0.00, #,##0.00, currency, 0.00%,
# 0.00E+00, accounting
DECIMALS_BUILTIN = {2: 2, 4: 2, 7: 2, 8: 2, 10: 2, 11: 2, 39: 2, 40: 2, 43: 2, 44: 2}
# What a number format shows literally (quoted text, an escaped character, a colour or condition)
_LITERAL = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


@dataclass
class SheetFacts:
    uncached_formulas: list[str] = field(default_factory=list)
    percent_cells: set[str] = field(default_factory=set)
    places: dict[str, int] = field(default_factory=dict)  # cell → decimals its number format shows
    hidden_rows: frozenset[int] = frozenset()  # 1-based

    def __bool__(self) -> bool:
        return bool(self.uncached_formulas or self.percent_cells or self.places or self.hidden_rows)


@dataclass(frozen=True)
class NumberStyles:
    """Of the style indexes (as written in a cell's s="…"): those whose number format shows a percentage,
    and those whose format shows decimals, with how many."""

    percent: frozenset[bytes] = frozenset()
    places: dict[bytes, int] = field(default_factory=dict)


def sheet_targets(workbook: bytes | None, rels: bytes | None) -> dict[str, str]:
    """Each sheet's name → the zip member holding it, from xl/workbook.xml and its relationships."""
    if workbook is None or rels is None:
        return {}
    found: dict[bytes, bytes] = dict(_REL.findall(rels))
    found.update({rid: target for target, rid in _REL_REVERSED.findall(rels)})
    targets = {}
    for name, rid in _SHEET.findall(workbook):
        target = found.get(rid, b"").decode("utf-8", "replace")
        member = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        targets[_unescape(name.decode("utf-8", "replace"))] = member
    return targets


def twice_named(workbook: bytes | None) -> str | None:
    """A sheet name that xl/workbook.xml gives two sheets (Excel never does, in any case): which of the
    two a reader takes would be its own choice."""
    seen: set[str] = set()
    for raw in _SHEET_NAME.findall(workbook or b""):
        name = _unescape(raw.decode("utf-8", "replace"))
        if name.casefold() in seen:
            return name
        seen.add(name.casefold())
    return None


def _unescape(text: str) -> str:
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def number_styles(styles: bytes | None) -> NumberStyles:
    """The styles whose number format shows a percentage or decimals, from xl/styles.xml."""
    if styles is None:
        return NumberStyles()
    formats: dict[int, str] = {}
    for fmt_id, code in _NUMFMT.findall(styles):
        formats[int(fmt_id)] = _unescape(code.decode("utf-8", "replace"))
    block = _CELLXFS.search(styles)
    if not block:
        return NumberStyles()
    percent, places = set(), {}
    for index, attrs in enumerate(_XF.findall(block.group(1))):
        fmt = _XF_NUMFMT.search(attrs)
        if fmt is None:
            continue
        number = int(fmt.group(1))
        code = formats.get(number)
        if number in PERCENT_BUILTIN or (code is not None and "%" in _shown(code)):
            percent.add(str(index).encode())
        shown = DECIMALS_BUILTIN.get(number, 0) if code is None else format_places(code)
        if shown:
            places[str(index).encode()] = shown
    return NumberStyles(frozenset(percent), places)


def format_places(code: str) -> int:
    """The decimals a number format always shows: "0.00" → 2, "#,##0.0#" → 1, "General" → 0."""
    shown = _shown(code.split(";")[0])
    point = shown.find(".")
    count = 0
    while point >= 0 and point + 1 + count < len(shown) and shown[point + 1 + count] == "0":
        count += 1
    return min(count, NUMBER_DECIMALS)  # as many as a number is read to


def _shown(code: str) -> str:
    return _LITERAL.sub("", code)


def scan_sheet(xml: bytes, styles: NumberStyles) -> SheetFacts:
    """The facts of one sheet's XML; `styles`: what the workbook's number formats show (number_styles)."""
    facts = SheetFacts(hidden_rows=_hidden_rows(xml))
    has_formula = _FORMULA.search(xml) is not None
    percent, places = styles.percent, styles.places
    if not has_formula and not percent and not places:
        return facts
    for match in _CELL.finditer(xml):
        attrs, body = match.group(1), match.group(2)
        ref = _REF.search(attrs)
        if ref is None:
            continue
        if has_formula and _FORMULA.search(body) and not _has_value(attrs, body):
            facts.uncached_formulas.append(ref.group(1).decode())
        style = _STYLE.search(attrs)
        if style is None or b"<v>" not in body:
            continue
        if style.group(1) in percent:
            facts.percent_cells.add(ref.group(1).decode())
        if style.group(1) in places:
            facts.places[ref.group(1).decode()] = places[style.group(1)]
    return facts


def _hidden_rows(xml: bytes) -> frozenset[int]:
    if b"hidden=" not in xml:  # most sheets: one search in C
        return frozenset()
    rows = set()
    for attrs in _ROW_TAG.findall(xml):
        ref = _REF_ROW.search(attrs)
        if ref and _HIDDEN.search(attrs):
            rows.add(int(ref.group(1)))
    return frozenset(rows)


def _has_value(attrs: bytes, body: bytes) -> bool:
    """A cached result: a non-empty <v>, or an empty one on a cell typed as a formula string result."""
    if _VALUE.search(body):
        return True
    return bool(_STRING_TYPE.search(attrs)) and b"<v" in body
