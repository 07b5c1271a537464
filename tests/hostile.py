"""Builders of hostile workbooks, changed at the zip and XML level where openpyxl would not write them:
cells far away or without an address, parts that inflate a thousandfold or lie about their size, too
many parts, merges over a whole sheet, values openpyxl cannot parse."""

from __future__ import annotations

import os
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.corpus import SEK, Case, both, edit

MB = 1024 * 1024
Change = Callable[[str, bytes], bytes]


def members(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as source:
        return [(info, source.read(info)) for info in source.infolist()]


def rezip(path: Path, change: Change, extra: dict[str, bytes] | None = None) -> None:
    """Rewrite the workbook with each part passed through `change(name, data)`, plus `extra` parts."""
    parts = members(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            target.writestr(info, change(info.filename, data))
        for name, data in (extra or {}).items():
            target.writestr(name, data)


def sheet_member(path: Path, sheet: str) -> str:
    """The zip member of a sheet, by its name (workbook.xml and its relationships)."""
    parts = dict((info.filename, data) for info, data in members(path))
    rid = re.search(
        rf'<sheet [^>]*name="{re.escape(sheet)}"[^>]*r:id="([^"]+)"', parts["xl/workbook.xml"].decode()
    )
    assert rid, sheet
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    target = re.search(
        rf'Id="{rid.group(1)}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels
    )
    assert target
    found = target.group(1) or target.group(2)
    return found.lstrip("/") if found.startswith("/") else f"xl/{found}"


def in_sheet(path: Path, sheet: str, change: Callable[[bytes], bytes]) -> None:
    member = sheet_member(path, sheet)
    rezip(path, lambda name, data: change(data) if name == member else data)


def append_rows(xml: bytes) -> Callable[[bytes], bytes]:
    """Rows appended at the end of a sheet's data."""
    return lambda sheet: sheet.replace(b"</sheetData>", xml + b"</sheetData>", 1)


def far_cell(ref: str, text: str) -> bytes:
    row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return f'<row r="{row}"><c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c></row>'.encode()


def far_by_counting(empty: int, text: str) -> bytes:
    """A row without addresses whose filled cell comes after `empty` empty cells: calamine counts."""
    return b"<row>" + b"<c></c>" * empty + f'<c t="inlineStr"><is><t>{text}</t></is></c></row>'.encode()


def merge(ref: str) -> Callable[[bytes], bytes]:
    def apply(sheet: bytes) -> bytes:
        if b"<mergeCells" in sheet:
            return re.sub(
                rb"<mergeCells[^>]*>", lambda m: m.group(0) + f'<mergeCell ref="{ref}"/>'.encode(), sheet
            )
        return sheet.replace(
            b"</sheetData>",
            f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'.encode(),
            1,
        )

    return apply


def zeros(name: str, size: int) -> Callable[[Path], None]:
    """A part of `size` zero bytes: a zip shrinks it a thousandfold."""

    def apply(path: Path) -> None:
        parts = members(path)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for info, data in parts:
                target.writestr(info, data)
            with target.open(name, "w", force_zip64=True) as out:
                for _ in range(size // MB):
                    out.write(bytes(MB))

    return apply


def recorded_size(member: str, size: int) -> Callable[[Path], None]:
    """Let the zip's directory (central and local) record `size` as the inflated size of `member`."""

    def apply(path: Path) -> None:
        data = bytearray(path.read_bytes())
        name = member.encode()
        for signature, at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            for found in re.finditer(re.escape(signature), data):
                start = found.start()
                length_at = 26 if signature == b"PK\x03\x04" else 28
                (length,) = struct.unpack_from("<H", data, start + length_at)
                header = 30 if signature == b"PK\x03\x04" else 46
                if bytes(data[start + header : start + header + length]) == name:
                    struct.pack_into("<I", data, start + at, size)
        path.write_bytes(bytes(data))

    return apply


# ---- the hostile corpus: one case per class, each a change to a copy of a sample folder


def _in_workbook(name: str, change: Callable[[Path], None]) -> Callable[[Path], None]:
    return lambda folder: change(folder / name)


def _far(name: str, sheet: str, rows: bytes) -> Callable[[Path], None]:
    return lambda folder: in_sheet(folder / name, sheet, append_rows(rows))


def _sheet_padded(name: str, sheet: str, size: int) -> Callable[[Path], None]:
    """A sheet that inflates to `size` bytes more than its zip directory records."""

    def apply(folder: Path) -> None:
        path = folder / name
        member = sheet_member(path, sheet)
        in_sheet(path, sheet, lambda xml: xml.replace(b"</worksheet>", b" " * size + b"</worksheet>"))
        with zipfile.ZipFile(path) as padded:
            recorded = padded.getinfo(member).file_size - size  # what it was before
        recorded_size(member, recorded)(path)

    return apply


def _many_parts(name: str, count: int) -> Callable[[Path], None]:
    return lambda folder: rezip(
        folder / name, lambda _, data: data, {f"xl/x/{i}.xml": b"" for i in range(count)}
    )


def _bzip2(name: str) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        parts = members(folder / name)
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_BZIP2) as target:
            for info, data in parts:
                target.writestr(info.filename, data)

    return apply


def cell_xml(name: str, sheet: str, ref: str, xml: str) -> Callable[[Path], None]:
    """The cell `ref` written as `xml`, as no spreadsheet program would write it."""
    pattern = re.compile(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)'.encode(), re.S)

    def apply(folder: Path) -> None:
        in_sheet(folder / name, sheet, lambda data: pattern.sub(lambda _: xml.encode(), data, count=1))

    return apply


def _link(name: str, target: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).symlink_to(target)


def _fifo(name: str) -> Callable[[Path], None]:
    return lambda folder: os.mkfifo(folder / name)


def _folder(name: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).mkdir()


def renamed(name: str, raw: bytes) -> Callable[[Path], None]:
    """The workbook renamed to `raw`, a file name that need not be valid UTF-8."""
    return lambda folder: os.rename(folder / name, os.path.join(os.fsencode(folder), raw))


HOSTILE = [
    # ---- sheets that reach far
    Case(
        "sel-jauh-XFD1048576",
        _far(SEK, "Program", far_cell("XFD1048576", "x")),
        "sheet.too-large",
        SEK,
        "Program",
        "XFD1048576",
        exit=0,
    ),
    Case(
        "sel-jauh-tanpa-alamat",
        _far(SEK, "Program", far_by_counting(300, "y")),
        "sheet.too-large",
        SEK,
        "Program",
        "KO5",
        exit=0,
    ),
    Case(
        "gabungan-seluruh-lembar",
        lambda folder: in_sheet(folder / SEK, "Program", merge("A1:XFD1048576")),
        "sheet.too-large",
        SEK,
        "Program",
        "A1",
        exit=0,
    ),
    # ---- packages that inflate
    Case("bom-zip", _in_workbook(SEK, zeros("xl/media/image9.bin", 20 * MB)), "file.inflated", SEK, "", ""),
    Case(
        "ukuran-tercatat-3-gb",
        both(
            _in_workbook(SEK, zeros("xl/media/big.bin", 2 * MB)),
            _in_workbook(SEK, recorded_size("xl/media/big.bin", 3 * 1024**3)),
        ),
        "file.inflated",
        SEK,
        "",
        "",
    ),
    Case("ukuran-tercatat-bohong", _sheet_padded(SEK, "Program", 30 * MB), "file.corrupt", SEK, "", ""),
    Case("bagian-terlalu-banyak", _many_parts(SEK, 10_001), "file.inflated", SEK, "", ""),
    Case("pemampatan-bzip2", _bzip2(SEK), "file.corrupt", SEK, "", ""),
    Case(  # Excel never names two sheets alike: read as either, one would be missing
        "dua-lembar-senama",
        _in_workbook(
            SEK,
            lambda path: rezip(
                path,
                lambda name, data: (
                    data.replace(b'name="Kegiatan"', b'name="Program"') if name == "xl/workbook.xml" else data
                ),
            ),
        ),
        "file.corrupt",
        SEK,
        "",
        "",
    ),
    Case(  # two parts by one name for calamine (any case): which one is read must not be a choice
        "bagian-bernama-ganda",
        _in_workbook(SEK, lambda path: rezip(path, lambda _, data: data, {"XL/Workbook.xml": b"<x/>"})),
        "file.corrupt",
        SEK,
        "",
        "",
    ),
    Case(
        "sel-boolean-rusak",
        cell_xml(SEK, "Program", "I4", '<c r="I4" t="b"><v>2</v></c>'),
        "file.corrupt",
        SEK,
        "Program",
        "",
    ),
    # ---- names that cannot be opened
    Case(
        "pintasan-rusak", _link("06-pintasan.xlsx", "tidak-ada.xlsx"), "file.link", "06-pintasan.xlsx", "", ""
    ),
    Case("pintasan-berputar", _link("06-putar.xlsx", "06-putar.xlsx"), "file.link", "06-putar.xlsx", "", ""),
    Case("pipa-bernama-xlsx", _fifo("06-pipa.xlsx"), "file.unreadable", "06-pipa.xlsx", "", ""),
    Case("folder-bernama-xlsx", _folder("06-folder.xlsx"), "file.skipped", "06-folder.xlsx", "", "", exit=0),
    Case(
        "nama-bukan-utf8",
        renamed(SEK, b"01-sekretariat-\xff\xfe.xlsx"),
        "file.name",
        "01-sekretariat-\\xff\\xfe.xlsx",
        "",
        "",
        exit=0,
    ),
    Case(
        "nama-berkarakter-kontrol",
        renamed(SEK, b"01-sekre\x07tariat\xe2\x80\xae.xlsx"),
        "file.name",
        "01-sekre\\x07tariat\\u202e.xlsx",
        "",
        "",
        exit=0,
    ),
    # ---- amounts no office has
    Case("realisasi-1e30", edit(SEK, "Program", {"I4": 1e30}), "cell.number", SEK, "Program", "I4"),
    Case("realisasi-teks-1E+30", edit(SEK, "Program", {"I4": "1E+30"}), "cell.number", SEK, "Program", "I4"),
    Case(
        "pagu-1000-triliun",
        edit(SEK, "Sub Kegiatan", {"G4": 10**15}),
        "cell.money",
        SEK,
        "Sub Kegiatan",
        "G4",
    ),
    Case(
        "target-tak-hingga",
        cell_xml(SEK, "Program", "G4", '<c r="G4"><v>1e999</v></c>'),
        "cell.target",
        SEK,
        "Program",
        "G4",
    ),
]


def shared_strings(strings: list[str]) -> Callable[[Path], None]:
    """A shared strings part holding `strings` (the workbook had none: lkj writes inline strings)."""
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)
    sst = f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'

    def change(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", SST_TYPE + b"</Types>")
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(b"</Relationships>", SST_REL + b"</Relationships>")
        return data

    return lambda path: rezip(path, change, {"xl/sharedStrings.xml": sst.encode()})


def shared_cells(first_row: int, rows: int, columns: str, index: int) -> bytes:
    """Rows of cells that each hold shared string `index` (in the columns named by `columns`' letters)."""
    return b"".join(
        f'<row r="{r}">'.encode()
        + b"".join(f'<c r="{c}{r}" t="s"><v>{index}</v></c>'.encode() for c in columns)
        + b"</row>"
        for r in range(first_row, first_row + rows)
    )


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SST_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
SST_REL = (
    b'<Relationship Id="rIdLkjSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/sharedStrings" Target="sharedStrings.xml"/>'
)
