"""Read one cell by its contract column: convert it, check it, or say precisely what is wrong with it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple

from lkj.contract import Kind
from lkj.contract.kinds import NUMBER_LIMIT, Column
from lkj.contract.lists import CLOSED, canonical
from lkj.findings import Finding, finding
from lkj.indonesian import angka
from lkj.model import CellRef, Source, Target
from lkj.read import values as v
from lkj.read.rules import (
    CELL_CHOICE,
    CELL_CONTROL_CHAR,
    CELL_DATE,
    CELL_INTEGER,
    CELL_MONEY,
    CELL_NUMBER,
    CELL_RANGE,
    CELL_TARGET,
    CELL_TOO_LONG,
    CELL_YEAR,
)

MAX_LENGTH = {Kind.KODE: 60, Kind.TEXT: 1000, Kind.LONGTEXT: 20000}

EXAMPLES = {
    Kind.NUMBER: "Ketik angkanya saja, mis. 98,5 atau 1.250",
    Kind.MONEY: "Ketik jumlah rupiah dengan angka, mis. 1.500.000 (tanpa sen bila tidak ada)",
    Kind.PERCENT: "Ketik angka persen 0 sampai 100, mis. 97,5",
    Kind.INTEGER: "Ketik bilangan bulat, mis. 3",
    Kind.YEAR: "Ketik tahun empat angka, mis. 2022",
    Kind.DATE: "Ketik tanggal seperti 17/08/2024 atau 17 Agustus 2024",
    Kind.TARGET: "Ketik satu angka (80) atau rentang (80-90)",
}

KIND_CODE = {
    Kind.NUMBER: CELL_NUMBER,
    Kind.PERCENT: CELL_NUMBER,
    Kind.MONEY: CELL_MONEY,
    Kind.INTEGER: CELL_INTEGER,
    Kind.YEAR: CELL_YEAR,
    Kind.DATE: CELL_DATE,
    Kind.TARGET: CELL_TARGET,
}


class Kategori(NamedTuple):
    """Text in a target cell that may hold a kategori of the indicator's conversion table (a column with
    choices "kategori"): whether it is one is known only once the whole workbook is read
    (lkj.read.kategori)."""

    label: str


KATEGORI_MAX_LENGTH = 200


class CellContext(NamedTuple):  # a tuple: one is made for every cell read
    """The cell being read: where it is (the address is spelled out only for a finding) and whether
    Excel displays it as a percentage."""

    src: Source
    key: str
    percent_style: bool = False

    @property
    def ref(self) -> CellRef:
        return self.src.ref(self.key)


Converter = Callable[[object, bool], object]

_CONVERTERS: dict[Kind, Converter] = {
    Kind.NUMBER: lambda raw, pct: v.parse_number(raw, pct),
    Kind.PERCENT: lambda raw, pct: v.parse_number(raw, pct),
    Kind.MONEY: lambda raw, pct: v.parse_money(raw),
    Kind.INTEGER: lambda raw, pct: v.parse_integer(raw),
    Kind.YEAR: lambda raw, pct: v.parse_year(raw),
    Kind.DATE: lambda raw, pct: v.parse_date(raw),
    Kind.TARGET: lambda raw, pct: v.parse_target(raw, pct),
}


NOT_FAST = object()  # what a fast reader returns for a cell it leaves to read_cell
FastReader = Callable[[object], object]


def fast_reader(column: Column) -> FastReader:
    """A reader for what nearly every cell of the column holds (clean text; a number stored as a number,
    within the column's range), giving the value read_cell would give, faster: a large input has a
    hundred thousand cells. Anything else it leaves to read_cell (NOT_FAST), which also explains what is
    wrong. Not for cells shown as percentages."""
    kind, low, high = column.kind, column.minimum, column.maximum
    if kind in MAX_LENGTH:
        limit = column.max_length or MAX_LENGTH[kind]
        kode = kind is Kind.KODE  # a kode also loses every space

        def text(raw: object) -> object:
            if type(raw) is not str or not v.is_clean(raw) or (kode and " " in raw):
                return NOT_FAST
            return raw if 0 < len(raw) <= limit else NOT_FAST

        return text
    number = _FAST_NUMBERS.get(kind)
    if number is None:
        return lambda raw: NOT_FAST

    def within(raw: object) -> object:
        if type(raw) is not float or not -NUMBER_LIMIT < raw < NUMBER_LIMIT:  # also not NaN nor infinite
            return NOT_FAST
        value: Any = number(raw)
        if value is NOT_FAST:
            return value
        least, most = getattr(value, "low", value), getattr(value, "high", value)
        if (low is not None and least < low) or (high is not None and most > high):
            return NOT_FAST
        return value

    return within


_FAST_NUMBERS: dict[Kind, Callable[[float], object]] = {
    Kind.NUMBER: v.from_float,
    Kind.PERCENT: v.from_float,
    Kind.MONEY: lambda raw: Decimal(int(raw)) if raw.is_integer() else NOT_FAST,
    Kind.TARGET: lambda raw: Target.single(v.from_float(raw)),
    Kind.INTEGER: lambda raw: int(raw) if raw.is_integer() else NOT_FAST,
    Kind.YEAR: lambda raw: int(raw) if raw.is_integer() and 1900 <= raw <= 2100 else NOT_FAST,
}


def read_cell(raw: object, column: Column, ctx: CellContext, out: list[Finding]) -> object:
    """The typed value of a non-blank cell, or None after adding a finding that explains why not."""
    if column.kind is Kind.MONEY and ctx.percent_style:
        out.append(
            finding(
                CELL_MONEY,
                ctx.ref,
                f'Kolom "{column.header}" ditampilkan sebagai persen, '
                "padahal yang diminta jumlah rupiah. Ubah format sel menjadi angka biasa.",
            )
        )
        return None
    converter = _CONVERTERS.get(column.kind)
    if converter is not None:
        try:
            value = converter(raw, ctx.percent_style)
        except v.Unreadable as why:
            if column.choices == "kategori" and isinstance(raw, str):
                label, invalid = v.clean_text(raw)
                if not invalid and len(label) <= KATEGORI_MAX_LENGTH:
                    return Kategori(label)
            out.append(
                finding(
                    KIND_CODE[column.kind],
                    ctx.ref,
                    f'Kolom "{column.header}" {why}. {EXAMPLES[column.kind]}.',
                )
            )
            return None
        return _check_range(value, column, ctx, out)
    if column.kind is Kind.CHOICE:
        return _read_choice(raw, column, ctx, out)
    return _read_text(raw, column, ctx, out)


def _check_range(value: object, column: Column, ctx: CellContext, out: list[Finding]) -> object:
    number = getattr(value, "high", value)
    lowest = getattr(value, "low", value)
    if column.minimum is not None and lowest < column.minimum:  # type: ignore[operator]
        out.append(
            finding(
                CELL_RANGE,
                ctx.ref,
                f'Kolom "{column.header}" berisi {angka(lowest)}, padahal '  # type: ignore[arg-type]
                f"tidak boleh kurang dari {_plain(column.minimum)}.",
            )
        )
        return None
    if column.maximum is not None and number > column.maximum:  # type: ignore[operator]
        out.append(
            finding(
                CELL_RANGE,
                ctx.ref,
                f'Kolom "{column.header}" berisi {angka(number)}, padahal paling besar '  # type: ignore[arg-type]
                f"{_plain(column.maximum)}.",
            )
        )
        return None
    return value


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number).replace(".", ",")


def _read_choice(raw: object, column: Column, ctx: CellContext, out: list[Finding]) -> object:
    assert column.choices is not None
    text, _ = v.clean_text(raw)
    entry = canonical(column.choices, text)
    if entry is None:
        allowed = "; ".join(CLOSED[column.choices])
        out.append(
            finding(
                CELL_CHOICE,
                ctx.ref,
                f'Kolom "{column.header}" berisi \u201c{v.shown(text)}\u201d, yang '
                f"tidak ada dalam pilihan. Pilih salah satu: {allowed}.",
            )
        )
        return None
    return CLOSED[column.choices][entry]


def _read_text(raw: object, column: Column, ctx: CellContext, out: list[Finding]) -> str | None:
    if column.kind is Kind.KODE:
        text = v.parse_kode(raw)
        invalid = False
    else:
        text, invalid = v.clean_text(raw)
    if invalid:
        out.append(
            finding(
                CELL_CONTROL_CHAR,
                ctx.ref,
                f'Kolom "{column.header}" memuat karakter kontrol '
                "tak terlihat (biasanya ikut tersalin dari aplikasi lain) yang tidak dapat dimuat "
                "di dokumen Word. Ketik ulang isi sel ini.",
            )
        )
    limit = column.max_length or MAX_LENGTH.get(column.kind)
    if limit and len(text) > limit:
        out.append(
            finding(
                CELL_TOO_LONG,
                ctx.ref,
                f'Kolom "{column.header}" berisi {len(text):,} '
                f"karakter; paling banyak {limit:,}. Ringkas isinya.".replace(",", "."),
            )
        )
        return None
    return text or None
