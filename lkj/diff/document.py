"""A report as the diff sees it: blocks in reading order, each knowing the headings above it; tables
with their caption, header and rows keyed by their identifying columns (kode, indikator), merged cells
carried down so that a merge never shifts a row."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from lkj.diff.dump import HEADING, IMAGE, NotADocx, W, _style, _text

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
    element: etree._Element | None = None
    level: int = 0
    caption: str = ""  # tables: "Tabel 3.4 Capaian sasaran strategis tahun 2022"
    header: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)

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


@dataclass
class Document:
    blocks: list[Block]
    root: etree._Element
    members: dict[str, bytes]  # the package, for writing a redline from this document


def read_document(path: Path) -> Document:
    try:
        with zipfile.ZipFile(path) as zf:
            members = {name: zf.read(name) for name in zf.namelist()}
        root = etree.fromstring(members["word/document.xml"])
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise NotADocx(f"'{path}' bukan berkas .docx yang dapat dibaca.") from exc
    body = root.find(f"{W}body")
    return Document(list(_blocks(body if body is not None else root)), root, members)


def _blocks(body: etree._Element):  # type: ignore[no-untyped-def]
    path: list[tuple[int, str]] = []
    caption = ""
    for element in body:
        if element.tag == f"{W}tbl":
            yield _table(element, tuple(t for _, t in path), caption)
            caption = ""
            continue
        if element.tag != f"{W}p":
            continue
        style = _style(element)
        text = " ".join(_text(element).split())
        if style.startswith("TOC") or style == "TableofFigures" or not text:
            if element.find(f".//{IMAGE}") is not None:
                yield Block("paragraph", "[gambar]", tuple(t for _, t in path), element)
            continue
        if style in HEADING:
            level = HEADING[style]
            path = [(lv, t) for lv, t in path if lv < level] + [(level, text)]
            yield Block("heading", text, tuple(t for _, t in path[:-1]), element, level)
        elif style == "Caption":
            caption = text
            yield Block("paragraph", text, tuple(t for _, t in path), element)
        else:
            yield Block("paragraph", text, tuple(t for _, t in path), element)


def _cells(tr: etree._Element) -> list[str]:
    cells = []
    for tc in tr.findall(f"{W}tc"):
        merge = tc.find(f"{W}tcPr/{W}vMerge")
        continued = merge is not None and merge.get(f"{W}val") in (None, "continue")
        text = " / ".join(" ".join(_text(p).split()) for p in tc.iter(f"{W}p") if _text(p).strip())
        cells.append(CONTINUED if continued else text)
        span = tc.find(f"{W}tcPr/{W}gridSpan")
        cells.extend([""] * (int(span.get(f"{W}val")) - 1 if span is not None else 0))
    return cells


def _table(element: etree._Element, path: tuple[str, ...], caption: str) -> Block:
    rows = element.findall(f"{W}tr")
    header_rows = [tr for tr in rows if tr.find(f"{W}trPr/{W}tblHeader") is not None]
    header = _cells(header_rows[0]) if header_rows else []
    body = [Row(_cells(tr), element=tr) for tr in rows if tr not in header_rows]
    _carry_down(body)
    _assign_keys(body, header)
    return Block("table", caption, path, element, caption=caption, header=header, rows=body)


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
