"""Render the Word template and assemble the final .docx.

1. docxtpl renders the template with the sandboxed, autoescaping, strict environment; every generated
   block is still a one-line marker paragraph.
2. Headings get bookmarks; captions are numbered per chapter in reading order; the tables of contents,
   tables and figures are written pre-filled (page numbers follow when Word or LibreOffice updates them).
   The closing chapters (a konsep's Catatan Penyusunan) number theirs in a series of their own (CLOSING:
   "Tabel C.1", SEQ TabelCatatan), which the report's lists of tables and figures leave out.
3. Markers are replaced by the blocks' XML; landscape sections take the interrupted section's properties;
   the paper size setting is applied to every section.
4. The package is written with fixed zip dates and fixed core properties, so the same input gives the
   same bytes, and it replaces an existing file atomically (lkj.render.package).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from lxml import etree

from lkj.errors import detail
from lkj.indonesian import romawi
from lkj.outputs import REPORT_BY
from lkj.read.logo import Logo
from lkj.render import chartxml, lists, watermark
from lkj.render import logo as cover
from lkj.render import ooxml as x
from lkj.render.blocks import MARKER as BLOCK_MARKER
from lkj.render.blocks import MARKER_NAME, Block, Blocks, Caption, Drawing, Sealed, SectionEnd, Toc
from lkj.render.members import PackedPart, package_members
from lkj.render.narasi import DEFAULT_TEMPLATES
from lkj.render.package import Content, Packed, write_package
from lkj.render.problems import TemplateProblem, explain
from lkj.render.styles import ensure_styles
from lkj.render.word_template import WordTemplate

W = f"{{{x.W_NS}}}"
HEADING_LEVEL = {"Heading1": 1, "Heading2": 2, "Heading3": 3, "JudulBagian": 1}
PAPER = {"A4": (11906, 16838), "F4": (12189, 18709)}
MARKER = re.compile(re.escape(BLOCK_MARKER).replace(re.escape("{}"), r"(\d+)"))  # as lxml writes it
ROMAN = {romawi(n): n for n in range(1, 40)}
CHART_IDS = 1_000_000  # drawing ids of charts, above any the template's own pictures get
SHIPPED = DEFAULT_TEMPLATES / "lkj.docx"  # the template lkj ships, whose placeholder logo never shows
_BLOCK_TAG = re.compile(r"\{\{p\s+([\w.]+)\s*\}\}")
# The label of the closing chapters (the Catatan Penyusunan, for the staff): their captions "Tabel C.1" are
# counted by a SEQ field of their own, so the Lampiran's L.n go on undisturbed and the Daftar Tabel (TOC \c
# "Tabel") does not list the staff's work list as part of the report
CLOSING = "C"
CLOSING_SEQ = "Catatan"  # appended to the kind: SEQ TabelCatatan, SEQ GambarCatatan


@dataclass
class Entry:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class Numbered:
    """A caption as numbered: its label ("3.2", "C.1"), its entry in a list of tables or figures, and the
    identifier of the SEQ field that counts it ("Tabel", or "TabelCatatan" in a closing chapter)."""

    label: str
    entry: Entry
    seq: str


@dataclass
class Layout:
    """What the walk over the rendered body found: headings, and the chapter each block sits in."""

    headings: list[Entry] = field(default_factory=list)
    chapters: dict[int, str] = field(default_factory=dict)  # block number → chapter ("3", "L", "C", "")
    order: list[int] = field(default_factory=list)  # block numbers in reading order


class DocxBuilder:
    """The Word template rendered with a report's context, its blocks put in place, its charts added."""

    def __init__(self, template: Path) -> None:
        if not template.exists():
            raise TemplateProblem(f"Templat Word '{template}' tidak ditemukan.")
        try:
            self.tpl = WordTemplate(template)
            self.tpl.init_docx()
        except Exception as exc:  # python-docx raises several types for a file that is not a .docx
            raise TemplateProblem(
                f"Templat Word '{template.name}' tidak dapat dibuka sebagai .docx ({detail(exc)}). Simpan "
                "ulang berkas itu di Word sebagai Word Document (.docx), atau salin ulang lkj.docx dari "
                "folder templates/ repositori lkj."
            ) from exc
        ensure_styles(self.tpl.docx.styles.element)  # a template made before a style was introduced
        self.template = template
        self._closing: list[etree._Element] = []  # the closing chapters' headings (_close)

    def block_tags(self) -> set[str]:
        """The expression of every block tag (`{{p nama }}`) of the template's body, before rendering."""
        found: set[str] = set()
        for p in self.tpl.docx.element.body.iter(f"{W}p"):
            found.update(_BLOCK_TAG.findall(_text(p)))
        return found

    def _add_charts(self, charts: dict[Drawing, int]) -> None:
        """The charts' parts, numbered in reading order. They join the package after the template is
        rendered: docxtpl walks every part of the package, several times."""
        package = self.tpl.docx.part.package
        for drawing, n in charts.items():
            data = PackedPart(
                PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"),
                chartxml.XLSX_CONTENT_TYPE,
                drawing.data,
                package,
            )
            part = PackedPart(
                PackURI(f"/word/charts/chart{n}.xml"), chartxml.CHART_CONTENT_TYPE, drawing.part, package
            )
            # rIds of our own: python-docx's relate_to scans every relationship, quadratic over many charts
            part.rels.add_relationship(RT.PACKAGE, data, "rId1")
            self.tpl.docx.part.rels.add_relationship(RT.CHART, part, f"rIdGrafik{n}")

    def render(
        self,
        context: dict[str, Any],
        env: Any,
        blocks: Blocks,
        *,
        paper: str,
        when: datetime,
        konsep: bool = False,
        closing: tuple[tuple[str, Block], ...] = (),
        logo: Logo | None = None,
    ) -> None:
        """The template filled; with `konsep`, a KONSEP watermark in its headers (lkj.render.watermark),
        else none; `closing` chapters (a title and its block: the Catatan Penyusunan) after the last; the
        cover's picture the `logo`, or gone when it is lkj's placeholder and there is none
        (lkj.render.logo)."""
        self._render_template(context, env)
        cover.place(self.tpl.docx, logo, SHIPPED)
        headers = self._headers()
        if konsep:
            watermark.mark(headers)
        else:
            watermark.unmark(headers)
        self._close(closing)
        layout = _walk(self.tpl.docx.element.body, self._closing)
        captions = _number_captions(blocks, layout)
        charts = _number_charts(blocks, layout)
        self._add_charts(charts)
        numbers = self._number_lists(blocks, layout)
        self._fix_core_properties(when)
        body_sect = _body_section(self.tpl.docx.element.body)
        self._assembler = _Assembler(blocks, layout, captions, charts, body_sect, paper)
        self._assembler.lists = numbers

    def _number_lists(self, blocks: Blocks, layout: Layout) -> dict[tuple[int, int], list[int]]:
        """(block, part index) → the numIds of that list's instances, added to the numbering part in
        reading order after the template's own (lkj.render.lists)."""
        found = [
            (number, index, part)
            for number in layout.order
            for index, part in enumerate(blocks.items[number].content.parts)
            if isinstance(part, lists.Items)
        ]
        if not found:
            return {}
        numbering = self.tpl.docx.part.numbering_part.element
        lists.ensure_definitions(numbering)
        out: dict[tuple[int, int], list[int]] = {}
        for number, index, part in found:
            out[(number, index)] = lists.add_instances(numbering, part.instances()[1])
        return out

    def write(self, out: Path) -> None:
        members = package_members(self.tpl.docx.part.package)
        write_package(((name, self._content(name, data)) for name, data in members), out)

    def _content(self, name: str, data: Content) -> Content:
        if name != "word/document.xml" or not isinstance(data, bytes):
            return data
        pieces = self._assembler.document(data.decode("utf-8"))
        return (p if isinstance(p, Packed) else p.encode("utf-8") for p in pieces)

    def _headers(self) -> list[etree._Element]:
        """The header parts of the rendered template, each once."""
        parts = {
            id(r.target_part): r.target_part
            for r in self.tpl.docx.part.rels.values()
            if r.reltype == RT.HEADER
        }
        return [part.element for part in parts.values()]

    def _close(self, closing: tuple[tuple[str, Block], ...]) -> None:
        """Chapters after the template's last, before the body's own section properties: the title as a
        chapter heading (so it is in the Daftar Isi; its captions are of the CLOSING series), then its
        block's marker."""
        body = self.tpl.docx.element.body
        end = body.find(f"{W}sectPr")
        for title, block in closing:
            heading = _paragraph(x.text_paragraph(title, "Heading1"))
            self._closing.append(heading)
            for paragraph in (heading, _paragraph(block.__html__())):
                if end is None:
                    body.append(paragraph)
                else:
                    end.addprevious(paragraph)

    def _render_template(self, context: dict[str, Any], env: Any) -> None:
        try:
            self.tpl.render(context, jinja_env=env)
        except TemplateProblem:  # a tag's error, told where it is (WordTemplate)
            raise
        except Exception as exc:  # a part its tags left unreadable (markup printed with |safe)
            raise TemplateProblem(
                f"Templat Word '{self.template.name}' tidak dapat diisi: {explain(exc)}."
            ) from exc

    def _fix_core_properties(self, when: datetime) -> None:
        props = self.tpl.docx.core_properties
        props.created = props.modified = when
        props.last_printed = when
        props.revision = 1
        props.last_modified_by = REPORT_BY  # the mark of a report a later build may replace


def _paragraph(xml: str) -> etree._Element:
    return etree.fromstring(f'<w:body xmlns:w="{x.W_NS}">{xml}</w:body>')[0]


def _strip_ns(xml: str) -> str:
    return re.sub(r'\sxmlns:\w+="[^"]+"', "", xml)


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def _style(p: etree._Element) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val", "") if style is not None else ""


def _chapter(text: str, current: str) -> str:
    words = text.split()
    if len(words) >= 2 and words[0].upper() == "BAB" and words[1].upper() in ROMAN:
        return str(ROMAN[words[1].upper()])
    if words and words[0].upper() == "LAMPIRAN":
        return "L"
    return current


def _walk(body: etree._Element, closing: list[etree._Element]) -> Layout:
    """Headings bookmarked, and each block's chapter: from a chapter heading's words (_chapter), CLOSING
    from one of the `closing` headings on."""
    layout = Layout()
    chapter = ""
    for number, p in enumerate(body.iter(f"{W}p")):
        block = _block_number(p)
        if block is not None:
            layout.chapters[block] = chapter
            layout.order.append(block)
            continue
        text = _text(p)
        level = HEADING_LEVEL.get(_style(p))
        if level is None or not text.strip():
            continue
        if any(p is heading for heading in closing):
            chapter = CLOSING
        elif _style(p) == "Heading1":
            chapter = _chapter(text, chapter)
        anchor = f"_Toc{number:06d}"
        _add_bookmark(p, anchor, len(layout.headings) + 1)
        layout.headings.append(Entry(level, " ".join(text.split()), anchor))
    return layout


def _block_number(p: etree._Element) -> int | None:
    """The number of the block whose marker `p` is (blocks.MARKER), else None."""
    if len(p) != 2 or p[0].tag != f"{W}bookmarkStart":
        return None
    name = p[0].get(f"{W}name", "")
    digits = name[len(MARKER_NAME) :]
    return int(digits) if name.startswith(MARKER_NAME) and digits.isdecimal() else None


def _add_bookmark(p: etree._Element, name: str, ident: int) -> None:
    start = etree.SubElement(p, f"{W}bookmarkStart", {f"{W}id": str(ident), f"{W}name": name})
    end = etree.SubElement(p, f"{W}bookmarkEnd", {f"{W}id": str(ident)})
    ppr = p.find(f"{W}pPr")
    position = 1 if ppr is not None else 0
    p.remove(start)
    p.remove(end)
    p.insert(position, start)
    p.append(end)


def _number_captions(blocks: Blocks, layout: Layout) -> dict[tuple[int, int], Numbered]:
    """(block, part index) → its number (label "3.2", TOC entry, SEQ identifier), per chapter and kind, in
    reading order."""
    counters: dict[tuple[str, str], int] = {}
    out: dict[tuple[int, int], Numbered] = {}
    for number in layout.order:
        chapter = layout.chapters.get(number, "")
        for index, part in enumerate(blocks.items[number].content.parts):
            if isinstance(part, Caption):
                key = (chapter, part.kind)
                counters[key] = counters.get(key, 0) + 1
                label = f"{chapter}.{counters[key]}" if chapter else str(counters[key])
                anchor = f"_Ref{part.kind[0]}{len(out) + 1:05d}"
                seq = part.kind + CLOSING_SEQ if chapter == CLOSING else part.kind
                entry = Entry(0, f"{part.kind} {label} {part.title}", anchor)
                out[(number, index)] = Numbered(label, entry, seq)
    return out


def _number_charts(blocks: Blocks, layout: Layout) -> dict[Drawing, int]:
    """Each chart the document shows → its number (1, 2, …), in reading order."""
    numbers: dict[Drawing, int] = {}
    for number in layout.order:
        for part in blocks.items[number].content.parts:
            if isinstance(part, Drawing) and part not in numbers:
                numbers[part] = len(numbers) + 1
    return numbers


def _body_section(body: etree._Element) -> str:
    sect = body.find(f"{W}sectPr")
    return _strip_ns(etree.tostring(sect, encoding="unicode")) if sect is not None else "<w:sectPr/>"


class _Assembler:
    def __init__(
        self,
        blocks: Blocks,
        layout: Layout,
        captions: dict[tuple[int, int], Numbered],
        charts: dict[Drawing, int],
        body_sect: str,
        paper: str,
    ) -> None:
        self.blocks, self.layout, self.captions, self.charts = blocks, layout, captions, charts
        self.body_sect = _paper(body_sect, paper)
        self.paper = paper
        self.sections_split = 0
        self.lists: dict[tuple[int, int], list[int]] = {}
        self._moved: set[int] = set()  # blocks whose landscape section starts at the heading before them
        self.bookmark = 10000
        self._position: dict[int, int] | None = None

    def document(self, xml: str) -> Iterator[str | Packed]:
        """The rendered template with every block in place, in pieces (a large report's document is
        hundreds of megabytes: it is never held as one string). The whole-document passes run on the
        template alone, before the blocks go in."""
        xml = _renumber_drawings(xml)  # the template's own pictures; charts are numbered from CHART_IDS
        if any(
            isinstance(part, SectionEnd)
            for block in self.blocks.items.values()
            for part in block.content.parts
        ):
            xml = _continue_numbering(xml)
        xml = _paper(xml, self.paper)
        done = 0
        for match in MARKER.finditer(xml):
            block = self.blocks.items[int(match.group(1))]
            before = xml[done : match.start()]
            if block.content.parts[:1] == [SectionEnd(landscape=False)]:
                before = self._landscape_with_heading(before, block)
            yield before
            yield from self._block(block)
            done = match.end()
        yield xml[done:]

    def _landscape_with_heading(self, before: str, block: Block) -> str:
        """A landscape part that no text of its block leads in to starts with its own heading: where it
        follows a heading of the template, the portrait section ends before that heading instead (the
        heading stayed behind on a page left 75% blank). With a lead-in, the heading stays with it on
        the portrait page (Content.landscape)."""
        heading = _trailing_heading(before)
        if heading is None:
            return before
        self._moved.add(block.number)
        return before[:heading] + self._section_end(SectionEnd(landscape=False)) + before[heading:]

    def _block(self, block: Block) -> Iterator[str | Packed]:
        out: list[str] = []
        for index, part in enumerate(block.content.parts):
            if isinstance(part, Packed):
                yield "".join(out)
                yield part
                out = []
            elif isinstance(part, str):
                out.append(part)
            elif isinstance(part, Sealed):
                out.append(part.text)
            elif isinstance(part, lists.Items):
                out.append(lists.paragraphs(part, self.lists[(block.number, index)]))
            elif isinstance(part, Caption):
                out.append(self._caption(part, self.captions[(block.number, index)]))
            elif isinstance(part, SectionEnd):
                if block.number in self._moved and not part.landscape:
                    self._moved.discard(block.number)  # its portrait end went before the heading
                    continue
                out.append(self._section_end(part))
            elif isinstance(part, Toc):
                out.append(self._toc(part))
            elif isinstance(part, Drawing):
                n = self.charts[part]
                out.append(chartxml.inline(part.chart, f"rIdGrafik{n}", part.width_cm, CHART_IDS + n))
        yield "".join(out)

    def _caption(self, part: Caption, numbered: Numbered) -> str:
        chapter, _, seq = numbered.label.rpartition(".")
        prefix = f"{part.kind} {chapter}." if chapter else f"{part.kind} "
        restart = " \\r 1" if seq == "1" else ""  # LibreOffice ignores \s (chapter reset) but honours \r
        instruction = f"SEQ {numbered.seq} \\* ARABIC \\s 1{restart}"
        body = x.run(prefix) + x.complex_field(instruction, x.run(seq)) + x.run(f" {part.title}")
        self.bookmark += 1
        content = x.bookmark(numbered.entry.anchor, self.bookmark, body)
        if part.kind == "Tabel":
            return x.paragraph(content, "Caption", keep_next=True)
        # a figure's caption is below it: it ends the figure, kept with nothing after it (three figures
        # kept in one chain left a page 70% blank)
        return f'<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext w:val="0"/></w:pPr>{content}</w:p>'

    def _section_end(self, part: SectionEnd) -> str:
        sect = self.body_sect
        if part.landscape:
            sect = _landscape(_without_start(sect))
        elif self.sections_split:
            sect = _without_start(sect)
        self.sections_split += 1
        return f"<w:p><w:pPr>{SECTION_END_LINE}{sect}</w:pPr></w:p>"

    def _toc(self, part: Toc) -> str:
        if part.kind == "isi":
            entries = self.layout.headings
            instruction = 'TOC \\o "1-3" \\h \\z \\u'
        else:
            entries = [
                numbered.entry
                for _, numbered in sorted(self.captions.items(), key=lambda kv: self._order(kv[0]))
                if numbered.seq == part.kind  # the report's own: not the closing chapters' series
            ]
            instruction = f'TOC \\h \\z \\c "{part.kind}"'
        if not entries:
            empty = "gambar" if part.kind == "Gambar" else ("tabel" if part.kind == "Tabel" else "judul")
            return x.text_paragraph(f"(Laporan ini tidak memuat {empty}.)", "IsiLaporan")
        return _toc_paragraphs(entries, instruction, part.kind == "isi")

    def _order(self, key: tuple[int, int]) -> tuple[int, int]:
        if self._position is None:
            self._position = {number: i for i, number in enumerate(self.layout.order)}
        return (self._position[key[0]], key[1])


# The empty paragraph that carries a section's properties, a point high: a line of its own after the
# section's last text could run onto a page of its own, blank
SECTION_END_LINE = '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
_PARAGRAPH = re.compile(r"<w:p[ >]")


def _trailing_heading(xml: str) -> int | None:
    """Where the paragraph that ends `xml` starts, when it is a heading (Heading1-4)."""
    starts = [m.start() for m in _PARAGRAPH.finditer(xml, max(0, len(xml) - 20000))]
    if not starts or not xml.rstrip().endswith("</w:p>"):
        return None
    last = xml[starts[-1] :]
    if last.count("</w:p>") != 1 or not re.search(r'<w:pStyle w:val="Heading[1-4]"', last):
        return None
    return starts[-1]


def _toc_paragraphs(entries: list[Entry], instruction: str, outline: bool) -> str:
    paragraphs = []
    for index, entry in enumerate(entries):
        style = f"TOC{entry.level}" if outline else "TableofFigures"
        pageref = x.complex_field(f"PAGEREF {entry.anchor} \\h", "")
        link = (
            f'<w:hyperlink w:anchor="{entry.anchor}" w:history="1">{x.run(entry.text)}<w:r><w:tab/></w:r>'
            f"{pageref}</w:hyperlink>"
        )
        begin = (
            (
                '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
            if index == 0
            else ""
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(entries) - 1 else ""
        paragraphs.append(x.paragraph(begin + link + end, style))
    return "".join(paragraphs)


def _without_start(sect: str) -> str:
    return re.sub(r'(<w:pgNumType[^>]*?)\s+w:start="\d+"', r"\1", sect)


def _landscape(sect: str) -> str:
    def swap(match: re.Match[str]) -> str:
        w, h = match.group(1), match.group(2)
        return f'<w:pgSz w:w="{h}" w:h="{w}" w:orient="landscape"/>'

    return re.sub(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"[^>]*/>', swap, sect)


def _continue_numbering(xml: str) -> str:
    """The body's final section follows a landscape one: it continues the page numbers."""
    head, tail = xml.rsplit("<w:sectPr", 1)
    return head + "<w:sectPr" + _without_start(tail)


def _paper(xml: str, paper: str) -> str:
    short, long_ = PAPER.get(paper, PAPER["A4"])

    def resize(match: re.Match[str]) -> str:
        landscape = 'w:orient="landscape"' in match.group(0)
        w, h = (long_, short) if landscape else (short, long_)
        return f'<w:pgSz w:w="{w}" w:h="{h}"' + (' w:orient="landscape"' if landscape else "") + "/>"

    return re.sub(r"<w:pgSz [^>]*/>", resize, xml)


def _renumber_drawings(xml: str) -> str:
    counter = iter(range(1, 1_000_000))
    return re.sub(r'(<wp:docPr id=")\d+', lambda m: f"{m.group(1)}{next(counter)}", xml)
