"""Rules on the profile's signature block: a date to sign on, and a NIP of eighteen digits. Warnings
only: the report leaves room for a date written by hand."""

from __future__ import annotations

from collections.abc import Iterator

from lkj.findings import Finding, Rule, Severity, finding
from lkj.model import Dataset
from lkj.settings import Settings

CELL_DATE_MISSING = Rule("cell.date-missing", Severity.WARNING, "Tanggal penandatanganan kosong")
CELL_NIP = Rule("cell.nip", Severity.WARNING, "NIP tidak 18 angka")

RULES = (CELL_DATE_MISSING, CELL_NIP)


def check(dataset: Dataset, settings: Settings) -> Iterator[Finding]:
    instansi = dataset.instansi
    if instansi is None or instansi.profil is None:
        return
    p = instansi.profil
    if p.tanggal is None:
        yield finding(
            CELL_DATE_MISSING,
            p.src.ref("tanggal"),
            "Tanggal penandatanganan kosong; laporan memberi ruang "
            "titik-titik untuk ditulis tangan. Isi tanggalnya bila sudah ditetapkan.",
        )
    if p.kepala_nip and len("".join(ch for ch in p.kepala_nip if ch.isdigit())) != 18:
        yield finding(
            CELL_NIP,
            p.src.ref("kepala_nip"),
            f"NIP \u201c{p.kepala_nip}\u201d tidak terdiri atas 18 "
            "angka. Periksa kembali NIP kepala instansi.",
        )
