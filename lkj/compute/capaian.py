"""Capaian of one indicator: by polarity (C1, C2), range and stabilize targets (C3, C4), score indicators
through a conversion table (C18), missing data (C5) and the optional cap and floor (C6).

A score indicator with a conversion table (KI Award: a score of 93,5 against a target of 90) compares
realisasi and target on one scale. The policy is the year's setting (Pengaturan › Capaian Indikator
Bertabel Konversi): by default both are converted through the table, as the IKU decree reads it
(85% for 93,5 against 80% for 90: 106,25%); or the table's value of the realisation is the capaian
(85%); or the scores are compared as they are (93,5 ÷ 90: 103,89%). The same rule gives the indicator's
capaian wherever it appears: this year, earlier years, against the Renstra's end target, and a program
indicator that measures it (Kode Indikator Sasaran)."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from lkj.compute.figure import Figure, Input, missing
from lkj.compute.results import LuarTabel, UkuranHasil
from lkj.indonesian import angka, rentang, rentang_skor, rounded
from lkj.model import CellRef, Instansi, KonversiRow, Target, Ukuran
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

    @property
    def cakupan(self) -> str:
        """The scores the table holds, from its lowest bound to its highest ("90 sampai 100")."""
        low = next((r for r in self.rows if r.dari is None), None) or min(
            self.rows, key=lambda r: r.dari or ZERO
        )
        high = next((r for r in self.rows if r.sampai is None), None) or max(
            self.rows, key=lambda r: r.sampai or ZERO
        )
        return rentang_skor(low.dari, low.dari_termasuk, high.sampai, high.sampai_termasuk, " sampai ")


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
    if konversi is not None and settings.konversi == "tabel":
        return _converted(realisasi, konversi, tuple(inputs))
    if target is not None:
        inputs.append(Input("Target", _target_text(target), target_at))
    if target is None:
        return missing("capaian.tanpa-target", "target belum ditetapkan", *inputs)
    if konversi is not None and settings.konversi == "keduanya":
        return _both_converted(target, realisasi, polaritas, konversi, settings, tuple(inputs))
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


def _both_converted(
    target: Target,
    realisasi: Decimal,
    polaritas: str,
    konversi: Konversi,
    settings: Settings,
    inputs: tuple[Input, ...],
) -> Figure:
    """Realisasi and target through the table, then compared by polarity like any other indicator."""
    rows = [konversi.lookup(score) for score in (realisasi, target.low, target.high)]
    if any(row is None for row in rows):
        outside = [
            angka(score)
            for score, row in zip((realisasi, target.low, target.high), rows, strict=True)
            if row is None
        ]
        return missing(
            "capaian.konversi",
            f"nilai {' dan '.join(dict.fromkeys(outside))} berada di luar tabel konversi "
            f"'{konversi.nama}', sehingga capaiannya tidak dapat ditetapkan",
            *inputs,
        )
    real, low, high = (row.capaian for row in rows if row is not None)
    value, _, note = _by_polarity(Target(low, high), real, polaritas)
    table = tuple(
        Input(f"Nilai tabel {what}", row.capaian, row.src.ref("capaian"))
        for what, row in zip(("realisasi", "target"), rows[:2], strict=True)
        if row is not None
    )
    said = (
        f"realisasi {angka(realisasi)} dan target {rentang(target.low, target.high)} dikonversi dengan "
        f"tabel '{konversi.nama}' menjadi {angka(real)}% dan {rentang(low, high)}%"
    )
    if value is None:
        return missing("capaian.konversi", f"{said}; {note}", *inputs, *table)
    value, adjusted = _bounded(value, settings)
    return Figure(
        value, "capaian.konversi", (*inputs, *table), "; ".join(filter(None, [said, note, adjusted]))
    )


def luar_tabel(
    target: Target | None, realisasi: Decimal | None, settings: Settings, konversi: Konversi | None
) -> LuarTabel | None:
    """The figures the year's policy converts that the indicator's table holds no band for: why its
    capaian cannot be set (None when the table is not why)."""
    if konversi is None or realisasi is None or settings.konversi == "skor":
        return None
    keduanya = settings.konversi == "keduanya"
    if keduanya and target is None:
        return None
    scores = {"realisasi": (realisasi,), "target": (target.low, target.high) if keduanya and target else ()}
    outside = tuple(k for k, values in scores.items() if any(konversi.lookup(v) is None for v in values))
    return LuarTabel(konversi.nama, outside, keduanya, konversi.cakupan) if outside else None


def meets(target: Target | None, realisasi: Decimal | None, polaritas: str) -> bool | None:
    """Whether the realisation meets its target on the indicator's own scale, by polarity (None when
    either is missing): a realisation that does is never printed as 'Tidak Tercapai'."""
    if target is None or realisasi is None:
        return None
    if polaritas == "min":
        return realisasi <= target.high
    if polaritas == "range":
        return target.low <= realisasi <= target.high
    return realisasi >= target.low


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
        row.capaian,
        "capaian.konversi-tabel",
        (*inputs, Input("Baris tabel", band, row.src.ref("capaian"))),
        note,
    )


def tables(instansi: Instansi | None) -> dict[str, Konversi]:
    """The conversion tables, by name (case-insensitive)."""
    rows: dict[str, list[KonversiRow]] = defaultdict(list)
    for row in instansi.tabel_konversi if instansi is not None else ():
        rows[row.nama.casefold()].append(row)
    return {name: Konversi(group[0].nama, tuple(group)) for name, group in rows.items()}


def konversi_of(instansi: Instansi | None) -> dict[str, Konversi]:
    """Each score indicator's conversion table, by indicator kode."""
    named = tables(instansi)
    return {
        x.kode: named[x.tabel_konversi.casefold()]
        for x in (instansi.indikator if instansi is not None else ())
        if x.tabel_konversi and x.tabel_konversi.casefold() in named
    }


def ukuran_hasil(
    ukuran: Iterable[Ukuran], settings: Settings, konversi: Mapping[str, Konversi] | None = None
) -> tuple[UkuranHasil, ...]:
    """The capaian of each indicator of a program, kegiatan or sub kegiatan; one that measures a score
    indicator (Kode Indikator Sasaran) through that indicator's conversion table, as the indicator's own."""
    out = []
    for u in ukuran:
        figure = capaian(
            u.target,
            u.realisasi,
            u.polaritas,
            settings,
            konversi=(konversi or {}).get(u.indikator_kode or ""),
            target_at=u.src.ref("target"),
            realisasi_at=u.src.ref("realisasi"),
        )
        tercapai = (
            rounded(figure.value, 2) >= HUNDRED or bool(meets(u.target, u.realisasi, u.polaritas))
            if figure.value is not None
            else None
        )  # a realisation meeting its target is reached, whatever a conversion table's value of it
        out.append(UkuranHasil(u, figure, tercapai))
    return tuple(out)
