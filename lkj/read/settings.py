"""The year's settings (lkj.settings) made once from the instansi workbook: its 'Pengaturan' and 'Skala
Nilai' sheets, and the regulation's default for what is not filled (lkj.contract.defaults and the
contract's column defaults)."""

from __future__ import annotations

from decimal import Decimal

from lkj.contract import defaults
from lkj.contract.lists import CLOSED, OPERATOR, SKALA
from lkj.contract.pengaturan import PENGATURAN
from lkj.model import Instansi, Pengaturan, SkalaRow
from lkj.settings import Scale, Settings, scale_from_rows


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


def default_settings() -> Settings:
    return settings_of(None)


def settings_of(instansi: Instansi | None) -> Settings:
    rows = instansi.skala if instansi else ()
    p = instansi.pengaturan if instansi else None
    return Settings(
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
        konversi=str(_setting(p, "konversi_capaian")),
    )
