"""Read one sheet of a workbook by its contract: find the header row, map columns by their header text
(so reordered columns still read), and turn every row into a record of typed values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from types import MappingProxyType

from lkj import layout as L
from lkj.contract import FormSheet, Kind, TableSheet
from lkj.contract.kinds import Column
from lkj.findings import Finding, finding
from lkj.model import Layout, Source
from lkj.read.cells import NOT_FAST, CellContext, FastReader, fast_reader, read_cell
from lkj.read.habits import (
    Outside,
    blank_rows_finding,
    report_hidden,
    report_merged,
    total_cell,
    total_row_finding,
)
from lkj.read.records import Grid, Record, SheetPlace, SheetRead
from lkj.read.rules import (
    CELL_FORMULA_UNCACHED,
    CELL_MISSING,
    CELL_REQUIRED,
    SHEET_COLUMN_MISSING,
    SHEET_COLUMN_MISSING_OPTIONAL,
    SHEET_FIELD_MISSING,
    SHEET_HEADER_MISSING,
    TABLE_DUPLICATE,
)
from lkj.read.values import clean_text, is_blank, with_places

# Figures whose decimals are kept as typed, also those that only the cell's number format shows (the
# template gives these columns Excel's General format; percentages and money print at fixed decimals)
TYPED_PRECISION = frozenset({Kind.NUMBER, Kind.TARGET})


def header_key(text: object) -> str:
    """Header text as compared: without the required-mark '*', case and spacing."""
    return " ".join(str(text).replace("*", " ").casefold().split()).rstrip(".")


def find_header_row(grid: Grid, spec: TableSheet) -> int | None:
    """0-based index of the row that holds most of the spec's headers (None when none does)."""
    wanted = {header_key(c.header) for c in spec.columns}
    best, best_hits = None, 0
    for index, row in enumerate(grid[: L.HEADER_SEARCH_ROWS]):
        hits = sum(1 for cell in row if isinstance(cell, str) and header_key(cell) in wanted)
        if hits > best_hits:
            best, best_hits = index, hits
        if best_hits == len(wanted):  # every header found: no row below can hold more
            break
    needed = max(1, len([c for c in spec.columns if c.required]) // 2)
    return best if best_hits >= needed else None


def read_table(grid: Grid, spec: TableSheet, place: SheetPlace) -> SheetRead:
    out: list[Finding] = []
    header_index = find_header_row(grid, spec)
    if header_index is None:
        _report_uncached(place, out)
        out.append(
            finding(
                SHEET_HEADER_MISSING,
                place.ref(f"{L.HEADER_ROW}"),
                f'Baris kepala kolom lembar "{place.sheet}" tidak ditemukan (dicari kolom seperti '
                f'"{spec.columns[0].header}"). Jangan menghapus atau mengubah teks kepala kolom.',
            )
        )
        return SheetRead(place.sheet, [], out)
    positions = _map_columns(grid[header_index], spec, place, header_index + 1, out)
    report_merged(place, header_index + 1, out)
    layout = Layout(MappingProxyType(positions))
    outside = Outside(set(positions.values()))
    records, totals = _read_rows(grid, header_index + 1, spec, place, layout, outside, out)
    outside.report(place, grid[header_index], out)
    _report_uncached(place, out, totals)
    report_hidden(place, records, out)
    _report_duplicates(records, spec, out)
    return SheetRead(place.sheet, records, out)


def _report_duplicates(records: list[Record], spec: TableSheet, out: list[Finding]) -> None:
    """Rows whose identifying columns (the contract's `unique`) repeat an earlier row."""
    if not spec.unique:
        return
    first: dict[tuple[str, ...], int] = {}
    for record in records:
        if record.continuation or any(record.values.get(k) is None for k in spec.unique):
            continue
        key = tuple(" ".join(str(record.values[k]).casefold().split()) for k in spec.unique)
        if key in first:
            headers = " dan ".join(f'"{spec.column(k).header}"' for k in spec.unique)
            shown = ", ".join(str(record.values[k]) for k in spec.unique)
            out.append(
                finding(
                    TABLE_DUPLICATE,
                    record.src.ref(spec.unique[0]),
                    f"Isian {headers} ({shown}) sudah "
                    f"ada di baris {first[key]}. Setiap baris harus unik; hapus atau perbaiki salah satunya.",
                )
            )
        else:
            first[key] = record.src.row


def _map_columns(
    header: Sequence[object], spec: TableSheet, place: SheetPlace, row: int, out: list[Finding]
) -> dict[str, int]:
    found = {
        header_key(text): i + 1 for i, text in enumerate(header) if isinstance(text, str) and text.strip()
    }
    positions: dict[str, int] = {}
    for column in spec.columns:
        index = found.get(header_key(column.header))
        if index is not None:
            positions[column.key] = index
        elif column.kind is not Kind.INFO:
            code = SHEET_COLUMN_MISSING if column.required else SHEET_COLUMN_MISSING_OPTIONAL
            out.append(
                finding(
                    code,
                    place.ref(f"{row}"),
                    f'Kolom "{column.header}" tidak ada di baris '
                    f'kepala lembar "{place.sheet}". Salin kembali kepala kolom dari templat kosong.',
                )
            )
    return positions


def _report_uncached(
    place: SheetPlace, out: list[Finding], skipped_rows: frozenset[int] = frozenset()
) -> None:
    for cell in place.facts.uncached_formulas:
        if L.row_of(cell) in skipped_rows:
            continue  # a total row's sum, not read
        out.append(
            finding(
                CELL_FORMULA_UNCACHED,
                place.ref(cell),
                "Sel berisi rumus yang belum pernah "
                "dihitung (workbook belum dibuka dan disimpan di Excel/LibreOffice), sehingga "
                "nilainya tidak diketahui. Buka workbook, simpan ulang, atau ganti rumus dengan "
                "nilainya.",
            )
        )


def _read_rows(
    grid: Grid,
    start: int,
    spec: TableSheet,
    place: SheetPlace,
    layout: Layout,
    outside: Outside,
    out: list[Finding],
) -> tuple[list[Record], frozenset[int]]:
    """The records of the rows below the header, and the numbers of the total rows left unread."""
    records: list[Record] = []
    totals: set[int] = set()
    pending_blank: list[int] = []
    uncached = set(place.facts.uncached_formulas)
    # each input column with its 0-based position in a row (None: the sheet lacks the column)
    plan = [
        (c, layout.positions[c.key] - 1 if c.key in layout.positions else None, fast_reader(c))
        for c in spec.input_columns
    ]
    identity = [position for c, position, _ in plan if c.key in spec.identity]
    keys = [layout.positions[k] - 1 for k in spec.unique if k in layout.positions]
    for index in range(start, len(grid)):
        row_number = index + 1
        row = grid[index]
        if all(is_blank(cell) for cell in row) and not _row_has(uncached, row_number):
            pending_blank.append(row_number)
            continue
        total = total_cell(row, keys)
        if total is not None:
            out.append(total_row_finding(place, row, total, row_number))
            totals.add(row_number)
            continue
        outside.note(row, row_number)
        if outside.only(row) and not _row_has(uncached, row_number):
            pending_blank.append(row_number)  # beside the table only: not a row of it
            continue
        if pending_blank and records:
            out.append(blank_rows_finding(place, pending_blank))
        pending_blank = []
        records.append(_read_row(row, spec, plan, identity, place, layout, row_number, uncached, out))
    return records, frozenset(totals)


def _row_has(cells: set[str], row_number: int) -> bool:
    return any(L.row_of(c) == row_number for c in cells)


def _read_row(
    row: Sequence[object],
    spec: TableSheet,
    plan: list[tuple[Column, int | None, FastReader]],
    identity: list[int | None],
    place: SheetPlace,
    layout: Layout,
    row_number: int,
    uncached: set[str],
    out: list[Finding],
) -> Record:
    src = Source(place.file, place.sheet, row_number, layout)
    record = Record(src, {})
    values, bad = record.values, record.bad
    width = len(row)
    if uncached:
        bad.update(
            c.key
            for c, position, _ in plan
            if position is not None and layout.cell(c.key, row_number) in uncached
        )
    record.continuation = (
        bool(spec.identity)
        and not any(k in bad for k in spec.identity)
        and all(p is None or p >= width or is_blank(row[p]) for p in identity)
    )
    percent, places = place.facts.percent_cells, place.facts.places
    for column, position, fast in plan:  # one pass: a large input has a hundred thousand cells
        key = column.key
        if key in bad:
            continue
        value = row[position] if position is not None and position < width else None
        if value is None or (isinstance(value, str) and not value.strip()):  # is_blank, inline
            if column.required and not _excused(column, record):
                out.append(_empty_finding(column, src, key in spec.essential, bad))
            continue
        typed = NOT_FAST if percent else fast(value)
        if typed is NOT_FAST:
            shown_as_percent = bool(percent) and layout.cell(key, row_number) in percent
            typed = read_cell(value, column, CellContext(src, key, shown_as_percent), out)
        if typed is None:
            bad.add(key)
        elif places and column.kind in TYPED_PRECISION:
            values[key] = with_places(typed, places.get(layout.cell(key, row_number), 0))
        else:
            values[key] = typed
    _mark_unread(record)
    return record


def _mark_unread(record: Record) -> None:
    if record.bad:
        record.src = replace(record.src, unread=frozenset(record.bad))


def _excused(column: Column, record: Record) -> bool:
    """On a continuation row only the indicator columns are filled; the others are meant to be empty."""
    return record.continuation and not column.per_indicator


def _empty_finding(column: Column, src: Source, essential: bool, bad: set[str]) -> Finding:
    """A required cell left empty: an error when the row cannot be placed, or the year computed, without
    it (the key joins the unread ones: the model holds a stand-in); otherwise a gap, data not entered
    yet, which the model holds as not filled."""
    if essential:
        bad.add(column.key)
        return finding(
            CELL_REQUIRED,
            src.ref(column.key),
            f'Kolom "{column.header}" wajib diisi tetapi kosong. {column.help}',
        )
    return finding(
        CELL_MISSING,
        src.ref(column.key),
        f'Kolom "{column.header}" belum diisi. {column.help} Isi sel ini sebelum laporan difinalkan.',
    )


def read_form(grid: Grid, spec: FormSheet, place: SheetPlace) -> SheetRead:
    out: list[Finding] = []
    _report_uncached(place, out)
    labels = {header_key(c.header): c for c in spec.fields}
    rows: dict[str, int] = {}
    for index, row in enumerate(grid[:80]):
        if row and isinstance(row[0], str) and header_key(row[0]) in labels:
            rows.setdefault(labels[header_key(row[0])].key, index + 1)
    layout = Layout(MappingProxyType(rows), form=True)
    src = Source(place.file, place.sheet, 0, layout)
    record = Record(src, {})
    uncached = set(place.facts.uncached_formulas)
    if _untouched(grid, spec, rows) and not uncached:
        return SheetRead(place.sheet, [], out)
    for column in spec.fields:
        if column.key not in rows:
            if column.required:
                out.append(
                    finding(
                        SHEET_FIELD_MISSING,
                        place.ref("A"),
                        f'Isian "{column.header}" tidak '
                        f'ada di kolom A lembar "{place.sheet}". Salin kembali baris itu dari '
                        "templat kosong.",
                    )
                )
                record.bad.add(column.key)
            continue
        _read_form_field(grid, column, rows[column.key], record, place, uncached, spec.essential, out)
    _mark_unread(record)
    return SheetRead(place.sheet, [record], out)


def _untouched(grid: Grid, spec: FormSheet, rows: dict[str, int]) -> bool:
    """Nothing typed yet: every field is blank or still holds the template's default (the year aside)."""
    for column in spec.fields:
        if column.key == "tahun" or column.key not in rows:
            continue
        row = grid[rows[column.key] - 1]
        value = row[L.FORM_VALUE_COL - 1] if len(row) >= L.FORM_VALUE_COL else None
        if is_blank(value):
            continue
        if column.default is None or header_key(clean_text(value)[0]) != header_key(column.default):
            return False
    return True


def _read_form_field(
    grid: Grid,
    column: Column,
    row_number: int,
    record: Record,
    place: SheetPlace,
    uncached: set[str],
    essential: frozenset[str],
    out: list[Finding],
) -> None:
    row = grid[row_number - 1]
    raw = row[L.FORM_VALUE_COL - 1] if len(row) >= L.FORM_VALUE_COL else None
    ref = record.src.ref(column.key)
    if ref.cell in uncached:
        record.bad.add(column.key)
    elif not is_blank(raw):
        shown_as_percent = ref.cell in place.facts.percent_cells
        value = read_cell(raw, column, CellContext(record.src, column.key, shown_as_percent), out)
        if value is None:
            record.bad.add(column.key)
        elif column.kind in TYPED_PRECISION:
            record.values[column.key] = with_places(value, place.facts.places.get(ref.cell, 0))
        else:
            record.values[column.key] = value
    elif column.required:
        out.append(_empty_finding(column, record.src, column.key in essential, record.bad))
