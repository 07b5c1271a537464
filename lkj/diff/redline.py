"""`lkj diff --redline`: the new report with every change from the old one as a tracked change (w:ins,
w:del), which Word and LibreOffice show and let the reviewer accept or reject.

Changed paragraphs and table cells are rewritten word by word; inserted rows and paragraphs are marked
inserted; deleted ones are copied back from the old report and marked deleted, where they stood.
"""

from __future__ import annotations

import copy
import re
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from lkj.diff.compare import Change
from lkj.diff.dump import CHART, W, _text, cell_span
from lkj.outputs import CORE, REDLINE_BY
from lkj.render.package import write_package

if TYPE_CHECKING:
    from lkj.diff import DiffResult

AUTHOR = REDLINE_BY
CORE_PROPERTIES = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
DATE = "2000-01-01T00:00:00Z"
_TOKENS = re.compile(r"\S+|\s+")


class _Marks:
    def __init__(self) -> None:
        self.next_id = 90000

    def attrs(self) -> dict[str, str]:
        self.next_id += 1
        return {f"{W}id": str(self.next_id), f"{W}author": AUTHOR, f"{W}date": DATE}

    def element(self, tag: str) -> etree._Element:
        return etree.Element(f"{W}{tag}", self.attrs())


def write_redline(result: DiffResult, out: Path) -> None:
    """`result` must come from diff_paths(..., redline=True), which keeps the documents' trees."""
    marks = _Marks()
    root = result.new.root
    if root is None:
        raise ValueError("diff_paths(..., redline=True) is needed for a redline")
    paragraphs: dict[int, tuple[etree._Element, etree._Element]] = {}
    cells: dict[tuple[int, int], tuple[etree._Element, etree._Element]] = {}
    for change in result.changes:
        both = change.old_element is not None and change.new_element is not None
        if change.scope in ("kalimat", "judul") and both:
            paragraphs[id(change.new_element)] = (change.old_element, change.new_element)
        elif change.scope == "sel":
            _collect_cell(change, result, cells)
        elif change.kind == "tambah" and change.new_element is not None:
            _mark_inserted(change.new_element, marks)
        elif change.kind == "hapus" and change.old_element is not None:
            _insert_deleted(change, root, marks)
    for old, new in paragraphs.values():
        _rewrite(new, _text(old), _text(new), marks)
    for old_tc, new_tc in cells.values():
        for p_old, p_new in _paragraph_pairs(old_tc, new_tc):
            _rewrite(p_new, _text(p_old) if p_old is not None else "", _text(p_new), marks)
    _save(result, root, out)


def _collect_cell(
    change: Change, result: DiffResult, found: dict[tuple[int, int], tuple[etree._Element, etree._Element]]
) -> None:
    column = change.where[-1].removeprefix("kolom ")
    old_row, new_row = change.old_element, change.new_element
    if old_row is None or new_row is None:
        return
    old_tc = _cell_at(old_row, _header_of(old_row).index(column) if column in _header_of(old_row) else -1)
    new_tc = _cell_at(new_row, _header_of(new_row).index(column) if column in _header_of(new_row) else -1)
    if old_tc is not None and new_tc is not None:
        found[(id(new_row), id(new_tc))] = (old_tc, new_tc)


def _header_of(row: etree._Element) -> list[str]:
    table = row.getparent()
    header = table.find(f"{W}tr") if table is not None else None
    if header is None:
        return []
    names = []
    for tc in header.findall(f"{W}tc"):
        names.append(" ".join(_text(tc).split()))
        names += [""] * (cell_span(tc) - 1)
    return names


def _cell_at(row: etree._Element, column: int) -> etree._Element | None:
    if column < 0:
        return None
    position = 0
    for tc in row.findall(f"{W}tc"):
        width = cell_span(tc)
        if position <= column < position + width:
            return tc
        position += width
    return None


def _paragraph_pairs(
    old_tc: etree._Element, new_tc: etree._Element
) -> list[tuple[etree._Element | None, etree._Element]]:
    old = old_tc.findall(f"{W}p")
    return [(old[i] if i < len(old) else None, p) for i, p in enumerate(new_tc.findall(f"{W}p"))]


def _run_properties(p: etree._Element) -> etree._Element | None:
    rpr = p.find(f".//{W}r/{W}rPr")
    return copy.deepcopy(rpr) if rpr is not None else None


def _run(text: str, rpr: etree._Element | None, deleted: bool) -> etree._Element:
    r = etree.Element(f"{W}r")
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    t = etree.SubElement(r, f"{W}delText" if deleted else f"{W}t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def _rewrite(p: etree._Element, old: str, new: str, marks: _Marks) -> None:
    """Replace a paragraph's runs by a word-level redline of old → new, keeping its paragraph properties."""
    rpr = _run_properties(p)
    for child in list(p):
        if child.tag != f"{W}pPr":
            p.remove(child)
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            p.append(_run("".join(a[i1:i2]), rpr, False))
            continue
        if i2 > i1:
            deletion = marks.element("del")
            deletion.append(_run("".join(a[i1:i2]), rpr, True))
            p.append(deletion)
        if j2 > j1:
            insertion = marks.element("ins")
            insertion.append(_run("".join(b[j1:j2]), rpr, False))
            p.append(insertion)


def _wrap_runs(element: etree._Element, marks: _Marks, deleted: bool) -> None:
    for r in list(element.iter(f"{W}r")):
        parent = r.getparent()
        if parent is None or parent.tag in (f"{W}ins", f"{W}del"):
            continue
        if deleted:
            for t in r.findall(f"{W}t"):
                t.tag = f"{W}delText"
            for instr in r.findall(f"{W}instrText"):
                instr.tag = f"{W}delInstrText"
        wrapper = marks.element("del" if deleted else "ins")
        parent.replace(r, wrapper)
        wrapper.append(r)


def _mark_paragraph(p: etree._Element, marks: _Marks, deleted: bool) -> None:
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        ppr = etree.Element(f"{W}pPr")
        p.insert(0, ppr)
    rpr = ppr.find(f"{W}rPr")
    if rpr is None:
        rpr = etree.SubElement(ppr, f"{W}rPr")
    rpr.append(marks.element("del" if deleted else "ins"))


def _mark_row(tr: etree._Element, marks: _Marks, deleted: bool) -> None:
    trpr = tr.find(f"{W}trPr")
    if trpr is None:
        trpr = etree.Element(f"{W}trPr")
        tr.insert(1 if tr.find(f"{W}tblPrEx") is not None else 0, trpr)
    trpr.append(marks.element("del" if deleted else "ins"))
    _wrap_runs(tr, marks, deleted)


def _mark(element: etree._Element, marks: _Marks, deleted: bool) -> None:
    if element.tag == f"{W}tr":
        _mark_row(element, marks, deleted)
    elif element.tag == f"{W}tbl":
        for tr in element.findall(f"{W}tr"):
            _mark_row(tr, marks, deleted)
    else:
        _wrap_runs(element, marks, deleted)
        _mark_paragraph(element, marks, deleted)


def _mark_inserted(element: etree._Element, marks: _Marks) -> None:
    _mark(element, marks, deleted=False)


def _insert_deleted(change: Change, root: etree._Element, marks: _Marks) -> None:
    """Put a copy of what was deleted back where it stood, marked deleted."""
    assert change.old_element is not None
    ghost = copy.deepcopy(change.old_element)
    _without_drawings(ghost)
    _mark(ghost, marks, deleted=True)
    anchor = change.anchor
    if anchor is not None and anchor.getparent() is not None:
        anchor.addnext(ghost)
        return
    if ghost.tag == f"{W}tr":
        return  # a deleted first row whose table has no kept row to anchor it: shown in the text diff only
    body = root.find(f"{W}body")
    if body is not None:
        body.insert(0, ghost)


def _without_drawings(element: etree._Element) -> None:
    """A drawing of the old report points at a part (chart, picture) of the old package, which the new
    package does not have: it is shown as its marker text instead."""
    for drawing in list(element.iter(f"{W}drawing")):
        marker = "[grafik]" if drawing.find(f".//{CHART}") is not None else "[gambar]"
        text = etree.Element(f"{W}t")
        text.text = marker
        parent = drawing.getparent()
        if parent is not None:
            parent.replace(drawing, text)


def _save(result: DiffResult, root: etree._Element, out: Path) -> None:
    """Write through the build's deterministic, atomic package writer."""
    members = dict(result.new.members)
    members["word/document.xml"] = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    if CORE in members:
        members[CORE] = _modified_by_lkj(members[CORE])
    write_package(members.items(), out)


def _modified_by_lkj(core: bytes) -> bytes:
    """The new report's document properties, last modified by 'lkj diff': the mark of a redline that a
    later one may replace (lkj.outputs). Properties that cannot be read are kept as they are: that
    redline is then not replaced without --ganti."""
    try:
        root = etree.fromstring(core, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return core
    by = root.find(f"{CORE_PROPERTIES}lastModifiedBy")
    if by is None:
        by = etree.SubElement(root, f"{CORE_PROPERTIES}lastModifiedBy")
    by.text = REDLINE_BY
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
