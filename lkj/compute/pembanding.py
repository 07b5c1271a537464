"""The benchmarks of an indicator (lembar Pembanding): other regions, provincial or national averages,
standards, each with its source. For each comparator the value of the report's year, or of the latest
year before it when that is not known yet (benchmarks are often published a year late), and the gap of
this year's realisation to it."""

from __future__ import annotations

from decimal import Decimal

from lkj.compute.figure import Figure, Input, missing
from lkj.compute.results import PembandingHasil
from lkj.model import Indikator, Instansi, Pembanding

RULE = "pembanding.selisih"


def pembanding_of(instansi: Instansi, kode: str, tahun: int) -> tuple[Pembanding, ...]:
    """The benchmarks of indicator `kode` the report of `tahun` shows, in the order they are listed: per
    comparator the row of `tahun`, else of its latest earlier year; rows without a value are left out."""
    chosen: dict[str, tuple[int, Pembanding]] = {}
    for order, row in enumerate(instansi.pembanding):
        if row.indikator != kode or row.nilai is None or row.tahun > tahun:
            continue
        key = row.pembanding.casefold()
        if key not in chosen or row.tahun > chosen[key][1].tahun:
            chosen[key] = (order, row)
    return tuple(row for _, row in sorted(chosen.values(), key=lambda item: item[0]))


def pembanding_hasil(
    instansi: Instansi, indikator: Indikator, realisasi: Decimal | None, tahun: int
) -> tuple[PembandingHasil, ...]:
    return tuple(_against(p, indikator, realisasi) for p in pembanding_of(instansi, indikator.kode, tahun))


def _against(p: Pembanding, indikator: Indikator, realisasi: Decimal | None) -> PembandingHasil:
    assert p.nilai is not None
    value = Input(f"Nilai {p.pembanding} ({p.tahun})", p.nilai, p.src.ref("nilai"))
    if realisasi is None:
        return PembandingHasil(p, missing(RULE, "realisasi tahun ini belum ada", value), None)
    gap = realisasi - p.nilai
    better = (
        None if indikator.polaritas == "range" or gap == 0 else (gap > 0) == (indikator.polaritas == "max")
    )
    return PembandingHasil(p, Figure(gap, RULE, (Input("Realisasi", realisasi), value)), better)
