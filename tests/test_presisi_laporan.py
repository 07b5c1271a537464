"""Figures print as typed from the cell through compute to every table and sentence: an indicator's
figures share one precision, the most decimals any of them was typed with, and nothing typed is rounded
away (lkj.compute.presisi). Computed percentages keep two decimals."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from lkj.compute import compute
from lkj.compute.presisi import bersama, desimal
from lkj.diff.dump import dump
from lkj.model import Target
from lkj.read import read_folder
from lkj.read.values import parse_number
from lkj.render.views import nilai, target_nilai
from tests.conftest import SUKAMAJU, build
from tests.helpers import edit_cells

TYPED = st.decimals(min_value=D("-1e6"), max_value=D("1e6"), places=4, allow_nan=False, allow_infinity=False)
TYPED_2 = st.decimals(min_value=D("0"), max_value=D("1e4"), places=2, allow_nan=False, allow_infinity=False)


def test_the_decimals_typed_are_the_value_s_own():
    assert [desimal(D(x)) for x in ("3.40", "3", "89.75", "0.500", "1E+2")] == [2, 0, 2, 3, 0]
    assert bersama([D("2.79")], [Target.single(D("3"))]) == 2
    assert bersama([], [Target(D("60"), D("80.5"))]) == 1
    assert bersama([None], [Target(D("90"), D("90"), "Kabupaten Informatif")]) == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(TYPED | TYPED_2, min_size=1, max_size=8), st.sampled_from(["%", "Indeks", "Dokumen", ""]))
def test_nothing_typed_is_rounded_away_when_shown_together(values, satuan):
    """Each figure of an indicator, printed with the indicator's one precision, reads back as the very value
    typed (no decimal lost) and shows at least the decimals it was typed with."""
    places = bersama(values)
    for value in values:
        text = nilai(value, satuan, places)
        number = text.removesuffix("%").removesuffix(f" {satuan}") if satuan else text
        assert parse_number(number) == value
        shown = number.split(",")[1] if "," in number else ""
        assert len(shown) == places >= desimal(value)


def test_a_kategori_target_is_shown_as_typed():
    target = Target(D("90"), D("90"), "Kabupaten Informatif")
    assert target_nilai(target, "Nilai", 2) == "Kabupaten Informatif"
    assert target_nilai(Target.single(D("3")), "Indeks", 2) == "3,00"
    assert target_nilai(Target(D("60"), D("80.5")), "%", 1) == "60,0–80,5%"


def _year(folder):
    read = read_folder(folder)
    return compute(read.dataset, read.settings)


def test_one_precision_per_indicator_everywhere_it_is_shown(sukamaju_copy, tmp_path):
    """IK-04's Renstra figures typed 89,75 and 92,04 (two decimals) make every IK-04 figure print with two;
    IK-01's target 3,40 typed as text stays 3,40, and the SPBE index's target 3 stands as 3,00."""
    instansi = sukamaju_copy / "00-instansi.xlsx"
    # Target Renstra rows 4.. are IK-01 2019..2026, then IK-02 …; IK-04 starts at row 4 + 3 × 8 = 28
    edit_cells(instansi, "Target Renstra", {"C9": "3,40", "D31": "89,75", "D32": "92,04", "C33": 90})
    hasil = _year(sukamaju_copy)
    ik01, ik04 = (next(i for i in hasil.indikator if i.indikator.kode == k) for k in ("IK-01", "IK-04"))
    assert ik04.desimal == 2 and ik01.desimal == 2
    text = dump(build(sukamaju_copy, tmp_path / "lkj.docx"))
    assert "| 2022 | 85,00 | 89,75 |" in text.replace(" Nilai", "")
    assert "| 2023 | 88,00 | 92,04 |" in text.replace(" Nilai", "")
    assert "89,8" not in text and "92,0 " not in text
    assert "| 3,40 |" in text  # Tabel 2.2, IK-01 in the report year
    assert "| 2025 | 2026 |" in text  # the whole Renstra period, past the report year


def test_the_whole_renstra_period_is_shown():
    hasil = _year(SUKAMAJU)
    ik01 = next(i for i in hasil.indikator if i.indikator.kode == "IK-01")
    assert [y for y, _ in ik01.renstra_tahunan] == list(range(2019, 2027))


def test_program_indicators_keep_their_decimals(sukamaju_copy):
    hasil = _year(sukamaju_copy)
    u = next(u for p in hasil.belanja.program for u in p.ukuran if u.ukuran.realisasi is not None)
    assert u.desimal == bersama([u.ukuran.realisasi], [u.ukuran.target])
