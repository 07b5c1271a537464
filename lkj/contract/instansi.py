"""The instansi workbook: filled once per year by the Subbag Perencanaan & Pelaporan (secretariat).

It holds what belongs to the whole office: profile and signatories, Renstra (sasaran, indicators, targets),
every version of the Perjanjian Kinerja, SPBE levels, conversion tables and the policy settings.
"""

from __future__ import annotations

from lkj.contract.kinds import KODE_INDIKATOR, Column, FormSheet, Kind, TableSheet, WorkbookSpec
from lkj.contract.pelaporan import KETERANGAN_ANALISIS, PEMBANDING, PENYAMPAIAN
from lkj.contract.pengaturan import PENGATURAN, SKALA, SPBE, TABEL_KONVERSI

C = Column

_KATEGORI_HELP = (
    "Untuk indikator bertabel konversi, target boleh berupa kategori pada tabel itu (kolom "
    "Kategori/Kualifikasi, mis. Kabupaten Informatif); laporan memuatnya seperti diketik."
)

PROFIL = FormSheet(
    key="profil",
    name="Profil",
    title="PROFIL INSTANSI DAN PENANDATANGAN",
    intro="Isi kolom B. Data ini dipakai pada sampul, Kata Pengantar, blok tanda tangan dan BAB I.",
    fields=(
        C(
            "nama_instansi",
            "Nama Instansi",
            Kind.TEXT,
            "Nama lengkap perangkat daerah, mis. Dinas Komunikasi dan Informatika Kabupaten ... atau "
            "Kota ....",
            required=True,
            max_length=200,  # the report's title property holds 255 characters, with "Laporan Kinerja"
        ),
        C("singkatan", "Singkatan", Kind.TEXT, "Nama singkat instansi, mis. Diskominfo."),
        C(
            "pemerintah_daerah",
            "Pemerintah Daerah",
            Kind.TEXT,
            "Mis. Pemerintah Kabupaten ... atau Pemerintah Kota ....",
            required=True,
        ),
        C(
            "tahun",
            "Tahun Laporan",
            Kind.YEAR,
            "Tahun anggaran yang dilaporkan (4 angka). Seluruh perhitungan memakai tahun ini.",
            required=True,
            essential=True,
            minimum=2000,
            maximum=2100,
        ),
        C(
            "renstra_awal",
            "Renstra: Tahun Awal",
            Kind.YEAR,
            "Tahun pertama periode Renstra.",
            minimum=2000,
            maximum=2100,
        ),
        C(
            "renstra_akhir",
            "Renstra: Tahun Akhir",
            Kind.YEAR,
            "Tahun terakhir periode Renstra.",
            minimum=2000,
            maximum=2100,
        ),
        C("alamat", "Alamat Kantor", Kind.TEXT, "Alamat lengkap kantor (untuk sampul)."),
        C(
            "tempat",
            "Tempat Penandatanganan",
            Kind.TEXT,
            "Nama kota tempat laporan ditandatangani.",
            required=True,
        ),
        C(
            "tanggal",
            "Tanggal Penandatanganan",
            Kind.DATE,
            "Tanggal laporan ditandatangani. Boleh "
            "dikosongkan bila tanggal ditulis tangan; laporan akan memberi ruang kosong.",
        ),
        C("kepala_nama", "Nama Kepala Instansi", Kind.TEXT, "Nama lengkap dengan gelar.", required=True),
        C(
            "kepala_nip",
            "NIP Kepala Instansi",
            Kind.TEXT,
            "18 angka, boleh dengan spasi seperti tertulis pada SK (8, 6, 1 dan 3 angka).",
        ),
        C("kepala_pangkat", "Pangkat/Golongan Kepala", Kind.TEXT, "Mis. Pembina Tk. I (IV/b)."),
        C(
            "kepala_jabatan",
            "Jabatan Kepala Instansi",
            Kind.TEXT,
            "Mis. Kepala Dinas Komunikasi dan Informatika Kabupaten ....",
            required=True,
        ),
        C(
            "kepala_daerah_jabatan",
            "Jabatan Kepala Daerah",
            Kind.TEXT,
            "Pihak kedua Perjanjian Kinerja, mis. Bupati ... atau Wali Kota ....",
            required=True,
        ),
        C("kepala_daerah_nama", "Nama Kepala Daerah", Kind.TEXT, "Nama lengkap kepala daerah."),
        C("visi", "Visi", Kind.LONGTEXT, "Visi dalam Renstra perangkat daerah."),
        C(
            "tugas_pokok",
            "Tugas Pokok",
            Kind.LONGTEXT,
            "Tugas pokok instansi menurut peraturan pembentukannya.",
        ),
        C(
            "logo",
            "Berkas Logo",
            Kind.TEXT,
            "Nama berkas gambar logo pemerintah daerah (PNG atau JPEG) yang diletakkan di folder masukan "
            "bersama workbook ini, mis. logo.png; tulis nama berkasnya saja, tanpa folder. Logo dimuat di "
            "sampul laporan; kosongkan bila laporan tanpa logo.",
            max_length=120,
        ),
    ),
)

URAIAN = TableSheet(
    key="uraian",
    name="Uraian",
    title="DAFTAR URAIAN (MISI, TUJUAN, FUNGSI, STRUKTUR, DASAR HUKUM, PERMASALAHAN, STRATEGI)",
    intro="Satu baris untuk satu butir. Urutan baris menjadi urutan penomoran di laporan.",
    columns=(
        C(
            "jenis",
            "Jenis",
            Kind.CHOICE,
            "Jenis daftar tempat butir ini dimuat.",
            required=True,
            essential=True,
            choices="uraian",
        ),
        C(
            "teks",
            "Isi",
            Kind.LONGTEXT,
            "Isi butir, tanpa nomor di depannya (nomor dibuat otomatis).",
            required=True,
            essential=True,
            width=90,
        ),
    ),
    optional=True,
)

TEKS = TableSheet(
    key="teks",
    name="Teks",
    title="TEKS PENGGANTI (OPSIONAL)",
    intro="Isi hanya bila ingin mengganti teks bawaan templat. Pisahkan paragraf dengan baris kosong "
    "(Alt+Enter dua kali).",
    columns=(
        C(
            "bagian",
            "Bagian Laporan",
            Kind.CHOICE,
            "Bagian laporan yang teks bawaannya diganti.",
            required=True,
            choices="teks",
        ),
        C(
            "teks",
            "Teks",
            Kind.LONGTEXT,
            "Teks pengganti; ditampilkan persis seperti diketik.",
            required=True,
            essential=True,
            width=100,
        ),
    ),
    unique=("bagian",),
    optional=True,
)

BIDANG = TableSheet(
    key="bidang",
    name="Bidang",
    title="DAFTAR BIDANG / UNIT KERJA",
    intro="Satu baris per bidang yang mengisi workbook bidang. Nama harus sama persis dengan isian "
    "'Nama Bidang' pada workbook bidang.",
    columns=(
        C("nama", "Nama Bidang", Kind.TEXT, "Mis. Bidang Aplikasi Informatika.", required=True),
        C("kepala", "Kepala Bidang", Kind.TEXT, "Nama kepala bidang (opsional)."),
    ),
    unique=("nama",),
)

SASARAN = TableSheet(
    key="sasaran",
    name="Sasaran",
    title="SASARAN STRATEGIS",
    intro="Satu baris per sasaran strategis dalam Renstra/Perjanjian Kinerja, dengan rumusan persis "
    "seperti pada dokumen PK.",
    columns=(
        C("kode", "Kode Sasaran", Kind.KODE, "Kode unik, mis. SS-01.", required=True),
        C(
            "nama",
            "Sasaran Strategis",
            Kind.TEXT,
            "Rumusan sasaran.",
            required=True,
            essential=True,
            width=60,
        ),
        C("tujuan", "Tujuan", Kind.TEXT, "Tujuan Renstra yang didukung sasaran ini (opsional).", width=40),
        C(
            "bobot",
            "Bobot",
            Kind.NUMBER,
            "Bobot untuk rata-rata tertimbang (opsional; dipakai bila "
            "Pengaturan memilih rata-rata tertimbang).",
            minimum=0,
        ),
    ),
    unique=("kode",),
)

INDIKATOR = TableSheet(
    key="indikator",
    name="Indikator",
    title="INDIKATOR KINERJA (IKU / IKT / INDIKATOR PROGRAM)",
    intro="Satu baris per indikator. Realisasi tahun berjalan diisi oleh bidang penanggung jawab pada "
    "workbook bidang; target dan realisasi tahun-tahun lalu diisi pada lembar Target Renstra.",
    columns=(
        C("kode", "Kode Indikator", Kind.KODE, "Kode unik, mis. IK-01.", required=True),
        C(
            "sasaran",
            "Kode Sasaran",
            Kind.KODE,
            "Sasaran yang diukur oleh indikator ini. Kosongkan "
            "untuk IKU tingkat instansi yang tidak berada di bawah sasaran tertentu.",
            choices="sasaran",
        ),
        C("nama", "Nama Indikator", Kind.TEXT, "Rumusan indikator.", required=True, essential=True, width=50),
        C(
            "jenis",
            "Jenis",
            Kind.CHOICE,
            "IKU, IKT atau Indikator Program.",
            required=True,
            essential=True,
            choices="jenis_indikator",
        ),
        C(
            "satuan",
            "Satuan",
            Kind.TEXT,
            "Satuan ukur, mis. %, Dokumen, Indeks.",
            required=True,
            choices="satuan",
        ),
        C(
            "polaritas",
            "Polaritas",
            Kind.CHOICE,
            "Maksimal: semakin tinggi semakin baik. Minimal: "
            "semakin rendah semakin baik. Stabil: terbaik bila berada di dalam rentang target. Capaian "
            "dihitung menurut polaritas ini.",
            required=True,
            essential=True,
            choices="polaritas",
        ),
        C("formula", "Formula / Penjelasan", Kind.LONGTEXT, "Cara menghitung indikator."),
        C("sumber_data", "Sumber Data", Kind.TEXT, "Asal data realisasi."),
        C(
            "penanggung_jawab",
            "Bidang Penanggung Jawab",
            Kind.TEXT,
            "Bidang yang mengisi realisasinya (nama sesuai lembar Bidang), atau 'Seluruh Bidang' bila "
            "indikator ini didukung semua bidang: realisasi dan penjelasannya cukup diisi pada salah satu "
            "workbook bidang. Laporan memuat nama ini di tabel indikator.",
            required=True,
            choices="bidang",
        ),
        C(
            "sumber_realisasi",
            "Sumber Realisasi",
            Kind.CHOICE,
            "Asal realisasi tahun laporan. Kosong atau 'Diisi bidang penanggung jawab': realisasi diketik "
            "bidang penanggung jawab di lembar Capaian Indikator. Pilihan lain: realisasi dihitung "
            "aplikasi, tidak diketik staf: persentase indikator program yang tercapai (menurut polaritas "
            "masing-masing) dari lembar Program seluruh bidang, atau Indeks SPBE, atau indeks satu domain "
            "SPBE dari tingkat kematangan di lembar SPBE. Laporan memuat nilai hasil hitung itu beserta "
            "cara menghitungnya; bidang penanggung jawab hanya mengisi penjelasannya.",
            choices="sumber_realisasi",
        ),
        C(
            "tabel_konversi",
            "Tabel Konversi",
            Kind.TEXT,
            "Untuk indikator berupa skor: nama tabel pada "
            "lembar Tabel Konversi yang mengubah skor menjadi capaian (%).",
            choices="tabel_konversi",
        ),
        C(
            "skala_nilai",
            "Skala Predikat Nilai",
            Kind.CHOICE,
            "Isi 'Indeks SPBE' bila realisasi "
            "indikator adalah Indeks SPBE, agar predikatnya ikut ditampilkan.",
            choices="skala_nilai",
        ),
        C(
            "desimal",
            "Jumlah Desimal",
            Kind.INTEGER,
            "Untuk realisasi yang dihitung aplikasi (lihat Sumber Realisasi): banyaknya angka di belakang "
            "koma; nilai hitung dibulatkan ke sekian desimal sebelum capaiannya dihitung, seperti angka "
            "yang diketik staf. Kosong berarti 2. Angka yang diketik staf selalu tampil dengan desimal "
            "seperti diketik.",
            minimum=0,
            maximum=4,
        ),
        C("baseline_tahun", "Tahun Baseline", Kind.YEAR, "Tahun kondisi awal.", minimum=1990, maximum=2100),
        C("baseline", "Nilai Baseline", Kind.NUMBER, "Kondisi awal indikator."),
        C(
            "target_akhir",
            "Target Akhir Renstra",
            Kind.TARGET,
            "Target pada akhir periode Renstra (angka, atau rentang seperti 80-90). " + _KATEGORI_HELP,
            choices="kategori",
        ),
        C(
            "standar_nasional",
            "Standar Nasional",
            Kind.NUMBER,
            "Standar/target nasional bila ada; laporan membandingkan realisasi dengannya (BAB III). Bila "
            "tidak ada, nyatakan pada lembar Keterangan Analisis; alasannya dimuat di laporan.",
        ),
        C(
            "sumber_standar",
            "Sumber Standar Nasional",
            Kind.TEXT,
            "Dokumen yang menetapkan standar nasional itu, mis. Peraturan Menteri ... Nomor ... Tahun ...; "
            "laporan menyebutnya sebagai sumber pada perbandingan dengan standar nasional.",
        ),
        C(
            "bobot",
            "Bobot",
            Kind.NUMBER,
            "Bobot dalam rata-rata tertimbang capaian sasaran (opsional).",
            minimum=0,
        ),
    ),
    unique=("kode",),
)

TARGET_RENSTRA = TableSheet(
    key="target_renstra",
    name="Target Renstra",
    title="TARGET RENSTRA PER TAHUN DAN REALISASI TAHUN-TAHUN SEBELUMNYA",
    intro="Satu baris per indikator per tahun. Isi realisasi hanya untuk tahun-tahun sebelum tahun "
    "laporan; realisasi tahun laporan diisi bidang pada workbook bidang.",
    columns=(
        KODE_INDIKATOR,
        C("tahun", "Tahun", Kind.YEAR, "Tahun Renstra.", required=True, minimum=1990, maximum=2100),
        C(
            "target",
            "Target",
            Kind.TARGET,
            "Target Renstra tahun itu (angka atau rentang 80-90). " + _KATEGORI_HELP,
            choices="kategori",
        ),
        C("realisasi", "Realisasi", Kind.NUMBER, "Realisasi tahun itu (hanya tahun-tahun lalu)."),
    ),
    unique=("indikator", "tahun"),
    optional=True,
)

PK_VERSI = TableSheet(
    key="pk_versi",
    name="PK Versi",
    title="PERJANJIAN KINERJA: VERSI DAN PERUBAHANNYA",
    intro="Satu baris per dokumen Perjanjian Kinerja, urut dari yang pertama (murni) sampai perubahan "
    "terakhir. Versi terakhir menjadi acuan target tahun ini.",
    columns=(
        C(
            "versi",
            "Nama Versi",
            Kind.TEXT,
            "Nama singkat, mis. PK Murni, PK Perubahan APBD-P.",
            required=True,
        ),
        C(
            "jenis",
            "Jenis",
            Kind.CHOICE,
            "Murni, APBD-P, DID, atau Lainnya.",
            required=True,
            choices="jenis_pk",
        ),
        C("tanggal", "Tanggal", Kind.DATE, "Tanggal penandatanganan (opsional)."),
        C("keterangan", "Keterangan", Kind.LONGTEXT, "Alasan perubahan, mis. tambahan Dana Insentif Daerah."),
    ),
    unique=("versi",),
)

PK_TARGET = TableSheet(
    key="pk_target",
    name="PK Target",
    title="PERJANJIAN KINERJA: TARGET INDIKATOR PER VERSI",
    intro="Satu baris per indikator per versi PK. Satuan diambil dari lembar Indikator.",
    columns=(
        C(
            "versi",
            "Versi PK",
            Kind.TEXT,
            "Nama versi dari lembar PK Versi.",
            required=True,
            choices="pk_versi",
        ),
        KODE_INDIKATOR,
        C(
            "target",
            "Target",
            Kind.TARGET,
            "Target yang diperjanjikan (angka atau rentang). " + _KATEGORI_HELP,
            required=True,
            choices="kategori",
        ),
    ),
    unique=("versi", "indikator"),
)

PK_ANGGARAN = TableSheet(
    key="pk_anggaran",
    name="PK Anggaran",
    title="PERJANJIAN KINERJA: ANGGARAN PROGRAM PER VERSI",
    intro="Satu baris per program per versi PK. Total dan selisih antarversi dihitung otomatis.",
    columns=(
        C(
            "versi",
            "Versi PK",
            Kind.TEXT,
            "Nama versi dari lembar PK Versi.",
            required=True,
            choices="pk_versi",
        ),
        C("program", "Kode Program", Kind.KODE, "Kode program sesuai workbook bidang.", required=True),
        C(
            "nama_program",
            "Nama Program (sesuai PK)",
            Kind.TEXT,
            "Opsional; laporan memakai nama dari workbook bidang.",
            width=50,
        ),
        C(
            "anggaran",
            "Anggaran (Rp)",
            Kind.MONEY,
            "Anggaran program dalam rupiah.",
            required=True,
            minimum=0,
        ),
        C("keterangan", "Keterangan", Kind.TEXT, "Sumber anggaran, mis. APBD atau APBD-P.", width=14),
    ),
    unique=("versi", "program"),
)

INSTANSI = WorkbookSpec(
    kind="instansi",
    title="Workbook Instansi",
    filled_by="Subbag Perencanaan dan Pelaporan (Sekretariat)",
    purpose="Profil, Renstra, Perjanjian Kinerja, SPBE, pengaturan perhitungan dan penyampaian laporan "
    "untuk seluruh instansi.",
    sheets=(
        PROFIL,
        URAIAN,
        TEKS,
        BIDANG,
        SASARAN,
        INDIKATOR,
        TARGET_RENSTRA,
        KETERANGAN_ANALISIS,
        PEMBANDING,
        PK_VERSI,
        PK_TARGET,
        PK_ANGGARAN,
        TABEL_KONVERSI,
        SPBE,
        PENGATURAN,
        SKALA,
        PENYAMPAIAN,
    ),
)
