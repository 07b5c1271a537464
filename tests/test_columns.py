"""The columns and sheets of template version 2, through the blank workbook and the handout staff fill:
each read as typed, each checked where it can be wrong."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from lkj import layout as L
from lkj.contract import GUIDE_SHEET, LIST_SHEET
from lkj.pipeline import check
from lkj.read.files import Candidate
from lkj.read.workbook import read_workbook
from tests.conftest import JAMBI
from tests.helpers import edit_cells

INS = "00-instansi.xlsx"


def _type(path: Path, sheet: str, cells: dict[str, object]) -> dict[str, object]:
    """Type into a workbook as staff do (openpyxl), then read that one workbook: sheet key → values of
    its first record (a form's or a table's first row). Cells left empty may be gaps, nothing else."""
    edit_cells(path, sheet, cells)
    read, findings = read_workbook(Candidate(path, path.name))
    assert read is not None and all(f.gap for f in findings), findings
    return {key: s.records[0].values for key, s in read.sheets.items() if s.records}


@pytest.fixture(scope="module")
def handout(tmp_path_factory) -> Path:
    from lkj.xlsx.handout import write_templates

    folder = tmp_path_factory.mktemp("handout")
    write_templates(folder, None, JAMBI)
    return folder


def test_the_handout_s_capaian_sheet_takes_kendala_and_rencana_tindak_lanjut(handout, tmp_path):
    path = tmp_path / "aptika.xlsx"
    path.write_bytes((handout / "03-bidang-aplikasi-informatika-2022.xlsx").read_bytes())
    ws = openpyxl.load_workbook(path)["Capaian Indikator"]
    header = {ws.cell(L.HEADER_ROW, c).value: ws.cell(L.HEADER_ROW, c) for c in range(1, 12)}
    assert "Ikhtisar Eksekutif" in header["Kendala/Hambatan"].comment.text
    assert "Ikhtisar Eksekutif dan BAB IV" in header["Rencana Tindak Lanjut"].comment.text
    values = _type(
        path,
        "Capaian Indikator",
        {"A4": "IK-06", "F4": 2.79, "J4": "Audit TIK belum dilaksanakan.", "K4": "Audit TIK pada 2024."},
    )["capaian"]
    assert values == {
        "indikator": "IK-06",
        "realisasi": D("2.79"),
        "kendala": "Audit TIK belum dilaksanakan.",
        "rencana_tindak_lanjut": "Audit TIK pada 2024.",
    }


def test_the_blank_instansi_workbook_takes_the_new_sheets_and_columns(handout, tmp_path):
    path = tmp_path / "instansi.xlsx"
    path.write_bytes((handout / "00-instansi-kosong-2022.xlsx").read_bytes())
    edit_cells(path, "Indikator", {"A4": "IK-01", "C4": "Indeks", "D4": "IKU", "F4": "Maksimal"})
    edit_cells(path, "Indikator", {"J4": "Indeks domain Layanan SPBE", "M4": 3, "R4": "Peraturan Menteri"})
    edit_cells(path, "Keterangan Analisis", {"A4": "IK-01", "B4": "Target Akhir Renstra", "C4": "Lainnya"})
    edit_cells(path, "Pembanding", {"A4": "IK-01", "B4": "Rata-rata nasional", "C4": "Nasional"})
    edit_cells(path, "Pembanding", {"D4": 2023, "E4": "2,79", "F4": "Keputusan Menteri"})
    edit_cells(path, "Tabel Konversi", {"A4": "KI", "D4": 90, "E4": "Tidak", "F4": 60, "G4": "Belum"})
    edit_cells(path, "Profil", {"B21": "logo.png"})
    values = _type(path, "Penyampaian", {"B4": "Ya", "B9": "27/01/2025", "B11": "Drs. A", "B14": "1972"})
    assert {k: v for k, v in values["indikator"].items() if k in ("sumber_realisasi", "desimal")} == {
        "sumber_realisasi": "spbe-domain-4",
        "desimal": 3,
    }
    assert values["indikator"]["sumber_standar"] == "Peraturan Menteri"
    assert values["keterangan_analisis"] == {
        "indikator": "IK-01",
        "analisis": "target-akhir",
        "alasan": "lainnya",
    }
    assert values["pembanding"] == {
        "indikator": "IK-01",
        "pembanding": "Rata-rata nasional",
        "jenis": "nasional",
        "tahun": 2023,
        "nilai": D("2.79"),
        "sumber": "Keputusan Menteri",
    }
    assert values["tabel_konversi"] == {
        "nama": "KI",
        "sampai": D(90),
        "sampai_termasuk": False,
        "capaian": D(60),
        "kategori": "Belum",
    }
    assert values["profil"]["logo"] == "logo.png"
    assert values["penyampaian"] == {
        "lkj_sebelumnya": True,
        "tanggal_reviu": date(2025, 1, 27),
        "apip_nama": "Drs. A",
        "apip_nip": "1972",
    }


def test_the_blank_workbook_offers_and_explains_the_new_columns(handout):
    wb = openpyxl.load_workbook(handout / "00-instansi-kosong-2022.xlsx")
    assert [n for n in wb.sheetnames if n in ("Keterangan Analisis", "Pembanding", "Penyampaian")] == [
        "Keterangan Analisis",
        "Pembanding",
        "Penyampaian",
    ]
    lists = {_column(dv): dv for dv in wb["Indikator"].data_validations.dataValidation if dv.type == "list"}
    assert lists["J"].formula1 == "=L_SUMBER_REALISASI" and lists["J"].showErrorMessage
    assert lists["P"].formula1 == "='Tabel Konversi'!$G$4:$G$1003" and not lists["P"].showErrorMessage
    closed = [c.value for c in wb[LIST_SHEET][1]]
    column = closed.index("sumber_realisasi") + 1
    entries = [wb[LIST_SHEET].cell(row, column).value for row in range(2, 9)]
    assert entries[1:3] == ["Persentase indikator program tercapai", "Indeks SPBE"]
    guide = "\n".join(str(c.value) for c in wb[GUIDE_SHEET]["B"] if c.value)
    assert "• Sumber Realisasi (pilihan, opsional): Asal realisasi tahun laporan." in guide
    assert "• Target (target (angka atau rentang), wajib, boleh menyusul):" in guide  # PK Target
    assert "• Nilai (angka, wajib, boleh menyusul): Nilai pembanding" in guide
    assert "• Kode Indikator (kode, wajib): Kode dari lembar Indikator." in guide


def _column(dv) -> str:
    return str(dv.sqref).split(":")[0].rstrip("0123456789")


def test_an_indicator_of_every_bidang_is_offered_to_each_and_reported_by_any(jambi_copy, tmp_path):
    from lkj.xlsx.handout import write_templates

    edit_cells(jambi_copy / INS, "Indikator", {"I4": "seluruh bidang"})  # IK-01, reported by Aplikasi
    findings = {(f.code, f.cell) for f in check(jambi_copy).findings}
    assert not {c for c, _ in findings} & {"ref.bidang", "cross.realisasi-other-bidang"}
    out = tmp_path / "handout"
    write_templates(out, None, jambi_copy)
    for path in sorted(out.glob("0[1-5]-*.xlsx")):
        listed = openpyxl.load_workbook(path)[LIST_SHEET]
        header = [c.value for c in listed[1]]
        column = header.index("indikator") + 1
        kode = [listed.cell(r, column).value for r in range(2, 12) if listed.cell(r, column).value]
        assert "IK-01" in kode, path.name


def test_nobody_reported_an_indicator_of_every_bidang(jambi_copy):
    edit_cells(jambi_copy / INS, "Indikator", {"I4": "Seluruh Bidang"})
    edit_cells(jambi_copy / "03-aplikasi-informatika.xlsx", "Capaian Indikator", {"F4": None})
    (found,) = [f for f in check(jambi_copy).findings if f.code == "cross.no-realisasi"]
    assert "belum dilaporkan oleh bidang mana pun" in found.message and found.gap


@pytest.mark.parametrize(
    ("sheet", "cells", "where"),
    [
        (
            "Keterangan Analisis",
            {"A4": "IK-99", "B4": "Target Akhir Renstra", "C4": "Lainnya", "D4": "x"},
            "A4",
        ),
        (
            "Pembanding",
            {"A4": "IK-98", "B4": "Kota X", "C4": "Daerah Lain", "D4": 2022, "E4": 1, "F4": "y"},
            "A4",
        ),
    ],
)
def test_a_declaration_or_benchmark_of_an_unknown_indicator(jambi_copy, sheet, cells, where):
    edit_cells(jambi_copy / INS, sheet, cells)
    found = [(f.code, f.sheet, f.cell) for f in check(jambi_copy).findings if f.code == "ref.indikator"]
    assert found == [("ref.indikator", sheet, where)]


def test_the_apip_nip_is_checked_like_the_head_s(sukamaju_copy):
    edit_cells(sukamaju_copy / INS, "Penyampaian", {"B14": "1972 08 15"})
    found = [(f.code, f.sheet, f.cell) for f in check(sukamaju_copy).findings]
    assert found == [("cell.nip", "Penyampaian", "B14")]


def test_a_workbook_of_the_first_template_lacks_the_optional_sheets_only_with_warnings(sukamaju_copy):
    wb = openpyxl.load_workbook(sukamaju_copy / INS)
    for name in ("Penyampaian", "Keterangan Analisis", "Pembanding"):
        del wb[name]
    wb.save(sukamaju_copy / INS)
    found = check(sukamaju_copy).findings
    assert sorted((f.code, f.sheet) for f in found) == [
        ("sheet.missing-optional", "Keterangan Analisis"),
        ("sheet.missing-optional", "Pembanding"),
        ("sheet.missing-optional", "Penyampaian"),
    ]


def test_the_samples_carry_the_new_data():
    from tests.conftest import SUKAMAJU

    data = check(SUKAMAJU).dataset
    failed = {"IK-01", "IK-03", "IK-06"}
    rows = {c.indikator: c for b in data.bidang for c in b.capaian}
    assert {k for k, c in rows.items() if c.kendala and c.rencana_tindak_lanjut} == failed
    assert all(i.sumber_standar for i in data.instansi.indikator)
    assert [p.indikator for p in data.instansi.pembanding] == ["IK-01", "IK-04"]
    assert data.instansi.penyampaian.apip_unit == "Inspektorat Kabupaten Sukamaju"
    jambi = check(JAMBI).dataset
    assert jambi.instansi.penyampaian is None and not jambi.instansi.pembanding
    assert all(c.kendala is None and c.rencana_tindak_lanjut is None for b in jambi.bidang for c in b.capaian)


def test_the_decimals_of_a_computed_realisation_are_four_at_most(jambi_copy):
    edit_cells(jambi_copy / INS, "Indikator", {"J4": "Indeks SPBE", "M4": 5})
    found = [(f.code, f.cell) for f in check(jambi_copy).findings if f.sheet == "Indikator"]
    assert ("cell.range", "M4") in found
    assert "paling besar 4" in next(f.message for f in check(jambi_copy).findings if f.cell == "M4")
