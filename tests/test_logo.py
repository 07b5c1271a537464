"""The logo the Profil names is checked in the input folder, whatever the file is: a warning at the cell
(the report is then made without it), never an error, a hang or a traceback."""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path

import pytest

from tests.helpers import edit_cells

LOGO_CELL = "B21"  # Profil › Berkas Logo


def png(width: int = 64, height: int = 64) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" + b"\xff\x00\x00" * width)  # one row is enough for the header check
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def jpeg(width: int = 300, height: int = 200) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"


def _logo(run, folder: Path, name: str) -> list[dict[str, str]]:
    edit_cells(folder / "00-instansi.xlsx", "Profil", {LOGO_CELL: name})
    result = run("validate", folder, "--format", "json")
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    found = json.loads(result.output)
    assert not [f for f in found if f["file"] == name], found  # never told as a stray file
    return [f for f in found if f["code"] == "file.logo"]


@pytest.mark.parametrize("image", [png(), jpeg(), png(10_000, 1)], ids=["png", "jpeg", "sisi-terpanjang"])
def test_a_png_or_jpeg_logo_is_taken(run, jambi_copy, image):
    (jambi_copy / "logo.png").write_bytes(image)
    assert _logo(run, jambi_copy, "logo.png") == []


def _broken(folder: Path, kind: str) -> str:
    """Puts the file a case needs into the folder and gives the name typed in the Profil."""
    target = folder / "logo.png"
    if kind == "berkas-teks":
        target.write_bytes(b"bukan gambar\n")
    elif kind == "png-terpotong":
        target.write_bytes(png()[:20])
    elif kind == "png-raksasa":
        target.write_bytes(png(20_000, 20_000))
    elif kind == "jpeg-tanpa-ukuran":
        target.write_bytes(b"\xff\xd8\xff\xe0\x00\x02\xff\xd9")
    elif kind == "nol-byte":
        target.write_bytes(b"")
    elif kind == "terlalu-besar":
        with target.open("wb") as fh:
            fh.write(png())
            fh.truncate(6 * 1024 * 1024)
    elif kind == "folder":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "pintasan-ke-perangkat":
        target.symlink_to("/dev/zero")
    elif kind == "huruf-besar":
        (folder / "Logo.PNG").write_bytes(png())
    elif kind == "dengan-folder":
        return "gambar/logo.png"
    return "logo.png"


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("tidak-ada", "tidak ada di folder masukan. Salin berkas logonya"),
        ("huruf-besar", "tidak ada di folder masukan; yang ada \u201cLogo.PNG\u201d"),
        ("dengan-folder", "harus ditulis sebagai nama berkas saja, tanpa nama folder"),
        ("berkas-teks", "bukan gambar PNG atau JPEG"),
        ("png-terpotong", "rusak: ukuran gambarnya tidak dapat dibaca"),
        ("jpeg-tanpa-ukuran", "rusak: ukuran gambarnya tidak dapat dibaca"),
        ("png-raksasa", "berukuran 20.000 × 20.000 piksel, di luar batas 1 sampai 10.000 piksel"),
        ("nol-byte", "kosong (0 byte)"),
        ("terlalu-besar", "berukuran 6,0 MB, melebihi batas 5,0 MB untuk logo"),
        ("folder", "bukan berkas gambar biasa"),
        ("fifo", "bukan berkas gambar biasa"),
        ("pintasan-ke-perangkat", "bukan berkas gambar biasa"),
    ],
)
def test_a_logo_that_cannot_be_used_is_a_warning_at_its_cell(run, jambi_copy, kind, said):
    name = _broken(jambi_copy, kind)
    (found,) = _logo(run, jambi_copy, name)
    assert (found["severity"], found["file"], found["sheet"], found["cell"]) == (
        "warning",
        "00-instansi.xlsx",
        "Profil",
        LOGO_CELL,
    )
    assert found["message"].startswith(f"Berkas logo \u201c{name}\u201d ") and said in found["message"]
    assert found["message"].endswith("Laporan disusun tanpa logo sampai berkasnya diperbaiki.")


def test_no_logo_named_is_no_finding_and_an_image_beside_is_a_stray_file(run, jambi_copy):
    (jambi_copy / "logo.png").write_bytes(png())
    result = run("validate", jambi_copy, "--format", "json")
    codes = {(f["code"], f["file"]) for f in json.loads(result.output)}
    assert ("file.skipped", "logo.png") in codes and not any(c == "file.logo" for c, _ in codes)
