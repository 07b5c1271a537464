"""WordprocessingML written directly as strings: paragraphs, runs, tables with merged cells, captions,
fields and bookmarks. Big tables are built this way (10–60× faster than python-docx's object API); all
text passes through `esc`, so whatever staff typed appears literally, and no text can make a part that is
not well-formed XML."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# What XML 1.0 cannot hold, even escaped: most C0 controls, lone surrogates, U+FFFE and U+FFFF
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NOT_SHOWN = "\ufffd"  # stands for a character a document cannot hold (a control character in a file name)


def legal(text: str) -> str:
    """`text` with every character that XML cannot hold replaced by NOT_SHOWN."""
    return text if text.isprintable() or not _NOT_XML.search(text) else _NOT_XML.sub(NOT_SHOWN, text)


def esc(text: str) -> str:
    """Text for an element or a double-quoted attribute, whatever it holds (legal). (Not
    xml.sax.saxutils: it imports urllib.request, http.client and ssl, a sixtieth of a second.)"""
    if not text.isprintable() and _NOT_XML.search(text):  # isprintable: the usual case, quickly
        text = _NOT_XML.sub(NOT_SHOWN, text)
    if "&" in text or "<" in text or ">" in text or '"' in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return text


# A range of numbers ("2021-2025", "2021–2025", "75 - 80") breaks at its dash in Word and LibreOffice
# ("2021-" at the end of a line, "2025" on the next: Daftar Gambar entries, captions). Printed with a
# non-breaking hyphen (U+2011, Word's w:noBreakHyphen, drawn as the font's hyphen) and non-breaking spaces
# around it, a range is never split, wherever it is written: captions, the lists made from them, cells.
_RANGE = re.compile("(?<=[0-9])( ?)[-\u2013]( ?)(?=[0-9])")
NON_BREAKING_HYPHEN = "\u2011"


def _unbroken_range(match: re.Match[str]) -> str:
    return "\u00a0" * len(match.group(1)) + NON_BREAKING_HYPHEN + "\u00a0" * len(match.group(2))


def unbroken_ranges(text: str) -> str:
    """`text` with every range of numbers kept on one line (_RANGE)."""
    if "-" not in text and "\u2013" not in text:  # the usual case, quickly
        return text
    return _RANGE.sub(_unbroken_range, text)


def _t(text: str) -> str:
    """A w:t element; spaces at the ends of the text are kept only when declared; ranges of numbers never
    break (unbroken_ranges)."""
    text = unbroken_ranges(text)
    if text[:1] == " " or text[-1:] == " " or "  " in text:
        return f'<w:t xml:space="preserve">{esc(text)}</w:t>'
    return f"<w:t>{esc(text)}</w:t>"


def run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    caps: bool = False,
) -> str:
    """A run; newlines in `text` become line breaks."""
    return _run_start(bold, italic, underline, caps) + _text(text) + "</w:r>"


def _run_start(bold: bool = False, italic: bool = False, underline: bool = False, caps: bool = False) -> str:
    props = ""
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    if caps:
        props += "<w:caps/>"
    if underline:
        props += '<w:u w:val="single"/>'
    return f"<w:r><w:rPr>{props}</w:rPr>" if props else "<w:r>"


def _text(text: str) -> str:
    """The inside of a run: the text, its newlines as line breaks."""
    return "<w:br/>".join(_t(p) for p in text.split("\n")) if "\n" in text else _t(text)


def paragraph(
    content: str,
    style: str | None = None,
    *,
    align: str | None = None,
    keep_next: bool = False,
    chain_ends: bool = False,
    keep_lines: bool = False,
    page_break_before: bool = False,
    indent_left: int | None = None,
    hanging: int | None = None,
    space_after: int | None = None,
) -> str:
    """A paragraph around already-built runs (`content`). `keep_next`: kept on the page of the next
    paragraph; `chain_ends`: not kept with it, whatever its style says (the last line of a signature)."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    elif chain_ends:
        ppr += '<w:keepNext w:val="0"/>'
    if keep_lines:
        ppr += "<w:keepLines/>"
    if page_break_before:
        ppr += "<w:pageBreakBefore/>"
    if space_after is not None:
        ppr += f'<w:spacing w:after="{space_after}"/>'
    if indent_left is not None or hanging is not None:
        attrs = f' w:left="{indent_left or 0}"' + (f' w:hanging="{hanging}"' if hanging else "")
        ppr += f"<w:ind{attrs}/>"
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{content}</w:p>"


def text_paragraph(text: str, style: str | None = None, **kwargs: object) -> str:
    return paragraph(run(text), style, **kwargs)  # type: ignore[arg-type]


_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def text_of(xml: str) -> str:
    """The text of markup made here, as it reads (its escapes left as they are: for measuring)."""
    return "".join(_TEXT.findall(xml))


_STYLED = re.compile(r'(<w:pPr><w:pStyle w:val="[^"]*"/>)(?!<w:keepNext)')


def kept_with_next(xml: str) -> str:
    """One paragraph made here (`paragraph`), kept on the page of what follows it; other markup as is."""
    if not xml.startswith("<w:p>") or xml.count("<w:p>") != 1 or "<w:keepNext" in xml:
        return xml
    if xml.startswith("<w:p><w:pPr><w:pStyle "):
        return _STYLED.sub(r"\1<w:keepNext/>", xml, count=1)
    if xml.startswith("<w:p><w:pPr>"):
        return xml.replace("<w:p><w:pPr>", "<w:p><w:pPr><w:keepNext/>", 1)
    return xml.replace("<w:p>", "<w:p><w:pPr><w:keepNext/></w:pPr>", 1)


_KEEP_NEXT = re.compile(r"<w:keepNext(?: w:val=\"[^\"]*\")?/>")


def ending_section(xml: str, *, whole: bool) -> str:
    """One paragraph made here (`paragraph`) that ends its section: kept with nothing after it, whatever
    its style says, and, when `whole`, kept on one page (keepLines); other markup as is."""
    if not xml.startswith("<w:p>") or xml.count("<w:p>") != 1:
        return xml
    props = '<w:keepNext w:val="0"/>' + ("<w:keepLines/>" if whole and "<w:keepLines/>" not in xml else "")
    xml = _KEEP_NEXT.sub("", xml, count=1)
    if xml.startswith("<w:p><w:pPr><w:pStyle "):
        end = xml.index("/>", len("<w:p><w:pPr><w:pStyle ")) + 2
        return xml[:end] + props + xml[end:]
    if xml.startswith("<w:p><w:pPr>"):
        return xml.replace("<w:p><w:pPr>", "<w:p><w:pPr>" + props, 1)
    return xml.replace("<w:p>", f"<w:p><w:pPr>{props}</w:pPr>", 1)


def last_row_kept_with_next(xml: str) -> str:
    """A table made here (`Table`, lkj.render.grid) whose last row keeps with the paragraph after the
    table: what follows (a signature) is never alone at the top of a page."""
    if not xml.endswith("</w:tbl>") or "<w:tr>" not in xml:
        return xml
    start = xml.rindex("<w:tr>")
    return xml[:start] + _STYLED.sub(r"\1<w:keepNext/>", xml[start:])


SIGNED_ROWS = 2  # rows of a table that its signature draws onto its own page


def signed_table(xml: str, closing: int = SIGNED_ROWS) -> str:
    """A table made here (`Table`, lkj.render.grid) that a signature closes: its last row keeps with the
    paragraph after the table, and the chain of rows kept with the next (a table that fits on a page
    keeps every row with the next) is cut before its last `closing` rows, so that the signature draws
    those rows onto its page, not the whole table (Sukamaju's annex pages stood half empty before a short
    table kept with its signature). The cut falls where no merged cell goes on, with two rows at least
    above it; a table without such a place keeps whole."""
    kept = last_row_kept_with_next(xml)
    starts = [m.start() for m in re.finditer("<w:tr>", kept)]
    body = [at for at in starts if "<w:tblHeader/>" not in kept[at : kept.index("</w:trPr>", at)]]
    for place in range(len(body) - closing, 1, -1):
        row = kept[body[place] : kept.index("</w:tr>", body[place])]
        if "<w:vMerge/>" in row:
            continue  # a merged cell goes on into this row: no cut above it
        above = body[place - 1]
        return kept[:above] + kept[above : body[place]].replace("<w:keepNext/>", "") + kept[body[place] :]
    return kept


def complex_field(instruction: str, result_runs: str, *, dirty: bool = False) -> str:
    """A complex field (TOC, PAGEREF, SEQ…) with a pre-computed result so it is never empty."""
    flag = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"{flag}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{result_runs}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def bookmark(name: str, ident: int, content: str) -> str:
    return f'<w:bookmarkStart w:id="{ident}" w:name="{name}"/>{content}<w:bookmarkEnd w:id="{ident}"/>'


# ---------------------------------------------------------------- tables


class Cell(NamedTuple):  # a tuple, not a frozen dataclass: a big report creates hundreds of thousands
    text: str = ""
    align: str = "left"  # left, right, center
    bold: bool = False
    italic: bool = False
    shade: str | None = None  # hex fill, e.g. "DEEAF6"
    span: int = 1  # horizontal merge (gridSpan)
    merge: str | None = None  # vertical merge: "restart" or "continue"
    indent: int = 0  # twips, for the hierarchy of names
    paragraphs: tuple[str, ...] = ()  # pre-built paragraphs instead of text


class Row(NamedTuple):
    cells: Sequence[Cell]
    header: bool = False  # repeated at the top of every page (header rows must come first)
    keep_with_next: bool = False


@dataclass
class Table:
    widths: Sequence[int]  # twips per grid column
    rows: list[Row | str] = field(default_factory=list)  # str: a row made by a RowShape
    style: str = "TabelLKj"
    text_style: str = "TeksTabel"  # TeksTabelKecil, TeksTabelMini for dense tables (lkj.render.styles)
    _heads: dict[tuple[object, ...], tuple[str, str]] = field(default_factory=dict, repr=False)

    def xml(self) -> str:
        return f"{self.start()}{self.rows_xml()}</w:tbl>"

    def start(self) -> str:
        """The table's markup before its first row."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in self.widths)
        total = sum(self.widths)
        head = (
            f'<w:tblPr><w:tblStyle w:val="{self.style}"/><w:tblW w:w="{total}" w:type="dxa"/>'
            '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        )
        return f"<w:tbl>{head}<w:tblGrid>{grid}</w:tblGrid>"

    def rows_xml(self) -> str:
        return "".join(r if isinstance(r, str) else self._row(r) for r in self.rows)

    def _row(self, row: Row) -> str:
        return self._row_start(row) + "".join(self._cell(c, w, row) for c, w in self._placed(row)) + "</w:tr>"

    @staticmethod
    def _row_start(row: Row) -> str:
        trpr = "<w:cantSplit/><w:tblHeader/>" if row.header else "<w:cantSplit/>"
        return f"<w:tr><w:trPr>{trpr}</w:trPr>"

    def _placed(self, row: Row) -> Iterator[tuple[Cell, int]]:
        """Each cell with its width (a spanning cell's is the sum of the grid columns it covers)."""
        column = 0
        for cell in row.cells:
            yield cell, sum(self.widths[column : column + cell.span])
            column += cell.span

    def _cell(self, cell: Cell, width: int, row: Row) -> str:
        if cell.paragraphs:
            tcpr = _cell_properties(cell, width, row.header)
            return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(cell.paragraphs)}</w:tc>"
        empty, before = self._shape(cell, width, row)
        if not cell.text or cell.merge == "continue":
            return empty
        return before + _text(cell.text) + _CLOSE_FILLED

    def _shape(self, cell: Cell, width: int, row: Row) -> tuple[str, str]:
        """The markup of a text cell's shape (_head). Tens of thousands of cells share a handful of
        shapes: each shape's markup is made once."""
        bold = cell.bold or row.header
        shape = (
            width,
            cell.span,
            cell.merge,
            cell.shade,
            row.header,
            row.keep_with_next,
            cell.indent,
            cell.align,
            bold,
            cell.italic,
        )
        head = self._heads.get(shape)
        if head is None:
            head = self._heads[shape] = self._head(cell, width, row, bold)
        return head

    def _head(self, cell: Cell, width: int, row: Row, bold: bool) -> tuple[str, str]:
        """A cell shape's markup: the whole of an empty cell, and a filled one's up to its text."""
        ppr = f'<w:pStyle w:val="{self.text_style}"/>'
        if row.keep_with_next:
            ppr += "<w:keepNext/>"
        if cell.indent:
            ppr += f'<w:ind w:left="{cell.indent}"/>'
        if cell.align != "left":
            ppr += f'<w:jc w:val="{cell.align}"/>'
        tcpr = _cell_properties(cell, width, row.header)
        opening = f"<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr>{ppr}</w:pPr>"
        return opening + "</w:p></w:tc>", opening + _run_start(bold=bold, italic=cell.italic)


class RowShape:
    """The markup of rows whose cells differ only in their text, made once. A table of thousands of rows
    has a handful of shapes (program, kegiatan, sub kegiatan; first or merged row): a row of a known shape
    is its texts joined into that markup. `prototype` gives every cell's properties; its texts are
    ignored."""

    def __init__(self, table: Table, prototype: Row) -> None:
        self.start = Table._row_start(prototype)
        self.cells: list[tuple[str, str | None]] = []  # per cell: empty markup, filled markup before text
        for cell, width in table._placed(prototype):
            empty, before = table._shape(cell, width, prototype)
            self.cells.append((empty, None if cell.merge == "continue" else before))

    def row(self, texts: Sequence[str]) -> str:
        parts = [self.start]
        for (empty, before), text in zip(self.cells, texts, strict=True):
            parts.append(empty if not text or before is None else before + _text(text) + _CLOSE_FILLED)
        parts.append("</w:tr>")
        return "".join(parts)


_CLOSE_FILLED = "</w:r></w:p></w:tc>"


def _cell_properties(cell: Cell, width: int, header: bool) -> str:
    """Only what differs from the defaults is written. The width repeats the grid on purpose: Word
    honours a cell's own width before the table grid."""
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if cell.span > 1:
        tcpr += f'<w:gridSpan w:val="{cell.span}"/>'
    if cell.merge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif cell.merge == "continue":
        tcpr += "<w:vMerge/>"
    if cell.shade:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.shade}"/>'
    if header:
        tcpr += '<w:vAlign w:val="center"/>'
    return tcpr


def cm(value: float) -> int:
    """Centimetres to twips."""
    return round(value * 567)
