"""The reader's rules: what can be wrong with a file, a sheet, a cell or a table, whatever the workbook
holds. Each is named by its code in every finding (docs/kontrak-workbook.md lists them all)."""

from __future__ import annotations

from lkj.findings import Rule, Severity

E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTICE

# files and folders
FILE_SKIPPED = Rule("file.skipped", N, "Berkas bukan workbook .xlsx dilewati")
FILE_EMPTY = Rule("file.empty", E, "Berkas kosong (0 byte)")
FILE_TOO_LARGE = Rule("file.too-large", E, "Berkas terlalu besar")
FILE_CORRUPT = Rule("file.corrupt", E, "Berkas rusak atau terpotong")
FILE_INFLATED = Rule("file.inflated", E, "Isi workbook terlalu besar setelah diurai")
FILE_UNREADABLE = Rule("file.unreadable", E, "Berkas tidak dapat dibuka")
FILE_LINK = Rule("file.link", E, "Pintasan (symlink) yang rusak")
FILE_NAME = Rule("file.name", W, "Nama berkas memuat karakter yang tidak dapat ditampilkan")
FILE_ENCRYPTED = Rule("file.encrypted", E, "Workbook dilindungi kata sandi")
FILE_XLS = Rule("file.xls", E, "Format Excel lama (.xls)")
FILE_XLSM = Rule("file.xlsm", W, "Workbook bermakro (.xlsm)")
FILE_UNKNOWN = Rule("file.unknown", E, "Workbook bukan templat lkj")
FILE_TEMPLATE_VERSION = Rule("file.template-version", W, "Workbook dari versi templat lama")
FILE_INSTANSI_MISSING = Rule("file.instansi-missing", E, "Workbook instansi tidak ada")
FILE_INSTANSI_DUPLICATE = Rule("file.instansi-duplicate", E, "Lebih dari satu workbook instansi")
FILE_BIDANG_DUPLICATE = Rule("file.bidang-duplicate", E, "Dua workbook untuk bidang yang sama")
FILE_LOGO = Rule("file.logo", W, "Berkas logo tidak dapat dipakai")

# sheets and columns
SHEET_MISSING = Rule("sheet.missing", E, "Lembar wajib tidak ada")
SHEET_MISSING_OPTIONAL = Rule("sheet.missing-optional", W, "Lembar opsional tidak ada")
SHEET_RENAMED = Rule("sheet.renamed", W, "Lembar berganti nama")
SHEET_TOO_LARGE = Rule("sheet.too-large", W, "Isian jauh di luar area yang dibaca")
SHEET_HEADER_MISSING = Rule("sheet.header-missing", E, "Baris kepala kolom tidak ditemukan")
SHEET_COLUMN_MISSING = Rule("sheet.column-missing", E, "Kolom wajib tidak ada")
SHEET_COLUMN_MISSING_OPTIONAL = Rule("sheet.column-missing-optional", W, "Kolom opsional tidak ada")
SHEET_FIELD_MISSING = Rule("sheet.field-missing", E, "Isian wajib tidak ada pada lembar formulir")

# cells
CELL_REQUIRED = Rule("cell.required", E, "Sel wajib kosong")
CELL_MISSING = Rule("cell.missing", W, "Data belum diisi", gap=True)
CELL_NUMBER = Rule("cell.number", E, "Bukan angka")
CELL_MONEY = Rule("cell.money", E, "Bukan jumlah rupiah")
CELL_INTEGER = Rule("cell.integer", E, "Bukan bilangan bulat")
CELL_YEAR = Rule("cell.year", E, "Bukan tahun")
CELL_DATE = Rule("cell.date", E, "Bukan tanggal")
CELL_TARGET = Rule("cell.target", E, "Bukan target (angka atau rentang)")
CELL_CHOICE = Rule("cell.choice", E, "Bukan salah satu pilihan")
CELL_RANGE = Rule("cell.range", E, "Angka di luar batas")
CELL_FORMULA_UNCACHED = Rule("cell.formula-uncached", E, "Rumus tanpa nilai tersimpan")
CELL_CONTROL_CHAR = Rule("cell.control-char", E, "Karakter yang tidak dapat dimuat di dokumen")
CELL_TOO_LONG = Rule("cell.too-long", E, "Teks terlalu panjang")

# tables within one workbook
TABLE_DUPLICATE = Rule("table.duplicate", E, "Kode atau baris ganda")
TABLE_EMPTY_ROW = Rule("table.empty-row", W, "Baris kosong di tengah tabel")
TABLE_OUTSIDE = Rule("table.outside", W, "Isian di luar kolom tabel")
TABLE_MERGED = Rule("table.merged", W, "Sel digabung di dalam tabel")
TABLE_TOTAL_ROW = Rule("table.total-row", W, "Baris jumlah/total diketik di bawah tabel")
TABLE_HIDDEN_ROW = Rule("table.hidden-row", W, "Baris berisi data disembunyikan")
TABLE_CONTINUATION = Rule("table.continuation", E, "Baris lanjutan indikator tanpa baris induk")
TABLE_CONTINUATION_EXTRA = Rule(
    "table.continuation-extra", E, "Baris lanjutan mengisi kolom selain indikator"
)

# What the reader says of a cell whose value it could not take (the model holds a neutral stand-in, or
# nothing): no later finding about that cell is told beside it (lkj.read.without_follow_ups)
NOT_READ = (
    CELL_REQUIRED,
    CELL_NUMBER,
    CELL_MONEY,
    CELL_INTEGER,
    CELL_YEAR,
    CELL_DATE,
    CELL_TARGET,
    CELL_CHOICE,
    CELL_RANGE,
    CELL_FORMULA_UNCACHED,
    CELL_TOO_LONG,
)

RULES = (
    FILE_SKIPPED,
    FILE_EMPTY,
    FILE_TOO_LARGE,
    FILE_CORRUPT,
    FILE_INFLATED,
    FILE_UNREADABLE,
    FILE_LINK,
    FILE_NAME,
    FILE_ENCRYPTED,
    FILE_XLS,
    FILE_XLSM,
    FILE_UNKNOWN,
    FILE_TEMPLATE_VERSION,
    FILE_INSTANSI_MISSING,
    FILE_INSTANSI_DUPLICATE,
    FILE_BIDANG_DUPLICATE,
    FILE_LOGO,
    SHEET_MISSING,
    SHEET_MISSING_OPTIONAL,
    SHEET_RENAMED,
    SHEET_TOO_LARGE,
    SHEET_HEADER_MISSING,
    SHEET_COLUMN_MISSING,
    SHEET_COLUMN_MISSING_OPTIONAL,
    SHEET_FIELD_MISSING,
    *NOT_READ,
    CELL_MISSING,
    CELL_CONTROL_CHAR,
    TABLE_DUPLICATE,
    TABLE_EMPTY_ROW,
    TABLE_OUTSIDE,
    TABLE_MERGED,
    TABLE_TOTAL_ROW,
    TABLE_HIDDEN_ROW,
    TABLE_CONTINUATION,
    TABLE_CONTINUATION_EXTRA,
)
