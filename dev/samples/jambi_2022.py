"""The seed LKj Diskominfo Kota Jambi 2022 transcribed into the workbook contract (input/).

Every amount, target and realisation comes from the seed (../shared/seeds/004_eea1751e5eabb6ab.txt);
where the seed has no value the cell stays empty (None). Decisions the transcription had to take:

* Codes: the seed numbers rows I, 1, 1. instead of kode. Program/kegiatan/sub kegiatan carry kode of the
  Permendagri 90/2019 nomenclature (urusan 2.16 Kominfo, 2.20 Statistik, 2.21 Persandian; kab/kota
  kegiatan segment 2), numbered in the order the seed lists them; sasaran and indicators get SS-nn, IK-nn.
* Targets/realisations typed as the seed shows them in the program table (e.g. Program Aplikasi target 75
  although the PK says 80; Persandian "550 Informasi"): the validator reports those disagreements.
* "1 2 laporan" (a PDF conversion artefact) is read as 12 Laporan; rows whose volume the seed leaves out
  ("Laporan", "Dokumen") have an empty volume.
* Sasaran 1's realisation is 81,22 (the table), not 80,99 (the narrative that contradicts it).
* The Indeks SPBE IKU (target 3,0; 2021: 1,69; 2022: 2,79) is in no PK: its target is its Renstra target.
* Fisik % of kegiatan/program and all percentages are computed by lkj, so the seed's are not typed.
* The 3.4.1 table (Rp15.247.484.665) contradicts both the PK and the program table and is not input data.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from dev.samples import jambi_2022_teks as T

TAHUN = 2022
SEKRETARIAT = "Sekretariat"
IKP = "Bidang Informasi dan Komunikasi Publik"
APTIKA = "Bidang Aplikasi Informatika"
STATISTIK = "Bidang Tata Kelola TIK dan Statistik"
SANDI = "Bidang Persandian dan Keamanan Informasi"


def _uraian(jenis: str, items: list[str]) -> list[dict[str, str]]:
    return [{"jenis": jenis, "teks": text} for text in items]


def _para(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


PROFIL = {
    "nama_instansi": "Dinas Komunikasi dan Informatika Kota Jambi",
    "pemerintah_daerah": "Pemerintah Kota Jambi",
    "tahun": TAHUN,
    "tempat": "Jambi",
    "kepala_nama": "ABU BAKAR, SH",
    "kepala_nip": "19700525 200012 1 004",
    "kepala_pangkat": "Pembina Tk. I",
    "kepala_jabatan": "Kepala Dinas Komunikasi dan Informatika Kota Jambi",
    "kepala_daerah_jabatan": "Walikota Jambi",
    "kepala_daerah_nama": "SYARIF FASHA",
    "tugas_pokok": T.TUGAS_POKOK,
}

STRUKTUR = [
    "Kepala Dinas",
    "Sekretariat, terdiri dari:\na. Sub bagian umum dan kepegawaian;\nb. Sub bagian Keuangan;",
    "Bidang Informasi dan Komunikasi Publik.",
    "Bidang Aplikasi Informatika.",
    "Bidang Tata Kelola TIK dan Statistik, terdiri dari:\na. Seksi Statistik Sektoral;",
    "Bidang Persandian dan Keamanan Informasi.",
]

URAIAN = (
    _uraian("Fungsi", T.FUNGSI)
    + _uraian("Struktur Organisasi", STRUKTUR)
    + _uraian("Dasar Hukum", T.DASAR_HUKUM)
    + _uraian("Permasalahan", T.PERMASALAHAN)
    + _uraian("Strategi ke Depan", T.STRATEGI)
)

TEKS = [
    {"bagian": "Kata Pengantar", "teks": _para(T.KATA_PENGANTAR)},
    {"bagian": "Latar Belakang", "teks": _para(T.LATAR_BELAKANG)},
    {"bagian": "Gambaran Umum", "teks": _para(T.GAMBARAN_UMUM + T.SUB_KOORDINATOR)},
    {"bagian": "Tugas Pokok dan Fungsi", "teks": _para([T.TUGAS_POKOK, T.FUNGSI_PENGANTAR])},
    {"bagian": "Penutup", "teks": _para(T.PENUTUP)},
]

BIDANG_LIST = [{"nama": n} for n in (SEKRETARIAT, IKP, APTIKA, STATISTIK, SANDI)]

SASARAN = [
    {"kode": "SS-01", "nama": "Meningkatnya Layanan Aplikasi dan Informatika"},
    {"kode": "SS-02", "nama": "Meningkatkan layanan Informasi dan Komunikasi Publik"},
    {"kode": "SS-03", "nama": "Meningkatnya Penyelenggaraan Persandian Untuk Pengamanan Informasi"},
    {"kode": "SS-04", "nama": "Meningkatnya Penyelenggaraan Statistik Sektoral"},
    {
        "kode": "SS-05",
        "nama": "Meningkatnya Implementasi Perencanaan, Capaian Kerja Keuangan dan Kepegawaian",
    },
]

MAX = "Maksimal (semakin tinggi semakin baik)"


def _iku(
    kode: str, sasaran: str | None, nama: str, satuan: str, pj: str, **extra: object
) -> dict[str, object]:
    return {
        "kode": kode,
        "sasaran": sasaran,
        "nama": nama,
        "jenis": "IKU",
        "satuan": satuan,
        "polaritas": MAX,
        "penanggung_jawab": pj,
        **extra,
    }


INDIKATOR = [
    _iku("IK-01", "SS-01", "Persentase Peningkatan Pemanfaatan Aplikasi Informatika", "%", APTIKA),
    _iku("IK-02", "SS-02", "Persentase peningkatan Akses dan Kualitas Informasi", "%", IKP),
    _iku("IK-03", "SS-03", "Persentase Pengamanan Informasi", "%", SANDI),
    _iku("IK-04", "SS-04", "Persentase Tersedianya Data Statistik Sektoral", "%", STATISTIK),
    _iku(
        "IK-05",
        "SS-05",
        "Persentase Kinerja Pengelola Sarana, Prasarana dan Administrasi Perkantoran Perangkat Daerah",
        "%",
        SEKRETARIAT,
    ),
    _iku(
        "IK-06",
        None,
        "Indeks SPBE",
        "Indeks",
        APTIKA,
        skala_nilai="Indeks SPBE",
        formula="Indeks SPBE hasil pemantauan dan evaluasi SPBE oleh Kementerian PANRB (PermenPANRB 59/2020).",
        sumber_data="Keputusan Menteri PANRB tentang hasil evaluasi SPBE",
    ),
]

TARGET_RENSTRA = [
    {"indikator": "IK-06", "tahun": 2021, "realisasi": D("1.69")},
    {"indikator": "IK-06", "tahun": 2022, "target": D("3.0")},
]

PK_VERSI = [
    {"versi": "PK Murni", "jenis": "Murni", "keterangan": "Ditandatangani pada bulan Januari 2022."},
    {
        "versi": "PK Perubahan APBD-P",
        "jenis": "APBD-P",
        "keterangan": "Revisi / penambahan pada APBD-P Tahun 2022, ditandatangani pada bulan November 2022.",
    },
    {
        "versi": "PK Perubahan DID",
        "jenis": "DID",
        "tanggal": date(2022, 12, 8),
        "keterangan": "Tambahan anggaran yang bersumber dari Dana Insentif Daerah (DID).",
    },
]

_PK_TARGETS = {"IK-01": 80, "IK-02": 80, "IK-03": 55, "IK-04": 40, "IK-05": 100}
PK_TARGET = [
    {"versi": versi["versi"], "indikator": kode, "target": target}
    for versi in PK_VERSI
    for kode, target in _PK_TARGETS.items()
]

_PROGRAM_NAMES = {
    "2.16.01": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota",
    "2.16.02": "Program Informasi dan Komunikasi Publik",
    "2.16.03": "Pogram Aplikasi Informatika",
    "2.20.02": "Program Penyelenggaraan Statistik Sektoral",
    "2.21.02": "Program Penyelenggaraan Persandian Untuk Pengamanan Informasi",
}
_PK_BUDGETS = {
    "PK Murni": (
        ("2.16.01", 6090627700, "APBD"),
        ("2.16.02", 4211399596, "APBD"),
        ("2.16.03", 3447491990, "APBD"),
        ("2.20.02", 85317516, "APBD"),
        ("2.21.02", 60750300, "APBD"),
    ),
    "PK Perubahan APBD-P": (
        ("2.16.01", 6199463343, "APBD-P"),
        ("2.16.02", 4674797286, "APBD-P"),
        ("2.16.03", 3695591990, "APBD-P"),
        ("2.20.02", 85317516, "APBD"),
        ("2.21.02", 60800300, "APBD-P"),
    ),
    "PK Perubahan DID": (
        ("2.16.01", 6199463343, "APBD-P"),
        ("2.16.02", 4842432286, "APBD-P"),
        ("2.16.03", 3695591990, "APBD-P"),
        ("2.20.02", 85317516, "APBD"),
        ("2.21.02", 60800300, "APBD-P"),
    ),
}
PK_ANGGARAN = [
    {
        "versi": versi,
        "program": kode,
        "nama_program": _PROGRAM_NAMES[kode],
        "anggaran": amount,
        "keterangan": ket,
    }
    for versi, rows in _PK_BUDGETS.items()
    for kode, amount, ket in rows
]

INSTANSI = {
    "profil": PROFIL,
    "uraian": URAIAN,
    "teks": TEKS,
    "bidang": BIDANG_LIST,
    "sasaran": SASARAN,
    "indikator": INDIKATOR,
    "target_renstra": TARGET_RENSTRA,
    "pk_versi": PK_VERSI,
    "pk_target": PK_TARGET,
    "pk_anggaran": PK_ANGGARAN,
}


def _program(
    kode: str,
    nama: str,
    sasaran: str,
    indikator: str,
    target: object,
    satuan: str | None,
    realisasi: object,
    iku: str | None = None,
) -> dict[str, object]:
    return {
        "kode": kode,
        "nama": nama,
        "sasaran": sasaran,
        "indikator": indikator,
        "indikator_kode": iku,
        "target": target,
        "satuan": satuan,
        "realisasi": realisasi,
    }


def _kegiatan(
    kode: str, nama: str, indikator: str, target: object, satuan: str | None, realisasi: object
) -> dict[str, object]:
    return {
        "kode": kode,
        "program": kode.rsplit(".", 2)[0],
        "nama": nama,
        "indikator": indikator,
        "target": target,
        "satuan": satuan,
        "realisasi": realisasi,
    }


def _sub(
    kode: str,
    nama: str,
    indikator: str,
    target: object,
    satuan: str,
    pagu: int,
    volume: object,
    realisasi_rp: int,
    fisik: int = 100,
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
        "realisasi_rp": realisasi_rp,
        "fisik": fisik,
    }


def _identitas(nama: str) -> dict[str, object]:
    return {"nama_bidang": nama, "tahun": TAHUN}


def _capaian(kode: str, realisasi: D, **text: str) -> dict[str, object]:
    return {"indikator": kode, "realisasi": realisasi, **text}


SEKRETARIAT_WB = {
    "identitas": _identitas(SEKRETARIAT),
    "program": [
        _program(
            "2.16.01",
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            "SS-05",
            "Cakupan Urusan Pemerintah Daerah",
            100,
            "%",
            100,
        )
    ],
    "kegiatan": [
        _kegiatan(
            "2.16.01.2.01",
            "Kegiatan Perencanaan Penganggaran dan evaluasi Kinerja Perangkat Daerah",
            "Dokumen Perencanaan dan Anggaran",
            5,
            "Dokumen",
            5,
        ),
        _kegiatan(
            "2.16.01.2.02",
            "Kegiatan Administrasi Keuangan Perangkat Daerah",
            "Tertib Administrasi Keuangan",
            100,
            "%",
            100,
        ),
        _kegiatan(
            "2.16.01.2.05",
            "Kegiatan Administrasi Kepegawaian Perangkat Daerah",
            "Persentase peningkatan kinerja pegawai",
            100,
            "%",
            100,
        ),
        _kegiatan(
            "2.16.01.2.06",
            "Kegiatan Administrasi Umum Perangkat Daerah",
            "Tertib Pengelolaan Administrasi Umum",
            100,
            "%",
            100,
        ),
        _kegiatan(
            "2.16.01.2.07",
            "Kegiatan Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
            "Persentase peningkatan kinerja dalam menunjang urusan Pemerintah Daerah",
            100,
            None,
            100,
        ),
        _kegiatan(
            "2.16.01.2.08",
            "Kegiatan Penyediaan jasa penunjang Urusan Pemerintah Daerah",
            "Persentase peningkatan efektifitas jasa Penunjang urusan Pemerintah Daerah",
            100,
            "%",
            100,
        ),
        _kegiatan(
            "2.16.01.2.09",
            "Kegiatan Pemeliharaan barang milik Daerah penunjang urusan Pemerintah Daerah",
            "Persentase peningkatan pelayanan Pemeliharaan Barang Milik Daerah",
            100,
            "%",
            100,
        ),
    ],
    "sub_kegiatan": [
        _sub(
            "2.16.01.2.01.0001",
            "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            "Jumlah dokumen Perencanaan Perangkat Daerah",
            2,
            "Dokumen",
            7087300,
            2,
            6863200,
        ),
        _sub(
            "2.16.01.2.01.0007",
            "Evaluasi Kinerja Perangkat Daerah",
            "Jumlah Laporan Kinerja Perangkat Daerah",
            3,
            "Dokumen",
            2851200,
            3,
            2789000,
        ),
        _sub(
            "2.16.01.2.02.0001",
            "Penyediaan Gaji dan Tunjangan ASN",
            "Jumlah Orang yang menerima gaji dan tunjangan ASN",
            38,
            "Orang",
            3963399586,
            37,
            3844437856,
        ),
        _sub(
            "2.16.01.2.02.0003",
            "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
            "Jumlah Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
            13,
            "Dokumen",
            403062000,
            13,
            393930000,
        ),
        _sub(
            "2.16.01.2.02.0007",
            "Koordinasi dan Penyusunan laporan keuangan Bulanan/Triwulan/Semester SKPD",
            "Jumlah Laporan keuangan bulanan/Semester",
            13,
            "Dokumen",
            6222799,
            13,
            6092399,
        ),
        _sub(
            "2.16.01.2.05.0002",
            "Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya",
            "Jumlah Pakaian Dinas beserta Atribut Kelengkapannya",
            1,
            "Paket",
            90750000,
            1,
            90508000,
        ),
        _sub(
            "2.16.01.2.05.0011",
            "Bimbingan teknis implementasi Perundang-undangan",
            "Jumlah orang yang mengikuti Bimbingan Teknis",
            15,
            "Orang",
            154050000,
            15,
            142088588,
        ),
        _sub(
            "2.16.01.2.06.0001",
            "Penyediaan komponen instalasi listrik/penerangan bangunan kantor",
            "Jumlah Paket komponen pengadaan alat-alat listrik dan elektronik",
            1,
            "Paket",
            36912700,
            1,
            36912170,
        ),
        _sub(
            "2.16.01.2.06.0005",
            "Penyediaan barang cetakan dan pengadaan",
            "Jumlah Paket barang cetakan dan pengadaan",
            1,
            "Paket",
            25786200,
            1,
            25754835,
        ),
        _sub(
            "2.16.01.2.06.0008",
            "Fasilitasi Kunjungan Tamu",
            "Jumlah fasilitasi kunjungan tamu",
            12,
            "Laporan",
            15000000,
            12,
            9616500,
        ),
        _sub(
            "2.16.01.2.06.0009",
            "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
            "Jumlah Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
            12,
            "Laporan",
            349000000,
            12,
            333376043,
        ),
        _sub(
            "2.16.01.2.07.0006",
            "Pengadaan Peralatan dan Mesin lainnya",
            "Jumlah Unit pengadaan peralatan dan mesin kantor",
            37,
            "Unit",
            192466729,
            2,
            178714060,
        ),
        _sub(
            "2.16.01.2.08.0001",
            "Penyediaan jasa surat menyurat",
            "Jumlah laporan Penyediaan jasa surat menyurat",
            12,
            "Laporan",
            78819200,
            12,
            78819200,
        ),
        _sub(
            "2.16.01.2.08.0002",
            "Penyediaan jasa komunikasi, sumber daya air dan listrik",
            "Jumlah Penyediaan jasa komunikasi, sumber daya air dan listrik",
            12,
            "Laporan",
            162000000,
            12,
            151022874,
        ),
        _sub(
            "2.16.01.2.08.0003",
            "Penyediaan jasa peralatan dan perlengkapan kantor",
            "Jumlah Penyediaan jasa peralatan dan perlengkapan kantor",
            None,
            "Laporan",
            151159140,
            None,
            149501860,
        ),
        _sub(
            "2.16.01.2.09.0001",
            "Penyediaan jasa pemeliharaan, Biaya Pemeliharaan dan Pajak kendaraan perorangan "
            "dinas atau kendaraan dinas Jabatan",
            "Jumlah kendaraan dinas perorangan atau kendaraan dinas jabatan "
            "yang dipelihara dan dibayar pajak",
            1,
            "Unit",
            51600000,
            1,
            49909900,
        ),
        _sub(
            "2.16.01.2.09.0002",
            "Penyediaan jasa pemeliharaan, Biaya pemeliharaan, pajak dan perizinan kendaraan "
            "dinas operasional atau lapangan",
            "Jumlah kendaraan dinas operasional atau lapangan yang dipelihara dan dibayar pajaknya",
            27,
            "unit",
            326744889,
            27,
            282402158,
        ),
        _sub(
            "2.16.01.2.09.0006",
            "Pemeliharaan peralatan dan mesin lainnya",
            "Jumlah peralatan dan mesin lainnya yang dipelihara",
            63,
            "Unit",
            49650000,
            63,
            49379369,
        ),
        _sub(
            "2.16.01.2.09.0009",
            "Pemeliharaan /Rehabilitasi gedung kantor dan bangunan lainnya",
            "Gedung kantor dan bangunan lainnya yang dipelihara/direhabilitasi",
            1,
            "Unit",
            132901600,
            1,
            132369400,
        ),
    ],
    "capaian": [_capaian("IK-05", D(100))],
}

IKP_WB = {
    "identitas": _identitas(IKP),
    "program": [
        _program(
            "2.16.02",
            "Program Informasi dan Komunikasi Publik",
            "SS-02",
            "Persentase Peningkatan Akses dan kualitas informasi",
            80,
            "%",
            80,
            iku="IK-02",
        )
    ],
    "kegiatan": [
        _kegiatan(
            "2.16.02.2.01",
            "Kegiatan Pengelolaan Informasi dan Komunikasi Publik Pemerintah Kota Jambi",
            "Terlaksananya pengelolaan informasi dan komunikasi publik",
            12,
            "Bulan",
            12,
        )
    ],
    "sub_kegiatan": [
        _sub(
            "2.16.02.2.01.0001",
            "Monitoring Opini dan Aspirasi Publik",
            "Jumlah dokumen hasil Monitoring Opini dan Aspirasi Publik",
            None,
            "Dokumen",
            418297190,
            None,
            417619000,
        ),
        _sub(
            "2.16.02.2.01.0004",
            "Pengelolaan media komunikasi publik",
            "Jumlah dokumen hasil pelaksanaan Pengelolaan media komunikasi publik",
            12,
            "Dokumen",
            327396620,
            12,
            320745819,
        ),
        _sub(
            "2.16.02.2.01.0005",
            "Pelayanan Informasi Publik",
            "Jumlah dokumen hasil pelaksanaan Pelayanan Informasi Publik",
            12,
            "Dokumen",
            1273433200,
            12,
            1266715200,
        ),
        _sub(
            "2.16.02.2.01.0006",
            "Layanan Hubungan Media",
            "Jumlah Layanan Hubungan Media",
            1,
            "Layanan",
            2823305276,
            1,
            2821821000,
        ),
    ],
    "capaian": [_capaian("IK-02", D(80))],
}

APTIKA_WB = {
    "identitas": _identitas(APTIKA),
    "program": [
        _program(
            "2.16.03",
            "Program Aplikasi Informatika",
            "SS-01",
            "Persentase peningkatan pemanfaatan aplikasi informatika",
            75,
            "%",
            None,
            iku="IK-01",
        )
    ],
    "kegiatan": [
        _kegiatan(
            "2.16.03.2.01",
            "Kegiatan Pengelolaan nama domain yang telah ditetapkan oleh Pemerintah Pusat dan "
            "Sub Domain dilingkup Pemerintah Daerah",
            "Terkelolanya domain dan sub domain dengan baik dan "
            "koneksinya OPD dengan jaringan intra Pemerintah Kota Jambi",
            80,
            "%",
            None,
        ),
        _kegiatan(
            "2.16.03.2.02",
            "Kegiatan Pengelolaan E-Government dilingkup Pemerintah Kota Jambi",
            "Terlaksananya pengelolaan E-Government dengan baik",
            75,
            "%",
            75,
        ),
    ],
    "sub_kegiatan": [
        _sub(
            "2.16.03.2.01.0001",
            "Penatalaksanaan dan Pengawasan nama domain dan sub domain dalam penyelenggaraan "
            "Pemerintah Daerah",
            "Jumlah Dokumen Penatalaksanaan dan Pengawasan Nama Domain dan Sub Domain dalam "
            "Penyelenggaraan Pemerintahan Daerah Kabupaten/Kota",
            2,
            "Dokumen",
            45000000,
            2,
            44973000,
        ),
        _sub(
            "2.16.03.2.01.0002",
            "Penyelenggaraan sistem jaringan intra Pemerintah Daerah",
            "Jumlah sistem jaringan Intra Pemerintah Daerah",
            54,
            "Unit",
            2679793100,
            54,
            2655408850,
        ),
        _sub(
            "2.16.03.2.02.0001",
            "Penatalaksanaan dan pengawasan E-Government dalam Penyelenggaraan Pemerintah "
            "Daerah Kabupaten/Kota",
            "Jumlah dokumen hasil Penatalaksanaan dan Pengawasan E-Government dalam "
            "Penyelenggaraan Pemerintahan Daerah Kabupaten/Kota",
            1,
            "dokumen",
            49600000,
            1,
            49280000,
        ),
        _sub(
            "2.16.03.2.02.0002",
            "Sinkronisasi pengelolaan rencana induk dan anggaran Pemerintahan Berbasis elektronik",
            "Jumlah dokumen Hasil sinkronisasi Pengelolaan Rencana Induk dan Anggaran Pemerintahan "
            "Berbasis Elektronik",
            1,
            "Dokumen",
            40349080,
            1,
            38210080,
        ),
        _sub(
            "2.16.03.2.02.0003",
            "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
            "Jumlah Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik yang dikembangkan",
            22,
            "Aplikasi",
            496363200,
            22,
            493512200,
        ),
        _sub(
            "2.16.03.2.02.0004",
            "Pengembangan dan Pengelolaan ekosistem Kabupaten/Kota Cerdas dan Kota Cerdas",
            "Jumlah dokumen Program Inovasi yang diimplementasikan sesuai dengan Masterplan Smart City",
            2,
            "Dokumen",
            140239500,
            2,
            137654500,
        ),
        _sub(
            "2.16.03.2.02.0005",
            "Pengembangan dan Pengelolaan Sumber Daya Teknologi Informasi dan Komunikasi Pemerintah Daerah",
            "Jumlah dokumen pelaksanaan Pengembangan dan Pengelolaan Sumber Daya Teknologi "
            "Informasi dan Komunikasi Pemerintah Daerah",
            3,
            "Dokumen",
            244247110,
            3,
            244104830,
        ),
    ],
    "capaian": [
        _capaian("IK-01", D("81.22")),
        _capaian(
            "IK-06",
            D("2.79"),
            penyebab=_para([T.SPBE_REALISASI, *T.SPBE_PENYEBAB]),
            upaya=_para(
                [
                    "Rekomendasi perbaikan dari Kementerian PANRB:",
                    *T.SPBE_REKOMENDASI,
                    "Implementasi tahun 2022:",
                    *T.SPBE_IMPLEMENTASI,
                ]
            ),
        ),
    ],
}

STATISTIK_WB = {
    "identitas": _identitas(STATISTIK),
    "program": [
        _program(
            "2.20.02",
            "Program Penyelenggaraan statistik sektoral",
            "SS-04",
            "Tersedianya data statistik sektoral",
            60,
            "%",
            60,
            iku="IK-04",
        )
    ],
    "kegiatan": [
        _kegiatan(
            "2.20.02.2.01",
            "Kegiatan Penyelenggaraan statistik sektoral di lingkup Daerah Kabupaten/Kota",
            "Terlaksananya penyelenggaraan statistik sektoral",
            7,
            "Dokumen",
            7,
        )
    ],
    "sub_kegiatan": [
        _sub(
            "2.20.02.2.01.0001",
            "Koordinasi sinkronisasi pengumpulan, pengolahan, analisis dan diseminasi data "
            "statistik sektoral",
            "Jumlah dokumen Koordinasi dan Sinkronisasi Pengumpulan, Pengolahan, Analisis dan "
            "Diseminasi Data Statistik Sektoral",
            7,
            "Dokumen",
            9030284,
            7,
            8217140,
        ),
        _sub(
            "2.20.02.2.01.0002",
            "Peningkatan kapasitas Sumber Daya manusia Pemerintah Daerah dalam peningkatan "
            "mutu statistik daerah yang terintegrasi",
            "Jumlah SDM yang meningkat kapasitasnya dalam peningkatan "
            "mutu statistik daerah yang terintegrasi",
            10,
            "Orang",
            36327375,
            10,
            35484250,
        ),
        _sub(
            "2.20.02.2.01.0003",
            "Membangun metadata statistik sektoral",
            "Jumlah Metadata Statistik Sektoral yang dihimpun",
            1,
            "Dokumen",
            39959857,
            1,
            39829870,
        ),
    ],
    "capaian": [_capaian("IK-04", D("52.94"))],
}

SANDI_WB = {
    "identitas": _identitas(SANDI),
    "program": [
        _program(
            "2.21.02",
            "Program Penyelenggaraan persandian untuk pengamanan informasi",
            "SS-03",
            "Terwujudnya pengamanan informasi",
            550,
            "Informasi",
            550,
            iku="IK-03",
        )
    ],
    "kegiatan": [
        _kegiatan(
            "2.21.02.2.01",
            "Kegiatan Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Kabupaten/Kota",
            "Terlaksananya penyelenggaraan persandian untuk pengamanan informasi Pemerintah Daerah",
            45,
            "%",
            45,
        )
    ],
    "sub_kegiatan": [
        _sub(
            "2.21.02.2.01.0001",
            "Pelaksanaan keamanan Informasi Pemerintahan Daerah Kabupaten/Kota Berbasis "
            "Elektronik dan Non Elektronik",
            "Jumlah Laporan Pelaksanaan Keamanan Informasi Pemerintahan Daerah "
            "Kabupaten/Kota Berbasis Elektronik dan Non Elektronik",
            1,
            "Laporan",
            60800300,
            1,
            59108109,
        ),
    ],
    "capaian": [_capaian("IK-03", D(55))],
}

WORKBOOKS = {
    "00-instansi.xlsx": ("instansi", INSTANSI),
    "01-sekretariat.xlsx": ("bidang", SEKRETARIAT_WB),
    "02-informasi-komunikasi-publik.xlsx": ("bidang", IKP_WB),
    "03-aplikasi-informatika.xlsx": ("bidang", APTIKA_WB),
    "04-statistik.xlsx": ("bidang", STATISTIK_WB),
    "05-persandian.xlsx": ("bidang", SANDI_WB),
}
