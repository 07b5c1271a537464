"""Generated content for the template's `{{p name }}` paragraphs.

docxtpl only sees a small marker paragraph per block (so rendering stays small and fast); after
rendering, each marker is replaced by the block's WordprocessingML. A marker is markup, not text: whatever
staff typed reaches the template escaped, so no text can pass for one. Captions are numbered then (per
chapter, "Tabel 3.2"), and landscape sections take the properties of the section they interrupt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from lkj.render import chartxml, lists
from lkj.render import ooxml as x
from lkj.render.charts import Chart
from lkj.render.lists import Items
from lkj.render.package import Packed
from lkj.render.textwidth import wrapped_lines

# Text of a block from this size on is deflated where the block is made: in a large report, by whichever
# process made it, instead of all at the end by the one that writes the file. Smaller runs compress worse
# alone (each piece starts without a dictionary) and gain nothing.
PACK_FROM = 1 << 14

# A marker: a paragraph holding only a hidden bookmark (Word names its own _Toc…, _Ref…; people cannot
# start a name with "_"), valid WordprocessingML should one be left where no block belongs
MARKER = '<w:p><w:bookmarkStart w:id="0" w:name="_LkjBlok{}"/><w:bookmarkEnd w:id="0"/></w:p>'
MARKER_NAME = "_LkjBlok"


@dataclass(frozen=True)
class Caption:
    kind: str  # "Tabel" or "Gambar"
    title: str


@dataclass(frozen=True)
class SectionEnd:
    """The section that ends here is landscape (True) or portrait (False)."""

    landscape: bool


@dataclass(frozen=True)
class Toc:
    """A table of contents ("isi"), of tables ("Tabel") or of figures ("Gambar"), filled at assembly."""

    kind: str


@dataclass(frozen=True, eq=False)  # each drawing is itself: two equal charts are still two drawings
class Drawing:
    """A native chart in the text. Its parts are made, and deflated, with the rest of the block (a large
    report has hundreds: their compression is shared by the processes that make the blocks); the drawing
    that places it is numbered at assembly, in reading order, so that a block can be made in any order or
    process."""

    chart: Chart
    width_cm: float
    part: Packed  # the chart part (c:chartSpace), whose data is its relationship rId1
    data: Packed  # the embedded workbook behind Word's Edit Data

    @classmethod
    def of(cls, chart: Chart, width_cm: float) -> Drawing:
        part = chartxml.chart_space(chart, "rId1").encode("utf-8")
        return cls(chart, width_cm, Packed.of(part), Packed.of(chartxml.workbook(chart)))


@dataclass(frozen=True)
class Sealed:
    """Text deflated on its own terms: never joined with the text around it before it is deflated (the
    big table's rows, in parts: lkj.render.bab_3.BIG_ROW_PARTS)."""

    text: str


Part = str | Caption | SectionEnd | Toc | Drawing | Packed | Sealed | Items
BODY = "IsiLaporan"  # the style of the report's body text
TABLE_END = x.paragraph("", "Catatan", space_after=60)  # the small space after a table
LEAD_IN_LINES = 3  # a table's lead-in this short moves with its table (Content.table)
ENDING_WHOLE_LINES = 6  # a paragraph this short that ends a section is not split (Content.landscape)
BODY_WIDTH_CM, BODY_POINTS = 15.5, 11.0  # the template's text width (A4, margins 3 and 2,5 cm) and size
_FIGURE_START, _FIGURE_END = x.paragraph("<w:r>\0</w:r>", "Gambar").split("\0")


class Content:
    """The parts of one block, in reading order."""

    def __init__(self) -> None:
        self.parts: list[Part] = []

    def text(self, *paragraphs: str, style: str = "IsiLaporan") -> Content:
        """Paragraphs; in the report's body text, those with typed labels ("1. …", "- …") become lists
        (lkj.render.lists), and one that ends with a colon stays on the page of what it introduces."""
        for p in lists.split(paragraphs) if style == BODY else paragraphs:
            if isinstance(p, Items):
                self.parts.append(p)
            else:
                self.parts.append(x.text_paragraph(p, style, keep_next=p.rstrip().endswith(":")))
        return self

    def raw(self, part: Part) -> Content:
        self.parts.append(part)
        return self

    def label(self, text: str) -> Content:
        """A label over the paragraphs that follow (style Label), kept on their page."""
        self.parts.append(x.text_paragraph(text, "Label"))
        return self

    def note(self, text: str) -> Content:
        """A note in small type; one that follows a table explains it and keeps with its last row (the big
        table's note stood alone on a landscape page of its own)."""
        self._keep_table_end(x.last_row_kept_with_next)
        return self.text(text, style="Catatan")

    def numbered(self, items: Iterable[str], labels: str = "angka") -> Content:
        """A Word list numbered 1., 2., … ("angka") or a., b., … ("huruf"); labelled lines inside an item
        are its sub-items."""
        listed = lists.numbered(items, lists.DECIMAL if labels == "angka" else lists.LETTER)
        if listed.items:
            self.parts.append(listed)
        return self

    def table(self, caption: str, table: str | Sequence[Part]) -> Content:
        """A captioned table (lkj.render.grid): its markup, or its parts. A short paragraph that leads in
        to it ("… sebagai berikut.") stays on the page of its caption: a heading and its lead-in were left
        at the foot of a page whose table, kept whole, had moved on. A longer one is text of its own,
        not moved (LibreOffice moves a paragraph kept with the next whole, leaving its room blank)."""
        self._keep_lead_in()
        self.parts.append(Caption("Tabel", caption))
        if isinstance(table, str):
            self.parts.append(table)
        else:
            self.parts.extend(table)
        self.parts.append(TABLE_END)
        return self

    def signed(self, *signature: str) -> Content:
        """A signature block (lkj.render.front) closing what is before it, which keeps with it: a table's
        last rows (x.signed_table), a paragraph. A signature was left alone on a page after its tables."""
        if not self._keep_table_end(x.signed_table):
            self._keep_last_with_next()
        self.parts.extend(signature)
        return self

    def _keep_table_end(self, kept: Callable[[str], str]) -> bool:
        """Where the block ends with a table (its markup, or its last part: its last rows), the table's end
        made `kept` with what comes next, and the space after it too; whether it did."""
        if not (self.parts and self.parts[-1] == TABLE_END and len(self.parts) > 1):
            return False
        table = self.parts[-2]
        if isinstance(table, str):
            self.parts[-2] = kept(table)
        self.parts[-1] = x.kept_with_next(TABLE_END)
        return True

    def kept_with_next(self) -> Content:
        """The block's last paragraph keeps with what follows the block."""
        self._keep_last_with_next()
        return self

    def _keep_last_with_next(self) -> None:
        if self.parts and isinstance(self.parts[-1], str):
            self.parts[-1] = x.kept_with_next(self.parts[-1])

    def _end_section_here(self) -> None:
        last = self.parts[-1] if self.parts else None
        if isinstance(last, str):
            short = wrapped_lines(x.text_of(last), BODY_WIDTH_CM, BODY_POINTS) <= ENDING_WHOLE_LINES
            self.parts[-1] = x.ending_section(last, whole=short)

    def _keep_lead_in(self) -> None:
        last = self.parts[-1] if self.parts else None
        if (
            isinstance(last, str)
            and wrapped_lines(x.text_of(last), BODY_WIDTH_CM, BODY_POINTS) <= LEAD_IN_LINES
        ):
            self._keep_last_with_next()

    def figure(self, caption: str, chart: Chart, width_cm: float) -> Content:
        self.parts += [_FIGURE_START, Drawing.of(chart, width_cm), _FIGURE_END, Caption("Gambar", caption)]
        return self

    def landscape(self, inner: Content) -> Content:
        """`inner` (a caption and its wide table) on landscape pages. The text before it, and the heading
        above that (lkj.render.docx), stay on the portrait page of the text they follow: moved to the
        landscape page, they took the room its table needed (Arunika's big table ran onto a page of its
        own with its last rows, its total and its note) and left the portrait page before it blank below
        the last paragraph. The lead-in ends the portrait section: kept whole when it is short, kept with
        nothing (the landscape page starts a new page anyway: a chain across the break moved it, and its
        heading, onto a portrait page of their own)."""
        self._end_section_here()
        self.parts.append(SectionEnd(landscape=False))
        self.parts.extend(inner.parts)
        self.parts.append(SectionEnd(landscape=True))
        return self

    def extend(self, other: Content) -> Content:
        self.parts.extend(other.parts)
        return self

    @property
    def empty(self) -> bool:
        return not self.parts

    def pack(self) -> None:
        """Deflate the block's text here and now (`packed`), each run of text between the parts that are
        numbered at assembly (captions, tables of contents, drawings) as one piece."""
        parts: list[Part] = []
        run: list[str] = []
        for part in [*self.parts, None]:
            if isinstance(part, str):
                run.append(part)
                continue
            if run:
                parts.append(packed("".join(run)))
                run = []
            if part is not None:
                parts.append(part)
        self.parts = parts


def sealed(text: str) -> Part:
    """Text that is deflated on its own (Sealed), here and now when it is large (`packed`)."""
    return Packed.of(text.encode("utf-8")) if len(text) >= PACK_FROM else Sealed(text)


def packed(part: Part) -> Part:
    """Text of PACK_FROM characters or more deflated here and now: made in a second process, it travels to
    the first ten times smaller and is not compressed again there. It is packed wherever it is made, so
    the bytes do not depend on which process made it."""
    return Packed.of(part.encode("utf-8")) if isinstance(part, str) and len(part) >= PACK_FROM else part


class Block:
    """A placeholder for one block in the template context; renders as its marker paragraph."""

    def __init__(self, number: int, content: Content) -> None:
        self.number = number
        self.content = content

    def __html__(self) -> str:
        return MARKER.format(self.number)

    def __str__(self) -> str:
        return Markup(self.__html__())


class Blocks:
    """Every block of one report, by number."""

    def __init__(self) -> None:
        self.items: dict[int, Block] = {}

    def add(self, content: Content) -> Block:
        block = Block(len(self.items) + 1, content)
        self.items[block.number] = block
        return block

    def adopt(self, blocks: Iterable[Block]) -> None:
        """Blocks made by another registry (in another process), numbered on from this one's. A block's
        number only pairs it with its marker: the document does not depend on it."""
        for block in blocks:
            block.number = len(self.items) + 1
            self.items[block.number] = block

    def of(self, *paragraphs: str, style: str = "IsiLaporan") -> Block:
        return self.add(Content().text(*paragraphs, style=style))
