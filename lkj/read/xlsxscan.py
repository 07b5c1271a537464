"""What python-calamine does not tell: formula cells without a cached value, cells shown as '%', and
hidden rows.

A workbook written by a program and never opened in Excel has formulas but no cached results; calamine
returns them as empty strings (and drops trailing formula-only rows), which must never be read as empty.
Excel stores a typed "98,5%" as 0.985 with a percent number format; the reader scales those cells.
Rows hidden (by hand or by a filter) are read like any other, unseen by whoever checks the sheet.
These facts live in the sheet XML, scanned here with plain regular expressions (no full parse), from
the parts lkj.read.package inflated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

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


@dataclass
class SheetFacts:
    uncached_formulas: list[str] = field(default_factory=list)
    percent_cells: set[str] = field(default_factory=set)
    hidden_rows: frozenset[int] = frozenset()  # 1-based


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


def percent_styles(styles: bytes | None) -> set[bytes]:
    """The style indexes (as written in a cell's s="…") whose number format shows a percentage."""
    if styles is None:
        return set()
    percent_formats = set(PERCENT_BUILTIN)
    for fmt_id, code in _NUMFMT.findall(styles):
        if b"%" in code:
            percent_formats.add(int(fmt_id))
    block = _CELLXFS.search(styles)
    if not block:
        return set()
    result = set()
    for index, attrs in enumerate(_XF.findall(block.group(1))):
        fmt = _XF_NUMFMT.search(attrs)
        if fmt and int(fmt.group(1)) in percent_formats:
            result.add(str(index).encode())
    return result


def scan_sheet(xml: bytes, percent: set[bytes]) -> SheetFacts:
    """The facts of one sheet's XML; `percent`: the styles that show a percentage (percent_styles)."""
    facts = SheetFacts(hidden_rows=_hidden_rows(xml))
    has_formula = _FORMULA.search(xml) is not None
    if not has_formula and not percent:
        return facts
    for match in _CELL.finditer(xml):
        attrs, body = match.group(1), match.group(2)
        ref = _REF.search(attrs)
        if ref is None:
            continue
        if has_formula and _FORMULA.search(body) and not _has_value(attrs, body):
            facts.uncached_formulas.append(ref.group(1).decode())
        style = _STYLE.search(attrs)
        if style and style.group(1) in percent and b"<v>" in body:
            facts.percent_cells.add(ref.group(1).decode())
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
