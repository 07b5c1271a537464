"""Contradictions that a konsep may carry and a final report may not (issue 16), with the Jambi sample's
own cases: program vs PK targets (75 against 80), fisik 100% beside 2 of 37 units (5,41%), a program
indicator without realisasi, the PK budget against its sub kegiatan, a typed value of a computed IKU."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkj.findings import Finding, Severity
from lkj.indonesian import persen
from lkj.pipeline import check
from tests.conftest import JAMBI, computed
from tests.helpers import edit_cells

APL = "03-aplikasi-informatika.xlsx"
SEK = "01-sekretariat.xlsx"


@pytest.fixture(scope="module")
def jambi_findings() -> tuple[Finding, ...]:
    return tuple(check(JAMBI, year=True).findings)


def one(found: tuple[Finding, ...] | list[Finding], code: str, file: str, cell: str) -> Finding:
    hits = [f for f in found if f.code == code and f.file == file and f.cell == cell]
    assert len(hits) == 1, [(f.code, f.file, f.cell) for f in found if f.code == code]
    return hits[0]


def test_program_target_against_pk_names_both_cells_and_the_value_used(jambi_findings):
    f = one(jambi_findings, "cross.pk-target", APL, "G4")
    assert f.severity is Severity.WARNING and f.blocks_final and not f.gap
    assert "(75)" in f.message and "(80;" in f.message
    assert "PK Target!C14" in f.message  # the other cell
    assert "Laporan memakai 80 (target PK) untuk capaian IK-01, dan 75" in f.message


def test_fisik_full_beside_two_of_37_units(jambi_findings):
    f = one(jambi_findings, "fisik.volume", SEK, "J15")
    assert f.blocks_final and f.severity is Severity.WARNING
    assert "2 dari target 37 Unit (5,41%; Sub Kegiatan!H15)" in f.message
    assert "fisik 100%" in f.message and "capaian volume 5,41%" in f.message


def test_a_program_indicator_without_realisasi_is_not_counted_as_reached():
    hasil = computed(JAMBI)
    share = hasil.indikator_program_tercapai
    # four of the five program indicators have a realisasi and reach their target; the fifth has none
    assert persen(share.value) == "80,00%"
    assert [i.value for i in share.inputs] == ["4", "5"]
    assert "1 indikator bertarget belum ada realisasinya" in share.note


def test_the_missing_realisasi_itself_blocks_a_final(jambi_findings):
    f = one(jambi_findings, "realisasi.missing", APL, "I4")
    assert f.gap and f.blocks_final


def test_a_satuan_without_target_volume_blocks_a_final(jambi_findings):
    f = one(jambi_findings, "volume.no-target", SEK, "E18")
    assert f.blocks_final and "Laporan" in f.message


def test_pk_budget_against_sub_kegiatan_is_a_warning_naming_the_pagu_cells(jambi_copy):
    edit_cells(jambi_copy / SEK, "Sub Kegiatan", {"G4": 8087300})
    checked = check(jambi_copy, year=True)
    assert checked.hasil is not None  # a konsep still builds
    f = one(checked.findings, "cross.pk-budget", "00-instansi.xlsx", "D14")
    assert f.severity is Severity.WARNING and f.blocks_final
    assert f"'{SEK}' Sub Kegiatan!G4–G" in f.message
    assert "Laporan memuat angka PK pada tabel Perjanjian Kinerja" in f.message


def test_a_typed_value_of_a_computed_indicator(sukamaju_copy):
    # IK-08 (%, Sekretariat) declared as the share of program indicators reached, and typed as well
    edit_cells(
        sukamaju_copy / "00-instansi.xlsx", "Indikator", {"J11": "Persentase indikator program tercapai"}
    )
    edit_cells(sukamaju_copy / SEK, "Capaian Indikator", {"F5": 60})
    checked = check(sukamaju_copy, year=True)
    assert checked.hasil is not None
    share = checked.hasil.indikator_program_tercapai.value
    assert share is not None and share != Decimal(60)
    f = one(checked.findings, "sumber.typed", SEK, "F5")
    assert f.blocks_final and f.severity is Severity.WARNING
    assert "diketik 60" in f.message and f"sebesar {persen(share)}" in f.message
    assert "Indikator!J11" in f.message
    # validate alone (the year not computed) tells the same
    alone = check(sukamaju_copy).findings
    assert one(alone, "sumber.typed", SEK, "F5").message == f.message


def test_the_same_typed_value_is_no_contradiction(sukamaju_copy):
    edit_cells(
        sukamaju_copy / "00-instansi.xlsx", "Indikator", {"J11": "Persentase indikator program tercapai"}
    )
    share = computed(sukamaju_copy).indikator_program_tercapai.value
    assert share is not None
    edit_cells(sukamaju_copy / SEK, "Capaian Indikator", {"F5": float(round(share, 2))})
    assert not [f for f in check(sukamaju_copy).findings if f.code == "sumber.typed"]


def test_a_typed_spbe_index_is_told_once(sukamaju_copy):
    # IK-01 is on the SPBE scale; declared computed from the SPBE sheet and typed 3,5
    edit_cells(sukamaju_copy / "00-instansi.xlsx", "Indikator", {"J4": "Indeks SPBE"})
    edit_cells(sukamaju_copy / "02-infrastruktur-spbe.xlsx", "Capaian Indikator", {"F4": 3.5})
    for year in (True, False):
        found = [f for f in check(sukamaju_copy, year=year).findings if f.cell == "F4"]
        assert [f.code for f in found] == ["sumber.typed"], found
