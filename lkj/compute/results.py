"""What the computation stage hands to the render stage: frozen, typed, every number a Figure or exact,
every fact the report states decided (statuses, counts, the lowest serapan, what differs, what is empty).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkj.compute.figure import Figure
from lkj.findings import Finding
from lkj.model import (
    CapaianIndikator,
    Indikator,
    Instansi,
    Kegiatan,
    Pembanding,
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
    """A sub kegiatan with its indicators' capaian and its budget figures."""

    sub: SubKegiatan
    ukuran: tuple[UkuranHasil, ...]
    anggaran: Anggaran


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
    serapan_terendah: ProgramHasil | None  # the program of least serapan, of two or more that have one
    # each bidang's part of each program (its kegiatan, budget and sasaran): what supports a sasaran; a
    # program no two bidang share is its own one part
    bagian: tuple[ProgramHasil, ...] = ()


@dataclass(frozen=True)
class LuarTabel:
    """Why a capaian through a conversion table is missing: the figures the policy converts that no band of
    the table holds (the KI Award table starts at 90, a target of 88 has no value in it)."""

    tabel: str  # the table's name
    nilai: tuple[str, ...]  # "realisasi", "target": those outside the table
    keduanya: bool  # the policy converts realisasi and target (the default), else the realisation only
    cakupan: str  # the scores the table holds, as the report writes them ("90 sampai 100")


@dataclass(frozen=True)
class Tahun:
    """One year of an indicator's history (Renstra target and realisation)."""

    tahun: int
    target: Target | None
    realisasi: Decimal | None
    capaian: Figure
    luar_tabel: LuarTabel | None = None  # why the capaian is missing, when the table is why


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
class PembandingHasil:
    """This year against one benchmark (another region, an average, a standard), with its source."""

    pembanding: Pembanding
    selisih: Figure  # realisation − the benchmark's value; value None without a realisation
    lebih_baik: bool | None  # by polarity; None for a stabilize indicator, equal values or no realisation


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
    # melebihi, tercapai, tidak_tercapai (capaian printed above, at or below 100,00%), or why there is no
    # capaian: belum_ada_data, tanpa_target, tidak_dapat_dihitung
    status: str
    riwayat: tuple[Tahun, ...]  # earlier years, oldest first (this year not included)
    tren: Tren | None
    renstra: Figure | None  # capaian against the end-of-Renstra target (C14)
    standar: Standar | None
    renstra_tahunan: tuple[tuple[int, Target], ...]  # the Renstra's target of every year that has one
    # a realisation the tool computes (Sumber Realisasi), with its rule and inputs; None when typed
    realisasi_hitung: Figure | None
    # what staff typed as realisation of an indicator whose realisation is computed (kept for the rule that
    # compares the two; never the report's figure); None for a typed indicator or when nothing was typed
    realisasi_diketik: Decimal | None
    pembanding: tuple[PembandingHasil, ...] = ()  # the benchmarks the report shows (lkj.compute.pembanding)


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
    kosong: tuple[str, ...]  # the analyses (b)–(g) that will lack data (lkj.compute.gaps.ANALYSES)


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
class Jumlah:
    """The indicators counted by status (IndikatorHasil.status)."""

    melebihi: int
    tercapai: int
    tidak_tercapai: int
    tidak_terukur: int  # no capaian: no data, no target, or not computable


@dataclass(frozen=True)
class Hasil:
    """Every figure and fact of the report for one year, and the findings about the year that only the
    computation sees (lkj.compute.gaps), told with the validator's."""

    tahun: int
    profil: Profil | None
    instansi: Instansi  # the input the report quotes: its texts, lists and conversion tables
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
    spbe_berbeda: tuple[IndikatorHasil, ...]  # IKU on the SPBE scale whose realisation is not the index
    jumlah: Jumlah
    findings: tuple[Finding, ...]
