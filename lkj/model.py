"""The typed, immutable model of one year's input, as the reader builds it from the workbooks.

Field names are the contract's column keys (tests/test_contract.py keeps them in step). Every record
carries `src`, from which the file, sheet and cell of each of its values can be named. Choice columns hold
the model value of the closed list (e.g. polaritas "max"), not the text shown in the dropdown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import MappingProxyType

from lkj.layout import FORM_VALUE_COL, address
from lkj.quick import quick_init


@quick_init
@dataclass(frozen=True)
class CellRef:
    """One cell of one workbook: what every finding and every figure's provenance points at."""

    file: str
    sheet: str
    cell: str

    def __str__(self) -> str:
        return f"{self.file} › {self.sheet}!{self.cell}"


@dataclass(frozen=True)
class Layout:
    """Where the fields of a sheet live: a column per key (tables) or a row per key (forms)."""

    positions: Mapping[str, int]
    form: bool = False

    def __reduce__(self) -> tuple[object, ...]:  # a read-only mapping view cannot be pickled as it is
        return (_layout, (dict(self.positions), self.form))

    def cell(self, key: str, row: int) -> str:
        position = self.positions[key]
        if self.form:
            return address(FORM_VALUE_COL, position)
        return address(position, row)


def _layout(positions: dict[str, int], form: bool) -> Layout:
    return Layout(MappingProxyType(positions), form)


EMPTY_LAYOUT = Layout(MappingProxyType({}))


@quick_init
@dataclass(frozen=True)
class Source:
    """Where a record was read: file (relative to the input folder), sheet and row."""

    file: str
    sheet: str
    row: int = 0
    layout: Layout = field(default=EMPTY_LAYOUT, compare=False, repr=False)
    # keys whose cell held something that could not be read (already reported): the model holds a neutral
    # stand-in for a required one, which rules comparing values must not take for what staff typed
    unread: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def ref(self, key: str | None = None) -> CellRef:
        if key is not None and key in self.layout.positions:
            return CellRef(self.file, self.sheet, self.layout.cell(key, self.row))
        return CellRef(self.file, self.sheet, str(self.row) if self.row else "")


NOWHERE = Source("", "")


@quick_init
@dataclass(frozen=True)
class Target:
    """A target value: one number, or a range such as 80–90 (low == high for a single number).

    A score indicator's target may be a kategori of its conversion table ("Kabupaten Informatif"): then
    `kategori` holds it as typed, and low == high is the score from which the table gives that kategori
    (the lowest bound of its bands), so that the target also reads as a number ("at least that score")."""

    low: Decimal
    high: Decimal
    kategori: str | None = None

    @classmethod
    def single(cls, value: Decimal) -> Target:
        return cls(value, value)

    @property
    def is_range(self) -> bool:
        return self.low != self.high


# ---------------------------------------------------------------- instansi workbook


@dataclass(frozen=True)
class Profil:
    nama_instansi: str
    singkatan: str | None
    pemerintah_daerah: str
    tahun: int
    renstra_awal: int | None
    renstra_akhir: int | None
    alamat: str | None
    tempat: str
    tanggal: date | None
    kepala_nama: str
    kepala_nip: str | None
    kepala_pangkat: str | None
    kepala_jabatan: str
    kepala_daerah_jabatan: str
    kepala_daerah_nama: str | None
    visi: str | None
    tugas_pokok: str | None
    logo: str | None  # a file name in the input folder, checked by the reader (lkj.read.logo)
    src: Source = NOWHERE


@dataclass(frozen=True)
class Uraian:
    jenis: str  # lists.URAIAN value: misi, tujuan, fungsi, struktur, dasar_hukum, permasalahan, strategi
    teks: str
    src: Source = NOWHERE


@dataclass(frozen=True)
class Teks:
    bagian: str  # lists.TEKS value
    teks: str
    src: Source = NOWHERE


@dataclass(frozen=True)
class BidangEntry:
    nama: str
    kepala: str | None
    src: Source = NOWHERE


@dataclass(frozen=True)
class Sasaran:
    kode: str
    nama: str
    tujuan: str | None
    bobot: Decimal | None
    src: Source = NOWHERE


@quick_init
@dataclass(frozen=True)
class Indikator:
    kode: str
    sasaran: str | None
    nama: str
    jenis: str  # IKU, IKT, program
    satuan: str
    polaritas: str  # max, min, range
    formula: str | None
    sumber_data: str | None
    penanggung_jawab: str  # a name on the Bidang sheet, or lists.SELURUH_BIDANG
    sumber_realisasi: str | None  # lists.SUMBER_REALISASI value; None: typed, as "diketik"
    tabel_konversi: str | None
    skala_nilai: str | None  # "spbe" or None
    desimal: int | None  # decimals of a computed realisation (None: 2)
    baseline_tahun: int | None
    baseline: Decimal | None
    target_akhir: Target | None
    standar_nasional: Decimal | None
    sumber_standar: str | None
    bobot: Decimal | None
    src: Source = NOWHERE


@quick_init
@dataclass(frozen=True)
class TargetRenstra:
    indikator: str
    tahun: int
    target: Target | None
    realisasi: Decimal | None
    src: Source = NOWHERE


@dataclass(frozen=True)
class KeteranganAnalisis:
    """An analysis of BAB III declared not applicable to an indicator, and why."""

    indikator: str
    analisis: str  # lists.ANALISIS value
    alasan: str | None  # lists.ALASAN value; None: not filled yet
    penjelasan: str | None
    src: Source = NOWHERE


@dataclass(frozen=True)
class Pembanding:
    """A benchmark of an indicator: another region, an average or a standard, with its source."""

    indikator: str
    pembanding: str
    jenis: str | None  # lists.JENIS_PEMBANDING value
    tahun: int
    nilai: Decimal | None
    sumber: str | None
    src: Source = NOWHERE


@dataclass(frozen=True)
class PkVersi:
    versi: str
    jenis: str | None  # murni, apbd-p, did, lainnya; None: not filled yet
    tanggal: date | None
    keterangan: str | None
    src: Source = NOWHERE


@quick_init
@dataclass(frozen=True)
class PkTarget:
    versi: str
    indikator: str
    target: Target | None  # None: not filled yet
    src: Source = NOWHERE


@quick_init
@dataclass(frozen=True)
class PkAnggaran:
    versi: str
    program: str
    nama_program: str | None
    anggaran: Decimal | None  # None: not filled yet
    keterangan: str | None
    src: Source = NOWHERE


@dataclass(frozen=True)
class KonversiRow:
    """One band of a conversion table. An empty bound is open (no lower or no upper bound); an empty
    'termasuk' of a bound that is there means the bound belongs to the band (only for `sampai`: an empty
    `dari_termasuk` beside a `dari` is an error of the validator)."""

    nama: str
    dari: Decimal | None
    dari_termasuk: bool | None
    sampai: Decimal | None
    sampai_termasuk: bool | None
    capaian: Decimal
    kategori: str | None
    src: Source = NOWHERE


@dataclass(frozen=True)
class SpbeLevel:
    nomor: int
    tingkat: int | None
    src: Source = NOWHERE


@dataclass(frozen=True)
class Pengaturan:
    metode_efisiensi: str | None
    ambang_efisiensi: Decimal | None
    batas_atas: Decimal | None
    batas_bawah: Decimal | None
    rata_rata: str | None
    fisik: str | None
    kertas: str | None
    format_kode: str | None
    lampiran_validasi: bool | None
    konversi_capaian: str | None = None
    src: Source = NOWHERE


@dataclass(frozen=True)
class SkalaRow:
    skala: str  # predikat, kategori, spbe
    batas: Decimal | None
    operator: str | None  # ">=" or ">"
    label: str
    src: Source = NOWHERE


@dataclass(frozen=True)
class Penyampaian:
    """How the report was delivered, published and reviewed (the APIP's Pernyataan Telah Direviu)."""

    lkj_sebelumnya: bool | None
    tanggal_penyampaian: date | None
    alamat_publikasi: str | None
    tanggal_publikasi: date | None
    apip_unit: str | None
    tanggal_reviu: date | None
    tempat_reviu: str | None
    apip_nama: str | None
    apip_jabatan: str | None
    apip_pangkat: str | None
    apip_nip: str | None
    catatan_reviu: str | None
    src: Source = NOWHERE


@dataclass(frozen=True)
class Meta:
    """What the hidden `_lkj` sheet says about a workbook."""

    kind: str
    version: int | None
    tahun: int | None


@dataclass(frozen=True)
class Instansi:
    file: str
    meta: Meta
    profil: Profil | None
    uraian: tuple[Uraian, ...]
    teks: tuple[Teks, ...]
    bidang: tuple[BidangEntry, ...]
    sasaran: tuple[Sasaran, ...]
    indikator: tuple[Indikator, ...]
    target_renstra: tuple[TargetRenstra, ...]
    keterangan_analisis: tuple[KeteranganAnalisis, ...]
    pembanding: tuple[Pembanding, ...]
    pk_versi: tuple[PkVersi, ...]
    pk_target: tuple[PkTarget, ...]
    pk_anggaran: tuple[PkAnggaran, ...]
    tabel_konversi: tuple[KonversiRow, ...]
    spbe: tuple[SpbeLevel, ...]
    pengaturan: Pengaturan | None
    skala: tuple[SkalaRow, ...]
    penyampaian: Penyampaian | None


# ---------------------------------------------------------------- bidang workbook


@dataclass(frozen=True)
class Identitas:
    nama_bidang: str
    tahun: int
    penyusun: str | None
    jabatan_penyusun: str | None
    src: Source = NOWHERE


@quick_init
@dataclass(frozen=True)
class Ukuran:
    """One indicator of a program, kegiatan or sub kegiatan (an item may have several)."""

    indikator: str | None
    target: Target | None
    satuan: str | None
    realisasi: Decimal | None
    polaritas: str = "max"
    indikator_kode: str | None = None
    src: Source = NOWHERE


@quick_init
@dataclass(frozen=True)
class Program:
    kode: str
    nama: str
    sasaran: str | None
    ukuran: tuple[Ukuran, ...]
    bidang: str
    src: Source = NOWHERE


@quick_init
@dataclass(frozen=True)
class Kegiatan:
    kode: str
    program: str
    nama: str
    ukuran: tuple[Ukuran, ...]
    src: Source = NOWHERE


@quick_init
@dataclass(frozen=True)
class SubKegiatan:
    kode: str
    kegiatan: str
    nama: str
    ukuran: tuple[Ukuran, ...]
    pagu: Decimal | None  # None: not filled yet (summed as nothing)
    realisasi_rp: Decimal | None
    fisik: Decimal | None
    permasalahan: str | None
    upaya: str | None
    src: Source = NOWHERE


@quick_init
@dataclass(frozen=True)
class CapaianIndikator:
    indikator: str
    tw1: Decimal | None
    tw2: Decimal | None
    tw3: Decimal | None
    tw4: Decimal | None
    realisasi: Decimal | None
    penyebab: str | None
    upaya: str | None
    program_pendukung: str | None
    kendala: str | None
    rencana_tindak_lanjut: str | None
    bidang: str = ""
    src: Source = NOWHERE


@dataclass(frozen=True)
class Bidang:
    file: str
    meta: Meta
    identitas: Identitas | None
    program: tuple[Program, ...]
    kegiatan: tuple[Kegiatan, ...]
    sub_kegiatan: tuple[SubKegiatan, ...]
    capaian: tuple[CapaianIndikator, ...]

    @property
    def nama(self) -> str:
        return self.identitas.nama_bidang if self.identitas else self.file


@dataclass(frozen=True)
class Dataset:
    """Everything read from one input folder."""

    folder: str
    instansi: Instansi | None
    bidang: tuple[Bidang, ...]


# ---------------------------------------------------------------- the sheet → model binding, written once

# Each sheet of a workbook, by its contract key, and the record it is read into. Instansi and Bidang hold
# them under the same names: a form sheet's one record (None when empty), a table sheet's tuple of records.
INSTANSI_RECORDS: Mapping[str, type] = MappingProxyType(
    {
        "profil": Profil,
        "uraian": Uraian,
        "teks": Teks,
        "bidang": BidangEntry,
        "sasaran": Sasaran,
        "indikator": Indikator,
        "target_renstra": TargetRenstra,
        "keterangan_analisis": KeteranganAnalisis,
        "pembanding": Pembanding,
        "pk_versi": PkVersi,
        "pk_target": PkTarget,
        "pk_anggaran": PkAnggaran,
        "tabel_konversi": KonversiRow,
        "spbe": SpbeLevel,
        "pengaturan": Pengaturan,
        "skala": SkalaRow,
        "penyampaian": Penyampaian,
    }
)
BIDANG_RECORDS: Mapping[str, type] = MappingProxyType(
    {
        "identitas": Identitas,
        "program": Program,
        "kegiatan": Kegiatan,
        "sub_kegiatan": SubKegiatan,
        "capaian": CapaianIndikator,
    }
)
