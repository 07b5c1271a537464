"""What reading a sheet makes: the place it is read at (file, sheet, what the scan of its XML found, its
merged cells), and its records of typed values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from lkj import layout as L
from lkj.findings import Finding
from lkj.model import CellRef, Source
from lkj.read.xlsxscan import SheetFacts

Grid = Sequence[Sequence[object]]


class Merge(NamedTuple):
    """A range of merged cells, 1-based and inclusive, as Excel numbers rows and columns."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    @property
    def first(self) -> str:
        return L.address(self.first_col, self.first_row)

    @property
    def cells(self) -> str:
        return f"{self.first}:{L.address(self.last_col, self.last_row)}"


@dataclass
class Record:
    """One row (or one form) of typed values. `bad` holds keys whose cell was unreadable."""

    src: Source
    values: dict[str, object]
    bad: set[str] = field(default_factory=set)
    continuation: bool = False

    def get(self, key: str) -> object:
        return self.values.get(key)


@dataclass
class SheetRead:
    name: str
    records: list[Record]
    findings: list[Finding]


@dataclass(frozen=True)
class SheetPlace:
    file: str
    sheet: str
    facts: SheetFacts
    merged: tuple[Merge, ...] = ()

    def ref(self, cell: str) -> CellRef:
        return CellRef(self.file, self.sheet, cell)
