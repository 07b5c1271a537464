"""For two input folders: which workbook cells changed (the provenance the reader keeps), so a reviewer
sees not only that a figure moved but which cell of which workbook moved it."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from lkj.contract import WORKBOOKS, FormSheet, TableSheet
from lkj.indonesian import angka, rentang, tanggal
from lkj.model import BIDANG_RECORDS, INSTANSI_RECORDS, Dataset, Source, Target

HEADERS = {
    sheet.name: {c.key: c.header for c in (sheet.fields if isinstance(sheet, FormSheet) else sheet.columns)}
    for spec in WORKBOOKS.values()
    for sheet in spec.sheets
}
UNIQUE = {
    sheet.name: sheet.unique
    for spec in WORKBOOKS.values()
    for sheet in spec.sheets
    if isinstance(sheet, TableSheet)
}


@dataclass(frozen=True)
class SourceChange:
    kind: str  # ubah, tambah, hapus
    where: str  # "01-sekretariat.xlsx › Sub Kegiatan!I4"
    what: str  # "2.16.01.2.01.0001, Realisasi (Rp)"
    old: str | None = None
    new: str | None = None


def show(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return angka(value)
    if isinstance(value, Target):
        return value.kategori or rentang(value.low, value.high)
    if isinstance(value, date):
        return tanggal(value)
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    return str(value)


def _records(dataset: Dataset) -> dict[tuple[str, ...], Any]:
    """Every record of the dataset under a key that survives inserted rows and renamed files."""
    out: dict[tuple[str, ...], Any] = {}
    groups: list[tuple[str, Any]] = []
    if dataset.instansi is not None:
        groups += _workbook_records("instansi", dataset.instansi, INSTANSI_RECORDS)
    for b in dataset.bidang:
        groups += _workbook_records(b.nama, b, BIDANG_RECORDS)
    positions: dict[str, int] = {}
    for owner, record in groups:
        sheet = record.src.sheet
        unique = UNIQUE.get(sheet, ())
        if unique:
            key = (sheet, *(str(getattr(record, k, "")) for k in unique))
        elif sheet in UNIQUE:  # a table without identifying columns: its rows in order
            positions[sheet] = positions.get(sheet, 0) + 1
            key = (sheet, owner, str(positions[sheet]))
        else:
            key = (sheet, owner)
        out[key] = record
        for n, u in enumerate(getattr(record, "ukuran", ())):
            out[(*key, "indikator", str(n + 1))] = u
    return out


def _workbook_records(owner: str, workbook: Any, binding: Mapping[str, type]) -> list[tuple[str, Any]]:
    """Every record of a workbook, its form sheets' first, each with its owner."""
    forms = [getattr(workbook, key) for key in binding if not isinstance(getattr(workbook, key), tuple)]
    tables = [getattr(workbook, key) for key in binding if isinstance(getattr(workbook, key), tuple)]
    return [(owner, r) for r in forms if r is not None] + [(owner, r) for rows in tables for r in rows]


def _fields(record: Any) -> dict[str, Any]:
    return {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(record)
        if f.name not in ("src", "ukuran", "bidang")
    }


def _where(src: Source, key: str | None = None) -> str:
    ref = src.ref(key)
    if ref.cell.isdigit():
        return f"{ref.file} › {ref.sheet} baris {ref.cell}"
    return f"{ref.file} › {ref.sheet}!{ref.cell}" if ref.cell else f"{ref.file} › {ref.sheet}"


def _cell_key(record: Any, name: str) -> str:
    """The sub kegiatan sheet names an indicator's realisation 'realisasi_volume'."""
    positions = record.src.layout.positions
    return "realisasi_volume" if name == "realisasi" and "realisasi_volume" in positions else name


def _label(key: tuple[str, ...], record: Any, field: str | None = None) -> str:
    what = ", ".join(part for part in key[1:] if part)
    if field is not None:
        sheet = record.src.sheet
        header = HEADERS.get(sheet, {}).get(_cell_key(record, field), field)
        what = f"{what}, {header}" if what else header
    return what or key[0]


def source_changes(old: Dataset, new: Dataset) -> list[SourceChange]:
    before, after = _records(old), _records(new)
    out: list[SourceChange] = []
    for key, record in after.items():
        previous = before.get(key)
        if previous is None:
            if key[:-2] not in after or key[:-2] in before:  # an added item's own indicators are not news
                out.append(SourceChange("tambah", _where(record.src), _label(key, record)))
            continue
        was, now = _fields(previous), _fields(record)
        for name, value in now.items():
            if show(value) != show(was.get(name)):
                cell = _cell_key(record, name)
                out.append(
                    SourceChange(
                        "ubah",
                        _where(record.src, cell),
                        _label(key, record, name),
                        show(was.get(name)),
                        show(value),
                    )
                )
    for key, record in before.items():
        if key not in after and (key[:-2] not in before or key[:-2] in after):
            out.append(SourceChange("hapus", _where(record.src), _label(key, record)))
    return out
