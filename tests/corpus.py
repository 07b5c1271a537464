"""The broken-input corpus: one case per validation rule and per robustness case.

Each case starts from a copy of a sample folder (input/ or tests/data/sukamaju), breaks it the way a
sub-coordinator or a file transfer would, and states the finding it must produce (code, file, sheet, cell)
and the exit status of `lkj validate` (1 for errors, 0 for warnings, 2 when validate cannot run).
`python dev/make_corpus.py DIR` writes every case as a folder for inspection.
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from tests.conftest import JAMBI, SUKAMAJU

SEK = "01-sekretariat.xlsx"
IKP = "02-informasi-komunikasi-publik.xlsx"
APL = "03-aplikasi-informatika.xlsx"
INS = "00-instansi.xlsx"


@dataclass(frozen=True)
class Case:
    name: str
    break_it: Callable[[Path], None]
    code: str
    file: str
    sheet: str
    cell: str
    exit: int = 1
    base: Path = JAMBI


def edit(name: str, sheet: str, cells: dict[str, Any]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        wb = openpyxl.load_workbook(folder / name)
        for ref, value in cells.items():
            wb[sheet][ref] = value
        wb.save(folder / name)

    return apply


def workbook(name: str, change: Callable[[openpyxl.Workbook], None]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        wb = openpyxl.load_workbook(folder / name)
        change(wb)
        wb.save(folder / name)

    return apply


def both(*steps: Callable[[Path], None]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        for step in steps:
            step(folder)

    return apply


def _delete_rows(sheet: str, first: int, count: int) -> Callable[[openpyxl.Workbook], None]:
    return lambda wb: wb[sheet].delete_rows(first, count)


def _insert_blank_row(sheet: str, row: int) -> Callable[[openpyxl.Workbook], None]:
    return lambda wb: wb[sheet].insert_rows(row)


def _write_file(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes(data)


def _sparse(name: str, size: int) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        with (folder / name).open("wb") as fh:
            fh.write(b"PK\x03\x04")
            fh.seek(size - 1)
            fh.write(b"\0")

    return apply


def _xml_escape_in(name: str, marker: str, escaped: str) -> Callable[[Path], None]:
    """Put a character openpyxl refuses into the file the way Excel stores it (an _xHHHH_ escape)."""

    def apply(folder: Path) -> None:
        path = folder / name
        with zipfile.ZipFile(path) as source:
            members = [(info, source.read(info.filename)) for info in source.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for info, data in members:
                target.writestr(info, data.replace(marker.encode(), escaped.encode()))

    return apply


def _copy(source: str, target: str) -> Callable[[Path], None]:
    return lambda folder: shutil.copyfile(folder / source, folder / target)


def _remove(name: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).unlink()


def _truncate(name: str, keep: int) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes((folder / name).read_bytes()[:keep])


# A password-protected .xlsx is an OLE compound file whose directory names the stream "EncryptionInfo";
# that is all the reader looks at, so this minimal stand-in is enough to exercise the detection.
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
ENCRYPTED = OLE + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le")


def _meta_version(wb: openpyxl.Workbook) -> None:
    wb["_lkj"]["B2"] = 0


def _rename(old: str, new: str) -> Callable[[openpyxl.Workbook], None]:
    def apply(wb: openpyxl.Workbook) -> None:
        wb[old].title = new

    return apply


def _drop_sheet(sheet: str) -> Callable[[openpyxl.Workbook], None]:
    return lambda wb: wb.remove(wb[sheet])


def _merge(sheet: str, cells: str, value: str) -> Callable[[openpyxl.Workbook], None]:
    def apply(wb: openpyxl.Workbook) -> None:
        wb[sheet][cells.split(":")[0]] = value
        wb[sheet].merge_cells(cells)

    return apply


def _hide_rows(sheet: str, *rows: int) -> Callable[[openpyxl.Workbook], None]:
    def apply(wb: openpyxl.Workbook) -> None:
        for row in rows:
            wb[sheet].row_dimensions[row].hidden = True

    return apply


def _clear_header(sheet: str) -> Callable[[openpyxl.Workbook], None]:
    def apply(wb: openpyxl.Workbook) -> None:
        for cell in wb[sheet][3]:
            cell.value = None

    return apply


def _clear_form(sheet: str) -> Callable[[openpyxl.Workbook], None]:
    def apply(wb: openpyxl.Workbook) -> None:
        for row in range(4, 40):
            wb[sheet][f"B{row}"] = None

    return apply


CASES = [
    # ---- cells
    Case(
        "angka-berisi-teks",
        edit("05-persandian.xlsx", "Program", {"I4": "abc"}),
        "cell.number",
        "05-persandian.xlsx",
        "Program",
        "I4",
    ),
    Case(
        "rupiah-berisi-persen",
        edit(SEK, "Sub Kegiatan", {"G4": "12%"}),
        "cell.money",
        SEK,
        "Sub Kegiatan",
        "G4",
    ),
    Case(
        "sel-wajib-kosong",
        edit(SEK, "Sub Kegiatan", {"C5": None}),
        "cell.required",
        SEK,
        "Sub Kegiatan",
        "C5",
    ),
    Case(
        "pilihan-tak-dikenal", edit(INS, "Indikator", {"F5": "naik"}), "cell.choice", INS, "Indikator", "F5"
    ),
    Case(
        "fisik-di-atas-100", edit(SEK, "Sub Kegiatan", {"J4": 150}), "cell.range", SEK, "Sub Kegiatan", "J4"
    ),
    Case(
        "realisasi-rupiah-negatif",
        edit(SEK, "Sub Kegiatan", {"I4": -5}),
        "cell.range",
        SEK,
        "Sub Kegiatan",
        "I4",
    ),
    Case("tingkat-spbe-7", edit(INS, "SPBE", {"D4": 7}), "cell.range", INS, "SPBE", "D4"),
    Case(
        "tahun-bukan-angka", edit(SEK, "Identitas", {"B5": "dua ribu"}), "cell.year", SEK, "Identitas", "B5"
    ),
    Case("tanggal-mustahil", edit(INS, "Profil", {"B12": "31/02/2023"}), "cell.date", INS, "Profil", "B12"),
    Case(
        "target-bukan-angka",
        edit(INS, "PK Target", {"C4": "delapan puluh"}),
        "cell.target",
        INS,
        "PK Target",
        "C4",
    ),
    Case(
        "rumus-tanpa-nilai",
        edit(SEK, "Sub Kegiatan", {"I5": "=G5*0.9"}),
        "cell.formula-uncached",
        SEK,
        "Sub Kegiatan",
        "I5",
    ),
    Case(
        "karakter-kontrol",
        both(
            edit(SEK, "Program", {"B4": "Program KONTROL Penunjang"}),
            _xml_escape_in(SEK, " KONTROL", "_x0007_"),
        ),
        "cell.control-char",
        SEK,
        "Program",
        "B4",
    ),
    Case(
        "teks-terlalu-panjang",
        edit(INS, "Sasaran", {"B4": "x" * 1200}),
        "cell.too-long",
        INS,
        "Sasaran",
        "B4",
    ),
    Case(
        "kode-tidak-sesuai-pola",
        edit(SEK, "Sub Kegiatan", {"A4": "2.16.1.2.01.0001"}),
        "kode.format",
        SEK,
        "Sub Kegiatan",
        "A4",
    ),
    Case(
        "kode-tidak-diawali-induk",
        edit(SEK, "Sub Kegiatan", {"A4": "2.16.09.2.01.0001"}),
        "kode.parent",
        SEK,
        "Sub Kegiatan",
        "A4",
    ),
    Case(
        "nip-tidak-18-angka",
        edit(INS, "Profil", {"B14": "1970 05 25"}),
        "cell.nip",
        INS,
        "Profil",
        "B14",
        exit=0,
    ),
    Case(
        "tanggal-tanda-tangan-kosong", lambda folder: None, "cell.date-missing", INS, "Profil", "B12", exit=0
    ),
    # ---- within a workbook
    Case(
        "kode-ganda",
        edit(SEK, "Sub Kegiatan", {"A5": "2.16.01.2.01.0001"}),
        "table.duplicate",
        SEK,
        "Sub Kegiatan",
        "A5",
    ),
    Case(
        "sub-kegiatan-tanpa-induk",
        edit(SEK, "Sub Kegiatan", {"B4": "2.16.01.2.99"}),
        "hierarchy.orphan",
        SEK,
        "Sub Kegiatan",
        "B4",
    ),
    Case(
        "sasaran-tanpa-indikator",
        edit(INS, "Sasaran", {"A9": "SS-06", "B9": "Sasaran baru"}),
        "sasaran.no-indicator",
        INS,
        "Sasaran",
        "A9",
        exit=0,
    ),
    Case(
        "indikator-tanpa-target",
        workbook(INS, _delete_rows("PK Target", 4, 15)),
        "indicator.no-target",
        INS,
        "Indikator",
        "A4",
        exit=0,
    ),
    Case(
        "realisasi-melebihi-pagu",
        edit(SEK, "Sub Kegiatan", {"I4": 9000000}),
        "budget.above-pagu",
        SEK,
        "Sub Kegiatan",
        "I4",
    ),
    Case("fisik-100-volume-kurang", lambda folder: None, "fisik.volume", SEK, "Sub Kegiatan", "J15", exit=0),
    Case(
        "volume-tanpa-satuan",
        edit(SEK, "Sub Kegiatan", {"F4": None}),
        "volume.no-satuan",
        SEK,
        "Sub Kegiatan",
        "F4",
        exit=0,
    ),
    Case("volume-tanpa-target", lambda folder: None, "volume.no-target", SEK, "Sub Kegiatan", "E18", exit=0),
    Case(
        "realisasi-indikator-kosong", lambda folder: None, "realisasi.missing", APL, "Program", "I4", exit=0
    ),
    Case(
        "baris-kosong-di-tengah",
        workbook(SEK, _insert_blank_row("Sub Kegiatan", 6)),
        "table.empty-row",
        SEK,
        "Sub Kegiatan",
        "A6",
        exit=0,
    ),
    Case(
        "isian-di-luar-tabel",
        edit(SEK, "Sub Kegiatan", {"P7": "catatan pinggir"}),
        "table.outside",
        SEK,
        "Sub Kegiatan",
        "P7",
        exit=0,
    ),
    Case(
        # one explanation typed once for three rows, merged down over them as in a hand-made table
        "sel-digabung",
        workbook(SEK, _merge("Sub Kegiatan", "K4:K6", "Pengadaan terlambat karena revisi DPA")),
        "table.merged",
        SEK,
        "Sub Kegiatan",
        "K4",
        exit=0,
    ),
    Case(
        # a sum typed (as a formula never calculated) under the table, as staff do by habit
        "baris-jumlah",
        edit(SEK, "Sub Kegiatan", {"C23": "JUMLAH", "G23": "=SUM(G4:G22)", "I23": 14597171260}),
        "table.total-row",
        SEK,
        "Sub Kegiatan",
        "C23",
        exit=0,
    ),
    Case(
        # rows hidden (or filtered out) are read all the same: whoever checks the sheet must know
        "baris-tersembunyi",
        workbook(SEK, _hide_rows("Sub Kegiatan", 6, 7)),
        "table.hidden-row",
        SEK,
        "Sub Kegiatan",
        "A6",
        exit=0,
    ),
    Case(
        "baris-lanjutan-tanpa-induk",
        both(
            workbook(SEK, _insert_blank_row("Sub Kegiatan", 4)),
            edit(SEK, "Sub Kegiatan", {"D4": "Indikator tambahan"}),
        ),
        "table.continuation",
        SEK,
        "Sub Kegiatan",
        "A4",
    ),
    Case(
        "baris-lanjutan-berpagu",
        both(
            workbook(SEK, _insert_blank_row("Sub Kegiatan", 5)),
            edit(SEK, "Sub Kegiatan", {"D5": "Indikator kedua", "G5": 1000}),
        ),
        "table.continuation-extra",
        SEK,
        "Sub Kegiatan",
        "G5",
    ),
    Case("target-tanpa-satuan", lambda folder: None, "target.no-satuan", SEK, "Kegiatan", "F8", exit=0),
    # ---- across workbooks
    Case(
        # a program or kegiatan may be shared by two bidang (issue 17), a sub kegiatan belongs to one
        "kode-diisi-dua-bidang",
        edit(IKP, "Sub Kegiatan", {"A4": "2.16.01.2.01.0001"}),
        "cross.duplicate-kode",
        IKP,
        "Sub Kegiatan",
        "A4",
    ),
    Case(
        "kode-sama-nama-berbeda",
        edit(IKP, "Program", {"A4": "2.16.01"}),
        "cross.shared-name",
        IKP,
        "Program",
        "B4",
    ),
    Case(
        "realisasi-diisi-dua-bidang",
        edit(IKP, "Capaian Indikator", {"A5": "IK-05", "F5": 100}),
        "cross.duplicate-realisasi",
        IKP,
        "Capaian Indikator",
        "A5",
    ),
    Case(
        "anggaran-pk-tidak-sama-pagu",
        edit(SEK, "Sub Kegiatan", {"G4": 8087300}),
        "cross.pk-budget",
        INS,
        "PK Anggaran",
        "D14",
        exit=0,
    ),
    Case(
        "program-pk-tak-dikenal",
        edit(INS, "PK Anggaran", {"B18": "2.21.09"}),
        "cross.pk-program",
        INS,
        "PK Anggaran",
        "B18",
    ),
    Case("target-pk-berbeda", lambda folder: None, "cross.pk-target", APL, "Program", "G4", exit=0),
    Case("kata-ganda", lambda folder: None, "teks.kata-ganda", APL, "Capaian Indikator", "G5", exit=0),
    Case("ejaan", lambda folder: None, "teks.ejaan", APL, "Capaian Indikator", "G5", exit=0),
    Case("tidak-baku", lambda folder: None, "teks.tidak-baku", APL, "Capaian Indikator", "H5", exit=0),
    Case("desimal-titik", lambda folder: None, "teks.desimal-titik", APL, "Capaian Indikator", "G5", exit=0),
    Case("iku-tidak-di-pk", lambda folder: None, "cross.iku-not-in-pk", INS, "Indikator", "A9", exit=0),
    Case("tahun-berbeda", edit(SEK, "Identitas", {"B5": 2021}), "file.year", SEK, "Identitas", "B5"),
    Case(
        "templat-versi-lama", workbook(SEK, _meta_version), "file.template-version", SEK, "_lkj", "B2", exit=0
    ),
    Case("workbook-bidang-hilang", _remove("05-persandian.xlsx"), "file.bidang-missing", INS, "Bidang", "A8"),
    Case(
        "bidang-tak-terdaftar",
        edit(SEK, "Identitas", {"B4": "Sekretariat Dinas"}),
        "file.bidang-unknown",
        SEK,
        "Identitas",
        "B4",
    ),
    Case(
        "indikator-tak-dikenal",
        edit(SEK, "Capaian Indikator", {"A4": "IK-99"}),
        "ref.indikator",
        SEK,
        "Capaian Indikator",
        "A4",
    ),
    Case("sasaran-tak-dikenal", edit(SEK, "Program", {"C4": "SS-09"}), "ref.sasaran", SEK, "Program", "C4"),
    Case(
        "bidang-pj-tak-dikenal",
        edit(INS, "Indikator", {"I4": "Bidang Entah"}),
        "ref.bidang",
        INS,
        "Indikator",
        "I4",
    ),
    Case(
        "versi-pk-tak-dikenal",
        edit(INS, "PK Target", {"A4": "PK Lain"}),
        "ref.pk-versi",
        INS,
        "PK Target",
        "A4",
    ),
    Case(
        "tabel-konversi-tak-dikenal",
        edit(INS, "Indikator", {"K4": "Tabel Entah"}),
        "ref.konversi",
        INS,
        "Indikator",
        "K4",
    ),
    Case(
        "skala-tanpa-baris-terendah",
        edit(INS, "Skala Nilai", {"B7": 10, "C7": "minimal"}),
        "scale.invalid",
        INS,
        "Skala Nilai",
        "A7",
    ),
    Case(
        "konversi-tumpang-tindih",
        edit("00-instansi.xlsx", "Tabel Konversi", {"C5": "Ya"}),
        "konversi.overlap",
        INS,
        "Tabel Konversi",
        "B5",
        base=SUKAMAJU,
    ),
    Case(
        "konversi-tanpa-batas",
        edit(INS, "Tabel Konversi", {"B4": None, "C4": None, "D4": None}),
        "konversi.bound",
        INS,
        "Tabel Konversi",
        "B4",
        base=SUKAMAJU,
    ),
    Case(
        "konversi-termasuk-dari-kosong",
        edit(INS, "Tabel Konversi", {"C5": None}),
        "konversi.bound",
        INS,
        "Tabel Konversi",
        "C5",
        base=SUKAMAJU,
    ),
    Case(
        # 92 belongs neither to 90–92 (now < 92) nor to > 92–94
        "konversi-batas-terlewat",
        edit(INS, "Tabel Konversi", {"E4": "Tidak"}),
        "konversi.gap",
        INS,
        "Tabel Konversi",
        "C5",
        exit=0,
        base=SUKAMAJU,
    ),
    Case(
        "target-kategori-tak-dikenal",
        edit(INS, "PK Target", {"C7": "Provinsi Informatif"}),
        "cell.target",
        INS,
        "PK Target",
        "C7",
        base=SUKAMAJU,
    ),
    Case(
        "alasan-tidak-sesuai-analisis",
        edit(
            INS,
            "Keterangan Analisis",
            {"A4": "IK-01", "B4": "Target Akhir Renstra", "C4": "Tidak ada standar nasional"},
        ),
        "keterangan.alasan",
        INS,
        "Keterangan Analisis",
        "C4",
    ),
    Case(
        "alasan-lainnya-tanpa-penjelasan",
        edit(
            INS, "Keterangan Analisis", {"A4": "IK-01", "B4": "Standar Nasional/Pembanding", "C4": "Lainnya"}
        ),
        "keterangan.penjelasan",
        INS,
        "Keterangan Analisis",
        "D4",
        exit=0,
    ),
    Case(
        "realisasi-dihitung-polaritas-minimal",
        edit(INS, "Indikator", {"J8": "Indeks SPBE"}),
        "sumber.polaritas",
        INS,
        "Indikator",
        "F8",
        exit=0,
        base=SUKAMAJU,
    ),
    Case(
        # IK-07 computed from the program indicators, one of which is linked to it
        "indikator-program-melingkar",
        edit(INS, "Indikator", {"J10": "Persentase indikator program tercapai", "E10": "%"}),
        "sumber.circular",
        SEK,
        "Program",
        "E4",
        base=SUKAMAJU,
    ),
    Case(
        "logo-tidak-ada",
        edit(INS, "Profil", {"B21": "logo-pemkot.png"}),
        "file.logo",
        INS,
        "Profil",
        "B21",
        exit=0,
    ),
    Case(
        "satuan-indikator-belum-diisi",
        edit(INS, "Indikator", {"E4": None}),
        "cell.missing",
        INS,
        "Indikator",
        "E4",
        exit=0,
    ),
    Case(
        "realisasi-tanpa-pagu",
        edit(SEK, "Sub Kegiatan", {"G4": None}),
        "budget.no-pagu",
        SEK,
        "Sub Kegiatan",
        "G4",
    ),
    Case(
        "spbe-tidak-lengkap",
        edit(INS, "SPBE", {"D4": 3, "D5": 2}),
        "spbe.incomplete",
        INS,
        "SPBE",
        "D4",
        exit=0,
    ),
    Case(
        "realisasi-dihitung-juga-diketik",
        both(
            edit(INS, "Indikator", {"J11": "Persentase indikator program tercapai"}),
            edit(SEK, "Capaian Indikator", {"F5": 60}),
        ),
        "sumber.typed",
        SEK,
        "Capaian Indikator",
        "F5",
        exit=0,
        base=SUKAMAJU,
    ),
    Case(
        "indeks-spbe-berbeda",
        edit("02-infrastruktur-spbe.xlsx", "Capaian Indikator", {"F4": 3.5}),
        "report.spbe-mismatch",
        "02-infrastruktur-spbe.xlsx",
        "Capaian Indikator",
        "F4",
        exit=0,
        base=SUKAMAJU,
    ),
    Case(
        "realisasi-tahun-ini-di-renstra",
        edit(INS, "Target Renstra", {"D5": 2.5}),
        "renstra.current-year",
        INS,
        "Target Renstra",
        "D5",
        exit=0,
    ),
    # each empty analysis slot at the cell that fills it: IK-01's target akhir Renstra
    Case("analisis-akan-kosong", lambda f: None, "report.analysis-empty", INS, "Indikator", "P4", exit=0),
    Case("teks-laporan-kosong", lambda folder: None, "report.text-missing", INS, "Profil", "B19", exit=0),
    Case("iku-di-luar-sasaran", lambda f: None, "report.outside-cascade", INS, "Indikator", "B9", exit=0),
    Case(
        "indikator-gagal-tanpa-penyebab",
        edit("03-aplikasi-informatika.xlsx", "Capaian Indikator", {"G5": None, "H5": None}),
        "report.failed-unexplained",
        "03-aplikasi-informatika.xlsx",
        "Capaian Indikator",
        "G5",
        exit=0,
    ),
    Case(
        "profil-kosong", workbook(INS, _clear_form("Profil")), "instansi.profil-missing", INS, "Profil", "B4"
    ),
    Case(
        "identitas-kosong",
        workbook(SEK, _clear_form("Identitas")),
        "identitas.missing",
        SEK,
        "Identitas",
        "B4",
    ),
    Case("workbook-instansi-hilang", _remove(INS), "file.instansi-missing", "", "", ""),
    Case(
        "workbook-instansi-ganda",
        _copy(INS, "00-instansi-salinan.xlsx"),
        "file.instansi-duplicate",
        "00-instansi.xlsx",
        "",
        "",
    ),
    Case(
        "workbook-bidang-ganda",
        _copy(SEK, "06-sekretariat-revisi.xlsx"),
        "file.bidang-duplicate",
        "06-sekretariat-revisi.xlsx",
        "Identitas",
        "",
    ),
    # ---- sheets and columns
    Case("lembar-dihapus", workbook(SEK, _drop_sheet("Kegiatan")), "sheet.missing", SEK, "Kegiatan", ""),
    Case(
        "lembar-opsional-dihapus",
        workbook(SEK, _drop_sheet("Capaian Indikator")),
        "sheet.missing-optional",
        SEK,
        "Capaian Indikator",
        "",
        exit=0,
    ),
    Case(
        "lembar-diganti-nama",
        workbook(SEK, _rename("Program", "Program (2)")),
        "sheet.renamed",
        SEK,
        "Program (2)",
        "",
        exit=0,
    ),
    Case(
        "kolom-wajib-hilang",
        edit(SEK, "Sub Kegiatan", {"G3": "Anggaran"}),
        "sheet.column-missing",
        SEK,
        "Sub Kegiatan",
        "3",
    ),
    Case(
        "kepala-kolom-hilang",
        workbook(SEK, _clear_header("Kegiatan")),
        "sheet.header-missing",
        SEK,
        "Kegiatan",
        "3",
    ),
    # ---- files
    Case(
        "berkas-lain-di-folder",
        both(
            _write_file("~$01-sekretariat.xlsx", b"kunci"),
            _write_file(".DS_Store", b"x"),
            _write_file("LKj 2021.pdf", b"%PDF-1.4"),
        ),
        "file.skipped",
        "LKj 2021.pdf",
        "",
        "",
        exit=0,
    ),
    Case("berkas-rusak", _truncate(SEK, 4000), "file.corrupt", SEK, "", ""),
    Case("format-xls-lama", _write_file("06-lama.xls", OLE), "file.xls", "06-lama.xls", "", ""),
    Case(
        "berkas-bersandi",
        _write_file("06-bersandi.xlsx", ENCRYPTED),
        "file.encrypted",
        "06-bersandi.xlsx",
        "",
        "",
    ),
    Case(
        "workbook-bermakro",
        both(_copy(SEK, "01-sekretariat.xlsm"), _remove(SEK)),
        "file.xlsm",
        "01-sekretariat.xlsm",
        "",
        "",
        exit=0,
    ),
    Case("berkas-0-byte", _write_file("07-kosong.xlsx", b""), "file.empty", "07-kosong.xlsx", "", ""),
    Case(
        "berkas-50-mb", _sparse("08-besar.xlsx", 50 * 1024 * 1024), "file.too-large", "08-besar.xlsx", "", ""
    ),
]


def materialise(case: Case, target: Path) -> Path:
    shutil.copytree(case.base, target)
    case.break_it(target)
    return target
