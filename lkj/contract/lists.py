"""Closed lists offered as dropdowns; the reader accepts any spelling that normalises to one of them.

Each list maps the canonical text shown to staff onto the value the model uses.
"""

from __future__ import annotations

from types import MappingProxyType

POLARITAS = MappingProxyType(
    {
        "Maksimal (semakin tinggi semakin baik)": "max",
        "Minimal (semakin rendah semakin baik)": "min",
        "Stabil (dalam rentang target)": "range",
    }
)

JENIS_INDIKATOR = MappingProxyType({"IKU": "IKU", "IKT": "IKT", "Indikator Program": "program"})

JENIS_PK = MappingProxyType({"Murni": "murni", "APBD-P": "apbd-p", "DID": "did", "Lainnya": "lainnya"})

URAIAN = MappingProxyType(
    {
        "Misi": "misi",
        "Tujuan": "tujuan",
        "Fungsi": "fungsi",
        "Struktur Organisasi": "struktur",
        "Dasar Hukum": "dasar_hukum",
        "Permasalahan": "permasalahan",
        "Strategi ke Depan": "strategi",
    }
)

TEKS = MappingProxyType(
    {
        "Kata Pengantar": "kata_pengantar",
        "Ikhtisar Eksekutif": "ikhtisar_eksekutif",
        "Latar Belakang": "latar_belakang",
        "Gambaran Umum": "gambaran_umum",
        "Tugas Pokok dan Fungsi": "tugas_fungsi",
        "Perencanaan Kinerja": "perencanaan_kinerja",
        "Pengukuran Kinerja": "pengukuran_kinerja",
        "Penutup": "penutup",
    }
)

SKALA = MappingProxyType(
    {
        "Predikat Capaian": "predikat",
        "Kategori Capaian": "kategori",
        "Predikat SPBE": "spbe",
    }
)

OPERATOR = MappingProxyType({"minimal": ">=", "lebih dari": ">"})

YA_TIDAK = MappingProxyType({"Ya": True, "Tidak": False})

SKALA_NILAI_INDIKATOR = MappingProxyType({"Indeks SPBE": "spbe"})

# Where an indicator's realisation comes from: typed by the responsible bidang (also when the cell is
# empty), or computed by lkj from other data of the year (issue 17 computes them; the domains are those of
# PermenPANRB 59/2020, lkj/reference).
SUMBER_REALISASI = MappingProxyType(
    {
        "Diisi bidang penanggung jawab": "diketik",
        "Persentase indikator program tercapai": "indikator-program",
        "Indeks SPBE": "spbe",
        "Indeks domain Kebijakan Internal SPBE": "spbe-domain-1",
        "Indeks domain Tata Kelola SPBE": "spbe-domain-2",
        "Indeks domain Manajemen SPBE": "spbe-domain-3",
        "Indeks domain Layanan SPBE": "spbe-domain-4",
    }
)

# The analyses of BAB III that an indicator may declare not applicable, and why (Keterangan Analisis).
ANALISIS = MappingProxyType(
    {
        "Perbandingan Tahun Sebelumnya": "tahun-sebelumnya",
        "Target Akhir Renstra": "target-akhir",
        "Standar Nasional/Pembanding": "standar",
    }
)
ALASAN = MappingProxyType(
    {
        "Indikator baru": "indikator-baru",
        "Ditetapkan di tengah periode Renstra": "tengah-periode",
        "Tidak ada standar nasional": "tanpa-standar",
        "Lainnya": "lainnya",
    }
)
# Which analysis each reason (other than Lainnya) can explain.
ALASAN_ANALISIS = MappingProxyType(
    {"indikator-baru": "tahun-sebelumnya", "tengah-periode": "target-akhir", "tanpa-standar": "standar"}
)

JENIS_PEMBANDING = MappingProxyType(
    {
        "Nasional": "nasional",
        "Provinsi": "provinsi",
        "Daerah Lain": "daerah-lain",
        "Internasional": "internasional",
        "Standar": "standar",
    }
)

# Written in Bidang Penanggung Jawab for an indicator that every bidang serves (any one bidang reports it).
SELURUH_BIDANG = "Seluruh Bidang"

METODE_EFISIENSI = MappingProxyType(
    {
        "Selisih capaian dan serapan": "selisih",
        "Sisa anggaran": "sisa",
        "Rasio capaian terhadap serapan": "rasio",
        "Nilai efisiensi (PMK 22/2021)": "pmk",
    }
)

# How a score indicator with a conversion table compares its realisation with its target (lkj.compute.capaian)
KONVERSI_CAPAIAN = MappingProxyType(
    {
        "Realisasi dan target dikonversi": "keduanya",
        "Nilai tabel realisasi": "tabel",
        "Skor realisasi dibanding skor target": "skor",
    }
)

RATA_RATA = MappingProxyType({"Sederhana": "sederhana", "Tertimbang": "tertimbang"})

FISIK = MappingProxyType({"Rata-rata sederhana": "sederhana", "Tertimbang pagu": "pagu"})

KERTAS = MappingProxyType({"A4": "A4", "F4": "F4"})

FORMAT_KODE = MappingProxyType({"Permendagri 90/2019": "permendagri", "Bebas": "bebas"})

# Suggestions only: staff may type another unit.
SATUAN = (
    "%",
    "Dokumen",
    "Laporan",
    "Orang",
    "Unit",
    "Paket",
    "Bulan",
    "Kegiatan",
    "Aplikasi",
    "Layanan",
    "Informasi",
    "Indeks",
    "Nilai",
    "OPD",
    "Titik",
    "Data",
)

CLOSED = MappingProxyType(
    {
        "polaritas": POLARITAS,
        "jenis_indikator": JENIS_INDIKATOR,
        "jenis_pk": JENIS_PK,
        "uraian": URAIAN,
        "teks": TEKS,
        "skala": SKALA,
        "operator": OPERATOR,
        "ya_tidak": YA_TIDAK,
        "skala_nilai": SKALA_NILAI_INDIKATOR,
        "sumber_realisasi": SUMBER_REALISASI,
        "analisis": ANALISIS,
        "alasan": ALASAN,
        "jenis_pembanding": JENIS_PEMBANDING,
        "metode_efisiensi": METODE_EFISIENSI,
        "konversi_capaian": KONVERSI_CAPAIAN,
        "rata_rata": RATA_RATA,
        "fisik": FISIK,
        "kertas": KERTAS,
        "format_kode": FORMAT_KODE,
    }
)

# Dropdowns whose entries come from another sheet of the same workbook (parent kode, names).
DYNAMIC = MappingProxyType(
    {
        "sasaran": ("Sasaran", "kode"),
        "indikator": ("Indikator", "kode"),
        "bidang": ("Bidang", "nama"),
        "pk_versi": ("PK Versi", "versi"),
        "tabel_konversi": ("Tabel Konversi", "nama"),
        "kategori": ("Tabel Konversi", "kategori"),
        "program": ("Program", "kode"),
        "kegiatan": ("Kegiatan", "kode"),
    }
)

SUGGESTED = MappingProxyType({"satuan": SATUAN})


def normalise(text: str) -> str:
    """Case-, space- and punctuation-insensitive form used to match typed values to a list."""
    return " ".join(text.replace("≥", ">=").casefold().split())


def canonical(list_name: str, typed: str) -> str | None:
    """The canonical entry of a closed list that `typed` means, or None."""
    wanted = normalise(typed)
    for entry in CLOSED[list_name]:
        if normalise(entry) == wanted:
            return entry
    # Accept the short form before a parenthesis, e.g. "Maksimal" for "Maksimal (semakin ...)".
    for entry in CLOSED[list_name]:
        if normalise(entry.split(" (")[0]) == wanted:
            return entry
    return None
