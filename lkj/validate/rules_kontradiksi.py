"""Contradictions: two cells that say different things about one fact, which an Inspektorat reviewer
would catch beside each other in the report. A konsep may carry them (warnings), a final report may not
(Rule.final): each finding names both cells and says which of the two values the report uses.

Program indicator targets against the PK's, the PK budget against the sum of its sub kegiatan's pagu,
fisik 100% against a volume not reached. (A typed realisation of an indicator the tool computes is a
contradiction only the computation sees: lkj.compute.kontradiksi.)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal

from lkj.findings import Finding, Rule, Severity, finding, named
from lkj.indonesian import angka, persen, rentang, rupiah
from lkj.model import CellRef, Dataset, Instansi, SubKegiatan, Ukuran
from lkj.settings import Settings

W = Severity.WARNING
CROSS_PK_BUDGET = Rule(
    "cross.pk-budget", W, "Anggaran program di PK tidak sama dengan jumlah pagu sub kegiatannya", final=True
)
CROSS_PK_TARGET = Rule("cross.pk-target", W, "Target indikator program berbeda dengan target PK", final=True)
FISIK_VOLUME = Rule("fisik.volume", W, "Fisik 100% padahal volume belum tercapai", final=True)

RULES = (CROSS_PK_BUDGET, CROSS_PK_TARGET, FISIK_VOLUME)


def check(dataset: Dataset, settings: Settings) -> Iterator[Finding]:
    for bidang in dataset.bidang:
        for s in bidang.sub_kegiatan:
            for u in s.ukuran:
                yield from _fisik_volume(s, u)
    instansi = dataset.instansi
    if instansi is None or instansi.profil is None or not instansi.pk_versi:
        return
    yield from _pk_budget(dataset, instansi)
    yield from _pk_targets(dataset, instansi)


def cells(refs: Iterable[CellRef]) -> str:
    """Where several cells are, compactly: "'a.xlsx' Sub Kegiatan!G4–G6, G9; 'b.xlsx' Sub Kegiatan!G4"."""
    by_sheet: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for ref in refs:
        match = re.fullmatch(r"([A-Z]+)(\d+)", ref.cell)
        if match:
            by_sheet[(ref.file, ref.sheet)][match[1]].append(int(match[2]))
    parts = []
    for (file, sheet), columns in by_sheet.items():
        spans = []
        for column, rows in columns.items():
            rows = sorted(set(rows))
            start = prev = rows[0]
            for row in [*rows[1:], None]:
                if row is not None and row == prev + 1:
                    prev = row
                    continue
                spans.append(f"{column}{start}" if start == prev else f"{column}{start}–{column}{prev}")
                if row is not None:
                    start = prev = row
        parts.append(f"'{file}' {sheet}!{', '.join(spans)}")
    return "; ".join(parts)


def _pk_budget(dataset: Dataset, instansi: Instansi) -> Iterator[Finding]:
    final = instansi.pk_versi[-1].versi
    pagu: dict[str, Decimal] = defaultdict(Decimal)
    where: dict[str, list[CellRef]] = defaultdict(list)
    unknown: set[str] = set()  # programs with a pagu that could not be read: their sum is not known
    program_of = {k.kode: k.program for b in dataset.bidang for k in b.kegiatan}
    for b in dataset.bidang:
        for s in b.sub_kegiatan:
            program = program_of.get(s.kegiatan, "")
            pagu[program] += s.pagu or 0
            where[program].append(s.src.ref("pagu"))
            if s.pagu is None or "pagu" in s.src.unread:  # not entered yet, or unreadable
                unknown.add(program)
    programs = {p.kode for b in dataset.bidang for p in b.program}
    for row in instansi.pk_anggaran:
        if row.versi != final or row.program not in programs:
            continue  # an unknown program is cross.pk-program
        if row.program in unknown or row.anggaran is None or "anggaran" in row.src.unread:
            continue  # an amount not entered yet or unreadable is reported already
        total = pagu[row.program]
        if row.anggaran != total:
            yield finding(
                CROSS_PK_BUDGET,
                row.src.ref("anggaran"),
                f"Anggaran program {row.program} pada {final} {rupiah(row.anggaran, sen=False)}, "
                f"sedangkan jumlah pagu sub kegiatannya {rupiah(total, sen=False)} "
                f"({cells(where[row.program])}; selisih {rupiah(abs(row.anggaran - total), sen=False)}). "
                "Laporan memuat angka PK pada tabel Perjanjian Kinerja, tetapi menghitung serapan, "
                "efisiensi dan tabel realisasi anggaran dari jumlah pagu sub kegiatan. Laporan final "
                "memerlukan satu angka: perbaiki pagu sub kegiatan, atau tambahkan versi PK perubahan "
                "dengan anggaran yang benar.",
            )


def _pk_targets(dataset: Dataset, instansi: Instansi) -> Iterator[Finding]:
    final = instansi.pk_versi[-1].versi
    targets = {t.indikator: t for t in instansi.pk_target if t.versi == final and t.target}
    for b in dataset.bidang:
        for p in b.program:
            for u in p.ukuran:
                row = targets.get(u.indikator_kode or "")
                if row is None or row.target is None or u.target is None:
                    continue
                expected = row.target
                # a kategori target is the score it starts at: 90 agrees with "Informatif" from 90
                if (u.target.low, u.target.high) == (expected.low, expected.high):
                    continue
                said = expected.kategori or rentang(expected.low, expected.high)
                typed = rentang(u.target.low, u.target.high)
                yield finding(
                    CROSS_PK_TARGET,
                    u.src.ref("target"),
                    f"Target indikator program {p.kode} ({typed}) berbeda dengan target {u.indikator_kode} "
                    f"pada {final} ({said}; {named(row.src.ref('target'))}). Laporan memakai {said} "
                    f"(target PK) untuk capaian {u.indikator_kode}, dan {typed} untuk indikator program "
                    "ini pada tabel capaian program; pembaca melihat dua target untuk satu ukuran. Samakan "
                    "target keduanya, atau kosongkan Kode Indikator Sasaran bila keduanya memang "
                    "indikator berbeda.",
                )


def _fisik_volume(s: SubKegiatan, u: Ukuran) -> Iterator[Finding]:
    full = s.fisik is not None and s.fisik >= Decimal(100)
    if not full or u.target is None or u.realisasi is None or u.realisasi >= u.target.low:
        return
    share = persen(u.realisasi / u.target.low * 100) if u.target.low else "0%"
    volume = s.src.ref("realisasi_volume")
    yield finding(
        FISIK_VOLUME,
        s.src.ref("fisik"),
        f"Fisik sub kegiatan {s.kode} diisi {angka(s.fisik or 0)}%, padahal volume yang terealisasi "
        f"{angka(u.realisasi)} dari target {angka(u.target.low)} {u.satuan or ''} ({share}; "
        f"{volume.sheet}!{volume.cell}). Laporan memuat keduanya apa adanya: fisik {angka(s.fisik or 0)}% "
        f"pada tabel realisasi fisik dan capaian volume {share} pada tabel capaian sub kegiatan. "
        "Sesuaikan fisik dengan volume yang terealisasi, atau perbaiki realisasi volumenya.".replace(
            "  ", " "
        ),
    )
