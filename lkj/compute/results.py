"""What the computation stage hands to the render stage: frozen, typed, every number a Figure or exact."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import Decimal

from lkj.compute.figure import Figure
from lkj.model import (
    CapaianIndikator,
    Indikator,
    Kegiatan,
    PkAnggaran,
    PkVersi,
    Profil,
    Program,
    Sasaran,
    SubKegiatan,
    Target,
    Ukuran,
)
from lkj.quick import quick_init
from lkj.settings import Settings


@quick_init
@dataclass(frozen=True)
class Anggaran:
    pagu: Decimal
    realisasi: Decimal
    serapan: Figure
    silpa: Figure
    fisik: Figure


@quick_init
@dataclass(frozen=True)
class UkuranHasil:
    """One indicator of a program, kegiatan or sub kegiatan, with its capaian."""

    ukuran: Ukuran
    capaian: Figure
    tercapai: bool | None


@dataclass(frozen=True)
class SubKegiatanHasil:
    """A sub kegiatan with its indicators' capaian and its budget figures. Those are computed when first
    asked for: only the rows of the big table, the PMK efficiency and the figure listings read them, so
    that a process making other parts of a large report is spared its thousands of sub kegiatan. Nothing
    above a sub kegiatan depends on them (the roll-ups start from the sums and fisik of the model)."""

    sub: SubKegiatan
    settings: Settings = field(repr=False, compare=False)

    @functools.cached_property
    def ukuran(self) -> tuple[UkuranHasil, ...]:
        from lkj.compute.belanja import ukuran_hasil

        return ukuran_hasil(self.sub.ukuran, self.settings)

    @functools.cached_property
    def anggaran(self) -> Anggaran:
        from lkj.compute.belanja import sub_anggaran

        return sub_anggaran(self.sub)


@dataclass(frozen=True)
class KegiatanHasil:
    kegiatan: Kegiatan
    ukuran: tuple[UkuranHasil, ...]
    anggaran: Anggaran
    sub: tuple[SubKegiatanHasil, ...]


@dataclass(frozen=True)
class ProgramHasil:
    program: Program
    ukuran: tuple[UkuranHasil, ...]
    anggaran: Anggaran
    kegiatan: tuple[KegiatanHasil, ...]


@dataclass(frozen=True)
class Belanja:
    """The whole program → kegiatan → sub kegiatan tree with every roll-up (C11, C20)."""

    program: tuple[ProgramHasil, ...]
    total: Anggaran
    jumlah_program: int
    jumlah_kegiatan: int
    jumlah_sub_kegiatan: int


@dataclass(frozen=True)
class Tahun:
    """One year of an indicator's history (Renstra target and realisation)."""

    tahun: int
    target: Target | None
    realisasi: Decimal | None
    capaian: Figure


@dataclass(frozen=True)
class Tren:
    """This year against last year (C13): the change in the indicator's own unit, and relative."""

    tahun_lalu: int
    realisasi_lalu: Decimal
    selisih: Figure  # in the indicator's unit ("poin persentase" when the unit is %)
    relatif: Figure  # percent of last year's value; value None when last year was 0
    membaik: bool | None  # polarity-aware; None when unchanged or for stabilize indicators


@dataclass(frozen=True)
class Standar:
    """This year against the national standard (C15)."""

    standar: Decimal
    selisih: Figure
    memenuhi: bool | None


@dataclass(frozen=True)
class IndikatorHasil:
    indikator: Indikator
    target: Target | None
    sumber_target: str  # "PK Perubahan DID", "Renstra 2022" or ""
    realisasi: Decimal | None
    penjelasan: CapaianIndikator | None
    capaian: Figure
    predikat: str | None
    kategori: str | None
    predikat_nilai: str | None  # e.g. predikat SPBE of the realisation
    tercapai: bool | None
    riwayat: tuple[Tahun, ...]  # earlier years, oldest first (this year not included)
    tren: Tren | None
    renstra: Figure | None  # capaian against the end-of-Renstra target (C14)
    standar: Standar | None


@dataclass(frozen=True)
class Efisiensi:
    metode: str
    nilai: Figure
    label: str  # Efisien / Cukup efisien / Tidak efisien / Tidak dapat dinilai


@dataclass(frozen=True)
class SasaranHasil:
    sasaran: Sasaran
    indikator: tuple[IndikatorHasil, ...]
    capaian: Figure
    predikat: str | None
    kategori: str | None
    program: tuple[ProgramHasil, ...]  # programs supporting this sasaran (analysis 7)
    anggaran: Anggaran | None  # their combined budget
    efisiensi: Efisiensi | None


@dataclass(frozen=True)
class PkVersiHasil:
    versi: PkVersi
    target: tuple[tuple[Indikator, Target], ...]
    anggaran: tuple[tuple[PkAnggaran, str], ...]  # row and program name
    total: Decimal
    perubahan: Figure | None  # total change from the previous version
    perubahan_program: tuple[
        tuple[str, str, Decimal, Decimal], ...
    ]  # kode, nama, sebelum, sesudah (changed only)
    perubahan_target: tuple[
        tuple[Indikator, Target, Target], ...
    ]  # indikator, sebelum, sesudah (changed only)


@dataclass(frozen=True)
class SpbeAspek:
    nomor: int
    nama: str
    bobot: Decimal
    indeks: Figure


@dataclass(frozen=True)
class SpbeDomain:
    nomor: int
    nama: str
    bobot: Decimal
    indeks: Figure
    aspek: tuple[SpbeAspek, ...]


@dataclass(frozen=True)
class SpbeHasil:
    domain: tuple[SpbeDomain, ...]
    indeks: Figure
    pemeriksa: Decimal  # Σ(level × weight)/100, the cross-check of the index
    predikat: str


@dataclass(frozen=True)
class Hasil:
    """Every figure of the report for one year."""

    tahun: int
    profil: Profil | None
    settings: Settings
    indikator: tuple[IndikatorHasil, ...]
    sasaran: tuple[SasaranHasil, ...]
    iku_instansi: tuple[IndikatorHasil, ...]  # indicators outside any sasaran (e.g. an instansi-level IKU)
    capaian_organisasi: Figure
    kategori_organisasi: str | None
    indikator_program_tercapai: Figure
    belanja: Belanja
    efisiensi: Efisiensi | None
    pk: tuple[PkVersiHasil, ...]
    spbe: SpbeHasil | None
