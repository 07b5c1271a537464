"""Layout flaws found on the PDF pages read as images (issue 18), pinned in the document XML: a range of
years never breaks at its dash; a figure with its unit, a header of short words, never wrap in a table
cell; a landscape part with a lead-in leaves it, and its heading, in portrait, one without takes its
heading along; a section's own empty paragraph is a point high; the big table's total and note draw at
most its last two body rows (and the rows that head them) onto their page."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from lkj.render import ooxml as x
from lkj.render.blocks import MARKER, Blocks, Content
from lkj.render.docx import Layout, _Assembler
from lkj.render.grid import CELL_MARGIN
from lkj.render.textwidth import width_cm, words
from tests.conftest import ARUNIKA, JAMBI, SUKAMAJU, build

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
NS = {"w": W_NS}
BREAKABLE_RANGE = re.compile(r"[0-9]\s*[-\u2013]\s*[0-9]")


def _document(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml"))


SETS = {"jambi": JAMBI, "sukamaju": SUKAMAJU, "arunika": ARUNIKA}


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, etree._Element]:
    """Each sample's document, built once for the module."""
    return {
        name: _document(build(folder, tmp_path_factory.mktemp(name) / "laporan.docx"))
        for name, folder in SETS.items()
    }


@pytest.fixture(params=list(SETS))
def document(request: pytest.FixtureRequest, documents: dict[str, etree._Element]) -> etree._Element:
    return documents[request.param]


def _paragraph_text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def test_no_range_of_years_breaks_at_its_dash(document):
    """'2021-' at the end of a line and '2025' on the next (Daftar Gambar entries, captions, the Renstra
    period in the text): every range of numbers is printed with a non-breaking hyphen, and the spaces
    around its dash, if any, do not break either."""
    breakable = [text for p in document.iter(f"{W}p") if BREAKABLE_RANGE.search(text := _paragraph_text(p))]
    assert not breakable, breakable[:5]
    captions = [
        _paragraph_text(p)
        for p in document.iter(f"{W}p")
        if p.find("w:pPr/w:pStyle[@w:val='Caption']", NS) is not None
    ]
    ranges = [c for c in captions if re.search("[0-9]\u2011[0-9]", c)]
    assert ranges, "a trend chart's caption names its years"


@given(st.integers(0, 9999), st.sampled_from(["-", "\u2013", " - ", " \u2013 "]), st.integers(0, 9999))
def test_a_range_of_numbers_is_one_unbreakable_word(low, dash, high):
    text = x.unbroken_ranges(f"tahun {low}{dash}{high} dan IK-01, Rp-, e-Government")
    assert not BREAKABLE_RANGE.search(text)
    assert text.endswith(" dan IK-01, Rp-, e-Government")  # a dash between words stays a dash
    assert len(text.split(" ")) == 6  # no space left to break at inside the range (U+00A0 around it)


POINTS = {"TeksTabel": 9.0, "TeksTabelKecil": 8.0, "TeksTabelMini": 8.0}


def _phrases_in_cells(document: etree._Element) -> list[tuple[str, float, float]]:
    """(text, width it needs, room) of every table cell whose text is a short phrase kept whole (words):
    a figure with its unit, a header like 'TW III'."""
    found = []
    for row in document.iter(f"{W}tr"):
        header = row.find("w:trPr/w:tblHeader", NS) is not None
        for cell in row.iterfind("w:tc", NS):
            room = int(cell.find("w:tcPr/w:tcW", NS).get(f"{W}w")) / 567
            for p in cell.iterfind("w:p", NS):
                style = p.find("w:pPr/w:pStyle", NS)
                text = _paragraph_text(p).strip()
                if style is None or style.get(f"{W}val") not in POINTS or " " not in text:
                    continue
                if words(text) == [text]:
                    bold = header or p.find(".//w:rPr/w:b", NS) is not None
                    need = width_cm(text, POINTS[style.get(f"{W}val")], bold) + CELL_MARGIN
                    found.append((text, need, room))
    return found


def test_a_figure_with_its_unit_and_a_short_header_stay_on_one_line(documents):
    """Sukamaju's Tabel L.5 set 'TW / II' and '3,1 / Hari' on two lines, Arunika's Tabel 3.20 '3 /
    Temuan', while the indicator column beside them had room to spare: each column is as wide as such
    a phrase in it."""
    for name, document in documents.items():
        phrases = _phrases_in_cells(document)
        assert all(need <= room + 0.01 for _, need, room in phrases), (name, phrases)
    texts = {text for text, _, _ in _phrases_in_cells(documents["sukamaju"])}
    assert {"TW II", "TW III", "TW IV", "3,1 Hari", "3 Hari"} <= texts
    assert "3 Temuan" in {text for text, _, _ in _phrases_in_cells(documents["arunika"])}


def test_a_short_phrase_is_one_piece_and_longer_text_breaks_between_words():
    assert words("TW III") == ["TW III"]
    assert words("3,1 Hari") == ["3,1 Hari"]
    assert words("100 Dokumen") == ["100 Dokumen"]
    assert words("60\u201180%") == ["60\u201180%"]
    assert words("Indikator Kinerja") == ["Indikator", "Kinerja"]  # a header of long words may wrap
    assert words("Pagu (Rp)") == ["Pagu", "(Rp)"]
    assert words("12 Kabupaten/Kota terhubung") == ["12", "Kabupaten/Kota", "terhubung"]
    assert words("02-informasi-komunikasi") == ["02-", "informasi-", "komunikasi"]


HEADING = '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>3.4 Program</w:t></w:r></w:p>'
BODY_SECT = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgNumType w:start="1"/></w:sectPr>'


def _assembled(content: Content) -> str:
    """The template's heading followed by a block of `content`, assembled."""
    blocks = Blocks()
    block = blocks.add(content)
    assembler = _Assembler(blocks, Layout(), {}, {}, BODY_SECT, "A4")
    template = HEADING + MARKER.format(block.number) + BODY_SECT
    return "".join(str(piece) for piece in assembler.document(template))


def test_a_landscape_part_keeps_its_heading_with_the_text_before_it():
    table = "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    led = _assembled(
        Content().text("Capaian program sebagaimana tabel berikut.").landscape(Content().raw(table))
    )
    heading, lead_in, portrait_end = led.split("</w:p>")[:3]
    assert "Heading2" in heading and "<w:sectPr" not in heading
    assert '<w:keepNext w:val="0"/><w:keepLines/>' in lead_in and "sebagaimana tabel berikut" in lead_in
    assert "<w:sectPr" in portrait_end and 'w:orient="landscape"' not in portrait_end
    assert led.index(table) > led.index(portrait_end)
    # without a lead-in the landscape part starts with its heading: alone at the foot of the portrait
    # page, it would head nothing
    bare = _assembled(Content().landscape(Content().raw(table)))
    assert bare.index("<w:sectPr") < bare.index("3.4 Program") < bare.index(table)


def test_the_paragraph_that_ends_a_section_is_a_point_high(document):
    """The empty paragraph that carries a section's properties took a line of its own after the section's
    last text: at the foot of a page it could run onto a page of its own. So the landscape section's end
    and the portrait one's before it are a point high."""
    ends = [p for p in document.iter(f"{W}p") if p.find("w:pPr/w:sectPr", NS) is not None]
    landscape = next(
        at
        for at, p in enumerate(ends)
        if p.find("w:pPr/w:sectPr/w:pgSz[@w:orient='landscape']", NS) is not None
    )
    for p in ends[landscape - 1 : landscape + 1]:
        spacing = p.find("w:pPr/w:spacing", NS)
        assert not _paragraph_text(p) and spacing is not None and spacing.get(f"{W}line") == "20"


def _row_text(row: etree._Element) -> str:
    return "".join(t.text or "" for t in row.iter(f"{W}t"))


def test_the_big_table_s_total_and_note_draw_at_most_two_rows_onto_their_page(documents):
    """The rows kept with the big table's JUMLAH (and through it its note) are its last two body rows at
    most, and the program and kegiatan rows that head them (a heading row last on a page, its rows on
    the next, reads as a program without kegiatan): a longer chain moved many rows onto a landscape page
    of their own."""
    for name, document in documents.items():
        total = next(
            row
            for row in document.iter(f"{W}tr")
            if _row_text(row).startswith("JUMLAH")
            and row.getparent().getnext() is not None
            and "Capaian kinerja dihitung" in _paragraph_text(row.getparent().getnext().getnext())
        )
        rows = total.getparent().findall("w:tr", NS)
        chain = []
        for row in reversed(rows[: rows.index(total)]):
            if all(p.find("w:pPr/w:keepNext", NS) is None for p in row.iter(f"{W}p")):
                break
            chain.append(_row_text(row))
        kodes = [re.match(r"[0-9.]*", text).group(0) for text in chain]
        heading_rows = [k for k in kodes if k and k.count(".") < 5]  # program (2 dots), kegiatan (4)
        assert len(chain) - len(heading_rows) <= 2, (name, chain)
        assert all(p.find("w:pPr/w:keepNext", NS) is not None for p in total.iter(f"{W}p"))  # with its note
