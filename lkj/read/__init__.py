"""Stage 1, read: every workbook of an input folder → one typed model of the year, plus findings.

`read_folder` never raises for bad data, nor for a workbook that cannot be opened (each is a finding);
it raises `NoInput` only when there is nothing it could read (no such folder, no workbook file in it, or
a folder it may not list), which the CLI turns into exit status 2.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lkj.errors import LkjError, system_reason
from lkj.findings import Finding, finding
from lkj.model import Bidang, CellRef, Dataset, Instansi
from lkj.parallel import Each, one_by_one
from lkj.read.build import build_bidang, build_instansi
from lkj.read.files import WORKBOOK_SUFFIXES, Candidate, discover, shown_name
from lkj.read.logo import logo_findings
from lkj.read.rules import (
    FILE_BIDANG_DUPLICATE,
    FILE_INSTANSI_DUPLICATE,
    FILE_INSTANSI_MISSING,
    FILE_SKIPPED,
    NOT_READ,
    RULES,
)
from lkj.read.settings import settings_of
from lkj.read.workbook import read_workbook, unexpected
from lkj.settings import Settings

__all__ = ["RULES", "NoInput", "Read", "ReadResult", "read_folder", "without_follow_ups"]


class NoInput(LkjError):
    """The folder cannot be read at all. `str()` is the message for the user."""


@dataclass(frozen=True)
class ReadResult:
    dataset: Dataset
    settings: Settings  # the instansi workbook's, or the regulation's defaults
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Book:
    """One workbook as the model: its instansi or its bidang."""

    name: str
    model: Instansi | Bidang


Read = tuple[Book | None, list[Finding]]  # a workbook as the model, or None, and its findings


def read_folder(folder: Path, each: Each = one_by_one) -> ReadResult:
    """Read every workbook of `folder`, each by `read_book`, as `each` has them read: one by one, unless
    the caller shares them with worker processes (lkj.pipeline)."""
    shown = shown_name(str(folder))
    if not folder.exists():
        raise NoInput(f"Folder '{shown}' tidak ditemukan.")
    if not folder.is_dir():
        raise NoInput(f"'{shown}' bukan folder. Berikan folder yang berisi workbook .xlsx.")
    try:
        if not any(_workbook_name(p) for p in folder.iterdir()):
            raise NoInput(
                f"Folder '{shown}' tidak berisi workbook Excel (.xlsx). Buat templat kosong dengan "
                "'lkj templates FOLDER' lalu isi."
            )
        candidates, findings = discover(folder)
    except OSError as exc:  # the folder itself: no permission to list it, or gone meanwhile
        raise NoInput(
            f"Folder '{shown}' tidak dapat dibaca ({system_reason(exc)}). Periksa izin folder itu."
        ) from exc
    books: list[Book] = []
    for book, found in each(read_book, candidates):
        findings.extend(found)
        if book is not None:
            books.append(book)
    instansi = _one_instansi(books, findings)
    bidang = _bidang(books, findings)
    if instansi is not None and instansi.profil is not None and instansi.profil.logo:
        logo = instansi.profil.logo  # the file the Profil names is not a stray one: no notice of it
        findings = [f for f in findings if not (f.code == FILE_SKIPPED.code and f.file == logo)]
        findings += logo_findings(folder, instansi)
    return ReadResult(Dataset(str(folder), instansi, bidang), settings_of(instansi), tuple(findings))


def without_follow_ups(read: ReadResult, later: Iterable[Finding]) -> tuple[Finding, ...]:
    """`later` findings (the rules', the year's) but those about a cell whose value the reader could not
    take: they would judge its stand-in, and contradict what the reader said of it ("Tanggal
    penandatanganan kosong" beside "berisi jam 08.30, bukan tanggal")."""
    codes = {rule.code for rule in NOT_READ}
    unread = {(f.file, f.sheet, f.cell) for f in read.findings if f.code in codes and f.cell}
    return tuple(f for f in later if (f.file, f.sheet, f.cell) not in unread)


def _workbook_name(path: Path) -> bool:
    """Named like a workbook and not a folder (a link to nothing counts: it is said what it is)."""
    return path.suffix.casefold() in WORKBOOK_SUFFIXES and not path.is_dir()


def read_book(candidate: Candidate) -> Read:
    """One workbook read and turned into the model, with its findings (in a worker process when there
    are many: what comes back is the model, not the cells). Whatever goes wrong with one workbook is
    a finding about it: the others are still read."""
    try:
        read, findings = read_workbook(candidate)
        if read is None:
            return None, findings
        build = build_instansi if read.spec.kind == "instansi" else build_bidang
        model, found = build(read)
        return Book(read.name, model), findings + found
    except Exception as exc:  # a workbook no check foresaw: said, not a crash of the whole folder
        return None, [unexpected(candidate.name, exc)]


def _one_instansi(books: list[Book], findings: list[Finding]) -> Instansi | None:
    found = [b for b in books if isinstance(b.model, Instansi)]
    if not found:
        findings.append(
            finding(
                FILE_INSTANSI_MISSING,
                None,
                "Folder tidak berisi workbook instansi (profil, "
                "sasaran, indikator, Perjanjian Kinerja). Tambahkan workbook instansi yang "
                "diisi Subbag Perencanaan.",
            )
        )
        return None
    for extra in found[1:]:
        findings.append(
            finding(
                FILE_INSTANSI_DUPLICATE,
                CellRef(extra.name, "", ""),
                f"Folder berisi lebih dari satu workbook instansi; yang dipakai adalah "
                f"'{found[0].name}'. Pindahkan workbook instansi lainnya keluar dari folder.",
            )
        )
    model = found[0].model
    assert isinstance(model, Instansi)
    return model


def _bidang(books: list[Book], findings: list[Finding]) -> tuple[Bidang, ...]:
    result: list[Bidang] = []
    seen: dict[str, str] = {}
    for book in books:
        bidang = book.model
        if not isinstance(bidang, Bidang):
            continue
        key = " ".join(bidang.nama.casefold().split())
        if bidang.identitas and key in seen:
            findings.append(
                finding(
                    FILE_BIDANG_DUPLICATE,
                    CellRef(book.name, "Identitas", ""),
                    f"Workbook ini dan '{seen[key]}' sama-sama untuk {bidang.nama}. Gabungkan "
                    "isinya ke satu workbook dan keluarkan yang lain dari folder.",
                )
            )
            continue
        seen[key] = book.name
        result.append(bidang)
    return tuple(result)
