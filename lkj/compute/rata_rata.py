"""Aggregations (C9, C16): capaian per sasaran and of the organisation (mean, optionally weighted), and the
percentage of program indicators achieved, by polarity."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from lkj.compute.capaian import HUNDRED
from lkj.compute.figure import Figure, Input, missing
from lkj.compute.results import Belanja


def rata_rata(
    items: Sequence[tuple[str, Figure, Decimal | None]],
    weighted: bool,
    rule: str,
    rule_weighted: str,
    what: str,
) -> Figure:
    """Mean of the known figures among (label, figure, weight); the note says what was left out."""
    known = [(label, f, w) for label, f, w in items if f.value is not None]
    left_out = len(items) - len(known)
    note = (
        f"{left_out} dari {len(items)} {what} belum dapat diukur dan tidak ikut dirata-rata"
        if left_out
        else ""
    )
    if not known:
        return missing(rule, f"belum ada {what} yang dapat diukur")
    inputs = tuple(Input(label, f.value) for label, f, _ in known)
    if weighted and all(w is not None and w > 0 for _, _, w in known):
        total = sum((w for _, _, w in known if w is not None), Decimal(0))
        value = (
            sum((f.value * w for _, f, w in known if f.value is not None and w is not None), Decimal(0))
            / total
        )
        return Figure(value, rule_weighted, inputs, note)
    if weighted:
        note = "; ".join(filter(None, [note, "bobot tidak lengkap, dipakai rata-rata sederhana"]))
    value = sum((f.value for _, f, _ in known if f.value is not None), Decimal(0)) / len(known)
    return Figure(value, rule, inputs, note)


def indikator_program_tercapai(belanja: Belanja) -> Figure:
    """Jumlah indikator program tercapai ÷ jumlah indikator program × 100% (tercapai by polarity)."""
    judged = [
        (p.program.kode, u.tercapai) for p in belanja.program for u in p.ukuran if u.tercapai is not None
    ]
    if not judged:
        return missing("indikator.tercapai", "belum ada indikator program dengan target dan realisasi")
    hit = sum(1 for _, ok in judged if ok)
    inputs = (Input("Indikator tercapai", str(hit)), Input("Jumlah indikator program", str(len(judged))))
    return Figure(Decimal(hit) / Decimal(len(judged)) * HUNDRED, "indikator.tercapai", inputs)
