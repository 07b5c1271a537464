"""The one grammar of the report's tables: a table is its columns (header, width, alignment, the value of
each row, whether it is merged over a group) and its rows, in groups. A merged column shows its group's
first row once, in one cell over the group's rows (Word's vertical merge); every other column one cell per
row. A group may look its own way (the big table's programs shaded and bold, its sub kegiatan indented).
The header row is repeated on every page; a total row may close the table. A short table (a third of a
page at most, KEPT_WHOLE: the most room a block moved whole may leave blank) is kept on one page (each row
keeps with the next). A longer one breaks between rows, never inside one (cantSplit), and repeats its
header; its first body row keeps with the second and its last but one with the last, so that no break
leaves fewer than two body rows on either side (a two-row table split with one row alone on the next
page), and a merged group of a few rows (GROUP_KEPT) keeps together, its label with all its rows. Kept
whole, Sukamaju's and Arunika's Tabel 2.1, two thirds of a page, had moved on with its lead-in
and left half a page blank.

Rows of the same look take the same markup but for their text: the markup of each (look, place in the
group) is made once (lkj.render.ooxml.RowShape), so a table of thousands of rows costs little more than
its texts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from lkj.render.ooxml import Cell, Row, RowShape, Table, cm
from lkj.render.textwidth import (
    CM_PER_POINT,
    WIDEST,
    lines_of,
    longest_word_cm,
    width_cm,
    word_widths,
    words,
    wrapped_lines,
)

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
    keep: bool = False  # every row kept with the next: the table is not split (`short`)
    _shapes: dict[tuple[Look, str | None, bool], RowShape] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._table = self._new()
        self._merged = any(c.merge for c in self.columns)

    def _new(self) -> Table:
        return Table([cm(c.width) for c in self.columns], style=self.style, text_style=self.text_style)

    def start(self) -> str:
        """The table's markup up to its first row: properties, grid and the repeated header row."""
        # the header keeps with the first body row: never alone at the foot of a page
        header = Row([Cell(c.header, align="center") for c in self.columns], header=True, keep_with_next=True)
        return self._table.start() + self._table._row(header)

    def rows(
        self,
        groups: Iterable[Group[R]],
        *,
        last: bool = False,
        totalled: bool = False,
        widows: Collection[int] = (),
    ) -> str:
        """The rows of `groups`; `last`: they end the table (its last row keeps with nothing);
        `totalled`: the total row follows them, which their last row keeps with; `widows`: as rows_of."""
        listed = list(groups)
        texts = texts_of(self.columns, listed)
        return self.rows_of(listed, texts, last=last, totalled=totalled, widows=widows)

    def rows_of(
        self,
        groups: Sequence[Group[R]],
        texts: Sequence[Sequence[str]],
        *,
        last: bool = False,
        totalled: bool = False,
        widows: Collection[int] = (),
    ) -> str:
        """The rows of `groups` showing `texts` (texts_of: one list per row, in order). Before a total
        (`totalled`) the last row keeps with it, so that the total is never alone on a page (the big
        table's JUMLAH stood alone under the repeated header on a landscape page of its own). `widows`:
        the rows (counted from 0 in `texts`) that keep with the next whatever the table's keep: a table
        that may break keeps its first body row with the second and its last but one with the last
        (`edge_rows`), so that no break leaves fewer than two rows on either side."""
        out = []
        at = 0
        for number, group in enumerate(groups):
            count = len(group.rows)
            assert count, "a group has at least one row"
            for index in range(count):
                merge = None if count == 1 else ("restart" if index == 0 else "continue")
                final = number == len(groups) - 1 and index == count - 1
                # a merged cell shows its label once, in the group's first row: a group broken over two
                # pages leaves the rows on the next one without it (Sukamaju's Indeks SPBE years under an
                # empty Indikator cell), so a group of a few rows keeps together
                grouped = self._merged and index < count - 1 and count <= GROUP_KEPT
                keep = (self.keep and not (last and final)) or (totalled and final) or at in widows or grouped
                out.append(self._shape(group.look, merge, keep).row(texts[at]))
                at += 1
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

    def _shape(self, look: Look, merge: str | None, keep: bool = False) -> RowShape:
        key = (look, merge, keep)
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
            self._shapes[key] = RowShape(self._table, Row(cells, keep_with_next=keep))
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
    """A whole table: `rows` each on its own, or `groups` of rows, then the total row. Kept on one page
    when it is `short`; a longer one breaks, two rows at least on either side of a break."""
    listed = [*(Group([r]) for r in rows), *groups]
    texts = texts_of(columns, listed)
    bold = [g.look.bold for g in listed for _ in g.rows]
    points = POINTS[text_style]
    need = needs(columns, texts, bold, points)
    if total is not None:
        need = [max(n, t) for n, t in zip(need, total_needs(columns, total, points), strict=True)]
    columns = balanced(columns, need, texts, points)
    grid = Grid(columns, text_style, style, keep=short(columns, texts, points))
    return (
        grid.start()
        + grid.rows_of(
            listed, texts, last=total is None, totalled=total is not None, widows=edge_rows(len(texts))
        )
        + grid.end(total)
    )


def edge_rows(count: int) -> set[int]:
    """Of a table's `count` body rows, those that keep with the next so that a break leaves two rows at
    least on either side: the first and the last but one (the last keeps with nothing of its own)."""
    return {0, count - 2} - {count - 1, -1}


def texts_of(columns: Sequence[Column[R]], groups: Sequence[Group[R]]) -> list[list[str]]:
    """What each row shows, column by column: a merged column only in its group's first row."""
    return [
        [c.value(row) if index == 0 or not c.merge else "" for c in columns]
        for group in groups
        for index, row in enumerate(group.rows)
    ]


POINTS = {"TeksTabel": 9.0, "TeksTabelKecil": 8.0, "TeksTabelMini": 8.0}  # lkj.render.styles
PAGE_BODY = 24.7  # cm: the height between an A4 portrait page's margins (lkj.render.tables: 15,5 cm wide)
LANDSCAPE_BODY = 16.0  # cm: the same, of a landscape page
PORTRAIT_WIDTH = 16.0  # cm: a table wider than this is on a landscape page
# the share of a page that a block kept whole (a short table, a short list: lkj.render.lists.SHORT) may
# leave blank where it does not fit and moves on, its lead-in with it: a reader sees no half-empty page
KEPT_WHOLE = 1 / 3
GROUP_KEPT = 8  # rows: a merged group of at most this many keeps together; a longer one may break


def short(columns: Sequence[Column[R]], texts: Sequence[Sequence[str]], points: float) -> bool:
    """Whether the table's estimated height is KEPT_WHOLE of its page's at most (header and rows)."""
    body = LANDSCAPE_BODY if sum(c.width for c in columns) > PORTRAIT_WIDTH else PAGE_BODY
    room = body * KEPT_WHOLE
    line = points * LINE / 72 * 2.54
    if len(texts) * (line + ROW_PAD) > room:  # a line a row already overflows: no need to wrap them
        return False
    height = _lines([c.header for c in columns], columns, points, bold=True) * line + ROW_PAD
    for row in texts:
        height += _lines(row, columns, points) * line + ROW_PAD
        if height > room:
            return False
    return True


LINE = 1.2  # a line's height, in font sizes
ROW_PAD = 0.12  # cm: a row's spacing and borders


def _lines(texts: Sequence[str], columns: Sequence[Column[R]], points: float, bold: bool = False) -> int:
    """Lines of the row's tallest cell, its words wrapped at the column's width (estimated)."""
    return max(
        (
            sum(wrapped_lines(part, c.width - CELL_MARGIN, points, bold) for part in t.split("\n"))
            for t, c in zip(texts, columns, strict=True)
        ),
        default=1,
    )


CELL_MARGIN = 0.25  # cm: a cell's left and right margins (the table style's 57 twips each) and a little air


def fitted(columns: Sequence[Column[R]], groups: Sequence[Group[R]], points: float) -> list[Column[R]]:
    """The columns fitted (`fit`) to the longest word of their header (bold) and of every value, as the
    rows show them."""
    bold = [g.look.bold for g in groups for _ in g.rows]
    texts = texts_of(columns, groups)
    return balanced(columns, needs(columns, texts, bold, points), texts, points)


def needs(
    columns: Sequence[Column[R]], texts: Sequence[Sequence[str]], bold: Sequence[bool], points: float
) -> list[float]:
    """The width (cm) each column needs for its longest word, header (bold) and values (bold in a bold
    group's merged columns). A word no wider than its column's need so far, by its length alone at the
    widest character, is not measured: most are not."""
    need = header_needs(columns, points)
    widest = points * CM_PER_POINT * WIDEST  # cm: the widest character
    measured: dict[tuple[str, bool], float] = {}  # words recur (names, units): each measured once
    for row, strong in zip(texts, bold, strict=True):
        for at, text in enumerate(row):
            if len(text) * widest + CELL_MARGIN <= need[at]:
                continue
            heavy = strong and columns[at].merge
            for word in words(text):
                if len(word) * widest + CELL_MARGIN > need[at]:
                    key = (word, heavy)
                    if key not in measured:
                        measured[key] = width_cm(word, points, heavy) + CELL_MARGIN
                    need[at] = max(need[at], measured[key])
    return need


def total_needs(columns: Sequence[Column[R]], total: Total, points: float) -> list[float]:
    """The width (cm) each column needs for the total row's longest word, bold ('13.895.587.102' was
    broken in two); its first value spans `total.span` columns, which share it."""
    shared = total.span > 1
    values = [total.values[0], *[""] * (total.span - 1), *total.values[1:]] if shared else total.values
    return [
        0.0 if shared and at < total.span else longest_word_cm(value, points, bold=True) + CELL_MARGIN
        for at, value in enumerate(values)
    ]


def header_needs(columns: Sequence[Column[R]], points: float) -> list[float]:
    """The width (cm) each column's header needs so that no word of it is broken."""
    return [longest_word_cm(c.header, points, bold=True) + CELL_MARGIN for c in columns]


AVERAGE_EM = 0.5  # Arial's mean advance over running Indonesian text, spaces included, in font sizes


def content_cm(
    columns: Sequence[Column[R]], texts: Sequence[Sequence[str]], points: float, power: int = 2
) -> list[float]:
    """How much text each column holds: the width its cells would take on one line, their mean over the
    rows (an empty cell, and a merged cell's rows after its first, count as nothing), estimated from
    their lengths at Arial's mean advance (cheap for the big table's thousands of rows); at least half
    its header's width (a header on two lines, not four). `power` 2, the quadratic mean: a row is as
    tall as its tallest cell, so a few long notes weigh more than their plain mean (`power` 1). A
    column's share of the table's spare width follows it (`fit`)."""
    per_char = points * CM_PER_POINT * AVERAGE_EM
    rows = max(len(texts), 1)
    return [
        max(
            (sum(len(row[at]) ** power for row in texts) / rows) ** (1 / power) * per_char,
            width_cm(c.header, points, bold=True) / HEADER_LINES,
        )
        + CELL_MARGIN
        for at, c in enumerate(columns)
    ]


HEADER_LINES = 2  # the lines a header is given room for, at most, by what its column holds


def fit(columns: Sequence[Column[R]], need: Sequence[float], content: Sequence[float]) -> list[Column[R]]:
    """The columns given the table's width (the sum of their widths as designed) by what they hold: each
    at least the width it `need`s (its longest word, header and total included), the rest shared out
    by their `content` (content_cm) beyond that need, as a browser lays out a table. Columns of long
    text (uraian, penjelasan) had stayed as narrow as designed, their rows many lines tall, beside
    columns of short figures with room to spare. Where the needs alone pass the table's width, each
    column gets its need's share of it (a long word is broken rather than the table widened)."""
    width = sum(c.width for c in columns)
    low = list(need)
    high = [max(n, c) for n, c in zip(need, content, strict=True)]
    if sum(low) >= width:
        widths = [n * width / sum(low) for n in low]
    elif sum(high) <= width:  # all of it fits on one line a cell: the room left in the same shares
        widths = [h * width / sum(high) for h in high]
    else:
        spare = width - sum(low)
        wanted = sum(high) - sum(low)
        widths = [n + spare * (h - n) / wanted for n, h in zip(low, high, strict=True)]
    return [dataclasses.replace(c, width=w) for c, w in zip(columns, widths, strict=True)]


ROUNDS = 8  # refinements of `_refined`: the widths settle in a few


def balanced(
    columns: Sequence[Column[R]], need: Sequence[float], texts: Sequence[Sequence[str]], points: float
) -> list[Column[R]]:
    """The widths, of a few ways to share out the table's width, that set its rows in the fewest lines
    (each row as tall as its tallest cell, words wrapped as `short` estimates them, over its
    header and at most SAMPLE_ROWS rows spread through the table): the designed widths widened to the
    longest words (`widened`), the width shared by the quadratic and by the plain mean of what the
    columns hold (`fit`), and, for a table of a few rows, refined to where the rows' tallest cells are
    (`_refined`); the first of them on a tie. No one share suits every table: Jambi's Tabel 2.1 holds
    one long formula among dashes beside a long indicator in every row, Sukamaju's big table a few long
    notes beside names and indicators its designed widths suit."""
    shares = [
        widened(columns, need),
        fit(columns, need, content_cm(columns, texts, points)),
        fit(columns, need, content_cm(columns, texts, points, power=1)),
    ]
    if len(texts) <= SAMPLE_ROWS:
        shares.append(_refined(shares[1], need, texts, points))
    sample = texts[:: -(-len(texts) // SAMPLE_ROWS) or 1]
    measured = [[[word_widths(part, points) for part in text.split("\n")] for text in row] for row in sample]
    space = width_cm(" ", points)

    def lines(cols: Sequence[Column[R]]) -> int:
        """The header's lines (bold) and the sample's, as `_lines` counts them, its words measured once."""
        rooms = [max(c.width - CELL_MARGIN, 0.01) for c in cols]
        header = max(
            wrapped_lines(c.header, room, points, bold=True) for c, room in zip(cols, rooms, strict=True)
        )
        return header + sum(
            max(
                sum(lines_of(part, room, space) for part in cell)
                for cell, room in zip(row, rooms, strict=True)
            )
            for row in measured
        )

    return min(shares, key=lines)


# rows whose lines `balanced` counts, spread through a longer table (a big report's tables of hundreds of
# indicators, its big table): enough to tell the shares apart, and cheap
SAMPLE_ROWS = 100


def widened(columns: Sequence[Column[R]], need: Sequence[float]) -> list[Column[R]]:
    """The columns, each widened to the width it needs, the width they gain taken from columns that have
    room to spare, in proportion to that room; the table's width stays as it was. Where the spare room
    does not suffice, each shortfall is made good in the same proportion."""
    short = sum(max(0.0, n - c.width) for n, c in zip(need, columns, strict=True))
    room = sum(max(0.0, c.width - n) for n, c in zip(need, columns, strict=True))
    if short <= 0 or room <= 0:
        return list(columns)
    taken = min(1.0, short / room)  # the share of each column's spare room given away
    given = min(1.0, room / short)  # the share of each column's shortfall made good
    out = []
    for n, c in zip(need, columns, strict=True):
        width = c.width + (n - c.width) * given if n > c.width else c.width - (c.width - n) * taken
        out.append(dataclasses.replace(c, width=width))
    return out


def _cell_lines(parts: Sequence[list[float]], room: float, space: float) -> int:
    """Lines of a cell of these lines' word widths (`word_widths`), each wrapped at `room`."""
    return sum(lines_of(part, room, space) for part in parts)


def _refined(
    columns: Sequence[Column[R]], need: Sequence[float], texts: Sequence[Sequence[str]], points: float
) -> list[Column[R]]:
    """`columns` refined by where the rows' tallest cells are: each round finds, in every row that wraps,
    the column whose cell takes the most lines, weighs each column by the text of the rows it makes
    tall, and moves the widths halfway to those that make the weighed lines fewest (each column at
    least its need, the rest in proportion to the square root of its weight: what minimises the sum of
    weight / width for the table's width)."""
    width = sum(c.width for c in columns)
    if sum(need) >= width or not texts:
        return list(columns)
    per_char = points * CM_PER_POINT * AVERAGE_EM
    cells = [[len(t) * per_char for t in row] for row in texts]  # cm, each cell on one line
    widths = [c.width for c in columns]
    span = range(len(columns))
    for _ in range(ROUNDS):
        weight = [0.0] * len(columns)
        for row in cells:
            lines = [row[at] / max(widths[at] - CELL_MARGIN, 0.1) for at in span]
            tallest = max(span, key=lines.__getitem__)
            if lines[tallest] > 1:
                weight[tallest] += row[tallest]
        if not any(weight):
            break  # every cell on one line
        target = _filled(need, weight, width)
        widths = [(a + b) / 2 for a, b in zip(widths, target, strict=True)]
    return [dataclasses.replace(c, width=w) for c, w in zip(columns, widths, strict=True)]


def _filled(need: Sequence[float], weight: Sequence[float], width: float) -> list[float]:
    """Widths summing to `width`, each max(need, λ·√weight): a column whose need passes its share is
    held at its need, one at a time, the largest excess first, and λ shares out the rest among the
    others (`width` is more than the needs together)."""
    roots = [w**0.5 for w in weight]
    held = {at for at, r in enumerate(roots) if r == 0}
    while True:
        free = [at for at in range(len(roots)) if at not in held]
        share = (width - sum(need[at] for at in held)) / sum(roots[at] for at in free)
        over = [at for at in free if need[at] > share * roots[at]]
        if not over:
            return [need[at] if at in held else share * roots[at] for at in range(len(roots))]
        held.add(max(over, key=lambda at: (need[at] / roots[at], -at)))
