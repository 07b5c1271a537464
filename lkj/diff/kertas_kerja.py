"""`lkj diff LAMA.xlsx BARU.xlsx` of two kertas kerja reviu (`lkj periksa --reviu`): what changed from one
reviu round to the next, per LKE criterion and item: the predicted answer, what lkj found, and the
reviewer's conclusion and note. Rows are matched by criterion and item, not by position; a workbook is
read within the reader's limits (lkj.read.package) and only by its values, never its formulas."""

from __future__ import annotations

from pathlib import Path

from python_calamine import CalamineWorkbook

from lkj.diff.compare import Change
from lkj.errors import LkjError, detail
from lkj.read.files import MAX_BYTES
from lkj.read.package import Refused, contents, open_package
from lkj.xlsx.kertas_kerja import ANSWER, COLUMNS, CRITERION, ITEM, SHEET

Row = dict[str, str]
ANSWER_CHANGED = "Jawaban lkj"  # where a criterion's changed answer is told: (criterion, ANSWER_CHANGED)
# what is compared per row; the answer is compared once per criterion
COMPARED = tuple(h for h, _ in COLUMNS if h not in ("No", CRITERION, "Kriteria LKE", ANSWER, ITEM))


class NotKertasKerja(LkjError):
    """A side is not a kertas kerja reviu lkj can read."""


def is_workbook(path: Path) -> bool:
    return path.suffix.casefold() in (".xlsx", ".xlsm")


def compare_kertas_kerja(old: Path, new: Path) -> list[Change]:
    before, after = read_rows(old), read_rows(new)
    changes: list[Change] = []
    answers_old, answers_new = _answers(before), _answers(after)
    for key in dict.fromkeys([*before, *after]):
        kode, item = key
        if kode in answers_old and kode in answers_new and answers_old[kode] != answers_new[kode]:
            changes.append(
                Change("ubah", "sel", (kode, ANSWER_CHANGED), answers_old.pop(kode), answers_new[kode])
            )
        if key not in after:
            changes.append(Change("hapus", "baris", (kode, item), _said(before[key]), None))
        elif key not in before:
            changes.append(Change("tambah", "baris", (kode, item), None, _said(after[key])))
        else:
            changes += [
                Change(
                    "ubah",
                    "sel",
                    (kode, item, column),
                    before[key][column] or "kosong",
                    after[key][column] or "kosong",
                )
                for column in COMPARED
                if before[key][column] != after[key][column]
            ]
    return changes


def _answers(rows: dict[tuple[str, str], Row]) -> dict[str, str]:
    out: dict[str, str] = {}
    for (kode, _), row in rows.items():
        out.setdefault(kode, row[ANSWER])
    return out


def _said(row: Row) -> str:
    return "; ".join(f"{column}: {row[column]}" for column in COMPARED if row[column])


def read_rows(path: Path) -> dict[tuple[str, str], Row]:
    """The rows of a kertas kerja by (criterion, item), each by its column header."""
    grid = _grid(path)
    headers = [h for h, _ in COLUMNS]
    start = next((n for n, row in enumerate(grid) if _texts(row)[: len(headers)] == headers), None)
    if start is None:
        raise NotKertasKerja(
            f"'{path.name}': lembar '{SHEET}' tidak memuat baris judul kolom kertas kerja reviu lkj "
            f"({', '.join(headers[:4])}, ...). Bandingkan dua kertas kerja yang ditulis lkj periksa --reviu."
        )
    rows: dict[tuple[str, str], Row] = {}
    for values in grid[start + 1 :]:
        texts = _texts(values) + [""] * len(headers)
        row = dict(zip(headers, texts, strict=False))
        if row[CRITERION] or row[ITEM]:
            rows.setdefault((row[CRITERION], row[ITEM]), row)
    return rows


def _texts(row: list[object]) -> list[str]:
    return [
        "" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)).strip()
        for v in row
    ]


def _grid(path: Path) -> list[list[object]]:
    try:
        opened = open_package(contents(path, path.name, MAX_BYTES), path.name, lambda sheet: sheet == SHEET)
        wb = CalamineWorkbook.from_filelike(opened.source)
        if SHEET not in wb.sheet_names:
            raise NotKertasKerja(
                f"'{path.name}' bukan kertas kerja reviu lkj: tidak ada lembar '{SHEET}'. Bandingkan dua "
                "kertas kerja yang ditulis lkj periksa --reviu, atau dua laporan .docx."
            )
        grid: list[list[object]] = [
            list(row) for row in wb.get_sheet_by_name(SHEET).to_python(skip_empty_area=False)
        ]
        return grid
    except Refused as exc:
        raise NotKertasKerja(f"'{path.name}' tidak dapat dibaca: {exc.finding.message}") from None
    except NotKertasKerja:
        raise
    except BaseException as exc:  # zipfile and calamine raise several unrelated types for a damaged file
        if not isinstance(exc, Exception):
            raise
        raise NotKertasKerja(
            f"'{path.name}' bukan workbook .xlsx yang utuh ({detail(exc)}); simpan ulang dari Excel lalu "
            "bandingkan lagi."
        ) from None
