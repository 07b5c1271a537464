"""Staff text checked, never rewritten (issue 16): doubled words and words not in hunspell's id_ID, one
warning per cell, with the Jambi sample's own slips ("berdasarkan berdasarkan", "indek", "dibawah")."""

from __future__ import annotations

import pytest

from lkj.findings import Severity
from lkj.model import Source
from lkj.pipeline import check
from lkj.validate import rules_ejaan
from tests.conftest import JAMBI, SUKAMAJU
from tests.helpers import edit_cells

APL = "03-aplikasi-informatika.xlsx"
_SRC = Source("01-bidang.xlsx", "Capaian Indikator", 5)
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


@needs_dictionary
def test_a_cell_of_one_endless_word_is_told_briefly(sukamaju_copy):
    edit_cells(sukamaju_copy / "01-sekretariat.xlsx", "Capaian Indikator", {"G4": "memper" + "x" * 900})
    [f] = [f for f in check(sukamaju_copy).findings if f.code == "teks.ejaan"]
    assert f.cell == "G4" and len(f.message) < 400 and "\u2026" in f.message


def test_non_standard_spellings_named_with_their_kbbi_form(jambi):
    told = {(f.sheet, f.cell): f.message for f in jambi if f.code == "teks.tidak-baku"}
    assert "\u201cResiko\u201d (baku: risiko)" in told[("Capaian Indikator", "H5")]  # capitalised too
    assert all(
        f.severity is Severity.WARNING and not f.blocks_final for f in jambi if f.code == "teks.tidak-baku"
    )
    assert not any("\u201cLKj\u201d" in message for message in told.values())  # the standard form itself


def test_the_standard_form_and_capitals_are_not_told():
    found = list(rules_ejaan._non_standard(_SRC, "uraian", "LKj dan LAPORAN RESIKO; Resiko, resiko, Ijin."))
    [f] = found
    assert "\u201cResiko\u201d (baku: risiko), \u201cIjin\u201d (baku: izin)" in f.message  # one per word


def test_a_decimal_point_is_told_where_it_reads_as_a_figure(jambi):
    [f] = [f for f in jambi if f.code == "teks.desimal-titik"]
    assert (f.file, f.sheet, f.cell) == (APL, "Capaian Indikator", "G5")
    assert "\u201c3.0\u201d (tulis 3,0)" in f.message and not f.blocks_final


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("target tahun 2022 sebesar 3.0.", ["3.0"]),
        ("naik 98.5% dari tahun lalu", ["98.5"]),
        ("capaiannya 12.50 persen", ["12.50"]),
        ("sebesar 1.234 orang", []),  # a thousands group
        ("anggaran Rp1.234.567 dan 1.5.2", []),
        ("rapat pukul 10.30 di subbab 3.1", []),  # a time and a section number: no figure word
        ("sebesar 3,0", []),
    ],
)
def test_decimal_point_pattern(text, told):
    assert [m.group(1) or m.group(2) for m in rules_ejaan._DECIMAL_POINT.finditer(text)] == told


def test_addresses_are_taken_out_token_by_token():
    text = "lihat https://jambikota.go.id, surel humas@jambikota.go.id atau kominfo.jambikota.go.id; 1.2" * 3
    kept = rules_ejaan._without_addresses(text).split()
    assert "lihat" in kept and "surel" in kept and "1.2lihat" in kept
    assert not any("go.id" in token or "@" in token for token in kept)
