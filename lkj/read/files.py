"""Which files of an input folder are workbooks to read; every other file gets a clear finding.

A file that cannot be opened (a broken or looping link, no permission to read, a device or pipe named like
a workbook) is one finding about that file; the other workbooks are still read.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from lkj.errors import system_reason
from lkj.findings import Finding, finding, printable
from lkj.indonesian import ukuran_berkas
from lkj.model import CellRef
from lkj.read.rules import (
    FILE_CORRUPT,
    FILE_EMPTY,
    FILE_ENCRYPTED,
    FILE_LINK,
    FILE_NAME,
    FILE_SKIPPED,
    FILE_TOO_LARGE,
    FILE_UNREADABLE,
    FILE_XLS,
    FILE_XLSM,
)
from lkj.write import TEMP_PREFIX

MAX_BYTES = 20 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass(frozen=True)
class Candidate:
    path: Path
    name: str  # file name as shown in findings (shown_name)


def shown_name(name: str) -> str:
    """A file name as findings show it: bytes that are not UTF-8 written as \\xff, and characters that
    cannot be printed as \\x07 or \\u202e, so that every message and the JSON output are valid text."""
    return printable(os.fsencode(name).decode("utf-8", "backslashreplace"))


def entries(folder: Path) -> dict[str, Path]:
    """The folder's entries by the name findings show (lkj.xlsx.annotate finds a workbook back by it;
    two names shown alike, one not UTF-8, are both read but only one is found back)."""
    return {shown_name(path.name): path for path in folder.iterdir()}


def discover(folder: Path) -> tuple[list[Candidate], list[Finding]]:
    candidates: list[Candidate] = []
    out: list[Finding] = []
    shown = [(shown_name(path.name), path) for path in folder.iterdir()]
    for name, path in sorted(shown, key=lambda item: item[0].casefold()):
        checked = _check(path, name, out)
        if checked is not None:
            candidates.append(checked)
    return candidates, out


def _where(name: str) -> CellRef:
    return CellRef(name, "", "")


def _check(path: Path, name: str, out: list[Finding]) -> Candidate | None:
    if name.startswith(TEMP_PREFIX):
        # lkj's own: a file being written beside its place (lkj.write) or the state folder of `lkj web`
        # (.lkj-web); neither is anything staff put there, so neither is told about
        return None
    if name.startswith("~$"):
        out.append(
            finding(
                FILE_SKIPPED,
                _where(name),
                "Berkas kunci Excel (~$) dilewati; berkas ini muncul selama workbook terbuka di Excel.",
            )
        )
        return None
    suffix = path.suffix.casefold()
    workbook = not name.startswith(".") and suffix in WORKBOOK_SUFFIXES
    try:
        info = path.stat()
    except OSError as exc:
        out.append(unopenable(path, name, exc) if workbook else _not_a_workbook(name))
        return None
    if stat.S_ISDIR(info.st_mode):
        shape = " bernama seperti workbook" if workbook else ""
        out.append(
            finding(
                FILE_SKIPPED,
                _where(name),
                f"Subfolder{shape} dilewati; letakkan semua workbook langsung di folder masukan, "
                "masing-masing sebagai satu berkas.",
            )
        )
        return None
    if not workbook:
        out.append(_not_a_workbook(name))
        return None
    if suffix in (".xls", ".ods"):
        kind = "Excel 97-2003 (.xls)" if suffix == ".xls" else "LibreOffice (.ods)"
        out.append(
            finding(
                FILE_XLS,
                _where(name),
                f"Workbook berformat {kind} tidak dapat dibaca. Buka "
                "berkas ini lalu simpan sebagai Excel Workbook (.xlsx).",
            )
        )
        return None
    if not stat.S_ISREG(info.st_mode):
        out.append(
            finding(
                FILE_UNREADABLE,
                _where(name),
                "Ini bukan berkas biasa (melainkan perangkat, pipa atau soket) walau namanya seperti "
                "workbook; tidak dibaca. Letakkan workbook yang sebenarnya di folder masukan.",
            )
        )
        return None
    try:
        candidate = _check_workbook(path, name, info.st_size, out)
    except OSError as exc:
        out.append(unopenable(path, name, exc))
        return None
    if candidate is not None and name != path.name:  # told of a workbook that is read, and only then
        out.append(
            finding(
                FILE_NAME,
                _where(name),
                "Nama berkas memuat karakter yang tidak dapat ditampilkan (di sini ditulis dengan kode "
                "seperti \\xff); isinya tetap dibaca. Ganti nama berkas dengan huruf, angka dan tanda "
                "hubung biasa.",
            )
        )
    return candidate


def _not_a_workbook(name: str) -> Finding:
    return finding(FILE_SKIPPED, _where(name), "Bukan workbook Excel (.xlsx); berkas dilewati.")


def unopenable(path: Path, name: str, exc: OSError) -> Finding:
    """A workbook's name that cannot be opened: a link to nothing or to itself, or no permission."""
    if exc.errno == errno.ELOOP:
        return finding(
            FILE_LINK,
            _where(name),
            "Berkas ini pintasan (symlink) yang menunjuk ke dirinya sendiri atau berputar, sehingga tidak "
            "dapat dibuka. Hapus pintasan itu dan salin workbook aslinya ke folder masukan.",
        )
    target = _link_target(path) if exc.errno == errno.ENOENT else None
    if target is not None:
        return finding(
            FILE_LINK,
            _where(name),
            f"Berkas ini pintasan (symlink) ke '{target}', yang tidak ada. Salin workbook aslinya ke "
            "folder masukan sebagai pengganti pintasan ini.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        reason = "izin membaca berkas ini ditolak"
    else:
        reason = f"sistem berkas menolak membukanya ({system_reason(exc)})"
    return finding(
        FILE_UNREADABLE,
        _where(name),
        f"Workbook tidak dapat dibuka: {reason}. Periksa izin berkas, atau salin ulang workbook ini ke "
        "folder masukan.",
    )


def _link_target(path: Path) -> str | None:
    try:
        return shown_name(os.readlink(path))
    except OSError:  # not a link (or no longer there)
        return None


def _check_workbook(path: Path, name: str, size: int, out: list[Finding]) -> Candidate | None:
    if size == 0:
        out.append(
            finding(
                FILE_EMPTY,
                _where(name),
                "Berkas kosong (0 byte), mungkin gagal tersalin. Salin ulang workbook aslinya.",
            )
        )
        return None
    if size > MAX_BYTES:
        out.append(
            finding(
                FILE_TOO_LARGE,
                _where(name),
                f"Berkas berukuran {ukuran_berkas(size)}, melebihi "
                f"batas {ukuran_berkas(MAX_BYTES)} untuk satu workbook. Hapus gambar atau lembar lain "
                "yang tidak diperlukan, lalu simpan ulang.",
            )
        )
        return None
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(OLE_MAGIC):
        _report_ole(path, name, out)
        return None
    if not head.startswith(ZIP_MAGIC):
        out.append(
            finding(
                FILE_CORRUPT,
                _where(name),
                "Berkas bukan workbook .xlsx yang utuh (isinya tidak "
                "dikenali). Salin ulang dari pengirim atau simpan ulang dari Excel.",
            )
        )
        return None
    if path.suffix.casefold() == ".xlsm":
        out.append(
            finding(
                FILE_XLSM,
                _where(name),
                "Workbook bermakro (.xlsm) tetap dibaca, tetapi makronya "
                "tidak dijalankan. Simpan sebagai Excel Workbook (.xlsx) untuk pengiriman berikutnya.",
            )
        )
    return Candidate(path, name)


def _report_ole(path: Path, name: str, out: list[Finding]) -> None:
    data = path.read_bytes()
    if ENCRYPTION_STREAM in data:
        out.append(
            finding(
                FILE_ENCRYPTED,
                _where(name),
                "Workbook dilindungi kata sandi pembuka "
                "sehingga tidak dapat dibaca. Buka dengan kata sandinya, hapus kata sandi (File › "
                "Info › Protect Workbook), lalu simpan ulang.",
            )
        )
    else:
        out.append(
            finding(
                FILE_XLS,
                _where(name),
                "Berkas ini berformat Excel 97-2003 (.xls) walau "
                "namanya .xlsx. Buka lalu simpan sebagai Excel Workbook (.xlsx).",
            )
        )
