"""Which files of an input folder are workbooks to read; every other file gets a clear finding."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lkj.findings import Finding, finding
from lkj.indonesian import ukuran_berkas
from lkj.model import CellRef
from lkj.write import TEMP_PREFIX

MAX_BYTES = 20 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


@dataclass(frozen=True)
class Candidate:
    path: Path
    name: str  # file name as shown in findings


def discover(folder: Path) -> tuple[list[Candidate], list[Finding]]:
    candidates: list[Candidate] = []
    out: list[Finding] = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name.casefold()):
        checked = _check(path, out)
        if checked is not None:
            candidates.append(checked)
    return candidates, out


def _where(name: str) -> CellRef:
    return CellRef(name, "", "")


def _check(path: Path, out: list[Finding]) -> Candidate | None:
    name = path.name
    suffix = path.suffix.casefold()
    if name.startswith(TEMP_PREFIX):
        # lkj's own: a file being written beside its place (lkj.write) or the state folder of `lkj web`
        # (.lkj-web); neither is anything staff put there, so neither is told about
        return None
    if path.is_dir():
        out.append(
            finding(
                "file.skipped",
                _where(name),
                "Subfolder dilewati; letakkan semua workbook langsung di folder masukan.",
            )
        )
        return None
    if name.startswith("~$"):
        out.append(
            finding(
                "file.skipped",
                _where(name),
                "Berkas kunci Excel (~$) dilewati; berkas ini muncul selama workbook terbuka di Excel.",
            )
        )
        return None
    if name.startswith(".") or suffix not in (".xlsx", ".xlsm", ".xls", ".ods"):
        out.append(finding("file.skipped", _where(name), "Bukan workbook Excel (.xlsx); berkas dilewati."))
        return None
    if suffix in (".xls", ".ods"):
        kind = "Excel 97-2003 (.xls)" if suffix == ".xls" else "LibreOffice (.ods)"
        out.append(
            finding(
                "file.xls",
                _where(name),
                f"Workbook berformat {kind} tidak dapat dibaca. Buka "
                "berkas ini lalu simpan sebagai Excel Workbook (.xlsx).",
            )
        )
        return None
    return _check_workbook(path, out)


def _check_workbook(path: Path, out: list[Finding]) -> Candidate | None:
    name = path.name
    size = path.stat().st_size
    if size == 0:
        out.append(
            finding(
                "file.empty",
                _where(name),
                "Berkas kosong (0 byte), mungkin gagal tersalin. Salin ulang workbook aslinya.",
            )
        )
        return None
    if size > MAX_BYTES:
        out.append(
            finding(
                "file.too-large",
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
        _report_ole(path, out)
        return None
    if not head.startswith(ZIP_MAGIC):
        out.append(
            finding(
                "file.corrupt",
                _where(name),
                "Berkas bukan workbook .xlsx yang utuh (isinya tidak "
                "dikenali). Salin ulang dari pengirim atau simpan ulang dari Excel.",
            )
        )
        return None
    if path.suffix.casefold() == ".xlsm":
        out.append(
            finding(
                "file.xlsm",
                _where(name),
                "Workbook bermakro (.xlsm) tetap dibaca, tetapi makronya "
                "tidak dijalankan. Simpan sebagai Excel Workbook (.xlsx) untuk pengiriman berikutnya.",
            )
        )
    return Candidate(path, name)


def _report_ole(path: Path, out: list[Finding]) -> None:
    data = path.read_bytes()
    if ENCRYPTION_STREAM in data:
        out.append(
            finding(
                "file.encrypted",
                _where(path.name),
                "Workbook dilindungi kata sandi pembuka "
                "sehingga tidak dapat dibaca. Buka dengan kata sandinya, hapus kata sandi (File › "
                "Info › Protect Workbook), lalu simpan ulang.",
            )
        )
    else:
        out.append(
            finding(
                "file.xls",
                _where(path.name),
                "Berkas ini berformat Excel 97-2003 (.xls) walau "
                "namanya .xlsx. Buka lalu simpan sebagai Excel Workbook (.xlsx).",
            )
        )
