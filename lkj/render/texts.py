"""What each text template (templates/narasi/*.j2, templates/teks/*.j2) is given: one frozen context per
template, every field with its help text, besides `u` (lkj.render.report.Umum) and `tahun` that every
template has. TEMPLATES names each template's context, and the part of the instansi workbook's Teks sheet
that replaces it; Report.say refuses a context of another class. docs/templat.md is generated from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from lkj.render.fields import doc
from lkj.render.views import AnggaranView, EfisiensiView, IndikatorView, SasaranView


@dataclass(frozen=True)
class TanpaData:
    HELP: ClassVar[str] = "Tanpa variabel lain."


@dataclass(frozen=True)
class PerIndikator:
    HELP: ClassVar[str] = "Satu indikator."

    i: IndikatorView = doc("indikator yang diuraikan")


@dataclass(frozen=True)
class PerSasaran:
    HELP: ClassVar[str] = "Satu sasaran strategis."

    s: SasaranView = doc("sasaran yang diuraikan")


@dataclass(frozen=True)
class RencanaStrategis:
    HELP: ClassVar[str] = "Pembuka 2.1 Rencana Strategis."

    visi: str | None = doc("visi dari lembar Profil")
    misi: bool = doc("rumusan misi diisi di lembar Uraian")
    tujuan: bool = doc("rumusan tujuan diisi di lembar Uraian")


@dataclass(frozen=True)
class VersiPk:
    HELP: ClassVar[str] = "Satu versi Perjanjian Kinerja dan perubahannya dari versi sebelumnya."

    versi: str = doc("nama versi PK")
    tanggal: str | None = doc("tanggal penandatanganan, sudah diformat")
    keterangan: str = doc("keterangan versi (tanpa titik di akhir)")
    total: str = doc("jumlah anggaran program versi ini")
    sebelumnya: str | None = doc("nama versi sebelumnya (kosong untuk versi pertama)")
    perubahan: str | None = doc("besar perubahan jumlah anggaran (kosong bila tidak berubah)")
    perubahan_naik: bool = doc("jumlah anggaran bertambah")
    perubahan_terbilang: str | None = doc("besar perubahan anggaran dalam huruf")
    perubahan_target: tuple[str, ...] = doc("perubahan target indikator: '… dari … menjadi …'")


@dataclass(frozen=True)
class PerjanjianKinerja:
    HELP: ClassVar[str] = "Satu versi Perjanjian Kinerja di 2.2."

    v: VersiPk = doc("versi yang diuraikan")
    pertama: bool = doc("versi pertama")
    jumlah_versi: int = doc("jumlah versi PK tahun ini")


@dataclass(frozen=True)
class Rumus:
    HELP: ClassVar[str] = "Rumus capaian yang dipakai indikator tahun ini."

    max: bool = doc("ada indikator 'semakin tinggi semakin baik'")
    min: bool = doc("ada indikator 'semakin rendah semakin baik'")
    range: bool = doc("ada indikator stabil atau bertarget rentang")
    konversi: str | None = doc(
        "bila ada indikator bertabel konversi, cara membandingkan realisasi dengan targetnya (Pengaturan): "
        "keduanya (realisasi dan target dikonversi), tabel (nilai tabel realisasi) atau skor"
    )


@dataclass(frozen=True)
class KerangkaPengukuran:
    HELP: ClassVar[str] = "Kerangka pengukuran di 3.1."

    rumus: Rumus = doc("rumus yang dipakai")
    batas_bawah: str = doc("batas bawah capaian (0 bila tidak diatur)")
    batas_atas: str | None = doc("batas atas capaian (kosong bila tidak diatur)")


@dataclass(frozen=True)
class KerangkaEfisiensi:
    HELP: ClassVar[str] = "Cara efisiensi dinilai, di 3.1."

    metode: str = doc("metode efisiensi: selisih, sisa, rasio atau pmk")
    ambang: str = doc("ambang efisiensi (poin)")


@dataclass(frozen=True)
class CapaianOrganisasi:
    HELP: ClassVar[str] = "Capaian kinerja organisasi di 3.2."

    capaian: str | None = doc("rata-rata capaian sasaran")
    kategori: str | None = doc("kategori rata-rata capaian")
    catatan: str = doc("sasaran yang tidak ikut dirata-rata, bila ada")
    jumlah_sasaran: int = doc("jumlah sasaran strategis")
    jumlah_terukur: int = doc("jumlah indikator yang capaiannya terukur")
    belum_ada_data: int = doc("jumlah indikator yang capaiannya belum terukur")
    melebihi: int = doc("jumlah indikator melebihi target")
    tercapai: int = doc("jumlah indikator tepat mencapai target")
    tidak_tercapai: int = doc("jumlah indikator belum mencapai target")


@dataclass(frozen=True)
class ProgramKegiatan:
    HELP: ClassVar[str] = "Pembuka capaian program dan kegiatan."

    jumlah_program: int = doc("jumlah program")
    jumlah_kegiatan: int = doc("jumlah kegiatan")
    jumlah_sub: int = doc("jumlah sub kegiatan")
    tercapai: str | None = doc("persentase indikator program yang tercapai")


@dataclass(frozen=True)
class Spbe:
    HELP: ClassVar[str] = "Indeks SPBE."

    indeks: str = doc("Indeks SPBE hasil hitung")
    predikat: str = doc("predikat indeks")
    selisih_iku: str | None = doc("IKU yang realisasinya berbeda dengan indeks, dengan realisasinya")


@dataclass(frozen=True)
class RealisasiAnggaran:
    HELP: ClassVar[str] = "Realisasi anggaran."

    anggaran: AnggaranView = doc("anggaran seluruh program")
    terendah: str | None = doc("program dengan serapan terendah dan serapannya (dua program atau lebih)")


@dataclass(frozen=True)
class RealisasiEfisiensi:
    HELP: ClassVar[str] = "Efisiensi penggunaan sumber daya organisasi."

    efisiensi: EfisiensiView | None = doc("efisiensi organisasi")
    capaian: str | None = doc("rata-rata capaian sasaran")
    efisiensi_sasaran: str | None = doc(
        "kalimat yang menjelaskan penilaian efisiensi per sasaran yang tidak semuanya sama dengan penilaian "
        "keseluruhan (dari narasi/efisiensi_sasaran.j2; kosong bila semuanya sama)"
    )


@dataclass(frozen=True)
class EfisiensiSasaran:
    HELP: ClassVar[str] = (
        "Penilaian efisiensi per sasaran yang tidak semuanya sama dengan penilaian keseluruhan; kalimatnya "
        "dipakai di Ikhtisar Eksekutif, 3.x Realisasi Anggaran dan BAB IV."
    )

    efisiensi: EfisiensiView = doc("efisiensi organisasi")
    sasaran: str = doc("penilaian per sasaran, mis. '4 sasaran cukup efisien dan 1 sasaran efisien'")


@dataclass(frozen=True)
class PorsiProgram:
    HELP: ClassVar[str] = (
        "Catatan di bawah tabel program pendukung sasaran untuk program yang anggarannya terbagi ke lebih "
        "dari satu sasaran: serapan di tabel itu hanya bagian untuk sasaran tersebut."
    )

    program: str = doc("nama program")
    bagian: AnggaranView = doc("anggaran program untuk sasaran ini")
    seluruh: AnggaranView = doc("anggaran program seluruhnya (subbab Realisasi Anggaran)")


@dataclass(frozen=True)
class IkhtisarEksekutif:
    HELP: ClassVar[str] = "Isi Ikhtisar Eksekutif sesudah tabelnya."

    capaian: str | None = doc("rata-rata capaian sasaran")
    kategori: str | None = doc("kategori rata-rata capaian")
    anggaran: AnggaranView = doc("anggaran seluruh program")
    efisiensi: EfisiensiView | None = doc("efisiensi organisasi")
    efisiensi_sasaran: str | None = doc(
        "kalimat yang menjelaskan penilaian efisiensi per sasaran yang tidak semuanya sama dengan penilaian "
        "keseluruhan (dari narasi/efisiensi_sasaran.j2; kosong bila semuanya sama)"
    )
    berhasil: tuple[str, ...] = doc("indikator yang tercapai atau melebihi target, dengan capaiannya")
    belum: tuple[str, ...] = doc("indikator yang belum mencapai target, dengan capaiannya")
    gagal: tuple[IndikatorView, ...] = doc(
        "indikator yang belum mencapai target, dengan kendala, upaya dan rencana tindak lanjutnya"
    )
    tanpa_data: tuple[str, ...] = doc("indikator yang capaiannya belum terukur")


@dataclass(frozen=True)
class Kesimpulan:
    HELP: ClassVar[str] = "Kesimpulan di BAB IV."

    capaian: str | None = doc("rata-rata capaian sasaran")
    kategori: str | None = doc("kategori rata-rata capaian")
    sasaran: tuple[SasaranView, ...] = doc("sasaran strategis")
    anggaran: AnggaranView = doc("anggaran seluruh program")
    efisiensi: EfisiensiView | None = doc("efisiensi organisasi")
    efisiensi_sasaran: str | None = doc(
        "kalimat yang menjelaskan penilaian efisiensi per sasaran yang tidak semuanya sama dengan penilaian "
        "keseluruhan (dari narasi/efisiensi_sasaran.j2; kosong bila semuanya sama)"
    )


@dataclass(frozen=True)
class Langkah:
    HELP: ClassVar[str] = "Langkah peningkatan kinerja di BAB IV."

    strategi: tuple[str, ...] = doc("strategi dari lembar Uraian")
    belum: tuple[IndikatorView, ...] = doc("indikator yang belum mencapai target")
    bagian: str = doc(
        "'indikator': pembuka langkah per indikator yang belum tercapai; 'strategi': pembuka strategi"
    )


@dataclass(frozen=True)
class LampiranPk:
    HELP: ClassVar[str] = "Lampiran Perjanjian Kinerja."

    versi: str = doc("nama versi PK terakhir")


@dataclass(frozen=True)
class Template:
    """A text template's context class, and the part (bagian) of the Teks sheet that replaces it."""

    context: type
    bagian: str | None = None


TEMPLATES: dict[str, Template] = {
    "narasi/capaian_organisasi.j2": Template(CapaianOrganisasi),
    "narasi/efisiensi.j2": Template(PerSasaran),
    "narasi/efisiensi_sasaran.j2": Template(EfisiensiSasaran),
    "narasi/ikhtisar_eksekutif.j2": Template(IkhtisarEksekutif),
    "narasi/iku_ringkasan.j2": Template(PerIndikator),
    "narasi/indikator_pembanding.j2": Template(PerIndikator),
    "narasi/indikator_renstra.j2": Template(PerIndikator),
    "narasi/indikator_standar.j2": Template(PerIndikator),
    "narasi/indikator_target.j2": Template(PerIndikator),
    "narasi/indikator_tren.j2": Template(PerIndikator),
    "narasi/kerangka_efisiensi.j2": Template(KerangkaEfisiensi),
    "narasi/kerangka_kategori.j2": Template(TanpaData),
    "narasi/kerangka_pengukuran.j2": Template(KerangkaPengukuran),
    "narasi/kesimpulan.j2": Template(Kesimpulan),
    "narasi/lampiran_pk.j2": Template(LampiranPk),
    "narasi/langkah.j2": Template(Langkah),
    "narasi/pendukung.j2": Template(PerSasaran),
    "narasi/porsi_program.j2": Template(PorsiProgram),
    "narasi/penyebab.j2": Template(PerIndikator),
    "narasi/perjanjian_kinerja.j2": Template(PerjanjianKinerja),
    "narasi/program_kegiatan.j2": Template(ProgramKegiatan),
    "narasi/realisasi_anggaran.j2": Template(RealisasiAnggaran),
    "narasi/realisasi_efisiensi.j2": Template(RealisasiEfisiensi),
    "narasi/rencana_strategis.j2": Template(RencanaStrategis),
    "narasi/sasaran_ringkasan.j2": Template(PerSasaran),
    "narasi/spbe.j2": Template(Spbe),
    "teks/gambaran_umum.j2": Template(TanpaData, "gambaran_umum"),
    "teks/ikhtisar_pembuka.j2": Template(TanpaData, "ikhtisar_eksekutif"),
    "teks/kata_pengantar.j2": Template(TanpaData, "kata_pengantar"),
    "teks/latar_belakang.j2": Template(TanpaData, "latar_belakang"),
    "teks/pengukuran_kinerja.j2": Template(TanpaData, "pengukuran_kinerja"),
    "teks/penutup.j2": Template(TanpaData, "penutup"),
    "teks/perencanaan_kinerja.j2": Template(TanpaData, "perencanaan_kinerja"),
    "teks/sistematika.j2": Template(TanpaData),
    "teks/tugas_fungsi.j2": Template(TanpaData, "tugas_fungsi"),
}
