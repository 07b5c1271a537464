"""A zip package (a .docx here; written to serve .xlsx as well) opened whatever the file holds. A path that
is not a regular file, a file that is not a zip (a .doc, a PDF, a renamed text file), a truncated or
encrypted one, a bomb, or a member whose header lies about its size is one PackageProblem whose text names
the file and says what is wrong; never an exception from zipfile or zlib, never more memory than the limits.

The limits are checked before anything is inflated: the file's size; the member count, by walking the
central directory's headers before zipfile makes an object of each; each member's inflated size and ratio,
and their total, from the central directory. They hold while inflating too: a member is read asking for
no more than its declared size, which zipfile passes to zlib as max_length, so a header that understates
the size gives a CRC error after that many bytes, not gigabytes.
"""

from __future__ import annotations

import errno
import os
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lkj.errors import system_reason
from lkj.indonesian import angka, ukuran_berkas

MIB = 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF-"
_END = b"PK\x05\x06"  # the end of central directory record; an empty zip is only this
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"
_CENTRAL = b"PK\x01\x02"  # a central directory entry
_AGAIN = "Salin ulang berkas aslinya, atau buka lalu simpan ulang."

# Streams that say what an OLE (Office 97-2003 container) file is; the first found wins.
_OLE_KINDS = {
    "EncryptedPackage": "dilindungi kata sandi pembuka sehingga tidak dapat dibaca. Buka dengan kata "
    "sandinya, hapus kata sandi (File › Info), lalu simpan ulang",
    "WordDocument": "berformat Word 97-2003 (.doc). Buka di Word lalu simpan sebagai Word Document (.docx)",
    "Workbook": "berformat Excel 97-2003 (.xls). Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx)",
}


@dataclass(frozen=True)
class Limits:
    """Bounds on one package. `ratio` (inflated ÷ compressed size) applies to members inflating to more
    than `ratio_from` bytes: below that no ratio costs anything worth refusing a file for."""

    members: int
    member_size: int
    total_size: int
    ratio: int
    ratio_from: int = MIB


class PackageProblem(Exception):
    """The package cannot be read; `str()` names the file and says what is wrong, in Bahasa Indonesia."""


class Package:
    """A zip package whose limits have been checked (open_package); a context manager."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, handle: BinaryIO) -> None:
        self.path = path
        self._archive = archive
        self._handle = handle

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_: object) -> None:
        self._archive.close()
        self._handle.close()

    def __contains__(self, name: str) -> bool:
        return name in self._archive.NameToInfo

    @property
    def names(self) -> list[str]:
        return self._archive.namelist()

    def read(self, name: str) -> bytes:
        """A member's bytes; never more than its declared size is inflated (see the module)."""
        info = self._archive.getinfo(name)
        try:
            with self._archive.open(info) as member:
                data = member.read(info.file_size)
        except zipfile.BadZipFile as exc:
            detail = "isinya tidak cocok dengan CRC-nya" if "CRC" in str(exc) else "header-nya rusak"
            raise self._damaged(name, detail) from exc
        except zlib.error as exc:
            raise self._damaged(name, "data mampatnya rusak") from exc
        except EOFError as exc:
            raise self._damaged(name, "terpotong") from exc
        except RuntimeError as exc:  # zipfile: "File … is encrypted, password required"
            raise self._damaged(name, "terkunci dengan kata sandi ZIP") from exc
        except NotImplementedError as exc:
            raise self._damaged(name, "dimampatkan dengan cara yang tidak dikenal") from exc
        except OSError as exc:
            raise PackageProblem(f"'{self.path}' tidak dapat dibaca ({system_reason(exc)}).") from exc
        if len(data) != info.file_size:
            raise self._damaged(name, "terpotong")
        return data

    def _damaged(self, name: str, detail: str) -> PackageProblem:
        return PackageProblem(f"'{self.path}': bagian {shown(name)} rusak ({detail}). {_AGAIN}")


def shown(name: str) -> str:
    """A member's name as a message shows it: control characters escaped (a name is whatever the zip
    says, terminal escapes included), at most 200 characters."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)
    return text if len(text) <= 200 else text[:199] + "…"


def unreachable(path: Path) -> str | None:
    """Why `path` cannot be reached (missing, a broken or looping link, no permission), or None."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        if os.path.islink(path):
            return f"'{path}' adalah tautan simbolik ke '{os.readlink(path)}', yang tidak ada."
        return f"'{path}' tidak ditemukan."
    except PermissionError:
        return f"'{path}' tidak dapat diakses: izin ditolak. Periksa hak akses foldernya."
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"'{path}' adalah tautan simbolik yang berputar (akhirnya menunjuk ke dirinya sendiri)."
        return f"'{path}' tidak dapat diakses ({system_reason(exc)})."
    return None


def open_package(path: Path, limits: Limits, expected: str) -> Package:
    """Open `path` as a zip package within `limits`; `expected` names what it should be in messages
    ("dokumen Word (.docx)")."""
    handle, size = _open_regular(path)
    try:
        if size > limits.total_size:  # a member is stored no larger than it inflates (give or take bytes)
            raise PackageProblem(
                f"'{path}' berukuran {ukuran_berkas(size)}, melebihi batas "
                f"{ukuran_berkas(limits.total_size)}."
            )
        _recognise(path, handle, expected)
        directory = _central_directory(handle)
        if directory is None:
            raise PackageProblem(
                f"'{path}' terpotong: akhir arsip ZIP-nya tidak ada, mungkin gagal tersalin atau terunduh. "
                "Salin ulang berkas aslinya."
            )
        if _entries(handle, *directory, limits.members) > limits.members:
            raise PackageProblem(
                f"'{path}' memuat lebih dari {angka(limits.members)} bagian, batas untuk {expected}."
            )
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise PackageProblem(
                f"'{path}' rusak: daftar isi arsip ZIP-nya tidak dapat dibaca. {_AGAIN}"
            ) from exc
        try:
            _check_sizes(path, archive.infolist(), limits)
        except PackageProblem:
            archive.close()
            raise
    except BaseException:
        handle.close()
        raise
    return Package(path, archive, handle)


def _open_regular(path: Path) -> tuple[BinaryIO, int]:
    problem = unreachable(path)
    if problem is not None:
        raise PackageProblem(problem)
    if path.is_dir():
        raise PackageProblem(f"'{path}' adalah folder, bukan berkas.")
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; the type is checked just after
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except PermissionError as exc:
        raise PackageProblem(
            f"'{path}' tidak dapat dibaca: izin ditolak. Periksa hak akses berkasnya."
        ) from exc
    except OSError as exc:
        raise PackageProblem(f"'{path}' tidak dapat dibuka ({system_reason(exc)}).") from exc
    handle = os.fdopen(fd, "rb")
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        handle.close()
        what = "folder" if stat.S_ISDIR(info.st_mode) else "pipa, soket atau perangkat"
        raise PackageProblem(f"'{path}' bukan berkas biasa, melainkan {what}.")
    if info.st_size == 0:
        handle.close()
        raise PackageProblem(f"'{path}' kosong (0 byte), mungkin gagal tersalin. Salin ulang berkas aslinya.")
    return handle, info.st_size


def _recognise(path: Path, handle: BinaryIO, expected: str) -> None:
    """Refuse, by its first bytes, a file that is not a zip, saying what it is when that is known."""
    head = handle.read(512)
    if head.startswith((ZIP_MAGIC, _END)):
        return
    if head.startswith(OLE_MAGIC):
        streams = _ole_streams(handle)
        kind = next((text for name, text in _OLE_KINDS.items() if name in streams), None)
        old = f"berformat Office 97-2003 (OLE), bukan {expected}. Buka lalu simpan dalam format baru"
        raise PackageProblem(f"'{path}' {kind or old}.")
    if head.startswith(PDF_MAGIC):
        raise PackageProblem(f"'{path}' adalah berkas PDF, bukan {expected}.")
    if all(byte >= 0x20 or byte in b"\t\n\r\f" for byte in head):
        raise PackageProblem(
            f"'{path}' berisi teks biasa, bukan {expected}; mungkin berkas lain yang namanya diganti."
        )
    raise PackageProblem(
        f"'{path}' bukan {expected}: isinya bukan arsip ZIP, bentuk semua berkas Office (.docx, .xlsx). "
        "Mungkin berkas lain yang namanya diganti, atau berkasnya rusak."
    )


def _ole_streams(handle: BinaryIO) -> set[str]:
    """Which of the telling stream names the OLE file holds (they are stored in UTF-16), read a
    mebibyte at a time, not all at once."""
    encoded = {name: name.encode("utf-16-le") for name in _OLE_KINDS}
    found: set[str] = set()
    handle.seek(0)
    tail = b""
    while chunk := handle.read(MIB):
        window = tail + chunk
        found.update(name for name, code in encoded.items() if code in window)
        tail = window[-64:]
    return found


def _central_directory(handle: BinaryIO) -> tuple[int, int] | None:
    """Where the central directory starts and how long it is, found as zipfile finds it: from the end
    record, or the zip64 end record just before it. None when there is no end record."""
    size = handle.seek(0, os.SEEK_END)
    tail_size = min(size, 22 + 0xFFFF)  # the record, and a comment of at most 64 KiB
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_END)
    if at < 0 or tail_size - at < 22:
        return None
    end = size - tail_size + at
    (length,) = struct.unpack_from("<I", tail, at + 12)
    if at >= 20 and tail[at - 20 : at - 16] == _END64_LOCATOR:
        handle.seek(max(end - 76, 0))  # the zip64 record (56 bytes), then its locator (20)
        record = handle.read(56)
        if record.startswith(_END64):
            (length,) = struct.unpack_from("<Q", record, 40)
            end -= 76
    return end - length, length


def _entries(handle: BinaryIO, start: int, length: int, limit: int) -> int:
    """How many entries the central directory holds, counted up to limit + 1 by walking their headers as
    zipfile will (which makes one object per entry, whatever count the end record declares)."""
    handle.seek(max(start, 0))
    count = walked = 0
    while walked + 46 <= length and count <= limit:
        header = handle.read(46)
        if len(header) < 46 or not header.startswith(_CENTRAL):
            break  # a damaged directory, which zipfile refuses
        skip = sum(struct.unpack_from("<3H", header, 28))  # name, extra field, comment
        handle.seek(skip, os.SEEK_CUR)
        walked += 46 + skip
        count += 1
    return count


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    total = 0
    for info in infos:
        member = f"'{path}': bagian {shown(info.filename)}"
        if info.file_size > limits.member_size:
            raise PackageProblem(
                f"{member} mengembang menjadi {ukuran_berkas(info.file_size)}, melebihi batas "
                f"{ukuran_berkas(limits.member_size)} untuk satu bagian."
            )
        if info.file_size > limits.ratio_from and info.file_size > limits.ratio * info.compress_size:
            times = info.file_size // max(info.compress_size, 1)
            raise PackageProblem(
                f"{member} mengembang {angka(times)} kali ukuran mampatnya (batas {angka(limits.ratio)} "
                "kali). Berkas semacam ini dibuat untuk menghabiskan memori (bom zip); Word dan Excel "
                "tidak pernah menyimpannya."
            )
        total += info.file_size
    if total > limits.total_size:
        raise PackageProblem(
            f"'{path}': seluruh isinya mengembang menjadi {ukuran_berkas(total)}, melebihi batas "
            f"{ukuran_berkas(limits.total_size)}."
        )
