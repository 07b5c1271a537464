"""Rules on the signature blocks: a date to sign on (the Profil's), and a NIP of eighteen digits (the
head of the office's, and the APIP official's on the Penyampaian sheet). Warnings only: the report
leaves room for a date written by hand."""

from __future__ import annotations

from collections.abc import Iterator

from lkj.findings import Finding, Rule, Severity, finding
from lkj.model import Dataset
from lkj.settings import Settings

CELL_DATE_MISSING = Rule("cell.date-missing", Severity.WARNING, "Tanggal penandatanganan kosong", gap=True)
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
    signers = [(p.kepala_nip, p.src.ref("kepala_nip"), "kepala instansi")]
    if instansi.penyampaian is not None:
        reviu = instansi.penyampaian
        signers.append((reviu.apip_nip, reviu.src.ref("apip_nip"), "pejabat APIP"))
    for nip, where, who in signers:
        if nip and len("".join(ch for ch in nip if ch.isdigit())) != 18:
            yield finding(
                CELL_NIP,
                where,
                f"NIP \u201c{nip}\u201d tidak terdiri atas 18 angka. Periksa kembali NIP {who}.",
            )
