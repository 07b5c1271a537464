"""What every chapter builder shares: the computed results, the narrative engine, the block registry and
the common facts about the office that every text template may use (`u`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields
from typing import ClassVar, TypeVar

from lkj.compute.results import Hasil, IndikatorHasil
from lkj.findings import Finding
from lkj.indonesian import tanggal
from lkj.model import Instansi, KeteranganAnalisis, Profil
from lkj.periksa.hasil import Pemeriksaan
from lkj.render.blocks import Block, Blocks, Content
from lkj.render.fields import doc
from lkj.render.narasi import Narasi, clause, split_paragraphs, staff_text
from lkj.render.texts import TEMPLATES, EfisiensiSasaran, TanpaData
from lkj.render.views import (
    IndikatorView,
    SasaranView,
    efisiensi_sasaran,
    efisiensi_view,
    indikator_view,
    sasaran_view,
)

T = TypeVar("T")
NOTHING = TanpaData()


@dataclass(frozen=True)
class Umum:
    """Facts about the office for the text templates (`u.nama_instansi`, `u.tahun`, …)."""

    HELP: ClassVar[str] = "Data instansi, tersedia di setiap templat teks sebagai `u`."

    nama_instansi: str = doc("nama perangkat daerah")
    singkatan: str = doc("singkatan nama instansi (nama lengkap bila tidak diisi)")
    pemerintah_daerah: str = doc("nama pemerintah daerah")
    tahun: int = doc("tahun laporan")
    tahun_terbit: int = doc("tahun tanggal laporan (tahun laporan + 1 bila tanggal tidak diisi)")
    tanggal: str | None = doc("tanggal laporan, sudah diformat")
    tempat: str = doc("tempat penandatanganan")
    kepala_nama: str = doc("nama kepala perangkat daerah")
    kepala_jabatan: str = doc("jabatan kepala perangkat daerah")
    kepala_pangkat: str | None = doc("pangkat/golongan kepala")
    kepala_nip: str | None = doc("NIP kepala")
    kepala_daerah: str = doc("jabatan kepala daerah (Wali Kota, Bupati, Gubernur)")
    kepala_daerah_nama: str | None = doc("nama kepala daerah")
    tugas_pokok: str | None = doc("tugas pokok dari lembar Profil")
    tugas_pokok_kalimat: str | None = doc(
        "tugas pokok yang diketik satu paragraf, sebagai lanjutan kalimat (huruf awal kecil, tanpa titik "
        "akhir); kosong bila diketik beberapa baris"
    )
    renstra_awal: int | None = doc("tahun awal Renstra")
    renstra_akhir: int | None = doc("tahun akhir Renstra")
    jumlah_bidang: int = doc("jumlah bidang/sekretariat di lembar Bidang")
    jumlah_fungsi: int = doc("jumlah butir fungsi di lembar Uraian")
    jumlah_sasaran: int = doc("jumlah sasaran strategis")
    jumlah_indikator: int = doc("jumlah indikator kinerja")


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
        # one paragraph reads on from "Tugas pokok … adalah" (a lead-in ending "sebagai berikut" must be
        # followed by a list, which one paragraph is not)
        tugas_pokok_kalimat=staff_text(clause(profil.tugas_pokok))
        if profil.tugas_pokok and "\n" not in profil.tugas_pokok.strip()
        else None,
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
    final: bool = False  # a final report: it never addresses the staff (no Catatan Penyusunan)
    periksa: Pemeriksaan | None = None  # the LKE self-check the Catatan Penyusunan of a konsep shows
    blocks: Blocks = field(default_factory=Blocks)

    def __post_init__(self) -> None:
        assert self.hasil.profil is not None
        self.instansi: Instansi = self.hasil.instansi
        self.u = umum(self.hasil.profil, self.instansi, self.hasil)
        akhir = self.hasil.profil.renstra_akhir
        self.hasil_of: dict[str, IndikatorHasil] = {i.indikator.kode: i for i in self.hasil.indikator}
        declared: dict[str, dict[str, KeteranganAnalisis]] = {}
        for row in self.instansi.keterangan_analisis:
            declared.setdefault(row.indikator, {})[row.analisis] = row
        self.indikator: dict[str, IndikatorView] = {
            i.indikator.kode: indikator_view(i, akhir, declared.get(i.indikator.kode))
            for i in self.hasil.indikator
        }
        self.sasaran: list[SasaranView] = [
            sasaran_view(n, s, self.indikator) for n, s in enumerate(self.hasil.sasaran, 1)
        ]

    @functools.cached_property
    def efisiensi_sasaran(self) -> str | None:
        """The one sentence (narasi/efisiensi_sasaran.j2) that says what the overall efficiency judgement
        and the per-sasaran ones each weigh, when the sasaran are not all judged as the whole: the Ikhtisar
        Eksekutif, 3.x and BAB IV print it alike (None when they agree)."""
        h = self.hasil
        sasaran = efisiensi_sasaran(h.efisiensi, (s.efisiensi for s in h.sasaran))
        overall = efisiensi_view(h.efisiensi)
        if sasaran is None or overall is None:
            return None
        return " ".join(self.say("narasi/efisiensi_sasaran.j2", EfisiensiSasaran(overall, sasaran)))

    @property
    def tahun(self) -> int:
        return self.hasil.tahun

    def say(self, template: str, context: object = NOTHING) -> list[str]:
        """Paragraphs of a text template given its context (lkj.render.texts.TEMPLATES names the class
        each takes), with `u` and `tahun` as every template has them."""
        expected = TEMPLATES[template].context
        if type(context) is not expected:
            raise TypeError(f"{template} takes a {expected.__name__}, not a {type(context).__name__}")
        given = {item.name: getattr(context, item.name) for item in fields(context)}  # type: ignore[arg-type]
        return self.narasi.paragraphs(template, u=self.u, tahun=self.tahun, **given)

    def teks(self, template: str) -> list[str]:
        """The text the Teks sheet gives for the part of the report `template` writes, else the
        template's own."""
        bagian = TEMPLATES[template].bagian
        for row in self.instansi.teks:
            if row.bagian == bagian:
                return split_paragraphs(staff_text(row.teks) or "")
        return self.say(template)

    def uraian(self, jenis: str) -> list[str]:
        return [row.teks for row in self.instansi.uraian if row.jenis == jenis]

    def block(self, content: Content) -> Block:
        return self.blocks.add(content)

    def view(self, i: IndikatorHasil) -> IndikatorView:
        return self.indikator[i.indikator.kode]
