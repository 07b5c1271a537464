"""Targets typed as a kategori of the indicator's conversion table ("Kabupaten Informatif"): read as text
by the cell reader (lkj.read.cells.Kategori), known to be one only once the whole instansi workbook is
read. Each becomes a Target that keeps the label as typed and, as its number, the score from which the
table gives that kategori; or, when the indicator has no such kategori, a finding at the cell."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from lkj.contract.lists import normalise
from lkj.findings import Finding, finding
from lkj.indonesian import rentang_skor
from lkj.model import Indikator, Instansi, KonversiRow, Source, Target
from lkj.read.cells import Kategori
from lkj.read.rules import CELL_TARGET


def resolve(instansi: Instansi) -> tuple[Instansi, list[Finding]]:
    """The instansi with every kategori target resolved (or left empty, with its finding)."""
    typed = [x.target_akhir for x in instansi.indikator] + [t.target for t in instansi.target_renstra]
    typed += [t.target for t in instansi.pk_target]
    if not any(isinstance(value, Kategori) for value in typed):
        return instansi, []  # nearly every workbook: nothing to resolve
    out: list[Finding] = []
    tables: dict[str, list[KonversiRow]] = defaultdict(list)
    for row in instansi.tabel_konversi:
        tables[row.nama.casefold()].append(row)
    by_kode = {x.kode: x for x in instansi.indikator}

    def target(value: object, kode: str, src: Source, key: str) -> Target | None:
        if not isinstance(value, Kategori):
            assert value is None or isinstance(value, Target)
            return value
        indikator = by_kode.get(kode)
        if indikator is None:
            return None  # an unknown indicator: the validator names it (ref.indikator)
        resolved, problem = _of(value.label, indikator, tables)
        if problem:
            out.append(finding(CELL_TARGET, src.ref(key), problem))
        return resolved

    indikator = tuple(
        dataclasses.replace(x, target_akhir=target(x.target_akhir, x.kode, x.src, "target_akhir"))
        for x in instansi.indikator
    )
    renstra = tuple(
        dataclasses.replace(t, target=target(t.target, t.indikator, t.src, "target"))
        for t in instansi.target_renstra
    )
    pk = tuple(
        dataclasses.replace(t, target=target(t.target, t.indikator, t.src, "target"))
        for t in instansi.pk_target
    )
    changed = dataclasses.replace(instansi, indikator=indikator, target_renstra=renstra, pk_target=pk)
    return changed, out


def _of(label: str, indikator: Indikator, tables: dict[str, list[KonversiRow]]) -> tuple[Target | None, str]:
    said = f"\u201c{label}\u201d"
    table = tables.get(indikator.tabel_konversi.casefold()) if indikator.tabel_konversi else None
    if not table:
        return None, (
            f"Target berisi {said}, bukan angka atau rentang. Target berupa kategori hanya untuk indikator "
            f"bertabel konversi, sedangkan indikator {indikator.kode} tidak memakai tabel konversi. Ketik "
            "satu angka (80) atau rentang (80-90)."
        )
    bands = [r for r in table if r.kategori and normalise(r.kategori) == normalise(label)]
    if not bands:
        known = "; ".join(dict.fromkeys(r.kategori for r in table if r.kategori)) or "(belum ada)"
        return None, (
            f"Target berisi {said}, yang bukan angka, rentang, atau kategori pada tabel konversi "
            f"\u201c{table[0].nama}\u201d indikator {indikator.kode} (kolom Kategori/Kualifikasi: {known}). "
            "Ketik kategori persis seperti pada tabel, atau angka target."
        )
    lowest = _lowest(bands)
    if lowest.dari is None:
        band = rentang_skor(None, None, lowest.sampai, lowest.sampai_termasuk)
        return None, (
            f"Target berisi {said}, kategori rentang terbawah tabel \u201c{lowest.nama}\u201d ({band}), "
            "yang tidak memiliki batas bawah sehingga tidak dapat menjadi target. Pilih kategori lain atau "
            "ketik angka target."
        )
    return Target(lowest.dari, lowest.dari, kategori=label), ""


def _lowest(bands: Sequence[KonversiRow]) -> KonversiRow:
    """The band of a kategori that reaches lowest: an open one first, then by its lower bound."""
    return min(bands, key=lambda r: (r.dari is not None, r.dari or 0, r.dari_termasuk is False))
