"""The year's settings: the scales (predikat, kategori, predikat SPBE) and the choices the regulation leaves
open (efficiency method, caps, averaging, paper, code format, annexes).

The reader makes them once from the instansi workbook's 'Pengaturan' and 'Skala Nilai' sheets, the
regulation's defaults where nothing is filled (lkj.read.settings); the validator and the computation take
them from there, so that a user changes policy without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkj.indonesian import angka, rounded

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
class Settings:
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
    # a score indicator with a conversion table: realisasi and target both converted ("keduanya", the
    # IKU decree's reading), the table's value of the realisation ("tabel"), or the scores ("skor")
    konversi: str = "keduanya"


def scale_from_rows(name: str, rows: list[tuple[Decimal | None, str | None, str]]) -> Scale:
    bands = [Band(bound, operator != ">", label) for bound, operator, label in rows]
    bands.sort(key=lambda b: b.order)
    return Scale(name, tuple(bands))
