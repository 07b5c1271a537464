"""Findings: what the reader and the validator tell a sub-coordinator, each pointing at a cell.

Every rule has a stable code and a fixed severity in `RULES`; code elsewhere never chooses a severity.
An error blocks the build; a warning is printed (and optionally annexed to the report); a notice is
information only (e.g. a stray file that was skipped).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from lkj.model import CellRef


class Severity(IntEnum):
    NOTICE = 0
    WARNING = 1
    ERROR = 2

    @property
    def key(self) -> str:
        return ("info", "warning", "error")[self]

    @property
    def label(self) -> str:
        return ("CATATAN", "PERINGATAN", "GALAT")[self]


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    title: str  # Bahasa Indonesia, for the rule catalogue in the docs


E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTICE

_CATALOGUE = (
    # files and folders
    Rule("file.skipped", N, "Berkas bukan workbook .xlsx dilewati"),
    Rule("file.empty", E, "Berkas kosong (0 byte)"),
    Rule("file.too-large", E, "Berkas terlalu besar"),
    Rule("file.corrupt", E, "Berkas rusak atau terpotong"),
    Rule("file.inflated", E, "Isi workbook terlalu besar setelah diurai"),
    Rule("file.unreadable", E, "Berkas tidak dapat dibuka"),
    Rule("file.link", E, "Pintasan (symlink) yang rusak"),
    Rule("file.name", W, "Nama berkas memuat karakter yang tidak dapat ditampilkan"),
    Rule("file.encrypted", E, "Workbook dilindungi kata sandi"),
    Rule("file.xls", E, "Format Excel lama (.xls)"),
    Rule("file.xlsm", W, "Workbook bermakro (.xlsm)"),
    Rule("file.unknown", E, "Workbook bukan templat lkj"),
    Rule("file.template-version", W, "Workbook dari versi templat lama"),
    Rule("file.instansi-missing", E, "Workbook instansi tidak ada"),
    Rule("file.instansi-duplicate", E, "Lebih dari satu workbook instansi"),
    Rule("file.bidang-duplicate", E, "Dua workbook untuk bidang yang sama"),
    Rule("file.bidang-missing", E, "Workbook sebuah bidang tidak ada"),
    Rule("file.bidang-unknown", E, "Bidang tidak terdaftar di workbook instansi"),
    Rule("file.year", E, "Tahun workbook berbeda dengan tahun laporan"),
    # sheets and columns
    Rule("sheet.missing", E, "Lembar wajib tidak ada"),
    Rule("sheet.missing-optional", W, "Lembar opsional tidak ada"),
    Rule("sheet.renamed", W, "Lembar berganti nama"),
    Rule("sheet.too-large", W, "Isian jauh di luar area yang dibaca"),
    Rule("sheet.header-missing", E, "Baris kepala kolom tidak ditemukan"),
    Rule("sheet.column-missing", E, "Kolom wajib tidak ada"),
    Rule("sheet.column-missing-optional", W, "Kolom opsional tidak ada"),
    Rule("sheet.field-missing", E, "Isian wajib tidak ada pada lembar formulir"),
    # cells
    Rule("cell.required", E, "Sel wajib kosong"),
    Rule("cell.number", E, "Bukan angka"),
    Rule("cell.money", E, "Bukan jumlah rupiah"),
    Rule("cell.integer", E, "Bukan bilangan bulat"),
    Rule("cell.year", E, "Bukan tahun"),
    Rule("cell.date", E, "Bukan tanggal"),
    Rule("cell.target", E, "Bukan target (angka atau rentang)"),
    Rule("cell.choice", E, "Bukan salah satu pilihan"),
    Rule("cell.range", E, "Angka di luar batas"),
    Rule("cell.formula-uncached", E, "Rumus tanpa nilai tersimpan"),
    Rule("cell.control-char", E, "Karakter yang tidak dapat dimuat di dokumen"),
    Rule("cell.too-long", E, "Teks terlalu panjang"),
    # tables within one workbook
    Rule("table.duplicate", E, "Kode atau baris ganda"),
    Rule("table.empty-row", W, "Baris kosong di tengah tabel"),
    Rule("table.outside", W, "Isian di luar kolom tabel"),
    Rule("table.merged", W, "Sel digabung di dalam tabel"),
    Rule("table.total-row", W, "Baris jumlah/total diketik di bawah tabel"),
    Rule("table.hidden-row", W, "Baris berisi data disembunyikan"),
    Rule("table.continuation", E, "Baris lanjutan indikator tanpa baris induk"),
    Rule("table.continuation-extra", E, "Baris lanjutan mengisi kolom selain indikator"),
)

RULES: dict[str, Rule] = {rule.code: rule for rule in _CATALOGUE}


def register(*rules: Rule) -> None:
    """Add the rules of a validation module to the catalogue (each code once)."""
    for rule in rules:
        if rule.code in RULES and RULES[rule.code] != rule:
            raise ValueError(f"rule {rule.code} registered twice with different definitions")
        RULES[rule.code] = rule


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    file: str
    sheet: str
    cell: str
    message: str

    def as_dict(self) -> dict[str, str]:
        """The JSON form: exactly these six keys."""
        return {
            "severity": self.severity.key,
            "code": self.code,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "message": self.message,
        }

    @property
    def where(self) -> str:
        place = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return place


def finding(code: str, where: CellRef | None, message: str) -> Finding:
    rule = RULES[code]
    ref = where or CellRef("", "", "")
    return Finding(
        rule.severity, code, printable(ref.file), printable(ref.sheet), ref.cell, printable(message)
    )


# Characters that no message should print as they are: controls (an escape sequence would drive the
# terminal), format characters (direction overrides among them), line separators, private-use,
# unassigned and surrogate code points
_UNSHOWN = {"Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"}


def printable(text: str) -> str:
    """Text as a finding prints it, whatever a workbook or a file name held: the characters above are
    written as an escape (\\x1b, \\u202e), so that every message is one line of plain, valid text."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _UNSHOWN else ch
        for ch in text
    )


def has_errors(findings: list[Finding] | tuple[Finding, ...]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
