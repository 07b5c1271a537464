"""The logo the Profil names: a PNG or JPEG file in the input folder, beside the workbooks, checked
within limits before the report takes it onto its cover. Whatever the file is, what is wrong with it is a
warning at the Profil's cell (the report is then made without a logo), never a crash."""

from __future__ import annotations

import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from lkj.findings import Finding, finding
from lkj.indonesian import angka, ukuran_berkas
from lkj.model import Instansi
from lkj.read.files import shown_name
from lkj.read.rules import FILE_LOGO

MAX_BYTES = 5 * 1024 * 1024  # a logo for a printed cover is a few hundred kilobytes
MAX_SIDE = 10_000  # pixels: a cover logo is a few hundred; larger is a photograph or a damaged file
PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"
_PNG_SIZE = struct.Struct(">II")
# JPEG markers that start a frame and give its size (SOF0..SOF15 but DHT, JPG and DAC)
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def logo_findings(folder: Path, instansi: Instansi | None) -> list[Finding]:
    """A warning when the logo named in the Profil cannot be put on the cover; nothing when it can, or
    when none is named."""
    if instansi is None or instansi.profil is None or not instansi.profil.logo:
        return []
    name = instansi.profil.logo
    problem = _problem(folder, name)
    if problem is None:
        return []
    return [
        finding(
            FILE_LOGO,
            instansi.profil.src.ref("logo"),
            f"Berkas logo \u201c{name}\u201d {problem}. Laporan disusun tanpa logo sampai berkasnya "
            "diperbaiki.",
        )
    ]


@dataclass(frozen=True)
class Logo:
    """A logo the cover can take: the image's bytes (PNG or JPEG) and its size in pixels."""

    data: bytes
    width: int
    height: int


def logo_image(folder: Path, name: str) -> Logo | None:
    """The logo the Profil names, read for the cover; None when it cannot be used (logo_findings says
    why, at the Profil's cell)."""
    if _problem(folder, name) is not None:
        return None
    try:
        with (folder / name).open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError:
        return None
    size = _png_size(data) if data.startswith(PNG) else _jpeg_size(data)
    if _image_problem(data) is not None or size is None:
        return None
    return Logo(data, *size)


def _problem(folder: Path, name: str) -> str | None:
    if any(mark in name for mark in ("/", "\\", "\0")) or name in (".", ".."):
        return (
            "harus ditulis sebagai nama berkas saja, tanpa nama folder. Letakkan berkasnya di folder "
            "masukan bersama workbook, lalu tulis namanya saja (mis. logo.png)"
        )
    path = folder / name
    try:
        info = path.stat()
    except FileNotFoundError:
        return _absent(folder, name)
    except OSError as exc:
        return f"tidak dapat dibuka ({exc.strerror or type(exc).__name__}). Periksa izin berkas itu"
    if not stat.S_ISREG(info.st_mode):
        return "bukan berkas gambar biasa (mungkin folder atau pintasan). Letakkan berkas PNG atau JPEG-nya"
    if info.st_size == 0:
        return "kosong (0 byte), mungkin gagal tersalin. Salin ulang berkas logonya"
    if info.st_size > MAX_BYTES:
        return (
            f"berukuran {ukuran_berkas(info.st_size)}, melebihi batas {ukuran_berkas(MAX_BYTES)} untuk "
            "logo. Simpan ulang gambarnya dengan ukuran lebih kecil"
        )
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        return f"tidak dapat dibaca ({exc.strerror or type(exc).__name__}). Periksa izin berkas itu"
    return _image_problem(data)


def _absent(folder: Path, name: str) -> str:
    try:
        alike = [p.name for p in folder.iterdir() if p.name.casefold() == name.casefold()]
    except OSError:
        alike = []
    if alike:
        return (
            f"tidak ada di folder masukan; yang ada \u201c{shown_name(alike[0])}\u201d. Samakan penulisan "
            "nama berkas di lembar Profil, termasuk huruf besar dan kecilnya"
        )
    return "tidak ada di folder masukan. Salin berkas logonya ke folder itu, atau kosongkan sel ini"


def _image_problem(data: bytes) -> str | None:
    if data.startswith(PNG):
        size = _png_size(data)
    elif data.startswith(JPEG):
        size = _jpeg_size(data)
    else:
        return (
            "bukan gambar PNG atau JPEG (isinya tidak dikenali). Simpan ulang logonya sebagai PNG atau JPEG"
        )
    if size is None:
        return "rusak: ukuran gambarnya tidak dapat dibaca. Simpan ulang logonya dari berkas aslinya"
    width, height = size
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        return (
            f"berukuran {angka(width)} × {angka(height)} piksel, di luar batas 1 sampai "
            f"{angka(MAX_SIDE)} piksel per sisi. Simpan ulang logonya dengan ukuran wajar (mis. 600 × 600 "
            "piksel)"
        )
    return None


def _png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the IHDR chunk, which a PNG begins with."""
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = _PNG_SIZE.unpack_from(data, 16)
    return int(width), int(height)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the first frame header, walking the markers from the start."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if marker in _SOF:
            if length < 7 or at + 9 > len(data):
                return None
            height = int.from_bytes(data[at + 5 : at + 7], "big")
            width = int.from_bytes(data[at + 7 : at + 9], "big")
            return width, height
        if length < 2:
            return None
        at += 2 + length
    return None
