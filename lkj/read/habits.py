"""What staff do to a table in Excel that a contract table cannot hold, each named where it happens:
merged cells, a total row, rows left blank or hidden, notes typed beside the table. The reader
(lkj.read.sheets) calls these while it reads a table sheet."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lkj import layout as L
from lkj.findings import Finding, finding
from lkj.read.records import Record, SheetPlace
from lkj.read.rules import TABLE_EMPTY_ROW, TABLE_HIDDEN_ROW, TABLE_MERGED, TABLE_OUTSIDE, TABLE_TOTAL_ROW
from lkj.read.values import is_blank, shown


def report_merged(place: SheetPlace, header_row: int, out: list[Finding]) -> None:
    """Merged cells reaching below the header row: only the first cell of a merge holds its value, the
    others read as empty, although Excel shows the value across them all (a habit of hand-made tables)."""
    for merge in place.merged:
        if merge.last_row <= header_row:
            continue  # the title and the header may be merged as the sub-coordinator likes
        out.append(
            finding(
                TABLE_MERGED,
                place.ref(merge.first),
                f"Sel {merge.cells} digabung (Merge & Center). Di dalam tabel hanya sel pertama "
                "gabungan yang berisi nilai; sel lainnya terbaca kosong walau Excel menampilkan nilainya. "
                "Batalkan penggabungan (Home › Merge & Center › Unmerge Cells), lalu isi setiap baris "
                "yang memerlukannya.",
            )
        )


def report_hidden(place: SheetPlace, records: list[Record], out: list[Finding]) -> None:
    """Rows with data that Excel does not show (hidden by hand or by a filter): read all the same."""
    hidden = place.facts.hidden_rows
    rows = [r.src.row for r in records if r.src.row in hidden] if hidden else []
    for run in _runs(rows):
        out.append(
            finding(
                TABLE_HIDDEN_ROW,
                place.ref(L.address(1, run[0])),
                f"Baris {_span(run)} disembunyikan (hidden, atau tersaring filter) tetapi berisi data, dan "
                "tetap dibaca seperti baris lain. Tampilkan kembali (Unhide, atau hapus filter) untuk "
                "memeriksanya; hapus barisnya bila datanya tidak dipakai lagi.",
            )
        )


def _runs(numbers: list[int]) -> list[list[int]]:
    """Ascending numbers cut into runs of consecutive ones: [3, 4, 5, 9] → [[3, 4, 5], [9]]."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


# A row staff add under a table to sum it up: "JUMLAH", "Total", "Sub Total", "Jumlah Keseluruhan"…
_TOTAL = re.compile(
    r"(?:sub ?|grand )?(?:jumlah|total)(?: (?:total|keseluruhan|seluruhnya|semua|akhir))? ?:?"
)


def _is_total(cell: object) -> bool:
    return isinstance(cell, str) and _TOTAL.fullmatch(" ".join(cell.split()).casefold()) is not None


def total_cell(row: Sequence[object], keys: list[int]) -> int | None:
    """The 0-based column of the word that makes `row` a total row (its key columns empty or holding
    that word), or None. A row that identifies an item (a kode) is never one."""
    if not keys or any(not (p >= len(row) or is_blank(row[p]) or _is_total(row[p])) for p in keys):
        return None
    return next((i for i, cell in enumerate(row) if _is_total(cell)), None)


def total_row_finding(place: SheetPlace, row: Sequence[object], column: int, row_number: int) -> Finding:
    word = " ".join(str(row[column]).split())
    return finding(
        TABLE_TOTAL_ROW,
        place.ref(L.address(column + 1, row_number)),
        f"Baris {row_number} adalah baris jumlah (\u201c{word}\u201d) dan tidak dibaca: lkj menjumlahkan "
        "sendiri pagu, realisasi dan capaian dari baris-baris isian. Hapus baris ini agar tabel hanya "
        "berisi data.",
    )


def _span(rows: list[int]) -> str:
    """Consecutive row numbers as people write them: "7", "7-9"."""
    return str(rows[0]) if len(rows) == 1 else f"{rows[0]}-{rows[-1]}"


def blank_rows_finding(place: SheetPlace, rows: list[int]) -> Finding:
    return finding(
        TABLE_EMPTY_ROW,
        place.ref(L.address(1, rows[0])),
        f"Baris {_span(rows)} kosong di tengah tabel. "
        "Hapus baris kosong itu agar data di bawahnya tetap dalam satu tabel.",
    )


class Outside:
    """Cells typed beside the table (a column of row numbers, a note in the margin), gathered row by row
    and told once per column: a numbering column is one finding, not one per row."""

    def __init__(self, known: set[int]) -> None:
        self.known = known  # 1-based positions of the table's own columns
        self.cells: dict[int, list[tuple[int, object]]] = {}

    def note(self, row: Sequence[object], row_number: int) -> None:
        for index, cell in enumerate(row, start=1):
            if index not in self.known and not is_blank(cell):
                self.cells.setdefault(index, []).append((row_number, cell))

    def only(self, row: Sequence[object]) -> bool:
        """Nothing in the table's own columns: the row is not a row of the table."""
        return all(p > len(row) or is_blank(row[p - 1]) for p in self.known)

    def report(self, place: SheetPlace, header: Sequence[object], out: list[Finding]) -> None:
        for index, cells in sorted(self.cells.items()):
            letter = L.column_letter(index)
            first_row, first = cells[0]
            title = header[index - 1] if index <= len(header) else None
            rows = _rows_said([r for r, _ in cells])
            if isinstance(title, str) and title.strip():
                message = (
                    f"Kolom {letter} (\u201c{' '.join(title.split())}\u201d) bukan kolom templat; isinya di "
                    f"baris {rows} tidak dibaca. Hapus kolom itu, atau pindahkan isinya ke kolom templat "
                    "yang sesuai."
                )
            elif len(cells) == 1:
                message = (
                    f"Sel di luar kolom tabel berisi \u201c{shown(first)[:40]}\u201d dan tidak dibaca. "
                    "Pindahkan isinya ke kolom yang sesuai atau hapus."
                )
            else:
                message = (
                    f"Kolom {letter} di luar tabel berisi isian di baris {rows} (mis. "
                    f"\u201c{shown(first)[:40]}\u201d) yang tidak dibaca. Pindahkan isinya ke kolom yang "
                    "sesuai atau hapus."
                )
            out.append(finding(TABLE_OUTSIDE, place.ref(L.address(index, first_row)), message))


def _rows_said(rows: list[int], most: int = 5) -> str:
    """Row numbers as people write them, in runs: "4-22", "4-10, 15", at most `most` runs."""
    runs = [_span(run) for run in _runs(rows)]
    return ", ".join(runs[:most]) + (" dan lainnya" if len(runs) > most else "")
