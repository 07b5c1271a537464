"""A workbook's zip package, opened within limits before anything else reads it.

An .xlsx is a zip of XML parts. What the parts inflate to is checked against the central directory
first, and again while inflating (a directory can lie about sizes), so that a small file that would
inflate to gigabytes is a finding about that file, never a crash. Every part calamine would inflate is
inflated here first, by ourselves and within the limits; the sheets are then checked for cells far
outside any table (lkj.read.extent), for the text their shared strings make (lkj.read.strings), and
scanned for what calamine does not tell (lkj.read.xlsxscan).

The file is read once, into memory (a workbook is at most lkj.read.files.MAX_BYTES): the bytes checked
here are the bytes calamine and openpyxl read afterwards, as they are or, when far cells were found, a
copy without their values. A file replaced or rewritten meanwhile (a sync client, a network share) is
never read unchecked.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lkj.errors import detail
from lkj.findings import Finding, finding
from lkj.indonesian import angka, ukuran_berkas
from lkj.model import CellRef
from lkj.read.extent import check_extent, far_finding
from lkj.read.rules import FILE_CORRUPT, FILE_INFLATED, FILE_TOO_LARGE
from lkj.read.strings import MAX_CELL_TEXT, SharedStrings
from lkj.read.xlsxscan import SheetFacts, number_styles, scan_sheet, sheet_targets, twice_named

MB = 1024 * 1024
# A real workbook has a few dozen parts, and its XML shrinks ten- to twentyfold in the zip (a 20 MB
# file, the largest read, inflates to some 250 MB at most); a "zip bomb" shrinks a thousandfold.
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 256 * MB
MAX_TOTAL_BYTES = 512 * MB
MAX_RATIO = 100
RATIO_FROM = 1 * MB  # a small part may shrink any amount: no harm in it
_LOCAL_HEADER = struct.Struct("<4s22xHH")
_RELS = "xl/_rels/workbook.xml.rels"
_SHARED_STRINGS = "xl/sharedStrings.xml"
_CALAMINE_PARTS = ("xl/workbook.xml", _RELS, _SHARED_STRINGS, "xl/styles.xml")
_TARGET = re.compile(rb"""\bTarget\s*=\s*["']([^"']*)["']""")
_CHUNK = 1 * MB


class Refused(Exception):
    """The package is not read at all; `finding` says why."""

    def __init__(self, found: Finding) -> None:
        super().__init__(found.message)
        self.finding = found


@dataclass
class Opened:
    """What the package check gives the reader: the bytes for calamine and openpyxl (the file's, or a
    copy without the far cells' values), the scanned facts of each sheet by name, and findings."""

    source: io.BytesIO
    facts: dict[str, SheetFacts] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    merges_too_large: bool = False  # openpyxl would make every cell of such a merge (lkj.xlsx.annotate)


def contents(path: Path, name: str, limit: int) -> bytes:
    """The file's bytes, read once (Refused when it has grown past `limit` since it was listed)."""
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise Refused(
            finding(
                FILE_TOO_LARGE,
                CellRef(name, "", ""),
                f"Berkas bertambah besar saat dibaca, melebihi batas {ukuran_berkas(limit)} untuk satu "
                "workbook. Tunggu sampai berkas selesai disalin, lalu periksa ulang.",
            )
        )
    return data


def open_package(data: bytes, name: str, scanned: Callable[[str], bool] = lambda sheet: True) -> Opened:
    """Check a workbook's bytes within the limits and scan its sheets (those named for which `scanned`
    is true). Raises Refused when the workbook must not be read; what zipfile raises when it is no zip or
    a damaged one."""
    where = CellRef(name, "", "")
    fh = io.BytesIO(data)
    with zipfile.ZipFile(fh) as zf:
        infos = zf.infolist()
    _check_directory(infos, where)
    return _Package(fh, infos, where).open(scanned)


class _Package:
    def __init__(self, fh: io.BytesIO, infos: list[zipfile.ZipInfo], where: CellRef) -> None:
        self._fh = fh
        self._by_name = {_normal(info.filename): info for info in infos}
        self._infos = infos
        self._where = where
        self._kept: dict[str, bytes] = {}  # the parts read first, by normal name: read once

    def read(self, member: str) -> bytes | None:
        """A part by its name as calamine looks it up: in any case, with / or \\ between folders."""
        info = self._by_name.get(_normal(member))
        if info is None:
            return None
        data = self._kept[_normal(member)] = self._part(info)
        return data

    def _part(self, info: zipfile.ZipInfo) -> bytes:
        kept = self._kept.pop(_normal(info.filename), None)
        return kept if kept is not None else _inflate(self._fh, info, self._where)

    def open(self, scanned: Callable[[str], bool]) -> Opened:
        workbook, rels = self.read("xl/workbook.xml"), self.read(_RELS)
        twice = twice_named(workbook)
        if twice is not None:
            raise Refused(_corrupt(self._where, f'dua lembar bernama "{twice}" (nama lembar harus berbeda)'))
        sheets = {_normal(member): sheet for sheet, member in sheet_targets(workbook, rels).items()}
        styles = number_styles(self.read("xl/styles.xml"))
        strings = SharedStrings.of(self.read(_SHARED_STRINGS))
        opened = Opened(self._fh)
        cleaned: dict[str, bytes] = {}
        text = 0
        for info in self._calamine_reads(rels):  # each inflated once, within the limits, and let go
            data = self._part(info)
            if b"sheetData" not in data:
                continue  # no cells: nothing calamine would place
            sheet = sheets.get(_normal(info.filename), info.filename)
            extent = check_extent(data)
            if extent.far:
                data = cleaned[info.filename] = extent.cleaned
            if extent.far or extent.merges:
                opened.findings.append(far_finding(CellRef(self._where.file, sheet, extent.first), extent))
                opened.merges_too_large |= bool(extent.merges)
            text += strings.made_by(data)
            if _normal(info.filename) in sheets and scanned(sheet):
                found = scan_sheet(data, styles)
                if found:
                    opened.facts[sheet] = found
        if text > MAX_CELL_TEXT:
            raise Refused(
                _inflated(
                    self._where,
                    f"teks bersamanya (shared strings) dipakai berulang oleh banyak sel sehingga sel-selnya "
                    f"akan memuat {ukuran_berkas(text)} teks (batas {ukuran_berkas(MAX_CELL_TEXT)} untuk "
                    "satu workbook)",
                )
            )
        if cleaned:
            opened.source = self._copy(cleaned)
        self._fh.seek(0)
        return opened

    def _calamine_reads(self, rels: bytes | None) -> list[zipfile.ZipInfo]:
        """The parts calamine inflates (by its own code, which trusts their recorded sizes): its fixed
        parts, and whatever the workbook's relationships point at (its sheets among them), resolved
        every way calamine might resolve them. The other parts (images, comments, themes) nobody
        inflates but the copy without far cells, by our own reading."""
        wanted = set(_CALAMINE_PARTS)
        for target in _TARGET.findall(rels or b""):
            text = target.decode("utf-8", "replace").replace("\\", "/")
            for member in (text.lstrip("/"), "xl/" + text, posixpath.normpath("xl/" + text)):
                wanted.add(_normal(member))
        return [info for info in self._infos if _normal(info.filename) in wanted]

    def _copy(self, cleaned: dict[str, bytes]) -> io.BytesIO:
        """The package with the far cells' values taken out, for calamine to read instead of the file."""
        copy = io.BytesIO()
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for info in self._infos:
                data = cleaned.get(info.filename)
                if data is None:
                    data = _inflate(self._fh, info, self._where)
                target.writestr(info.filename, data)
        copy.seek(0)
        return copy


def _normal(member: str) -> str:
    return member.replace("\\", "/").lower()


def _check_directory(infos: list[zipfile.ZipInfo], where: CellRef) -> None:
    """The central directory's own account, before anything is inflated."""
    if len(infos) > MAX_MEMBERS:
        raise Refused(
            _inflated(
                where,
                f"berkas ini terdiri atas {angka(len(infos))} bagian, padahal workbook "
                f"paling banyak beberapa ratus (batas {angka(MAX_MEMBERS)})",
            )
        )
    total = 0
    names: set[str] = set()
    for info in infos:
        if _normal(info.filename) in names:  # which of the two each reader takes is its own choice
            raise Refused(_corrupt(where, f"bagian '{info.filename}' ada dua kali di dalam arsipnya"))
        names.add(_normal(info.filename))
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused(
                _corrupt(where, f"bagian '{info.filename}' disimpan dengan cara yang tidak dipakai Excel")
            )
        _check_size(info, info.file_size, where)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise Refused(
            _inflated(
                where,
                f"isinya mengembang menjadi {ukuran_berkas(total)} setelah diurai (batas "
                f"{ukuran_berkas(MAX_TOTAL_BYTES)} untuk satu workbook)",
            )
        )


def _check_size(info: zipfile.ZipInfo, size: int, where: CellRef) -> None:
    part = f"bagian '{info.filename}'"
    if size > MAX_MEMBER_BYTES:
        raise Refused(
            _inflated(
                where,
                f"{part} mengembang menjadi lebih dari {ukuran_berkas(MAX_MEMBER_BYTES)} (batas satu bagian)",
            )
        )
    if size > RATIO_FROM and size > MAX_RATIO * max(info.compress_size, 1):
        raise Refused(
            _inflated(
                where,
                f"{part} mengembang menjadi {ukuran_berkas(size)}, lebih dari {MAX_RATIO} kali "
                "ukurannya di dalam berkas (isi workbook biasa paling banyak dua puluh kali)",
            )
        )


def _inflate(fh: io.BytesIO, info: zipfile.ZipInfo, where: CellRef) -> bytes:
    """A part's bytes, inflated from its raw data within the size its directory entry gives (which was
    checked against the limits): data that would inflate to more is refused, never inflated on."""
    fh.seek(info.header_offset)
    header = fh.read(_LOCAL_HEADER.size)
    signature, name_length, extra_length = (
        _LOCAL_HEADER.unpack(header) if len(header) == _LOCAL_HEADER.size else (b"", 0, 0)
    )
    if signature != b"PK\x03\x04":
        raise Refused(_corrupt(where, f"bagian '{info.filename}' tidak ada di tempat yang tercatat"))
    fh.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
    if info.compress_type == zipfile.ZIP_STORED:
        data = fh.read(info.compress_size)
    else:
        data = _deflated(fh, info, where)
    if len(data) != info.file_size:  # damaged, or a directory that lies (the data would inflate on)
        more = "lebih besar" if len(data) > info.file_size else "lebih kecil"
        raise Refused(
            _corrupt(where, f"isi bagian '{info.filename}' {more} dari ukuran yang tercatat di arsipnya")
        )
    return data


def _deflated(fh: io.BytesIO, info: zipfile.ZipInfo, where: CellRef) -> bytes:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    parts: list[bytes] = []
    room = info.file_size + 1  # one byte more than recorded tells a lie
    left = info.compress_size
    try:
        while left > 0 and not inflater.eof and room > 0:
            chunk = fh.read(min(left, _CHUNK))
            if not chunk:
                break
            left -= len(chunk)
            while chunk and room > 0 and not inflater.eof:
                out = inflater.decompress(chunk, room)
                room -= len(out)
                parts.append(out)
                chunk = inflater.unconsumed_tail
        if room > 0 and not inflater.eof:
            parts.append(inflater.flush())  # what zlib still holds of input it has taken
    except zlib.error as exc:
        raise Refused(_corrupt(where, f"bagian '{info.filename}' rusak ({detail(exc)})")) from exc
    return b"".join(parts)


def _inflated(where: CellRef, what: str) -> Finding:
    return finding(
        FILE_INFLATED,
        where,
        f"Workbook tidak dibaca: {what}. Workbook biasa tidak seperti ini; berkas mungkin rusak "
        "atau sengaja dibuat. Buka di Excel lalu simpan ulang, atau minta salinan asli dari pengirim.",
    )


def _corrupt(where: CellRef, what: str) -> Finding:
    return finding(
        FILE_CORRUPT,
        where,
        f"Workbook tidak dapat dibuka: {what}. Berkas mungkin rusak saat disalin atau diunduh; salin "
        "ulang dari pengirim atau buka di Excel lalu simpan ulang.",
    )
