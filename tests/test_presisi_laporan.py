"""Figures print as typed from the cell through compute to every table and sentence: an indicator's
figures each keep the decimals they were typed with, none padded because another figure of the indicator
has more, and nothing typed is rounded away (lkj.compute.presisi). Computed percentages keep two decimals."""

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
from tests.conftest import ARUNIKA, JAMBI, SUKAMAJU, build
from tests.helpers import edit_cells

TYPED = st.decimals(min_value=D("-1e6"), max_value=D("1e6"), places=4, allow_nan=False, allow_infinity=False)
TYPED_2 = st.decimals(min_value=D("0"), max_value=D("1e4"), places=2, allow_nan=False, allow_infinity=False)


def test_the_decimals_typed_are_the_value_s_own():
    assert [desimal(D(x)) for x in ("3.40", "3", "89.75", "0.500", "1E+2")] == [2, 0, 2, 3, 0]
    assert bersama([D("90"), D("92.5"), None]) == 1


@settings(max_examples=60, deadline=None)
@given(TYPED | TYPED_2, st.sampled_from(["%", "Indeks", "Dokumen", ""]))
def test_a_typed_figure_prints_with_exactly_the_decimals_typed(value, satuan):
    """A figure reads back as the very value typed, with neither a decimal lost nor one padded on."""
    text = nilai(value, satuan)
    number = text.removesuffix("%").removesuffix(f" {satuan}") if satuan else text
    assert parse_number(number) == value
    shown = number.split(",")[1] if "," in number else ""
    assert len(shown) == desimal(value)


def test_a_target_prints_as_typed_beside_a_finer_realisation():
    # Arunika's KI Award: targets typed 60 … 85 beside realisations typed 86,500 and 91,375 stay 60 … 85
    assert target_nilai(Target(D("90"), D("90"), "Kabupaten Informatif"), "Nilai") == "Kabupaten Informatif"
    assert target_nilai(Target.single(D("60")), "Nilai") == "60"
    assert target_nilai(Target.single(D("95.00")), "%") == "95,00%"
    assert target_nilai(Target(D("60"), D("80.5")), "%") == "60–80,5%"
    assert nilai(D("91.375"), "Nilai") == "91,375"


def _year(folder):
    read = read_folder(folder)
    return compute(read.dataset, read.settings)


def test_each_figure_prints_as_typed_everywhere_it_is_shown(sukamaju_copy, tmp_path):
    """IK-04's Renstra figures typed 89,75 and 92,04 keep their two decimals and its integer targets stay
    integers (no 85,00); IK-01's target 3,40 typed as text stays 3,40 in Tabel 2.2."""
    instansi = sukamaju_copy / "00-instansi.xlsx"
    # Target Renstra rows 4.. are IK-01 2019..2026, then IK-02 …; IK-04 starts at row 4 + 3 × 8 = 28
    edit_cells(instansi, "Target Renstra", {"C9": "3,40", "D31": "89,75", "D32": "92,04", "C33": 90})
    text = dump(build(sukamaju_copy, tmp_path / "lkj.docx")).replace(" Nilai", "")
    assert "| 2022 | 85 | 89,75 |" in text
    assert "| 2023 | 88 | 92,04 |" in text
    assert "89,8" not in text and "92,0 " not in text and "85,00" not in text
    assert "| 3,40 |" in text  # Tabel 2.2, IK-01 in the report year
    assert "| 2025 | 2026 |" in text  # the whole Renstra period, past the report year


def test_one_indicator_s_target_reads_the_same_in_every_table_and_sentence(tmp_path):
    """Arunika: the KI Award targets typed 60 … 85 and the standard 90 never read 60,000 / 90,000 beside
    the realisation typed 91,375; the target typed 95,00 reads 95,00% in Tabel 2.2, Tabel 3.x and the
    text alike; the difference 91,375 − 86,500 is exact (4,875 poin)."""
    text = dump(build(ARUNIKA, tmp_path / "lkj.docx"))
    for padded in ("60,000", "70,000", "80,000", "85,000", "90,000", "95,000"):
        assert padded not in text
    assert "ditargetkan 95,00% (PK 2025)" in text and "| 2025 | 95,00% | 96,125% |" in text
    assert "| 2024 | 85 | 86,500 | 100,00% |" in text
    assert "naik 4,875 poin dibanding realisasi tahun 2024 sebesar 86,500" in text
    assert "standar nasional sebesar 90 dengan selisih 1,375 poin" in text


def test_a_column_of_targets_follows_one_rule_in_the_seed(tmp_path):
    """Jambi Tabel 3.3: both targets were typed 80; one beside a realisation typed 81,22 no longer reads
    80,00% while the other reads 80%."""
    text = dump(build(JAMBI, tmp_path / "lkj.docx"))
    assert "| 80% | 81,22% | 101,53% |" in text and "| 80% | 80% | 100,00% |" in text
    assert "| 80,00% |" not in text


def test_the_whole_renstra_period_is_shown():
    hasil = _year(SUKAMAJU)
    ik01 = next(i for i in hasil.indikator if i.indikator.kode == "IK-01")
    assert [y for y, _ in ik01.renstra_tahunan] == list(range(2019, 2027))


def test_program_indicators_keep_their_decimals(sukamaju_copy):
    from lkj.render.views import program_view

    hasil = _year(sukamaju_copy)
    program = next(p for p in hasil.belanja.program if any(u.ukuran.realisasi is not None for u in p.ukuran))
    u = next(u for u in program.ukuran if u.ukuran.realisasi is not None)
    row = next(r for r in program_view(program).indikator if r[0] == (u.ukuran.indikator or ""))
    assert row[2] == nilai(u.ukuran.realisasi, u.ukuran.satuan or "")
    assert len((row[2] or "").split(" ")[0].rstrip("%").partition(",")[2]) == desimal(u.ukuran.realisasi)
