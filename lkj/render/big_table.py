"""The big table of BAB III (landscape): every program, kegiatan and sub kegiatan with its indicators,
budget and realisation, in the one table grammar (lkj.render.grid)."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator, Sequence

from lkj.compute.figure import Figure
from lkj.compute.presisi import as_typed
from lkj.compute.results import Anggaran, Belanja, ProgramHasil, UkuranHasil
from lkj.indonesian import angka
from lkj.model import Target
from lkj.render.grid import (
    CELL_MARGIN,
    SAMPLE_ROWS,
    TOTAL_SHADE,
    Column,
    Grid,
    Group,
    Look,
    Total,
    balanced,
    edge_rows,
    header_needs,
    needs,
    texts_of,
    total_needs,
)
from lkj.render.textwidth import longest_word_cm

PROGRAM_SHADE = "DEEAF6"
KEGIATAN_SHADE = "F2F2F2"

C = Column

BIG_WIDTH = 24.2  # cm: the landscape page between its margins
Item = tuple[str, str, Anggaran, str]  # an item's kode, nama, budget and notes
Measure = tuple[Item, tuple[str, ...]]  # a row of the big table: an item and one indicator's cells


class BigTable:
    """The big table: every program, kegiatan and sub kegiatan with indicators, budget and realisation,
    one row per indicator, the item's own cells merged over its indicator rows, the header repeated on
    every page. A large year's rows are made in parts (`rows`, by a range of programs from `cuts`), which
    may be made by different processes and are joined between `start` and `end`.

    A large year's table is several tables, one after the other, each with the header row: a new one
    starts at a program or kegiatan once the one before has TABLE_ROWS rows. LibreOffice lays a table out
    in a time that grows much faster than its rows (a quarter of the 100-bidang year's table, 1.551 rows:
    53 s as one table, 18 s as tables of some forty rows, 17,5 s without the table), so a large report's
    PDF is made in minutes rather than hours. Where the tables meet, a reader sees the header again, as
    on a new page. A table of up to ONE_TABLE_ROWS rows (the samples') stays one table."""

    def __init__(self, tree: Belanja) -> None:
        self.tree = tree
        self.with_notes = any(
            s.sub.permasalahan or s.sub.upaya for p in tree.program for k in p.kegiatan for s in k.sub
        )
        columns = _big_columns(self.with_notes)
        scale = BIG_WIDTH / sum(c.width for c in columns)
        scaled = [dataclasses.replace(c, width=c.width * scale) for c in columns]
        # every column's longest word from every row (linear, and a wide figure in any row widens its
        # column: a sample had left it to wrap inside a word); the lines the shares of the width set,
        # the costly count, from the rows of programs spread through the year, SAMPLE_ROWS at most
        groups = [group for program in tree.program for group in _groups(program)]
        bold = [g.look.bold for g in groups for _ in g.rows]
        need = [
            max(each)
            for each in zip(
                needs(scaled, texts_of(scaled, groups), bold, POINTS),
                _needs(scaled, tree),
                total_needs(scaled, self._total(), POINTS),
                strict=True,
            )
        ]
        texts = texts_of(scaled, [group for program in _spread(tree.program) for group in _groups(program)])
        self.columns = balanced(scaled, need, texts, POINTS)
        self._cuts: dict[int, list[slice]] = {}
        self._breaks = _breaks(tree)
        self._widows = _widows(tree, self._breaks)

    def _grid(self) -> Grid[Measure]:
        return Grid(self.columns, text_style="TeksTabelMini")

    def start(self) -> str:
        """The table's markup up to its rows: properties, grid and the repeated header row."""
        return self._grid().start()

    def end(self) -> str:
        """The total row and the end of the table."""
        return self._grid().end(self._total())

    def _total(self) -> Total:
        t = self.tree.total
        values = ["JUMLAH", angka(t.pagu), angka(t.realisasi), _pct_plain(t.serapan), _pct_plain(t.fisik)]
        return Total(values + ([""] if self.with_notes else []), span=7, shade=TOTAL_SHADE)

    def cuts(self, parts: int) -> list[slice]:
        """The programs in `parts` consecutive ranges of about as many rows each."""
        if parts not in self._cuts:
            self._cuts[parts] = self._cut(parts)
        return self._cuts[parts]

    def _cut(self, parts: int) -> list[slice]:
        sizes = [_rows_of(p) for p in self.tree.program]
        total = sum(sizes)
        bounds, seen, start = [], 0, 0
        for part in range(1, parts):
            while start < len(sizes) and (seen + sizes[start]) * parts <= total * part:
                seen += sizes[start]
                start += 1
            bounds.append(start)
        edges = [0, *bounds, len(sizes)]
        return [slice(a, b) for a, b in itertools.pairwise(edges)]

    def rows(self, programs: slice) -> str:
        """The rows of the programs in the range, with everything below them; a table ends and the next
        begins (its header row first) where the breaks of the whole table fall in the range."""
        grid = self._grid()
        out: list[str] = []
        first, stop, _ = programs.indices(len(self.tree.program))
        closing = stop == len(self.tree.program)  # the range ends the year: its last row meets the total
        for number, program in enumerate(self.tree.program[programs], start=first):
            groups = _groups(program)
            for place, group in enumerate(groups):
                if (number, place) in self._breaks:
                    out.append(grid.end() + BETWEEN_TABLES + grid.start())
                final = closing and number == stop - 1 and place == len(groups) - 1
                widows = set(self._widows.get((number, place), ()))
                if group.look in (PROGRAM, KEGIATAN) and not final:
                    # a program or kegiatan keeps with its first row below: a bold heading row last on a
                    # page, everything under it on the next, read as a program without kegiatan
                    widows.add(len(group.rows) - 1)
                out.append(grid.rows([group], totalled=final, widows=widows))
        return "".join(out)


POINTS = 8.0  # TeksTabelMini (lkj.render.styles): no table text is smaller


def _big_columns(with_notes: bool) -> list[Column[Measure]]:
    own: list[Column[Measure]] = [
        C("Pagu (Rp)", 2.1, lambda r: angka(r[0][2].pagu), "right", merge=True),
        C("Realisasi (Rp)", 2.1, lambda r: angka(r[0][2].realisasi), "right", merge=True),
        C("Keuangan (%)", 1.6, lambda r: _pct_plain(r[0][2].serapan), "center", merge=True),
        C("Fisik (%)", 1.3, lambda r: _pct_plain(r[0][2].fisik), "center", merge=True),
    ]
    notes: list[Column[Measure]] = (
        [C("Permasalahan dan Upaya", 2.6, lambda r: r[0][3], merge=True)] if with_notes else []
    )
    return [
        C("Kode", 2.6, lambda r: r[0][0], merge=True),
        C("Program / Kegiatan / Sub Kegiatan", 4.4, lambda r: r[0][1], merge=True, indent=True),
        C("Indikator Kinerja", 3.7, lambda r: r[1][0]),
        C("Target", 1.2, lambda r: r[1][1], "center"),
        C("Satuan", 1.4, lambda r: r[1][2], "center"),
        C("Realisasi", 1.6, lambda r: r[1][3], "center"),
        C("Capaian Kinerja", 1.4, lambda r: r[1][4], "center"),
        *own,
        *notes,
    ]


PROGRAM = Look(PROGRAM_SHADE, bold=True, indent=0)
KEGIATAN = Look(KEGIATAN_SHADE, bold=True, indent=113)
SUB_KEGIATAN = Look(None, bold=False, indent=227)


def _groups(program: ProgramHasil) -> list[Group[Measure]]:
    """A program, each of its kegiatan and their sub kegiatan: an item's rows, one per indicator."""
    p = program.program
    out = [_item((p.kode, p.nama, program.anggaran, ""), program.ukuran, PROGRAM)]
    for kegiatan in program.kegiatan:
        k = kegiatan.kegiatan
        out.append(_item((k.kode, k.nama, kegiatan.anggaran, ""), kegiatan.ukuran, KEGIATAN))
        for sub in kegiatan.sub:
            s = sub.sub
            notes = "\n".join(filter(None, [s.permasalahan, f"Upaya: {s.upaya}" if s.upaya else None]))
            out.append(_item((s.kode, s.nama, sub.anggaran, notes), sub.ukuran, SUB_KEGIATAN))
    return out


def _item(item: Item, ukuran: Sequence[UkuranHasil], look: Look) -> Group[Measure]:
    return Group([(item, _measure(u)) for u in ukuran] or [(item, NO_MEASURE)], look)


TABLE_ROWS = 40  # rows of one table, about, before a program or kegiatan starts the next
ONE_TABLE_ROWS = 100  # a table of this many rows at most stays one table (LibreOffice: about a second)
# what keeps two tables apart (Word joins tables that touch): an empty paragraph a point high
BETWEEN_TABLES = (
    '<w:p><w:pPr><w:pStyle w:val="Catatan"/><w:spacing w:before="0" w:after="0" w:line="20" '
    'w:lineRule="exact"/></w:pPr></w:p>'
)


def _breaks(tree: Belanja) -> frozenset[tuple[int, int]]:
    """Where a new table starts: (program, group within the program: 0 the program, then its kegiatan and
    sub kegiatan in order), at a program or kegiatan once the current table has TABLE_ROWS rows. From the
    model alone, so every part of the table, made anywhere, breaks alike."""
    breaks: set[tuple[int, int]] = set()
    if sum(_rows_of(p) for p in tree.program) <= ONE_TABLE_ROWS:
        return frozenset()
    rows = 0
    for number, program in enumerate(tree.program):
        for place, (size, starts) in enumerate(_group_sizes(program)):
            if starts and rows >= TABLE_ROWS:
                breaks.add((number, place))
                rows = 0
            rows += size
    return frozenset(breaks)


def _widows(tree: Belanja, breaks: frozenset[tuple[int, int]]) -> dict[tuple[int, int], set[int]]:
    """Rows of each group (program, group within it) that keep with the next so that no page break
    leaves fewer than two rows of a table on either side (grid.edge_rows): each table's first row, and
    its last but one, which may be the last row of the group before (Arunika's last sub kegiatan stood
    alone above the JUMLAH on a page of its own). From the model alone, as `_breaks`."""
    sizes = [
        ((number, place), size)
        for number, program in enumerate(tree.program)
        for place, (size, _) in enumerate(_group_sizes(program))
    ]
    starts = [at for at, (key, _) in enumerate(sizes) if at == 0 or key in breaks]
    widows: dict[tuple[int, int], set[int]] = {}
    for start, stop in itertools.pairwise([*starts, len(sizes)]):
        rows = [(key, row) for key, size in sizes[start:stop] for row in range(size)]
        for at in edge_rows(len(rows)):
            key, row = rows[at]
            widows.setdefault(key, set()).add(row)
    return widows


def _group_sizes(program: ProgramHasil) -> Iterator[tuple[int, bool]]:
    """Each group's rows, in the order of `_groups`, and whether a table may start at it (a program or a
    kegiatan: a sub kegiatan stays with its kegiatan's table)."""
    yield len(program.program.ukuran) or 1, True
    for kegiatan in program.kegiatan:
        yield len(kegiatan.kegiatan.ukuran) or 1, True
        for sub in kegiatan.sub:
            yield len(sub.sub.ukuran) or 1, False


def _needs(columns: Sequence[Column[Measure]], tree: Belanja) -> list[float]:
    """The width each column needs for the words of the kode, the units and the totals measured bold, on
    the safe side of `needs` (which measures a row's words as the row sets them)."""
    need = header_needs(columns, POINTS)
    kode = max((s.sub.kode for p in tree.program for k in p.kegiatan for s in k.sub), key=len, default="")
    satuan = {
        u.ukuran.satuan or ""
        for p in tree.program
        for u in (
            *p.ukuran,
            *(u for k in p.kegiatan for u in (*k.ukuran, *(u for s in k.sub for u in s.ukuran))),
        )
    }
    widest = {
        "Kode": [kode],
        "Satuan": sorted(satuan),
        "Pagu (Rp)": [angka(tree.total.pagu)],
        "Realisasi (Rp)": [angka(tree.total.realisasi)],
    }
    for at, column in enumerate(columns):
        for text in widest.get(column.header, ()):
            need[at] = max(need[at], longest_word_cm(text, POINTS, bold=True) + CELL_MARGIN)
    return need


def _spread(programs: Sequence[ProgramHasil]) -> Sequence[ProgramHasil]:
    """Every program of a year of SAMPLE_ROWS rows or fewer; of a larger one, programs spread evenly
    through it, about SAMPLE_ROWS rows in all (the same ones for the same year)."""
    rows = sum(_rows_of(p) for p in programs)
    return programs[:: -(-rows // SAMPLE_ROWS)] if rows > SAMPLE_ROWS else programs


def _rows_of(program: ProgramHasil) -> int:
    """Rows of a program in the big table (one per indicator, at least one per item), from the model."""
    return (len(program.program.ukuran) or 1) + sum(
        (len(k.kegiatan.ukuran) or 1) + sum(len(s.sub.ukuran) or 1 for s in k.sub) for k in program.kegiatan
    )


def _pct_plain(figure: Figure | None) -> str:
    return angka(figure.value, 2) if figure is not None and figure.value is not None else "-"


def _target(target: Target) -> str:
    """A target as staff typed it (lkj.compute.presisi), or the kategori it names."""
    if target.kategori is not None:
        return target.kategori
    low = as_typed(target.low)
    return low if not target.is_range else f"{low}–{as_typed(target.high)}"


NO_MEASURE = ("-", "-", "-", "-", "-")  # the indicator cells of an item without indicators


def _measure(u: UkuranHasil) -> tuple[str, str, str, str, str]:
    """An indicator's cells of the big table: its name, target, unit, realisation and capaian."""
    m = u.ukuran
    return (
        m.indikator or "-",
        "-" if m.target is None else _target(m.target),
        m.satuan or "-",
        as_typed(m.realisasi) if m.realisasi is not None else "-",
        _pct_plain(u.capaian) if u.capaian.value is not None else "-",
    )
