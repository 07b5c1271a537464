"""Efficiency of resource use (BAB III analysis 6, C12). Four methods are in use in LKj practice; the
settings choose one. Default: 'selisih' — capaian minus serapan, efficient when above the threshold (5
points). 'pmk' is the output-based one: the cost of each unit of output against the plan's.

Whatever the method, money left unspent is no efficiency when the target was missed: a capaian below
100% is never judged 'Efisien' (at best 'Cukup efisien', the note saying why).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from decimal import Decimal

from lkj.compute.capaian import HUNDRED
from lkj.compute.figure import Figure, Input, missing
from lkj.compute.results import Anggaran, Efisiensi, ProgramHasil
from lkj.indonesian import rounded
from lkj.settings import Settings

EFISIEN, CUKUP, TIDAK, TIDAK_DINILAI = "Efisien", "Cukup efisien", "Tidak efisien", "Tidak dapat dinilai"


def efisiensi(
    capaian: Figure, anggaran: Anggaran | None, settings: Settings, program: Iterable[ProgramHasil] = ()
) -> Efisiensi | None:
    """Efficiency of spending `anggaran` to reach `capaian`; None when there is no budget to judge."""
    if anggaran is None:
        return None
    return _missed(capaian, _judged(capaian, anggaran, settings, program))


MISSED = "target belum tercapai, sehingga anggaran yang tidak terserap tidak dinilai sebagai efisiensi"


def _missed(capaian: Figure, judged: Efisiensi) -> Efisiensi:
    """'Efisien' only where the target was reached (capaian as printed at least 100%)."""
    if judged.label != EFISIEN or capaian.value is None or rounded(capaian.value, 2) >= HUNDRED:
        return judged
    note = "; ".join(filter(None, [judged.nilai.note, MISSED]))
    return Efisiensi(judged.metode, dataclasses.replace(judged.nilai, note=note), CUKUP)


def _judged(
    capaian: Figure, anggaran: Anggaran, settings: Settings, program: Iterable[ProgramHasil]
) -> Efisiensi:
    method = settings.metode_efisiensi
    if method == "pmk":
        return _pmk(program)
    if capaian.value is None or anggaran.serapan.value is None:
        reason = (
            "capaian belum dapat diukur" if capaian.value is None else "serapan anggaran tidak dapat dihitung"
        )
        return Efisiensi(method, missing(f"efisiensi.{method}", reason), TIDAK_DINILAI)
    c, s = capaian.value, anggaran.serapan.value
    inputs = (Input("Capaian (%)", c), Input("Serapan (%)", s))
    if method == "sisa":
        return _sisa(c, s, inputs)
    if method == "rasio":
        return _rasio(c, s, inputs)
    return _selisih(c, s, inputs, settings.ambang_efisiensi)


def _selisih(c: Decimal, s: Decimal, inputs: tuple[Input, ...], threshold: Decimal) -> Efisiensi:
    # the difference of the two figures as printed beside it (101,53% − 99,12% is 2,41 poin, although
    # the unrounded difference is 2,405), so that a reader checking it with a pencil finds it right
    d = rounded(c, 2) - rounded(s, 2)
    shown = d
    label = EFISIEN if shown > threshold else (CUKUP if abs(shown) <= threshold else TIDAK)
    note = f"ambang {threshold} poin"
    return Efisiensi(
        "selisih", Figure(d, "efisiensi.selisih", (*inputs, Input("Ambang (poin)", threshold)), note), label
    )


def _sisa(c: Decimal, s: Decimal, inputs: tuple[Input, ...]) -> Efisiensi:
    value = HUNDRED - s
    if rounded(c, 2) < HUNDRED:
        return Efisiensi("sisa", Figure(value, "efisiensi.sisa", inputs, "target tidak tercapai"), TIDAK)
    return Efisiensi(
        "sisa", Figure(value, "efisiensi.sisa", inputs), EFISIEN if rounded(value, 2) > 0 else CUKUP
    )


def _rasio(c: Decimal, s: Decimal, inputs: tuple[Input, ...]) -> Efisiensi:
    if s == 0:
        return Efisiensi("rasio", missing("efisiensi.rasio", "serapan 0%", *inputs), TIDAK_DINILAI)
    ratio = c / s
    shown = rounded(ratio, 2)
    label = EFISIEN if shown > 1 else (CUKUP if shown == 1 else TIDAK)
    return Efisiensi("rasio", Figure(ratio, "efisiensi.rasio", inputs), label)


def _pmk(program: Iterable[ProgramHasil]) -> Efisiensi:
    """PMK 22/2021: E = mean over outputs of 1 − (RA/RV)/(PA/TV); value = 50% + E/20 × 50%, within 0–100%."""
    terms = []
    for p in program:
        for k in p.kegiatan:
            for s in k.sub:
                u = next((x.ukuran for x in s.ukuran if x.ukuran.target and x.ukuran.realisasi), None)
                if u is None or u.target is None or u.realisasi is None or not s.anggaran.pagu:
                    continue
                planned = s.anggaran.pagu / u.target.high
                actual = s.anggaran.realisasi / u.realisasi
                terms.append(Decimal(1) - actual / planned)
    if not terms:
        return Efisiensi(
            "pmk",
            missing("efisiensi.pmk", "tidak ada keluaran dengan target, realisasi volume dan pagu"),
            TIDAK_DINILAI,
        )
    e = sum(terms, Decimal(0)) / len(terms) * HUNDRED
    value = min(HUNDRED, max(Decimal(0), Decimal(50) + e / 20 * 50))
    inputs = (Input("E (%)", e), Input("Jumlah keluaran", str(len(terms))))
    label = EFISIEN if rounded(value, 2) > 50 else (CUKUP if rounded(value, 2) == 50 else TIDAK)
    return Efisiensi("pmk", Figure(value, "efisiensi.pmk", inputs), label)
