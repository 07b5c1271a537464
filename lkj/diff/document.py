"""A report as the diff sees it: blocks in reading order, each knowing the headings above it; tables
with their caption, header and rows keyed by their identifying columns (kode, indikator), merged cells
carried down so that a merge never shifts a row.

The document is scanned, not parsed (a large report's lxml tree takes gigabytes): top-level elements are
found by their tags, text and cells are read with regular expressions. The tree is built only when a
redline needs its elements; tests/test_diff.py checks that both readings agree."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from lxml import etree

from lkj.diff.continued import joined
from lkj.diff.docx import (
    DOCUMENT,
    MAX_PARAGRAPHS,
    WORDML,
    all_parts,
    check_paragraphs,
    check_part,
    document_xml,
    parsed_part,
    too_many_paragraphs,
)
from lkj.diff.dump import (
    BLOCKS,
    HEADING,
    TBL,
    TC,
    TR,
    W,
    _ppr,
    _style,
    _text,
    cell_span,
    figure_marker,
    outermost,
    span,
    t_text,
)
from lkj.diff.list_labels import ListLabels, labelled
from lkj.diff.numbering import document_numbering, paragraph_numbering
from lkj.diff.safexml import OPTIONS, Root

CONTINUED = "〃"
_NUMBERED = re.compile(r"^(Tabel|Gambar)\s+[\dIVXL]+(\.\d+)?\s+")


@dataclass
class Row:
    cells: list[str]
    key: tuple[str, ...] = ()
    element: etree._Element | None = None


@dataclass
class Block:
    kind: str  # heading, paragraph, table
    text: str
    path: tuple[str, ...]  # headings above, outermost first
    element: etree._Element | None = None  # kept only when a redline will be written
    level: int = 0
    caption: str = ""  # tables: "Tabel 3.4 Capaian sasaran strategis tahun 2022"
    xml: bytes = b""  # tables: their XML, parsed into rows only when the two reports' copies differ
    namespaces: bytes = b""  # the document's namespace declarations, to parse `xml` on its own
    more: tuple[etree._Element, ...] = ()  # a parsed table's continuations: tables right after it
    list_label: str = ""  # a list item's label, which `text` begins with (lkj.diff.list_labels)

    @property
    def identity(self) -> tuple[str, str]:
        """What matches this block with its counterpart in the other report."""
        if self.kind == "table":
            return ("table", _NUMBERED.sub("", self.caption) or "|".join(self.header))
        return (self.kind, self.text)

    @property
    def label(self) -> str:
        match = _NUMBERED.match(self.caption)
        return match.group(0).strip() if match else (self.caption or "tabel tanpa judul")

    @cached_property
    def _grid(self) -> tuple[list[str], list[Row]]:
        if self.element is None and _plain_table(self.xml):
            header, body = _scanned(self.xml)  # regular expressions, 10× faster than lxml
        else:
            table = self.element if self.element is not None else _fragment(self.xml, self.namespaces)
            rows = [tr for part in (table, *self.more) for tr in outermost(part, (TR,), (TBL,))]
            header_rows = [tr for tr in rows if tr.find(f"{W}trPr/{W}tblHeader") is not None]
            header = _cells(header_rows[0]) if header_rows else []
            keep = self.element is not None
            body = [Row(_cells(tr), element=tr if keep else None) for tr in rows if tr not in header_rows]
        _carry_down(body)
        _assign_keys(body, header)
        return header, body

    @property
    def header(self) -> list[str]:
        return self._grid[0]

    @property
    def rows(self) -> list[Row]:
        return self._grid[1]


@dataclass
class Document:
    blocks: list[Block]
    root: etree._Element | None  # the whole tree, kept only for a redline
    members: dict[str, bytes]  # the package, likewise


def read_document(path: Path, keep_tree: bool = False) -> Document:
    """The blocks of a report. Without `keep_tree` the document is scanned, not parsed: a large report's
    tree would take gigabytes; tables keep only their XML, parsed if they turn out to differ. A document
    the scan cannot read (another prefix than w:, another encoding than UTF-8) is parsed."""
    if keep_tree:
        members, root = all_parts(path)
        return Document(_parsed(root, _labels(path)), root, members)
    xml, head = document_xml(path)
    if not _scannable(xml, head):
        check_paragraphs(path, xml)
        return Document(_parsed(parsed_part(path, DOCUMENT, xml), _labels(path)), None, {})
    return Document(_scanned_checked(path, xml, _labels(path)), None, {})


def _labels(path: Path) -> ListLabels:
    """List labels as `lkj dump` prints them: a renumbered list is a change the reader sees."""
    return ListLabels(document_numbering(path))


def _parsed(root: etree._Element, labels: ListLabels) -> list[Block]:
    body = root.find(f"{W}body")
    return list(_blocks(_joined(_tree_pieces(body if body is not None else root, labels))))


_ENCODING = re.compile(rb"""\A(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding=["']([\w.-]+)""")
# Comments, CDATA sections and processing instructions, in which the scan reads no text (nor would it
# know a paragraph): never in what Word or lkj writes, so a document holding one is parsed
_ODD_NODE = re.compile(rb"<[!?]")
_DECLARATION = re.compile(rb"""xmlns(?::([^=\s]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# The prefixes the scan's expressions are written with, and the namespaces they must stand for
_PREFIXES = {
    b"w": WORDML.encode(),
    b"a": b"http://schemas.openxmlformats.org/drawingml/2006/main",
    b"c": b"http://schemas.openxmlformats.org/drawingml/2006/chart",
}


def _scannable(xml: bytes, head: Root) -> bool:
    """Whether the scan's regular expressions read this document as a parser does: UTF-8, one body, the
    prefixes w:, a: and c: for their namespaces and no other prefix for them, and no comment, CDATA
    section or processing instruction. Otherwise it is parsed: lkj diff, --redline and lkj dump then
    read it alike, whatever it holds."""
    declared = _ENCODING.match(xml)
    utf8 = declared is None or declared.group(1).lower() in (b"utf-8", b"utf8")
    body = xml.find(b"<w:body")
    if not (head.namespaces.get("w") == WORDML and utf8 and body >= 0 and xml.rfind(b"<w:body") == body):
        return False
    if _ODD_NODE.search(xml, xml.find(b">", xml.find(b"<w:document"))) is not None:
        return False
    return all(_as_scanned(prefix, double or single) for prefix, double, single in _DECLARATION.findall(xml))


def _as_scanned(prefix: bytes, namespace: bytes) -> bool:
    if prefix in _PREFIXES:
        return _PREFIXES[prefix] == namespace
    return namespace not in _PREFIXES.values()


def _scanned_checked(path: Path, xml: bytes, labels: ListLabels) -> list[Block]:
    """Scan the document while another thread checks that it is well-formed XML (lxml lets go of the
    interpreter meanwhile): what the scan reads from a broken document is never shown."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        checked = pool.submit(check_part, path, DOCUMENT, xml)
        try:
            blocks = list(_blocks(_joined(_scanned_pieces(path, xml, labels))))
        except UnicodeDecodeError:
            checked.result()  # not UTF-8, so not well-formed: the check says where
            raise
        checked.result()
    return blocks


@dataclass
class _Piece:
    """One child of the document body, from the tree (redline) or from the scan."""

    tag: str  # "p" or "tbl"
    style: str = ""
    text: str = ""
    marker: str | None = None
    element: etree._Element | None = None
    xml: bytes = b""
    namespaces: bytes = b""
    more: tuple[etree._Element, ...] = ()  # a parsed table's continuations (_joined)
    section: bool = False  # an empty paragraph that ends a section: tables on either side stay apart
    label: str = ""  # a list item's label, which `text` begins with


def _tree_pieces(body: etree._Element, labels: ListLabels) -> Iterator[_Piece]:
    for element in outermost(body, BLOCKS):
        if element.tag == TBL:
            yield _Piece("tbl", element=element)
        elif element.tag == f"{W}p":
            style = _style(element)
            label = labels.label(style, *paragraph_numbering(_ppr(element)))
            text = labelled(label, " ".join(_text(element).split()))
            section = not text and element.find(f"{W}pPr/{W}sectPr") is not None
            yield _Piece("p", style, text, figure_marker(element), element, section=section, label=label)


_TAG = re.compile(rb"<(/?)w:(tbl|p)(?=[\s>/])[^>]*?(/?)>")
_NAMESPACES = re.compile(rb'\sxmlns:\w+="[^"]*"')
_OWN_PPR = re.compile(rb"<w:p\b[^>]*>\s*<w:pPr(?:\s[^>]*)?>(.*?)</w:pPr\s*>", re.S)
_STYLE_ID = re.compile(rb"""<w:pStyle\s[^>]*?\bw:val\s*=\s*["']([^"']*)["']""")
_NUM_ID = re.compile(rb"""<w:numId\s[^>]*?\bw:val\s*=\s*["']([^"']*)["']""")
_ILVL = re.compile(rb"""<w:ilvl\s[^>]*?\bw:val\s*=\s*["']([^"']*)["']""")
_T = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t\s*>")
_RUN_TEXT = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t\s*>|<w:(br|tab)\b([^>]*?)/?>")
_PAGE = re.compile(rb"""w:type\s*=\s*["']page["']""")
_CHART = re.compile(rb"<c:chart[\s/>]")
_IMAGE = re.compile(rb"<a:blip[\s/>]")


def _scanned_pieces(path: Path, xml: bytes, labels: ListLabels) -> Iterator[_Piece]:
    """The body's children, found by their tags (nesting counted: tables in cells, text boxes); at most
    MAX_PARAGRAPHS paragraphs (too_many_paragraphs otherwise)."""
    root_end = xml.find(b">", xml.find(b"<w:document"))
    namespaces = b"".join(_NAMESPACES.findall(xml, 0, root_end))
    begin = xml.find(b">", xml.find(b"<w:body")) + 1
    end = xml.rfind(b"</w:body>")
    depth, start, top, paragraphs = 0, 0, b"", 0
    for match in _TAG.finditer(xml, begin, end if end > 0 else len(xml)):
        closing, name, empty = match.group(1), match.group(2), match.group(3)
        if name == b"p" and not closing:
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS:
                raise too_many_paragraphs(path)
        if empty:
            continue
        if not closing:
            if depth == 0:
                start, top = match.start(), name
            depth += 1
            continue
        depth -= 1
        if depth == 0:
            chunk = xml[start : match.end()]
            if top == b"tbl":
                yield _Piece("tbl", xml=chunk, namespaces=namespaces)
            else:
                own = _OWN_PPR.match(chunk)  # its own properties, not those a tracked change kept
                ppr = own.group(1).split(b"<w:pPrChange", 1)[0] if own else b""
                found = _STYLE_ID.search(ppr)
                style = found.group(1).decode() if found else ""
                label = labels.label(style, *_scanned_numbering(ppr))
                text = labelled(label, " ".join(_chunk_text(chunk).split()))
                section = not text and b"<w:sectPr" in ppr
                yield _Piece("p", style, text, _marker(chunk), section=section, label=label)


def _scanned_numbering(ppr: bytes) -> tuple[str | None, str | None]:
    """(numId, ilvl) of a paragraph's own properties, as numbering.paragraph_numbering reads them."""
    if b"<w:numPr" not in ppr:
        return None, None
    num_id, ilvl = _NUM_ID.search(ppr), _ILVL.search(ppr)
    return (num_id.group(1).decode() if num_id else None), (ilvl.group(1).decode() if ilvl else None)


def _marker(chunk: bytes) -> str | None:
    """As dump.figure_marker: [grafik] for a chart, [gambar] for a picture."""
    if _CHART.search(chunk):
        return "[grafik]"
    return "[gambar]" if _IMAGE.search(chunk) else None


def _chunk_text(chunk: bytes) -> str:
    """The text of a paragraph as dump._text reads it: w:t, line breaks (not page breaks) and tabs."""
    if b"<w:br" not in chunk and b"<w:tab" not in chunk:
        return _unescape(b"".join(_T.findall(chunk)).decode("utf-8"))
    parts = []
    for match in _RUN_TEXT.finditer(chunk):
        if match.group(1) is not None:
            parts.append(match.group(1))
        elif match.group(2) == b"tab":
            parts.append(b" ")
        elif _PAGE.search(match.group(3)) is None:
            parts.append(b"\n")
    return _unescape(b"".join(parts).decode("utf-8"))


def _fragment(xml: bytes, namespaces: bytes) -> etree._Element:
    fragment = b"<w:fragment" + namespaces + b">" + xml + b"</w:fragment>"
    return etree.fromstring(fragment, etree.XMLParser(**OPTIONS))[0]


def _joined(pieces: Iterable[_Piece]) -> Iterator[_Piece]:
    """Tables that continue one another as one table (lkj.diff.continued: the rule `lkj dump` follows
    too), its rows keyed and located under the one caption."""
    return joined(pieces, _heading_row, _blank, _continued)


def _blank(piece: _Piece) -> bool:
    return piece.tag == "p" and not piece.text and not piece.marker and not piece.section


def _heading_row(table: _Piece) -> tuple[str, ...] | None:
    """The cells of the table's header row (repeated on every page), None without one (or for a
    paragraph): a table continues another only under the same header."""
    if table.tag != "tbl":
        return None
    if table.element is not None:
        first = next(iter(outermost(table.element, (TR,), (TBL,))), None)
        if first is None or first.find(f"{W}trPr/{W}tblHeader") is None:
            return None
        return tuple(_cells(first))
    row = _ROW.search(table.xml)
    if row is None:
        return None
    cells, header = _row_cells(row.group(0))
    return cells if header else None


def _continued(table: _Piece, more: _Piece) -> _Piece:
    """`table` with the rows of `more` after its own (header rows too: the readers take the first). A
    scanned table's rows are joined into one table's XML; a parsed one keeps its elements, in order."""
    if more.element is not None and table.element is not None:
        return _Piece("tbl", element=table.element, more=(*table.more, more.element))
    rows = more.xml[more.xml.find(b"<w:tr") : more.xml.rfind(b"</w:tbl>")]
    xml = table.xml[: table.xml.rfind(b"</w:tbl>")] + rows + b"</w:tbl>"
    return _Piece("tbl", xml=xml, namespaces=table.namespaces)


def _blocks(pieces: Iterable[_Piece]) -> Iterator[Block]:
    path: list[tuple[int, str]] = []
    caption = ""
    for piece in pieces:
        here = tuple(t for _, t in path)
        if piece.tag == "tbl":
            yield Block(
                "table",
                caption,
                here,
                piece.element,
                caption=caption,
                xml=piece.xml,
                namespaces=piece.namespaces,
                more=piece.more,
            )
            caption = ""
            continue
        style, text = piece.style, piece.text
        if style.startswith("TOC") or style == "TableofFigures" or not text:
            if piece.marker:
                yield Block("paragraph", piece.marker, here, piece.element)
            continue
        if style in HEADING:
            level = HEADING[style]
            path = [(lv, t) for lv, t in path if lv < level] + [(level, text)]
            yield Block("heading", text, tuple(t for _, t in path[:-1]), piece.element, level)
        elif style == "Caption":
            caption = text
            yield Block("paragraph", text, here, piece.element)
        else:
            yield Block("paragraph", text, here, piece.element, list_label=piece.label)


def _cells(tr: etree._Element) -> list[str]:
    cells = []
    for tc in outermost(tr, (TC,), (TBL,)):
        merge = tc.find(f"{W}tcPr/{W}vMerge")
        continued = merge is not None and merge.get(f"{W}val") in (None, "continue")
        cells.append(CONTINUED if continued else _cell_text(tc))
        cells.extend([""] * (cell_span(tc) - 1))
    return cells


_ROW = re.compile(rb"<w:tr[\s>].*?</w:tr>", re.S)
_TABLE_START = re.compile(rb"<w:tbl[\s>]")
# What _scanned does not read as the tree does: a table inside the table, an end tag with a space, a
# single-quoted attribute, a text box (paragraphs inside a paragraph), and the cell and row properties
# it looks for written another way than Word writes them
_ODD_TABLE = re.compile(
    rb"</[^>]*\s>|='|<w:txbxContent|<w:tblHeader(?!/>)|<w:vMerge(?!/>| w:val=\"[^\"]*\"/>)"
    rb'|<w:gridSpan(?! w:val=")'
)


def _plain_table(xml: bytes) -> bool:
    return len(_TABLE_START.findall(xml)) == 1 and _ODD_TABLE.search(xml) is None


_SPAN = re.compile(rb'<w:gridSpan w:val="(\d+)"')
_CONTINUED = re.compile(rb'<w:vMerge(?: w:val="continue")?\s*/>')


def _scanned(xml: bytes) -> tuple[list[str], list[Row]]:
    """Header and rows of one table (no table nested in it) read with regular expressions; the same
    texts the lxml path (_cells) gives."""
    header: list[str] = []
    body: list[Row] = []
    for row in _ROW.findall(xml):
        cells, is_header = _row_cells(row)
        if not is_header:
            body.append(Row(list(cells)))
        elif not header:
            header = list(cells)
    return header, body


@cache
def _row_cells(row: bytes) -> tuple[tuple[str, ...], bool]:
    """One row's cell texts, and whether it is a header row. Cached: the rows two versions of a report
    share are read once (compare clears the cache when done)."""
    cells: list[str] = []
    for piece in row.split(b"</w:tc>")[:-1]:  # split, not a lazy regex: cells can be long
        cell = piece[piece.find(b"<w:tc") :]
        head = cell[: cell.find(b"<w:p")] if b"<w:p" in cell else cell
        if _CONTINUED.search(head):
            cells.append(CONTINUED)
        else:
            texts = (" ".join(_chunk_text(p).split()) for p in cell.split(b"</w:p>")[:-1])
            cells.append(" / ".join(t for t in texts if t))
        grid = _SPAN.search(head)
        cells.extend([""] * (span(grid.group(1) if grid else None) - 1))
    return tuple(cells), b"<w:tblHeader/>" in row[: row.find(b"<w:tc")]


def forget_rows() -> None:
    _row_cells.cache_clear()


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _cell_text(tc: etree._Element) -> str:
    paragraphs = tc.findall(f".//{W}p")
    if len(paragraphs) == 1 and tc.find(f".//{W}br") is None and tc.find(f".//{W}tab") is None:
        return " ".join("".join(map(t_text, paragraphs[0].iter(f"{W}t"))).split())  # the usual cell
    texts = [" ".join(t.split()) for t in map(_text, tc.iter(f"{W}p")) if t.strip()]
    return " / ".join(texts)


def _carry_down(rows: list[Row]) -> None:
    """A merged (continued) cell takes the value above it, for keys and comparisons alike."""
    last: dict[int, str] = {}
    for row in rows:
        for i, cell in enumerate(row.cells):
            if cell == CONTINUED:
                row.cells[i] = last.get(i, "")
            else:
                last[i] = cell


def _assign_keys(rows: list[Row], header: list[str]) -> None:
    """Key each row by the fewest leading identifying columns that make every row unique."""
    if not rows:
        return
    width = max(len(r.cells) for r in rows)
    start = 1 if header and header[0].strip().casefold() in ("no", "no.", "nomor") else 0
    for count in range(1, min(4, width - start) + 1):
        keys = [tuple(r.cells[start : start + count]) for r in rows]
        if len(set(keys)) == len(keys):
            for row, key in zip(rows, keys, strict=True):
                row.key = key
            return
    for index, row in enumerate(rows):  # no unique key: fall back to position
        row.key = (*row.cells[start : start + 3], str(index))
