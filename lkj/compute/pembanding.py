"""The benchmarks of an indicator (lembar Pembanding): other regions, provincial or national averages,
standards, each with its source. For each comparator the value of the report's year, or of the latest
year before it when that is not known yet (benchmarks are often published a year late)."""

from __future__ import annotations

from lkj.model import Instansi, Pembanding


def pembanding_of(instansi: Instansi, kode: str, tahun: int) -> tuple[Pembanding, ...]:
    """The benchmarks of indicator `kode` the report of `tahun` shows, in the order they are listed: per
    comparator the row of `tahun`, else of its latest earlier year; rows without a value are left out."""
    chosen: dict[str, Pembanding] = {}
    for row in instansi.pembanding:
        if row.indikator != kode or row.nilai is None or row.tahun > tahun:
            continue
        key = row.pembanding.casefold()
        if key not in chosen or row.tahun > chosen[key].tahun:
            chosen[key] = row
    return tuple(sorted(chosen.values(), key=lambda r: instansi.pembanding.index(r)))
