"""A stable plain-text form of a .docx report: headings, paragraphs and tables as rows, in reading order.

Used by `lkj dump` (so reports kept in git diff well), by the golden tests and by `lkj diff`. Formatting is
ignored on purpose: only what a reader reads is kept.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING = {"Heading1": 1, "JudulBagian": 1, "Heading2": 2, "Heading3": 3, "Heading4": 4}
IMAGE = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}chart"


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


class NotADocx(Exception):
    """The file is not a readable .docx."""


def read_items(path: Path) -> list[Item]:
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("word/document.xml")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise NotADocx(f"'{path}' bukan berkas .docx yang dapat dibaca.") from exc
    body = etree.fromstring(xml).find(f"{W}body")
    items: list[Item] = []
    for element in body if body is not None else ():
        if element.tag == f"{W}p":
            items.extend(_paragraph(element))
        elif element.tag == f"{W}tbl":
            items.append(Item("table", rows=_rows(element)))
    return items


def _style(p: etree._Element) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val", "") if style is not None else ""


def _text(element: etree._Element) -> str:
    parts = []
    for node in element.iter(f"{W}t", f"{W}br", f"{W}tab", f"{W}instrText"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}br" and node.get(f"{W}type") != "page":
            parts.append("\n")
        elif node.tag == f"{W}tab":
            parts.append(" ")
    return "".join(parts)


def _paragraph(p: etree._Element) -> list[Item]:
    out = []
    marker = figure_marker(p)
    if marker:
        out.append(Item("image", marker))
    text = " ".join(_text(p).replace("\n", " \n ").split(" ")).strip()
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
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


def _rows(table: etree._Element) -> list[list[str]]:
    rows = []
    for tr in table.iter(f"{W}tr"):
        cells = []
        for tc in tr.findall(f"{W}tc"):
            merged = tc.find(f"{W}tcPr/{W}vMerge")
            continued = merged is not None and merged.get(f"{W}val") in (None, "continue")
            text = " / ".join(" ".join(_text(p).split()) for p in tc.iter(f"{W}p") if _text(p).strip())
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            cells.append("〃" if continued else text)
            cells.extend([""] * (int(span.get(f"{W}val")) - 1 if span is not None else 0))
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
