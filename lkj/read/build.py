"""Turn the records of one workbook into the typed model (lkj.model).

A record whose identifying cell could not be read is left out (its finding is already reported). A
required value that is missing is None where the model allows it (data not entered yet: a gap, or an
error already reported); otherwise it takes a neutral stand-in, so that the remaining checks still run.
An error's stand-in never reaches a report (a build stops on errors); a gap's does, as an empty text.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from lkj import model as m
from lkj.contract import FormSheet, Kind, TableSheet
from lkj.contract.kinds import Column
from lkj.contract.lists import CLOSED
from lkj.findings import Finding, finding
from lkj.read import kategori
from lkj.read.records import Record
from lkj.read.rules import TABLE_CONTINUATION, TABLE_CONTINUATION_EXTRA
from lkj.read.workbook import WorkbookRead

T = TypeVar("T")

_STAND_IN: dict[Kind, Callable[[Column], object]] = {
    Kind.TEXT: lambda c: "",
    Kind.LONGTEXT: lambda c: "",
    Kind.KODE: lambda c: "",
    Kind.NUMBER: lambda c: Decimal(0),
    Kind.MONEY: lambda c: Decimal(0),
    Kind.PERCENT: lambda c: Decimal(0),
    Kind.INTEGER: lambda c: 0,
    Kind.YEAR: lambda c: 0,
    Kind.TARGET: lambda c: m.Target.single(Decimal(0)),
    Kind.CHOICE: lambda c: next(iter(CLOSED[c.choices or ""].values())),
    Kind.DATE: lambda c: None,
}


def _read(wb: WorkbookRead, key: str) -> list[Record]:
    read = wb.sheets.get(key)
    return read.records if read else []


def _make(cls: type[T], record: Record, sheet: TableSheet | FormSheet, **extra: Any) -> T | None:
    """An instance of `cls` from a record, or None when an identifying value is missing."""
    kwargs: dict[str, Any] = {"src": record.src, **extra}
    for column, identifying, optional in _fields_of(cls, sheet):
        if column.key in kwargs:
            continue
        value = record.values.get(column.key)
        if value is None and column.required and not optional:
            if identifying:
                return None
            value = _STAND_IN[column.kind](column)
        kwargs[column.key] = value
    return cls(**kwargs)


_FIELDS: dict[tuple[type, str], tuple[tuple[Column, bool, bool], ...]] = {}


def _fields_of(cls: type, sheet: TableSheet | FormSheet) -> tuple[tuple[Column, bool, bool], ...]:
    """The sheet's columns that are fields of `cls`, each with whether it identifies the row and whether
    the model may hold None for it (worked out once per class and sheet: hashing a sheet's whole
    declaration per row would cost more)."""
    key = (cls, sheet.key)
    if key not in _FIELDS:
        columns = sheet.fields if isinstance(sheet, FormSheet) else sheet.columns
        identifying = set(sheet.unique) if isinstance(sheet, TableSheet) else set()
        hints = typing.get_type_hints(cls)
        _FIELDS[key] = tuple(
            (c, c.key in identifying, types.NoneType in typing.get_args(hints[c.key]))
            for c in columns
            if c.key in hints
        )
    return _FIELDS[key]


def _table(cls: type[T], wb: WorkbookRead, key: str, **extra: Any) -> tuple[T, ...]:
    sheet = wb.spec.sheet(key)
    built = (_make(cls, record, sheet, **extra) for record in _read(wb, key))
    return tuple(item for item in built if item is not None)


def _form(cls: type[T], wb: WorkbookRead, key: str) -> T | None:
    records = _read(wb, key)
    if not records:
        return None
    return _make(cls, records[0], wb.spec.sheet(key))


def build_instansi(wb: WorkbookRead) -> tuple[m.Instansi, list[Finding]]:
    """The instansi model, and the findings about targets typed as a kategori that is not one."""
    out: list[Finding] = []
    records = {key: _records(cls, wb, key, out) for key, cls in m.INSTANSI_RECORDS.items()}
    instansi, found = kategori.resolve(m.Instansi(file=wb.name, meta=wb.meta, **records))
    return instansi, out + found


def build_bidang(wb: WorkbookRead) -> tuple[m.Bidang, list[Finding]]:
    """The bidang model, and the findings about continuation rows found while grouping indicators. Its
    records that say whose they are (a program, a realisation) carry the bidang's name."""
    out: list[Finding] = []
    identitas = _form(m.Identitas, wb, "identitas")
    nama = identitas.nama_bidang if identitas else ""
    records = {
        key: _records(cls, wb, key, out, nama) for key, cls in m.BIDANG_RECORDS.items() if key != "identitas"
    }
    return m.Bidang(file=wb.name, meta=wb.meta, identitas=identitas, **records), out


def _records(cls: type, wb: WorkbookRead, key: str, out: list[Finding], bidang: str = "") -> Any:
    """The record of a form sheet, or the records of a table sheet (items with their indicators when its
    rows may continue on the next: lkj.contract TableSheet.identity)."""
    sheet = wb.spec.sheet(key)
    if isinstance(sheet, FormSheet):
        return _form(cls, wb, key)
    extra = {"bidang": bidang} if "bidang" in {f.name for f in dataclasses.fields(cls)} else {}
    if sheet.identity:
        return _items(cls, wb, key, out, **extra)
    return _table(cls, wb, key, **extra)


def _items(cls: type[T], wb: WorkbookRead, key: str, out: list[Finding], **extra: Any) -> tuple[T, ...]:
    """Items of a program/kegiatan/sub kegiatan table, each with all its indicators (ukuran)."""
    sheet = wb.spec.sheet(key)
    assert isinstance(sheet, TableSheet)
    groups: list[tuple[Record, list[m.Ukuran]]] = []
    for record in _read(wb, key):
        if not record.continuation:
            groups.append((record, _ukuran(record)))
            continue
        if not groups:
            out.append(
                finding(
                    TABLE_CONTINUATION,
                    record.src.ref(sheet.identity[0]),
                    "Baris ini hanya berisi kolom indikator, tetapi tidak ada baris di atasnya "
                    "yang menjadi induknya. Isi kode dan nama pada baris ini.",
                )
            )
            continue
        _check_continuation(record, sheet, out)
        groups[-1][1].extend(_ukuran(record))
    built = (_make(cls, record, sheet, ukuran=tuple(ukuran), **extra) for record, ukuran in groups)
    return tuple(item for item in built if item is not None)


def _check_continuation(record: Record, sheet: TableSheet, out: list[Finding]) -> None:
    for column in sheet.input_columns:
        if not column.per_indicator and column.key in record.values:
            out.append(
                finding(
                    TABLE_CONTINUATION_EXTRA,
                    record.src.ref(column.key),
                    f'Baris lanjutan (indikator tambahan) mengisi kolom "{column.header}". Pada '
                    "baris lanjutan hanya kolom indikator yang diisi; pindahkan isian ini ke baris "
                    "induknya atau isi kode dan nama bila ini baris baru.",
                )
            )


def _ukuran(record: Record) -> list[m.Ukuran]:
    v = record.values
    realisasi = v.get("realisasi_volume", v.get("realisasi"))
    if all(v.get(k) is None for k in ("indikator", "target", "satuan")) and realisasi is None:
        return []
    return [
        m.Ukuran(
            indikator=v.get("indikator"),  # type: ignore[arg-type]
            target=v.get("target")
            if not isinstance(v.get("target"), Decimal)
            else m.Target.single(v["target"]),  # type: ignore[arg-type]
            satuan=v.get("satuan"),  # type: ignore[arg-type]
            realisasi=realisasi,  # type: ignore[arg-type]
            polaritas=v.get("polaritas") or "max",  # type: ignore[arg-type]
            indikator_kode=v.get("indikator_kode"),  # type: ignore[arg-type]
            src=record.src,
        )
    ]
