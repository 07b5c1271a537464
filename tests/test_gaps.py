"""Data not entered yet is a gap ("belum diisi"): a warning of one family, and the report can still be
drafted; an error stays for what makes a row impossible to place or the year impossible to compute."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from lkj import layout as L
from lkj.contract import WORKBOOKS, FormSheet, TableSheet
from lkj.findings import Severity
from lkj.pipeline import check
from lkj.read import read_folder
from lkj.read.files import Candidate
from lkj.read.workbook import read_workbook
from lkj.validate.present import render_text
from lkj.xlsx.fill import fill_workbook
from tests.conftest import JAMBI, SUKAMAJU
from tests.helpers import edit_cells, sample_value

# The required columns whose empty cell is data not entered yet; every other required column is
# essential (its empty cell is an error). Pinned here, not derived from the contract it checks.
GAPS = {
    "profil": {
        "nama_instansi",
        "pemerintah_daerah",
        "tempat",
        "kepala_nama",
        "kepala_jabatan",
        "kepala_daerah_jabatan",
    },
    "indikator": {"satuan", "penanggung_jawab"},
    "pk_versi": {"jenis"},
    "pk_target": {"target"},
    "pk_anggaran": {"anggaran"},
    "keterangan_analisis": {"alasan"},
    "pembanding": {"jenis", "nilai", "sumber"},
    "sub_kegiatan": {"pagu"},
}


def required_cells():
    for kind, spec in WORKBOOKS.items():
        for sheet in spec.sheets:
            if isinstance(sheet, TableSheet) and sheet.prefilled:
                continue  # reference rows the template writes (SPBE, Skala Nilai)
            columns = sheet.fields if isinstance(sheet, FormSheet) else sheet.input_columns
            for column in columns:
                if column.required:
                    yield kind, sheet, column


@pytest.mark.parametrize(
    ("kind", "sheet", "column"), list(required_cells()), ids=lambda v: getattr(v, "key", v)
)
def test_an_empty_required_cell_is_a_gap_or_an_error_as_the_contract_says(kind, sheet, column, tmp_path):
    spec = WORKBOOKS[kind]
    if isinstance(sheet, FormSheet):
        data = {sheet.key: {c.key: sample_value(c) for c in sheet.fields if c.key != column.key}}
        cell = L.address(L.FORM_VALUE_COL, L.FIRST_DATA_ROW + sheet.fields.index(column))
    else:
        row = {c.key: sample_value(c) for c in sheet.input_columns if c.key != column.key}
        data = {sheet.key: [row]}
        cell = L.address(sheet.columns.index(column) + 1, L.FIRST_DATA_ROW)
    path = tmp_path / f"{kind}.xlsx"
    fill_workbook(spec, data, path)
    _, findings = read_workbook(Candidate(path, path.name))
    gap = column.key in GAPS.get(sheet.key, set())
    expected = ("cell.missing", Severity.WARNING, True) if gap else ("cell.required", Severity.ERROR, False)
    assert [(f.code, f.severity, f.gap, f.sheet, f.cell) for f in findings] == [(*expected, sheet.name, cell)]


def test_the_model_holds_a_gap_as_not_filled(jambi_copy):
    edit_cells(jambi_copy / "00-instansi.xlsx", "PK Target", {"C4": None})
    edit_cells(jambi_copy / "00-instansi.xlsx", "PK Anggaran", {"D4": None})
    edit_cells(jambi_copy / "00-instansi.xlsx", "Profil", {"B11": None})
    edit_cells(jambi_copy / "01-sekretariat.xlsx", "Sub Kegiatan", {"G4": None, "I4": None})
    data = read_folder(jambi_copy).dataset
    assert data.instansi.pk_target[0].target is None and data.instansi.pk_anggaran[0].anggaran is None
    assert data.instansi.profil.tempat == ""  # a text the report prints: empty, never invented
    assert data.bidang[0].sub_kegiatan[0].pagu is None


def _next_year(folder: Path) -> None:
    """This year's own data taken out, as next year's workbooks start: no PK, no SPBE levels, no amounts,
    no realisation of any indicator."""
    wb = openpyxl.load_workbook(folder / "00-instansi.xlsx")
    for name in ("PK Versi", "PK Target", "PK Anggaran"):
        wb[name].delete_rows(L.FIRST_DATA_ROW, 200)
    for row in range(L.FIRST_DATA_ROW, L.FIRST_DATA_ROW + 47):
        wb["SPBE"][f"D{row}"] = None
    wb.save(folder / "00-instansi.xlsx")
    for path in sorted(folder.glob("0[1-9]*.xlsx")):
        wb = openpyxl.load_workbook(path)
        for row in range(L.FIRST_DATA_ROW, 60):
            for letter in "GHIJKL":  # pagu, realisasi volume and rupiah, fisik, permasalahan, upaya
                wb["Sub Kegiatan"][f"{letter}{row}"] = None
            wb["Program"][f"I{row}"] = None
            wb["Kegiatan"][f"G{row}"] = None
            for letter in "BCDEF":  # TW I–IV and the year's realisation
                wb["Capaian Indikator"][f"{letter}{row}"] = None
        wb.save(path)


def test_a_year_not_entered_yet_validates_with_gaps_only(run, tmp_path):
    folder = tmp_path / "2025"
    shutil.copytree(SUKAMAJU, folder)
    _next_year(folder)
    found = check(folder).findings
    assert all(f.gap for f in found)
    codes = [f.code for f in found]
    assert {c: codes.count(c) for c in set(codes)} == {
        "cell.missing": 18,  # the pagu of each sub kegiatan
        "instansi.pk-missing": 1,
        "realisasi.missing": 34,  # of each program, kegiatan and sub kegiatan indicator with a target
        "cross.no-realisasi": 8,  # of each indicator of the instansi
    }
    result = run("validate", folder)
    assert result.exit_code == 0
    text = result.output
    assert "BELUM DIISI Sub Kegiatan!G4 [cell.missing]" in text
    assert "Ringkasan: 0 galat, 61 peringatan (61 di antaranya data belum diisi)" in text


def test_a_year_not_entered_yet_still_builds(run, tmp_path):
    folder = tmp_path / "2025"
    shutil.copytree(SUKAMAJU, folder)
    _next_year(folder)
    result = run("build", folder, "-o", tmp_path / "konsep.docx")
    assert result.exit_code == 0, result.output
    assert "BELUM DIISI 01-sekretariat.xlsx Sub Kegiatan!G4: " in result.output


def test_an_error_still_blocks_and_is_never_of_the_family(jambi_copy):
    edit_cells(jambi_copy / "01-sekretariat.xlsx", "Sub Kegiatan", {"C5": None, "G4": None})
    found = {f.code: f for f in read_folder(jambi_copy).findings}
    assert found["cell.required"].severity is Severity.ERROR and not found["cell.required"].gap
    assert found["cell.missing"].gap


def test_the_text_report_labels_the_family_and_counts_it():
    from lkj.findings import finding
    from lkj.model import CellRef
    from lkj.read.rules import CELL_MISSING, CELL_REQUIRED

    findings = [
        finding(CELL_MISSING, CellRef("a.xlsx", "Program", "G4"), "belum"),
        finding(CELL_REQUIRED, CellRef("a.xlsx", "Program", "A5"), "wajib"),
    ]
    text = render_text(findings, 1)
    assert "  GALAT Program!A5 [cell.required]" in text and "  BELUM DIISI Program!G4 [cell.missing]" in text
    assert "Ringkasan: 1 galat, 1 peringatan (1 di antaranya data belum diisi), 0 catatan" in text


def test_jambi_keeps_validating_with_warnings_only(run):
    assert run("validate", JAMBI).exit_code == 0
