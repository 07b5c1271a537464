"""What carries over from one year's input into next year's workbooks (`lkj templates --dari --tahun`):
the model of this year turned back into the values staff type, sheet by sheet.

Carried: the profile (with the new year, its signing date left empty), the descriptions (uraian), bidang,
sasaran, indicators and their definitions, the Renstra targets (this year's realisation written into them
as history), conversion tables, settings and scales; in each bidang workbook its identity and its
program, kegiatan and sub kegiatan codes, names and indicators (name, unit, polarity, link). Left empty,
to be entered fresh: targets of program/kegiatan/sub kegiatan indicators, every amount (pagu, realisasi),
every realisation, the PK, the SPBE levels, explanations, benchmarks, analyses declared not applicable,
narrative replacements and the delivery form.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from lkj.contract import WORKBOOKS, FormSheet
from lkj.contract.kinds import Column
from lkj.contract.lists import CLOSED
from lkj.model import Bidang, Instansi, Target, Ukuran

# the instansi sheets carried as they are (each record's fields are the sheet's column keys)
INSTANSI_CARRIED = ("uraian", "bidang", "sasaran", "indikator", "tabel_konversi", "pengaturan", "skala")
INSTANSI_FRESH = {
    "teks": "teks pengganti narasi",
    "keterangan_analisis": "keterangan analisis",
    "pembanding": "pembanding",
    "pk_versi": "Perjanjian Kinerja (versi, target dan anggaran)",
    "spbe": "tingkat kematangan SPBE",
    "penyampaian": "penyampaian dan reviu laporan",
}
UKURAN = {  # a bidang sheet's indicator columns → the Ukuran field they hold (carried: name, unit, link)
    "program": ("indikator", "indikator_kode", "polaritas", "satuan"),
    "kegiatan": ("indikator", "satuan"),
    "sub_kegiatan": ("indikator", "satuan"),
}


def instansi_data(
    instansi: Instansi,
    tahun: int,
    realisasi: Mapping[str, Decimal | None],
    target: Mapping[str, Target | None],
) -> dict[str, Any]:
    """Next year's instansi workbook: what carries over, and this year's realisation (and target, where
    the Renstra row has none) of each indicator as its history in Target Renstra."""
    spec = WORKBOOKS["instansi"]
    data: dict[str, Any] = {}
    if instansi.profil is not None:
        profil = dataclasses.replace(instansi.profil, tahun=tahun, tanggal=None)
        data["profil"] = _record(profil, spec.sheet("profil").fields)  # type: ignore[union-attr]
    for key in INSTANSI_CARRIED:
        sheet = spec.sheet(key)
        value = getattr(instansi, key)
        if isinstance(sheet, FormSheet):
            if value is not None:
                data[key] = _record(value, sheet.fields)
        elif value:
            data[key] = [_record(r, sheet.columns) for r in value]
    data["target_renstra"] = _renstra(instansi, realisasi, target)
    return data


def _renstra(
    instansi: Instansi, realisasi: Mapping[str, Decimal | None], target: Mapping[str, Target | None]
) -> list[dict[str, Any]]:
    assert instansi.profil is not None
    year = instansi.profil.tahun
    columns = WORKBOOKS["instansi"].sheet("target_renstra").columns  # type: ignore[union-attr]
    rows = []
    written = set()
    for r in instansi.target_renstra:
        if r.tahun == year:
            r = dataclasses.replace(
                r,
                realisasi=realisasi.get(r.indikator, r.realisasi),
                target=r.target or target.get(r.indikator),
            )
            written.add(r.indikator)
        rows.append(_record(r, columns))
    for x in instansi.indikator:
        if x.kode not in written and (realisasi.get(x.kode) is not None or target.get(x.kode) is not None):
            rows.append(
                {
                    "indikator": x.kode,
                    "tahun": year,
                    "target": _value(_column(columns, "target"), target.get(x.kode)),
                    "realisasi": realisasi.get(x.kode),
                }
            )
    return sorted(rows, key=lambda row: (_order(instansi, row["indikator"]), row["tahun"]))


def _order(instansi: Instansi, kode: str) -> int:
    for n, x in enumerate(instansi.indikator):
        if x.kode == kode:
            return n
    return len(instansi.indikator)


def bidang_data(bidang: Bidang, tahun: int) -> dict[str, Any]:
    """Next year's workbook of a bidang: its identity, its program/kegiatan/sub kegiatan codes, names and
    indicators (without targets, amounts or realisations), and a Capaian Indikator row for each indicator
    it reported this year (to be filled)."""
    data: dict[str, Any] = {}
    if bidang.identitas is not None:
        data["identitas"] = {
            "nama_bidang": bidang.identitas.nama_bidang,
            "tahun": tahun,
            "penyusun": bidang.identitas.penyusun,
            "jabatan_penyusun": bidang.identitas.jabatan_penyusun,
        }
    data["program"] = [
        row
        for p in bidang.program
        for row in _with_ukuran({"kode": p.kode, "nama": p.nama, "sasaran": p.sasaran}, p.ukuran, "program")
    ]
    data["kegiatan"] = [
        row
        for k in bidang.kegiatan
        for row in _with_ukuran({"kode": k.kode, "program": k.program, "nama": k.nama}, k.ukuran, "kegiatan")
    ]
    data["sub_kegiatan"] = [
        row
        for s in bidang.sub_kegiatan
        for row in _with_ukuran(
            {"kode": s.kode, "kegiatan": s.kegiatan, "nama": s.nama}, s.ukuran, "sub_kegiatan"
        )
    ]
    data["capaian"] = [{"indikator": kode} for kode in dict.fromkeys(c.indikator for c in bidang.capaian)]
    return {key: rows for key, rows in data.items() if rows}


def _with_ukuran(item: dict[str, Any], ukuran: Sequence[Ukuran], sheet: str) -> list[dict[str, Any]]:
    """An item's first row with its first indicator, then a continuation row for each further one."""
    columns = WORKBOOKS["bidang"].sheet(sheet).columns  # type: ignore[union-attr]
    rows = [dict(item)]
    for n, u in enumerate(ukuran):
        if n:
            rows.append({})
        for key in UKURAN[sheet]:
            value = getattr(u, key)
            if key == "polaritas" and value == "max":
                value = None  # the column's default: left as staff leave it
            rows[-1][key] = _value(_column(columns, key), value)
    return [{k: v for k, v in row.items() if v is not None} or {"indikator": None} for row in rows]


def _record(record: object, columns: Sequence[Column]) -> dict[str, Any]:
    return {c.key: _value(c, getattr(record, c.key)) for c in columns if hasattr(record, c.key)}


def _column(columns: Sequence[Column], key: str) -> Column:
    return next(c for c in columns if c.key == key)


def _value(column: Column, value: object) -> object:
    """A model value as staff type it: a closed choice as its text, a target as its number, range or
    kategori (decimals with a comma, never grouped, so that it reads back the same)."""
    if value is None:
        return None
    if isinstance(value, Target):
        if value.kategori is not None:
            return value.kategori
        if not value.is_range:
            return value.low
        return f"{_typed(value.low)}-{_typed(value.high)}"
    if column.choices is not None and column.choices in CLOSED and not isinstance(value, bool):
        shown = [text for text, model in CLOSED[column.choices].items() if model == value]
        return shown[0] if shown else value
    return value


def _typed(value: Decimal) -> str:
    return format(value, "f").replace(".", ",")
