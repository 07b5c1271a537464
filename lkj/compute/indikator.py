"""Each indicator's figures: this year's target (last PK version, else the Renstra target of the year),
its realisation (from the responsible bidang), capaian, predikat, kategori and the analyses 2–4."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal

from lkj.compute.capaian import HUNDRED, Konversi, capaian, meets, tables
from lkj.compute.figure import Figure
from lkj.compute.realisasi import realisasi as realisasi_hitung
from lkj.compute.results import IndikatorHasil
from lkj.compute.tren import renstra, riwayat, standar, tren
from lkj.indonesian import rounded
from lkj.model import (
    CapaianIndikator,
    CellRef,
    Dataset,
    Indikator,
    Instansi,
    Target,
    TargetRenstra,
)
from lkj.settings import Settings


@dataclass(frozen=True)
class Sumber:
    """Lookups over the whole dataset that every indicator needs, built once."""

    tahun: int
    settings: Settings
    pk_target: dict[str, tuple[Target, str, CellRef]] = field(default_factory=dict)
    renstra: dict[str, list[TargetRenstra]] = field(default_factory=dict)
    capaian: dict[str, list[CapaianIndikator]] = field(default_factory=dict)
    konversi: dict[str, Konversi] = field(default_factory=dict)
    # the figures a computed realisation is taken from, by Sumber Realisasi (lkj.compute.realisasi)
    hitung: dict[str, Figure] = field(default_factory=dict)
    pk_semua: dict[str, list[Target]] = field(default_factory=dict)  # every PK version's targets


def sumber(
    dataset: Dataset, tahun: int, settings: Settings, hitung: dict[str, Figure] | None = None
) -> Sumber:
    instansi = dataset.instansi
    assert instansi is not None
    result = Sumber(tahun, settings, _pk_targets(instansi), hitung=dict(hitung or {}))
    for pk_row in instansi.pk_target:
        if pk_row.target is not None:
            result.pk_semua.setdefault(pk_row.indikator, []).append(pk_row.target)
    for target_row in instansi.target_renstra:
        result.renstra.setdefault(target_row.indikator, []).append(target_row)
    for bidang in dataset.bidang:
        for capaian_row in bidang.capaian:
            result.capaian.setdefault(capaian_row.indikator, []).append(capaian_row)
    result.konversi.update(tables(instansi))
    return result


def _pk_targets(instansi: Instansi) -> dict[str, tuple[Target, str, CellRef]]:
    """The latest PK version's target of each indicator (versions in the order they are listed)."""
    order = {v.versi: i for i, v in enumerate(instansi.pk_versi)}
    latest: dict[str, tuple[int, Target, str, CellRef]] = {}
    for row in instansi.pk_target:
        rank = order.get(row.versi, -1)
        if row.target is None:
            continue  # not filled yet: an earlier version's target, or the Renstra's, stands
        if row.indikator not in latest or rank >= latest[row.indikator][0]:
            latest[row.indikator] = (rank, row.target, row.versi, row.src.ref("target"))
    return {k: (t, versi, ref) for k, (_, t, versi, ref) in latest.items()}


def target_tahun_ini(indikator: Indikator, src: Sumber) -> tuple[Target | None, str, CellRef | None]:
    if indikator.kode in src.pk_target:
        return src.pk_target[indikator.kode]
    for row in src.renstra.get(indikator.kode, ()):
        if row.tahun == src.tahun and row.target is not None:
            return row.target, f"Renstra {src.tahun}", row.src.ref("target")
    return None, "", None


def realisasi_row(indikator: Indikator, src: Sumber) -> CapaianIndikator | None:
    rows = src.capaian.get(indikator.kode, [])
    own = [r for r in rows if r.bidang.casefold() == indikator.penanggung_jawab.casefold()]
    chosen = own or rows
    return chosen[0] if chosen else None


def indikator_hasil(indikator: Indikator, src: Sumber) -> IndikatorHasil:
    settings = src.settings
    target, sumber_target, target_at = target_tahun_ini(indikator, src)
    row = realisasi_row(indikator, src)
    typed = row.realisasi if row else None
    hitung = realisasi_hitung(indikator, src.hitung)
    realisasi = typed if hitung is None else hitung.value
    realisasi_at = (row.src.ref("realisasi") if row else None) if hitung is None else None
    konversi = src.konversi.get(indikator.tabel_konversi.casefold()) if indikator.tabel_konversi else None
    figure = capaian(
        target,
        realisasi,
        indikator.polaritas,
        settings,
        konversi=konversi,
        target_at=target_at,
        realisasi_at=realisasi_at,
    )
    if hitung is not None:
        figure = dataclasses.replace(figure, inputs=hitung.inputs + figure.inputs)
    rows = src.renstra.get(indikator.kode, [])
    history = riwayat(indikator, rows, src.tahun, settings, konversi)
    tahunan = tuple(sorted(((r.tahun, r.target) for r in rows if r.target is not None), key=lambda y: y[0]))
    # the figure as judged: a realisation that meets its target on its own scale is never 'Tidak
    # Tercapai', whatever a conversion table's value of it (Pengaturan: the table's value as capaian)
    judged = figure.value
    if judged is not None and meets(target, realisasi, indikator.polaritas) and rounded(judged, 2) < HUNDRED:
        judged = HUNDRED
    return IndikatorHasil(
        indikator=indikator,
        target=target,
        sumber_target=sumber_target,
        realisasi=realisasi,
        penjelasan=row,
        capaian=figure,
        predikat=settings.predikat.label(judged) if judged is not None else None,
        kategori=settings.kategori.label(figure.value) if figure.value is not None else None,
        predikat_nilai=_predikat_nilai(indikator, realisasi, settings),
        tercapai=rounded(judged, 2) >= HUNDRED if judged is not None else None,
        status=_status(figure, realisasi, target, judged),
        riwayat=history,
        tren=tren(indikator, realisasi, history),
        renstra=renstra(indikator, realisasi, settings, konversi),
        standar=standar(indikator, realisasi),
        renstra_tahunan=tahunan,
        realisasi_hitung=hitung,
        realisasi_diketik=typed if hitung is not None else None,
    )


def _status(figure: Figure, realisasi: Decimal | None, target: Target | None, judged: Decimal | None) -> str:
    """What a sentence about the indicator must say: its capaian as printed (two decimals) above, at or
    below 100% (at 100% when the realisation meets its target, whatever its table value), or why it has
    none."""
    if figure.value is None or judged is None:
        if realisasi is None:
            return "belum_ada_data"
        return "tanpa_target" if target is None else "tidak_dapat_dihitung"
    shown = max(rounded(figure.value, 2), rounded(judged, 2))
    return "melebihi" if shown > HUNDRED else ("tercapai" if shown == HUNDRED else "tidak_tercapai")


def _predikat_nilai(indikator: Indikator, realisasi: Decimal | None, settings: Settings) -> str | None:
    if indikator.skala_nilai == "spbe" and realisasi is not None:
        return settings.spbe.label(realisasi)
    return None
