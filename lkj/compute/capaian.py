"""Capaian of one indicator: by polarity (C1, C2), range and stabilize targets (C3, C4), score indicators
through a conversion table (C18), missing data (C5) and the optional cap and floor (C6)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from lkj.compute.figure import Figure, Input, missing
from lkj.compute.results import UkuranHasil
from lkj.indonesian import angka, rentang, rentang_skor, rounded
from lkj.model import CellRef, KonversiRow, Target, Ukuran
from lkj.settings import Settings

HUNDRED = Decimal(100)
ZERO = Decimal(0)


@dataclass(frozen=True)
class Konversi:
    """A conversion table: score ranges → capaian (%)."""

    nama: str
    rows: tuple[KonversiRow, ...]

    def lookup(self, score: Decimal) -> KonversiRow | None:
        for row in self.rows:
            if row.dari is not None and (
                score <= row.dari if row.dari_termasuk is False else score < row.dari
            ):
                continue
            if row.sampai is not None and (
                score >= row.sampai if row.sampai_termasuk is False else score > row.sampai
            ):
                continue
            return row
        return None

    @property
    def lowest(self) -> Decimal | None:
        """The table's lowest bound; None also when a band has none (no score falls below the table)."""
        if any(r.dari is None for r in self.rows):
            return None
        return min((r.dari for r in self.rows if r.dari is not None), default=None)


def maximize(realisasi: Decimal, target: Decimal) -> Decimal:
    """C1: realisasi / target × 100."""
    return realisasi / target * HUNDRED


def minimize(realisasi: Decimal, target: Decimal) -> Decimal:
    """C2: (target − (realisasi − target)) / target × 100."""
    return (target - (realisasi - target)) / target * HUNDRED


def capaian(
    target: Target | None,
    realisasi: Decimal | None,
    polaritas: str,
    settings: Settings,
    *,
    konversi: Konversi | None = None,
    target_at: CellRef | None = None,
    realisasi_at: CellRef | None = None,
    rule_prefix: str = "capaian",
) -> Figure:
    inputs = [Input("Realisasi", realisasi, realisasi_at)]
    if realisasi is None:
        return missing("capaian.belum-ada-data", "data realisasi belum tersedia", *inputs)
    if konversi is not None:
        return _converted(realisasi, konversi, tuple(inputs))
    if target is not None:
        inputs.append(Input("Target", _target_text(target), target_at))
    if target is None:
        return missing("capaian.tanpa-target", "target belum ditetapkan", *inputs)
    value, rule, note = _by_polarity(target, realisasi, polaritas)
    if value is None:
        return missing(rule, note, *inputs)
    value, adjusted = _bounded(value, settings)
    return Figure(
        value, rule, tuple(inputs), f"{note}; {adjusted}" if note and adjusted else note or adjusted
    )


@functools.lru_cache(maxsize=4096)  # the same few targets (100, 80–90) recur on thousands of indicators
def _target_text(target: Target) -> str:
    return rentang(target.low, target.high)


def _by_polarity(target: Target, realisasi: Decimal, polaritas: str) -> tuple[Decimal | None, str, str]:
    low, high = target.low, target.high
    if polaritas == "range":
        return _stabilize(realisasi, low, high)
    rule = (
        "capaian.rentang"
        if target.is_range
        else ("capaian.minimal" if polaritas == "min" else "capaian.maksimal")
    )
    if target.is_range and low <= realisasi <= high:
        return HUNDRED, rule, "realisasi berada di dalam rentang target"
    bound = low if realisasi < low else high
    if polaritas == "min":
        return _minimize_or_zero(realisasi, bound, rule)
    if bound == ZERO:
        if realisasi == ZERO:
            return HUNDRED, rule, "target 0 dan realisasi 0"
        return None, rule, "capaian tidak dapat dihitung karena targetnya 0"
    return maximize(realisasi, bound), rule, ""


def _minimize_or_zero(realisasi: Decimal, bound: Decimal, rule: str) -> tuple[Decimal | None, str, str]:
    if bound == ZERO:
        if realisasi <= ZERO:
            return HUNDRED, rule, "target 0 tercapai"
        return ZERO, rule, "realisasi melebihi target 0, sehingga capaian dinilai 0%"
    return minimize(realisasi, bound), rule, ""


def _stabilize(realisasi: Decimal, low: Decimal, high: Decimal) -> tuple[Decimal | None, str, str]:
    rule = "capaian.stabil"
    if low <= realisasi <= high:
        return HUNDRED, rule, "realisasi berada di dalam rentang target"
    if realisasi < low:
        return maximize(realisasi, low), rule, "realisasi di bawah batas bawah rentang"
    if high == ZERO:
        return ZERO, rule, "realisasi melebihi batas atas 0, sehingga capaian dinilai 0%"
    return minimize(realisasi, high), rule, "realisasi di atas batas atas rentang"


def _bounded(value: Decimal, settings: Settings) -> tuple[Decimal, str]:
    if settings.batas_bawah is not None and value < settings.batas_bawah:
        return (
            settings.batas_bawah,
            f"hasil rumus {angka(value, 2)}% dinaikkan ke batas bawah {angka(settings.batas_bawah)}%",
        )
    if settings.batas_atas is not None and value > settings.batas_atas:
        return (
            settings.batas_atas,
            f"hasil rumus {angka(value, 2)}% dibatasi pada batas atas {angka(settings.batas_atas)}%",
        )
    return value, ""


def _converted(score: Decimal, konversi: Konversi, inputs: tuple[Input, ...]) -> Figure:
    row = konversi.lookup(score)
    if row is None:
        lowest = konversi.lowest
        where = f"; tabel mulai dari nilai {angka(lowest)}" if lowest is not None else ""
        return missing(
            "capaian.konversi",
            f"nilai {angka(score)} berada di luar tabel konversi "
            f"'{konversi.nama}'{where}, sehingga capaiannya tidak dapat ditetapkan",
            *inputs,
        )
    band = rentang_skor(row.dari, row.dari_termasuk, row.sampai, row.sampai_termasuk)
    note = f"nilai {angka(score)} masuk rentang {band} pada tabel '{konversi.nama}'"
    return Figure(
        row.capaian, "capaian.konversi", (*inputs, Input("Baris tabel", band, row.src.ref("capaian"))), note
    )


def ukuran_hasil(ukuran: Iterable[Ukuran], settings: Settings) -> tuple[UkuranHasil, ...]:
    """The capaian of each indicator of a program, kegiatan or sub kegiatan."""
    out = []
    for u in ukuran:
        figure = capaian(
            u.target,
            u.realisasi,
            u.polaritas,
            settings,
            target_at=u.src.ref("target"),
            realisasi_at=u.src.ref("realisasi"),
        )
        tercapai = rounded(figure.value, 2) >= HUNDRED if figure.value is not None else None
        out.append(UkuranHasil(u, figure, tercapai))
    return tuple(out)
