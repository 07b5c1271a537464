"""A second complete, clearly fictional data set (tests/data/arunika/): Kabupaten Lembah Arunika does not
exist. It is the agency issue 17 was tried with, made through the tool's own blank workbooks:

- a Kabupaten under a Bupati, report year 2025 inside a Renstra 2021-2026 (not ending in the report year);
- four IKU that are the SPBE domain indices and one that is the share of program indicators reached, all
  computed by the tool (Sumber Realisasi), the bidang typing only their explanations;
- an IKT scored through the KI Award conversion table, whose bands are open at both ends ("< 40",
  "≥ 90"), with a kategori target ("Kabupaten Informatif");
- program 2.16.03 carried out by two bidang for two sasaran (kegiatan 2.16.03.2.02 too), each with its own
  sub kegiatan and budget;
- figures typed with two and three decimals, and "Seluruh Bidang" as a penanggung jawab.

Every figure of its report is computed by hand in tests/test_arunika.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from dev.samples.sukamaju_2024 import _sub  # one row shape for every sample's sub kegiatan

TAHUN = 2025
SEKRETARIAT = "Sekretariat"
APTIKA = "Bidang Aplikasi Informatika"
IKP = "Bidang Informasi dan Komunikasi Publik"
SELURUH = "Seluruh Bidang"
MAX = "Maksimal (semakin tinggi semakin baik)"
MIN = "Minimal (semakin rendah semakin baik)"

PROFIL = {
    "nama_instansi": "Dinas Komunikasi dan Informatika Kabupaten Lembah Arunika",
    "singkatan": "Diskominfo",
    "pemerintah_daerah": "Pemerintah Kabupaten Lembah Arunika",
    "tahun": TAHUN,
    "renstra_awal": 2021,
    "renstra_akhir": 2026,
    "alamat": "Jalan Cempaka Nomor 12, Lembah Arunika (alamat fiktif)",
    "tempat": "Lembah Arunika",
    "tanggal": date(2026, 1, 30),
    "kepala_nama": "Ir. Dewi Anggraini, M.Kom.",
    "kepala_nip": "19790312 200604 2 003",
    "kepala_pangkat": "Pembina Tingkat I (IV/b)",
    "kepala_jabatan": "Kepala Dinas Komunikasi dan Informatika Kabupaten Lembah Arunika",
    "kepala_daerah_jabatan": "Bupati Lembah Arunika",
    "kepala_daerah_nama": "H. Arif Setiawan, S.H., M.M.",
    "visi": "Lembah Arunika yang Terhubung, Terbuka dan Melayani.",
    "tugas_pokok": "Membantu Bupati melaksanakan urusan pemerintahan bidang komunikasi dan informatika yang "
    "menjadi kewenangan daerah.",
}

URAIAN = [
    {"jenis": "Misi", "teks": "Mewujudkan pemerintahan berbasis elektronik yang terpadu dan aman."},
    {"jenis": "Misi", "teks": "Mewujudkan keterbukaan informasi publik yang mudah diakses warga."},
    {"jenis": "Tujuan", "teks": "Meningkatkan kematangan sistem pemerintahan berbasis elektronik."},
    {"jenis": "Tujuan", "teks": "Meningkatkan keterbukaan dan kualitas layanan informasi publik."},
    {"jenis": "Fungsi", "teks": "Perumusan kebijakan di bidang komunikasi dan informatika;"},
    {"jenis": "Fungsi", "teks": "Pelaksanaan kebijakan di bidang komunikasi dan informatika;"},
    {"jenis": "Fungsi", "teks": "Pelaksanaan evaluasi dan pelaporan di bidang tugasnya; dan"},
    {"jenis": "Fungsi", "teks": "Pelaksanaan administrasi dinas."},
    {"jenis": "Struktur Organisasi", "teks": "Kepala Dinas"},
    {"jenis": "Struktur Organisasi", "teks": "Sekretariat"},
    {"jenis": "Struktur Organisasi", "teks": "Bidang Aplikasi Informatika"},
    {"jenis": "Struktur Organisasi", "teks": "Bidang Informasi dan Komunikasi Publik"},
    {
        "jenis": "Dasar Hukum",
        "teks": "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
    },
    {
        "jenis": "Dasar Hukum",
        "teks": "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;",
    },
    {
        "jenis": "Dasar Hukum",
        "teks": "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, "
        "Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.",
    },
    {"jenis": "Permasalahan", "teks": "Integrasi aplikasi di antara perangkat daerah belum tuntas."},
    {"jenis": "Strategi ke Depan", "teks": "Menyusun peta rencana integrasi layanan setiap semester."},
]

BIDANG_LIST = [{"nama": n} for n in (SEKRETARIAT, APTIKA, IKP)]

SASARAN = [
    {"kode": "SS-01", "nama": "Meningkatnya kematangan sistem pemerintahan berbasis elektronik"},
    {"kode": "SS-02", "nama": "Meningkatnya keterbukaan informasi publik"},
    {"kode": "SS-03", "nama": "Meningkatnya kinerja program perangkat daerah"},
]


def _ind(
    kode: str, sasaran: str, nama: str, satuan: str, pj: str, formula: str, **extra: object
) -> dict[str, object]:
    return {
        "kode": kode,
        "sasaran": sasaran,
        "nama": nama,
        "jenis": extra.pop("jenis", "IKU"),
        "satuan": satuan,
        "polaritas": MAX,
        "formula": formula,
        "sumber_data": extra.pop("sumber_data", "Laporan bidang penanggung jawab"),
        "penanggung_jawab": pj,
        **extra,
    }


_DOMAIN = "Indeks domain {} dari tingkat kematangan indikator SPBE domain itu (PermenPANRB 59/2020)."
INDIKATOR = [
    _ind(
        "IK-01",
        "SS-01",
        "Indeks Domain Kebijakan Internal SPBE",
        "Indeks",
        APTIKA,
        _DOMAIN.format("Kebijakan Internal"),
        sumber_realisasi="Indeks domain Kebijakan Internal SPBE",
        target_akhir=D("3.50"),
        standar_nasional=D("2.60"),
        sumber_standar="Hasil evaluasi SPBE nasional (rata-rata domain, fiktif)",
    ),
    _ind(
        "IK-02",
        "SS-01",
        "Indeks Domain Tata Kelola SPBE",
        "Indeks",
        APTIKA,
        _DOMAIN.format("Tata Kelola"),
        sumber_realisasi="Indeks domain Tata Kelola SPBE",
        target_akhir=D("3.25"),
    ),
    _ind(
        "IK-03",
        "SS-01",
        "Indeks Domain Manajemen SPBE",
        "Indeks",
        APTIKA,
        _DOMAIN.format("Manajemen"),
        sumber_realisasi="Indeks domain Manajemen SPBE",
        target_akhir=D("3.00"),
    ),
    _ind(
        "IK-04",
        "SS-01",
        "Indeks Domain Layanan SPBE",
        "Indeks",
        APTIKA,
        _DOMAIN.format("Layanan"),
        sumber_realisasi="Indeks domain Layanan SPBE",
        target_akhir=D("4.00"),
    ),
    _ind(
        "IK-05",
        "SS-02",
        "Nilai Keterbukaan Informasi Publik (KI Award)",
        "Nilai",
        IKP,
        "Nilai monitoring dan evaluasi Komisi Informasi Provinsi, dikonversi dengan tabel KI Award.",
        jenis="IKT",
        tabel_konversi="KI Award",
        target_akhir="Kabupaten Informatif",
        standar_nasional=90,
        sumber_standar="Peraturan Komisi Informasi Nomor 1 Tahun 2022 (batas bawah kualifikasi Informatif)",
        sumber_data="Keputusan Komisi Informasi Provinsi",
    ),
    _ind(
        "IK-06",
        "SS-02",
        "Persentase permohonan informasi publik yang diselesaikan tepat waktu",
        "%",
        IKP,
        "Jumlah permohonan informasi yang diselesaikan dalam 10 hari kerja dibagi jumlah permohonan dikali "
        "100%.",
        target_akhir=D("97.00"),
        sumber_data="Register permohonan informasi PPID",
    ),
    _ind(
        "IK-07",
        "SS-03",
        "Persentase Indikator Program yang Tercapai",
        "%",
        SELURUH,
        "Jumlah indikator program yang tercapai (menurut polaritasnya) dibagi jumlah indikator program "
        "dikali 100%.",
        sumber_realisasi="Persentase indikator program tercapai",
        desimal=2,
        target_akhir=D("85.00"),
        standar_nasional=75,
        sumber_standar="Pedoman evaluasi kinerja perangkat daerah (batas minimal, fiktif)",
        sumber_data="Laporan capaian indikator program seluruh bidang",
    ),
]

# Renstra targets 2021-2026; realisations of the years before 2025 where they were measured
_RENSTRA = {
    "IK-01": ("2.00", "2.25", "2.50", "2.75", "3.00", "3.50"),
    "IK-02": ("2.00", "2.25", "2.50", "2.50", "2.75", "3.25"),
    "IK-03": ("1.75", "2.00", "2.25", "2.25", "2.50", "3.00"),
    "IK-04": ("2.50", "2.75", "3.00", "3.25", "3.50", "4.00"),
    "IK-05": ("60", "70", "80", "85", "Kabupaten Informatif", "Kabupaten Informatif"),
    "IK-06": ("90.00", "92.00", "93.00", "94.00", "95.00", "97.00"),
    "IK-07": ("70.00", "72.50", "75.00", "77.50", "75.00", "85.00"),
}
_HISTORY = {
    "IK-01": {2024: D("2.80")},
    "IK-05": {2023: D("78.250"), 2024: D("86.500")},
    "IK-06": {2023: D("92.40"), 2024: D("93.50")},
    "IK-07": {2024: D("75.00")},
}


def _target(text: str) -> object:
    return text if not text[0].isdigit() else D(text)


TARGET_RENSTRA = [
    {
        "indikator": kode,
        "tahun": year,
        "target": _target(targets[n]),
        "realisasi": _HISTORY.get(kode, {}).get(year),
    }
    for kode, targets in _RENSTRA.items()
    for n, year in enumerate(range(2021, 2027))
]

PK_VERSI = [
    {
        "versi": "PK 2025",
        "jenis": "Murni",
        "tanggal": date(2025, 1, 31),
        "keterangan": "Perjanjian Kinerja tahun 2025 berdasarkan DPA.",
    }
]
PK_TARGET = [
    {"versi": "PK 2025", "indikator": kode, "target": _target(targets[4])}
    for kode, targets in _RENSTRA.items()
]

_PROGRAMS = {
    "2.16.01": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "2.16.02": "Program Informasi dan Komunikasi Publik",
    "2.16.03": "Program Aplikasi Informatika",
}
PK_ANGGARAN = [
    {"versi": "PK 2025", "program": "2.16.01", "nama_program": _PROGRAMS["2.16.01"], "anggaran": 400000000},
    {"versi": "PK 2025", "program": "2.16.02", "nama_program": _PROGRAMS["2.16.02"], "anggaran": 300000000},
    {"versi": "PK 2025", "program": "2.16.03", "nama_program": _PROGRAMS["2.16.03"], "anggaran": 700000000},
]

# The KI Award table, open below its first band and above its last
TABEL_KONVERSI = [
    {
        "nama": "KI Award",
        "sampai": 40,
        "sampai_termasuk": "Tidak",
        "capaian": 20,
        "kategori": "Kabupaten Tidak Informatif",
    },
    {
        "nama": "KI Award",
        "dari": 40,
        "dari_termasuk": "Ya",
        "sampai": 60,
        "sampai_termasuk": "Tidak",
        "capaian": 40,
        "kategori": "Kabupaten Kurang Informatif",
    },
    {
        "nama": "KI Award",
        "dari": 60,
        "dari_termasuk": "Ya",
        "sampai": 80,
        "sampai_termasuk": "Tidak",
        "capaian": 60,
        "kategori": "Kabupaten Cukup Informatif",
    },
    {
        "nama": "KI Award",
        "dari": 80,
        "dari_termasuk": "Ya",
        "sampai": 90,
        "sampai_termasuk": "Tidak",
        "capaian": 80,
        "kategori": "Kabupaten Menuju Informatif",
    },
    {
        "nama": "KI Award",
        "dari": 90,
        "dari_termasuk": "Ya",
        "capaian": 100,
        "kategori": "Kabupaten Informatif",
    },
]

# SPBE levels: every indicator of domains 1-3 at level 3, of domain 4 (indicators 32-47) at level 4
SPBE = [{"nomor": n, "tingkat": 4 if n >= 32 else 3} for n in range(1, 48)]

PENYAMPAIAN = {
    "lkj_sebelumnya": "Ya",
    "tanggal_penyampaian": date(2026, 2, 13),
    "alamat_publikasi": "https://diskominfo.lembaharunika.example/lkj-2025",
    "tanggal_publikasi": date(2026, 2, 20),
    "apip_unit": "Inspektorat Kabupaten Lembah Arunika",
    "tanggal_reviu": date(2026, 1, 26),
    "tempat_reviu": "Lembah Arunika",
    "apip_nama": "Drs. Bambang Hartono, M.Si.",
    "apip_jabatan": "Inspektur Kabupaten Lembah Arunika",
    "apip_pangkat": "Pembina Utama Muda (IV/c)",
    "apip_nip": "19700415 199503 1 002",
}

# The comparisons that cannot be made, told to the reader instead of left empty (issue 16): the SPBE
# domain indices are computed by the application from this year's maturity levels only, and no national
# standard exists for them or for the timeliness of information requests.
KETERANGAN_ANALISIS = [
    *(
        {
            "indikator": kode,
            "analisis": "Perbandingan Tahun Sebelumnya",
            "alasan": "Indikator baru",
            "penjelasan": "Indeks domain SPBE dihitung dari tingkat kematangan sejak tahun 2025 (fiktif).",
        }
        for kode in ("IK-02", "IK-03", "IK-04")
    ),
    *(
        {"indikator": kode, "analisis": "Standar Nasional/Pembanding", "alasan": "Tidak ada standar nasional"}
        for kode in ("IK-02", "IK-03", "IK-04", "IK-06")
    ),
]

INSTANSI = {
    "profil": PROFIL,
    "uraian": URAIAN,
    "bidang": BIDANG_LIST,
    "sasaran": SASARAN,
    "indikator": INDIKATOR,
    "target_renstra": TARGET_RENSTRA,
    "keterangan_analisis": KETERANGAN_ANALISIS,
    "pk_versi": PK_VERSI,
    "pk_target": PK_TARGET,
    "pk_anggaran": PK_ANGGARAN,
    "tabel_konversi": TABEL_KONVERSI,
    "spbe": SPBE,
    "pengaturan": {"lampiran_validasi": "Ya"},
    "penyampaian": PENYAMPAIAN,
}


def _capaian(
    kode: str, penyebab: str, upaya: str, pendukung: str, realisasi: D | None = None
) -> dict[str, object]:
    """A bidang's explanation of an indicator (its realisation only when it is typed)."""
    row: dict[str, object] = {
        "indikator": kode,
        "penyebab": penyebab,
        "upaya": upaya,
        "program_pendukung": pendukung,
    }
    if realisasi is not None:
        row.update({"tw4": realisasi, "realisasi": realisasi})
    return row


SEKRETARIAT_WB = {
    "identitas": {
        "nama_bidang": SEKRETARIAT,
        "tahun": TAHUN,
        "penyusun": "Rahmat Hidayat, S.E.",
        "jabatan_penyusun": "Subkoordinator Perencanaan dan Keuangan",
    },
    "program": [
        {
            "kode": "2.16.01",
            "nama": _PROGRAMS["2.16.01"],
            "sasaran": "SS-03",
            "indikator": "Nilai SAKIP Perangkat Daerah",
            "target": D("70.00"),
            "satuan": "Nilai",
            "realisasi": D("72.50"),
        },
        {
            "indikator": "Jumlah temuan pemeriksaan keuangan",
            "polaritas": MIN,
            "target": 3,
            "satuan": "Temuan",
            "realisasi": 2,
        },
    ],
    "kegiatan": [
        {
            "kode": "2.16.01.2.01",
            "program": "2.16.01",
            "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "indikator": "Jumlah dokumen perencanaan dan evaluasi kinerja",
            "target": 4,
            "satuan": "Dokumen",
            "realisasi": 4,
        }
    ],
    "sub_kegiatan": [
        _sub(
            "2.16.01.2.01.0001",
            "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            "Jumlah dokumen perencanaan",
            2,
            "Dokumen",
            150000000,
            2,
            142500000,
            100,
        ),
        _sub(
            "2.16.01.2.01.0002",
            "Evaluasi Kinerja Perangkat Daerah",
            "Jumlah laporan evaluasi kinerja",
            2,
            "Laporan",
            250000000,
            2,
            240000000,
            100,
        ),
    ],
    "capaian": [
        _capaian(
            "IK-07",
            "Empat dari lima indikator program tercapai; indikator integrasi aplikasi belum mencapai target.",
            "Rencana aksi triwulanan setiap program dipantau dalam rapat pimpinan.",
            "Seluruh program perangkat daerah.",
        )
    ],
}

APTIKA_WB = {
    "identitas": {
        "nama_bidang": APTIKA,
        "tahun": TAHUN,
        "penyusun": "Yudi Prasetyo, S.T.",
        "jabatan_penyusun": "Subkoordinator Tata Kelola SPBE",
    },
    "program": [
        {
            "kode": "2.16.03",
            "nama": _PROGRAMS["2.16.03"],
            "sasaran": "SS-01",
            "indikator": "Persentase aplikasi perangkat daerah yang terintegrasi",
            "target": 80,
            "satuan": "%",
            "realisasi": 75,
        }
    ],
    "kegiatan": [
        {
            "kode": "2.16.03.2.02",
            "program": "2.16.03",
            "nama": "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
            "indikator": "Jumlah layanan e-Government yang dikelola",
            "target": 12,
            "satuan": "Layanan",
            "realisasi": 12,
        }
    ],
    "sub_kegiatan": [
        _sub(
            "2.16.03.2.02.0001",
            "Pengelolaan dan Pengembangan Sistem Penghubung Layanan Pemerintah",
            "Jumlah layanan terhubung",
            10,
            "Layanan",
            400000000,
            10,
            380000000,
            100,
        ),
        _sub(
            "2.16.03.2.02.0002",
            "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
            "Jumlah titik jaringan intra",
            40,
            "Titik",
            200000000,
            36,
            170000000,
            90,
        ),
    ],
    "capaian": [
        _capaian(
            kode,
            f"Tingkat kematangan domain {nama} dinilai dari dokumen dan penerapan yang lengkap.",
            "Penilaian mandiri SPBE dilakukan setiap semester bersama seluruh perangkat daerah.",
            "Program Aplikasi Informatika.",
        )
        for kode, nama in (
            ("IK-01", "Kebijakan Internal"),
            ("IK-02", "Tata Kelola"),
            ("IK-03", "Manajemen"),
            ("IK-04", "Layanan"),
        )
    ],
}

IKP_WB = {
    "identitas": {
        "nama_bidang": IKP,
        "tahun": TAHUN,
        "penyusun": "Nurul Aini, S.Sos.",
        "jabatan_penyusun": "Subkoordinator Pengelolaan Informasi Publik",
    },
    "program": [
        {
            "kode": "2.16.02",
            "nama": _PROGRAMS["2.16.02"],
            "sasaran": "SS-02",
            "indikator": "Persentase konten informasi publik yang terpublikasi",
            "target": 90,
            "satuan": "%",
            "realisasi": 92,
        },
        {
            "kode": "2.16.03",
            "nama": _PROGRAMS["2.16.03"],
            "sasaran": "SS-02",
            "indikator": "Jumlah layanan informasi publik daring",
            "target": 4,
            "satuan": "Layanan",
            "realisasi": 4,
        },
    ],
    "kegiatan": [
        {
            "kode": "2.16.02.2.01",
            "program": "2.16.02",
            "nama": "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
            "indikator": "Jumlah konten informasi publik",
            "target": 120,
            "satuan": "Konten",
            "realisasi": 126,
        },
        {
            "kode": "2.16.03.2.02",
            "program": "2.16.03",
            "nama": "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
            "indikator": "Jumlah layanan informasi publik daring",
            "target": 4,
            "satuan": "Layanan",
            "realisasi": 4,
        },
    ],
    "sub_kegiatan": [
        _sub(
            "2.16.02.2.01.0001",
            "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
            "Jumlah konten informasi publik",
            120,
            "Konten",
            300000000,
            126,
            291000000,
            100,
        ),
        _sub(
            "2.16.03.2.02.0003",
            "Pengembangan Aplikasi Layanan Informasi Publik Daring",
            "Jumlah layanan informasi publik daring",
            4,
            "Layanan",
            100000000,
            4,
            95000000,
            100,
        ),
    ],
    "capaian": [
        _capaian(
            "IK-05",
            "Seluruh dokumen informasi berkala dan serta-merta tersedia di laman PPID dan dinilai lengkap.",
            "Pemutakhiran daftar informasi publik setiap triwulan.",
            "Program Informasi dan Komunikasi Publik.",
            D("91.375"),
        ),
        _capaian(
            "IK-06",
            "Layanan permohonan informasi daring memangkas waktu penyelesaian.",
            "Pemantauan register permohonan setiap minggu.",
            "Program Aplikasi Informatika, kegiatan Pengelolaan e-Government.",
            D("96.125"),
        ),
    ],
}

WORKBOOKS = {
    "00-instansi.xlsx": ("instansi", INSTANSI),
    "01-sekretariat.xlsx": ("bidang", SEKRETARIAT_WB),
    "02-aplikasi-informatika.xlsx": ("bidang", APTIKA_WB),
    "03-informasi-komunikasi-publik.xlsx": ("bidang", IKP_WB),
}
