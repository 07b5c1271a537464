"""Sasaran and organisation means, program indicators achieved, trend, Renstra, standard, efficiency, SPBE."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj.compute import compute
from lkj.compute.efisiensi import efisiensi
from lkj.compute.figure import Figure
from lkj.compute.rata_rata import rata_rata
from lkj.compute.results import Anggaran
from lkj.compute.spbe import spbe_index
from lkj.indonesian import angka, persen
from lkj.read import read_folder
from lkj.read.settings import default_settings, settings_of
from lkj.reference import spbe_reference
from tests.conftest import JAMBI, ROOT, SUKAMAJU, computed

P = default_settings()


def f(value) -> Figure:
    return Figure(D(str(value)) if value is not None else None, "capaian.maksimal")


def test_seed_sasaran_mean_106_78():
    items = [(str(v), f(v), None) for v in ("101.525", "100", "100", "132.35", "100")]
    assert (
        persen(
            rata_rata(items, False, "capaian.organisasi", "capaian.organisasi-tertimbang", "sasaran").value
        )
        == "106,78%"
    )


def test_sample_organisation_capaian_and_category():
    result = computed(JAMBI)
    assert [persen(s.capaian.value) for s in result.sasaran] == [
        "101,53%",
        "100,00%",
        "100,00%",
        "132,35%",
        "100,00%",
    ]
    assert (
        persen(result.capaian_organisasi.value) == "106,78%" and result.kategori_organisasi == "Sangat Tinggi"
    )
    spbe = next(i for i in result.indikator if i.indikator.kode == "IK-06")
    assert (persen(spbe.capaian.value), spbe.predikat, spbe.kategori, spbe.predikat_nilai) == (
        "93,00%",
        "Tidak Tercapai",
        "Sangat Tinggi",
        "Baik",
    )
    assert spbe.sumber_target == "Renstra 2022"
    assert [i.indikator.kode for i in result.iku_instansi] == ["IK-06"]


def test_mean_leaves_out_unmeasured_and_says_so():
    figure = rata_rata(
        [("a", f(100), None), ("b", f(None), None)],
        False,
        "capaian.sasaran",
        "capaian.sasaran-tertimbang",
        "indikator",
    )
    assert figure.value == 100 and figure.note.startswith("1 dari 2 indikator")


def test_weighted_mean():
    figure = rata_rata(
        [("a", f(100), D(3)), ("b", f(80), D(1))],
        True,
        "capaian.sasaran",
        "capaian.sasaran-tertimbang",
        "indikator",
    )
    assert figure.value == 95 and figure.rule == "capaian.sasaran-tertimbang"


def test_program_indicators_achieved_respect_polarity():
    result = computed(SUKAMAJU)
    assert persen(result.indikator_program_tercapai.value) == "66,67%"
    minimize = next(i for i in result.indikator if i.indikator.kode == "IK-05")
    assert minimize.tercapai is True and minimize.realisasi < minimize.target.low


def test_trend_in_points_and_relative_and_polarity_aware():
    result = computed(SUKAMAJU)
    by_kode = {i.indikator.kode: i for i in result.indikator}
    ik02 = by_kode["IK-02"].tren
    assert (
        ik02.tahun_lalu == 2023 and ik02.selisih.value == 9 and ik02.selisih.note == "dalam poin persentase"
    )
    assert angka(ik02.relatif.value, 2) == "10,47" and ik02.membaik is True
    ik05 = by_kode["IK-05"].tren
    assert ik05.selisih.value == D("-0.7") and ik05.membaik is True  # fewer days is better
    assert len(by_kode["IK-01"].riwayat) == 5 and by_kode["IK-01"].riwayat[0].tahun == 2019


def test_renstra_progress_and_national_standard():
    result = computed(SUKAMAJU)
    by_kode = {i.indikator.kode: i for i in result.indikator}
    assert persen(by_kode["IK-02"].renstra.value) == "95,00%"  # 95 of the 2026 target 100
    assert by_kode["IK-05"].standar.memenuhi is True and by_kode["IK-05"].standar.selisih.value == D("-2.5")
    assert by_kode["IK-01"].standar.selisih.value == D("0.35")


def _anggaran(serapan: str) -> Anggaran:
    return Anggaran(D(100), D(serapan), f(serapan), f(0), f(100))


@pytest.mark.parametrize(
    ("method", "capaian", "serapan", "label"),
    [
        ("selisih", "106.78", "98.08", "Efisien"),
        ("selisih", "100", "97", "Cukup efisien"),
        ("selisih", "80", "99", "Tidak efisien"),
        ("sisa", "100", "96", "Efisien"),
        ("sisa", "90", "80", "Tidak efisien"),
        ("rasio", "100", "90", "Efisien"),
        ("rasio", "80", "90", "Tidak efisien"),
    ],
)
def test_efficiency_methods(method, capaian, serapan, label):
    result = efisiensi(f(capaian), _anggaran(serapan), dataclasses.replace(P, metode_efisiensi=method))
    assert result.label == label and result.nilai.rule == f"efisiensi.{method}"


@pytest.mark.parametrize("method", ["selisih", "rasio"])
def test_never_efficient_when_the_target_was_missed(method):
    # 95% reached on 80% spent: the money left is no efficiency, the target was not met
    result = efisiensi(f("95"), _anggaran("80"), dataclasses.replace(P, metode_efisiensi=method))
    assert result.label == "Cukup efisien" and "target belum tercapai" in result.nilai.note
    reached = efisiensi(f("100"), _anggaran("80"), dataclasses.replace(P, metode_efisiensi=method))
    assert reached.label == "Efisien"


def test_the_difference_is_that_of_the_printed_operands():
    # Jambi SS-01: capaian 101,53% and serapan 99,12% are printed; their difference is 2,41 poin
    # (the unrounded 101,5263… − 99,1219… = 2,4044… would print 2,40)
    ss01 = computed(JAMBI).sasaran[0]
    assert persen(ss01.capaian.value) == "101,53%" and persen(ss01.anggaran.serapan.value) == "99,12%"
    assert ss01.efisiensi.nilai.value == D("2.41")


def test_the_overall_judgement_explains_the_sasaran_ones():
    from lkj.render.views import efisiensi_sasaran

    hasil = computed(JAMBI)
    assert hasil.efisiensi.label == "Efisien"
    said = efisiensi_sasaran(hasil.efisiensi, (s.efisiensi for s in hasil.sasaran))
    assert said == "4 sasaran cukup efisien dan 1 sasaran efisien"
    assert efisiensi_sasaran(hasil.efisiensi, [hasil.efisiensi]) is None


def test_seed_efficiency_selisih_is_8_70_points():
    result = computed(JAMBI)
    assert angka(result.efisiensi.nilai.value, 2) == "8,70" and result.efisiensi.label == "Efisien"


def test_pmk_efficiency_value_on_the_fictional_set():
    dataset = read_folder(SUKAMAJU).dataset
    instansi = dataclasses.replace(
        dataset.instansi, pengaturan=dataclasses.replace(dataset.instansi.pengaturan, metode_efisiensi="pmk")
    )
    result = compute(dataclasses.replace(dataset, instansi=instansi), settings_of(instansi))
    assert result.efisiensi.metode == "pmk" and 0 <= result.efisiensi.nilai.value <= 100


def test_spbe_weights_and_index():
    ref = spbe_reference()
    assert sum(i.bobot for i in ref.indicators) == 100 == sum(d.bobot for d in ref.domains)
    all_three = spbe_index({i.nomor: 3 for i in ref.indicators}, P)
    assert all_three.indeks.value == 3 and all_three.predikat == "Baik"
    result = computed(SUKAMAJU)
    assert result.spbe.indeks.value == D("3.135") == result.spbe.pemeriksa


@given(st.lists(st.integers(1, 5), min_size=47, max_size=47))
def test_spbe_index_equals_the_cross_check(levels):
    ref = spbe_reference()
    result = spbe_index({i.nomor: level for i, level in zip(ref.indicators, levels, strict=True)}, P)
    assert result.indeks.value == result.pemeriksa
    assert 1 <= result.indeks.value <= 5


def test_hitung_shows_the_figures_a_reviewer_checks(run):
    result = run("hitung", JAMBI)
    assert result.exit_code == 0
    for expected in (
        "101,53%",
        "132,35%",
        "106,78% (Sangat Tinggi)",
        "14.883.605.435",
        "14.597.171.260",
        "98,08%",
        "93,00%",
        "Tidak Tercapai",
        "+167.635.000 (seratus enam puluh tujuh juta",
    ):
        assert expected in result.output, expected


@pytest.mark.parametrize("folder", [SUKAMAJU, ROOT / "tests" / "data" / "arunika"])
def test_hitung_prints_each_difference_as_the_report_does(run, folder):
    """One rule for a difference beside its operands: the indicator's precision, the operands as printed
    (Arunika's KI Award: 91,375 against the standard 90 is 1,375, not 1,38; its earlier year 86,500)."""
    from lkj.render.views import indikator_view

    lines = {line.split()[0]: line for line in run("hitung", folder).output.splitlines() if line[:3] == "IK-"}
    checked = 0
    for i in computed(folder).indikator:
        view = indikator_view(i, None)
        row = lines[i.indikator.kode].split("vs")[-1]  # the analyses' row: after the trend
        if view.standar is not None:
            gap = view.standar.selisih.split()[0]
            signed = gap if view.standar.posisi != "di bawah" else f"-{gap}"
            assert (
                f"{signed} dari {view.standar.standar.split()[0].rstrip('%')}" in lines[i.indikator.kode]
            ), row
            checked += 1
        if view.tren is not None:
            change = view.tren.selisih.split()[0]
            signed = change if view.tren.arah != "turun" else f"-{change}"
            assert (
                f"{signed} ({'-' if view.tren.arah == 'turun' else ''}{view.tren.relatif})"
                in (lines[i.indikator.kode])
            )
    assert checked >= 3
    if folder != SUKAMAJU:
        assert "1,375 dari 90 " in lines["IK-05"] and "4,875 (5,64%) vs 2024" in lines["IK-05"]


def test_hitung_rinci_names_the_cells(run):
    result = run("hitung", SUKAMAJU, "--rinci")
    assert "Realisasi 2,5 [03-informasi-publik.xlsx › Capaian Indikator!F5]" in result.output
    assert "(Target − (Realisasi − Target)) ÷ Target × 100%" in result.output


def test_hitung_refuses_a_folder_with_errors(run, jambi_copy):
    from tests.helpers import edit_cells

    edit_cells(jambi_copy / "01-sekretariat.xlsx", "Sub Kegiatan", {"G4": "abc"})
    result = run("hitung", jambi_copy)
    assert result.exit_code == 1 and "G4" in result.output


def test_pmk_output_based_efficiency_by_hand():
    # one output: planned Rp100 for 10 units (Rp10 each), Rp81 spent for 9 units (Rp9 each):
    # E = 1 − 9/10 = 10%, nilai = 50% + 10/20 × 50% = 75%: efficient, when its sasaran reached its target
    from lkj.compute.results import KegiatanHasil, ProgramHasil, SubKegiatanHasil, UkuranHasil
    from lkj.model import Program, SubKegiatan, Target, Ukuran

    u = Ukuran("Dokumen", Target(D(10), D(10)), "Dokumen", D(9))
    sub = SubKegiatan("1.01.01.2.01.0001", "1.01.01.2.01", "Sub", (u,), D(100), D(81), D(100), None, None)
    money = Anggaran(D(100), D(81), f(81), f(19), f(100))
    program = ProgramHasil(
        Program("1.01.01", "Program", None, (), "Sekretariat"),
        (),
        money,
        (KegiatanHasil(None, (), money, (SubKegiatanHasil(sub, (UkuranHasil(u, f(90), False),), money),)),),
    )
    pmk = dataclasses.replace(P, metode_efisiensi="pmk")
    reached = efisiensi(f(100), money, pmk, [program])
    assert reached.nilai.value == 75 and reached.label == "Efisien"
    missed = efisiensi(f(90), money, pmk, [program])  # the same spending, the sasaran's target missed
    assert missed.nilai.value == 75 and missed.label == "Cukup efisien"


def test_a_trend_is_told_from_the_figures_as_printed():
    # this year 2,785 and last year 1,684 print as typed, so the change printed beside them is their exact
    # difference 1,101 poin (never padded or rounded), and relative to 1,684 it is 65,38%
    from lkj.compute.results import Tren
    from lkj.render.views import _tren

    ik01 = next(i for i in computed(SUKAMAJU).indikator if i.indikator.kode == "IK-01")
    tren = Tren(2023, D("1.684"), f(D("1.101")), f(D("65.380")), True)
    view = _tren(dataclasses.replace(ik01, realisasi=D("2.785"), tren=tren))
    assert view.realisasi_lalu == "1,684" and view.selisih == "1,101 poin" and view.relatif == "65,38%"
