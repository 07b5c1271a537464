"""Read one workbook file: identify its kind and template version, locate every contract sheet (also
when renamed), and read each sheet into records. Nothing here raises on bad input."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from python_calamine import CalamineWorkbook

from lkj.contract import (
    GUIDE_SHEET,
    LIST_SHEET,
    META_FIELDS,
    META_SHEET,
    VERSION,
    WORKBOOKS,
    FormSheet,
    TableSheet,
    WorkbookSpec,
)
from lkj.errors import detail
from lkj.findings import Finding, finding
from lkj.layout import FORM_VALUE_COL, address
from lkj.model import CellRef, Meta
from lkj.read.files import MAX_BYTES, Candidate, unopenable
from lkj.read.package import Refused, contents, open_package
from lkj.read.records import Grid, Merge, SheetPlace, SheetRead
from lkj.read.rules import (
    FILE_CORRUPT,
    FILE_ENCRYPTED,
    FILE_TEMPLATE_VERSION,
    FILE_UNKNOWN,
    SHEET_MISSING,
    SHEET_MISSING_OPTIONAL,
    SHEET_RENAMED,
)
from lkj.read.sheets import (
    find_header_row,
    header_key,
    read_form,
    read_table,
)
from lkj.read.values import Unreadable, clean_text, parse_integer
from lkj.read.xlsxscan import SheetFacts


@dataclass
class WorkbookRead:
    name: str
    spec: WorkbookSpec
    meta: Meta
    sheets: dict[str, SheetRead] = field(default_factory=dict)  # contract sheet key → what was read
    findings: list[Finding] = field(default_factory=list)


def read_workbook(candidate: Candidate) -> tuple[WorkbookRead | None, list[Finding]]:
    name = candidate.name
    try:
        data = contents(candidate.path, name, MAX_BYTES)
        opened = open_package(data, name, lambda sheet: sheet not in _NOTHING_TO_READ)
    except Refused as refused:
        return None, [refused.finding]
    except OSError as exc:  # gone, or no longer readable, since the folder was listed
        return None, [unopenable(candidate.path, name, exc)]
    except _DAMAGED_ZIP as exc:
        return None, [_damaged(name, exc)]
    try:
        grids = _Sheets(CalamineWorkbook.from_filelike(opened.source))
    except BaseException as exc:  # calamine raises several unrelated types for damaged files
        if not isinstance(exc, Exception) and not is_panic(exc):
            raise
        return None, [_damaged(name, exc)]
    facts = opened.facts
    meta = _meta(grids.get(META_SHEET))
    spec = _identify(meta, grids)
    if spec is None:
        unknown = finding(
            FILE_UNKNOWN,
            CellRef(name, "", ""),
            "Workbook ini tidak dikenali sebagai "
            "workbook instansi atau workbook bidang lkj (lembar dan kepala kolomnya tidak "
            "cocok). Gunakan templat dari perintah 'lkj templates'.",
        )
        return None, [*opened.findings, unknown]
    meta = Meta(spec.kind, meta.version, meta.tahun)
    result = WorkbookRead(name, spec, meta, findings=opened.findings)
    _check_version(result)
    _read_sheets(result, grids, facts, grids.merged)
    return result, result.findings


_NOTHING_TO_READ = {GUIDE_SHEET, LIST_SHEET}
# What zipfile raises for a damaged archive: its own error, and what its parsing of headers meets
_DAMAGED_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    EOFError,
    ValueError,
    struct.error,
)


def is_panic(exc: BaseException) -> bool:
    """A panic of the Rust code under python-calamine (pyo3 raises it as a BaseException)."""
    return type(exc).__name__ == "PanicException"


class _Sheets(Mapping[str, Grid]):
    """A workbook's sheets as grids, by name. The guide and the list sheet hold nothing to read: they
    are read from the file only when asked for (a renamed contract sheet is looked for everywhere)."""

    def __init__(self, wb: CalamineWorkbook) -> None:
        self._wb = wb
        self._names = list(wb.sheet_names)
        self.merged: dict[str, tuple[Merge, ...]] = {}  # by sheet name, as read with the sheet
        self._grids = {name: self._damaged_as(name) for name in self._names if name not in _NOTHING_TO_READ}

    def _damaged_as(self, name: str) -> Grid:
        try:
            return self._read(name)
        except BaseException as exc:
            if not isinstance(exc, Exception) and not is_panic(exc):
                raise
            raise DamagedSheet(name, exc) from exc

    def _read(self, name: str) -> Grid:
        sheet = self._wb.get_sheet_by_name(name)
        grid = sheet.to_python(skip_empty_area=False)
        self.merged[name] = tuple(
            Merge(first_row + 1, first_col + 1, last_row + 1, last_col + 1)
            for (first_row, first_col), (last_row, last_col) in sheet.merged_cell_ranges or ()
        )
        return grid

    def __getitem__(self, name: str) -> Grid:
        if name not in self._grids:
            if name not in self._names:
                raise KeyError(name)
            try:
                self._grids[name] = self._read(name)
            except BaseException as exc:  # a damaged sheet among those with nothing to read: read as empty
                if not isinstance(exc, Exception) and not is_panic(exc):
                    raise
                self._grids[name] = []
        return self._grids[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class DamagedSheet(Exception):
    """A sheet calamine cannot read (a cell value it does not know, a string that is not there)."""

    def __init__(self, sheet: str, cause: BaseException) -> None:
        super().__init__(f"{sheet}: {cause}")
        self.sheet, self.cause = sheet, cause


def _damaged(name: str, exc: BaseException) -> Finding:
    if isinstance(exc, DamagedSheet):
        return finding(
            FILE_CORRUPT,
            CellRef(name, exc.sheet, ""),
            f'Lembar "{exc.sheet}" tidak dapat dibaca: ada isi yang rusak ({detail(exc.cause)}), '
            "sehingga workbook ini tidak dibaca. Buka di Excel, periksa lembar itu, lalu simpan ulang; "
            "atau salin ulang dari pengirim.",
        )
    text = str(exc).casefold()
    if "password" in text or "encrypt" in text:
        return finding(
            FILE_ENCRYPTED,
            CellRef(name, "", ""),
            "Workbook dilindungi kata sandi pembuka "
            "sehingga tidak dapat dibaca. Hapus kata sandinya lalu simpan ulang.",
        )
    what = "arsip zip terpotong" if isinstance(exc, zipfile.BadZipFile) or "zip" in text else "isi rusak"
    return finding(
        FILE_CORRUPT,
        CellRef(name, "", ""),
        f"Workbook tidak dapat dibuka ({what}). Berkas "
        "mungkin terpotong saat disalin atau diunduh; salin ulang dari pengirim atau buka di Excel "
        "lalu simpan ulang.",
    )


def unexpected(name: str, exc: BaseException) -> Finding:
    """What no check foresaw while reading one workbook, said as a finding about it (lkj.read.read_book):
    the other workbooks are still read. The kind of failure is named for whoever reports it."""
    return finding(
        FILE_CORRUPT,
        CellRef(name, "", ""),
        f"Workbook tidak dapat dibaca sampai selesai ({detail(exc)}). Buka "
        "di Excel lalu simpan ulang; bila masih gagal, laporkan kepada pengembang lkj dengan "
        "melampirkan workbook ini.",
    )


def _meta(grid: Grid | None) -> Meta:
    values: dict[str, object] = {}
    for row in grid or ():
        if len(row) >= 2 and isinstance(row[0], str):
            values[row[0].strip().casefold()] = row[1]
    kind = clean_text(values.get("jenis") or "")[0].casefold()

    def number(key: str) -> int | None:
        try:
            return parse_integer(values.get(key))
        except Unreadable:
            return None

    return Meta(kind, number("versi"), number("tahun"))


def _identify(meta: Meta, grids: Mapping[str, Grid]) -> WorkbookSpec | None:
    if meta.kind in WORKBOOKS:
        return WORKBOOKS[meta.kind]
    names = {header_key(n) for n in grids}
    scores = {kind: sum(header_key(s.name) in names for s in spec.sheets) for kind, spec in WORKBOOKS.items()}
    kind, score = max(scores.items(), key=lambda item: item[1])
    return WORKBOOKS[kind] if score >= 2 else None


def _check_version(result: WorkbookRead) -> None:
    version = result.meta.version
    if version == VERSION:
        return
    if version is None:
        message = (
            "Workbook ini tidak memuat penanda versi templat (lembar tersembunyi _lkj hilang), "
            f"mungkin disusun ulang secara manual. Bila ada kolom yang tidak terbaca, pindahkan isinya "
            f"ke templat terbaru (versi {VERSION})."
        )
    elif version < VERSION:
        message = (
            f"Workbook dibuat dari templat versi {version}, sedangkan aplikasi memakai versi {VERSION}. "
            "Pindahkan isinya ke templat terbaru dari perintah 'lkj templates'."
        )
    else:
        message = (
            f"Workbook dibuat dari templat versi {version}, lebih baru dari aplikasi ini (versi "
            f"{VERSION}). Perbarui aplikasi lkj."
        )
    where = CellRef(result.name, META_SHEET, address(FORM_VALUE_COL, META_FIELDS.index("versi") + 1))
    result.findings.append(finding(FILE_TEMPLATE_VERSION, where, message))


def _read_sheets(
    result: WorkbookRead,
    grids: Mapping[str, Grid],
    facts: dict[str, SheetFacts],
    merged: Mapping[str, tuple[Merge, ...]],
) -> None:
    unclaimed = [n for n in grids if n != META_SHEET]
    by_key = {header_key(n): n for n in unclaimed}
    located: dict[str, str] = {}
    for sheet in result.spec.sheets:
        actual = by_key.get(header_key(sheet.name))
        if actual is not None:
            located[sheet.key] = actual
            unclaimed.remove(actual)
    for sheet in result.spec.sheets:
        if sheet.key not in located:
            renamed = _find_renamed(sheet, unclaimed, grids)
            if renamed is not None:
                located[sheet.key] = renamed
                unclaimed.remove(renamed)
                result.findings.append(
                    finding(
                        SHEET_RENAMED,
                        CellRef(result.name, renamed, ""),
                        f'Lembar "{renamed}" dibaca sebagai lembar "{sheet.name}" karena '
                        f'kepala kolomnya cocok. Kembalikan namanya menjadi "{sheet.name}".',
                    )
                )
    for sheet in result.spec.sheets:
        actual = located.get(sheet.key)
        if actual is None:
            _missing_sheet(result, sheet)
            continue
        place = SheetPlace(result.name, actual, facts.get(actual, SheetFacts()), merged.get(actual, ()))
        read = (
            read_form(grids[actual], sheet, place)
            if isinstance(sheet, FormSheet)
            else read_table(grids[actual], sheet, place)
        )
        result.sheets[sheet.key] = read
        result.findings.extend(read.findings)


def _find_renamed(
    sheet: TableSheet | FormSheet, candidates: list[str], grids: Mapping[str, Grid]
) -> str | None:
    for name in candidates:
        grid = grids[name]
        if isinstance(sheet, TableSheet):
            index = find_header_row(grid, sheet)
            wanted = {header_key(c.header) for c in sheet.input_columns}
            hits = (
                0
                if index is None
                else sum(isinstance(c, str) and header_key(c) in wanted for c in grid[index])
            )
            if hits * 10 >= len(wanted) * 6:  # most of the headers, so a sibling sheet is not mistaken for it
                return name
        else:
            labels = {header_key(f.header) for f in sheet.fields}
            hits = sum(
                1 for row in grid[:80] if row and isinstance(row[0], str) and header_key(row[0]) in labels
            )
            if hits >= max(2, len(labels) // 2):
                return name
    return None


def _missing_sheet(result: WorkbookRead, sheet: TableSheet | FormSheet) -> None:
    optional = sheet.optional
    code = SHEET_MISSING_OPTIONAL if optional else SHEET_MISSING
    tail = "dianggap kosong." if optional else "salin lembar itu dari templat kosong lalu isi kembali."
    result.findings.append(
        finding(
            code,
            CellRef(result.name, sheet.name, ""),
            f'Lembar "{sheet.name}" tidak ada di workbook ini (terhapus atau berganti nama); {tail}',
        )
    )
