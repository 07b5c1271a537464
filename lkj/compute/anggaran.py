"""Budget arithmetic (C11, C20): serapan, SiLPA, the fisik roll-up, a budget's figures, combined budgets,
and the capaian of every program/kegiatan/sub kegiatan indicator. The tree they are rolled up in is
lkj.compute.belanja's."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from decimal import Decimal

from lkj.compute.capaian import HUNDRED
from lkj.compute.figure import Figure, Input, missing
from lkj.compute.results import Anggaran, ProgramHasil
from lkj.model import SubKegiatan


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


def anggaran(pagu: Decimal, realisasi: Decimal, fisik: Figure) -> Anggaran:
    return Anggaran(pagu, realisasi, serapan(pagu, realisasi), silpa(pagu, realisasi), fisik)


def sub_anggaran(s: SubKegiatan) -> Anggaran:
    """A sub kegiatan's own budget figures."""
    fisik = (
        Figure(s.fisik, "anggaran.fisik", (Input("Fisik", s.fisik, s.src.ref("fisik")),))
        if s.fisik is not None
        else missing("anggaran.fisik", "realisasi fisik belum diisi")
    )
    return anggaran(s.pagu or Decimal(0), s.realisasi_rp or Decimal(0), fisik)


def gabung(items: Iterable[Anggaran], fisik: Figure | None = None) -> Anggaran | None:
    """The combined budget of several programs (e.g. those supporting one sasaran, or the bidang's parts
    of one program), each amount once; the fisik given, or the mean of theirs."""
    items = list(items)
    if not items:
        return None
    pagu = sum((a.pagu for a in items), Decimal(0))
    realisasi = sum((a.realisasi for a in items), Decimal(0))
    return anggaran(pagu, realisasi, fisik or fisik_rollup([a.fisik.value for a in items]))


def serapan_terendah(programs: tuple[ProgramHasil, ...]) -> ProgramHasil | None:
    """The program that spent the least of its pagu, when there are two or more to compare."""
    if len(programs) < 2:
        return None
    return min(
        (p for p in programs if p.anggaran.serapan.value is not None),
        key=lambda p: p.anggaran.serapan.value or 0,
        default=None,
    )
