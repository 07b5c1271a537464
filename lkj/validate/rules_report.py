"""Completeness for the report: which of the seven BAB III analyses will be empty for which sasaran, and
an SPBE index that disagrees with the IKU that reports it. Warnings only: the report says so honestly."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lkj.compute.spbe import spbe_from
from lkj.findings import Finding, Rule, Severity, finding
from lkj.indonesian import angka
from lkj.model import Dataset, Indikator, Instansi
from lkj.settings import Settings

REPORT_ANALYSIS_EMPTY = Rule("report.analysis-empty", Severity.WARNING, "Analisis BAB III yang akan kosong")
REPORT_SPBE_MISMATCH = Rule(
    "report.spbe-mismatch", Severity.WARNING, "Indeks SPBE hasil hitung berbeda dengan realisasi IKU"
)
CELL_DATE_MISSING = Rule("cell.date-missing", Severity.WARNING, "Tanggal penandatanganan kosong")
CELL_NIP = Rule("cell.nip", Severity.WARNING, "NIP tidak 18 angka")

RULES = (
    REPORT_ANALYSIS_EMPTY,
    REPORT_SPBE_MISMATCH,
    CELL_DATE_MISSING,
    CELL_NIP,
)

ANALYSES = {
    "b": "(b) perbandingan dengan tahun-tahun sebelumnya",
    "c": "(c) perbandingan dengan target akhir Renstra",
    "d": "(d) perbandingan dengan standar nasional",
    "e": "(e) penyebab keberhasilan/kegagalan",
    "f": "(f) efisiensi penggunaan sumber daya",
    "g": "(g) program pendukung",
}
HOW = {
    "b": "isi realisasi tahun-tahun lalu di lembar Target Renstra",
    "c": "isi Target Akhir Renstra di lembar Indikator",
    "d": "isi Standar Nasional di lembar Indikator bila ada",
    "e": "minta bidang penanggung jawab mengisi kolom Penyebab",
    "f": "kaitkan program ke sasaran ini (kolom Kode Sasaran di lembar Program)",
    "g": "kaitkan program ke sasaran ini (kolom Kode Sasaran di lembar Program)",
}


def check(dataset: Dataset, settings: Settings) -> Iterator[Finding]:
    instansi = dataset.instansi
    if instansi is None or instansi.profil is None:
        return
    yield from _profile(instansi)
    linked = {p.sasaran for b in dataset.bidang for p in b.program if p.sasaran}
    explained = {c.indikator for b in dataset.bidang for c in b.capaian if c.penyebab}
    history = {
        t.indikator
        for t in instansi.target_renstra
        if t.realisasi is not None and t.tahun < instansi.profil.tahun
    }
    for s in instansi.sasaran:
        members = [x for x in instansi.indikator if x.sasaran == s.kode]
        if not members:
            continue
        empty = _empty(members, s.kode in linked, explained, history)
        if empty:
            text = "; ".join(ANALYSES[k] for k in empty)
            fixes = "; ".join(dict.fromkeys(HOW[k] for k in empty))
            yield finding(
                REPORT_ANALYSIS_EMPTY,
                s.src.ref("kode"),
                f"Untuk sasaran {s.kode}, analisis {text} akan "
                f"berisi kalimat 'belum tersedia'. Untuk melengkapinya: {fixes}.",
            )
    yield from _spbe(dataset, instansi, settings)


def _empty(members: list[Indikator], linked: bool, explained: set[str], history: set[str]) -> list[str]:
    empty = []
    if not any(x.kode in history for x in members):
        empty.append("b")
    if all(x.target_akhir is None for x in members):
        empty.append("c")
    if all(x.standar_nasional is None for x in members):
        empty.append("d")
    if not any(x.kode in explained for x in members):
        empty.append("e")
    if not linked:
        empty += ["f", "g"]
    return empty


def _profile(instansi: Instansi) -> Iterator[Finding]:
    p = instansi.profil
    assert p is not None
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


def _spbe(dataset: Dataset, instansi: Instansi, settings: Settings) -> Iterator[Finding]:
    result = spbe_from(instansi.spbe, settings)
    if result is None or result.indeks.value is None:
        return
    iku = [x for x in instansi.indikator if x.skala_nilai == "spbe"]
    reported = {c.indikator: c for b in dataset.bidang for c in b.capaian}
    for x in iku:
        row = reported.get(x.kode)
        if row is None or row.realisasi is None:
            continue
        if abs(row.realisasi - result.indeks.value) > Decimal("0.005"):
            yield finding(
                REPORT_SPBE_MISMATCH,
                row.src.ref("realisasi"),
                f"Realisasi {x.kode} ({angka(row.realisasi)}) "
                f"berbeda dengan Indeks SPBE hasil hitung dari 47 tingkat kematangan "
                f"({angka(result.indeks.value, 2)}). Periksa tingkat kematangan di lembar SPBE atau "
                "realisasinya.",
            )
