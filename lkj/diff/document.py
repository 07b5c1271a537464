"""A report as the diff sees it: blocks in reading order, each knowing the headings above it; tables
with their caption, header and rows keyed by their identifying columns (kode, indikator), merged cells
carried down so that a merge never shifts a row."""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO

from lxml import etree

from lkj.diff.dump import HEADING, NotADocx, W, _style, _text, figure_marker

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
    xml: str = ""  # tables: their XML, parsed into rows only when the two reports' copies differ

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
        if self.element is None and self.xml.count("<w:tbl>") + self.xml.count("<w:tbl ") == 1:
            header, body = _scanned(self.xml)  # a large table: regular expressions, 10× faster than lxml
        else:
            table = self.element if self.element is not None else etree.fromstring(self.xml)
            rows = table.findall(f"{W}tr")
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
    """The blocks of a report. Without `keep_tree` each top-level element is read and let go (a large
    report's tree would take gigabytes); tables keep only their XML, parsed if they turn out to differ."""
    try:
        with zipfile.ZipFile(path) as zf:
            if keep_tree:
                members = {name: zf.read(name) for name in zf.namelist()}
                root = etree.fromstring(members["word/document.xml"])
                body = root.find(f"{W}body")
                return Document(list(_blocks(body if body is not None else root, True)), root, members)
            with zf.open("word/document.xml") as stream:
                return Document(list(_streamed_blocks(stream)), None, {})
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise NotADocx(f"'{path}' bukan berkas .docx yang dapat dibaca.") from exc


def _streamed_blocks(stream: IO[bytes]) -> Iterator[Block]:
    events = etree.iterparse(stream, events=("end",), tag=(f"{W}p", f"{W}tbl"), huge_tree=True)
    body = f"{W}body"
    body_children = (el for _, el in events if el.getparent() is not None and el.getparent().tag == body)

    def released() -> Iterator[etree._Element]:
        for element in body_children:
            yield element
            element.clear()  # what was read is not needed again
            while element.getprevious() is not None:
                del element.getparent()[0]

    yield from _blocks(released(), False)


def _blocks(children: Iterable[etree._Element], keep: bool) -> Iterator[Block]:
    path: list[tuple[int, str]] = []
    caption = ""
    for element in children:
        if element.tag == f"{W}tbl":
            here = tuple(t for _, t in path)
            if keep:
                yield Block("table", caption, here, element, caption=caption)
            else:
                xml = etree.tostring(element, encoding="unicode")
                yield Block("table", caption, here, None, caption=caption, xml=xml)
            caption = ""
            continue
        if element.tag != f"{W}p":
            continue
        kept = element if keep else None
        style = _style(element)
        text = " ".join(_text(element).split())
        if style.startswith("TOC") or style == "TableofFigures" or not text:
            marker = figure_marker(element)
            if marker:
                yield Block("paragraph", marker, tuple(t for _, t in path), kept)
            continue
        if style in HEADING:
            level = HEADING[style]
            path = [(lv, t) for lv, t in path if lv < level] + [(level, text)]
            yield Block("heading", text, tuple(t for _, t in path[:-1]), kept, level)
        elif style == "Caption":
            caption = text
            yield Block("paragraph", text, tuple(t for _, t in path), kept)
        else:
            yield Block("paragraph", text, tuple(t for _, t in path), kept)


def _cells(tr: etree._Element) -> list[str]:
    cells = []
    for tc in tr.iterchildren(f"{W}tc"):
        tcpr = tc.find(f"{W}tcPr")
        continued, span = False, 1
        if tcpr is not None:
            merge = tcpr.find(f"{W}vMerge")
            continued = merge is not None and merge.get(f"{W}val") in (None, "continue")
            grid_span = tcpr.find(f"{W}gridSpan")
            span = int(grid_span.get(f"{W}val")) if grid_span is not None else 1
        cells.append(CONTINUED if continued else _cell_text(tc))
        cells.extend([""] * (span - 1))
    return cells


_ROW = re.compile(r"<w:tr[ >].*?</w:tr>", re.S)
_CELL = re.compile(r"<w:tc[ >].*?</w:tc>", re.S)
_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.S)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(?:tab|cr)\b[^>]*/>|<w:br(?! w:type=\"page\")[^>]*/>")
_SPAN = re.compile(r'<w:gridSpan w:val="(\d+)"')
_CONTINUED = re.compile(r'<w:vMerge(?: w:val="continue")?\s*/>')


def _scanned(xml: str) -> tuple[list[str], list[Row]]:
    """Header and rows of one table (no table nested in it) read with regular expressions; the same
    texts the lxml path (_cells) gives."""
    header: list[str] = []
    body: list[Row] = []
    for row in _ROW.findall(xml):
        cells: list[str] = []
        for cell in _CELL.findall(row):
            head = cell[: cell.find("<w:p")] if "<w:p" in cell else cell
            if _CONTINUED.search(head):
                cells.append(CONTINUED)
            else:
                texts = (" ".join(_unescape(_paragraph_text(p)).split()) for p in _PARAGRAPH.findall(cell))
                cells.append(" / ".join(t for t in texts if t))
            span = _SPAN.search(head)
            cells.extend([""] * (int(span.group(1)) - 1 if span else 0))
        if "<w:tblHeader/>" in row[: row.find("<w:tc")]:
            if not header:
                header = cells
        else:
            body.append(Row(cells))
    return header, body


def _paragraph_text(paragraph: str) -> str:
    return "".join(m.group(1) if m.group(1) is not None else " " for m in _TEXT.finditer(paragraph))


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _cell_text(tc: etree._Element) -> str:
    paragraphs = tc.findall(f"{W}p")
    if len(paragraphs) == 1 and tc.find(f".//{W}br") is None and tc.find(f".//{W}tab") is None:
        return " ".join("".join(paragraphs[0].itertext(f"{W}t", with_tail=False)).split())  # the usual cell
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
