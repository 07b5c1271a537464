"""What the computation sees of the year that no rule over the workbooks can: which of the seven BAB III
analyses will be empty for which sasaran (with the cells that would fill them), and an SPBE index that
disagrees with the IKU that reports it. Each is a fact of the report (lkj.compute.compute keeps it in
Hasil) and a finding for the sub-coordinators, told with the validator's. Warnings only: the report says
so honestly.

This is the place for what the report will have to leave open: a new gap is a fact here, a Rule in
RULES, and a finding in `findings`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal

from lkj.compute.spbe import spbe_from
from lkj.findings import Finding, Rule, Severity, finding
from lkj.indonesian import angka
from lkj.model import CapaianIndikator, Dataset, Indikator, Instansi
from lkj.settings import Settings

ANALYSIS_EMPTY = Rule(
    "report.analysis-empty", Severity.WARNING, "Analisis BAB III yang akan kosong", gap=True
)
SPBE_MISMATCH = Rule(
    "report.spbe-mismatch",
    Severity.WARNING,
    "Indeks SPBE hasil hitung berbeda dengan realisasi IKU",
    final=True,  # two values of one index in one report
)
RULES = (ANALYSIS_EMPTY, SPBE_MISMATCH)

# the difference between an IKU's realisation and the computed SPBE index that is more than rounding
SPBE_TOLERANCE = Decimal("0.005")

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

# The comparisons that may be declared not to apply, with the reason told to the reader (issue 16)
DECLARABLE = {"b", "c", "d"}
DECLARE = (
    "bila perbandingan (b), (c) atau (d) memang tidak dapat disajikan (mis. indikator baru, tidak ada "
    "standar nasional), nyatakan alasannya di lembar Keterangan Analisis"
)


def empty_analyses(dataset: Dataset) -> dict[str, tuple[str, ...]]:
    """For each sasaran that has indicators (by kode): the analyses (letters of ANALYSES) that lack data."""
    instansi = dataset.instansi
    assert instansi is not None and instansi.profil is not None
    linked = {p.sasaran for b in dataset.bidang for p in b.program if p.sasaran}
    explained = {c.indikator for b in dataset.bidang for c in b.capaian if c.penyebab}
    history = {
        t.indikator
        for t in instansi.target_renstra
        if t.realisasi is not None and t.tahun < instansi.profil.tahun
    }
    out = {}
    for s in instansi.sasaran:
        members = [x for x in instansi.indikator if x.sasaran == s.kode]
        if members:
            out[s.kode] = _empty(members, s.kode in linked, explained, history)
    return out


def _empty(members: list[Indikator], linked: bool, explained: set[str], history: set[str]) -> tuple[str, ...]:
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
    return tuple(empty)


def spbe_differs(realisasi: Decimal | None, index: Decimal | None) -> bool:
    """An IKU measured on the SPBE scale reports another value than the index computed from the levels."""
    return realisasi is not None and index is not None and abs(realisasi - index) > SPBE_TOLERANCE


def findings(
    instansi: Instansi,
    empty: Mapping[str, tuple[str, ...]],
    spbe_rows: Sequence[tuple[Indikator, CapaianIndikator]],
    spbe_index: Decimal | None,
) -> tuple[Finding, ...]:
    """The findings of the year's facts: the empty analyses of each sasaran, then each IKU row whose
    realisation is not the SPBE index."""
    return tuple(_findings(instansi, empty, spbe_rows, spbe_index))


def _findings(
    instansi: Instansi,
    empty: Mapping[str, tuple[str, ...]],
    spbe_rows: Sequence[tuple[Indikator, CapaianIndikator]],
    spbe_index: Decimal | None,
) -> Iterator[Finding]:
    for s in instansi.sasaran:
        letters = empty.get(s.kode, ())
        if letters:
            text = "; ".join(ANALYSES[k] for k in letters)
            fixes = "; ".join(dict.fromkeys(HOW[k] for k in letters))
            if set(letters) & DECLARABLE:
                fixes += "; " + DECLARE
            yield finding(
                ANALYSIS_EMPTY,
                s.src.ref("kode"),
                f"Untuk sasaran {s.kode}, analisis {text} akan berisi kalimat 'belum tersedia'. Untuk "
                f"melengkapinya: {fixes}.",
            )
    for x, row in spbe_rows:
        assert row.realisasi is not None and spbe_index is not None
        yield finding(
            SPBE_MISMATCH,
            row.src.ref("realisasi"),
            f"Realisasi {x.kode} ({angka(row.realisasi)}) berbeda dengan Indeks SPBE hasil hitung dari 47 "
            f"tingkat kematangan ({angka(spbe_index, 2)}). Laporan memakai {angka(row.realisasi)} untuk "
            f"capaian {x.kode} dan {angka(spbe_index, 2)} pada uraian Indeks SPBE. Periksa tingkat "
            "kematangan di lembar SPBE atau realisasinya.",
        )


def year_findings(dataset: Dataset, settings: Settings) -> tuple[Finding, ...]:
    """The same findings for a year that is not computed (its input has errors, or only its findings are
    asked for), from the same facts: nothing when there is no instansi workbook or profile."""
    from lkj.compute.indikator import realisasi_row, sumber

    instansi = dataset.instansi
    if instansi is None or instansi.profil is None:
        return ()
    spbe = spbe_from(instansi.spbe, settings)
    index = spbe.indeks.value if spbe is not None else None
    src = sumber(dataset, instansi.profil.tahun, settings)
    rows = []
    for x in instansi.indikator:
        # an IKU whose realisation lkj computes is told by sumber.typed (lkj.compute.kontradiksi)
        typed = x.sumber_realisasi in (None, "diketik")
        row = realisasi_row(x, src) if x.skala_nilai == "spbe" and typed else None
        if row is not None and spbe_differs(row.realisasi, index):
            rows.append((x, row))
    return findings(instansi, empty_analyses(dataset), rows, index)
