"""The konsep's Catatan Penyusunan as a work list the secretariat hands to the bidang: one row per finding
that blocks a final (file, sheet, cell, kind, what was found and what to fill or fix, the rule's code),
in the order the text form tells them (lkj.validate.present.ordered), with a header row that filters and
stays in view, and a column for the bidang's follow-up.

Every value goes in as text (lkj.xlsx.cells: a message or a file name starting with '=' is never a
formula); the file is written atomically with fixed dates (lkj.xlsx.save), marked as lkj's (lkj.outputs:
a later build replaces it until someone saves it).

Not a column each for what was found and what is expected: a Finding carries one message, which tells
both (and often what the report does meanwhile) in sentences whose shape differs from rule to rule, so
no split of it would be right for every rule."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Alignment

from lkj import outputs
from lkj.findings import Finding
from lkj.layout import column_letter
from lkj.validate.present import FOLDER, GAP_LABEL, ordered
from lkj.xlsx.cells import put
from lkj.xlsx.kertas_kerja import (
    HEADER_ROW,
    fit_row,
    header_row,
    print_setup,
    set_widths,
    title_rows,
)
from lkj.xlsx.save import save

SHEET = "Catatan Penyusunan"
TITLE = "CATATAN PENYUSUNAN - DAFTAR KERJA"
COMPLETE = "Data masukan lengkap dan tidak ada yang saling bertentangan; laporan final dapat disusun."
# header, width; the bidang's follow-up column last
COLUMNS = (
    ("No", 5),
    ("Berkas (bidang)", 30),
    ("Lembar", 20),
    ("Sel", 8),
    ("Jenis", 12),
    ("Temuan dan yang perlu diisi atau diperbaiki", 70),
    ("Kode aturan", 22),
    ("Tindak lanjut bidang", 30),
)
WRAP = Alignment(wrap_text=True, vertical="top")


def items(blocking: Sequence[Finding]) -> list[tuple[str, str, str, str, str, str]]:
    """The list's rows (without their number): file, sheet, cell, kind, message, code, in lkj's order."""
    return [(f.file or FOLDER, f.sheet, f.cell, _kind(f), f.message, f.code) for f in ordered(blocking)]


def _kind(f: Finding) -> str:
    return (GAP_LABEL if f.gap else f.severity.label).capitalize()


def beside(report: Path) -> Path:
    """Where `lkj build --catatan-xlsx` writes the work list of `report`: beside it, named after it."""
    return report.with_name(f"{report.stem}-catatan-penyusunan.xlsx")


def write_catatan(blocking: Sequence[Finding], path: Path | IO[bytes]) -> None:
    """The work list of `blocking` (a konsep's Checked.blocking), written atomically to `path`."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    widths = [w for _, w in COLUMNS]
    summary = (
        f"{len(blocking)} hal masih menghalangi laporan final. Lengkapi atau perbaiki setiap sel yang "
        "disebut pada workbook bidangnya, lalu catat tindak lanjutnya di kolom terakhir."
        if blocking
        else COMPLETE
    )
    title_rows(ws, TITLE, summary, widths)
    header_row(ws, [h for h, _ in COLUMNS])
    row = HEADER_ROW
    for n, values in enumerate(items(blocking), 1):
        row = HEADER_ROW + n
        for column, value in enumerate((str(n), *values), 1):
            put(ws, row, column, value).alignment = WRAP
        fit_row(ws, row, values, widths[1:])
    ws.auto_filter.ref = f"A{HEADER_ROW}:{column_letter(len(COLUMNS))}{row}"
    set_widths(ws, widths)
    print_setup(ws)
    wb.properties.creator = "lkj"
    wb.properties.title = "Catatan Penyusunan"
    wb.properties.lastModifiedBy = outputs.CATATAN_BY  # the mark of a file lkj may replace
    save(wb, path)
