"""A figure keeps the decimals it was typed with: those of the value and those only its cell's number
format shows (Excel stores a typed 3,40 as the number 3.4 with the format 0.00)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj.contract import WORKBOOKS
from lkj.model import Target
from lkj.read import read_folder
from lkj.read.files import Candidate
from lkj.read.workbook import read_workbook
from lkj.read.xlsxscan import format_places
from lkj.xlsx.fill import fill_workbook
from tests.conftest import SUKAMAJU


@pytest.mark.parametrize(
    ("code", "places"),
    [
        ("General", 0),
        ("0", 0),
        ("0.00", 2),
        ("#,##0.000", 3),
        ("0.0#", 1),  # '#' is a digit shown only when there is one
        ("0.00%", 2),
        ('"Rp"#,##0.00', 2),
        ("0.00_);(0.00)", 2),
        ("[Red]0.0", 1),
        ('0" ton"', 0),
        ('0.00" ton"', 2),
        ("0\\.0", 0),  # an escaped point is shown literally
        ("dd/mm/yyyy", 0),
        ("@", 0),
        ("0." + "0" * 30, 9),  # no more than a number is read to
    ],
)
def test_the_decimals_a_number_format_shows(code, places):
    assert format_places(code) == places


def _typed(path: Path, sheet: str, cells: dict[str, tuple[object, str]]) -> None:
    """Type values into cells and give each a number format, as staff do in Excel."""
    wb = openpyxl.load_workbook(path)
    for ref, (value, number_format) in cells.items():
        wb[sheet][ref] = value
        wb[sheet][ref].number_format = number_format
    wb.save(path)


def test_decimals_of_the_format_are_kept_for_numbers_and_targets(sukamaju_copy):
    instansi = sukamaju_copy / "00-instansi.xlsx"
    # Target Renstra row 4 is IK-01 2019: target C, realisasi D; row 9 is IK-01 2024 (no realisasi)
    _typed(instansi, "Target Renstra", {"C4": (3, "0.00"), "D4": (2.95, "0.000"), "C9": (3.4, "0.00")})
    # Indikator row 7 is IK-04: baseline O, standar nasional Q
    _typed(instansi, "Indikator", {"O7": (95.5, "#,##0.00"), "Q7": (90, "General")})
    _typed(instansi, "Pengaturan", {"B5": (5, "0.0")})  # ambang efisiensi, a form's number
    data = read_folder(sukamaju_copy)
    assert data.findings == ()
    renstra = data.dataset.instansi.target_renstra
    assert str(renstra[0].target.low) == "3.00" and renstra[0].target == Target(D("3.00"), D("3.00"))
    assert str(renstra[0].realisasi) == "2.950" and str(renstra[5].target.high) == "3.40"
    ki = data.dataset.instansi.indikator[3]
    assert str(ki.baseline) == "95.50" and str(ki.standar_nasional) == "90"
    assert str(data.dataset.instansi.pengaturan.ambang_efisiensi) == "5.0"


def test_text_keeps_its_decimals_and_percent_formats_theirs(sukamaju_copy):
    instansi = sukamaju_copy / "00-instansi.xlsx"
    _typed(instansi, "Target Renstra", {"D4": ("3,00", "@"), "D5": (0.5, "0.00%"), "C6": ("80,0-90,00", "@")})
    renstra = read_folder(sukamaju_copy).dataset.instansi.target_renstra
    assert str(renstra[0].realisasi) == "3.00" and str(renstra[1].realisasi) == "50.00"
    assert (str(renstra[2].target.low), str(renstra[2].target.high)) == ("80.0", "90.00")


def test_money_and_percentages_are_not_given_the_format_s_decimals(sukamaju_copy):
    bidang = sukamaju_copy / "01-sekretariat.xlsx"
    _typed(bidang, "Sub Kegiatan", {"G4": (85000000, "#,##0.00"), "J4": (100, "0.00")})
    sub = read_folder(sukamaju_copy).dataset.bidang[0].sub_kegiatan[0]
    assert str(sub.pagu) == "85000000" and str(sub.fisik) == "100"


def test_the_template_leaves_number_columns_general(tmp_path):
    """A format's decimals are the typed precision; the template must not give any."""
    path = tmp_path / "bidang.xlsx"
    fill_workbook(WORKBOOKS["bidang"], {}, path)
    wb = openpyxl.load_workbook(path)
    assert wb["Sub Kegiatan"].column_dimensions["J"].number_format == "General"  # fisik
    assert wb["Capaian Indikator"].column_dimensions["F"].number_format == "General"  # realisasi


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.decimals(min_value=D("-1e6"), max_value=D("1e6"), places=4, allow_nan=False, allow_infinity=False)
        | st.decimals(min_value=D("0"), max_value=D("1e4"), places=2, allow_nan=False, allow_infinity=False),
        min_size=1,
        max_size=12,
    )
)
def test_nothing_typed_is_rounded_away(tmp_path_factory, values):
    """What the samples and the test corpus write (a Decimal and its decimals, lkj.xlsx.fill) reads back
    as written: the same value, with the same decimals."""
    path = tmp_path_factory.mktemp("presisi") / "instansi.xlsx"
    rows = [{"indikator": "IK-01", "tahun": 2000 + n, "realisasi": value} for n, value in enumerate(values)]
    fill_workbook(WORKBOOKS["instansi"], {"target_renstra": rows}, path)
    read, findings = read_workbook(Candidate(path, path.name))
    assert findings == []
    got = [r.values["realisasi"] for r in read.sheets["target_renstra"].records]
    assert got == values
    assert [_places(v) for v in got] == [_places(v) for v in values]


def _places(value: D) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def test_the_samples_read_as_they_were_typed():
    renstra = read_folder(SUKAMAJU).dataset.instansi.target_renstra
    assert str(next(t for t in renstra if t.indikator == "IK-01" and t.tahun == 2020).realisasi) == "2.10"
