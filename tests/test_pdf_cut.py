"""The parts a long report is cut into for LibreOffice (lkj.render.pdf_parts), checked on their XML: every
part is a well-formed document holding exactly its blocks, a table continued repeats its header rows, a
list goes on with its next number, the page numbers go on, and the cut is found where LibreOffice broke
a page between two blocks, never inside one."""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from lkj.render.pdf_copy import copy_for_pdf
from lkj.render.pdf_join import destination_name
from lkj.render.pdf_parts import Report, end_mark, page_label, start_mark
from tests.conftest import JAMBI, build


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    folder = tmp_path_factory.mktemp("cut")
    copy = folder / "salinan.docx"
    copy_for_pdf(build(JAMBI, folder / "laporan.docx"), copy)
    return Report(copy)


def _document(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


def _texts(xml: str) -> list[str]:
    return re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml)


def test_the_body_starts_after_the_contents_and_lists(report):
    first = report.xml[report.blocks[report.body_start].start : report.blocks[report.body_start].end]
    assert "BAB I" in "".join(_texts(first))
    front = report.xml[: report.blocks[report.body_start].start]
    assert front.count("TOC \\") == 3  # contents, tables, figures all in the front matter
    assert " SEQ " not in report.xml  # caption numbers fixed as the report holds them


def test_a_part_holds_exactly_its_blocks(report, tmp_path):
    first, last = report.body_start + 10, report.body_start + 200
    path = tmp_path / "bagian.docx"
    report.write_part(path, first, last, page=7)
    xml = _document(path)
    etree.fromstring(xml.encode())
    expected = [t for b in report.blocks[first:last] for t in _texts(report.xml[b.start : b.end])]
    headers = _continued_headers(report, first)
    assert _texts(xml) == headers + expected
    assert xml.count("<w:sectPr") == 1 + sum(
        1 for b in report.blocks[first : last - 1] if "<w:sectPr" in report.xml[b.start : b.end]
    )
    assert 'w:start="7"' in xml


def _continued_headers(report: Report, first: int) -> list[str]:
    block = report.blocks[first]
    if block.kind != "tr" or block.header:
        return []
    rows = report.tables[block.table][1]
    return [t for h in rows for t in _texts(report.xml[report.blocks[h].start : report.blocks[h].end])]


def test_a_table_continued_in_a_part_repeats_its_header_rows(report, tmp_path):
    row = next(
        i
        for i, b in enumerate(report.blocks)
        if i > report.body_start and b.kind == "tr" and not b.header and report.tables[b.table][1]
        if report.blocks[i - 1].kind == "tr" and not report.blocks[i - 1].header
    )
    path = tmp_path / "bagian.docx"
    report.write_part(path, row, row + 5, page=3)
    xml = _document(path)
    assert xml.count("<w:tblHeader/>") == len(report.tables[report.blocks[row].table][1])
    assert xml.index("<w:tblHeader/>") < xml.index(start_mark(row))


def test_a_list_continued_in_a_part_goes_on_with_its_next_number(report, tmp_path):
    items = [
        (i, re.search(r'<w:numId w:val="(\d+)"/>', report.xml[b.start : b.end]))
        for i, b in enumerate(report.blocks)
        if b.kind == "p"
    ]
    numbered = [(i, m[1]) for i, m in items if m is not None and i > report.body_start]
    index, num = next((i, n) for (i, n), (j, m) in itertools.pairwise(numbered) if n == m and j == i + 1)
    path = tmp_path / "bagian.docx"
    report.write_part(path, index + 1, index + 3, page=1)
    with zipfile.ZipFile(path) as package:
        numbering = package.read("word/numbering.xml").decode()
    instance = re.search(rf'<w:num w:numId="{num}"[^>]*>(.*?)</w:num>', numbering, re.S)
    assert instance is not None
    before = sum(1 for i, n in numbered if n == num and i <= index)
    assert re.search(rf'<w:startOverride w:val="{before + 1}"/>', instance[1]), instance[1]


def test_the_cut_is_a_page_break_between_two_blocks_and_never_inside_one(report):
    first = report.body_start
    paragraphs = [i for i in range(first + 5, first + 60) if report.blocks[i].kind == "p"]
    a, b = paragraphs[3], paragraphs[4]
    assert b == a + 1 or report.blocks[b - 1].kind == "tr"
    found = {start_mark(i): (0, 700.0 - i) for i in range(first, b)}
    found |= {end_mark(i): (0, 690.0 - i) for i in range(first, b)}
    found |= {start_mark(i): (1, 700.0 - i) for i in range(b, first + 60)}
    found |= {end_mark(i): (1, 690.0 - i) for i in range(b, first + 60)}
    assert report.cut(first, first + 60, 8, found, 3) == b
    # the paragraph before goes on over the break: no cut there, nor anywhere on the first page
    found[end_mark(b - 1)] = (1, 760.0)
    if report.blocks[b - 1].kind == "p":
        assert report.cut(first, first + 60, 8, found, 3) == 0
    # a break among the part's last pages (laid out without what follows) is not cut at
    assert report.cut(first, first + 60, 4, {**found, end_mark(b - 1): (0, 1.0)}, 3) == 0


def test_the_space_above_a_part_is_the_space_its_page_top_left(report, tmp_path):
    paragraph = next(
        i for i in range(report.body_start + 5, len(report.blocks)) if report.blocks[i].kind == "p"
    )
    page_top = (16838 - 1417) / 20  # A4, the template's top margin
    assert report.space_above(paragraph, page_top) == 0
    assert report.space_above(paragraph, page_top - 12) == 12
    path = tmp_path / "bagian.docx"
    report.write_part(path, paragraph, paragraph + 3, page=1, space=0)
    xml = _document(path)
    opening = xml[xml.index("<w:body>") :]
    assert re.match(r'<w:body><w:p\b[^>]*><w:pPr>(?:(?!</w:pPr>).)*<w:spacing [^>]*w:before="0"', opening)
    assert "beforeAutospacing" not in opening[:2000]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_part_is_a_well_formed_document_of_its_blocks(report, tmp_path, data):
    first = data.draw(st.integers(report.body_start, len(report.blocks) - 1))
    last = data.draw(st.integers(first + 1, len(report.blocks)))
    path = tmp_path / "bagian.docx"
    report.write_part(path, first, last, page=data.draw(st.integers(1, 999)))
    xml = _document(path)
    etree.fromstring(xml.encode())
    expected = [t for b in report.blocks[first:last] for t in _texts(report.xml[b.start : b.end])]
    assert _texts(xml) == _continued_headers(report, first) + expected


def test_the_front_matter_gets_the_page_numbers_and_links_it_is_given(report, tmp_path):
    path = tmp_path / "depan.docx"
    report.write_front(path, {"_Toc000026": "1"})
    xml = _document(path)
    etree.fromstring(xml.encode())
    assert "PAGEREF" not in xml and " TOC " in xml
    with zipfile.ZipFile(path) as package:
        rels = package.read("word/_rels/document.xml.rels").decode()
    assert 'Target="lkj-tautan:_Toc' in rels and 'TargetMode="External"' in rels
    own = report.front_bookmarks()
    assert all(f'w:anchor="{name}"' not in xml for name in re.findall(r"lkj-tautan:([^\"]+)", rels))
    assert any(f'w:anchor="{name}"' in xml for name in own)  # a link within the front matter stays


def test_page_labels_and_destination_names_are_libreoffices():
    assert [page_label(n, "lowerRoman") for n in (1, 4, 9, 14, 40, 1994)] == [
        "i",
        "iv",
        "ix",
        "xiv",
        "xl",
        "mcmxciv",
    ]
    assert page_label(12, "upperRoman") == "XII" and page_label(12, "decimal") == "12"
    assert destination_name("_Toc000013") == "5FToc000013"
    assert destination_name("lkjS12") == "lkjS12"
    assert destination_name("a b-é") == "a20b-E9"


@pytest.mark.parametrize(
    "body",
    [
        "<w:p><w:r><w:t>tanpa pengaturan halaman</w:t></w:r></w:p>",  # no w:sectPr at all
        '<w:sdt><w:sdtContent><w:p/></w:sdtContent></w:sdt><w:sectPr><w:pgSz w:w="11906"/></w:sectPr>',
        "<w:p><w:r><w:t>terpotong</w:t></w:r>",  # a paragraph never closed
    ],
)
def test_a_body_the_parts_cannot_reproduce_is_laid_out_whole(tmp_path, body):
    """A document of a shape the parts do not know (a template made by hand, a content control) is not
    cut: it goes to LibreOffice whole, never to a traceback."""
    from lkj.render.pdf_long import long_report

    path = tmp_path / "aneh.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        )
    assert long_report(path) is None
