"""Layout flaws found on the PDF pages read as images (issue 18), pinned in the document XML: a range of
years never breaks at its dash."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from lkj.render import ooxml as x
from tests.conftest import ARUNIKA, JAMBI, SUKAMAJU, build

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
NS = {"w": W_NS}
BREAKABLE_RANGE = re.compile(r"[0-9]\s*[-\u2013]\s*[0-9]")


def _document(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml"))


@pytest.fixture(scope="module", params=["jambi", "sukamaju", "arunika"])
def document(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> etree._Element:
    folder = {"jambi": JAMBI, "sukamaju": SUKAMAJU, "arunika": ARUNIKA}[request.param]
    return _document(build(folder, tmp_path_factory.mktemp(request.param) / "laporan.docx"))


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
