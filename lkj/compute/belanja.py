"""Budget arithmetic (C11, C20): roll-ups sub kegiatan → kegiatan → program → total, serapan, SiLPA,
the fisik roll-up, counts, and the capaian of every program/kegiatan/sub kegiatan indicator.

Money is summed exactly as integer sen in pandas, as Python integers (an int64 column would wrap past
92 quadrillion sen: a hundred amounts just below the reader's bound); percentages are Decimal divisions
of those sums.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

import pandas as pd

from lkj.compute.capaian import HUNDRED, Konversi, konversi_of, ukuran_hasil
from lkj.compute.figure import Figure, Input, missing
from lkj.compute.results import (
    Anggaran,
    Belanja,
    KegiatanHasil,
    ProgramHasil,
    SubKegiatanHasil,
)
from lkj.model import Dataset, Kegiatan, Program, SubKegiatan
from lkj.settings import Settings

SEN = 100


def kode_order(kode: str) -> tuple[tuple[int, str], ...]:
    """Nomenclature order: 2.16.02 before 2.16.10, whatever the number of digits."""
    return tuple(map(_kode_part, kode.split(".")))


@functools.lru_cache(maxsize=4096)  # a year's thousands of codes are made of a few hundred parts
def _kode_part(part: str) -> tuple[int, str]:
    return (int(part), "") if part.isdigit() else (0, part)


def serapan(pagu: Decimal, realisasi: Decimal) -> Figure:
    inputs = (Input("Realisasi (Rp)", realisasi), Input("Pagu (Rp)", pagu))
    if pagu == 0:
        return missing("anggaran.serapan", "pagu 0, serapan tidak dapat dihitung", *inputs)
    return Figure(realisasi / pagu * HUNDRED, "anggaran.serapan", inputs)


def silpa(pagu: Decimal, realisasi: Decimal) -> Figure:
    return Figure(
        pagu - realisasi, "anggaran.silpa", (Input("Pagu (Rp)", pagu), Input("Realisasi (Rp)", realisasi))
    )


def fisik_rollup(values: Iterable[Decimal | None], weights: Iterable[Decimal] | None = None) -> Figure:
    """Mean of the known fisik values below (or weighted by pagu when weights are given)."""
    pairs = [
        (v, w)
        for v, w in zip(values, weights if weights is not None else _ones(), strict=False)
        if v is not None
    ]
    rule = "anggaran.fisik" if weights is None else "anggaran.fisik-pagu"
    if not pairs:
        return missing(rule, "realisasi fisik belum diisi")
    total_weight = sum((w for _, w in pairs), Decimal(0))
    if total_weight == 0:
        return missing(rule, "pagu 0, fisik tertimbang tidak dapat dihitung")
    value = sum((v * w for v, w in pairs), Decimal(0)) / total_weight
    return Figure(value, rule, tuple(Input("Fisik", v) for v, _ in pairs))


def _ones() -> Iterable[Decimal]:
    while True:
        yield Decimal(1)


def _anggaran(pagu: Decimal, realisasi: Decimal, fisik: Figure) -> Anggaran:
    return Anggaran(pagu, realisasi, serapan(pagu, realisasi), silpa(pagu, realisasi), fisik)


Sums = dict[str, tuple[Decimal, Decimal]]  # kode → (pagu, realisasi)


def _frame(subs: list[SubKegiatan], parent: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "kegiatan": [s.kegiatan for s in subs],
            "program": [parent.get(s.kegiatan, "") for s in subs],
            "pagu": pd.array([int((s.pagu or 0) * SEN) for s in subs], dtype=object),
            "realisasi": pd.array([int((s.realisasi_rp or 0) * SEN) for s in subs], dtype=object),
        }
    )
    return frame


def belanja(dataset: Dataset, settings: Settings) -> Belanja:
    programs = sorted((p for b in dataset.bidang for p in b.program), key=lambda p: kode_order(p.kode))
    kegiatan = sorted((k for b in dataset.bidang for k in b.kegiatan), key=lambda k: kode_order(k.kode))
    subs = sorted((s for b in dataset.bidang for s in b.sub_kegiatan), key=lambda s: kode_order(s.kode))
    parent = {k.kode: k.program for k in kegiatan}
    frame = _frame(subs, parent)
    by_kegiatan = _sums(frame, "kegiatan")
    by_program = _sums(frame, "program")
    weighted = settings.fisik == "pagu"
    konversi = konversi_of(dataset.instansi)  # a program indicator of a score IKU: its table
    subs_of: dict[str, list[SubKegiatanHasil]] = defaultdict(list)
    for s in subs:
        subs_of[s.kegiatan].append(SubKegiatanHasil(s, ukuran_hasil(s.ukuran, settings), sub_anggaran(s)))
    kegiatan_of: dict[str, list[KegiatanHasil]] = defaultdict(list)
    for k in kegiatan:
        kegiatan_of[k.program].append(_kegiatan(k, tuple(subs_of[k.kode]), by_kegiatan, settings, weighted))
    prog_results = tuple(
        _program(p, tuple(kegiatan_of[p.kode]), by_program, settings, weighted, konversi) for p in programs
    )
    total_pagu = sum((p.anggaran.pagu for p in prog_results), Decimal(0))
    total_real = sum((p.anggaran.realisasi for p in prog_results), Decimal(0))
    fisik = fisik_rollup(
        [p.anggaran.fisik.value for p in prog_results],
        [p.anggaran.pagu for p in prog_results] if weighted else None,
    )
    return Belanja(
        prog_results,
        _anggaran(total_pagu, total_real, fisik),
        len(programs),
        len(kegiatan),
        len(subs),
        _serapan_terendah(prog_results),
    )


def _serapan_terendah(programs: tuple[ProgramHasil, ...]) -> ProgramHasil | None:
    """The program that spent the least of its pagu, when there are two or more to compare."""
    if len(programs) < 2:
        return None
    return min(
        (p for p in programs if p.anggaran.serapan.value is not None),
        key=lambda p: p.anggaran.serapan.value or 0,
        default=None,
    )


def _sums(frame: pd.DataFrame, by: str) -> Sums:
    """Pagu and realisasi summed per `by`, in rupiah. Read out once: a lookup in the frame per item
    would cost more than the sums themselves."""
    sums = frame.groupby(by)[["pagu", "realisasi"]].sum()
    return {
        key: (Decimal(int(pagu)) / SEN, Decimal(int(realisasi)) / SEN)
        for key, pagu, realisasi in zip(
            sums.index, sums["pagu"].to_numpy(), sums["realisasi"].to_numpy(), strict=True
        )
    }


def sub_anggaran(s: SubKegiatan) -> Anggaran:
    """A sub kegiatan's own budget figures."""
    fisik = (
        Figure(s.fisik, "anggaran.fisik", (Input("Fisik", s.fisik, s.src.ref("fisik")),))
        if s.fisik is not None
        else missing("anggaran.fisik", "realisasi fisik belum diisi")
    )
    return _anggaran(s.pagu or Decimal(0), s.realisasi_rp or Decimal(0), fisik)


def _kegiatan(
    k: Kegiatan, children: tuple[SubKegiatanHasil, ...], table: Sums, settings: Settings, weighted: bool
) -> KegiatanHasil:
    fisik = fisik_rollup(
        [c.sub.fisik for c in children], [c.anggaran.pagu for c in children] if weighted else None
    )
    return KegiatanHasil(k, ukuran_hasil(k.ukuran, settings), _rollup(k.kode, fisik, table), children)


def _program(
    p: Program,
    children: tuple[KegiatanHasil, ...],
    table: Sums,
    settings: Settings,
    weighted: bool,
    konversi: dict[str, Konversi],
) -> ProgramHasil:
    fisik = fisik_rollup(
        [c.anggaran.fisik.value for c in children], [c.anggaran.pagu for c in children] if weighted else None
    )
    return ProgramHasil(
        p, ukuran_hasil(p.ukuran, settings, konversi), _rollup(p.kode, fisik, table), children
    )


def _rollup(kode: str, fisik: Figure, table: Sums) -> Anggaran:
    """An item's budget from the sums of its sub kegiatan; its fisik is rolled up from its children's."""
    pagu, realisasi = table.get(kode, (Decimal(0), Decimal(0)))
    return _anggaran(pagu, realisasi, fisik)


def gabung(items: Iterable[Anggaran]) -> Anggaran | None:
    """The combined budget of several programs (e.g. those supporting one sasaran)."""
    items = list(items)
    if not items:
        return None
    pagu = sum((a.pagu for a in items), Decimal(0))
    realisasi = sum((a.realisasi for a in items), Decimal(0))
    return _anggaran(pagu, realisasi, fisik_rollup([a.fisik.value for a in items]))
