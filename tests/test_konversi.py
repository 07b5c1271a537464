"""Conversion tables with open bands and a kategori per band, and targets typed as such a kategori."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

import pytest

from lkj.compute import compute
from lkj.indonesian import rentang_skor
from lkj.model import Target
from lkj.pipeline import check
from lkj.read import read_folder
from lkj.read.settings import settings_of
from lkj.render.views import indikator_view
from tests.conftest import SUKAMAJU
from tests.helpers import edit_cells

INS = "00-instansi.xlsx"
# Sukamaju's KI Award table: rows 4-8, 90 Ya 92 · 92 Tidak 94 · 94 Tidak 96 · 96 Tidak 98 · 98 Tidak 100
INFORMATIF = {f"G{row}": "Kabupaten Informatif" for row in range(4, 9)}
BELOW = {"A9": "KI Award", "D9": 90, "E9": "Tidak", "F9": 60, "G9": "Belum Informatif"}  # < 90


def _row(records, row):
    return next(r for r in records if r.src.row == row)


@pytest.mark.parametrize(
    ("bounds", "text"),
    [
        ((None, None, D(90), False), "< 90"),
        ((None, None, D(90), None), "≤ 90"),
        ((D(98), True, None, None), "≥ 98"),
        ((D(98), False, None, None), "> 98"),
        ((D(90), True, D(92), None), "90–92"),
        ((D(92), False, D(94), True), "> 92–94"),
        ((D("90.5"), None, D(92), False), "90,5–< 92"),
        ((None, None, None, None), "semua nilai"),
    ],
)
def test_a_band_as_the_report_writes_it(bounds, text):
    assert rentang_skor(*bounds) == text


def test_an_open_band_and_the_kategori_are_read(sukamaju_copy):
    edit_cells(sukamaju_copy / INS, "Tabel Konversi", {**INFORMATIF, **BELOW})
    result = check(sukamaju_copy)
    assert result.findings == ()
    rows = result.dataset.instansi.tabel_konversi
    assert [(r.dari, r.dari_termasuk, r.sampai, r.sampai_termasuk, r.kategori) for r in rows[-2:]] == [
        (D(98), False, D(100), None, "Kabupaten Informatif"),
        (None, None, D(90), False, "Belum Informatif"),
    ]


def test_a_target_may_name_a_kategori_of_the_indicator_s_table(sukamaju_copy):
    edit_cells(sukamaju_copy / INS, "Tabel Konversi", {**INFORMATIF, **BELOW})
    # IK-04 (row 7 of Indikator; of PK Target rows 7 and 15; of Target Renstra rows 28-35, 2019-2026)
    edit_cells(sukamaju_copy / INS, "Indikator", {"P7": "Kabupaten Informatif"})
    edit_cells(sukamaju_copy / INS, "PK Target", {"C15": "kabupaten  informatif"})
    edit_cells(sukamaju_copy / INS, "Target Renstra", {"C33": "Kabupaten Informatif"})
    result = check(sukamaju_copy, year=True)
    assert result.findings == ()
    instansi = result.dataset.instansi
    informatif = Target(D(90), D(90), "Kabupaten Informatif")  # at least the score the kategori starts at
    assert instansi.indikator[3].target_akhir == informatif
    typed = Target(D(90), D(90), "kabupaten informatif")  # as typed (its spacing cleaned, as any text's)
    assert _row(instansi.pk_target, 15).target == typed
    assert _row(instansi.target_renstra, 33).target == informatif
    assert result.hasil is not None
    ki = next(i for i in result.hasil.indikator if i.indikator.kode == "IK-04")
    # the score 93,5 and the kategori's score 90 converted by the table: 85% against 80%
    assert ki.capaian.value == D("106.25") and ki.target == typed


def test_a_kategori_that_starts_above_its_bound_is_reached_above_it(sukamaju_copy):
    edit_cells(sukamaju_copy / INS, "Tabel Konversi", {"G6": "Baik", "G7": "Baik", "G8": "Baik"})
    edit_cells(sukamaju_copy / INS, "PK Target", {"C15": "Baik"})
    target = _row(read_folder(sukamaju_copy).dataset.instansi.pk_target, 15).target
    assert target == Target(D(94), D(94), "Baik")  # its lowest band is > 94–96


@pytest.mark.parametrize(
    ("cells", "said"),
    [
        (
            {"C15": "Provinsi Informatif"},
            "yang bukan angka, rentang, atau kategori pada tabel konversi \u201cKI Award\u201d indikator "
            "IK-04 (kolom Kategori/Kualifikasi: Kabupaten Informatif; Belum Informatif)",
        ),
        ({"C14": "Kabupaten Informatif"}, "indikator IK-03 tidak memakai tabel konversi"),
        ({"C15": "Belum Informatif"}, "yang tidak memiliki batas bawah sehingga tidak dapat menjadi target"),
    ],
    ids=["kategori-lain", "tanpa-tabel", "rentang-terbawah"],
)
def test_a_kategori_target_that_is_none_is_an_error_at_its_cell(sukamaju_copy, cells, said):
    edit_cells(sukamaju_copy / INS, "Tabel Konversi", {**INFORMATIF, **BELOW})
    edit_cells(sukamaju_copy / INS, "PK Target", cells)
    found = [f for f in read_folder(sukamaju_copy).findings if f.code == "cell.target"]
    (cell,) = cells
    assert [(f.sheet, f.cell) for f in found] == [("PK Target", cell)] and said in found[0].message


def test_only_the_targets_of_indicators_may_be_a_kategori(sukamaju_copy):
    edit_cells(sukamaju_copy / "01-sekretariat.xlsx", "Program", {"G4": "Kabupaten Informatif"})
    found = [f for f in read_folder(sukamaju_copy).findings if f.code == "cell.target"]
    assert [(f.sheet, f.cell) for f in found] == [("Program", "G4")]
    assert "bukan angka atau rentang seperti 80-90" in found[0].message


@pytest.mark.parametrize(
    ("cells", "code", "cell"),
    [
        ({"A9": "KI Award", "D9": 90, "F9": 60}, "konversi.overlap", "B4"),  # ≤ 90 and 90–92 share 90
        ({"A9": "KI Award", "D9": 90, "E9": "Tidak", "F9": 60}, None, None),  # < 90 and 90–92 meet
        ({"A9": "KI Award", "D9": 90, "E9": "Tidak", "F9": 60, "C4": "Tidak"}, "konversi.gap", "C4"),
        ({"A9": "KI Award", "B9": 100, "C9": "Tidak", "F9": 100}, None, None),  # > 100 after ≤ 100
        ({"A9": "KI Award", "B9": 99, "C9": "Tidak", "F9": 100}, "konversi.overlap", "B9"),  # > 99 in 98–100
        (
            {"A9": "KI Award", "D9": 80, "F9": 0, "A10": "KI Award", "D10": 85, "F10": 0},
            "konversi.overlap",
            "B10",
        ),
    ],
    ids=["tertutup", "terbuka-bawah", "celah", "terbuka-atas", "terbuka-atas-tumpang", "dua-terbuka-bawah"],
)
def test_open_bands_meet_their_neighbours(sukamaju_copy, cells, code, cell):
    edit_cells(sukamaju_copy / INS, "Tabel Konversi", cells)
    found = [(f.code, f.cell) for f in check(sukamaju_copy).findings if f.code.startswith("konversi.")]
    assert found == ([] if code is None else [(code, cell)])


# ---- one capaian for a score indicator everywhere it appears (issue 16)


def _ki(hasil):
    return next(i for i in hasil.indikator if i.indikator.kode == "IK-04")


def _ki_program(hasil):
    return next(u for p in hasil.belanja.program for u in p.ukuran if u.ukuran.indikator_kode == "IK-04")


def test_the_program_indicator_of_a_score_iku_uses_its_table(sukamaju_copy):
    hasil = check(sukamaju_copy, year=True).hasil
    # KI Award 93,5 against 90: 106,25% for the IKU and for the program indicator that measures it (it
    # was 85,00% Tidak Tercapai in one table and 103,89% in the other)
    assert _ki(hasil).capaian.value == D("106.25") and _ki(hasil).status == "melebihi"
    assert _ki_program(hasil).capaian.value == D("106.25")


def test_with_the_table_value_policy_a_met_target_is_never_tidak_tercapai(sukamaju_copy):
    edit_cells(sukamaju_copy / INS, "Pengaturan", {"B13": "Nilai tabel realisasi"})
    hasil = check(sukamaju_copy, year=True).hasil
    ki = _ki(hasil)
    assert ki.capaian.value == 85 and ki.capaian.rule == "capaian.konversi-tabel"
    assert ki.realisasi >= ki.target.low
    assert ki.status == "tercapai" and ki.tercapai is True and ki.predikat != "Tidak Tercapai"
    assert _ki_program(hasil).capaian.value == 85  # the same figure in the program table
    assert _ki_program(hasil).tercapai is True


def test_with_the_score_policy_the_scores_are_compared(sukamaju_copy):
    edit_cells(sukamaju_copy / INS, "Pengaturan", {"B13": "Skor realisasi dibanding skor target"})
    hasil = check(sukamaju_copy, year=True).hasil
    assert round(_ki(hasil).capaian.value, 2) == D("103.89")
    assert _ki_program(hasil).capaian.value == _ki(hasil).capaian.value


def test_earlier_years_the_table_cannot_judge_are_explained_to_the_reader():
    """Sukamaju's KI Award history: targets 75–88 lie below the table (90–100), so 2019–2023 have no
    capaian under the decree's reading; the report says why, for which years and which figures."""
    dataset = read_folder(SUKAMAJU).dataset
    settings = settings_of(dataset.instansi)
    for policy, years, rincian in (
        ("keduanya", "2019–2023", "target dan realisasi tahun 2019–2022 serta target tahun 2023"),
        ("tabel", "2019–2022", "realisasi tahun 2019–2022"),  # 91,2 of 2023 has its value: 80%
    ):
        hasil = compute(dataset, dataclasses.replace(settings, konversi=policy))
        ki = next(i for i in hasil.indikator if i.indikator.kode == "IK-04")
        view = indikator_view(ki, None).luar_tabel
        assert view is not None and (view.tahun, view.rincian, view.cakupan) == (
            years,
            rincian,
            "90 sampai 100",
        )
        assert view.keduanya is (policy == "keduanya")
    # every other indicator's earlier years all have a capaian, or no table to blame
    assert all(
        indikator_view(i, None).luar_tabel is None for i in hasil.indikator if i.indikator.kode != "IK-04"
    )
