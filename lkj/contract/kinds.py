"""The building blocks of the workbook contract: value kinds, columns, form fields and sheets.

Everything else (blank templates, reader, validator's cell rules, generated docs) is driven by these
declarations; nothing about a sheet's shape is written down twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from types import MappingProxyType

from lkj import layout as L
from lkj.model import Layout, Source

# The bounds of every number a workbook may hold. No budget or indicator of an office comes near 1.000
# triliun (10^15; the state budget is a few thousand trillion rupiah): a value at or beyond it is a
# typing slip, refused where it is typed, and the sums of values below it stay exact. A number is read
# to nine decimals, as Excel's own floating point noise is taken away (81.22000000000001).
NUMBER_LIMIT = 10**15
NUMBER_DECIMALS = 9


class Kind(Enum):
    """What a cell holds. `label` is how the generated documentation names it (Bahasa Indonesia)."""

    TEXT = "teks"
    LONGTEXT = "teks panjang"
    KODE = "kode"
    INTEGER = "bilangan bulat"
    YEAR = "tahun"
    NUMBER = "angka"
    MONEY = "rupiah"
    PERCENT = "persen"
    DATE = "tanggal"
    CHOICE = "pilihan"
    TARGET = "target (angka atau rentang)"
    INFO = "informasi (tidak diisi)"

    # Members are singletons: hashing by identity (in C) instead of Enum's hash of the name (in Python)
    # matters to the reader, which looks a kind up for every cell it reads.
    __hash__ = object.__hash__

    @property
    def is_numeric(self) -> bool:
        return self in (Kind.INTEGER, Kind.YEAR, Kind.NUMBER, Kind.MONEY, Kind.PERCENT)


@dataclass(frozen=True)
class Column:
    """One column of a table sheet, or one field of a form sheet."""

    key: str
    header: str
    kind: Kind
    help: str
    # A required cell left empty is a gap ("belum diisi", a warning: the year's data not entered yet),
    # unless the column is essential: the row cannot be placed, or the year cannot be computed, without it
    # (an error). The columns that identify a row (TableSheet.unique, .identity) are always essential.
    required: bool = False
    essential: bool = False
    choices: str | None = None  # name of a closed list (see lists.py) or of a dynamic list
    minimum: float | None = None
    maximum: float | None = None
    width: int | None = None
    example: str = ""
    # In a table with several indicators per item, these columns may be filled on a continuation row
    # (a row whose identifying columns are empty) to add another indicator to the item above.
    per_indicator: bool = False
    max_length: int | None = None
    default: str | None = None  # pre-filled in the blank template (forms and prefilled tables)

    @property
    def display_width(self) -> int:
        if self.width:
            return self.width
        return {
            Kind.LONGTEXT: 48,
            Kind.TEXT: 34,
            Kind.KODE: 18,
            Kind.MONEY: 18,
            Kind.DATE: 14,
            Kind.CHOICE: 22,
            Kind.TARGET: 12,
        }.get(self.kind, 12)


@dataclass(frozen=True)
class TableSheet:
    """A sheet holding a table: a title row, an instruction row, a header row, then one row per record."""

    key: str
    name: str
    title: str
    intro: str
    columns: tuple[Column, ...]
    unique: tuple[str, ...] = ()  # column keys that together identify a row
    capacity: int = 1000  # rows prepared (unlocked, validated) in the blank template
    prefilled: bool = False  # rows come from reference data (e.g. the 47 SPBE indicators)
    optional: bool = False  # the whole sheet may be left empty
    identity: tuple[str, ...] = ()  # columns empty on a continuation row (several indicators per item)

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(f"{self.name}: no column {key!r}")

    @cached_property
    def input_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.kind is not Kind.INFO)

    @cached_property
    def essential(self) -> frozenset[str]:
        """The required columns whose empty cell is an error, not a gap (Column.essential)."""
        keys = set(self.unique) | set(self.identity)
        return frozenset(c.key for c in self.columns if c.required and (c.essential or c.key in keys))

    def blank(self, file: str) -> Source:
        """Where the table's first record goes in a blank workbook (what a missing one is pointed at)."""
        positions = {c.key: index for index, c in enumerate(self.columns, start=1)}
        return Source(file, self.name, L.FIRST_DATA_ROW, Layout(MappingProxyType(positions)))


@dataclass(frozen=True)
class FormSheet:
    """A sheet of labelled fields: the label in column A, the value in column B."""

    key: str
    name: str
    title: str
    intro: str
    fields: tuple[Column, ...]
    optional: bool = False  # the whole form may be left empty, or be absent from an older workbook

    def column(self, key: str) -> Column:
        for col in self.fields:
            if col.key == key:
                return col
        raise KeyError(f"{self.name}: no field {key!r}")

    @cached_property
    def essential(self) -> frozenset[str]:
        """The required fields whose empty cell is an error, not a gap (Column.essential)."""
        return frozenset(c.key for c in self.fields if c.required and c.essential)

    def blank(self, file: str) -> Source:
        """Where the form's fields go in a blank workbook (what a missing one is pointed at)."""
        rows = {c.key: row for row, c in enumerate(self.fields, start=L.FIRST_DATA_ROW)}
        return Source(file, self.name, 0, Layout(MappingProxyType(rows), form=True))


Sheet = TableSheet | FormSheet


@dataclass(frozen=True)
class WorkbookSpec:
    """One kind of workbook: who fills it and which sheets it holds."""

    kind: str  # "instansi" or "bidang"
    title: str
    filled_by: str
    purpose: str
    sheets: tuple[Sheet, ...] = field(default=())

    def sheet(self, key: str) -> Sheet:
        for sheet in self.sheets:
            if sheet.key == key:
                return sheet
        raise KeyError(f"{self.kind}: no sheet {key!r}")

    def __reduce__(self) -> tuple[object, ...]:  # one instance per kind: sent between processes by name
        return (_workbook_spec, (self.kind,))


def _workbook_spec(kind: str) -> WorkbookSpec:
    from lkj.contract import WORKBOOKS

    return WORKBOOKS[kind]


# The column by which a row of the instansi workbook names its indicator (Target Renstra, PK Target,
# Keterangan Analisis, Pembanding)
KODE_INDIKATOR = Column(
    "indikator",
    "Kode Indikator",
    Kind.KODE,
    "Kode dari lembar Indikator.",
    required=True,
    choices="indikator",
)
