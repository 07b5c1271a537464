"""The budget tree (C11, C20): sub kegiatan → kegiatan → program → total, with every roll-up and count.

A program or kegiatan may be carried out by several bidang (the same kode, the same name, in several
bidang workbooks, each under its own sasaran). Each bidang's part of it is its own node: its kegiatan and
sub kegiatan, its budget, the sasaran it supports (`Belanja.bagian`). The report's tables show one program
per kode, the parts merged (`Belanja.program`): every amount is summed once, from the sub kegiatan, which
belong to exactly one bidang, so nothing is counted twice or lost.

A kegiatan hangs under its own bidang's part of its program when that bidang lists the program, else under
the first bidang that does (a bidang may carry out a kegiatan of a program another bidang lists); a sub
kegiatan likewise under its kegiatan.

Money is summed exactly as integer sen in pandas, as Python integers (an int64 column would wrap past
92 quadrillion sen: a hundred amounts just below the reader's bound); percentages are Decimal divisions
of those sums.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

import pandas as pd

from lkj.compute.anggaran import (
    anggaran,
    fisik_rollup,
    gabung,
    kode_order,
    serapan_terendah,
    sub_anggaran,
)
from lkj.compute.capaian import konversi_of, ukuran_hasil
from lkj.compute.figure import Figure
from lkj.compute.results import Anggaran, Belanja, KegiatanHasil, ProgramHasil, SubKegiatanHasil, UkuranHasil
from lkj.model import Dataset
from lkj.settings import Settings

SEN = 100
Key = tuple[int, str]  # one bidang's part of a program or kegiatan: (the bidang's place, kode)
Sums = dict[Key, tuple[Decimal, Decimal]]  # part → (pagu, realisasi)


class _Parts:
    """Which part an item hangs under: its own bidang's part of the parent, else the first bidang's."""

    def __init__(self, keys: Iterable[Key]) -> None:
        self.keys: set[Key] = set()
        self.first: dict[str, int] = {}
        for b, kode in keys:
            self.keys.add((b, kode))
            self.first.setdefault(kode, b)

    def of(self, b: int, kode: str) -> Key | None:
        if (b, kode) in self.keys:
            return (b, kode)
        return (self.first[kode], kode) if kode in self.first else None


def _frame(rows: list[tuple[Key | None, Key | None, Decimal | None, Decimal | None]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kegiatan": [_label(k) for k, _, _, _ in rows],
            "program": [_label(p) for _, p, _, _ in rows],
            "pagu": pd.array([int((pagu or 0) * SEN) for _, _, pagu, _ in rows], dtype=object),
            "realisasi": pd.array([int((real or 0) * SEN) for _, _, _, real in rows], dtype=object),
        }
    )


def _label(key: Key | None) -> str:
    return "" if key is None else f"{key[0]}\t{key[1]}"


def belanja(dataset: Dataset, settings: Settings) -> Belanja:
    bidang = list(enumerate(dataset.bidang))
    programs = sorted(
        ((b, p) for b, w in bidang for p in w.program), key=lambda x: (kode_order(x[1].kode), x[0])
    )
    kegiatan = sorted(
        ((b, k) for b, w in bidang for k in w.kegiatan), key=lambda x: (kode_order(x[1].kode), x[0])
    )
    subs = sorted(
        ((b, s) for b, w in bidang for s in w.sub_kegiatan), key=lambda x: (kode_order(x[1].kode), x[0])
    )
    program_part = _Parts((b, p.kode) for b, p in programs)
    kegiatan_part = _Parts((b, k.kode) for b, k in kegiatan)
    program_of = {(b, k.kode): program_part.of(b, k.program) for b, k in kegiatan}
    rows = []
    for b, s in subs:
        parent = kegiatan_part.of(b, s.kegiatan)
        rows.append((parent, program_of.get(parent) if parent else None, s.pagu, s.realisasi_rp))
    frame = _frame(rows)
    by_kegiatan = _sums(frame, "kegiatan")
    by_program = _sums(frame, "program")
    weighted = settings.fisik == "pagu"
    konversi = konversi_of(dataset.instansi)  # a program indicator of a score IKU: its table
    subs_of: dict[Key | None, list[SubKegiatanHasil]] = defaultdict(list)
    for (parent, _, _, _), (_, s) in zip(rows, subs, strict=True):
        subs_of[parent].append(SubKegiatanHasil(s, ukuran_hasil(s.ukuran, settings), sub_anggaran(s)))
    kegiatan_of: dict[Key | None, list[KegiatanHasil]] = defaultdict(list)
    for b, k in kegiatan:
        own = tuple(subs_of[(b, k.kode)])
        fisik = fisik_rollup([c.sub.fisik for c in own], _weights(own, weighted))
        part = KegiatanHasil(
            k, ukuran_hasil(k.ukuran, settings), _rollup((b, k.kode), fisik, by_kegiatan), own
        )
        kegiatan_of[program_of[(b, k.kode)]].append(part)
    bagian = []
    for b, p in programs:
        children = tuple(kegiatan_of[(b, p.kode)])
        fisik = fisik_rollup([c.anggaran.fisik.value for c in children], _weights(children, weighted))
        bagian.append(
            ProgramHasil(
                p,
                ukuran_hasil(p.ukuran, settings, konversi),
                _rollup((b, p.kode), fisik, by_program),
                children,
            )
        )
    merged = tuple(gabung_program(parts, weighted) for parts in _by_kode(bagian))
    total_pagu = sum((p.anggaran.pagu for p in merged), Decimal(0))
    total_real = sum((p.anggaran.realisasi for p in merged), Decimal(0))
    fisik = fisik_rollup(
        [p.anggaran.fisik.value for p in merged], [p.anggaran.pagu for p in merged] if weighted else None
    )
    return Belanja(
        merged,
        anggaran(total_pagu, total_real, fisik),
        len(merged),
        len({k.kode for _, k in kegiatan}),
        len(subs),
        serapan_terendah(merged),
        tuple(bagian),
    )


def _weights(children: Sequence[KegiatanHasil | SubKegiatanHasil], weighted: bool) -> list[Decimal] | None:
    return [c.anggaran.pagu for c in children] if weighted else None


def _by_kode(parts: Iterable[ProgramHasil]) -> list[list[ProgramHasil]]:
    grouped: dict[str, list[ProgramHasil]] = {}
    for part in parts:
        grouped.setdefault(part.program.kode, []).append(part)
    return list(grouped.values())


def gabung_program(parts: Sequence[ProgramHasil], weighted: bool) -> ProgramHasil:
    """One program from the bidang's parts of it: their kegiatan (a kegiatan several bidang carry out
    merged alike), their indicators once each, their budgets summed."""
    if len(parts) == 1:
        return parts[0]
    kegiatan: dict[str, list[KegiatanHasil]] = {}
    for part in parts:
        for k in part.kegiatan:
            kegiatan.setdefault(k.kegiatan.kode, []).append(k)
    children = tuple(_gabung_kegiatan(ks, weighted) for ks in kegiatan.values())
    children = tuple(sorted(children, key=lambda k: kode_order(k.kegiatan.kode)))
    fisik = fisik_rollup([c.anggaran.fisik.value for c in children], _weights(children, weighted))
    budget = gabung((p.anggaran for p in parts), fisik)
    assert budget is not None
    ukuran = _once(u for p in parts for u in p.ukuran)
    bidang = ", ".join(dict.fromkeys(p.program.bidang for p in parts if p.program.bidang))
    program = dataclasses.replace(parts[0].program, bidang=bidang, ukuran=tuple(u.ukuran for u in ukuran))
    return ProgramHasil(program, ukuran, budget, children)


def _gabung_kegiatan(parts: Sequence[KegiatanHasil], weighted: bool) -> KegiatanHasil:
    if len(parts) == 1:
        return parts[0]
    subs = tuple(sorted((s for k in parts for s in k.sub), key=lambda s: kode_order(s.sub.kode)))
    fisik = fisik_rollup([s.sub.fisik for s in subs], _weights(subs, weighted))
    budget = gabung((k.anggaran for k in parts), fisik)
    assert budget is not None
    ukuran = _once(u for k in parts for u in k.ukuran)
    kegiatan = dataclasses.replace(parts[0].kegiatan, ukuran=tuple(u.ukuran for u in ukuran))
    return KegiatanHasil(kegiatan, ukuran, budget, subs)


def _once(ukuran: Iterable[UkuranHasil]) -> tuple[UkuranHasil, ...]:
    """The indicators of several bidang's parts, one typed alike by two of them (name, unit, target,
    realisation) counted once."""
    seen: dict[tuple[object, ...], UkuranHasil] = {}
    for u in ukuran:
        m = u.ukuran
        seen.setdefault(((m.indikator or "").casefold().strip(), m.satuan, m.target, m.realisasi), u)
    return tuple(seen.values())


def _sums(frame: pd.DataFrame, by: str) -> Sums:
    """Pagu and realisasi summed per part, in rupiah. Read out once: a lookup in the frame per item
    would cost more than the sums themselves."""
    sums = frame.groupby(by)[["pagu", "realisasi"]].sum()
    out: Sums = {}
    for label, pagu, realisasi in zip(
        sums.index, sums["pagu"].to_numpy(), sums["realisasi"].to_numpy(), strict=True
    ):
        if label:
            b, kode = label.split("\t", 1)
            out[(int(b), kode)] = (Decimal(int(pagu)) / SEN, Decimal(int(realisasi)) / SEN)
    return out


def _rollup(key: Key, fisik: Figure, table: Sums) -> Anggaran:
    """A part's budget from the sums of its sub kegiatan; its fisik is rolled up from its children's."""
    pagu, realisasi = table.get(key, (Decimal(0), Decimal(0)))
    return anggaran(pagu, realisasi, fisik)


__all__ = ["belanja", "gabung", "gabung_program", "kode_order"]
