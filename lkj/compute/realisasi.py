"""Realisations the tool computes: an indicator whose Sumber Realisasi is not "typed" takes its realisation
from a figure of the year (the share of program indicators reached, the Indeks SPBE or one SPBE domain's
index), rounded to its Jumlah Desimal, with the rule and inputs that made it (`lkj hitung --rinci`).

A value staff typed for such an indicator in Capaian Indikator is not its realisation; it is kept beside the
computed one (IndikatorHasil.realisasi_diketik) for the rule that tells the two apart."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from lkj.compute.figure import Figure, Input, missing
from lkj.compute.presisi import DEFAULT_COMPUTED
from lkj.compute.results import SpbeHasil
from lkj.indonesian import rounded
from lkj.model import Indikator

TYPED = "diketik"
PROGRAM = "indikator-program"
SPBE = "spbe"
SPBE_DOMAIN = "spbe-domain-"


def computed(sumber: str | None) -> bool:
    """Whether an indicator's realisation is computed by the tool rather than typed."""
    return sumber not in (None, TYPED)


def sources(program_tercapai: Figure, spbe: SpbeHasil | None) -> dict[str, Figure]:
    """Every figure of the year a realisation may be taken from, by its Sumber Realisasi value."""
    out = {PROGRAM: _as(program_tercapai, "realisasi.indikator-program")}
    if spbe is not None:
        out[SPBE] = _as(spbe.indeks, "realisasi.spbe", Input("Indeks SPBE", spbe.indeks.value))
        for d in spbe.domain:
            out[f"{SPBE_DOMAIN}{d.nomor}"] = _as(
                d.indeks, "realisasi.spbe-domain", Input(f"Indeks domain {d.nomor} {d.nama}", d.indeks.value)
            )
    return out


def _as(figure: Figure, rule: str, *inputs: Input) -> Figure:
    return Figure(figure.value, rule, inputs or figure.inputs, figure.note)


def realisasi(indikator: Indikator, hitung: Mapping[str, Figure]) -> Figure | None:
    """The computed realisation of an indicator, rounded to its decimals; None for a typed one."""
    if not computed(indikator.sumber_realisasi):
        return None
    assert indikator.sumber_realisasi is not None
    source = hitung.get(indikator.sumber_realisasi)
    rule = _rule(indikator.sumber_realisasi)
    if source is None:
        return missing(rule, "lembar SPBE belum lengkap: tingkat ke-47 indikator SPBE belum semua diisi")
    if source.value is None:
        return missing(rule, source.note, *source.inputs)
    places = indikator.desimal if indikator.desimal is not None else DEFAULT_COMPUTED
    value: Decimal = rounded(source.value, places)
    note = f"dibulatkan {places} desimal" if value != source.value else ""
    return Figure(value, rule, source.inputs, "; ".join(filter(None, [source.note, note])))


def _rule(sumber: str) -> str:
    if sumber == PROGRAM:
        return "realisasi.indikator-program"
    return "realisasi.spbe-domain" if sumber.startswith(SPBE_DOMAIN) else "realisasi.spbe"
