"""Policy data: the scales (predikat, kategori, predikat SPBE) and the settings the regulation leaves open.

They come from the instansi workbook's 'Pengaturan' and 'Skala Nilai' sheets; what is not filled takes the
regulation's default (lkj.contract.defaults and the contract's column defaults), so a user changes policy
without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkj.contract import defaults
from lkj.contract.instansi import PENGATURAN
from lkj.contract.lists import CLOSED, OPERATOR, SKALA
from lkj.indonesian import rounded
from lkj.model import Instansi, Pengaturan, SkalaRow

DECIMALS = 2


@dataclass(frozen=True)
class Band:
    bound: Decimal | None  # None: the lowest band, open below
    inclusive: bool  # value >= bound (True) or value > bound (False)
    label: str

    def holds(self, value: Decimal) -> bool:
        if self.bound is None:
            return True
        return value >= self.bound if self.inclusive else value > self.bound

    @property
    def order(self) -> tuple[Decimal, int]:
        return (self.bound if self.bound is not None else Decimal("-Infinity"), 0 if self.inclusive else 1)


@dataclass(frozen=True)
class Scale:
    """Bands without gaps: every value gets the label of the highest band it reaches."""

    name: str
    bands: tuple[Band, ...]

    def label(self, value: Decimal) -> str:
        shown = rounded(value, DECIMALS)  # the value as printed decides, so 100,00% is never "Tidak Tercapai"
        chosen = self.bands[0]
        for band in self.bands:
            if band.holds(shown):
                chosen = band
        return chosen.label

    def describe(self) -> list[tuple[str, str]]:
        """(range text, label) per band, lowest first, for Tabel 3.1/3.2 of the report."""
        from lkj.indonesian import angka

        rows = []
        for index, band in enumerate(self.bands):
            upper = self.bands[index + 1] if index + 1 < len(self.bands) else None
            low = "" if band.bound is None else ("≥ " if band.inclusive else "> ") + angka(band.bound)
            high = (
                ""
                if upper is None or upper.bound is None
                else ("< " if upper.inclusive else "≤ ") + angka(upper.bound)
            )
            if band.inclusive and upper is not None and not upper.inclusive and upper.bound == band.bound:
                text = f"= {angka(band.bound)}"  # type: ignore[arg-type]
            else:
                text = " dan ".join(part for part in (low, high) if part) or "semua nilai"
            rows.append((text, band.label))
        return rows


@dataclass(frozen=True)
class Policy:
    predikat: Scale
    kategori: Scale
    spbe: Scale
    metode_efisiensi: str = "selisih"
    ambang_efisiensi: Decimal = Decimal(5)
    batas_atas: Decimal | None = None
    batas_bawah: Decimal | None = Decimal(0)
    rata_rata: str = "sederhana"
    fisik: str = "sederhana"
    kertas: str = "A4"
    format_kode: str = "permendagri"
    lampiran_validasi: bool = False


def scale_from_rows(name: str, rows: list[tuple[Decimal | None, str | None, str]]) -> Scale:
    bands = [Band(bound, operator != ">", label) for bound, operator, label in rows]
    bands.sort(key=lambda b: b.order)
    return Scale(name, tuple(bands))


def _default_rows(skala: str) -> list[tuple[Decimal | None, str | None, str]]:
    return [
        (
            Decimal(r.batas) if r.batas is not None else None,
            OPERATOR[r.operator] if r.operator else None,
            r.label,
        )
        for r in defaults.SKALA
        if SKALA[r.skala] == skala
    ]


def _scale(skala: str, rows: tuple[SkalaRow, ...]) -> Scale:
    own = [(r.batas, r.operator, r.label) for r in rows if r.skala == skala]
    return scale_from_rows(skala, own or _default_rows(skala))


def _setting(pengaturan: Pengaturan | None, key: str) -> object:
    value = getattr(pengaturan, key) if pengaturan is not None else None
    if value is not None:
        return value
    column = PENGATURAN.column(key)
    if column.default is None:
        return None
    if column.choices:
        return CLOSED[column.choices][column.default]
    return Decimal(column.default)


def default_policy() -> Policy:
    return policy_of(None)


def policy_of(instansi: Instansi | None) -> Policy:
    rows = instansi.skala if instansi else ()
    p = instansi.pengaturan if instansi else None
    return Policy(
        predikat=_scale("predikat", rows),
        kategori=_scale("kategori", rows),
        spbe=_scale("spbe", rows),
        metode_efisiensi=str(_setting(p, "metode_efisiensi")),
        ambang_efisiensi=_setting(p, "ambang_efisiensi"),  # type: ignore[arg-type]
        batas_atas=_setting(p, "batas_atas"),  # type: ignore[arg-type]
        batas_bawah=_setting(p, "batas_bawah"),  # type: ignore[arg-type]
        rata_rata=str(_setting(p, "rata_rata")),
        fisik=str(_setting(p, "fisik")),
        kertas=str(_setting(p, "kertas")),
        format_kode=str(_setting(p, "format_kode")),
        lampiran_validasi=bool(_setting(p, "lampiran_validasi")),
    )
