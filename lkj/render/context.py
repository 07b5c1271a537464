"""What the Word template (lkj.docx) is given: one frozen tree of data, every field with its help text.
A *blok* is a paragraph of its own, `{{p nama }}`, replaced by what lkj made (text, tables, charts); any
other value is written `{{ nama }}` within a sentence. docs/templat.md lists them from here, and the tests
hold the shipped lkj.docx to them: every tag it uses is a field, every block field is in it."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar, get_args, get_type_hints

from lkj.render.blocks import Block
from lkj.render.fields import doc


@dataclass(frozen=True)
class Analisis:
    HELP: ClassVar[str] = (
        "Analisis satu sasaran strategis (lalu satu IKU di luar sasaran) di BAB III, dalam "
        "`{%p for a in analisis %}`."
    )

    nomor: int = doc("nomor urut analisis")
    judul: str = doc("rumusan sasaran, atau 'Indikator Kinerja Utama Instansi: …'")
    ringkasan: Block = doc("ringkasan capaian sasaran dengan tabel indikatornya")
    target: Block = doc("(a) perbandingan target dan realisasi")
    tren: Block = doc("(b) perbandingan dengan tahun-tahun sebelumnya, dengan tabel dan grafik")
    renstra: Block = doc("(c) perbandingan dengan target akhir Renstra")
    standar: Block = doc("(d) perbandingan dengan standar nasional")
    penyebab: Block = doc("(e) penyebab keberhasilan/kegagalan dan solusinya")
    efisiensi: Block = doc("(f) efisiensi penggunaan sumber daya")
    pendukung: Block = doc("(g) program dan kegiatan pendukung")


@dataclass(frozen=True)
class Lampiran:
    HELP: ClassVar[str] = "Satu lampiran, dalam `{%p for l in lampiran %}`."

    judul: str = doc("judul lampiran")
    isi: Block = doc("isi lampiran")


@dataclass(frozen=True)
class Laporan:
    HELP: ClassVar[str] = "Data templat Word `lkj.docx`."

    # cover and header
    nama_instansi: str = doc("nama perangkat daerah")
    nama_instansi_kapital: str = doc("nama perangkat daerah dalam huruf kapital (sampul)")
    pemerintah_daerah_kapital: str = doc("nama pemerintah daerah dalam huruf kapital (sampul)")
    alamat: str | None = doc("alamat kantor dari lembar Profil")
    tahun: int = doc("tahun laporan")
    tahun_terbit: int = doc("tahun tanggal laporan (tahun laporan + 1 bila tanggal tidak diisi)")
    judul_kepala: str = doc("judul laporan di kepala halaman")
    # front matter
    kata_pengantar: Block = doc("Kata Pengantar (teks/kata_pengantar.j2 atau lembar Teks)")
    tanda_tangan: Block = doc("blok tanda tangan kepala perangkat daerah")
    daftar_isi: Block = doc("daftar isi")
    daftar_tabel: Block = doc("daftar tabel")
    daftar_gambar: Block = doc("daftar gambar")
    ikhtisar_eksekutif: Block = doc("Ikhtisar Eksekutif dengan tabel ikhtisar capaian dan anggaran")
    # BAB I
    latar_belakang: Block = doc("1.1 Latar Belakang")
    gambaran_umum: Block = doc("1.2 Gambaran Umum Organisasi")
    struktur_organisasi: Block = doc("susunan organisasi dari lembar Uraian")
    tugas_fungsi: Block = doc("tugas pokok dan fungsi")
    permasalahan: Block = doc("permasalahan utama dari lembar Uraian")
    dasar_hukum: Block = doc("dasar hukum dari lembar Uraian")
    sistematika: Block = doc("sistematika penulisan")
    # BAB II
    perencanaan_pengantar: Block = doc("pengantar BAB II")
    rencana_strategis: Block = doc("2.1 Rencana Strategis: visi, misi, tujuan, sasaran dan indikatornya")
    perjanjian_kinerja: Block = doc("2.2 Perjanjian Kinerja dan perubahannya")
    # BAB III
    akuntabilitas_pengantar: Block = doc("pengantar BAB III")
    kerangka_pengukuran: Block = doc("3.1 kerangka pengukuran: rumus, skala predikat dan kategori")
    capaian_organisasi: Block = doc("3.2 capaian kinerja organisasi, dengan tabel dan grafik")
    analisis_pengantar: Block = doc("pengantar analisis capaian per sasaran")
    analisis: tuple[Analisis, ...] = doc("analisis setiap sasaran strategis, lalu setiap IKU di luar sasaran")
    program_kegiatan: Block = doc("capaian program, kegiatan dan sub kegiatan (tabel besar, mendatar)")
    spbe: Block | None = doc("Indeks SPBE (kosong bila tingkat kematangan SPBE tidak lengkap)")
    nomor_anggaran: int = doc("nomor subbab realisasi anggaran (5, atau 6 bila ada subbab SPBE)")
    realisasi_anggaran: Block = doc("realisasi anggaran per program, dengan tabel dan grafik")
    # BAB IV and annexes
    kesimpulan: Block = doc("4.1 kesimpulan")
    langkah: Block = doc("4.2 langkah peningkatan kinerja")
    lampiran: tuple[Lampiran, ...] = doc("lampiran: Perjanjian Kinerja, realisasi triwulan, catatan validasi")


def missing_blocks(tags: set[str]) -> list[str]:
    """The blocks that no `{{p … }}` tag of a Word template holds, given the expressions of its tags
    (`kata_pengantar`, `a.ringkasan`): a block of an analysis or an annex is found by its attribute, whatever
    the template calls its loop variable."""
    attributes = {tag.rsplit(".", 1)[1] for tag in tags if "." in tag}
    missing = [name for name in block_fields(Laporan) if name not in tags]
    missing += [f"a.{name}" for name in block_fields(Analisis) if name not in attributes]
    return missing + [f"l.{name}" for name in block_fields(Lampiran) if name not in attributes]


def block_fields(cls: type) -> list[str]:
    hints = get_type_hints(cls)
    return [item.name for item in fields(cls) if Block in (hints[item.name], *get_args(hints[item.name]))]


def as_mapping(laporan: Laporan) -> dict[str, Any]:
    """The Word template's context: the top fields by name (the nested data stays as it is)."""
    return {item.name: getattr(laporan, item.name) for item in fields(laporan)}
