"""The 'Petunjuk' sheet: how to fill the workbook, and what every sheet and column expects."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font, Protection
from openpyxl.worksheet.worksheet import Worksheet

from lkj.contract import GUIDE_SHEET, FormSheet, WorkbookSpec
from lkj.contract.kinds import Column
from lkj.xlsx.cells import put

GENERAL = (
    "Isi hanya sel berlatar kuning muda. Judul, kepala kolom dan lembar ini terkunci agar susunan "
    "workbook tidak berubah.",
    "Arahkan penunjuk ke kepala kolom (tanda segitiga merah) untuk membaca penjelasan kolom itu. Kolom "
    "bertanda * wajib diisi. Kode, nama, kolom induk, polaritas dan tahun harus selalu diisi; data yang "
    "belum ada (mis. pagu, realisasi, target) boleh menyusul: pemeriksaan menyebutnya 'belum diisi' dan "
    "konsep laporan tetap dapat disusun.",
    "Satu baris untuk satu data. Jangan biarkan baris kosong di tengah tabel, jangan menulis di luar "
    "kolom tabel, dan jangan menggabungkan sel (Merge & Center): isi setiap baris, walau isinya sama.",
    "Angka boleh diketik dengan format Indonesia (1.500.000 atau 98,5) maupun tanpa pemisah. Rupiah tanpa "
    "sen. Jangan memakai rumus (formula) Excel: ketik nilainya. Angka indikator dimuat di laporan dengan "
    "desimal seperti diketik: 3,40 tetap 3,40 (termasuk bila desimalnya diatur lewat format sel).",
    "Jangan mengetik persentase capaian, persentase keuangan, total atau jumlah: semuanya dihitung "
    "otomatis oleh aplikasi dari angka yang Anda isi.",
    "Realisasi yang belum ada datanya dibiarkan kosong (bukan 0): laporan akan menyebutnya 'belum ada data'.",
    "Indikator yang realisasinya dihitung aplikasi (kolom Sumber Realisasi di lembar Indikator workbook "
    "instansi: persentase indikator program yang tercapai, Indeks SPBE, atau indeks satu domain SPBE) "
    "tidak diketik realisasinya: bidang penanggung jawab hanya mengisi penjelasannya di lembar Capaian "
    "Indikator. Angka yang tetap diketik di sana tidak dipakai laporan dan disebutkan pemeriksaan bila "
    "berbeda dengan hasil hitung.",
    "Jangan mengganti nama lembar. Simpan sebagai Excel Workbook (.xlsx), bukan .xls atau .xlsm.",
    "Sebelum dikirim, periksa dengan perintah: lkj validate NAMA_FOLDER. Setiap masalah disebutkan "
    "lengkap dengan nama lembar dan selnya.",
)


def write_guide(ws: Worksheet, spec: WorkbookSpec, tahun: int | None) -> None:
    ws.title = GUIDE_SHEET
    title = f"PETUNJUK PENGISIAN {spec.title.upper()}" + (f" TAHUN {tahun}" if tahun else "")
    put(ws, 1, 1, title).font = Font(bold=True, size=14, color="1F4E78")
    put(ws, 2, 1, f"Diisi oleh: {spec.filled_by}. {spec.purpose}")
    row = 4
    put(ws, row, 1, "Cara mengisi").font = Font(bold=True)
    for number, text in enumerate(GENERAL, start=1):
        row += 1
        put(ws, row, 1, f"{number}.")
        put(ws, row, 2, text)
    row += 2
    put(ws, row, 1, "Isi setiap lembar").font = Font(bold=True)
    for sheet in spec.sheets:
        row += 1
        put(ws, row, 1, sheet.name).font = Font(bold=True, color="1F4E78")
        put(ws, row, 2, sheet.intro)
        columns = sheet.fields if isinstance(sheet, FormSheet) else sheet.columns
        for column in columns:
            row += 1
            put(ws, row, 2, _describe(column, sheet.essential))
    for r in range(1, row + 1):
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 120
    ws.protection.sheet = True
    ws["A1"].protection = Protection(locked=True)


def _describe(column: Column, essential: frozenset[str]) -> str:
    if not column.required:
        required = "opsional"
    else:
        required = "wajib" if column.key in essential else "wajib, boleh menyusul"
    return f"• {column.header} ({column.kind.value}, {required}): {column.help}"
