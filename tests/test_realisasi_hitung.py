"""Indicators whose realisation the tool computes (Sumber Realisasi): the share of program indicators
reached, the Indeks SPBE, one SPBE domain's index; rounded to the indicator's Jumlah Desimal, with its rule
and inputs, a typed value kept apart for the contradiction rule, and no spbe-mismatch for them."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal as D

import openpyxl
import pytest

from lkj.compute import compute
from lkj.compute.presisi import desimal
from lkj.compute.results import Hasil
from lkj.indonesian import rounded
from lkj.layout import FIRST_DATA_ROW, HEADER_ROW
from lkj.read import read_folder
from tests.conftest import SUKAMAJU


def _with(changes: dict[str, dict[str, object]]) -> Hasil:
    """Sukamaju's year with some indicators changed (kode → fields)."""
    read = read_folder(SUKAMAJU)
    instansi = read.dataset.instansi
    indikator = tuple(dataclasses.replace(x, **changes.get(x.kode, {})) for x in instansi.indikator)
    dataset = dataclasses.replace(read.dataset, instansi=dataclasses.replace(instansi, indikator=indikator))
    return compute(dataset, read.settings)


def _of(hasil: Hasil, kode: str):
    return next(i for i in hasil.indikator if i.indikator.kode == kode)


def test_the_share_of_program_indicators_reached_is_the_realisation():
    hasil = _with({"IK-02": {"sumber_realisasi": "indikator-program"}})
    ik02 = _of(hasil, "IK-02")
    share = hasil.indikator_program_tercapai.value
    assert share is not None
    assert ik02.realisasi == rounded(share, 2) and desimal(ik02.realisasi) == 2
    assert ik02.realisasi_hitung is not None and ik02.realisasi_hitung.rule == "realisasi.indikator-program"
    assert ik02.realisasi_diketik == D("95")  # what the bidang typed, kept apart, not the figure
    target = ik02.target.low
    assert ik02.capaian.value == ik02.realisasi / target * 100


def test_a_computed_realisation_takes_the_indicator_s_decimals():
    hasil = _with({"IK-02": {"sumber_realisasi": "indikator-program", "desimal": 0}})
    assert _of(hasil, "IK-02").realisasi == rounded(hasil.indikator_program_tercapai.value, 0)


@pytest.mark.parametrize("domain", [1, 2, 3, 4])
def test_spbe_domain_ikus_are_their_domain_s_index_and_no_mismatch(domain):
    """IK-01 declared as one SPBE domain's index: its realisation is that domain's index, and it is not
    compared with the overall index (it was: four spbe-mismatch warnings for the four domain IKU)."""
    hasil = _with({"IK-01": {"sumber_realisasi": f"spbe-domain-{domain}"}})
    ik01 = _of(hasil, "IK-01")
    assert hasil.spbe is not None
    index = hasil.spbe.domain[domain - 1].indeks.value
    assert ik01.realisasi == rounded(index, 2)
    assert ik01.realisasi_hitung.rule == "realisasi.spbe-domain"
    assert ik01 not in hasil.spbe_berbeda
    assert not [f for f in hasil.findings if f.code == "report.spbe-mismatch"]


def test_the_overall_index_and_the_typed_index():
    hasil = _with({"IK-01": {"sumber_realisasi": "spbe"}})
    ik01 = _of(hasil, "IK-01")
    assert ik01.realisasi == rounded(hasil.spbe.indeks.value, 2)
    assert ik01.realisasi_diketik == D("3.14")
    typed = _of(_with({}), "IK-01")
    assert typed.realisasi == D("3.14") and typed.realisasi_hitung is None and typed.realisasi_diketik is None


def test_without_the_spbe_sheet_the_computed_realisation_is_missing_with_why():
    read = read_folder(SUKAMAJU)
    instansi = read.dataset.instansi
    indikator = tuple(
        dataclasses.replace(x, sumber_realisasi="spbe") if x.kode == "IK-01" else x
        for x in instansi.indikator
    )
    dataset = dataclasses.replace(
        read.dataset, instansi=dataclasses.replace(instansi, indikator=indikator, spbe=())
    )
    ik01 = _of(compute(dataset, read.settings), "IK-01")
    assert ik01.realisasi is None and ik01.status == "belum_ada_data"
    assert "SPBE" in ik01.realisasi_hitung.note


def _set_column(path, sheet: str, header: str, row_of_kode: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    column = next(c.column for c in ws[HEADER_ROW] if c.value and str(c.value).startswith(header))
    row = next(r for r in range(FIRST_DATA_ROW, ws.max_row + 1) if ws.cell(r, 1).value == row_of_kode)
    ws.cell(row, column).value = value
    wb.save(path)


def test_hitung_rinci_shows_the_rule_and_json_both_values(sukamaju_copy, run):
    _set_column(sukamaju_copy / "00-instansi.xlsx", "Indikator", "Sumber Realisasi", "IK-01", "Indeks SPBE")
    out = run("hitung", sukamaju_copy, "--rinci").output
    assert "Realisasi dihitung: Indeks SPBE" in out
    data = json.loads(run("hitung", sukamaju_copy, "--format", "json").output)
    ik01 = next(i for i in data["indikator"] if i["kode"] == "IK-01")
    assert ik01["sumber_realisasi"] == "spbe" and ik01["realisasi_diketik"] == "3.14"
    assert ik01["realisasi_hitung"]["aturan"] == "realisasi.spbe"
