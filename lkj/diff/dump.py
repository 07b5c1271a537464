"""A stable plain-text form of a .docx report: headings, paragraphs and tables as rows, in reading order.

Used by `lkj dump` (so reports kept in git diff well), by the golden tests and by `lkj diff`. Formatting is
ignored on purpose: only what a reader reads is kept, and all of it: a list item's number or bullet, which
Word keeps apart from the text, is printed before it (lkj.diff.list_labels), and a table cut into several
that repeat its header is printed as the one table the reader sees (lkj.diff.continued).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from lkj.diff.continued import joined
from lkj.diff.docx import DOCUMENT, NotADocx, W, check_paragraphs, document_xml, part_problem
from lkj.diff.list_labels import ListLabels, labelled
from lkj.diff.numbering import document_numbering, paragraph_numbering
from lkj.diff.safexml import OPTIONS, syntax_problem

HEADING = {"Heading1": 1, "JudulBagian": 1, "Heading2": 2, "Heading3": 3, "Heading4": 4}
IMAGE = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}chart"
P, TBL, TR, TC = f"{W}p", f"{W}tbl", f"{W}tr", f"{W}tc"
BLOCKS = (P, TBL)


def outermost(
    element: etree._Element, wanted: tuple[str, ...], within: tuple[str, ...] = ()
) -> Iterator[etree._Element]:
    """The descendants of `element` tagged `wanted` that lie in no other such element nor in one tagged
    `within`, in document order. Whatever else wraps them (a content control, mc:AlternateContent with its
    choices, a custom XML element) is looked through, as the scan of lkj.diff.document looks through it:
    the blocks of a body, the rows of a table and the cells of a row are read alike on every path."""
    stop = set(wanted) | set(within)
    pending = list(reversed(element))
    while pending:
        child = pending.pop()
        if child.tag in wanted:
            yield child
        elif child.tag not in stop:
            pending.extend(reversed(child))


def figure_marker(p: etree._Element) -> str | None:
    """The marker of a figure paragraph: [grafik] for a chart, [gambar] for a picture, else None."""
    if p.find(f".//{CHART}") is not None:
        return "[grafik]"
    if p.find(f".//{IMAGE}") is not None:
        return "[gambar]"
    return None


@dataclass
class Item:
    """One block of the document: a heading, a paragraph or a table."""

    kind: str  # "heading", "paragraph", "caption", "table", "image", "section"
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0  # tables: how many rows at the top are the header repeated on every page


def _header(item: Item) -> tuple[str, ...] | None:
    return tuple(item.rows[0]) if item.kind == "table" and item.header_rows else None


def _continued(table: Item, more: Item) -> Item:
    """One table of `table` and the rows of `more` below its header: the header is read once."""
    return Item("table", rows=table.rows + more.rows[more.header_rows :], header_rows=table.header_rows)


def read_items(path: Path) -> list[Item]:
    """The blocks of the document body, tables that continue one another as one (lkj.diff.continued, as
    the diff reads them). The document is parsed a piece at a time and each block dropped once read, so
    that a large report takes no more memory than its text."""
    xml, _ = document_xml(path)
    check_paragraphs(path, xml)
    parser = etree.XMLPullParser(events=("end",), tag=(f"{W}p", f"{W}tbl"), **OPTIONS)
    items: list[Item] = []
    labels = ListLabels(document_numbering(path))
    try:
        for at in range(0, len(xml), _PIECE):
            parser.feed(xml[at : at + _PIECE])
            items += _body_items(parser.read_events(), labels)
        parser.close()
    except etree.XMLSyntaxError as exc:
        raise NotADocx(part_problem(path, DOCUMENT, syntax_problem(exc))) from exc
    # an empty paragraph gives no item: the tables on either side of it are next to each other here
    return list(joined(items, _header, lambda item: False, _continued))


_PIECE = 1024 * 1024


def _body_items(events: Iterable[tuple[str, etree._Element]], labels: ListLabels) -> Iterator[Item]:
    for _, element in events:
        if not _a_block(element):
            continue  # a paragraph inside a table or a text box: read with its block
        if element.tag == P:
            yield from _paragraph(element, labels.label(_style(element), *paragraph_numbering(_ppr(element))))
        else:
            yield _table(element)
        element.clear()
        parent = element.getparent()
        while element.getprevious() is not None:
            del parent[0]


def _a_block(element: etree._Element) -> bool:
    """In the document's body and in no paragraph or table (outermost, as the other readings have it)."""
    parent = element.getparent()
    while parent is not None and parent.tag not in BLOCKS:
        if parent.tag == f"{W}body":
            document = parent.getparent()
            return document is not None and document.getparent() is None
        parent = parent.getparent()
    return False


MAX_SPAN = 63  # Word's most columns in a table


def span(value: str | bytes | None) -> int:
    """How many grid columns a w:gridSpan value covers: 1 when absent or not a number, at most
    MAX_SPAN, so that a hostile value cannot make millions of empty cells."""
    if value is None or not (value.isascii() and value.isdigit()):
        return 1
    return max(1, min(int(value) if len(value) < 10 else MAX_SPAN, MAX_SPAN))


def cell_span(tc: etree._Element) -> int:
    grid = tc.find(f"{W}tcPr/{W}gridSpan")
    return span(grid.get(f"{W}val") if grid is not None else None)


def _ppr(p: etree._Element) -> etree._Element | None:
    """The paragraph's own properties: they come first, as the schema (and the scan) has them."""
    return p[0] if len(p) and p[0].tag == f"{W}pPr" else None


def _style(p: etree._Element) -> str:
    ppr = _ppr(p)
    style = ppr.find(f"{W}pStyle") if ppr is not None else None
    return style.get(f"{W}val", "") if style is not None else ""


def t_text(t: etree._Element) -> str:
    """A w:t's text, a comment or processing instruction inside it notwithstanding."""
    return "".join(t.itertext()) if len(t) else t.text or ""


def _text(element: etree._Element) -> str:
    parts = []
    for node in element.iter(f"{W}t", f"{W}br", f"{W}tab", f"{W}instrText"):
        if node.tag == f"{W}t":
            parts.append(t_text(node))
        elif node.tag == f"{W}br" and node.get(f"{W}type") != "page":
            parts.append("\n")
        elif node.tag == f"{W}tab":
            parts.append(" ")
    return "".join(parts)


def _paragraph(p: etree._Element, label: str = "") -> list[Item]:
    """The paragraph's items; `label` is its list label (lkj.diff.list_labels), printed before its text."""
    out = []
    marker = figure_marker(p)
    if marker:
        out.append(Item("image", marker))
    text = " ".join(_text(p).replace("\n", " \n ").split(" ")).strip()
    text = labelled(label, "\n".join(" ".join(line.split()) for line in text.split("\n")))
    style = _style(p)
    if style.startswith("TOC") or style == "TableofFigures":
        return out  # tables of contents repeat the headings; page numbers depend on the layout engine
    if text:
        if style in HEADING:
            out.append(Item("heading", text, HEADING[style]))
        elif style == "Caption":
            out.append(Item("caption", text))
        else:
            out.append(Item("paragraph", text))
    if p.find(f"{W}pPr/{W}sectPr") is not None:
        orient = p.find(f"{W}pPr/{W}sectPr/{W}pgSz")
        landscape = orient is not None and orient.get(f"{W}orient") == "landscape"
        out.append(Item("section", "lanskap" if landscape else "potret"))
    return out


def _table(table: etree._Element) -> Item:
    rows = list(outermost(table, (TR,), (TBL,)))
    header = next((at for at, tr in enumerate(rows) if tr.find(f"{W}trPr/{W}tblHeader") is None), len(rows))
    return Item("table", rows=_rows(rows), header_rows=header)


def _rows(trs: Iterable[etree._Element]) -> list[list[str]]:
    rows = []
    for tr in trs:
        cells = []
        for tc in outermost(tr, (TC,), (TBL,)):
            merged = tc.find(f"{W}tcPr/{W}vMerge")
            continued = merged is not None and merged.get(f"{W}val") in (None, "continue")
            text = " / ".join(" ".join(_text(p).split()) for p in tc.iter(f"{W}p") if _text(p).strip())
            cells.append("〃" if continued else text)
            cells.extend([""] * (cell_span(tc) - 1))
        rows.append(cells)
    return rows


def render_dump(items: list[Item]) -> str:
    lines: list[str] = []
    for item in items:
        if item.kind == "heading":
            lines += ["", "#" * item.level + " " + item.text]
        elif item.kind == "caption":
            lines += ["", f"[{item.text}]"]
        elif item.kind == "table":
            lines += ["| " + " | ".join(cells) + " |" for cells in item.rows]
        elif item.kind == "image":
            lines.append(item.text)
        elif item.kind == "section":
            lines.append(f"---- akhir bagian ({item.text}) ----")
        else:
            lines.append(item.text)
    return "\n".join(lines).strip() + "\n"


def dump(path: Path) -> str:
    return render_dump(read_items(path))
