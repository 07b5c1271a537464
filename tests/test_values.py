"""What staff type is read as what they mean; what cannot be read says why."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj.contract import WORKBOOKS
from lkj.contract.kinds import NUMBER_LIMIT
from lkj.indonesian import angka
from lkj.model import Source, Target
from lkj.read import values as v
from lkj.read.cells import NOT_FAST, CellContext, fast_reader, read_cell


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1.500.000", D(1500000)),
        ("Rp 2.500.000,00", D("2500000.00")),
        ("Rp. 15.247.484.665,-", D(15247484665)),
        ("98,5%", D("98.5")),
        ("98.5", D("98.5")),
        ("6,199,463,343", D(6199463343)),  # US grouping (seed T-15)
        ("4.211,399,596,00", D("4211399596.00")),  # mixed separators (seed T-08)
        ("13.895.587.102 ,00", D("13895587102.00")),  # stray space (seed T-09)
        ("  52,94 ", D("52.94")),
        ("1.234.567,89", D("1234567.89")),
        ("1,234,567.89", D("1234567.89")),
        ("0.500", D("0.500")),
        ("-5", D(-5)),
        ("2.79", D("2.79")),
        (1500000.0, D(1500000)),
        (81.22000000000001, D("81.22")),
        (7, D(7)),
    ],
)
def test_numbers_as_typed(typed, expected):
    assert v.parse_decimal(typed)[0] == expected


@pytest.mark.parametrize("typed", ["abc", "12 Laporan", "1.2.3,4.5", "#DIV/0!", "", "Rp", True, "12.34.567"])
def test_unreadable_numbers_say_why(typed):
    with pytest.raises(v.Unreadable) as caught:
        v.parse_decimal(typed)
    assert str(caught.value)


@pytest.mark.parametrize("typed", ["-", " - ", "--", "\u2013", "\u2014"])
def test_a_dash_for_nothing_is_told_to_be_left_empty_or_zero(typed):
    with pytest.raises(v.Unreadable, match="kosongkan sel ini; bila nilainya nol, ketik 0"):
        v.parse_decimal(typed)
    assert v.parse_decimal("-5")[0] == D(-5) and v.parse_money("1.500.000,-") == D(1500000)


def test_percent_styled_cells_are_scaled():
    assert v.parse_number(0.985, percent_style=True) == D("98.5")
    assert v.parse_number("98,5%", percent_style=True) == D("98.5")


def test_money_refuses_percentages_and_fractions_of_sen():
    assert v.parse_money("Rp 1.500.000") == D(1500000)
    with pytest.raises(v.Unreadable):
        v.parse_money("12%")
    with pytest.raises(v.Unreadable):
        v.parse_money("10,5555")


@pytest.mark.parametrize(
    ("typed", "low", "high"),
    [
        ("80-90", "80", "90"),
        ("80 – 90", "80", "90"),
        ("7 s.d. 8", "7", "8"),
        ("7 s/d 8", "7", "8"),
        ("60% sampai 80%", "60", "80"),
        ("3,0", "3.0", "3.0"),
        (75, "75", "75"),
    ],
)
def test_targets_and_ranges(typed, low, high):
    assert v.parse_target(typed) == Target(D(low), D(high))


def test_reversed_range_is_refused():
    with pytest.raises(v.Unreadable):
        v.parse_target("90-80")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("17/08/2024", date(2024, 8, 17)),
        ("17 Agustus 2024", date(2024, 8, 17)),
        ("17 agu 2024", date(2024, 8, 17)),
        ("2024-08-17", date(2024, 8, 17)),
        (45521, date(2024, 8, 17)),
        (date(2024, 8, 17), date(2024, 8, 17)),
    ],
)
def test_dates(typed, expected):
    assert v.parse_date(typed) == expected


def test_impossible_date():
    with pytest.raises(v.Unreadable):
        v.parse_date("31/02/2024")


def test_text_keeps_lines_removes_controls():
    assert v.clean_text("  a  b \x0bc ") == ("a b\nc", False)
    assert v.clean_text("x\x01y") == ("xy", True)
    assert v.clean_text(2022.0) == ("2022", False)


def test_kode_loses_spaces():
    assert v.parse_kode(" 2.16.01 ") == "2.16.01"


decimals = st.decimals(
    min_value=D("-1e13"), max_value=D("1e13"), places=2, allow_nan=False, allow_infinity=False
)


@given(decimals)
def test_indonesian_format_parses_back(x):
    assert v.parse_decimal(angka(x, 2))[0] == x


@given(st.integers(min_value=0, max_value=NUMBER_LIMIT - 1))
def test_rupiah_parse_back_in_indonesian_and_us_grouping(n):
    assert v.parse_money(angka(n)) == n
    assert v.parse_money(f"{n:,}") == n
    assert v.parse_money(f"Rp{angka(n)},00") == n


@pytest.mark.parametrize("typed", [1e26, 10**15, "1.000.000.000.000.000.000,00"])
def test_rupiah_beyond_any_budget_is_a_typing_slip_not_a_crash(typed):
    with pytest.raises(v.Unreadable, match="triliun"):
        v.parse_money(typed)


def test_lone_comma_is_decimal_except_in_rupiah():
    assert v.parse_decimal("2,790")[0] == D("2.790")
    assert v.parse_money("154,050") == D(154050)


@given(st.text(max_size=40))
def test_any_text_either_parses_or_says_why(text):
    try:
        v.parse_decimal(text)
    except v.Unreadable as why:
        assert str(why)


def _every_column():
    return [c for spec in WORKBOOKS.values() for sheet in spec.sheets for c in getattr(sheet, "columns", ())]


@given(
    st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(min_value=-(10**6), max_value=10**15).map(float),
        st.text(max_size=70),
        st.sampled_from(["2.16.01", " a", "a  b", "Rp 1.000", "x\ty", "\u00e9t\u00e9", "a" * 1001]),
    )
)
def test_fast_readers_read_as_read_cell_does(raw):
    for column in _every_column():
        fast = fast_reader(column)(raw)
        if fast is not NOT_FAST:
            out: list = []
            assert fast == read_cell(raw, column, CellContext(Source("f", "s"), column.key), out)
            assert out == []
            assert type(fast) is type(read_cell(raw, column, CellContext(Source("f", "s"), column.key), []))


@pytest.mark.parametrize(
    ("raw", "quoted"),
    [
        (1e26, "100.000.000.000.000.000.000.000.000"),
        (1500.505, "1.500,505"),
        (-3, "-3"),
        (" 12 ribu ", "12 ribu"),
    ],
)
def test_messages_quote_numbers_as_staff_read_them(raw, quoted):
    assert v.shown(raw) == quoted


def test_an_out_of_range_number_is_quoted_in_indonesian():
    fisik = next(c for c in _every_column() if c.maximum == 100 and c.kind.name == "PERCENT")
    out: list = []
    assert read_cell(150.5, fisik, CellContext(Source("f", "s"), fisik.key), out) is None
    assert "berisi 150,5, padahal paling besar 100" in out[0].message


@pytest.mark.parametrize("typed", [1e30, 1e308, "1" + "0" * 400, "-1.000.000.000.000.000", 10**15])
def test_a_number_no_office_has_is_a_typing_slip_not_a_crash(typed):
    with pytest.raises(v.Unreadable, match=r"1\.000 triliun"):
        v.parse_number(typed)


@pytest.mark.parametrize("typed", ["NaN", "Infinity", "-inf", "1E+30", "1e-30", float("nan"), float("inf")])
def test_what_python_would_take_for_a_float_is_no_number_here(typed):
    with pytest.raises(v.Unreadable, match="bukan"):
        v.parse_number(typed)


def test_decimals_beyond_nine_are_rounded_away_as_excel_noise_is():
    assert v.parse_number("0,0000000001") == 0
    assert v.parse_number("33,33333333333") == D("33.333333333")
    assert v.parse_number(1e-30) == 0


def test_a_cell_shown_as_percent_is_bounded_after_scaling():
    with pytest.raises(v.Unreadable, match=r"1\.000 triliun"):
        v.parse_number(9e13, percent_style=True)
