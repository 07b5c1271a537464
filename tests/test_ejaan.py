"""Staff text checked, never rewritten (issue 16): doubled words and words not in hunspell's id_ID, one
warning per cell, with the Jambi sample's own slips ("berdasarkan berdasarkan", "indek", "dibawah")."""

from __future__ import annotations

import pytest

from lkj.findings import Severity
from lkj.pipeline import check
from lkj.validate import rules_ejaan
from tests.conftest import JAMBI, SUKAMAJU
from tests.helpers import edit_cells

APL = "03-aplikasi-informatika.xlsx"
needs_dictionary = pytest.mark.skipif(
    rules_ejaan.speller() is None, reason="kamus hunspell id_ID (paket Debian hunspell-id) tidak terpasang"
)


@pytest.fixture(scope="module")
def jambi():
    return check(JAMBI).findings


def test_a_doubled_word_is_a_warning_on_its_cell(jambi):
    [f] = [f for f in jambi if f.code == "teks.kata-ganda"]
    assert (f.file, f.sheet, f.cell) == (APL, "Capaian Indikator", "G5")
    assert f.severity is Severity.WARNING and f.blocks_final
    assert "\u201cberdasarkan berdasarkan\u201d" in f.message


def test_reduplication_and_a_repeated_number_are_not_doubled_words():
    text = "kata-kata yang sama dibahas 10 10 kali; data data"
    found = [m.group(0) for m in rules_ejaan._DOUBLED.finditer(text)]
    assert found == ["data data"]


@needs_dictionary
def test_misspelled_words_grouped_per_cell(jambi):
    spelling = [f for f in jambi if f.code == "teks.ejaan"]
    g5 = next(f for f in spelling if (f.file, f.sheet, f.cell) == (APL, "Capaian Indikator", "G5"))
    assert "\u201cindek\u201d" in g5.message and not g5.blocks_final
    assert len({(f.file, f.sheet, f.cell) for f in spelling}) == len(spelling)  # one finding per cell
    profil = next(f for f in spelling if (f.sheet, f.cell) == ("Profil", "B20"))
    assert "\u201cdibawah\u201d" in profil.message  # di before a place is written apart


@needs_dictionary
@pytest.mark.parametrize(
    "word",
    ["terhubung", "dianggarkan", "dipercepat", "terealisasi", "metadatanya", "masing-masing", "SPBE",
     "Diskominfo", "e-government", "walidata", "kedalaman", "berdasarkan", "penyelenggaraan",
     "ketersediaan", "memperhatikan"],
)  # fmt: skip
def test_words_the_dictionary_lists_only_by_their_stem_or_the_agency_list_are_known(word):
    known = rules_ejaan.speller()
    assert known is not None
    assert not rules_ejaan._checked(word) or known(word)


@needs_dictionary
@pytest.mark.parametrize("word", ["indek", "organiasasi", "dibawah", "dimana", "kedalam", "intitusi"])
def test_slips_are_told(word):
    known = rules_ejaan.speller()
    assert known is not None and not known(word)


def test_the_fictional_set_is_clean():
    assert not [f for f in check(SUKAMAJU).findings if f.code.startswith("teks.")]


def test_text_is_never_rewritten(sukamaju_copy):
    edit_cells(
        sukamaju_copy / "01-sekretariat.xlsx", "Capaian Indikator", {"G4": "Tindak lanjut lanjut dilakukan"}
    )
    found = check(sukamaju_copy, year=True)
    assert [f.cell for f in found.findings if f.code == "teks.kata-ganda"] == ["G4"]
    assert found.hasil is not None
    row = next(i for i in found.hasil.indikator if i.indikator.kode == "IK-07").penjelasan
    assert row is not None and row.penyebab == "Tindak lanjut lanjut dilakukan"


def test_spelling_is_skipped_without_a_dictionary(monkeypatch, tmp_path):
    monkeypatch.setenv("LKJ_KAMUS", str(tmp_path / "tidak-ada"))
    rules_ejaan.speller.cache_clear()
    try:
        assert rules_ejaan.speller() is None
        codes = {f.code for f in check(JAMBI).findings}
        assert "teks.kata-ganda" in codes and "teks.ejaan" not in codes
    finally:
        monkeypatch.delenv("LKJ_KAMUS")
        rules_ejaan.speller.cache_clear()
