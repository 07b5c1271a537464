"""This year against earlier years (C13), the Renstra end target (C14) and the national standard (C15)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from lkj.compute.capaian import HUNDRED, Konversi, capaian, luar_tabel
from lkj.compute.figure import Figure, Input, missing
from lkj.compute.results import Standar, Tahun, Tren
from lkj.model import Indikator, TargetRenstra
from lkj.settings import Settings


def riwayat(
    indikator: Indikator, rows: list[TargetRenstra], tahun: int, settings: Settings, konversi: Konversi | None
) -> tuple[Tahun, ...]:
    """Earlier years with a target or a realisation, oldest first, each with its capaian."""
    out = []
    for row in sorted(rows, key=lambda r: r.tahun):
        if row.tahun >= tahun or (row.target is None and row.realisasi is None):
            continue
        figure = capaian(
            row.target,
            row.realisasi,
            indikator.polaritas,
            settings,
            konversi=konversi,
            target_at=row.src.ref("target"),
            realisasi_at=row.src.ref("realisasi"),
        )
        outside = None if figure.known else luar_tabel(row.target, row.realisasi, settings, konversi)
        out.append(Tahun(row.tahun, row.target, row.realisasi, figure, outside))
    return tuple(out)


def tren(indikator: Indikator, realisasi: Decimal | None, history: tuple[Tahun, ...]) -> Tren | None:
    """Change from the latest earlier year that has a realisation."""
    earlier = [t for t in history if t.realisasi is not None]
    if realisasi is None or not earlier:
        return None
    last = earlier[-1]
    assert last.realisasi is not None
    inputs = (Input("Realisasi tahun ini", realisasi), Input(f"Realisasi {last.tahun}", last.realisasi))
    unit = "poin persentase" if indikator.satuan.strip() == "%" else indikator.satuan
    selisih = Figure(realisasi - last.realisasi, "tren.poin", inputs, f"dalam {unit}")
    if last.realisasi == 0:
        relatif = missing(
            "tren.relatif", "realisasi tahun lalu 0, perubahan relatif tidak dapat dihitung", *inputs
        )
    else:
        relatif = Figure((realisasi - last.realisasi) / abs(last.realisasi) * HUNDRED, "tren.relatif", inputs)
    return Tren(
        last.tahun, last.realisasi, selisih, relatif, _better(indikator.polaritas, realisasi, last.realisasi)
    )


def _better(polaritas: str, now: Decimal, before: Decimal) -> bool | None:
    if now == before or polaritas == "range":
        return None
    return now > before if polaritas == "max" else now < before


def renstra(
    indikator: Indikator, realisasi: Decimal | None, settings: Settings, konversi: Konversi | None
) -> Figure | None:
    """Capaian of this year's realisation against the end-of-Renstra target (C14)."""
    if indikator.target_akhir is None:
        return None
    figure = capaian(
        indikator.target_akhir,
        realisasi,
        indikator.polaritas,
        settings,
        konversi=konversi,
        target_at=indikator.src.ref("target_akhir"),
    )
    return dataclasses.replace(figure, rule="capaian.renstra") if figure.known else figure


def standar(indikator: Indikator, realisasi: Decimal | None) -> Standar | None:
    """Gap to the national standard (C15), and whether it is met, by polarity."""
    if indikator.standar_nasional is None or realisasi is None:
        return None
    s = indikator.standar_nasional
    inputs = (
        Input("Realisasi", realisasi),
        Input("Standar nasional", s, indikator.src.ref("standar_nasional")),
    )
    meets = (
        None
        if indikator.polaritas == "range"
        else (realisasi >= s if indikator.polaritas == "max" else realisasi <= s)
    )
    return Standar(s, Figure(realisasi - s, "standar.selisih", inputs), meets)
