"""Where a command may write. Nothing a user made is ever lost to an lkj command, mistyped or not:

- never over one of the command's own inputs, nor anywhere inside an input folder (paths compared as the
  system sees them: symlinks resolved, and files and folders by device and inode, so a hard link or
  another spelling of the same folder is caught);
- only to a regular file: a folder, a device (/dev/null), a FIFO or a socket is refused;
- over an existing file only when lkj wrote it as the same kind of output and nobody has saved it since,
  or when the user says so (--ganti).

How lkj knows its own outputs. Each mark is one that an editor replaces when it saves the file, so a
report someone edited is never replaced without --ganti:
- a report: the document property 'last modified by' (docProps/core.xml, cp:lastModifiedBy) is 'lkj'
  (Word and LibreOffice write the editor's name there when they save);
- a redline: the same property is 'lkj diff';
- an annotated copy of a workbook: the same property is 'lkj validate' (Excel and Calc alike);
- a kertas kerja reviu: the same property is 'lkj periksa' (once a reviewer saves their conclusions in
  it, it is theirs and never replaced without --ganti);
- a Catatan Penyusunan work list (`lkj build --catatan-xlsx`): the same property is 'lkj catatan' (once
  a bidang saves its follow-up in it, it is theirs);
- a PDF: the comment line '%lkj laporan' just before its final startxref (a PDF editor rewrites the end
  of the file or appends an update after it);
- an HTML page: <meta name="generator" content="lkj diff"> in its head.
Blank workbooks (`lkj templates`) carry no mark: an existing workbook is never replaced without --ganti.
"""

from __future__ import annotations

import html
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lkj.write import WriteProblem, blocked, not_a_folder

REPORT_BY = "lkj"
REDLINE_BY = "lkj diff"
ANNOTATED_BY = "lkj validate"
KERTAS_KERJA_BY = "lkj periksa"
CATATAN_BY = "lkj catatan"
PDF_MARK = b"%lkj laporan"
HTML_MARK = '<meta name="generator" content="lkj diff">'
CORE = "docProps/core.xml"
CORE_LIMIT = 1 << 20  # bytes: a core properties part is a few hundred
_PDF_END = re.compile(rb"startxref\s+\d+\s+%%EOF\s*\Z")
_MODIFIED_BY = re.compile(rb"<(?:[\w.-]+:)?lastModifiedBy(?:\s[^>]*)?>([^<]*)</")
FORCE = "--ganti"
# what zipfile raises on a file that is not a zip, a damaged or encrypted one, or one compressed in a way
# it lacks: none of them is lkj's
_NOT_READABLE = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    KeyError,
    ValueError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
)


@dataclass(frozen=True)
class Kind:
    """A kind of output: what it is called in messages, the name endings it may have, and how lkj
    recognises one it wrote (None: an existing file is never replaced without --ganti)."""

    noun: str
    suffixes: tuple[str, ...]
    owned: Callable[[Path], bool] | None


def _modified_by(path: Path) -> str | None:
    """The 'last modified by' property of an Office document (None when it is not one, or has none)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(CORE)
            if info.file_size > CORE_LIMIT:
                return None
            data = archive.read(info)
    except _NOT_READABLE:
        return None
    found = _MODIFIED_BY.search(data)
    return html.unescape(found.group(1).decode("utf-8", "replace")).strip() if found else None


def _pdf_marked(path: Path) -> bool:
    with open(path, "rb") as pdf:
        pdf.seek(max(0, os.fstat(pdf.fileno()).st_size - 1024))
        tail = pdf.read()
    end = _PDF_END.search(tail)
    return end is not None and tail[: end.start()].rstrip(b"\r\n").endswith(b"\n" + PDF_MARK)


def _html_marked(path: Path) -> bool:
    with open(path, "rb") as page:
        return HTML_MARK.encode() in page.read(4096)


def mark_pdf(data: bytes) -> bytes:
    """The PDF with lkj's mark: a comment line, which every reader skips, before its final startxref."""
    end = _PDF_END.search(data, max(0, len(data) - 1024))
    return data if end is None else data[: end.start()] + PDF_MARK + b"\n" + data[end.start() :]


REPORT = Kind("laporan yang ditulis lkj", (".docx",), lambda p: _modified_by(p) == REPORT_BY)
REDLINE = Kind("dokumen redline yang ditulis lkj", (".docx",), lambda p: _modified_by(p) == REDLINE_BY)
ANNOTATED = Kind("salinan bercatatan yang ditulis lkj", (), lambda p: _modified_by(p) == ANNOTATED_BY)
KERTAS_KERJA = Kind(
    "kertas kerja reviu yang ditulis lkj", (".xlsx",), lambda p: _modified_by(p) == KERTAS_KERJA_BY
)
CATATAN = Kind(
    "daftar kerja Catatan Penyusunan yang ditulis lkj", (".xlsx",), lambda p: _modified_by(p) == CATATAN_BY
)
PDF = Kind("PDF laporan yang ditulis lkj", (".pdf",), _pdf_marked)
HTML = Kind("halaman perubahan yang ditulis lkj", (), _html_marked)
BLANK = Kind("workbook kosong", (".xlsx",), None)


def check(
    targets: Iterable[tuple[Path | None, Kind]], inputs: Iterable[Path | None] = (), replace: bool = False
) -> None:
    """Refuse (WriteProblem, every refusal told at once) to write the outputs of one command, each with
    its kind (None: not asked for), where one would destroy something (see the module) or two would be
    the same file. `replace`: the user's --ganti."""
    known = _Inputs.of([given for given in inputs if given is not None])
    problems: list[str] = []
    seen: list[Path] = []
    for target, kind in targets:
        if target is None:
            continue
        if any(_same_place(target, other) for other in seen):
            problems.append(f"Dua keluaran menunjuk berkas yang sama ('{target}'); beri nama yang berbeda.")
        seen.append(target)
        problem = _refusal(target, kind, known, replace)
        if problem:
            problems.append(problem)
    refuse(problems, "berkas keluaran tidak dapat ditulis")


def refuse(problems: list[str], many: str) -> None:
    """Raise WriteProblem telling every problem, if any: the one, or how `many` there are and each."""
    if len(problems) == 1:
        raise WriteProblem(problems[0])
    if problems:
        raise WriteProblem(
            f"{len(problems)} {many}; tidak ada yang ditulis:\n" + "\n".join(f"  - {p}" for p in problems)
        )


def check_folder(folder: Path, inputs: Sequence[Path]) -> None:
    """Refuse an output folder that is an input folder or lies inside one."""
    problem = _Inputs.of(inputs).hit(folder)
    if problem:
        raise WriteProblem(problem)


def _refusal(target: Path, kind: Kind, inputs: _Inputs, replace: bool) -> str | None:
    """Why `target` may not be written (None: it may)."""
    hit = inputs.hit(target)
    if hit:
        return hit
    blocking = not_a_folder(target)
    if blocking is not None:
        return blocked(target, blocking)
    found = _stat(target)
    if found is not None and stat.S_ISDIR(found.st_mode):
        return f"'{target}' adalah folder, bukan berkas. Sebutkan nama berkas keluaran."
    if found is not None and not stat.S_ISREG(found.st_mode):
        return (
            f"'{target}' bukan berkas biasa (melainkan perangkat, FIFO atau soket); lkj hanya menulis ke "
            "berkas biasa. Pilih nama berkas lain."
        )
    if kind.suffixes and target.suffix.casefold() not in kind.suffixes:
        return f"Nama berkas keluaran '{target}' harus berakhiran {' atau '.join(kind.suffixes)}."
    if found is None and os.path.islink(target):
        return (
            f"'{target}' adalah pintasan (symlink) ke '{os.readlink(target)}', yang tidak ada. Berikan nama "
            "berkas biasa sebagai keluaran, atau buat dulu berkas tujuan pintasan itu."
        )
    if found is None:
        return None
    if replace or (kind.owned is not None and _owned(kind, target)):
        return None
    if kind.owned is None:
        return (
            f"'{target}' sudah ada dan tidak ditimpa. Pindahkan berkas itu, pilih folder lain, atau "
            f"tambahkan {FORCE} untuk menggantinya."
        )
    return (
        f"'{target}' sudah ada dan bukan {kind.noun} (atau sudah diubah sesudah ditulis lkj), sehingga "
        f"tidak ditimpa. Pilih nama lain, pindahkan berkas itu, atau tambahkan {FORCE} bila memang boleh "
        "ditimpa."
    )


def _same_place(a: Path, b: Path) -> bool:
    return a.parent.resolve() / a.name == b.parent.resolve() / b.name


def _owned(kind: Kind, target: Path) -> bool:
    assert kind.owned is not None
    try:
        return kind.owned(target)
    except OSError:
        return False


@dataclass(frozen=True)
class _Inputs:
    """A command's inputs as the system knows them: files and folders by device and inode."""

    files: dict[tuple[int, int], Path]
    folders: dict[tuple[int, int], Path]

    @classmethod
    def of(cls, inputs: Sequence[Path]) -> _Inputs:
        known = cls({}, {})
        for given in inputs:
            found = _stat(given)
            if found is None:
                continue
            if stat.S_ISDIR(found.st_mode):
                known.folders[_identity(found)] = given
                known.files.update(_folder_files(given))
            else:
                known.files[_identity(found)] = given
        return known

    def hit(self, target: Path) -> str | None:
        """The refusal when `target` is one of the inputs, or lies inside an input folder."""
        found = _stat(target)
        if found is not None and _identity(found) in self.files:
            return (
                f"'{target}' adalah masukan perintah ini ('{self.files[_identity(found)]}'); lkj tidak "
                "pernah menimpa masukannya. Pilih nama berkas keluaran lain, di luar folder masukan."
            )
        folder = target.parent.resolve()
        for ancestor in (target, folder, *folder.parents):
            found = _stat(ancestor)
            if found is not None and _identity(found) in self.folders:
                given = self.folders[_identity(found)]
                if ancestor is not target:
                    where = f"berada di dalam folder masukan '{given}'"
                elif target == given:
                    where = "adalah folder masukan perintah ini"
                else:
                    where = f"adalah folder masukan perintah ini ('{given}')"
                return (
                    f"'{target}' {where}; lkj tidak menulis ke folder masukan. Pilih berkas atau folder "
                    "keluaran di luar folder itu."
                )
        return None


def _folder_files(folder: Path) -> dict[tuple[int, int], Path]:
    """The files directly in an input folder (the reader reads no subfolder), by device and inode."""
    out: dict[tuple[int, int], Path] = {}
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return out
    for entry in entries:
        found = _stat(Path(entry.path))
        if found is not None and not stat.S_ISDIR(found.st_mode):
            out[_identity(found)] = Path(entry.path)
    return out


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):  # missing, a dangling link, a loop, a name the system cannot take
        return None


def _identity(found: os.stat_result) -> tuple[int, int]:
    return found.st_dev, found.st_ino
