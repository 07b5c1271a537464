"""The SPBE index (C17, PermenPANRB 59/2020): indicator levels → aspect → domain → index, with the
shipped weights, its predikat, and the cross-check Σ(level × weight)/100."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from lkj.compute.figure import Figure, Input
from lkj.compute.results import SpbeAspek, SpbeDomain, SpbeHasil
from lkj.model import SpbeLevel
from lkj.reference import SpbeReference, spbe_reference
from lkj.settings import Settings

HUNDRED = Decimal(100)


def spbe_index(
    levels: Mapping[int, int], settings: Settings, reference: SpbeReference | None = None
) -> SpbeHasil:
    """Index from a level (1–5) for each of the 47 indicators (keyed by indicator number)."""
    ref = reference or spbe_reference()
    domains = []
    for d in ref.domains:
        aspects = []
        for a in (x for x in ref.aspects if x.domain == d.nomor):
            members = [i for i in ref.indicators if i.aspek == a.nomor]
            weighted = sum((Decimal(levels[i.nomor]) * i.bobot for i in members), Decimal(0))
            inputs = tuple(Input(f"Indikator {i.nomor}", Decimal(levels[i.nomor])) for i in members)
            aspects.append(
                SpbeAspek(a.nomor, a.nama, a.bobot, Figure(weighted / a.bobot, "spbe.aspek", inputs))
            )
        value = (
            sum((x.indeks.value * x.bobot for x in aspects if x.indeks.value is not None), Decimal(0))
            / d.bobot
        )
        inputs = tuple(Input(f"Aspek {x.nomor}", x.indeks.value) for x in aspects)
        domains.append(
            SpbeDomain(d.nomor, d.nama, d.bobot, Figure(value, "spbe.domain", inputs), tuple(aspects))
        )
    index = (
        sum((x.indeks.value * x.bobot for x in domains if x.indeks.value is not None), Decimal(0)) / HUNDRED
    )
    check = sum((Decimal(levels[i.nomor]) * i.bobot for i in ref.indicators), Decimal(0)) / HUNDRED
    figure = Figure(index, "spbe.indeks", tuple(Input(f"Domain {x.nomor}", x.indeks.value) for x in domains))
    return SpbeHasil(tuple(domains), figure, check, settings.spbe.label(index))


def spbe_from(rows: tuple[SpbeLevel, ...], settings: Settings) -> SpbeHasil | None:
    """The index when all 47 levels are filled; None otherwise (the validator says which are missing)."""
    levels = {r.nomor: r.tingkat for r in rows if r.tingkat is not None}
    if len(levels) != len(spbe_reference().indicators):
        return None
    return spbe_index(levels, settings)
