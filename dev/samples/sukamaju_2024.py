"""A complete, clearly fictional data set (tests/data/sukamaju/): Kabupaten Sukamaju does not exist.

It exercises everything the Jambi seed lacks: five years of history, Renstra targets to 2026, national
standards with their sources, benchmarks, a minimize indicator, a range (stabilize) indicator, a score
indicator with a conversion table, an IKT, a program and a sub kegiatan with two indicators, two PK
versions, all 47 SPBE levels, the bidang's explanation for every indicator (with the kendala and the
rencana tindak lanjut of the three that fell short), and the report's delivery and reviu, so that the
report has no analysis left without data.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

TAHUN = 2024
SEKRETARIAT = "Sekretariat"
SPBE = "Bidang Infrastruktur dan Layanan SPBE"
IKP = "Bidang Informasi dan Komunikasi Publik"
STATSAN = "Bidang Statistik dan Persandian"
MAX = "Maksimal (semakin tinggi semakin baik)"
MIN = "Minimal (semakin rendah semakin baik)"
STABIL = "Stabil (dalam rentang target)"

PROFIL = {
    "nama_instansi": "Dinas Komunikasi, Informatika dan Statistik Kabupaten Sukamaju",
    "singkatan": "Diskominfotik",
    "pemerintah_daerah": "Pemerintah Kabupaten Sukamaju",
    "tahun": TAHUN,
    "renstra_awal": 2021,
    "renstra_akhir": 2026,
    "alamat": "Jalan Merdeka Nomor 1, Sukamaju (alamat fiktif)",
    "tempat": "Sukamaju",
    "tanggal": date(2025, 1, 31),
    "kepala_nama": "Dr. Rina Kartika, S.Kom., M.T.",
    "kepala_nip": "19800101 200501 2 001",
    "kepala_pangkat": "Pembina Utama Muda (IV/c)",
    "kepala_jabatan": "Kepala Dinas Komunikasi, Informatika dan Statistik Kabupaten Sukamaju",
    "kepala_daerah_jabatan": "Bupati Sukamaju",
    "kepala_daerah_nama": "H. Budi Santoso, S.E.",
    "visi": "Terwujudnya Sukamaju yang Cerdas, Terbuka dan Berdaya Saing melalui Pemerintahan Digital.",
    "tugas_pokok": "Membantu Bupati melaksanakan urusan pemerintahan bidang komunikasi dan informatika, "
    "bidang statistik dan bidang persandian yang menjadi kewenangan daerah.",
    "logo": "logo-sukamaju.png",
}

URAIAN = [
    {"jenis": "Misi", "teks": "Mewujudkan tata kelola pemerintahan berbasis elektronik yang terpadu."},
    {"jenis": "Misi", "teks": "Meningkatkan keterbukaan informasi dan partisipasi publik."},
    {"jenis": "Misi", "teks": "Menyediakan data statistik sektoral yang akurat dan mudah diakses."},
    {"jenis": "Tujuan", "teks": "Meningkatkan kualitas penyelenggaraan pemerintahan berbasis elektronik."},
    {"jenis": "Tujuan", "teks": "Meningkatkan kualitas layanan informasi publik dan data pembangunan."},
    {
        "jenis": "Fungsi",
        "teks": "Perumusan kebijakan di bidang komunikasi, informatika, statistik dan persandian;",
    },
    {
        "jenis": "Fungsi",
        "teks": "Pelaksanaan kebijakan di bidang komunikasi, informatika, statistik dan persandian;",
    },
    {"jenis": "Fungsi", "teks": "Pelaksanaan evaluasi dan pelaporan di bidang tugasnya;"},
    {"jenis": "Fungsi", "teks": "Pelaksanaan administrasi dinas; dan"},
    {"jenis": "Fungsi", "teks": "Pelaksanaan fungsi lain yang diberikan oleh Bupati."},
    {"jenis": "Struktur Organisasi", "teks": "Kepala Dinas"},
    {
        "jenis": "Struktur Organisasi",
        "teks": "Sekretariat, terdiri dari:\na. Subbagian Perencanaan dan "
        "Keuangan;\nb. Subbagian Umum dan Kepegawaian;",
    },
    {"jenis": "Struktur Organisasi", "teks": "Bidang Infrastruktur dan Layanan SPBE"},
    {"jenis": "Struktur Organisasi", "teks": "Bidang Informasi dan Komunikasi Publik"},
    {"jenis": "Struktur Organisasi", "teks": "Bidang Statistik dan Persandian"},
    {
        "jenis": "Dasar Hukum",
        "teks": "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
    },
    {"jenis": "Dasar Hukum", "teks": "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;"},
    {
        "jenis": "Dasar Hukum",
        "teks": "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
        "Kinerja Instansi Pemerintah;",
    },
    {
        "jenis": "Dasar Hukum",
        "teks": "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;",
    },
    {
        "jenis": "Dasar Hukum",
        "teks": "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis "
        "Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;",
    },
    {
        "jenis": "Dasar Hukum",
        "teks": "Peraturan Daerah Kabupaten Sukamaju Nomor 7 Tahun 2021 tentang Rencana "
        "Pembangunan Jangka Menengah Daerah Tahun 2021-2026 (fiktif).",
    },
    {"jenis": "Permasalahan", "teks": "Jumlah ASN berkompetensi teknologi informasi belum memadai."},
    {"jenis": "Permasalahan", "teks": "Aplikasi perangkat daerah belum seluruhnya terintegrasi."},
    {
        "jenis": "Permasalahan",
        "teks": "Kesadaran produsen data untuk memperbarui data sektoral masih rendah.",
    },
    {
        "jenis": "Strategi ke Depan",
        "teks": "Menuntaskan integrasi aplikasi melalui sistem penghubung layanan.",
    },
    {"jenis": "Strategi ke Depan", "teks": "Menambah kapasitas pusat data secara bertahap sesuai kebutuhan."},
    {"jenis": "Strategi ke Depan", "teks": "Memperkuat forum Satu Data dengan jadwal pemutakhiran bulanan."},
]

BIDANG_LIST = [{"nama": n} for n in (SEKRETARIAT, SPBE, IKP, STATSAN)]

SASARAN = [
    {
        "kode": "SS-01",
        "nama": "Meningkatnya kualitas penyelenggaraan SPBE",
        "tujuan": "Meningkatkan kualitas penyelenggaraan pemerintahan berbasis elektronik",
    },
    {
        "kode": "SS-02",
        "nama": "Meningkatnya keterbukaan dan kualitas layanan informasi publik",
        "tujuan": "Meningkatkan kualitas layanan informasi publik dan data pembangunan",
    },
    {
        "kode": "SS-03",
        "nama": "Meningkatnya ketersediaan data statistik sektoral yang berkualitas",
        "tujuan": "Meningkatkan kualitas layanan informasi publik dan data pembangunan",
    },
    {
        "kode": "SS-04",
        "nama": "Meningkatnya akuntabilitas kinerja dan keuangan perangkat daerah",
        "tujuan": "Meningkatkan kualitas penyelenggaraan pemerintahan berbasis elektronik",
    },
]


def _ind(
    kode: str, sasaran: str, nama: str, satuan: str, polaritas: str, pj: str, formula: str, **extra: object
) -> dict[str, object]:
    return {
        "kode": kode,
        "sasaran": sasaran,
        "nama": nama,
        "jenis": extra.pop("jenis", "IKU"),
        "satuan": satuan,
        "polaritas": polaritas,
        "formula": formula,
        "penanggung_jawab": pj,
        "sumber_data": extra.pop("sumber_data", "Laporan bidang penanggung jawab"),
        **extra,
    }


INDIKATOR = [
    _ind(
        "IK-01",
        "SS-01",
        "Indeks SPBE",
        "Indeks",
        MAX,
        SPBE,
        "Indeks SPBE hasil evaluasi Kementerian PANRB "
        "(PermenPANRB 59/2020): jumlah tingkat kematangan 47 indikator dikali bobotnya, dibagi 100.",
        skala_nilai="Indeks SPBE",
        baseline_tahun=2020,
        baseline=D("2.10"),
        target_akhir=D("3.5"),
        standar_nasional=D("2.79"),
        sumber_standar="Keputusan Menteri PANRB tentang Hasil Evaluasi SPBE Tahun 2023 (rata-rata nasional, fiktif)",
        sumber_data="Keputusan Menteri PANRB tentang hasil evaluasi SPBE",
    ),
    _ind(
        "IK-02",
        "SS-01",
        "Persentase perangkat daerah yang terhubung jaringan intra pemerintah",
        "%",
        MAX,
        SPBE,
        "Jumlah perangkat daerah terhubung dibagi jumlah seluruh perangkat daerah dikali 100%.",
        baseline_tahun=2020,
        baseline=62,
        target_akhir=100,
        standar_nasional=80,
        sumber_standar="Rencana Induk SPBE Nasional (target konektivitas jaringan intra, fiktif)",
    ),
    _ind(
        "IK-03",
        "SS-01",
        "Tingkat pemanfaatan kapasitas pusat data",
        "%",
        STABIL,
        SPBE,
        "Kapasitas pusat data terpakai dibagi kapasitas tersedia dikali 100%; ideal berada pada 60-80%.",
        baseline_tahun=2020,
        baseline=48,
        target_akhir="60-80",
        standar_nasional=80,
        sumber_standar="Pedoman Manajemen Pusat Data Nasional (batas atas pemanfaatan, fiktif)",
    ),
    _ind(
        "IK-04",
        "SS-02",
        "Nilai Keterbukaan Informasi Publik (KI Award)",
        "Nilai",
        MAX,
        IKP,
        "Nilai monitoring dan evaluasi Komisi Informasi, dikonversi menjadi capaian dengan tabel KI Award.",
        tabel_konversi="KI Award",
        baseline_tahun=2020,
        baseline=D("78.4"),
        target_akhir=97,
        standar_nasional=90,
        sumber_standar="Peraturan Komisi Informasi Nomor 1 Tahun 2022 (batas bawah kualifikasi Informatif)",
        sumber_data="Keputusan Komisi Informasi Provinsi",
    ),
    _ind(
        "IK-05",
        "SS-02",
        "Rata-rata waktu tindak lanjut pengaduan publik",
        "Hari",
        MIN,
        IKP,
        "Jumlah hari tindak lanjut seluruh pengaduan dibagi jumlah pengaduan.",
        baseline_tahun=2020,
        baseline=6,
        target_akhir=2,
        standar_nasional=5,
        sumber_standar="Peraturan Menteri PANRB tentang Pedoman Pengelolaan Pengaduan Pelayanan Publik (fiktif)",
        sumber_data="Aplikasi SP4N-LAPOR!",
    ),
    _ind(
        "IK-06",
        "SS-03",
        "Persentase data statistik sektoral yang terpublikasi di portal Satu Data",
        "%",
        MAX,
        STATSAN,
        "Jumlah data sektoral terpublikasi dibagi jumlah data dalam daftar data dikali 100%.",
        baseline_tahun=2020,
        baseline=58,
        target_akhir=100,
        standar_nasional=75,
        sumber_standar="Peraturan Badan Pusat Statistik tentang Satu Data Indonesia (target publikasi, fiktif)",
    ),
    _ind(
        "IK-07",
        "SS-04",
        "Nilai SAKIP Perangkat Daerah",
        "Nilai",
        MAX,
        SEKRETARIAT,
        "Nilai hasil evaluasi SAKIP oleh Inspektorat.",
        baseline_tahun=2020,
        baseline=D("63.5"),
        target_akhir=80,
        standar_nasional=70,
        sumber_standar="Peraturan Menteri PANRB tentang Evaluasi SAKIP (batas bawah predikat BB, fiktif)",
        sumber_data="Laporan hasil evaluasi SAKIP Inspektorat",
    ),
    _ind(
        "IK-08",
        "SS-04",
        "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
        "%",
        MAX,
        SEKRETARIAT,
        "Jumlah rekomendasi yang selesai ditindaklanjuti dibagi jumlah rekomendasi dikali 100%.",
        jenis="IKT",
        baseline_tahun=2020,
        baseline=85,
        target_akhir=100,
        standar_nasional=100,
        sumber_standar="Peraturan Badan Pemeriksa Keuangan tentang Pemantauan Tindak Lanjut (fiktif)",
    ),
]

# indicator → (targets 2019..2026, realisations 2019..2023)
_HISTORY = {
    "IK-01": (
        ("1.8", "2.0", "2.2", "2.5", "2.8", "3.2", "3.35", "3.5"),
        ("1.95", "2.10", "2.35", "2.61", "2.88"),
    ),
    "IK-02": (("50", "60", "70", "75", "85", "90", "95", "100"), ("55", "62", "70", "78", "86")),
    "IK-03": (
        ("30-50", "40-60", "50-70", "60-80", "60-80", "60-80", "60-80", "60-80"),
        ("40", "48", "57", "66", "74"),
    ),
    "IK-04": (("75", "80", "82", "85", "88", "90", "94", "97"), ("72.5", "78.4", "84.1", "88.6", "91.2")),
    "IK-05": (("7", "6", "5", "4", "3.5", "3", "2.5", "2"), ("7", "6", "5", "4", "3.2")),
    "IK-06": (("45", "55", "60", "68", "75", "85", "92", "100"), ("50", "58", "64", "70", "76")),
    "IK-07": (("60", "63", "66", "70", "73", "75", "78", "80"), ("60.1", "63.5", "66.2", "70.8", "73.1")),
    "IK-08": (("80", "85", "90", "95", "100", "100", "100", "100"), ("80", "85", "90", "95", "100")),
}


def _target(text: str) -> object:
    return text if "-" in text else D(text)


TARGET_RENSTRA = [
    {
        "indikator": kode,
        "tahun": year,
        "target": _target(targets[i]),
        "realisasi": D(realised[i]) if i < len(realised) else None,
    }
    for kode, (targets, realised) in _HISTORY.items()
    for i, year in enumerate(range(2019, 2027))
]

PK_VERSI = [
    {
        "versi": "PK Murni",
        "jenis": "Murni",
        "tanggal": date(2024, 1, 31),
        "keterangan": "Perjanjian Kinerja awal tahun berdasarkan DPA murni.",
    },
    {
        "versi": "PK Perubahan",
        "jenis": "APBD-P",
        "tanggal": date(2024, 10, 15),
        "keterangan": "Perubahan setelah APBD Perubahan: tambahan anggaran jaringan intra dan target perangkat "
        "daerah terhubung dinaikkan.",
    },
]

_PK_TARGETS = {
    "IK-01": "3.2",
    "IK-02": "88",
    "IK-03": "60-80",
    "IK-04": "90",
    "IK-05": "3",
    "IK-06": "85",
    "IK-07": "75",
    "IK-08": "100",
}
PK_TARGET = [{"versi": "PK Murni", "indikator": k, "target": _target(v)} for k, v in _PK_TARGETS.items()] + [
    {"versi": "PK Perubahan", "indikator": k, "target": _target("90" if k == "IK-02" else v)}
    for k, v in _PK_TARGETS.items()
]

_PROGRAMS = {
    "2.16.01": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "2.16.02": "Program Informasi dan Komunikasi Publik",
    "2.16.03": "Program Aplikasi Informatika",
    "2.20.02": "Program Penyelenggaraan Statistik Sektoral",
    "2.21.02": "Program Penyelenggaraan Persandian untuk Pengamanan Informasi",
}
_MURNI = {
    "2.16.01": 6350000000,
    "2.16.02": 1745000000,
    "2.16.03": 3120000000,
    "2.20.02": 412000000,
    "2.21.02": 268000000,
}
_PERUBAHAN = {
    "2.16.01": 6412500000,
    "2.16.02": 1745000000,
    "2.16.03": 3485000000,
    "2.20.02": 412000000,
    "2.21.02": 268000000,
}
PK_ANGGARAN = [
    {
        "versi": versi,
        "program": kode,
        "nama_program": _PROGRAMS[kode],
        "anggaran": amounts[kode],
        "keterangan": "APBD" if versi == "PK Murni" else "APBD-P",
    }
    for versi, amounts in (("PK Murni", _MURNI), ("PK Perubahan", _PERUBAHAN))
    for kode in _PROGRAMS
]

TABEL_KONVERSI = [
    {"nama": "KI Award", "dari": 90, "dari_termasuk": "Ya", "sampai": 92, "capaian": 80},
    {"nama": "KI Award", "dari": 92, "dari_termasuk": "Tidak", "sampai": 94, "capaian": 85},
    {"nama": "KI Award", "dari": 94, "dari_termasuk": "Tidak", "sampai": 96, "capaian": 90},
    {"nama": "KI Award", "dari": 96, "dari_termasuk": "Tidak", "sampai": 98, "capaian": 95},
    {"nama": "KI Award", "dari": 98, "dari_termasuk": "Tidak", "sampai": 100, "capaian": 100},
]

SPBE_LEVELS = (
    4,
    4,
    3,
    3,
    4,
    3,
    3,
    4,
    3,
    4,
    3,
    3,
    3,
    2,
    3,
    4,
    4,
    3,
    4,
    3,
    3,
    3,
    3,
    2,
    3,
    2,
    2,
    3,
    2,
    2,
    2,
    4,
    3,
    4,
    3,
    4,
    3,
    3,
    3,
    4,
    3,
    3,
    4,
    3,
    3,
    3,
    2,
)

PEMBANDING = [
    {
        "indikator": "IK-01",
        "pembanding": "Rata-rata Indeks SPBE kabupaten/kota se-provinsi",
        "jenis": "Provinsi",
        "tahun": 2024,
        "nilai": D("2.65"),
        "sumber": "Laporan hasil pemantauan SPBE pemerintah provinsi tahun 2024 (fiktif)",
    },
    {
        "indikator": "IK-04",
        "pembanding": "Rata-rata nilai keterbukaan informasi kabupaten/kota se-provinsi",
        "jenis": "Provinsi",
        "tahun": 2024,
        "nilai": D("87.3"),
        "sumber": "Keputusan Komisi Informasi Provinsi tentang hasil monitoring dan evaluasi keterbukaan "
        "informasi publik tahun 2024 (fiktif)",
    },
]

PENYAMPAIAN = {
    "lkj_sebelumnya": "Ya",
    "tanggal_penyampaian": date(2025, 2, 14),
    "alamat_publikasi": "https://diskominfotik.sukamajukab.example/lkj-2024",
    "tanggal_publikasi": date(2025, 2, 20),
    "apip_unit": "Inspektorat Kabupaten Sukamaju",
    "tanggal_reviu": date(2025, 1, 27),
    "tempat_reviu": "Sukamaju",
    "apip_nama": "Drs. Hendra Wijaya, M.Si.",
    "apip_jabatan": "Inspektur Kabupaten Sukamaju",
    "apip_pangkat": "Pembina Utama Muda (IV/c)",
    "apip_nip": "19720815 199803 1 006",
}

INSTANSI = {
    "profil": PROFIL,
    "uraian": URAIAN,
    "bidang": BIDANG_LIST,
    "sasaran": SASARAN,
    "indikator": INDIKATOR,
    "target_renstra": TARGET_RENSTRA,
    "pembanding": PEMBANDING,
    "pk_versi": PK_VERSI,
    "pk_target": PK_TARGET,
    "pk_anggaran": PK_ANGGARAN,
    "tabel_konversi": TABEL_KONVERSI,
    "spbe": [{"nomor": n, "tingkat": level} for n, level in enumerate(SPBE_LEVELS, start=1)],
    "pengaturan": {"lampiran_validasi": "Ya"},
    "penyampaian": PENYAMPAIAN,
}


def _sub(
    kode: str,
    nama: str,
    indikator: str,
    target: int,
    satuan: str,
    pagu: int,
    volume: int,
    realisasi: int,
    fisik: int = 100,
    **extra: object,
) -> dict[str, object]:
    return {
        "kode": kode,
        "kegiatan": kode.rsplit(".", 1)[0],
        "nama": nama,
        "indikator": indikator,
        "target": target,
        "satuan": satuan,
        "pagu": pagu,
        "realisasi_volume": volume,
        "realisasi_rp": realisasi,
        "fisik": fisik,
        **extra,
    }


def _keg(kode: str, nama: str, indikator: str, target: int, satuan: str, realisasi: int) -> dict[str, object]:
    return {
        "kode": kode,
        "program": kode.rsplit(".", 2)[0],
        "nama": nama,
        "indikator": indikator,
        "target": target,
        "satuan": satuan,
        "realisasi": realisasi,
    }


def _capaian(
    kode: str, tw: tuple[str, str, str, str], penyebab: str, upaya: str, pendukung: str, **fell_short: str
) -> dict[str, object]:
    """A bidang's realisation and explanation; for an indicator that fell short also its kendala and
    rencana_tindak_lanjut."""
    return {
        "indikator": kode,
        "tw1": D(tw[0]),
        "tw2": D(tw[1]),
        "tw3": D(tw[2]),
        "tw4": D(tw[3]),
        "realisasi": D(tw[3]),
        "penyebab": penyebab,
        "upaya": upaya,
        "program_pendukung": pendukung,
        **fell_short,
    }


SEKRETARIAT_WB = {
    "identitas": {
        "nama_bidang": SEKRETARIAT,
        "tahun": TAHUN,
        "penyusun": "Sari Wulandari, S.E.",
        "jabatan_penyusun": "Subkoordinator Perencanaan dan Keuangan",
    },
    "program": [
        {
            "kode": "2.16.01",
            "nama": _PROGRAMS["2.16.01"],
            "sasaran": "SS-04",
            "indikator": "Nilai SAKIP Perangkat Daerah",
            "indikator_kode": "IK-07",
            "target": 75,
            "satuan": "Nilai",
            "realisasi": D("76.4"),
        }
    ],
    "kegiatan": [
        _keg(
            "2.16.01.2.01",
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Jumlah dokumen perencanaan dan evaluasi kinerja",
            6,
            "Dokumen",
            6,
        ),
        _keg(
            "2.16.01.2.02",
            "Administrasi Keuangan Perangkat Daerah",
            "Jumlah bulan pelayanan administrasi keuangan",
            12,
            "Bulan",
            12,
        ),
        _keg(
            "2.16.01.2.06",
            "Administrasi Umum Perangkat Daerah",
            "Jumlah laporan administrasi umum",
            12,
            "Laporan",
            12,
        ),
        _keg(
            "2.16.01.2.08",
            "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            "Jumlah bulan layanan jasa penunjang",
            12,
            "Bulan",
            12,
        ),
    ],
    "sub_kegiatan": [
        _sub(
            "2.16.01.2.01.0001",
            "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            "Jumlah dokumen perencanaan",
            3,
            "Dokumen",
            85000000,
            3,
            82450000,
        ),
        _sub(
            "2.16.01.2.01.0007",
            "Evaluasi Kinerja Perangkat Daerah",
            "Jumlah laporan evaluasi kinerja",
            3,
            "Laporan",
            64000000,
            3,
            61920000,
        ),
        _sub(
            "2.16.01.2.02.0001",
            "Penyediaan Gaji dan Tunjangan ASN",
            "Jumlah ASN penerima gaji dan tunjangan",
            64,
            "Orang",
            5230000000,
            64,
            5117350000,
        ),
        _sub(
            "2.16.01.2.02.0003",
            "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
            "Jumlah dokumen penatausahaan keuangan",
            12,
            "Dokumen",
            312500000,
            12,
            304875000,
        ),
        _sub(
            "2.16.01.2.06.0009",
            "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
            "Jumlah laporan rapat koordinasi",
            12,
            "Laporan",
            361000000,
            11,
            318725000,
            92,
            permasalahan="Satu rapat koordinasi provinsi dibatalkan penyelenggara.",
            upaya="Materi rapat dibahas melalui rapat daring.",
        ),
        _sub(
            "2.16.01.2.08.0002",
            "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
            "Jumlah bulan layanan jasa komunikasi, air dan listrik",
            12,
            "Bulan",
            360000000,
            12,
            352118400,
        ),
    ],
    "capaian": [
        _capaian(
            "IK-07",
            ("73.1", "73.1", "74.8", "76.4"),
            "Seluruh rekomendasi evaluasi SAKIP tahun lalu "
            "ditindaklanjuti, terutama penyelarasan indikator kinerja sampai tingkat individu.",
            "Pendampingan penyusunan rencana aksi triwulanan dan reviu internal sebelum evaluasi Inspektorat.",
            "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah.",
        ),
        _capaian(
            "IK-08",
            ("60", "80", "90", "100"),
            "Tim tindak lanjut pemeriksaan bekerja dengan jadwal "
            "mingguan sehingga seluruh rekomendasi selesai sebelum batas waktu.",
            "Tim dipertahankan dan pemantauan dilakukan melalui aplikasi tindak lanjut.",
            "Kegiatan Administrasi Keuangan Perangkat Daerah.",
        ),
    ],
}

SPBE_WB = {
    "identitas": {
        "nama_bidang": SPBE,
        "tahun": TAHUN,
        "penyusun": "Andi Pratama, S.T.",
        "jabatan_penyusun": "Subkoordinator Infrastruktur TIK",
    },
    "program": [
        {
            "kode": "2.16.03",
            "nama": _PROGRAMS["2.16.03"],
            "sasaran": "SS-01",
            "indikator": "Indeks SPBE",
            "indikator_kode": "IK-01",
            "target": D("3.2"),
            "satuan": "Indeks",
            "realisasi": D("3.14"),
        },
        {
            "indikator": "Persentase perangkat daerah yang terhubung jaringan intra pemerintah",
            "indikator_kode": "IK-02",
            "target": 90,
            "satuan": "%",
            "realisasi": 95,
        },
    ],
    "kegiatan": [
        _keg(
            "2.16.03.2.01",
            "Pengelolaan Nama Domain yang Telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain "
            "di Lingkup Pemerintah Daerah Kabupaten/Kota",
            "Jumlah sub domain yang dikelola",
            60,
            "Unit",
            64,
        ),
        _keg(
            "2.16.03.2.02",
            "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
            "Jumlah layanan e-government yang dikelola",
            25,
            "Layanan",
            26,
        ),
    ],
    "sub_kegiatan": [
        _sub(
            "2.16.03.2.01.0001",
            "Penatalaksanaan dan Pengawasan Nama Domain dan Sub Domain dalam "
            "Penyelenggaraan Pemerintahan Daerah Kabupaten/Kota",
            "Jumlah dokumen pengelolaan domain",
            2,
            "Dokumen",
            95000000,
            2,
            93100000,
        ),
        _sub(
            "2.16.03.2.02.0001",
            "Pengelolaan Pusat Data Pemerintah Daerah Kabupaten/Kota",
            "Jumlah layanan pusat data yang beroperasi",
            12,
            "Bulan",
            1185000000,
            12,
            1162300000,
        ),
        _sub(
            "2.16.03.2.02.0002",
            "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
            "Jumlah perangkat daerah terhubung",
            40,
            "OPD",
            1520000000,
            42,
            1490900000,
            99,
        ),
        {
            "indikator": "Jumlah titik akses jaringan intra",
            "target": 120,
            "satuan": "Titik",
            "realisasi_volume": 118,
        },
        _sub(
            "2.16.03.2.02.0005",
            "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
            "Jumlah aplikasi yang dikembangkan",
            6,
            "Aplikasi",
            685000000,
            6,
            671250000,
        ),
    ],
    "capaian": [
        _capaian(
            "IK-01",
            ("2.88", "2.88", "2.88", "3.14"),
            "Kebijakan internal SPBE ditetapkan lengkap dan "
            "layanan administrasi pemerintahan naik ke tingkat transaksi, sehingga indeks naik dari 2,88.",
            "Tindak lanjut rekomendasi evaluator pada domain manajemen SPBE yang masih tingkat 2.",
            "Program Aplikasi Informatika, Kegiatan Pengelolaan e-Government.",
            kendala="Domain manajemen SPBE masih pada tingkat 2 karena manajemen risiko dan audit TIK belum "
            "dilaksanakan.",
            rencana_tindak_lanjut="Menetapkan pedoman manajemen risiko SPBE dan melaksanakan audit TIK "
            "internal bersama Inspektorat pada tahun 2025.",
        ),
        _capaian(
            "IK-02",
            ("86", "88", "92", "95"),
            "Tambahan anggaran APBD-P memungkinkan penyambungan enam perangkat daerah lagi.",
            "Sisa perangkat daerah dijadwalkan tersambung pada 2025.",
            "Sub Kegiatan Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah.",
        ),
        _capaian(
            "IK-03",
            ("76", "79", "83", "85"),
            "Pemakaian penyimpanan aplikasi kepegawaian dan keuangan "
            "tumbuh lebih cepat dari perkiraan sehingga pemanfaatan melewati batas atas 80%.",
            "Pengadaan tambahan media penyimpanan dianggarkan pada tahun 2025 dan data arsip dipindahkan.",
            "Sub Kegiatan Pengelolaan Pusat Data Pemerintah Daerah.",
            kendala="Kapasitas penyimpanan pusat data tidak bertambah sepanjang tahun 2024.",
            rencana_tindak_lanjut="Menambah media penyimpanan pada triwulan I 2025 dan memindahkan data "
            "arsip ke penyimpanan berjenjang.",
        ),
    ],
}

IKP_WB = {
    "identitas": {
        "nama_bidang": IKP,
        "tahun": TAHUN,
        "penyusun": "Maya Sari, S.Sos.",
        "jabatan_penyusun": "Subkoordinator Layanan Informasi Publik",
    },
    "program": [
        {
            "kode": "2.16.02",
            "nama": _PROGRAMS["2.16.02"],
            "sasaran": "SS-02",
            "indikator": "Nilai Keterbukaan Informasi Publik",
            "indikator_kode": "IK-04",
            "target": 90,
            "satuan": "Nilai",
            "realisasi": D("93.5"),
        }
    ],
    "kegiatan": [
        _keg(
            "2.16.02.2.01",
            "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
            "Jumlah layanan informasi publik",
            4,
            "Layanan",
            4,
        )
    ],
    "sub_kegiatan": [
        _sub(
            "2.16.02.2.01.0001",
            "Monitoring Opini dan Aspirasi Publik",
            "Jumlah laporan monitoring opini",
            12,
            "Laporan",
            210000000,
            12,
            204600000,
        ),
        _sub(
            "2.16.02.2.01.0004",
            "Pengelolaan Media Komunikasi Publik",
            "Jumlah konten media komunikasi publik",
            360,
            "Konten",
            465000000,
            372,
            455250000,
        ),
        _sub(
            "2.16.02.2.01.0005",
            "Pelayanan Informasi Publik",
            "Jumlah laporan pelayanan informasi publik",
            12,
            "Laporan",
            540000000,
            12,
            498960000,
            96,
            permasalahan="Dua permohonan informasi berkas perizinan membutuhkan uji konsekuensi.",
            upaya="Uji konsekuensi dijadwalkan bersama PPID pembantu.",
        ),
        _sub(
            "2.16.02.2.01.0006",
            "Layanan Hubungan Media",
            "Jumlah kegiatan hubungan media",
            24,
            "Kegiatan",
            530000000,
            24,
            522380000,
        ),
    ],
    "capaian": [
        _capaian(
            "IK-04",
            ("91.2", "91.2", "91.2", "93.5"),
            "Daftar informasi publik diperbarui setiap bulan dan "
            "seluruh perangkat daerah membentuk PPID pembantu.",
            "Penilaian mandiri (SAQ) disusun bersama seluruh PPID pembantu dan dipantau setiap triwulan.",
            "Sub Kegiatan Pelayanan Informasi Publik.",
        ),
        _capaian(
            "IK-05",
            ("3.1", "2.9", "2.7", "2.5"),
            "Disposisi pengaduan dilakukan otomatis ke perangkat daerah melalui SP4N-LAPOR!.",
            "Pengingat otomatis dipasang untuk pengaduan yang belum ditindaklanjuti dua hari.",
            "Sub Kegiatan Monitoring Opini dan Aspirasi Publik.",
        ),
    ],
}

STATSAN_WB = {
    "identitas": {
        "nama_bidang": STATSAN,
        "tahun": TAHUN,
        "penyusun": "Dedi Kurniawan, S.Si.",
        "jabatan_penyusun": "Subkoordinator Statistik Sektoral",
    },
    "program": [
        {
            "kode": "2.20.02",
            "nama": _PROGRAMS["2.20.02"],
            "sasaran": "SS-03",
            "indikator": "Persentase data statistik sektoral yang terpublikasi",
            "indikator_kode": "IK-06",
            "target": 85,
            "satuan": "%",
            "realisasi": 80,
        },
        {
            "kode": "2.21.02",
            "nama": _PROGRAMS["2.21.02"],
            "sasaran": "SS-01",
            "indikator": "Persentase perangkat daerah yang menerapkan standar keamanan informasi",
            "target": 80,
            "satuan": "%",
            "realisasi": 82,
        },
    ],
    "kegiatan": [
        _keg(
            "2.20.02.2.01",
            "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
            "Jumlah dokumen statistik sektoral",
            4,
            "Dokumen",
            4,
        ),
        _keg(
            "2.21.02.2.01",
            "Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota",
            "Jumlah laporan pengamanan informasi",
            4,
            "Laporan",
            4,
        ),
    ],
    "sub_kegiatan": [
        _sub(
            "2.20.02.2.01.0001",
            "Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan Diseminasi "
            "Data Statistik Sektoral",
            "Jumlah dokumen data statistik sektoral",
            2,
            "Dokumen",
            198000000,
            2,
            171270000,
            100,
            permasalahan="Sebagian produsen data terlambat menyerahkan data.",
            upaya="Forum Satu Data menetapkan jadwal penyerahan data bulanan.",
        ),
        _sub(
            "2.20.02.2.01.0002",
            "Peningkatan Kapasitas Sumber Daya Manusia Pemerintah Daerah dalam Peningkatan "
            "Mutu Statistik Daerah yang Terintegrasi",
            "Jumlah ASN yang mengikuti pelatihan statistik",
            30,
            "Orang",
            126000000,
            30,
            121950000,
        ),
        _sub(
            "2.20.02.2.01.0003",
            "Membangun Metadata Statistik Sektoral",
            "Jumlah metadata statistik sektoral",
            120,
            "Data",
            88000000,
            96,
            70400000,
            80,
            permasalahan="Metadata 24 data belum diverifikasi walidata.",
            upaya="Verifikasi dilanjutkan pada triwulan I tahun 2025.",
        ),
        _sub(
            "2.21.02.2.01.0001",
            "Pelaksanaan Keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis "
            "Elektronik dan Non Elektronik",
            "Jumlah laporan keamanan informasi",
            4,
            "Laporan",
            268000000,
            4,
            261300000,
        ),
    ],
    "capaian": [
        _capaian(
            "IK-06",
            ("70", "73", "77", "80"),
            "Sebanyak 24 data baru masuk daftar data tahun 2024 dan belum "
            "seluruhnya lengkap metadatanya, sehingga persentase terpublikasi di bawah target 85%.",
            "Verifikasi metadata oleh walidata dipercepat dan produsen data dilatih menggunakan portal.",
            "Kegiatan Penyelenggaraan Statistik Sektoral, Sub Kegiatan Membangun Metadata Statistik Sektoral.",
            kendala="Metadata 24 data baru belum diverifikasi walidata sampai akhir tahun.",
            rencana_tindak_lanjut="Menjadwalkan verifikasi metadata setiap bulan dalam forum Satu Data dan "
            "menuntaskan 24 data tersebut pada semester I 2025.",
        ),
    ],
}

WORKBOOKS = {
    "00-instansi.xlsx": ("instansi", INSTANSI),
    "01-sekretariat.xlsx": ("bidang", SEKRETARIAT_WB),
    "02-infrastruktur-spbe.xlsx": ("bidang", SPBE_WB),
    "03-informasi-publik.xlsx": ("bidang", IKP_WB),
    "04-statistik-persandian.xlsx": ("bidang", STATSAN_WB),
}
