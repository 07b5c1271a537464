"""Capaian by polarity, ranges, conversion tables, missing data and bounds (C1–C6, C18)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj.compute.capaian import Konversi, capaian, luar_tabel, maximize, minimize
from lkj.indonesian import persen
from lkj.model import KonversiRow, Target
from lkj.read.settings import default_settings

P = default_settings()
TABEL = dataclasses.replace(P, konversi="tabel")  # Pengaturan: the table's value of the realisation


def t(low, high=None) -> Target:
    return Target(D(str(low)), D(str(high if high is not None else low)))


def pct(figure) -> str:
    return persen(figure.value)


def test_seed_spbe_index_93_percent_not_achieved_but_very_high():
    figure = capaian(t("3.0"), D("2.79"), "max", P)
    assert pct(figure) == "93,00%"
    assert P.predikat.label(figure.value) == "Tidak Tercapai"
    assert P.kategori.label(figure.value) == "Sangat Tinggi"
    assert figure.rule == "capaian.maksimal"


def test_seed_statistik_132_35():
    assert pct(capaian(t(40), D("52.94"), "max", P)) == "132,35%"


def test_minimize_formula_and_its_worked_example():
    assert minimize(D(12), D(10)) == D(80)  # (10 − (12 − 10)) / 10
    figure = capaian(t(3), D("2.5"), "min", P)
    assert pct(figure) == "116,67%" and figure.rule == "capaian.minimal"


def test_minimize_beyond_twice_the_target_is_floored_at_zero_and_says_so():
    figure = capaian(t(10), D(25), "min", P)
    assert figure.value == 0 and "dinaikkan ke batas bawah 0%" in figure.note
    unbounded = dataclasses.replace(P, batas_bawah=None)
    assert capaian(t(10), D(25), "min", unbounded).value == D(-50)


def test_minimize_with_target_zero():
    assert capaian(t(0), D(0), "min", P).value == 100
    over = capaian(t(0), D(3), "min", P)
    assert over.value == 0 and "target 0" in over.note


def test_maximize_with_target_zero_is_not_computable():
    figure = capaian(t(0), D(5), "max", P)
    assert figure.value is None and "targetnya 0" in figure.note
    assert capaian(t(0), D(0), "max", P).value == 100


@pytest.mark.parametrize(
    ("target", "realisasi", "polaritas", "expected"),
    [
        ((80, 90), 70, "max", "87,50%"),  # below the range: lower bound
        ((80, 90), 92, "max", "102,22%"),  # the source's own example prints 113%: 92/90 is 102,22%
        ((80, 90), 85, "max", "100,00%"),
        ((7, 8), "6.5", "min", "107,14%"),
        ((7, 8), 9, "min", "87,50%"),
        ((60, 80), 85, "range", "93,75%"),  # stabilize: above the band
        ((60, 80), 45, "range", "75,00%"),  # below the band
        ((60, 80), 70, "range", "100,00%"),
        ((50, 50), 50, "range", "100,00%"),
    ],
)
def test_range_and_stabilize_targets(target, realisasi, polaritas, expected):
    assert pct(capaian(t(*target), D(str(realisasi)), polaritas, P)) == expected


KI = Konversi(
    "KI Award",
    tuple(
        KonversiRow("KI Award", D(low), incl, D(high), None, D(value), None)
        for low, incl, high, value in (
            (90, True, 92, 80),
            (92, False, 94, 85),
            (94, False, 96, 90),
            (96, False, 98, 95),
            (98, False, 100, 100),
        )
    ),
)


@pytest.mark.parametrize(
    ("score", "expected"), [("90", 80), ("92", 80), ("92.01", 85), ("98", 95), ("98.01", 100), ("100", 100)]
)
def test_ki_award_conversion_table(score, expected):
    figure = capaian(t(90), D(score), "max", TABEL, konversi=KI)
    assert figure.value == expected and figure.rule == "capaian.konversi-tabel"


def test_ki_award_both_converted_by_default():
    # the Jember decree: 93,5 is 85%, the target 90 is 80%; one scale, so 85 ÷ 80 = 106,25%
    assert P.konversi == "keduanya"
    figure = capaian(t(90), D("93.5"), "max", P, konversi=KI)
    assert pct(figure) == "106,25%" and figure.rule == "capaian.konversi"
    assert [i.value for i in figure.inputs if i.label.startswith("Nilai tabel")] == [D(85), D(80)]
    assert "menjadi 85% dan 80%" in figure.note
    # a score in the target's own band reaches it exactly; one band below does not
    assert pct(capaian(t(90), D("91"), "max", P, konversi=KI)) == "100,00%"
    assert pct(capaian(t(94), D("93"), "max", P, konversi=KI)) == "100,00%"  # 92–94 band of 94: 85%
    assert pct(capaian(t(96), D("93"), "max", P, konversi=KI)) == "94,44%"  # 85 ÷ 90


def test_ki_award_scores_compared_as_they_are():
    skor = dataclasses.replace(P, konversi="skor")
    figure = capaian(t(90), D("93.5"), "max", skor, konversi=KI)
    assert pct(figure) == "103,89%" and figure.rule == "capaian.maksimal"


def test_a_target_score_outside_the_table_is_reported():
    figure = capaian(t(85), D("93.5"), "max", P, konversi=KI)
    assert figure.value is None and "nilai 85 berada di luar tabel konversi 'KI Award'" in figure.note


def test_score_below_the_table_is_reported_not_guessed():
    figure = capaian(t(90), D("89.99"), "max", TABEL, konversi=KI)
    assert figure.value is None
    assert "di luar tabel konversi 'KI Award'" in figure.note and "mulai dari nilai 90" in figure.note


def test_a_year_whose_figures_lie_outside_the_table_names_them():
    # Sukamaju 2023: target 88 (below the table), realisasi 91,2 (its 90–92 band); 2022: 85 and 88,6
    below = luar_tabel(t(88), D("91.2"), P, KI)
    assert below is not None and (below.tabel, below.nilai, below.keduanya, below.cakupan) == (
        "KI Award",
        ("target",),
        True,
        "90 sampai 100",
    )
    assert luar_tabel(t(85), D("88.6"), P, KI).nilai == ("realisasi", "target")
    assert luar_tabel(t(96), D("101"), P, KI).nilai == ("realisasi",)  # above the table too
    # the table's value of the realisation: the target is not converted, 91,2 has a value
    assert luar_tabel(t(88), D("91.2"), TABEL, KI) is None
    assert luar_tabel(t(88), D("88.6"), TABEL, KI).nilai == ("realisasi",)
    # inside the table, scores compared as they are, no realisation, no table: the table is not why
    assert luar_tabel(t(90), D("93.5"), P, KI) is None
    assert luar_tabel(t(88), D("91.2"), dataclasses.replace(P, konversi="skor"), KI) is None
    assert luar_tabel(t(88), None, P, KI) is None and luar_tabel(t(88), D(91), P, None) is None


# An open band below the table and one above it, the upper bound of the first left out of it
OPEN = Konversi(
    "KI Award",
    (
        KonversiRow("KI Award", None, None, D(90), False, D(60), "Belum Informatif"),
        KonversiRow("KI Award", D(90), True, D(98), True, D(80), "Informatif"),
        KonversiRow("KI Award", D(98), False, None, None, D(100), "Informatif"),
    ),
)


@pytest.mark.parametrize(
    ("score", "expected", "band"),
    [
        ("0", 60, "< 90"),
        ("89.99", 60, "< 90"),
        ("90", 80, "90–98"),
        ("98", 80, "90–98"),
        ("98.01", 100, "> 98"),
        ("1000", 100, "> 98"),
    ],
)
def test_open_bands_take_every_score_on_their_open_side(score, expected, band):
    figure = capaian(t(90), D(score), "max", TABEL, konversi=OPEN)
    assert figure.value == expected and f"masuk rentang {band} pada tabel 'KI Award'" in figure.note
    assert OPEN.lowest is None  # nothing falls below a table open below
    assert OPEN.cakupan == "semua nilai"


def test_no_realisation_is_no_data_never_zero():
    figure = capaian(t(80), None, "max", P)
    assert figure.value is None and figure.rule == "capaian.belum-ada-data"
    assert figure.note == "data realisasi belum tersedia"


def test_no_target():
    figure = capaian(None, D(5), "max", P)
    assert figure.value is None and figure.rule == "capaian.tanpa-target"


def test_optional_cap():
    capped = capaian(t(40), D("52.94"), "max", dataclasses.replace(P, batas_atas=D(120)))
    assert capped.value == 120 and "dibatasi pada batas atas 120%" in capped.note


positive = st.decimals(
    min_value=D("0.01"), max_value=D("1e9"), places=2, allow_nan=False, allow_infinity=False
)


@given(positive)
def test_minimize_and_maximize_agree_when_the_target_is_met_exactly(value):
    assert maximize(value, value) == minimize(value, value) == 100
    assert capaian(Target(value, value), value, "range", P).value == 100


@given(positive, positive)
def test_capaian_is_monotonic_in_the_right_direction(target, realisasi):
    bigger = realisasi + 1
    assert maximize(bigger, target) > maximize(realisasi, target)
    assert minimize(bigger, target) < minimize(realisasi, target)


@given(positive, positive)
def test_floor_holds_for_every_minimize_result(target, realisasi):
    figure = capaian(Target(target, target), realisasi, "min", P)
    assert figure.value is not None and figure.value >= 0
