"""The one grammar of the report's tables: a table is its columns (header, width, alignment, the value of
each row, whether it is merged over a group) and its rows, in groups. A merged column shows its group's
first row once, in one cell over the group's rows (Word's vertical merge); every other column one cell per
row. A group may look its own way (the big table's programs shaded and bold, its sub kegiatan indented).
The header row is repeated on every page; a total row may close the table.

Rows of the same look take the same markup but for their text: the markup of each (look, place in the
group) is made once (lkj.render.ooxml.RowShape), so a table of thousands of rows costs little more than
its texts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from lkj.render.ooxml import Cell, Row, RowShape, Table, cm

R = TypeVar("R")
TOTAL_SHADE = "D9E2F3"  # a total row that stands out (the SPBE index, the big table's sums)


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    width: float  # cm
    value: Callable[[R], str]
    align: str = "left"  # left, center, right
    merge: bool = False  # one cell over the rows of a group, its value from the group's first row
    indent: bool = False  # indented by the group's Look (the names of the big table's levels)


@dataclass(frozen=True)
class Look:
    """How a group's rows look: their shade, their merged cells bold, their indented column's indent."""

    shade: str | None = None
    bold: bool = False
    indent: int = 0  # twips


PLAIN = Look()


@dataclass(frozen=True)
class Group(Generic[R]):
    rows: Sequence[R]
    look: Look = PLAIN


@dataclass(frozen=True)
class Total:
    """A closing row, bold: its values column by column, the first spanning `span` columns."""

    values: Sequence[str]
    span: int = 1
    shade: str | None = None


@dataclass
class Grid(Generic[R]):
    """A table being made: its start (properties, grid and header row), rows added group by group, and
    its end (the total row). A table made whole is `table(...)`."""

    columns: Sequence[Column[R]]
    text_style: str = "TeksTabel"  # TeksTabelKecil, TeksTabelMini for dense tables (lkj.render.styles)
    style: str = "TabelLKj"
    _shapes: dict[tuple[Look, str | None], RowShape] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._table = self._new()

    def _new(self) -> Table:
        return Table([cm(c.width) for c in self.columns], style=self.style, text_style=self.text_style)

    def start(self) -> str:
        """The table's markup up to its first row: properties, grid and the repeated header row."""
        header = Row([Cell(c.header, align="center") for c in self.columns], header=True)
        return self._table.start() + self._table._row(header)

    def rows(self, groups: Iterable[Group[R]]) -> str:
        out = []
        for group in groups:
            count = len(group.rows)
            assert count, "a group has at least one row"
            for index, row in enumerate(group.rows):
                merge = None if count == 1 else ("restart" if index == 0 else "continue")
                texts = [c.value(row) if index == 0 or not c.merge else "" for c in self.columns]
                out.append(self._shape(group.look, merge).row(texts))
        return "".join(out)

    def end(self, total: Total | None = None) -> str:
        """The total row, if any, and the end of the table."""
        if total is None:
            return "</w:tbl>"
        shade, after = total.shade, self.columns[total.span :]
        if total.span > 1:
            first = Cell(total.values[0], bold=True, span=total.span, shade=shade)
        else:
            first = Cell(total.values[0], self.columns[0].align, True, shade=shade)
        rest = [Cell(v, c.align, True, shade=shade) for v, c in zip(total.values[1:], after, strict=True)]
        cells = [first, *rest]
        return self._table._row(Row(cells)) + "</w:tbl>"

    def _shape(self, look: Look, merge: str | None) -> RowShape:
        key = (look, merge)
        if key not in self._shapes:
            cells = [
                Cell(
                    "",
                    c.align,
                    look.bold and c.merge,
                    False,
                    look.shade,
                    1,
                    merge if c.merge else None,
                    look.indent if c.indent else 0,
                )
                for c in self.columns
            ]
            self._shapes[key] = RowShape(self._table, Row(cells))
        return self._shapes[key]


def table(
    columns: Sequence[Column[R]],
    rows: Iterable[R] = (),
    *,
    groups: Iterable[Group[R]] = (),
    total: Total | None = None,
    text_style: str = "TeksTabel",
    style: str = "TabelLKj",
) -> str:
    """A whole table: `rows` each on its own, or `groups` of rows, then the total row."""
    grid = Grid(columns, text_style, style)
    return grid.start() + grid.rows([*(Group([r]) for r in rows), *groups]) + grid.end(total)
