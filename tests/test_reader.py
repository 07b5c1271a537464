"""The reader accepts what staff really type and names file, sheet and cell of what it cannot read."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from lkj.findings import Severity
from lkj.read import read_folder
from lkj.read.habits import _is_total
from tests.helpers import edit_cells

SEKRETARIAT = "01-sekretariat.xlsx"


def _sub(dataset, kode):
    return next(s for b in dataset.bidang for s in b.sub_kegiatan if s.kode == kode)


def test_numbers_typed_as_text_are_read_as_numbers(jambi_copy):
    edit_cells(
        jambi_copy / SEKRETARIAT, "Sub Kegiatan", {"G4": "1.500.000", "I4": "Rp 1.250.000,00", "J4": "98,5%"}
    )
    result = read_folder(jambi_copy)
    sub = _sub(result.dataset, "2.16.01.2.01.0001")
    assert (sub.pagu, sub.realisasi_rp, sub.fisik) == (D(1500000), D(1250000), D("98.5"))
    assert [f for f in result.findings if f.file == SEKRETARIAT] == []


def test_percent_formatted_number_cell_is_read_in_percent(jambi_copy):
    import openpyxl

    path = jambi_copy / SEKRETARIAT
    wb = openpyxl.load_workbook(path)
    wb["Sub Kegiatan"]["J4"] = 0.985
    wb["Sub Kegiatan"]["J4"].number_format = "0.0%"
    wb.save(path)
    assert _sub(read_folder(jambi_copy).dataset, "2.16.01.2.01.0001").fisik == D("98.5")


def test_text_where_a_number_belongs_and_uncached_formula_are_named_by_cell(jambi_copy, run):
    edit_cells(jambi_copy / SEKRETARIAT, "Sub Kegiatan", {"G5": "abc", "I6": "=G6*0.9"})
    result = read_folder(jambi_copy)
    found = {(f.code, f.file, f.sheet, f.cell) for f in result.findings}
    assert ("cell.money", SEKRETARIAT, "Sub Kegiatan", "G5") in found
    assert ("cell.formula-uncached", SEKRETARIAT, "Sub Kegiatan", "I6") in found
    abc = next(f for f in result.findings if f.cell == "G5")
    assert "Pagu (Rp)" in abc.message and "abc" in abc.message and "1.500.000" in abc.message

    cli = run("validate", jambi_copy, "--format", "json")
    assert cli.exit_code == 1 and "Traceback" not in cli.output
    items = json.loads(cli.output)
    assert all(set(item) == {"severity", "code", "file", "sheet", "cell", "message"} for item in items)
    assert {
        "severity": "error",
        "code": "cell.money",
        "file": SEKRETARIAT,
        "sheet": "Sub Kegiatan",
        "cell": "G5",
    }.items() <= next(i for i in items if i["cell"] == "G5").items()


def test_uncached_formula_on_its_own_row_is_still_reported(jambi_copy):
    # calamine drops trailing rows that hold nothing but uncached formulas; the XML scan must not
    edit_cells(jambi_copy / SEKRETARIAT, "Sub Kegiatan", {"G40": "=SUM(G4:G22)"})
    found = {(f.code, f.cell) for f in read_folder(jambi_copy).findings}
    assert ("cell.formula-uncached", "G40") in found


def test_columns_reordered_are_still_read_by_header(jambi_copy):
    import openpyxl

    path = jambi_copy / SEKRETARIAT
    wb = openpyxl.load_workbook(path)
    ws = wb["Sub Kegiatan"]
    ws.protection.sheet = False
    for row in range(3, 40):  # swap Pagu (G) and Realisasi (Rp) (I)
        ws[f"G{row}"].value, ws[f"I{row}"].value = ws[f"I{row}"].value, ws[f"G{row}"].value
    wb.save(path)
    result = read_folder(jambi_copy)
    sub = _sub(result.dataset, "2.16.01.2.01.0001")
    assert (sub.pagu, sub.realisasi_rp) == (D(7087300), D(6863200))
    assert sub.src.ref("pagu").cell == "I4"


def test_required_value_missing_and_choice_misspelled(jambi_copy):
    edit_cells(jambi_copy / "00-instansi.xlsx", "Indikator", {"C6": None, "E4": None, "F5": "naik"})
    found = {(f.code, f.severity, f.gap, f.sheet, f.cell) for f in read_folder(jambi_copy).findings}
    assert found == {
        ("cell.required", Severity.ERROR, False, "Indikator", "C6"),  # no name: the row cannot be placed
        ("cell.missing", Severity.WARNING, True, "Indikator", "E4"),  # no satuan: not entered yet
        ("cell.choice", Severity.ERROR, False, "Indikator", "F5"),
    }


def test_short_choice_and_case_are_accepted(jambi_copy):
    edit_cells(jambi_copy / "00-instansi.xlsx", "Indikator", {"F4": "minimal", "D4": "iku"})
    result = read_folder(jambi_copy)
    assert result.dataset.instansi.indikator[0].polaritas == "min"
    assert [f for f in result.findings if f.sheet == "Indikator"] == []


def test_a_total_row_is_named_and_left_unread_and_its_sum_blocks_nothing(jambi_copy):
    edit_cells(
        jambi_copy / SEKRETARIAT,
        "Sub Kegiatan",
        {"C23": "Jumlah Total:", "G23": "=SUM(G4:G22)", "I23": 1, "C24": " sub  total ", "G24": 5},
    )
    result = read_folder(jambi_copy)
    mine = [(f.code, f.cell) for f in result.findings if f.file == SEKRETARIAT]
    assert mine == [("table.total-row", "C23"), ("table.total-row", "C24")]  # no uncached formula, no kode
    assert sum(s.pagu for b in result.dataset.bidang for s in b.sub_kegiatan) == D(14883605435)


@pytest.mark.parametrize(
    "text", ["JUMLAH", "Total", "Sub Total:", "subtotal", "Jumlah Keseluruhan", "GRAND TOTAL"]
)
def test_words_of_a_total_row(text):
    assert _is_total(text)


@pytest.mark.parametrize(
    "text", ["Jumlah dokumen perencanaan", "Total Belanja Pegawai", "Totalitas", "jumlahnya", "", None, 5]
)
def test_an_item_named_with_jumlah_is_no_total_row(text):
    assert not _is_total(text)


def test_a_numbering_column_beside_the_table_is_one_finding_and_its_extra_rows_no_records(jambi_copy):
    import openpyxl

    path = jambi_copy / SEKRETARIAT
    wb = openpyxl.load_workbook(path)
    sheet = wb["Sub Kegiatan"]
    sheet.insert_cols(1)
    sheet["A3"] = "No."
    for row in range(4, 31):  # numbered on past the last sub kegiatan (row 22), as staff pre-number
        sheet.cell(row, 1).value = row - 3
    wb.save(path)
    result = read_folder(jambi_copy)
    mine = [f for f in result.findings if f.file == SEKRETARIAT]
    assert [(f.code, f.cell) for f in mine] == [("table.outside", "A4")], [f.message for f in mine]
    assert (
        "Kolom A (\u201cNo.\u201d) bukan kolom templat; isinya di baris 4-30 tidak dibaca" in mine[0].message
    )
    assert sum(len(b.sub_kegiatan) for b in result.dataset.bidang) == 34


def test_notes_in_the_margin_are_quoted_as_staff_see_them(jambi_copy):
    edit_cells(jambi_copy / SEKRETARIAT, "Sub Kegiatan", {"P5": 1500000.0, "P9": "cek lagi"})
    found = [f for f in read_folder(jambi_copy).findings if f.code == "table.outside"]
    assert [(f.cell, f.message) for f in found] == [
        (
            "P5",
            "Kolom P di luar tabel berisi isian di baris 5, 9 (mis. \u201c1.500.000\u201d) yang tidak "
            "dibaca. Pindahkan isinya ke kolom yang sesuai atau hapus.",
        )
    ]


def test_lkj_own_hidden_entries_are_passed_over_silently_other_dot_files_still_told(jambi_copy):
    """The state folder of `lkj web` and a temporary file lkj.write leaves for an instant sit in a work
    folder that `lkj build` reads as well: neither is something staff put there to be told about."""
    (jambi_copy / ".lkj-web" / "versi").mkdir(parents=True)
    (jambi_copy / ".lkj-web" / "versi" / "0001.xlsx").write_bytes(b"PK\x03\x04")
    (jambi_copy / ".lkj-a1b2c3.xlsx").write_bytes(b"half a workbook")
    (jambi_copy / ".DS_Store").write_bytes(b"x")

    findings = read_folder(jambi_copy).findings

    assert [(f.code, f.file) for f in findings if f.code.startswith("file.")] == [
        ("file.skipped", ".DS_Store")
    ]
