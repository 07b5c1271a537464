"""Indonesian formats and terbilang."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj.indonesian import (
    angka,
    daftar,
    persen,
    rentang,
    romawi,
    rupiah,
    tahun_tahun,
    tanggal,
    terbilang,
    terbilang_bulat,
    terbilang_rupiah,
)


def test_numbers_percentages_money_dates():
    assert angka(D("1234567.891"), 2) == "1.234.567,89"
    assert angka(D("14883605435")) == "14.883.605.435"
    assert persen(D("98.0767")) == "98,08%"
    assert persen(D("98.075")) == "98,08%"  # half-up, as people round
    assert rupiah(D(167635000)) == "Rp167.635.000,00"
    assert rupiah(D(-1500), sen=False) == "-Rp1.500"
    assert tanggal(date(2024, 8, 17)) == "17 Agustus 2024"
    assert angka(D("-0.5"), 0) == "-1"
    assert romawi(4) == "IV"


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (15, "lima belas"),
        (100, "seratus"),
        (1000, "seribu"),
        (1001000, "satu juta seribu"),
        (2001000, "dua juta seribu"),
        (1001001000, "satu miliar satu juta seribu"),
        (1100000, "satu juta seratus ribu"),
        (10**12, "satu triliun"),
        (167635000, "seratus enam puluh tujuh juta enam ratus tiga puluh lima ribu"),
        (
            14883605435,
            "empat belas miliar delapan ratus delapan puluh tiga juta enam ratus lima ribu empat ratus tiga "
            "puluh lima",
        ),
        (
            999_999_999_999_999,
            "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan "
            "miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan "
            "ribu sembilan ratus sembilan puluh sembilan",
        ),
    ],
)
def test_terbilang(n, words):
    assert terbilang_bulat(n) == words


def test_terbilang_decimals_money_and_negatives():
    assert terbilang(D("2.79")) == "dua koma tujuh sembilan"
    assert terbilang_rupiah(D("1500.50")) == "seribu lima ratus rupiah lima puluh sen"
    assert terbilang_bulat(-5) == "minus lima"
    assert terbilang_rupiah(D("14883605435.00")).endswith("tiga puluh lima rupiah")  # never "koma nol"


@given(st.integers(min_value=0, max_value=10**15))
def test_terbilang_says_seribu_seratus_sepuluh_and_always_names_the_scale(n):
    words = terbilang_bulat(n)
    assert re.search(r"(^|juta |miliar |triliun )satu ribu", words) is None
    assert ((n // 1000) % 1000 == 1) == bool(re.search(r"(^| )seribu", words))
    assert "satu ratus" not in words and "satu puluh" not in words
    if 10**12 <= n < 10**15:
        assert "triliun" in words


def test_a_target_is_one_number_or_a_range():
    assert rentang(D(80), D(80)) == "80"
    assert rentang(D("80.5"), D(90)) == "80,5–90"


def test_figures_of_any_size_bounded_input_can_make_are_formatted():
    from decimal import Decimal

    from lkj.indonesian import persen, rupiah, terbilang_rupiah

    assert persen(Decimal("1e26") / 3) == "33.333.333.333.333.333.333.333.333,33%"
    assert rupiah(100 * 999_999_999_999_999) == "Rp99.999.999.999.999.900,00"
    assert terbilang_rupiah(10**20).startswith("seratus kuintiliun")


def test_a_list_and_years_in_a_sentence():
    assert [daftar(x) for x in ([], ["a"], ["a", "b"], ["a", "b", "c"])] == ["", "a", "a dan b", "a, b dan c"]
    assert daftar(["a", "b"], "serta") == "a serta b"
    assert tahun_tahun([2023, 2019, 2020, 2021, 2022]) == "2019–2023"
    assert tahun_tahun([2019, 2021, 2022, 2024, 2024]) == "2019, 2021–2022 dan 2024"
