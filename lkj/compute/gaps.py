"""What the computation sees of the year that no rule over the workbooks can: which parts of the report
will be empty (a text of BAB I–II from the Uraian sheet, an analysis slot of BAB III for an indicator,
each with the cell that would fill it; a comparison declared not applicable in Keterangan Analisis is
not empty), which indicator fell short without its cause and upaya, and an SPBE index that disagrees
with the IKU that reports it. Each is a fact of the report (lkj.compute.compute keeps it in Hasil) and a
finding for the sub-coordinators, told with the validator's, and listed in the konsep's Catatan
Penyusunan; all of them block a final report (gaps, or final=True).

This is the place for what the report will have to leave open: a new gap is a fact here, a Rule in
RULES, and a finding in `findings`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from lkj.compute.spbe import spbe_from
from lkj.contract.lists import URAIAN
from lkj.findings import Finding, Rule, Severity, finding
from lkj.indonesian import angka, daftar
from lkj.model import CapaianIndikator, CellRef, Dataset, Indikator, Instansi, Sasaran
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
TEXT_MISSING = Rule("report.text-missing", Severity.WARNING, "Bagian laporan yang akan kosong", gap=True)
FAILED_UNEXPLAINED = Rule(
    "report.failed-unexplained",
    Severity.WARNING,
    "Indikator yang belum mencapai target tanpa penyebab, kendala, upaya atau rencana tindak lanjut",
    gap=True,
)
RULES = (ANALYSIS_EMPTY, SPBE_MISMATCH, TEXT_MISSING, FAILED_UNEXPLAINED)

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
# The comparisons that may be declared not to apply (Keterangan Analisis), by letter
DECLARABLE = {"b": "tahun-sebelumnya", "c": "target-akhir", "d": "standar"}
DECLARE = "Bila memang tidak ada ({why}), nyatakan alasannya di lembar Keterangan Analisis."
WHY = {
    "b": "indikator baru",
    "c": "indikator ditetapkan di tengah periode Renstra",
    "d": "tidak ada standar nasional",
}

# The parts of BAB I–II and IV written from the Uraian sheet or the Profil, and how to fill each
TEXTS = {
    "misi": "rumusan misi Renstra (2.1)",
    "tujuan": "rumusan tujuan Renstra (2.1)",
    "fungsi": "uraian fungsi (1.3)",
    "struktur": "susunan organisasi (1.2.1)",
    "permasalahan": "permasalahan yang dihadapi (1.4)",
}
URAIAN_JENIS = {value: text for text, value in URAIAN.items()}


def declared(instansi: Instansi) -> set[tuple[str, str]]:
    """(indikator, analisis) pairs that Keterangan Analisis declares not applicable, with a reason."""
    return {(row.indikator, row.analisis) for row in instansi.keterangan_analisis if row.alasan}


def empty_analyses(dataset: Dataset) -> dict[str, tuple[str, ...]]:
    """For each sasaran that has indicators (by kode): the analyses (letters of ANALYSES) that lack data
    for one of its indicators at least, a comparison declared not applicable not counted."""
    return {
        kode: tuple(sorted({letter for _, letter, _ in slots})) for kode, slots in _slots(dataset).items()
    }


def _slots(dataset: Dataset) -> dict[str, list[tuple[Indikator | None, str, CellRef]]]:
    """Per sasaran (by kode): each empty analysis slot, of an indicator (None: of the sasaran), with the cell
    that would fill it."""
    instansi = dataset.instansi
    assert instansi is not None and instansi.profil is not None
    tahun = instansi.profil.tahun
    linked = {p.sasaran for b in dataset.bidang for p in b.program if p.sasaran}
    rows = {c.indikator: c for b in dataset.bidang for c in b.capaian}
    earlier = {t.indikator: t for t in instansi.target_renstra if t.tahun < tahun}
    history = {t.indikator for t in instansi.target_renstra if t.realisasi is not None and t.tahun < tahun}
    skip = declared(instansi)
    compared = {row.indikator for row in instansi.pembanding}  # benchmarks stand in for a standard
    out: dict[str, list[tuple[Indikator | None, str, CellRef]]] = {}
    known = {s.kode for s in instansi.sasaran}
    groups: list[tuple[str, list[Indikator], Sasaran | None]] = [
        (s.kode, [x for x in instansi.indikator if x.sasaran == s.kode], s) for s in instansi.sasaran
    ]
    # an indicator outside every sasaran is analysed on its own, as the report does
    groups += [(x.kode, [x], None) for x in instansi.indikator if x.sasaran not in known]
    for kode, members, s in groups:
        if not members:
            continue
        slots: list[tuple[Indikator | None, str, CellRef]] = []
        for x in members:
            row = rows.get(x.kode)
            before = earlier.get(x.kode)
            if x.kode not in history and (x.kode, DECLARABLE["b"]) not in skip:
                where = (
                    before.src.ref("realisasi") if before else CellRef(instansi.file, "Target Renstra", "")
                )
                slots.append((x, "b", where))
            if x.target_akhir is None and (x.kode, DECLARABLE["c"]) not in skip:
                slots.append((x, "c", x.src.ref("target_akhir")))
            if (
                x.standar_nasional is None
                and x.kode not in compared
                and (x.kode, DECLARABLE["d"]) not in skip
            ):
                slots.append((x, "d", x.src.ref("standar_nasional")))
            if row is None or not row.penyebab:
                slots.append((x, "e", row.src.ref("penyebab") if row else x.src.ref("penanggung_jawab")))
        if s is not None and s.kode not in linked:
            slots.append((None, "f", s.src.ref("kode")))
        out[kode] = slots
    return out


def spbe_differs(realisasi: Decimal | None, index: Decimal | None) -> bool:
    """An IKU measured on the SPBE scale reports another value than the index computed from the levels."""
    return realisasi is not None and index is not None and abs(realisasi - index) > SPBE_TOLERANCE


def findings(
    dataset: Dataset,
    spbe_rows: Sequence[tuple[Indikator, CapaianIndikator]],
    spbe_index: Decimal | None,
    failed: Sequence[Indikator] = (),
) -> tuple[Finding, ...]:
    """The findings of the year's facts: each part of the report that will be empty (a text of BAB I–II,
    an analysis slot of BAB III), each indicator that fell short without its cause or upaya, then each IKU
    row whose realisation is not the SPBE index."""
    instansi = dataset.instansi
    assert instansi is not None
    return (
        *_texts(instansi, failed),
        *_analyses(dataset),
        *_unexplained(dataset, failed),
        *_spbe(spbe_rows, spbe_index),
    )


def _texts(instansi: Instansi, failed: Sequence[Indikator]) -> Iterator[Finding]:
    profil = instansi.profil
    assert profil is not None
    if not profil.visi:
        yield finding(
            TEXT_MISSING,
            profil.src.ref("visi"),
            "Visi Renstra kosong, sehingga 2.1 Rencana Strategis tidak memuat rumusan visi. Isi Visi.",
        )
    if not profil.tugas_pokok:
        yield finding(
            TEXT_MISSING,
            profil.src.ref("tugas_pokok"),
            "Tugas pokok kosong, sehingga 1.3 Tugas Pokok dan Fungsi tidak memuat uraian tugas pokok. Isi "
            "Tugas Pokok.",
        )
    present = {u.jenis for u in instansi.uraian}
    for jenis, part in TEXTS.items():
        if jenis not in present:
            yield finding(
                TEXT_MISSING,
                CellRef(instansi.file, "Uraian", ""),
                f"Belum ada baris berjenis “{URAIAN_JENIS[jenis]}”, sehingga laporan tidak memuat "
                f"{part}. Tambahkan satu baris untuk setiap butirnya di lembar Uraian.",
            )
    if "strategi" not in present and not failed:
        yield finding(
            TEXT_MISSING,
            CellRef(instansi.file, "Uraian", ""),
            "Belum ada baris berjenis “Strategi ke Depan”, sehingga 4.2 Langkah Peningkatan Kinerja "
            "kosong. Tambahkan satu baris untuk setiap langkah di lembar Uraian.",
        )


def _analyses(dataset: Dataset) -> Iterator[Finding]:
    for kode, slots in _slots(dataset).items():
        for x, letter, where in slots:
            yield finding(ANALYSIS_EMPTY, where, _fill(kode, x, letter))


def _fill(sasaran: str, x: Indikator | None, letter: str) -> str:
    """What the Catatan says of one empty analysis slot: which analysis of which indicator, and the data
    that would fill it."""
    if x is None:
        return (
            f"Tidak ada program yang dikaitkan dengan sasaran {sasaran}, sehingga analisis (f) efisiensi dan "
            "(g) program pendukung sasaran ini kosong. Isi Kode Sasaran program pendukungnya di lembar "
            "Program pada workbook bidang."
        )
    what = f"Analisis {ANALYSES[letter]} indikator {x.kode} “{x.nama}” kosong."
    if letter == "b":
        fix = "Isi realisasi tahun-tahun sebelumnya di lembar Target Renstra."
    elif letter == "c":
        fix = "Isi Target Akhir Renstra indikator ini."
    elif letter == "d":
        fix = "Isi Standar Nasional dan Sumbernya, atau nilai pembanding di lembar Pembanding."
    else:
        return (
            f"{what} Minta {x.penanggung_jawab} mengisi Penyebab (dan Upaya) indikator ini di lembar Capaian "
            "Indikator workbook bidangnya."
        )
    return f"{what} {fix} {DECLARE.format(why=WHY[letter])}"


# What a final report says of an indicator that fell short (PermenPANRB 53/2014: the Ikhtisar Eksekutif
# gives its kendala, upaya and langkah antisipatif; BAB III its cause): the bidang's columns, by key
EXPLAINED = (
    ("penyebab", "Penyebab"),
    ("upaya", "Upaya"),
    ("kendala", "Kendala/Hambatan"),
    ("rencana_tindak_lanjut", "Rencana Tindak Lanjut"),
)


def _unexplained(dataset: Dataset, failed: Sequence[Indikator]) -> Iterator[Finding]:
    rows = {c.indikator: c for b in dataset.bidang for c in b.capaian}
    for x in failed:
        row = rows.get(x.kode)
        lacking = [(key, name) for key, name in EXPLAINED if row is None or not getattr(row, key)]
        if not lacking:
            continue
        where = row.src.ref(lacking[0][0]) if row else x.src.ref("penanggung_jawab")
        names = [name for _, name in lacking]
        listed = daftar(names)
        yield finding(
            FAILED_UNEXPLAINED,
            where,
            f"Indikator {x.kode} \u201c{x.nama}\u201d belum mencapai target; laporan final wajib menjelaskan "
            "penyebab, kendala, upaya dan langkah antisipatifnya tahun depan (PermenPANRB 53/2014: BAB III, "
            f"Ikhtisar Eksekutif dan BAB IV). Isi {listed} indikator ini di lembar Capaian Indikator "
            f"workbook {x.penanggung_jawab}.",
        )


def _spbe(rows: Sequence[tuple[Indikator, CapaianIndikator]], index: Decimal | None) -> Iterator[Finding]:
    for x, row in rows:
        assert row.realisasi is not None and index is not None
        yield finding(
            SPBE_MISMATCH,
            row.src.ref("realisasi"),
            f"Realisasi {x.kode} ({angka(row.realisasi)}) berbeda dengan Indeks SPBE hasil hitung dari 47 "
            f"tingkat kematangan ({angka(index, 2)}). Laporan memakai {angka(row.realisasi)} untuk "
            f"capaian {x.kode} dan {angka(index, 2)} pada uraian Indeks SPBE. Periksa tingkat "
            "kematangan di lembar SPBE atau realisasinya.",
        )


def year_findings(dataset: Dataset, settings: Settings) -> tuple[Finding, ...]:
    """The same findings for a year that is not computed (its input has errors, or only its findings are
    asked for), from the same facts: nothing when there is no instansi workbook or profile."""
    from lkj.compute.indikator import indikator_hasil, realisasi_row, sumber

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
    failed = [x for x in instansi.indikator if indikator_hasil(x, src).status == "tidak_tercapai"]
    return findings(dataset, rows, index, failed)
