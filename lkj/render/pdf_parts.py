"""A long report's copy (lkj.render.pdf_copy) cut into parts that LibreOffice lays out one after another.

LibreOffice's time to lay out and export a document grows faster than its pages: each page it inserts
or removes mid-document moves every later page, and each page it exports walks every picture of the
document (README, "PDF"). A part of a couple of hundred pages costs it next to nothing of either, so a
long report is laid out as parts of that size, each from where the one before it really ended a page,
and their pages are joined (lkj.render.pdf_join).

Where a part ends is found from LibreOffice's own layout, not guessed: every paragraph and table row of
a part carries zero-width bookmarks at its start (and a paragraph at its end too), which the PDF export
turns into named destinations, a page and a height each. A part is cut at the last page break a few
pages before its end (its last pages are laid out without what follows them, so they are not kept)
that falls between two paragraphs or rows: one that ends on the page before and one that starts the
page. The next part starts with that block, at the top of a page as in the whole report, with the
header rows of its table when it continues one, the page number the page has, its list's next number,
and the space above it that the page's top left it (LibreOffice keeps none at the top of a page after
a break, but does at the start of a document).

Only what LibreOffice would recompute across a cut is made fixed first: caption numbers (SEQ fields)
as the report holds them, and the contents' and lists' page numbers (PAGEREF fields), which the front
matter is given from where the headings landed (lkj.render.pdf). Nothing else changes: the parts' text,
styles, pictures and sections are the report's.
"""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

# fields LibreOffice would recompute from the part alone: their result as the report holds it
_SEQ_FIELD = re.compile(
    r'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ [^<]*'
    r'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>(.*?)'
    r'<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    re.S,
)
_PAGEREF_FIELD = re.compile(
    r'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF (\S+)'
    r' \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>.*?'
    r'<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    re.S,
)
_INDEX_FIELD = re.compile(r"<w:instrText[^>]*>\s*TOC\b")
_INTERNAL_LINK = re.compile(r'<w:hyperlink w:anchor="([^"]+)"')
_TAG = re.compile(r"<(/?)(w:p|w:tbl|w:tr|w:sdt|w:tc)\b[^>]*?(/?)>")
_SECTION = re.compile(r"<w:sectPr\b.*?</w:sectPr>", re.S)
_PARAGRAPH_START = re.compile(r"<w:p\b[^>]*?>(?:<w:pPr>.*?</w:pPr>|<w:pPr/>)?", re.S)
_NUMBERED = re.compile(r'<w:numPr><w:ilvl w:val="(\d+)"/><w:numId w:val="(\d+)"/></w:numPr>')
_PAGE_START = re.compile(r"<w:pgNumType\b([^>]*?)/>")
_BOOKMARK = re.compile(r'<w:bookmarkStart w:id="\d+" w:name="([^"]+)"/>')
_STYLE = re.compile(r'<w:pStyle w:val="([^"]+)"/>')
MARK_ID = 900_000_000  # bookmark ids of the markers, far above the report's own
LINK_SCHEME = "lkj-tautan:"  # a contents entry's link in the front matter, pointed at its page when joined


def start_mark(block: int) -> str:
    return f"lkjS{block}"


def end_mark(block: int) -> str:
    return f"lkjE{block}"


@dataclass(frozen=True)
class Block:
    """A paragraph of the body ("p"), or a row of a table of the body ("tr"), as offsets into the XML."""

    kind: str
    start: int
    end: int
    table: int = -1  # the table's number, for a row
    header: bool = False  # a row repeated at the top of each page (w:tblHeader)


class NotPartable(Exception):
    """The document has a shape the parts cannot reproduce; it is laid out whole."""


class Report:
    """The copy's body as blocks, and the parts of it as .docx packages."""

    def __init__(self, copy: Path) -> None:
        self.path = copy
        with zipfile.ZipFile(copy) as package:
            self.names = package.namelist()
            xml = package.read("word/document.xml").decode("utf-8")
            self.numbering = _text(package, "word/numbering.xml")
            self.rels = _text(package, "word/_rels/document.xml.rels")
            self.levels = outline_levels(_text(package, "word/styles.xml"))
        self.xml = _SEQ_FIELD.sub(lambda m: m[1], xml)
        body = self.xml.find("<w:body>") + len("<w:body>")
        final = _SECTION.search(self.xml, self.xml.rfind("<w:sectPr"))
        if body < len("<w:body>") or final is None:
            raise NotPartable("tanpa badan atau pengaturan halaman")  # a template made by hand, say
        self.head = self.xml[:body]
        self.final_section = final[0]
        self.blocks, self.tables = _blocks(self.xml, body, final.start())
        if not self.blocks:
            raise NotPartable("tanpa isi")
        # the section each block is in: the index of the paragraph that ends it (None: the last one)
        self.section_end: list[int | None] = []
        self.sections: dict[int | None, str] = {None: self.final_section}
        pending = 0
        for index, block in enumerate(self.blocks):
            if block.kind == "p":
                found = _SECTION.search(self.xml, block.start, block.end)
                if found:
                    self.sections[index] = found[0]
                    self.section_end += [index] * (index + 1 - pending)
                    pending = index + 1
        self.section_end += [None] * (len(self.blocks) - pending)
        self.body_start = self._body_start()
        self._destinations: dict[str, str] | None = None
        self._check_numbering()

    def _body_start(self) -> int:
        """The first block after the section that holds the last index (contents, tables, figures): the
        front matter is laid out last, when the page of every heading is known."""
        last_index = None
        for index, block in enumerate(self.blocks):
            if _INDEX_FIELD.search(self.xml, block.start, block.end):
                last_index = index
        if last_index is None:
            return 0
        end = self.section_end[last_index]
        if end is None:
            raise NotPartable("daftar isi di bagian terakhir")
        return end + 1

    def _check_numbering(self) -> None:
        """The body starts its page numbers afresh (at `first_number`, in `number_format`), and no later
        section does: a part's first number is then the count of the body's pages before it."""
        if self.body_start >= len(self.blocks):
            raise NotPartable("tanpa badan laporan")
        self.number_format, start = _page_numbers(self.sections[self.section_end[self.body_start]])
        if self.body_start and start is None:
            raise NotPartable("nomor halaman badan laporan tidak dimulai ulang")
        self.first_number = start or 1
        later = {self.section_end[i] for i in range(self.body_start, len(self.blocks))}
        later.discard(self.section_end[self.body_start])
        if any(_page_numbers(self.sections[s])[1] is not None for s in later):
            raise NotPartable("nomor halaman dimulai ulang di tengah badan laporan")

    # -- what the parts' layout says ---------------------------------------------------------------

    def headings(self) -> Iterator[tuple[int, int, str]]:
        """(block, outline level, text) of every heading: a paragraph whose style has an outline level."""
        for index, block in enumerate(self.blocks):
            if block.kind != "p":
                continue
            style = _STYLE.search(self.xml, block.start, block.end)
            if style is None or style[1] not in self.levels:
                continue
            text = _plain(self.xml[block.start : block.end])
            if text:
                yield index, self.levels[style[1]], text

    def bookmarks_of(self, block: int) -> list[str]:
        """The report's own bookmarks in a block."""
        return _BOOKMARK.findall(self.xml, self.blocks[block].start, self.blocks[block].end)

    def cut(
        self, first: int, last: int, pages: int, found: Mapping[str, tuple[int, float]], spare: int
    ) -> int:
        """The block that starts the last page that can be kept: the part [first, last) laid out in
        `pages` pages, `found` the page and height of each marker. Pages after the page before the last
        `spare` are not kept. 0 when no page break of the part can be cut at."""
        for index in range(last - 1, first, -1):
            here, before = found.get(start_mark(index)), found.get(start_mark(index - 1))
            if here is None or before is None:
                continue
            page = here[0]
            if page < 1 or page > pages - 1 - spare or before[0] != page - 1:
                continue
            previous = self.blocks[index - 1]
            if previous.kind == "p" and found.get(end_mark(index - 1), (None,))[0] != page - 1:
                continue  # the paragraph before goes on over the page break
            return index
        return 0

    def space_above(self, block: int, height: float) -> float | None:
        """The space LibreOffice left above paragraph `block` at the top of its page (at `height` points
        from the page's foot): the part that starts with it sets it so."""
        if self.blocks[block].kind != "p":
            return None
        section = self.sections[self.section_end[block]]
        size = re.search(r'<w:pgSz\b[^>]*?w:h="(\d+)"', section)
        margin = re.search(r'<w:pgMar\b[^>]*?w:top="(\d+)"', section)
        if size is None or margin is None:
            return None
        return max(0.0, (int(size[1]) - int(margin[1])) / 20 - height)

    # -- the parts ------------------------------------------------------------------------------------

    def write_part(
        self, path: Path, first: int, last: int, *, page: int | None, space: float | None = None
    ) -> None:
        """Blocks [first, last) as a .docx: the report's package with this body, the first section's
        pages numbered from `page` (None: as the report numbers them)."""
        body = "".join(self._body(first, last, space))
        sections = self._sections(first, last, page)
        body, final = sections(body)
        document = self.head + body + final + "</w:body></w:document>"
        numbering = self._numbering_from(first)
        replaced = {"word/document.xml": document}
        if numbering is not None:
            replaced["word/numbering.xml"] = numbering
        self._write(path, replaced)

    def write_front(self, path: Path, pages: Mapping[str, str]) -> None:
        """The front matter (up to the body) as a .docx, each contents and list entry's page number
        written as `pages` gives it for its bookmark, and its link to a bookmark of the body an external
        link LINK_SCHEME + bookmark, which lkj.render.pdf_join points at the bookmark's page."""
        if not self.body_start:
            raise NotPartable("tanpa halaman depan")
        own = self.front_bookmarks()
        links: dict[str, str] = {}

        def link(match: re.Match[str]) -> str:
            name = match[1]
            if name in own:
                return match[0]
            links.setdefault(name, f"rIdLkj{len(links) + 1}")
            return f'<w:hyperlink r:id="{links[name]}"'

        body, final = self._sections(0, self.body_start, None)("".join(self._body(0, self.body_start, None)))
        body = _PAGEREF_FIELD.sub(lambda m: f"<w:r><w:t>{pages.get(m[1], '')}</w:t></w:r>", body)
        body = _INTERNAL_LINK.sub(link, body)
        rels = self.rels.replace(
            "</Relationships>",
            "".join(
                f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'relationships/hyperlink" Target="{LINK_SCHEME}{name}" TargetMode="External"/>'
                for name, rid in links.items()
            )
            + "</Relationships>",
        )
        self._write(
            path,
            {
                "word/document.xml": self.head + body + final + "</w:body></w:document>",
                "word/_rels/document.xml.rels": rels,
            },
        )

    def destination_names(self, name_of: Callable[[str], str]) -> dict[str, str]:
        """Each of the report's bookmarks by the name `name_of` gives its destination (computed once)."""
        if self._destinations is None:
            self._destinations = {name_of(name): name for name in set(_BOOKMARK.findall(self.xml))}
        return self._destinations

    def front_bookmarks(self) -> set[str]:
        """The names of the report's bookmarks in the front matter."""
        end = self.blocks[self.body_start].start if self.body_start < len(self.blocks) else len(self.xml)
        return set(_BOOKMARK.findall(self.xml, 0, end))

    def front_page_numbers(self, found: Mapping[str, tuple[int, float]]) -> dict[str, str]:
        """The page number printed on the page of each of the front matter's bookmarks, from the front
        matter's layout (`found`: where its markers and bookmarks are)."""
        sections = self._front_sections(found)
        labels: dict[str, str] = {}
        for name in self.front_bookmarks() & set(found):
            page = found[name][0]
            number, style = page + 1, "decimal"  # a page before any numbering: its place
            for first_page, fmt, start in sections:
                if first_page > page:
                    break
                style = fmt
                if start is not None:
                    number = start + page - first_page
            labels[name] = page_label(number, style)
        return labels

    def _front_sections(self, found: Mapping[str, tuple[int, float]]) -> list[tuple[int, str, int | None]]:
        """(first page, number format, first number or None to go on) of each section of the front."""
        sections = []
        first = 0
        while first < self.body_start:
            end = self.section_end[first]
            assert end is not None  # the front's sections end before the body
            where = found.get(start_mark(first))
            if where is not None:
                sections.append((where[0], *_page_numbers(self.sections[end])))
            first = end + 1
        return sections

    def _write(self, path: Path, replaced: Mapping[str, str]) -> None:
        """The report's package at `path`, with the parts `replaced` gives."""
        with zipfile.ZipFile(self.path) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
            for name in self.names:
                if name in replaced:
                    out.writestr(name, replaced[name])
                else:
                    out.writestr(source.getinfo(name), source.read(name))

    def _body(self, first: int, last: int, space: float | None) -> Iterator[str]:
        xml, table = self.xml, -1
        for index in range(first, last):
            block = self.blocks[index]
            if block.kind == "tr":
                if block.table != table:
                    if table >= 0:
                        yield "</w:tbl>"
                    table = block.table
                    opening, headers = self.tables[table]
                    yield opening
                    if index == first and not block.header:
                        yield from (xml[self.blocks[h].start : self.blocks[h].end] for h in headers)
                yield self._marked(index)
            else:
                if table >= 0:
                    yield "</w:tbl>"
                    table = -1
                text = self._marked(index)
                yield _spaced(text, space) if index == first and space is not None else text
        if table >= 0:
            yield "</w:tbl>"

    def _marked(self, index: int) -> str:
        """The block with its markers: at its start and, for a paragraph, at its end."""
        block, xml = self.blocks[index], self.xml
        if block.kind == "p" and xml.endswith("/>", block.start, block.end):
            return xml[block.start : block.end]  # an empty <w:p/>: no marker, never cut at
        if block.kind == "p":
            head = _PARAGRAPH_START.match(xml, block.start).end()  # type: ignore[union-attr]
            tail = block.end - len("</w:p>")
            return (
                xml[block.start : head]
                + _bookmark(start_mark(index), 2 * index)
                + xml[head:tail]
                + _bookmark(end_mark(index), 2 * index + 1)
                + xml[tail : block.end]
            )
        cell = xml.index("<w:tc", block.start)
        paragraph = re.compile(r"<w:p[ >]").search(xml, cell)
        head = _PARAGRAPH_START.match(xml, paragraph.start()).end()  # type: ignore[union-attr]
        return xml[block.start : head] + _bookmark(start_mark(index), 2 * index) + xml[head : block.end]

    def _sections(self, first: int, last: int, page: int | None) -> Callable[[str], tuple[str, str]]:
        """A function giving the part's body and final section: the section of its last block (taken out
        of that block when it ends there), and its first section numbered from `page`, without a first
        page of its own where the part starts inside it."""
        end_of_last = self.section_end[last - 1]
        first_section = self.section_end[first]
        starts_section = first == 0 or self.section_end[first - 1] != first_section

        def renumber(section: str) -> str:
            if not starts_section:
                section = section.replace("<w:titlePg/>", "")
            if page is None:
                return section
            found = _PAGE_START.search(section)
            if found is None:
                return section.replace("</w:sectPr>", f'<w:pgNumType w:start="{page}"/></w:sectPr>')
            attributes = re.sub(r'\s*w:start="\d+"', "", found[1])
            return (
                section[: found.start()]
                + f'<w:pgNumType{attributes} w:start="{page}"/>'
                + section[found.end() :]
            )

        def apply(body: str) -> tuple[str, str]:
            if end_of_last == last - 1:  # the part ends where a section does: that section is the last
                final = self.sections[end_of_last]
                body = body[::-1].replace(final[::-1], "", 1)[::-1]
            else:
                final = self.sections[end_of_last]
            own = self.sections[first_section]
            if first_section == end_of_last:
                return body, renumber(final)
            return body.replace(own, renumber(own), 1), final

        return apply

    def _numbering_from(self, first: int) -> str | None:
        """numbering.xml with each list that goes on from before the part started at its next number."""
        if not self.numbering:
            return None
        counts: dict[str, dict[int, int]] = {}
        for match in _NUMBERED.finditer(self.xml, 0, self.blocks[first].start):
            level, num = int(match[1]), match[2]
            levels = counts.setdefault(num, {})
            levels[level] = levels.get(level, 0) + 1
            for deeper in [d for d in levels if d > level]:
                levels[deeper] = 0
        used = {m[2] for m in _NUMBERED.finditer(self.xml, self.blocks[first].start)}
        numbering = self.numbering
        for num, levels in counts.items():
            found = re.search(rf'<w:num w:numId="{num}"[^>]*>(.*?)</w:num>', numbering, re.S)
            if num not in used or found is None:
                continue
            inner = found[1]
            for level, count in levels.items():
                if not count:
                    continue
                override = re.search(
                    rf'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="(\d+)"/></w:lvlOverride>',
                    inner,
                )
                start = int(override[1]) if override else _abstract_start(numbering, inner, level)
                new = f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start + count}"/>'
                new += "</w:lvlOverride>"
                inner = inner.replace(override[0], new) if override else inner + new
            numbering = numbering[: found.start(1)] + inner + numbering[found.end(1) :]
        return numbering


def _blocks(xml: str, start: int, end: int) -> tuple[list[Block], dict[int, tuple[str, list[int]]]]:
    """The body's paragraphs and table rows, and each table's opening (w:tbl, its properties and grid)
    with its header rows. Anything else at the top of the body, or a gap between blocks that is not
    white space, is a shape the parts cannot reproduce."""
    scan = _Scan(xml)
    for match in _TAG.finditer(xml, start, end):
        if match[1]:
            scan.closing(match)
        elif match[3]:
            scan.empty(match)
        else:
            scan.opening(match)
    if scan.stack or xml[scan.last_end : end].strip():
        raise NotPartable("struktur badan dokumen tidak lengkap")
    return scan.blocks, scan.tables


class _Scan:
    """The state of _blocks' walk through the body's tags."""

    def __init__(self, xml: str) -> None:
        self.xml = xml
        self.blocks: list[Block] = []
        self.tables: dict[int, tuple[str, list[int]]] = {}
        self.stack: list[str] = []
        self.top = self.row = 0
        self.table = -1
        self.last_end = xml.index("<w:body>") + len("<w:body>")

    def _at_top(self, match: re.Match[str]) -> None:
        if self.xml[self.last_end : match.start()].strip():
            raise NotPartable("isi di luar paragraf dan tabel")
        if match[2] not in ("w:p", "w:tbl"):
            raise NotPartable(f"{match[2]} di badan dokumen")

    def opening(self, match: re.Match[str]) -> None:
        name = match[2]
        if not self.stack:
            self._at_top(match)
            self.top = match.start()
            if name == "w:tbl":
                self.table += 1
                self.tables[self.table] = ("", [])
        if name == "w:tr" and self.stack == ["w:tbl"]:
            self.row = match.start()
            if not self.tables[self.table][0]:
                self.tables[self.table] = (self.xml[self.top : self.row], [])
        self.stack.append(name)

    def empty(self, match: re.Match[str]) -> None:
        if not self.stack:
            self._at_top(match)
            if match[2] == "w:p":
                self.blocks.append(Block("p", match.start(), match.end()))
                self.last_end = match.end()

    def closing(self, match: re.Match[str]) -> None:
        name = match[2]
        self.stack.pop()
        if name == "w:p" and not self.stack:
            self.blocks.append(Block("p", self.top, match.end()))
            self.last_end = match.end()
        elif name == "w:tr" and self.stack == ["w:tbl"]:
            properties = re.match(
                r"<w:tr\b[^>]*>\s*<w:trPr>.*?</w:trPr>", self.xml[self.row : match.end()], re.S
            )
            header = properties is not None and "<w:tblHeader/>" in properties[0]
            self.blocks.append(Block("tr", self.row, match.end(), self.table, header))
            if header:
                self.tables[self.table][1].append(len(self.blocks) - 1)
        elif name == "w:tbl" and not self.stack:
            self.last_end = match.end()


def _page_numbers(section: str) -> tuple[str, int | None]:
    """A section's page number format (w:pgNumType w:fmt) and the number it starts at (None: it goes on)."""
    numbering = _PAGE_START.search(section)
    attributes = numbering[1] if numbering else ""
    style = re.search(r'w:fmt="([^"]+)"', attributes)
    start = re.search(r'w:start="(\d+)"', attributes)
    return (style[1] if style else "decimal"), (int(start[1]) if start else None)


def _spaced(paragraph: str, points: float) -> str:
    """`paragraph` with the space above it set to `points` (LibreOffice misreads w:beforeAutospacing="0",
    so only w:before is written)."""
    twips = max(0, round(points * 20))
    opening = re.match(r"<w:p\b[^>]*?>", paragraph)
    assert opening is not None
    rest = paragraph[opening.end() :]
    if not rest.startswith("<w:pPr>"):
        return opening[0] + f'<w:pPr><w:spacing w:before="{twips}"/></w:pPr>' + rest
    end = rest.index("</w:pPr>")
    properties = rest[len("<w:pPr>") : end]
    spacing = re.search(r"<w:spacing\b[^>]*?/>", properties)
    if spacing:
        kept = re.sub(r'\s*w:(?:before|beforeLines|beforeAutospacing)="[^"]*"', "", spacing[0][:-2])
        properties = properties.replace(spacing[0], f'{kept} w:before="{twips}"/>')
    else:
        later = re.search(
            r"<w:(?:ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|"
            r"textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b",
            properties,
        )
        at = later.start() if later else len(properties)
        properties = properties[:at] + f'<w:spacing w:before="{twips}"/>' + properties[at:]
    return opening[0] + "<w:pPr>" + properties + rest[end:]


def _abstract_start(numbering: str, num: str, level: int) -> int:
    abstract = re.search(r'<w:abstractNumId w:val="(\d+)"/>', num)
    if abstract is None:
        return 1
    definition = re.search(
        rf'<w:abstractNum\b[^>]*w:abstractNumId="{abstract[1]}"[^>]*>(.*?)</w:abstractNum>', numbering, re.S
    )
    if definition is None:
        return 1
    found = re.search(
        rf'<w:lvl w:ilvl="{level}"[^>]*>(?:(?!</w:lvl>).)*?<w:start w:val="(\d+)"/>', definition[1], re.S
    )
    return int(found[1]) if found else 1


def _bookmark(name: str, number: int) -> str:
    ident = MARK_ID + number
    return f'<w:bookmarkStart w:id="{ident}" w:name="{name}"/><w:bookmarkEnd w:id="{ident}"/>'


def _plain(xml: str) -> str:
    text = "".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _text(package: zipfile.ZipFile, name: str) -> str:
    try:
        return package.read(name).decode("utf-8")
    except KeyError:
        return ""


def outline_levels(styles_xml: str) -> dict[str, int]:
    """Each paragraph style's outline level (0: a chapter), inherited through w:basedOn; only styles
    that have one."""
    own: dict[str, int | None] = {}
    based: dict[str, str] = {}
    for style in re.finditer(r'<w:style\b[^>]*w:type="paragraph"[^>]*>(.*?)</w:style>', styles_xml, re.S):
        ident = re.search(r'w:styleId="([^"]+)"', style[0])
        if ident is None:
            continue
        level = re.search(r'<w:outlineLvl w:val="(\d+)"/>', style[1])
        own[ident[1]] = int(level[1]) if level else None
        parent = re.search(r'<w:basedOn w:val="([^"]+)"/>', style[1])
        if parent:
            based[ident[1]] = parent[1]

    def level_of(name: str, seen: Iterable[str] = ()) -> int | None:
        if own.get(name) is not None:
            return own[name]
        parent = based.get(name)
        if parent is None or parent in seen:
            return None
        return level_of(parent, (*seen, name))

    levels = {name: level_of(name) for name in own}
    return {name: level for name, level in levels.items() if level is not None and level < 9}


_ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
)
_ROMAN += ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def page_label(number: int, style: str) -> str:
    """A page's number as its section prints it (w:pgNumType w:fmt)."""
    if style in ("lowerRoman", "upperRoman"):
        text, left = "", number
        for value, letters in _ROMAN:
            while left >= value:
                text, left = text + letters, left - value
        return text if style == "lowerRoman" else text.upper()
    return str(number)
