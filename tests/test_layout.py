"""Layout rules of the report, in its document XML (issue 18): headings, captions and labels keep with
what follows; widow/orphan control; a table that fits on a page is kept on one, a longer one repeats its
header and breaks only between rows; a landscape section starts with its heading; lists are Word lists
(numbering definitions), never justified; columns as wide as their longest word; no table text below 8 pt."""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from lkj.render import big_table, grid, lists
from lkj.render import ooxml as x
from lkj.render.blocks import BODY_POINTS, BODY_WIDTH_CM, LEAD_IN_LINES, TABLE_END, Content
from lkj.render.grid import CELL_MARGIN, Column, Group, Total, fit, fitted
from lkj.render.textwidth import longest_word_cm, width_cm, words, wrapped_lines
from tests.conftest import JAMBI, SUKAMAJU, build

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
NS = {"w": W_NS}
TWIPS_PER_CM = 567
KEEPING = ("Heading1", "Heading2", "Heading3", "Heading4", "JudulBagian", "Caption", "Label", "Gambar")


class Report:
    """A built report's document, styles and numbering, parsed."""

    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as package:
            self.body = etree.fromstring(package.read("word/document.xml")).find(f"{W}body")
            self.styles = etree.fromstring(package.read("word/styles.xml"))
            self.numbering = etree.fromstring(package.read("word/numbering.xml"))

    def style(self, ident: str) -> etree._Element:
        found = self.styles.find(f"w:style[@w:styleId='{ident}']", NS)
        assert found is not None, ident
        return found

    def style_has(self, ident: str, prop: str) -> bool:
        """Whether the style or one it is based on sets the paragraph property `prop` (on)."""
        while ident:
            style = self.style(ident)
            found = style.find(f"w:pPr/w:{prop}", NS)
            if found is not None:
                return found.get(f"{W}val") not in ("0", "false")
            based = style.find("w:basedOn", NS)
            ident = based.get(f"{W}val") if based is not None else ""
        return False

    def paragraphs(self, style: str) -> list[etree._Element]:
        return self.body.xpath(f".//w:p[w:pPr/w:pStyle/@w:val='{style}']", namespaces=NS)

    def abstract_of(self, num_id: str) -> tuple[str, str | None]:
        """(abstractNumId, startOverride) of a list instance."""
        num = self.numbering.find(f"w:num[@w:numId='{num_id}']", NS)
        start = num.find("w:lvlOverride/w:startOverride", NS)
        return num.find("w:abstractNumId", NS).get(f"{W}val"), None if start is None else start.get(f"{W}val")


def _text(p: etree._Element) -> str:
    return "".join(p.itertext())


def _keeps(p: etree._Element) -> bool | None:
    """The paragraph's own keepNext (None: as its style says)."""
    found = p.find("w:pPr/w:keepNext", NS)
    return None if found is None else found.get(f"{W}val") not in ("0", "false")


@pytest.fixture(scope="module")
def jambi(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return Report(build(JAMBI, tmp_path_factory.mktemp("jambi") / "jambi.docx"))


@pytest.fixture(scope="module")
def sukamaju(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return Report(build(SUKAMAJU, tmp_path_factory.mktemp("sukamaju") / "sukamaju.docx"))


@pytest.fixture(params=["jambi", "sukamaju"])
def report(request: pytest.FixtureRequest) -> Report:
    return request.getfixturevalue(request.param)


def test_headings_captions_and_labels_keep_with_next(report):
    for ident in KEEPING:
        assert report.style_has(ident, "keepNext"), ident
    for ident in ("Heading1", "Heading2", "Heading3", "Heading4"):
        assert report.paragraphs(ident) and all(_keeps(p) is not False for p in report.paragraphs(ident))
    labels = report.paragraphs("Label")
    assert all(_text(p).startswith("Indikator ") and _keeps(p) is not False for p in labels)
    # every line that names the indicator of the paragraphs below it is a label ('Indikator Persentase
    # rekomendasi …' of a comparison with the national standard stood alone at the foot of a page)
    naming = [  # the body's own paragraphs, not a table's header
        p
        for p in report.body.findall("w:p", NS)
        if re.fullmatch(r"Indikator [^.:]{3,150}", _text(p)) and p.find("w:pPr/w:numPr", NS) is None
    ]
    assert all(_style_of(p) == "Label" for p in naming), [_text(p) for p in naming]
    captions = report.paragraphs("Caption")
    tables = [p for p in captions if _text(p).startswith("Tabel ")]
    figures = [p for p in captions if _text(p).startswith("Gambar ")]
    assert tables and figures and len(tables) + len(figures) == len(captions)
    for caption in tables:  # a table's caption stays with its table, right below it
        assert _keeps(caption) is not False and caption.getnext().tag == f"{W}tbl"
    for caption in figures:  # a figure's caption is below its figure, which keeps with it; it ends the chain
        assert _keeps(caption) is False
        assert (
            report.paragraphs("Gambar")
            and caption.getprevious().find("w:pPr/w:pStyle", NS).get(f"{W}val") == "Gambar"
        )


def test_widow_and_orphan_control_is_on(report):
    default = report.styles.find("w:docDefaults/w:pPrDefault/w:pPr/w:widowControl", NS)
    assert default is not None and default.get(f"{W}val") in (None, "1", "true")
    for ident in ("IsiLaporan", "DaftarBernomor", "Caption"):
        assert report.style_has(ident, "widowControl")


def _report_table(table: etree._Element) -> bool:
    """A table of the report, not a layout table (the signature block's)."""
    return table.find("w:tblPr/w:tblStyle[@w:val='TabelLKj']", NS) is not None


def _rows(table: etree._Element) -> list[etree._Element]:
    return table.findall("w:tr", NS)


def test_a_table_breaks_only_between_rows_and_repeats_its_header(report):
    for table in report.body.iter(f"{W}tbl"):
        if not _report_table(table):
            continue
        rows = _rows(table)
        assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
        assert rows[0].find("w:trPr/w:tblHeader", NS) is not None


def _kept(row: etree._Element) -> bool:
    return all(_keeps(p) for p in row.iter(f"{W}p"))


def _signed(table: etree._Element) -> bool:
    """The table is followed by the space after it, then a signature."""
    space = table.getnext()
    after = space.getnext() if space is not None else None
    return after is not None and after.find(".//w:pStyle[@w:val='TandaTangan']", NS) is not None


def _breaks(table: etree._Element) -> tuple[int, list[int]]:
    """The table's body rows and where a page may break in it: after body row n (counted from 0) where
    that row keeps not with the next. Its header rows keep with the first body row."""
    rows = _rows(table)
    body = [r for r in rows if r.find("w:trPr/w:tblHeader", NS) is None]
    assert all(_kept(r) for r in rows[: len(rows) - len(body)]), "a header alone at the foot of a page"
    return len(body), [n for n, r in enumerate(body[:-1]) if not _kept(r)]


def test_a_short_table_is_kept_whole_and_a_longer_one_breaks_two_rows_from_either_end(report):
    """No break leaves fewer than two body rows on either side (a two-row table split with one row
    alone on the next page); a table of a few short rows is not broken at all, and a longer one (more
    than grid.KEPT_WHOLE of a page, the Jambi report's Tabel 2.1) may break between its rows."""
    whole = broken = 0
    for table in report.body.iter(f"{W}tbl"):
        if not _report_table(table):
            continue
        count, breaks = _breaks(table)
        assert all(n + 1 >= 2 and count - (n + 1) >= 2 for n in breaks), (count, breaks)
        if count <= 3:
            assert not breaks
        if breaks:
            broken += 1
        else:
            whole += 1
    assert whole >= 10 and broken >= 3


@pytest.mark.parametrize("rows", [1, 2, 3, 4, 5, 30])
@pytest.mark.parametrize("total", [False, True])
def test_a_long_table_keeps_its_first_two_and_its_last_two_body_rows_together(rows, total):
    """Rows of ten lines each: any two pass a third of a page, so the table is not kept whole."""
    columns = [Column("Uraian", 3.0, lambda r: r[0])]
    tall = "\n".join(["baris"] * 10)
    made = grid.table(columns, [(tall,) for _ in range(rows)], total=Total(["JUMLAH"]) if total else None)
    table = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{made}</w:body>').find("w:tbl", NS)
    count, breaks = _breaks(table)
    assert count == rows + total
    assert all(n + 1 >= 2 and count - (n + 1) >= 2 for n in breaks)
    assert bool(breaks) == (rows >= 4)  # not kept whole: it breaks where two rows stay on either side
    if not total:
        assert breaks == list(range(1, count - 2))  # anywhere else, each row on its own


@pytest.mark.parametrize("size", [2, 3, grid.GROUP_KEPT, grid.GROUP_KEPT + 1])
def test_a_merged_group_of_a_few_rows_keeps_together(size):
    """A merged cell shows its label in the group's first row only: a group broken over two pages left
    Sukamaju's Indeks SPBE years under an empty Indikator cell. Tall rows: the table may break."""
    columns = [Column("Indikator", 3.0, lambda r: r[0], merge=True), Column("Tahun", 2.0, lambda r: r[1])]
    tall = "\n".join(["baris"] * 10)
    groups = [Group([(f"Indikator {g}", tall) for _ in range(size)]) for g in range(3)]
    made = grid.table(columns, groups=groups)
    table = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{made}</w:body>').find("w:tbl", NS)
    count, breaks = _breaks(table)
    assert count == 3 * size
    ends = {size - 1, 2 * size - 1}  # after a group's last row
    if size <= grid.GROUP_KEPT:
        assert set(breaks) == ends  # only between groups
    else:
        assert ends <= set(breaks) and set(breaks) - ends  # a long group may break inside too


def test_the_big_table_is_kept_by_rows_not_whole(sukamaju):
    big = max(sukamaju.body.iter(f"{W}tbl"), key=lambda t: len(_rows(t)))
    rows = _rows(big)
    assert len(rows) > 30
    # far longer than a page: it breaks between rows, but not under a header left alone at the foot of a
    # page, nor after its first row or before its last (test_a_short_table_is_kept_whole_…); inside, a
    # row keeps with the next only where a merged group goes on (test_a_merged_group_of_a_few_rows_…) or
    # where it is a program's or kegiatan's (bold) last row, which keeps with the first row under it
    assert [_kept(r) for r in rows[:2]] == [True, True]
    bold = []  # each row: whether its group (its first row, where the merged code is) is bold
    for row in rows:
        bold.append(bold[-1] if bold and _continues(row) else _bold(row))
    ends = [(bold[n], rows[n], rows[n + 1]) for n in range(2, len(rows) - 3)]
    assert all(_continues(after) or heading for heading, row, after in ends if _kept(row))
    headings = [row for heading, row, after in ends if heading and not _continues(after)]
    assert headings and all(_kept(row) for row in headings)
    # but its JUMLAH is never alone under the repeated header: the last row keeps with it, and it with
    # the note under the table
    assert _kept(rows[-3]) and _kept(rows[-2]) and _kept(rows[-1]) and "JUMLAH" in _text(rows[-1])


def _bold(row: etree._Element) -> bool:
    """A program's or kegiatan's row of the big table: its code is bold."""
    return row.find("w:tc//w:rPr/w:b", NS) is not None


def _continues(row: etree._Element) -> bool:
    """The row goes on a merged cell of the row above (Word's vMerge without restart)."""
    return any(m.get(f"{W}val") in (None, "continue") for m in row.iter(f"{W}vMerge"))


def _noted(table: etree._Element) -> bool:
    """The table is followed by the space after it, then a note (style Catatan) on it."""
    space = table.getnext()
    after = space.getnext() if space is not None else None
    return after is not None and after.tag == f"{W}p" and _style_of(after) == "Catatan" and bool(_text(after))


def test_a_table_s_note_keeps_with_its_last_row(report):
    """Arunika's big table filled its page and its note stood alone on a landscape page of its own: a
    note on a table keeps with the table's last row, through the space after the table."""
    noted = [t for t in report.body.iter(f"{W}tbl") if _report_table(t) and _noted(t)]
    assert noted
    for table in noted:
        assert _kept(_rows(table)[-1]) and _keeps(table.getnext())
    content = Content()
    content.table("Anggaran", grid.table([Column("Program", 6.0, lambda r: r[0])], [("A",), ("B",)]))
    content.note("Catatan tentang tabel.")
    assert content.parts[-2] == x.kept_with_next(TABLE_END)
    last_row = content.parts[-3][content.parts[-3].rindex("<w:tr>") :]
    assert last_row.count("<w:keepNext/>") == last_row.count("<w:p>") == 1
    alone = Content().text("Paragraf.").note("Catatan yang tidak mengikuti tabel.")
    assert "<w:keepNext/>" not in alone.parts[0]


def _section_break_before(paragraph: etree._Element) -> bool:
    previous = paragraph.getprevious()
    return previous is not None and previous.find("w:pPr/w:sectPr", NS) is not None


def test_the_landscape_section_holds_the_wide_table_its_heading_stays_with_its_text(report):
    """The big table's caption starts the landscape section; the heading 3.4 and its lead-in stay on the
    portrait page of the text before them (on the landscape page they took the room of Arunika's table,
    which ran onto a page of its own, and left the portrait page before blank below its last line). The
    lead-in ends the portrait section kept whole and kept with nothing across the break."""
    landscapes = [
        p
        for p in report.body.iter(f"{W}p")
        if p.find("w:pPr/w:sectPr/w:pgSz[@w:orient='landscape']", NS) is not None
    ]
    assert len(landscapes) == 1
    heading = next(p for p in report.paragraphs("Heading2") if _text(p).startswith("3.4 "))
    assert not _section_break_before(heading)
    lead_in = heading.getnext()
    assert _style_of(lead_in) == "IsiLaporan" and _keeps(lead_in) is False
    assert lead_in.find("w:pPr/w:keepLines", NS) is not None
    portrait_end = lead_in.getnext()
    assert portrait_end.find("w:pPr/w:sectPr/w:pgSz", NS).get(f"{W}orient") is None
    caption = portrait_end.getnext()
    assert _style_of(caption) == "Caption" and _text(caption).startswith("Tabel 3.")
    between = []
    node = caption.getnext()
    while node is not landscapes[0]:
        between.append(node)
        node = node.getnext()
    assert any(n.tag == f"{W}tbl" for n in between)  # the table and its note on landscape pages
    assert not any(_style_of(n).startswith("Heading") for n in between if n.tag == f"{W}p")


def _numbered(report: Report, texts: list[str]) -> list[tuple[str, str, str]]:
    """(ilvl, abstractNumId, text) of the list paragraphs with these texts, in order."""
    out = []
    for p in report.paragraphs("DaftarBernomor"):
        if _text(p) in texts:
            num = p.find("w:pPr/w:numPr", NS)
            assert num is not None, _text(p)
            level = num.find("w:ilvl", NS).get(f"{W}val")
            abstract, _ = report.abstract_of(num.find("w:numId", NS).get(f"{W}val"))
            out.append((level, abstract, _text(p)))
    return out


def test_lists_are_word_lists_with_their_sub_items(jambi):
    struktur = [
        "Kepala Dinas",
        "Sekretariat, terdiri dari:",
        "Sub bagian umum dan kepegawaian;",
        "Sub bagian Keuangan;",
        "Bidang Informasi dan Komunikasi Publik.",
    ]
    decimal, letter = str(lists.ABSTRACT[lists.DECIMAL]), str(lists.ABSTRACT[lists.LETTER])
    assert _numbered(jambi, struktur) == [
        ("0", decimal, "Kepala Dinas"),
        ("0", decimal, "Sekretariat, terdiri dari:"),
        ("1", letter, "Sub bagian umum dan kepegawaian;"),
        ("1", letter, "Sub bagian Keuangan;"),
        ("0", decimal, "Bidang Informasi dan Komunikasi Publik."),
    ]
    for ident, kind in ((decimal, "decimal"), (letter, "lowerLetter")):
        abstract = jambi.numbering.find(f"w:abstractNum[@w:abstractNumId='{ident}']", NS)
        assert abstract.find("w:lvl[@w:ilvl='0']/w:numFmt", NS).get(f"{W}val") == kind


def test_typed_numbers_in_text_are_a_list_that_keeps_them(jambi):
    """The sample's Latar Belakang types '1. Rencana Strategis' … '6. Reviu …' between paragraphs: each is
    a list item numbered as typed, its label no longer part of its text."""
    found = [
        p
        for p in jambi.paragraphs("DaftarBernomor")
        if _text(p) in ("Rencana Strategis", "Perjanjian Kinerja")
    ]
    assert len(found) == 2
    starts = [jambi.abstract_of(p.find("w:pPr/w:numPr/w:numId", NS).get(f"{W}val"))[1] for p in found]
    assert starts == ["1", "2"]


def test_a_long_list_keeps_its_first_two_and_its_last_two_items_together():
    """Widow and orphan control for a list: the last item of Jambi's Sistematika Penulisan stood alone on
    the page before BAB II. A long list may break between its items, but never after its first or before
    its last; a short one keeps whole."""
    long = lists.numbered([f"Butir {n} " + "kata " * 30 for n in range(1, 8)])
    assert not long.keep_together
    kept = [_keeps(p) for p in _list_paragraphs(long)]
    assert kept == [True, None, None, None, None, True, None]
    short = lists.numbered(["satu", "dua", "tiga"])
    assert [_keeps(p) for p in _list_paragraphs(short)] == [True, True, None]
    (one,) = _list_paragraphs(lists.numbered(["satu " * 300]))
    assert _keeps(one) is None  # a list of one item keeps with nothing


def _list_paragraphs(items: lists.Items) -> list[etree._Element]:
    markup = lists.paragraphs(items, [7] * len(items.instances()[1]))
    return etree.fromstring(f'<w:body xmlns:w="{W_NS}">{markup}</w:body>').findall("w:p", NS)


def test_no_list_ends_with_an_item_that_can_be_left_alone(report):
    """In the reports, every list of more than one item: its last but one item keeps with its last."""
    checked = 0
    for p in report.paragraphs("DaftarBernomor"):
        after = p.getnext()
        ends = after is None or after.find("w:pPr/w:numPr", NS) is None
        before = p.getprevious()
        if ends and before is not None and before.find("w:pPr/w:numPr", NS) is not None:
            assert _keeps(before), _text(before)
            checked += 1
    assert checked >= 5


def test_no_list_item_is_justified_or_carries_a_typed_label(report):
    items = report.paragraphs("DaftarBernomor")
    assert len(items) > 10
    assert (
        not report.style_has("DaftarBernomor", "jc")
        or report.style("DaftarBernomor").find("w:pPr/w:jc", NS).get(f"{W}val") == "left"
    )
    for p in items:
        assert p.find("w:pPr/w:jc", NS).get(f"{W}val") == "left"
        assert p.find("w:pPr/w:numPr", NS) is not None
        assert not re.match(r"\s*(\d+|[a-z])[.)]\s", _text(p)), _text(p)
        assert p.find(".//w:tab", NS) is None  # no typed label and tab before the text


def test_no_table_text_is_below_8_pt(report):
    for ident in ("TeksTabel", "TeksTabelKecil", "TeksTabelMini"):
        size = None
        style_id = ident
        while size is None and style_id:
            style = report.style(style_id)
            found = style.find("w:rPr/w:sz", NS)
            size = None if found is None else int(found.get(f"{W}val"))
            based = style.find("w:basedOn", NS)
            style_id = based.get(f"{W}val") if based is not None else ""
        assert size is not None and size >= 16, ident  # half-points
    for table in report.body.iter(f"{W}tbl"):
        for size in table.iterfind(".//w:rPr/w:sz", NS):
            assert int(size.get(f"{W}val")) >= 16


POINTS = {"TeksTabel": 9.0, "TeksTabelKecil": 8.0, "TeksTabelMini": 8.0}


def test_every_header_word_fits_its_column(report):
    """No header is broken inside a word ('Satua/n'): each word's width, bold, fits its cell."""
    checked = 0
    for table in report.body.iter(f"{W}tbl"):
        header = _rows(table)[0]
        if header.find("w:trPr/w:tblHeader", NS) is None:
            continue
        for cell in header.iterfind("w:tc", NS):
            width = int(cell.find("w:tcPr/w:tcW", NS).get(f"{W}w")) / TWIPS_PER_CM
            style = cell.find(".//w:pStyle", NS).get(f"{W}val")
            need = longest_word_cm(_text(cell), POINTS[style], bold=True) + CELL_MARGIN
            assert need <= width + 0.01, (_text(cell), width)
            checked += 1
    assert checked > 50


def _style_of(p: etree._Element) -> str:
    found = p.find("w:pPr/w:pStyle", NS)
    return found.get(f"{W}val") if found is not None else ""


def _keeps_with_what_follows(node: etree._Element) -> bool:
    """A paragraph keeps with the next; a table, by its last row's paragraphs."""
    if node.tag == f"{W}tbl":
        return all(_keeps(p) for p in _rows(node)[-1].iter(f"{W}p"))
    return bool(_keeps(node))


def _signatures(report: Report) -> list[list[etree._Element]]:
    """Each signature block: its runs of TandaTangan paragraphs in the body, or its table of two."""
    blocks: list[list[etree._Element]] = []
    for node in report.body:
        if node.tag == f"{W}p" and _style_of(node) == "TandaTangan":
            previous = node.getprevious()
            if blocks and previous is not None and previous is blocks[-1][-1]:
                blocks[-1].append(node)
            else:
                blocks.append([node])
        elif node.tag == f"{W}tbl" and node.find(".//w:pStyle[@w:val='TandaTangan']", NS) is not None:
            blocks.append([node])
    return blocks


def test_a_signature_keeps_together_with_what_it_closes_and_with_nothing_after_it(report):
    """A signature was left alone on a page after the tables it signs, and its last line drew the next
    lampiran's heading into its chain: it keeps with what is before it (the table's last row and the
    space after the table), its lines with each other, its last line with nothing."""
    assert not report.style_has("TandaTangan", "keepNext")
    blocks = _signatures(report)
    assert len(blocks) >= 2  # the Kata Pengantar's, the PK's pair, the Pengukuran's
    closing = 0
    for block in blocks:
        if block[0].tag == f"{W}tbl":
            rows = _rows(block[0])
            assert all(_kept(r) for r in rows[:-1])
            assert all(_keeps(p) is False for p in rows[-1].iter(f"{W}p"))
            lines = [p for r in rows for p in r.iter(f"{W}p")]
        else:
            assert all(_keeps(p) for p in block[:-1]) and _keeps(block[-1]) is False
            lines = block
        # the same style as every signature, not a table's smaller text
        assert {_style_of(p) for p in lines} == {"TandaTangan"}
        before = block[0].getprevious()
        if before is not None and _style_of(before) == "Catatan":  # the space after a table
            assert _keeps(before) and _keeps_with_what_follows(before.getprevious())
            closing += 1
    assert closing >= 2  # the PK's and the Pengukuran's tables keep with their signatures


def test_the_kata_pengantar_keeps_its_signature(report):
    """Two blocks of the template, the text and the signature under it: the text's last paragraph and the
    space before the signature keep with it, so that it is never alone on a page."""
    heading = next(p for p in report.paragraphs("JudulBagian") if _text(p) == "KATA PENGANTAR")
    first = next(p for p in heading.itersiblings() if _style_of(p) == "TandaTangan")
    space, text = first.getprevious(), first.getprevious().getprevious()
    assert _text(space) == "" and _keeps(space) and _keeps(text) and _text(text)


def test_a_lead_in_stays_on_the_page_of_its_table(report):
    """'Lampiran 2' and its lead-in were left at the foot of a page whose table, kept whole, had moved on:
    a short paragraph before a table's caption keeps with it (a longer one is not moved whole), and no
    page break stands in for that."""
    led = 0
    for caption in report.paragraphs("Caption"):
        before = caption.getprevious()
        if caption.getnext().tag == f"{W}tbl" and before is not None and _style_of(before) == "IsiLaporan":
            short = wrapped_lines(_text(before), BODY_WIDTH_CM, BODY_POINTS) <= LEAD_IN_LINES
            assert bool(_keeps(before)) == short or _text(before).endswith(":"), _text(before)
            led += short
    assert led >= 5
    assert not report.body.xpath(".//w:br[@w:type='page']", namespaces=NS)


def test_the_lists_of_tables_and_figures_hang_their_titles_in_word_and_in_libreoffice(report):
    """A long title's second line stands under the title, not under 'Tabel 3.11': Word sets the entries
    in 'table of figures', LibreOffice (the PDF) in 'Figure Index 1', which takes its look from it."""
    hanging = report.style("TableofFigures").find("w:pPr/w:ind", NS)
    assert int(hanging.get(f"{W}hanging")) == int(hanging.get(f"{W}left")) > 0
    index = report.style("FigureIndex1")
    assert index.find("w:name", NS).get(f"{W}val") == "Figure Index 1"
    assert index.find("w:basedOn", NS).get(f"{W}val") == "TableofFigures"
    assert index.find("w:pPr", NS) is None  # all of its look from the list's style


def test_a_long_contents_entry_wraps_under_its_title_clear_of_its_page_number(report):
    """'3.3.3 Meningkatnya … Pengamanan Informasi..19': a long title ran into its page number. Every
    entry of the contents and of the lists keeps room free for the number (a right indent), which stands
    at the right margin after leader dots (a right tab beyond that indent), and its title's second line
    hangs under the title, not under its number."""
    section = report.body.find("w:sectPr", NS)
    page, margins = section.find("w:pgSz", NS), section.find("w:pgMar", NS)
    width = int(page.get(f"{W}w")) - int(margins.get(f"{W}left")) - int(margins.get(f"{W}right"))
    for ident in ("TOC1", "TOC2", "TOC3", "TableofFigures"):
        ppr = report.style(ident).find("w:pPr", NS)
        indent, (tab,) = ppr.find("w:ind", NS), ppr.findall("w:tabs/w:tab", NS)
        room = int(indent.get(f"{W}right"))
        assert room >= 0.9 * TWIPS_PER_CM, ident  # "xiii", "123"
        assert tab.get(f"{W}val") == "right" and tab.get(f"{W}leader") == "dot"
        assert int(tab.get(f"{W}pos")) == width  # the right margin
        if ident != "TOC1":  # a chapter's entry is short: BAB III …
            assert int(indent.get(f"{W}hanging")) >= 0.7 * TWIPS_PER_CM, ident
    contents = [p for level in (1, 2, 3) for p in report.paragraphs(f"TOC{level}")]
    assert contents and all(p.find("w:pPr/w:ind", NS) is None for p in contents)  # as the style says


def test_the_template_puts_no_page_break_of_its_own_between_lampiran():
    from tests.conftest import ROOT

    with zipfile.ZipFile(ROOT / "templates" / "lkj.docx") as package:
        document = package.read("word/document.xml").decode()
    assert 'w:type="page"' not in document


def _shown(p: etree._Element) -> str:
    """The paragraph's text, its line breaks as such."""
    return "".join(n.text or "" if n.tag == f"{W}t" else "\n" for n in p.iter(f"{W}t", f"{W}br"))


def _bold(p: etree._Element) -> bool:
    return p.find(".//w:rPr/w:b", NS) is not None


def test_no_word_of_a_table_is_broken(report):
    """Every word of every cell (headers bold, totals bold), broken only after its hyphens, fits its
    cell: no 'Satua/n', no total '13.895.587.10/2'."""
    checked = 0
    for table in report.body.iter(f"{W}tbl"):
        if not _report_table(table):
            continue
        for row in _rows(table):
            header = row.find("w:trPr/w:tblHeader", NS) is not None
            for cell in row.iterfind("w:tc", NS):
                width = int(cell.find("w:tcPr/w:tcW", NS).get(f"{W}w")) / TWIPS_PER_CM
                for p in cell.iterfind("w:p", NS):
                    points = POINTS[_style_of(p)]
                    indent = p.find("w:pPr/w:ind", NS)
                    left = int(indent.get(f"{W}left", "0")) if indent is not None else 0
                    room = width - left / TWIPS_PER_CM
                    for word in words(_shown(p)):
                        need = width_cm(word, points, header or _bold(p)) + CELL_MARGIN
                        assert need <= room + 0.01, (word, room)
                        checked += 1
    assert checked > 500


# ------------------------------------------------------------------ units


def test_typed_labels_make_lists_with_levels_and_numbers_as_typed():
    parts = lists.split(
        [
            "Terdiri dari:",
            "1. Sekretariat\n- Sub Koordinator A\n- Sub Koordinator B",
            "2. Bidang",
            "Lanjut.",
            "3. X",
        ]
    )
    assert parts[0] == "Terdiri dari:" and parts[2] == "Lanjut."
    first, last = parts[1], parts[3]
    assert isinstance(first, lists.Items) and isinstance(last, lists.Items)
    assert [(i.depth, i.kind, i.number, i.text) for i in first.items] == [
        (0, lists.DECIMAL, 1, "Sekretariat"),
        (1, lists.BULLET, 1, "Sub Koordinator A"),
        (1, lists.BULLET, 1, "Sub Koordinator B"),
        (0, lists.DECIMAL, 2, "Bidang"),
    ]
    which, instances = first.instances()
    assert which == [0, 1, 1, 0]  # 1 and 2 one list, the bullets their own
    assert instances == [(lists.DECIMAL, 0, 1), (lists.BULLET, 1, 1)]
    assert last.instances()[1] == [(lists.DECIMAL, 0, 3)]  # as typed, after the paragraph between


def test_sub_items_restart_under_each_item_and_a_gap_in_numbers_starts_anew():
    items = lists.numbered(["A:\na. satu\nb. dua", "B:\na. tiga", "C"])
    which, instances = items.instances()
    assert instances == [(lists.DECIMAL, 0, 1), (lists.LETTER, 1, 1), (lists.LETTER, 1, 1)]
    assert which == [0, 1, 1, 0, 2, 0]
    gap = lists.Items(tuple(lists.Item(0, lists.DECIMAL, n, str(n)) for n in (1, 2, 5)))
    assert gap.instances()[1] == [(lists.DECIMAL, 0, 1), (lists.DECIMAL, 0, 5)]


def test_an_unlabelled_line_continues_its_item():
    (items,) = lists.split(["1. Bidang Tata Kelola,\nterdiri dari:\na. Seksi Statistik;"])
    assert isinstance(items, lists.Items)
    assert [(i.depth, i.text) for i in items.items] == [
        (0, "Bidang Tata Kelola,\nterdiri dari:"),
        (1, "Seksi Statistik;"),
    ]


def test_columns_widen_to_their_longest_word_and_the_table_keeps_its_width():
    columns = [
        Column("Indikator Kinerja", 6.0, lambda r: r[0]),
        Column("Satuan", 1.0, lambda r: r[1]),
        Column("Target", 1.2, lambda r: r[2]),
    ]
    out = fitted(columns, [Group([("Persentase layanan", "Dokumen", "80")])], 9.0)
    assert abs(sum(c.width for c in out) - 8.2) < 1e-9
    satuan = out[1].width
    assert satuan >= longest_word_cm("Satuan", 9.0, bold=True) + CELL_MARGIN - 1e-9
    assert satuan >= longest_word_cm("Dokumen", 9.0) + CELL_MARGIN - 1e-9
    assert out[2].width >= longest_word_cm("Target", 9.0, bold=True) + CELL_MARGIN - 1e-9
    assert out[0].width < 6.0  # the room came from the column that had it


def test_the_spare_width_goes_to_the_columns_of_long_text():
    """'Uraian' and 'Penjelasan' kept their designed widths, their rows many lines tall, beside columns
    of short figures with room to spare: the width beyond each column's longest word goes where the
    rows' tallest cells are."""
    columns = [
        Column("Uraian", 4.0, lambda r: r[0]),
        Column("Nilai", 4.0, lambda r: r[1], "right"),
        Column("Penjelasan", 4.0, lambda r: r[2]),
    ]
    rows = [("Anggaran belanja pegawai", "1.250.000", "Penjelasan yang panjang tentang realisasi " * 4)] * 6
    out = fitted(columns, [Group(rows)], 9.0)
    uraian, nilai, penjelasan = (c.width for c in out)
    assert abs(uraian + nilai + penjelasan - 12.0) < 1e-9
    assert penjelasan > 4 * max(uraian, nilai)  # every row is as tall as its Penjelasan
    assert nilai >= width_cm("1.250.000", 9.0) + CELL_MARGIN  # a figure stays whole
    assert uraian >= width_cm("Anggaran", 9.0) + CELL_MARGIN
    assert fitted(columns, [Group(rows)], 9.0) == out  # the same table, the same widths


def _height(texts: list[list[str]], widths: list[float], points: float) -> int:
    """Lines of a table whose rows are as tall as their tallest cell (estimated as grid does)."""
    return sum(
        max(
            sum(wrapped_lines(part, w - CELL_MARGIN, points) for part in text.split("\n"))
            for text, w in zip(row, widths, strict=True)
        )
        for row in texts
    )


def test_one_long_formula_among_dashes_does_not_take_the_room_of_the_indicators():
    """Jambi's Tabel 2.1: its 'Formula / Penjelasan' holds one long text and five dashes, its indicators
    a long name in every row. Width goes to the column that makes rows tall, and the table is shorter
    than with its width shared by the text alone (`fit`)."""
    columns = [
        Column("Indikator Kinerja", 4.0, lambda r: r[0]),
        Column("Formula / Penjelasan", 4.0, lambda r: r[1]),
    ]
    long = "Indeks SPBE hasil pemantauan dan evaluasi SPBE oleh Kementerian PANRB (PermenPANRB 59/2020)."
    rows = [("Persentase Peningkatan Pemanfaatan Aplikasi Informatika", "-")] * 5 + [("Indeks SPBE", long)]
    texts = [list(r) for r in rows]
    out = fitted(columns, [Group(rows)], 9.0)
    assert out[0].width > out[1].width
    need = grid.needs(columns, texts, [False] * 6, 9.0)
    plain = fit(columns, need, grid.content_cm(columns, texts, 9.0))
    assert _height(texts, [c.width for c in out], 9.0) < _height(texts, [c.width for c in plain], 9.0)


def test_the_big_table_keeps_every_word_whole_and_its_width(sukamaju):
    """The big table's widths are shared out by what its columns hold (grid.balanced): every word of it
    whole (a figure measured among every row's, not a few widest texts), its width the page's."""
    big = max(sukamaju.body.iter(f"{W}tbl"), key=lambda t: len(_rows(t)))
    texts = [
        ["\n".join(_lines_of(p) for p in tc.findall("w:p", NS)) for tc in row.findall("w:tc", NS)]
        for row in _rows(big)[1:]
        if len(row.findall("w:tc", NS)) == len(big.findall("w:tblGrid/w:gridCol", NS))
    ]
    widths = [int(g.get(f"{W}w")) / TWIPS_PER_CM for g in big.iter(f"{W}gridCol")]
    assert len(texts) > 30 and abs(sum(widths) - big_table.BIG_WIDTH) < 0.01
    columns = big_table._big_columns(with_notes=True)
    need = grid.needs(columns, texts, [False] * len(texts), big_table.POINTS)
    assert all(w >= n - 0.01 for w, n in zip(widths, need, strict=True))


def _lines_of(p: etree._Element) -> str:
    """A paragraph's text, its line breaks as newlines."""
    return "".join("\n" if node.tag == f"{W}br" else node.text or "" for node in p.iter(f"{W}t", f"{W}br"))


cells = st.lists(st.text(st.sampled_from("abcdefghij"), min_size=1, max_size=14), max_size=12).map(" ".join)


@given(
    st.integers(1, 5).flatmap(
        lambda n: st.tuples(
            st.lists(st.floats(0.8, 6.0, allow_nan=False), min_size=n, max_size=n),
            st.lists(st.lists(cells, min_size=n, max_size=n), min_size=1, max_size=8),
        )
    )
)
def test_a_table_is_never_set_in_more_lines_than_with_its_designed_widths(spec):
    """Property: the widths `balanced` chooses set the rows in no more lines (as estimated) than the
    designed widths widened to the longest words, the earlier rule; they fill the table's width."""
    designed, texts = spec
    columns = [Column(str(n), w, str) for n, w in enumerate(designed)]
    need = grid.needs(columns, texts, [False] * len(texts), 9.0)
    chosen = grid.balanced(columns, need, texts, 9.0)
    earlier = grid.widened(columns, need)
    assert abs(sum(c.width for c in chosen) - sum(designed)) < 1e-6 * sum(designed)

    def lines(widths: list[float]) -> int:  # the header, bold, and the rows
        header = max(
            wrapped_lines(c.header, w - CELL_MARGIN, 9.0, True) for c, w in zip(columns, widths, strict=True)
        )
        return header + _height(texts, widths, 9.0)

    assert lines([c.width for c in chosen]) <= lines([c.width for c in earlier])


lengths = st.floats(min_value=0.3, max_value=20.0, allow_nan=False)


@given(st.lists(st.tuples(lengths, lengths, lengths), min_size=1, max_size=12))
def test_fitted_widths_fill_the_table_and_give_every_column_its_longest_word(specs):
    """Property: the widths sum to the table's width; every column has its longest word's width where
    the needs together fit; a column that holds more text is no narrower than one that needs as much
    and holds less; the same input gives the same widths."""
    columns = [Column(str(n), designed, str) for n, (designed, _, _) in enumerate(specs)]
    need = [n for _, n, _ in specs]
    content = [c for _, _, c in specs]
    out = [c.width for c in fit(columns, need, content)]
    total = sum(designed for designed, _, _ in specs)
    assert abs(sum(out) - total) < 1e-6 * total
    if sum(need) <= total:
        assert all(w >= n - 1e-9 for w, n in zip(out, need, strict=True))
    for i, j in itertools.permutations(range(len(specs)), 2):
        if need[i] == need[j] and content[i] >= content[j]:
            assert out[i] >= out[j] - 1e-9
    assert [c.width for c in fit(columns, need, content)] == out


def test_wrapping_counts_lines():
    assert wrapped_lines("satu", 5.0, 9.0) == 1
    assert wrapped_lines("kata " * 40, 3.0, 9.0) > 5


def test_word_updates_the_fields_when_it_opens_the_report(tmp_path):
    """The tables of contents and page references carry the numbers of the last layout (or none): Word
    updates every field on opening (w:updateFields), the tables of contents marked as out of date."""
    docx = build(SUKAMAJU, tmp_path / "laporan.docx")
    with zipfile.ZipFile(docx) as package:
        settings = etree.fromstring(package.read("word/settings.xml"))
        document = package.read("word/document.xml").decode()
    update = settings.find("w:updateFields", NS)
    assert update is not None and update.get(f"{W}val") == "true"
    tocs = re.findall(
        r'<w:fldChar w:fldCharType="begin"( w:dirty="true")?/></w:r><w:r><w:instrText[^>]*> TOC ', document
    )
    assert len(tocs) == 3 and all(tocs)  # contents, tables, figures: each marked dirty


def test_a_short_item_typed_before_its_paragraph_stays_with_it():
    """'4. Pengelolaan Kinerja' names the paragraph after it: it was left alone at the foot of a page."""
    items, text = lists.split(["4. Pengelolaan Kinerja", "Pengelolaan kinerja merupakan proses pencatatan."])
    assert isinstance(items, lists.Items) and items.leads and text.startswith("Pengelolaan")
    assert "<w:keepNext/>" in lists.paragraphs(items, [7])
    (long,) = lists.split(["1. " + "kata " * 40])
    assert isinstance(long, lists.Items) and not long.leads


def test_a_total_row_widens_its_column_to_its_longest_figure():
    columns = [Column("Program", 6.0, lambda r: r[0]), Column("Pagu", 1.5, lambda r: r[1], "right")]
    markup = grid.table(columns, [("Program A", "1.000")], total=Total(["JUMLAH", "13.895.587.102"]))
    widths = [int(w) / TWIPS_PER_CM for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', markup)]
    assert widths[1] >= width_cm("13.895.587.102", 9.0, bold=True) + CELL_MARGIN - 0.01
    assert abs(sum(widths) - 7.5) < 0.01


def test_a_line_breaks_after_a_hyphen_before_a_letter_only():
    assert words("02-informasi-komunikasi-publik.xlsx IK-01 2021-2026") == [
        "02-",
        "informasi-",
        "komunikasi-",
        "publik.xlsx",
        "IK-01",
        "2021-2026",
    ]


def test_a_signature_draws_only_the_last_rows_of_its_table_onto_its_page():
    """Sukamaju's annex pages stood half empty: a short table, kept whole, went to the next page with the
    signature it kept with. The signature keeps with the table's last rows only; the table may break
    above them, never inside a merged cell, and one of three rows or fewer keeps whole."""

    def kept_rows(markup: str) -> list[bool]:
        table = etree.fromstring(f'<w:body xmlns:w="{W_NS}">{markup}</w:body>').find("w:tbl", NS)
        return [_kept(r) for r in _rows(table)]

    columns = [Column("Program", 6.0, lambda r: r[0]), Column("Kode", 2.0, lambda r: r[1], merge=True)]
    six = grid.table(columns, [(f"Program {n}", str(n)) for n in range(6)])
    assert kept_rows(six) == [True] * 6 + [False]  # header and six rows: kept whole, as it fits
    assert kept_rows(x.signed_table(six)) == [True, True, True, True, False, True, True]
    single = [Group([(name, name)]) for name in "ABC"]
    merged = grid.table(columns, groups=[*single, Group([("D", "4"), ("E", "4"), ("F", "4")])])
    assert kept_rows(x.signed_table(merged)) == [True, True, True, False, True, True, True]  # not in D–F
    three = grid.table(columns, [(f"Program {n}", str(n)) for n in range(3)])
    assert kept_rows(x.signed_table(three)) == [True] * 4


def test_a_table_keeps_its_lead_in_and_a_signature_its_table():
    content = Content().text("Anggaran program adalah sebagai berikut.")
    made = grid.table([Column("Program", 6.0, lambda r: r[0])], [("A",), ("B",)])
    content.table("Anggaran", made)
    assert "<w:keepNext/>" in content.parts[0]
    content.signed(x.text_paragraph("Kepala Dinas", "TandaTangan"))
    last_row = content.parts[-3][content.parts[-3].rindex("<w:tr>") :]
    assert last_row.count("<w:keepNext/>") == last_row.count("<w:p>") == 1
    assert content.parts[-2] == x.kept_with_next(TABLE_END) != TABLE_END
    story = Content().text("Paragraf panjang yang bukan pengantar tabel. " * 12)
    story.table("Anggaran", made)
    assert "<w:keepNext/>" not in story.parts[0]  # four lines and more: not moved whole with the table


def test_a_total_row_keeps_its_last_row_with_it_in_a_long_table():
    """A table too long for a page breaks between its rows, but not above its total row, which would
    stand alone under the repeated header."""
    columns = [Column("Program", 6.0, lambda r: r[0]), Column("Pagu", 2.0, lambda r: r[1], "right")]
    markup = grid.table(
        columns, [(f"Program {n}", "1.000") for n in range(80)], total=Total(["JUMLAH", "80.000"])
    )
    rows = _rows(etree.fromstring(f'<w:body xmlns:w="{W_NS}">{markup}</w:body>').find("w:tbl", NS))
    # the total with the last two rows of the table's body
    assert [_kept(r) for r in rows[-4:]] == [False, True, True, False]


def test_a_list_of_a_dozen_lines_keeps_whole_with_its_lead_in(jambi):
    """Jambi's Sistematika Penulisan, six items of some nine lines: its last two stood alone on the page
    before BAB II. A list under a third of a page moves whole with its lead-in instead."""
    last = next(p for p in jambi.paragraphs("DaftarBernomor") if _text(p).startswith("Lampiran: Perjanjian"))
    items = [p for p in last.itersiblings(preceding=True)][:6]
    assert all(_keeps(p) for p in items), [_text(p) for p in items]
    assert _text(items[-1]).startswith("Laporan Kinerja ini disusun")  # the lead-in
