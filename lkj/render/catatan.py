"""The Catatan Penyusunan: the last chapter of a konsep, for the staff who complete the data. It is the only
place of the document that names workbooks, sheets and cells: every finding that blocks a final report
(data not entered yet, contradictions, the analyses that will stay empty), each with what to fill or fix;
with the Pengaturan 'Lampirkan Catatan Validasi', the other warnings too. A final report has no such
chapter (lkj.pipeline refuses it while anything here stands).

Its tables are the staff's, not the report's: they are numbered in a series of their own (Tabel C.1, C.2,
…; lkj.render.docx.CLOSING), which the Daftar Tabel does not list and the Lampiran's numbers ignore."""

from __future__ import annotations

from lkj.findings import Severity
from lkj.periksa.present import ringkasan
from lkj.render import tables
from lkj.render.blocks import Content
from lkj.render.report import Report
from lkj.validate.present import ordered

TITLE = "CATATAN PENYUSUNAN"


def catatan(r: Report) -> Content:
    blocking = ordered([f for f in r.warnings if f.blocks_final])
    content = Content().text(
        "Bab ini hanya terdapat pada konsep laporan dan tidak termasuk dalam laporan final. Bab ini "
        "ditujukan kepada penyusun: setiap data yang belum diisi atau saling bertentangan disebut dengan "
        "berkas, lembar dan sel yang perlu dilengkapi atau diperbaiki."
    )
    if blocking:
        content.text(
            f"Sebanyak {len(blocking)} hal berikut masih menghalangi laporan final. Setelah semuanya "
            "diselesaikan pada workbook, susun ulang laporan; laporan final disusun dengan perintah "
            "lkj build FOLDER --final."
        )
        content.table("Hal yang masih menghalangi laporan final", tables.catatan(blocking))
    else:
        content.text(
            "Data masukan lengkap dan tidak ada yang saling bertentangan. Laporan final dapat disusun "
            "dengan perintah lkj build FOLDER --final."
        )
    others = [f for f in r.warnings if not f.blocks_final and f.severity is Severity.WARNING]
    if r.hasil.settings.lampiran_validasi and others:
        content.text(
            "Peringatan berikut tidak menghalangi laporan final, tetapi perlu diperiksa kebenarannya."
        )
        content.table("Peringatan yang perlu diperiksa", tables.catatan(ordered(others)))
    if r.periksa is not None:
        _periksa(content, r)
    return content


def _periksa(content: Content, r: Report) -> None:
    """The LKE self-check (lkj periksa): the predicted points and, per criterion, its answer and the data
    that would raise it."""
    assert r.periksa is not None
    content.text(
        "Swa-evaluasi LKE. " + ringkasan(r.periksa) + " Perkiraan ini dihitung dari isi laporan; "
        "rinciannya ditampilkan lkj periksa FOLDER, dan kertas kerja reviu untuk APIP ditulis dengan lkj "
        "periksa FOLDER --reviu BERKAS.xlsx."
    )
    content.table("Swa-evaluasi LKE komponen Pelaporan Kinerja", tables.periksa(r.periksa))
