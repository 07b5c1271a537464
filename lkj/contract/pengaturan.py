"""The instansi workbook's reference and policy sheets: conversion tables of score indicators, the SPBE
levels, the calculation settings and the predikat/kategori scales (pre-filled with the regulation's)."""

from __future__ import annotations

from lkj.contract.kinds import Column, FormSheet, Kind, TableSheet

C = Column

TABEL_KONVERSI = TableSheet(
    key="tabel_konversi",
    name="Tabel Konversi",
    title="TABEL KONVERSI SKOR MENJADI CAPAIAN",
    intro="Untuk indikator berupa skor (mis. nilai KI Award). Satu baris per rentang. Skor di luar "
    "semua rentang dilaporkan sebagai tidak dapat dikonversi. Rentang terbawah boleh tanpa batas bawah "
    "(mis. < 90) dan rentang teratas tanpa batas atas.",
    columns=(
        C(
            "nama",
            "Nama Tabel",
            Kind.TEXT,
            "Nama tabel, dirujuk dari lembar Indikator.",
            required=True,
            essential=True,
        ),
        C(
            "dari",
            "Nilai Dari",
            Kind.NUMBER,
            "Batas bawah rentang; kosongkan untuk rentang tanpa batas bawah (mis. skor di bawah 90).",
        ),
        C(
            "dari_termasuk",
            "Termasuk Nilai Dari?",
            Kind.CHOICE,
            "Ya: nilai sama dengan batas bawah masuk rentang ini. Tidak: harus lebih dari batas bawah. "
            "Wajib bila Nilai Dari diisi.",
            choices="ya_tidak",
        ),
        C(
            "sampai",
            "Nilai Sampai",
            Kind.NUMBER,
            "Batas atas rentang; kosongkan untuk rentang tanpa batas atas.",
        ),
        C(
            "sampai_termasuk",
            "Termasuk Nilai Sampai?",
            Kind.CHOICE,
            "Ya (atau kosong): nilai sama dengan batas atas masuk rentang ini. Tidak: harus kurang dari "
            "batas atas (mis. rentang < 90).",
            choices="ya_tidak",
        ),
        C(
            "capaian",
            "Capaian (%)",
            Kind.PERCENT,
            "Capaian kinerja untuk skor dalam rentang ini.",
            required=True,
            essential=True,
            minimum=0,
        ),
        C(
            "kategori",
            "Kategori/Kualifikasi",
            Kind.TEXT,
            "Sebutan rentang ini menurut ketentuannya (opsional), mis. Kabupaten Informatif. Target "
            "indikator bertabel konversi boleh diisi dengan sebutan ini; laporan memuatnya seperti "
            "diketik.",
        ),
    ),
    optional=True,
)

SPBE = TableSheet(
    key="spbe",
    name="SPBE",
    title="TINGKAT KEMATANGAN 47 INDIKATOR SPBE (PermenPANRB 59/2020)",
    intro="Opsional. Isi kolom Tingkat (1-5) sesuai hasil evaluasi SPBE. Bobot sudah tersedia di "
    "aplikasi; indeks aspek, domain dan Indeks SPBE dihitung otomatis.",
    columns=(
        C(
            "nomor",
            "No. Indikator",
            Kind.INTEGER,
            "Nomor indikator SPBE (jangan diubah).",
            required=True,
            minimum=1,
            maximum=47,
            width=8,
        ),
        C("nama", "Indikator SPBE", Kind.INFO, "Nama indikator (informasi).", width=70),
        C("aspek", "Aspek", Kind.INFO, "Aspek penilaian (informasi).", width=36),
        C(
            "tingkat",
            "Tingkat Kematangan",
            Kind.INTEGER,
            "Tingkat kematangan 1 sampai 5.",
            minimum=1,
            maximum=5,
            width=12,
        ),
    ),
    unique=("nomor",),
    capacity=47,
    prefilled=True,
    optional=True,
)

PENGATURAN = FormSheet(
    key="pengaturan",
    name="Pengaturan",
    title="PENGATURAN PERHITUNGAN DAN TAMPILAN",
    intro="Nilai bawaan sesuai ketentuan sudah terisi; ubah hanya bila kebijakan instansi berbeda.",
    fields=(
        C(
            "metode_efisiensi",
            "Metode Efisiensi",
            Kind.CHOICE,
            "Cara menilai efisiensi penggunaan sumber daya (analisis ke-6).",
            choices="metode_efisiensi",
            default="Selisih capaian dan serapan",
        ),
        C(
            "ambang_efisiensi",
            "Ambang Efisiensi (poin)",
            Kind.NUMBER,
            "Untuk metode selisih: selisih capaian dan serapan di atas ambang ini berarti efisien.",
            minimum=0,
            default="5",
        ),
        C(
            "batas_atas",
            "Batas Atas Capaian (%)",
            Kind.NUMBER,
            "Kosongkan bila capaian tidak dibatasi (bawaan PermenPANRB 53/2014).",
            minimum=0,
        ),
        C(
            "batas_bawah",
            "Batas Bawah Capaian (%)",
            Kind.NUMBER,
            "Capaian negatif (indikator minimal "
            "dengan realisasi di atas dua kali target) dinaikkan ke nilai ini.",
            default="0",
        ),
        C(
            "rata_rata",
            "Rata-rata Capaian Sasaran",
            Kind.CHOICE,
            "Sederhana, atau tertimbang dengan kolom Bobot.",
            choices="rata_rata",
            default="Sederhana",
        ),
        C(
            "fisik",
            "Rekap Fisik Program/Kegiatan",
            Kind.CHOICE,
            "Cara merekap fisik (%) dari sub kegiatan ke kegiatan dan program.",
            choices="fisik",
            default="Rata-rata sederhana",
        ),
        C(
            "kertas",
            "Ukuran Kertas",
            Kind.CHOICE,
            "A4 (210 x 297 mm) atau F4 (215 x 330 mm).",
            choices="kertas",
            default="A4",
        ),
        C(
            "format_kode",
            "Format Kode Program",
            Kind.CHOICE,
            "Permendagri 90/2019: kode program "
            "X.XX.XX, kegiatan X.XX.XX.X.XX, sub kegiatan X.XX.XX.X.XX.XXXX. Bebas: tanpa pemeriksaan "
            "format.",
            choices="format_kode",
            default="Permendagri 90/2019",
        ),
        C(
            "lampiran_validasi",
            "Lampirkan Catatan Validasi",
            Kind.CHOICE,
            "Ya: Catatan Penyusunan di akhir konsep memuat juga peringatan yang tidak menghalangi laporan "
            "final. Laporan final tidak pernah memuatnya.",
            choices="ya_tidak",
            default="Tidak",
        ),
        C(
            "konversi_capaian",
            "Capaian Indikator Bertabel Konversi",
            Kind.CHOICE,
            "Untuk indikator skor dengan Tabel Konversi (mis. KI Award). Realisasi dan target dikonversi "
            "(bawaan, sesuai keputusan IKU): keduanya diubah dengan tabel lalu dibandingkan, mis. nilai "
            "93,5 (85%) terhadap target 90 (80%) = 106,25%. Nilai tabel realisasi: capaian adalah nilai "
            "tabel skor realisasi (85%). Skor realisasi dibanding skor target: 93,5 / 90 = 103,89%.",
            choices="konversi_capaian",
            default="Realisasi dan target dikonversi",
        ),
    ),
)

SKALA = TableSheet(
    key="skala",
    name="Skala Nilai",
    title="SKALA PREDIKAT DAN KATEGORI",
    intro="Setiap baris: bila nilai (dibulatkan 2 desimal) memenuhi batas bawah, label ini berlaku; "
    "baris dengan batas tertinggi yang terpenuhi yang dipakai. Batas kosong berarti tanpa batas bawah.",
    columns=(
        C(
            "skala",
            "Skala",
            Kind.CHOICE,
            "Skala yang diatur baris ini.",
            required=True,
            essential=True,
            choices="skala",
        ),
        C("batas", "Batas Bawah", Kind.NUMBER, "Nilai batas bawah; kosong untuk baris terendah."),
        C(
            "operator",
            "Syarat",
            Kind.CHOICE,
            "'minimal' (nilai >= batas) atau 'lebih dari' (nilai > batas).",
            choices="operator",
        ),
        C("label", "Label", Kind.TEXT, "Predikat/kategori yang ditampilkan.", required=True, essential=True),
    ),
    capacity=60,
    prefilled=True,
    optional=True,
)
