"""`lkj periksa FOLDER --reviu KK.xlsx`: the kertas kerja reviu for the APIP (Inspektorat). One row per
check: the LKE criterion, the item looked at, what lkj found, where it is in the report, the data that
would complete it, and two columns for the reviewer's conclusion and note. A second sheet sums up each
criterion's predicted answer and points.

Every text goes into its cell as text (lkj.xlsx.cells: a name starting with '=' is never a formula); the
file is written atomically with fixed dates (lkj.xlsx.save) and marked as lkj's (lkj.outputs): lkj
replaces its own kertas kerja, never one a reviewer has saved, nor an input."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from math import ceil
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lkj import outputs
from lkj.indonesian import angka, persen
from lkj.layout import column_letter
from lkj.periksa.hasil import Pemeriksaan
from lkj.periksa.present import NOT_CHECKABLE, judul, ringkasan, rows
from lkj.xlsx.cells import put
from lkj.xlsx.save import save

SHEET = "Kertas Kerja Reviu"
SUMMARY = "Ringkasan"
SIMPULAN = ("Sesuai", "Tidak sesuai", "Perlu perbaikan")
CRITERION, ANSWER, ITEM = "Kode", "Jawaban lkj (cakupan)", "Yang diperiksa"  # what lkj diff matches on
# header, width; the reviewer's two columns last
COLUMNS = (
    ("No", 5),
    (CRITERION, 8),
    ("Kriteria LKE", 40),
    (ANSWER, 14),
    (ITEM, 34),
    ("Hasil lkj", 14),
    ("Bukti di laporan", 48),
    ("Letak di laporan", 30),
    ("Data yang perlu dilengkapi", 48),
    ("Simpulan Pereviu", 16),
    ("Catatan Pereviu", 40),
)
HEADER_ROW = 4
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E2F3")
SHORT_FILL = PatternFill("solid", fgColor="FCE4D6")
REVIEWER_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")
LINE_HEIGHT = 15  # points per line of wrapped text (11-point Calibri)


def may_write(path: Path, inputs: Sequence[Path | None], replace: bool) -> None:
    """Refuse (WriteProblem) a kertas kerja over an input, inside an input folder, or over a file lkj did
    not write as one (unless `replace`)."""
    outputs.check([(path, outputs.KERTAS_KERJA)], inputs, replace)


def write_kertas_kerja(p: Pemeriksaan, path: Path | IO[bytes]) -> None:
    """The kertas kerja of `p`, written atomically to `path` (checked first with `may_write`), or into a
    stream (the web page's download)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    _checks(ws, p)
    _summary(wb.create_sheet(SUMMARY), p)
    wb.properties.creator = "lkj"
    wb.properties.title = judul(p)
    wb.properties.lastModifiedBy = outputs.KERTAS_KERJA_BY  # the mark of a file lkj may replace
    save(wb, path)


def _checks(ws: Worksheet, p: Pemeriksaan) -> None:
    widths = [w for _, w in COLUMNS]
    title_rows(
        ws,
        f"KERTAS KERJA REVIU LAPORAN KINERJA - {judul(p)}",
        ringkasan(p) + " Isi kolom Simpulan Pereviu dan Catatan Pereviu untuk setiap baris.",
        widths,
    )
    header_row(ws, [h for h, _ in COLUMNS])
    row = HEADER_ROW
    for n, b in enumerate(rows(p), 1):
        row = HEADER_ROW + n
        values = (n, b.kode, b.kriteria, b.jawaban, b.subjek, b.hasil, b.bukti, b.letak, b.perbaikan)
        for column, value in enumerate(values, 1):
            cell = put(ws, row, column, value)
            cell.alignment = WRAP
            if b.hasil == "Kurang":
                cell.fill = SHORT_FILL
        fit_row(ws, row, values, widths)
        for column in (len(values) + 1, len(values) + 2):
            ws.cell(row=row, column=column).fill = REVIEWER_FILL
    if row > HEADER_ROW:
        choice = DataValidation(type="list", formula1='"' + ",".join(SIMPULAN) + '"', allow_blank=True)
        choice.error = "Pilih " + ", ".join(SIMPULAN) + "."
        choice.prompt = "Simpulan pereviu atas baris ini."
        ws.add_data_validation(choice)
        letter = column_letter(len(COLUMNS) - 1)
        choice.add(f"{letter}{HEADER_ROW + 1}:{letter}{row}")
        ws.auto_filter.ref = f"A{HEADER_ROW}:{column_letter(len(COLUMNS))}{row}"
    set_widths(ws, widths)
    print_setup(ws)


def _summary(ws: Worksheet, p: Pemeriksaan) -> None:
    widths = [8, 60, 8, 10, 9, 8, 8, 50]
    title_rows(ws, f"RINGKASAN - {judul(p)}", ringkasan(p), widths)
    headers = ["Kode", "Kriteria / Subkomponen", "Bobot", "Cakupan", "Jawaban", "Nilai", "Poin", "Alasan"]
    header_row(ws, headers)
    row = HEADER_ROW
    for s in p.subkomponen:
        row += 1
        sub = s.subkomponen
        poin = angka(s.poin, 2) if s.poin is not None else NOT_CHECKABLE
        for column, value in enumerate((sub.kode, sub.nama, angka(sub.bobot), "", "", "", poin, ""), 1):
            put(ws, row, column, value).font = BOLD
        for c in s.penilaian:
            row += 1
            values = (
                c.kriteria.kode,
                c.kriteria.uraian,
                "",
                persen(c.cakupan),
                c.jawaban,
                angka(c.nilai, 2),
                "",
                c.alasan,
            )
            for column, value in enumerate(values, 1):
                put(ws, row, column, value).alignment = WRAP
            fit_row(ws, row, values, widths)
    row += 1
    put(ws, row, 1, "Jumlah").font = BOLD
    put(ws, row, 3, angka(p.bobot_diperiksa)).font = BOLD
    put(ws, row, 7, angka(p.poin, 2)).font = BOLD
    set_widths(ws, widths)
    print_setup(ws)


def title_rows(ws: Worksheet, title: str, summary: str, widths: Sequence[int]) -> None:
    """The title, then the predicted points over the width of the table (merged, wrapped)."""
    put(ws, 1, 1, title).font = Font(bold=True, size=12)
    put(ws, 2, 1, summary).alignment = WRAP
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(widths))
    fit_row(ws, 2, (summary,), [sum(widths)])


def fit_row(ws: Worksheet, row: int, values: Sequence[object], widths: Sequence[int]) -> None:
    """A row tall enough for its longest wrapped text: Calc and Excel keep the height a file gives and do
    not grow a row for wrapped text they only load."""
    lines = max(
        (ceil(len(v) / max(1, w - 1)) for v, w in zip(values, widths, strict=False) if isinstance(v, str)),
        default=1,
    )
    ws.row_dimensions[row].height = LINE_HEIGHT * max(1, lines)


def print_setup(ws: Worksheet) -> None:
    """Printed landscape on A4, as wide as the page, the header row on every page."""
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def header_row(ws: Worksheet, headers: Iterable[str]) -> None:
    for column, text in enumerate(headers, 1):
        cell = put(ws, HEADER_ROW, column, text)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def set_widths(ws: Worksheet, widths: Sequence[int]) -> None:
    for column, width in enumerate(widths, 1):
        ws.column_dimensions[column_letter(column)].width = width
