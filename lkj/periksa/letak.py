"""Where things are: in the workbooks (the cell or the new row that would raise a criterion) and in the
report (the chapter, section and analysis an evaluator reads). What the checks of lkj.periksa share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from lkj.compute.results import Hasil, IndikatorHasil
from lkj.contract.bidang import BIDANG
from lkj.contract.instansi import INSTANSI
from lkj.contract.kinds import TableSheet
from lkj.findings import Finding
from lkj.layout import FIRST_DATA_ROW
from lkj.model import Bidang, Dataset, Source
from lkj.periksa.hasil import Perbaikan
from lkj.periksa.kebijakan import Kebijakan

ANALISIS = {
    "a": "a. Perbandingan Target dan Realisasi",
    "b": "b. Perbandingan dengan Tahun-Tahun Sebelumnya",
    "c": "c. Perbandingan dengan Target Akhir Renstra",
    "d": "d. Perbandingan dengan Standar Nasional",
    "e": "e. Penyebab Keberhasilan atau Kegagalan dan Solusinya",
    "f": "f. Efisiensi Penggunaan Sumber Daya",
}


@dataclass(frozen=True)
class Konteks:
    """What every check looks at: the computed year, the input it came from, its findings, the policy."""

    hasil: Hasil
    dataset: Dataset
    findings: tuple[Finding, ...]
    kebijakan: Kebijakan

    @property
    def instansi_file(self) -> str:
        return self.hasil.instansi.file

    @cached_property
    def nomor(self) -> dict[str, int]:
        """The number of the report's section 3.3.n of each sasaran (by kode) and of each IKU outside any
        sasaran (by the indicator's kode), as BAB III numbers them."""
        numbers = {s.sasaran.kode: n for n, s in enumerate(self.hasil.sasaran, 1)}
        start = len(self.hasil.sasaran) + 1
        numbers.update({i.indikator.kode: n for n, i in enumerate(self.hasil.iku_instansi, start)})
        return numbers

    def bagian(self, i: IndikatorHasil, analisis: str) -> str:
        """Where an indicator's analysis is in the report: BAB III, 3.3.n, the analysis's heading."""
        key = i.indikator.sasaran if i.indikator.sasaran in self.nomor else i.indikator.kode
        nomor = self.nomor.get(key or "")
        section = f"3.3.{nomor}" if nomor else "3.3"
        return f"BAB III {section}, {ANALISIS[analisis]}"

    def bidang_of(self, nama: str) -> Bidang | None:
        for b in self.dataset.bidang:
            if b.nama.casefold() == nama.casefold():
                return b
        return None


def subjek(i: IndikatorHasil) -> str:
    return f"{i.indikator.kode} {i.indikator.nama}"


def di(src: Source, key: str, isian: str) -> Perbaikan:
    """The cell of a record's field."""
    ref = src.ref(key)
    return Perbaikan(ref.file, ref.sheet, ref.cell, isian)


def form_cell(file: str, sheet_key: str, record_src: Source | None, key: str, isian: str) -> Perbaikan:
    """A field of a form sheet of the instansi workbook, filled or not (a blank form's cell when the sheet
    is not in the workbook yet)."""
    sheet = INSTANSI.sheet(sheet_key)
    src = record_src if record_src is not None and record_src.sheet else sheet.blank(file)
    return di(src, key, isian)


def baris_baru(file: str, sheet: TableSheet, rows: Sequence[Source], isian: str, ahead: int = 0) -> Perbaikan:
    """The first row after the sheet's records in `file` (and after `ahead` rows already proposed): where a
    record to add goes."""
    used = [src.row for src in rows if src.file == file and src.sheet == sheet.name]
    row = (max(used) + 1 if used else FIRST_DATA_ROW) + ahead
    return Perbaikan(file, sheet.name, f"baris {row}", isian)


def capaian_cell(k: Konteks, i: IndikatorHasil, key: str, isian: str) -> Perbaikan:
    """The cell of an indicator's row of Capaian Indikator (its responsible bidang's workbook), or the row
    to add there when it has none."""
    if i.penjelasan is not None:
        return di(i.penjelasan.src, key, isian)
    sheet = BIDANG.sheet("capaian")
    assert isinstance(sheet, TableSheet)
    owner = k.bidang_of(i.indikator.penanggung_jawab)
    header = sheet.column(key).header
    add = f"tambahkan baris Kode Indikator {i.indikator.kode} dan isi {header}: {isian}"
    if owner is None:
        return Perbaikan(f"workbook bidang {i.indikator.penanggung_jawab}", sheet.name, "", add)
    return baris_baru(owner.file, sheet, [c.src for c in owner.capaian], add)


def instansi_row(k: Konteks, sheet_key: str, rows: Sequence[Source], isian: str, ahead: int = 0) -> Perbaikan:
    sheet = INSTANSI.sheet(sheet_key)
    assert isinstance(sheet, TableSheet)
    return baris_baru(k.instansi_file, sheet, rows, isian, ahead)


def nilai(value: object, satuan: str | None) -> str:
    """A value with its unit as the report writes it: 81,22% but 5 Dokumen."""
    from decimal import Decimal

    from lkj.indonesian import angka

    shown = angka(value) if isinstance(value, Decimal | int) else str(value)
    if not satuan:
        return shown
    return f"{shown}{satuan}" if satuan == "%" else f"{shown} {satuan}"


def header(sheet_key: str, key: str) -> str:
    return INSTANSI.sheet(sheet_key).column(key).header
