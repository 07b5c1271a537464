"""What every chapter builder shares: the computed results, the narrative engine, the block registry and
the common facts about the office that every text template may use (`u`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from lkj.compute.results import Hasil, IndikatorHasil
from lkj.findings import Finding
from lkj.indonesian import tanggal
from lkj.model import Instansi, Profil
from lkj.render.blocks import Block, Blocks, Content
from lkj.render.narasi import Narasi, split_paragraphs, staff_text
from lkj.render.views import IndikatorView, SasaranView, indikator_view, sasaran_view

T = TypeVar("T")


@dataclass(frozen=True)
class Umum:
    """Facts about the office for the text templates (`u.nama_instansi`, `u.tahun`, …)."""

    nama_instansi: str
    singkatan: str
    pemerintah_daerah: str
    tahun: int
    tahun_terbit: int
    tanggal: str | None
    tempat: str
    kepala_nama: str
    kepala_jabatan: str
    kepala_pangkat: str | None
    kepala_nip: str | None
    kepala_daerah: str
    kepala_daerah_nama: str | None
    tugas_pokok: str | None
    renstra_awal: int | None
    renstra_akhir: int | None
    jumlah_bidang: int
    jumlah_fungsi: int
    jumlah_sasaran: int
    jumlah_indikator: int


def umum(profil: Profil, instansi: Instansi, hasil: Hasil) -> Umum:
    return Umum(
        nama_instansi=profil.nama_instansi,
        singkatan=profil.singkatan or profil.nama_instansi,
        pemerintah_daerah=profil.pemerintah_daerah,
        tahun=profil.tahun,
        tahun_terbit=profil.tanggal.year if profil.tanggal else profil.tahun + 1,
        tanggal=tanggal(profil.tanggal) if profil.tanggal else None,
        tempat=profil.tempat,
        kepala_nama=profil.kepala_nama,
        kepala_jabatan=profil.kepala_jabatan,
        kepala_pangkat=profil.kepala_pangkat,
        kepala_nip=profil.kepala_nip,
        kepala_daerah=profil.kepala_daerah_jabatan,
        kepala_daerah_nama=profil.kepala_daerah_nama,
        tugas_pokok=staff_text(profil.tugas_pokok),
        renstra_awal=profil.renstra_awal,
        renstra_akhir=profil.renstra_akhir,
        jumlah_bidang=len(instansi.bidang),
        jumlah_fungsi=sum(1 for u in instansi.uraian if u.jenis == "fungsi"),
        jumlah_sasaran=len(hasil.sasaran),
        jumlah_indikator=len(hasil.indikator),
    )


@dataclass
class Report:
    hasil: Hasil
    narasi: Narasi
    warnings: tuple[Finding, ...] = ()
    blocks: Blocks = field(default_factory=Blocks)

    def __post_init__(self) -> None:
        assert self.hasil.profil is not None
        self.instansi: Instansi = self.hasil.instansi
        self.u = umum(self.hasil.profil, self.instansi, self.hasil)
        akhir = self.hasil.profil.renstra_akhir
        self.hasil_of: dict[str, IndikatorHasil] = {i.indikator.kode: i for i in self.hasil.indikator}
        self.indikator: dict[str, IndikatorView] = {
            i.indikator.kode: indikator_view(i, akhir) for i in self.hasil.indikator
        }
        self.sasaran: list[SasaranView] = [
            sasaran_view(n, s, self.indikator) for n, s in enumerate(self.hasil.sasaran, 1)
        ]
        # what several pieces use, made by the first that needs it: the copy each piece works on
        # (lkj.render._made) shares this dict
        self.made: dict[str, Any] = {}

    def once(self, key: str, make: Callable[[], T]) -> T:
        """`make()`, made once in this process for every piece that asks by `key`."""
        if key not in self.made:
            self.made[key] = make()
        return cast(T, self.made[key])

    @property
    def tahun(self) -> int:
        return self.hasil.tahun

    def say(self, template: str, **context: Any) -> list[str]:
        """Paragraphs of a narrative template, with `u` and `tahun` always available."""
        return self.narasi.paragraphs(template, u=self.u, tahun=self.tahun, **context)

    def teks(self, bagian: str, template: str, **context: Any) -> list[str]:
        """The workbook's replacement text for a part of the report, else the template's default text."""
        for row in self.instansi.teks:
            if row.bagian == bagian:
                return split_paragraphs(staff_text(row.teks) or "")
        return self.say(template, **context)

    def uraian(self, jenis: str) -> list[str]:
        return [row.teks for row in self.instansi.uraian if row.jenis == jenis]

    def block(self, content: Content) -> Block:
        return self.blocks.add(content)

    def view(self, i: IndikatorHasil) -> IndikatorView:
        return self.indikator[i.indikator.kode]
