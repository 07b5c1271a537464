"""Another agency, filled as thinly as the contract allows: one bidang, one sasaran, one indicator (a
minimize one), one program, kegiatan and sub kegiatan, one PK version, no Renstra history, no uraian, no
SPBE. The report must still be whole and read as written by hand: no empty sections, no doubled words,
no analysis that pretends to have data."""

from __future__ import annotations

import pytest

from lkj.contract import WORKBOOKS
from lkj.diff.dump import dump
from lkj.xlsx.blank import Prefill
from lkj.xlsx.fill import fill_workbook
from tests.conftest import build

TAHUN = 2025
BIDANG = "Bidang Pelayanan Kesehatan"
MIN = "Minimal (semakin rendah semakin baik)"
INSTANSI = {
    "profil": {
        "nama_instansi": "Dinas Kesehatan Kabupaten Tanjung Harapan",
        "pemerintah_daerah": "Pemerintah Kabupaten Tanjung Harapan",
        "tahun": TAHUN,
        "tempat": "Tanjung Harapan",
        "kepala_nama": "dr. Siti Aminah, M.Kes.",
        "kepala_nip": "197901012005012001",
        "kepala_jabatan": "Kepala Dinas Kesehatan",
        "kepala_daerah_jabatan": "Bupati Tanjung Harapan",
    },
    "bidang": [{"nama": BIDANG}],
    "sasaran": [{"kode": "S1", "nama": "Menurunnya angka kematian ibu"}],
    "indikator": [
        {
            "kode": "I1",
            "sasaran": "S1",
            "nama": "Angka Kematian Ibu",
            "jenis": "IKU",
            "satuan": "per 100.000 KH",
            "polaritas": MIN,
            "penanggung_jawab": BIDANG,
        }
    ],
    "target_renstra": [{"indikator": "I1", "tahun": TAHUN, "target": 120}],
    "pk_versi": [{"versi": "PK Murni", "jenis": "Murni"}],
    "pk_target": [{"versi": "PK Murni", "indikator": "I1", "target": 120}],
    "pk_anggaran": [
        {
            "versi": "PK Murni",
            "program": "1.02.02",
            "nama_program": "Program Pemenuhan Upaya Kesehatan",
            "anggaran": 2_500_000_000,
        }
    ],
}
BIDANG_WB = {
    "identitas": {"nama_bidang": BIDANG, "tahun": TAHUN},
    "program": [
        {
            "kode": "1.02.02",
            "nama": "Program Pemenuhan Upaya Kesehatan",
            "indikator": "Cakupan layanan kesehatan dasar",
            "target": 90,
            "satuan": "%",
            "realisasi": 85,
        }
    ],
    "kegiatan": [
        {"kode": "1.02.02.2.01", "program": "1.02.02", "nama": "Penyediaan Fasilitas Pelayanan Kesehatan"}
    ],
    "capaian": [{"indikator": "I1", "realisasi": 135}],
    "sub_kegiatan": [
        {
            "kode": "1.02.02.2.01.0001",
            "kegiatan": "1.02.02.2.01",
            "nama": "Pembangunan Puskesmas",
            "pagu": 2_500_000_000,
            "realisasi_rp": 1_000_000_000,
        }
    ],
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("tanjung")
    fill_workbook(WORKBOOKS["instansi"], INSTANSI, folder / "00-instansi.xlsx", Prefill(tahun=TAHUN))
    fill_workbook(WORKBOOKS["bidang"], BIDANG_WB, folder / "01-yankes.xlsx", Prefill(tahun=TAHUN))
    return dump(build(folder, tmp_path_factory.mktemp("laporan") / "laporan.docx"))


def test_a_thin_year_still_gives_every_chapter(report):
    for heading in (
        "# IKHTISAR EKSEKUTIF",
        "# BAB I PENDAHULUAN",
        "## 2.2 Perjanjian Kinerja",
        "## 3.5 Realisasi",
    ):
        assert heading in report
    assert "SPBE" not in report  # an agency without the SPBE sheet has no SPBE section
    assert "None" not in report and "{{" not in report


def test_a_minimize_indicator_is_measured_by_its_own_formula(report):
    assert (
        "| Angka Kematian Ibu | 120 per 100.000 KH | 135 per 100.000 KH | 87,50% | Tidak Tercapai |" in report
    )
    assert "Realisasi masih lebih tinggi dari target" in report


def test_missing_names_and_dates_leave_no_doubled_or_dangling_words(report):
    # no name of the kepala daerah: the office alone, not "Bupati X, selaku Bupati X"
    assert "kepada pihak kedua, Bupati Tanjung Harapan. Lampiran ini" in report
    assert "selaku Bupati" not in report
    # a PK version without date or note: a sentence, not its bare name
    assert "PK Murni menetapkan anggaran program sebesar Rp" in report
    assert "\nPK Murni.\n" not in report
    assert "Rumusan visi" not in report and "belum diisi pada workbook" not in report
    assert "terdiri atas 1 unit kerja yang bertanggung jawab atas program" in report  # not "masing-masing"
    assert "Renstra menetapkan 1 sasaran strategis dengan 1 indikator kinerja" in report
