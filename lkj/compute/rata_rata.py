"""Aggregations (C9, C16): capaian per sasaran and of the organisation (mean, optionally weighted), and the
percentage of program indicators achieved, by polarity."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from lkj.compute.capaian import HUNDRED
from lkj.compute.figure import Figure, Input, missing
from lkj.compute.results import UkuranHasil


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


def indikator_program_tercapai(ukuran: Iterable[UkuranHasil]) -> Figure:
    """Jumlah indikator program tercapai ÷ jumlah indikator program × 100% (tercapai by polarity). An
    indicator with a target but no realisation yet is counted and not reached: it is not known to be
    (it is a gap a final report may not carry, realisasi.missing)."""
    ukuran = list(ukuran)
    judged = [u.tercapai for u in ukuran if u.tercapai is not None]
    pending = sum(
        1 for u in ukuran if u.tercapai is None and u.ukuran.target is not None and u.ukuran.realisasi is None
    )
    if not judged and not pending:
        return missing("indikator.tercapai", "belum ada indikator program dengan target dan realisasi")
    hit = sum(1 for ok in judged if ok)
    total = len(judged) + pending
    inputs = (Input("Indikator tercapai", str(hit)), Input("Jumlah indikator program", str(total)))
    note = (
        f"{pending} indikator bertarget belum ada realisasinya dan dihitung belum tercapai" if pending else ""
    )
    return Figure(Decimal(hit) / Decimal(total) * HUNDRED, "indikator.tercapai", inputs, note)
