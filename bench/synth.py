"""Synthetic but valid input of any size, deterministic from a seed: a fictional provincial office
("Provinsi Nusantara Raya" does not exist) with one instansi workbook and one workbook per bidang.

The data has the shape of the real thing: Permendagri-style codes, program → kegiatan → sub kegiatan with
budgets that add up to the Perjanjian Kinerja, indicators of every polarity with six years of Renstra
history, two PK versions, SPBE levels, and explanations of realistic length in Indonesian.

    dataset(Size(bidang=100, sub_kegiatan=5000, indikator=500))  → {file name: (kind, sheet data)}
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal as D
from typing import Any

MAX = "Maksimal (semakin tinggi semakin baik)"
MIN = "Minimal (semakin rendah semakin baik)"
STABIL = "Stabil (dalam rentang target)"

UNIT_KERJA = (
    "Pelayanan Kesehatan",
    "Kesehatan Masyarakat",
    "Pencegahan dan Pengendalian Penyakit",
    "Sumber Daya Kesehatan",
    "Kefarmasian dan Alat Kesehatan",
    "Gizi dan Kesehatan Keluarga",
    "Kesehatan Lingkungan",
    "Promosi Kesehatan",
    "Rujukan dan Layanan Khusus",
    "Data dan Sistem Informasi Kesehatan",
)
WILAYAH = (
    "Sungai Lilin",
    "Muara Enim",
    "Talang Jawa",
    "Batu Ampar",
    "Tanjung Harapan",
    "Pagar Alam",
    "Bukit Kemuning",
    "Air Hitam",
    "Lubuk Linggau",
    "Rantau Panjang",
    "Sekayu",
    "Kayu Agung",
    "Padang Sidempuan",
    "Kota Baru",
    "Sei Rampah",
    "Teluk Dalam",
    "Simpang Empat",
    "Koto Tangah",
    "Lembah Gumanti",
    "Sungai Penuh",
)
KEGIATAN_POKOK = (
    (
        "Penyediaan Layanan Kesehatan",
        "Jumlah fasilitas pelayanan kesehatan yang melayani sesuai standar",
        "Unit",
    ),
    ("Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", "Jumlah tenaga kesehatan yang dilatih", "Orang"),
    (
        "Pengelolaan Data dan Informasi Kesehatan",
        "Jumlah dokumen data kesehatan yang dimutakhirkan",
        "Dokumen",
    ),
    ("Pengendalian Penyakit Menular", "Jumlah kasus yang ditindaklanjuti sesuai standar", "Kasus"),
    ("Penyediaan Obat dan Bahan Medis Habis Pakai", "Jumlah paket obat yang didistribusikan", "Paket"),
    ("Pembinaan Upaya Kesehatan Bersumberdaya Masyarakat", "Jumlah posyandu aktif yang dibina", "Posyandu"),
    ("Pemeliharaan Sarana dan Prasarana Kesehatan", "Jumlah sarana kesehatan yang dipelihara", "Unit"),
    ("Penyelenggaraan Sistem Rujukan Terintegrasi", "Jumlah laporan rujukan terintegrasi", "Laporan"),
)
SUB_POKOK = (
    ("Pengadaan Alat Kesehatan", "Jumlah alat kesehatan yang diadakan", "Unit"),
    ("Pelatihan Tenaga Kesehatan", "Jumlah peserta pelatihan", "Orang"),
    ("Monitoring dan Evaluasi Program", "Jumlah laporan monitoring dan evaluasi", "Laporan"),
    ("Penyusunan Dokumen Perencanaan", "Jumlah dokumen perencanaan yang disusun", "Dokumen"),
    ("Sosialisasi dan Edukasi Masyarakat", "Jumlah kegiatan sosialisasi", "Kegiatan"),
    ("Pendampingan Fasilitas Kesehatan", "Jumlah fasilitas kesehatan yang didampingi", "Unit"),
    ("Pemeliharaan Rutin Gedung", "Jumlah gedung yang dipelihara", "Unit"),
    ("Penyediaan Bahan Logistik", "Jumlah bulan penyediaan logistik", "Bulan"),
    ("Surveilans Kesehatan", "Jumlah laporan surveilans", "Laporan"),
    ("Verifikasi dan Validasi Data", "Jumlah data yang diverifikasi", "Data"),
)
INDIKATOR_POKOK = (
    ("Persentase fasilitas pelayanan kesehatan terakreditasi", "%", MAX),
    ("Cakupan pelayanan kesehatan sesuai standar pelayanan minimal", "%", MAX),
    ("Indeks kepuasan masyarakat terhadap layanan kesehatan", "Indeks", MAX),
    ("Rata-rata waktu tunggu pelayanan rujukan", "Hari", MIN),
    ("Angka kejadian penyakit menular per 100.000 penduduk", "Kasus", MIN),
    ("Tingkat ketersediaan obat esensial", "%", STABIL),
    ("Persentase data kesehatan yang terpublikasi tepat waktu", "%", MAX),
    ("Nilai evaluasi akuntabilitas kinerja unit", "Nilai", MAX),
)
KALIMAT = (
    "Koordinasi lintas sektor berjalan baik dan seluruh fasilitas melapor tepat waktu.",
    "Sebagian kegiatan lapangan tertunda karena cuaca dan akses jalan di wilayah terpencil.",
    "Tenaga pelaksana di beberapa wilayah belum mencukupi sehingga pendampingan dilakukan bergiliran.",
    "Dukungan anggaran perubahan memungkinkan penambahan sasaran pada triwulan keempat.",
    "Pemutakhiran data dilakukan bulanan melalui aplikasi yang terintegrasi dengan pusat data daerah.",
    "Proses pengadaan barang mengalami keterlambatan karena penyedia tidak memenuhi jadwal.",
)


@dataclass(frozen=True)
class Size:
    bidang: int = 100
    sub_kegiatan: int = 5000
    indikator: int = 500

    def __post_init__(self) -> None:
        if self.bidang < 1 or self.indikator < 1 or self.sub_kegiatan < self.bidang:
            raise ValueError("at least one bidang and indicator, and one sub kegiatan per bidang")

    @property
    def label(self) -> str:
        return f"{self.bidang} bidang / {self.sub_kegiatan} sub kegiatan / {self.indikator} indikator"


def _split(total: int, parts: int) -> list[int]:
    """`total` spread over `parts` as evenly as possible, larger shares first."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _program_code(k: int) -> str:
    return f"{k // 9801 + 1}.{(k // 99) % 99 + 1:02d}.{k % 99 + 1:02d}"


def _sentences(rng: random.Random, count: int) -> str:
    return " ".join(rng.sample(KALIMAT, count))


class _Builder:
    def __init__(self, size: Size, seed: int, tahun: int) -> None:
        self.size, self.rng, self.tahun = size, random.Random(seed), tahun
        self.bidang_names = [self._bidang_name(i) for i in range(size.bidang)]
        per_sasaran = 10 if size.indikator >= 10 else size.indikator
        self.sasaran = [f"SS-{i + 1:03d}" for i in range((size.indikator + per_sasaran - 1) // per_sasaran)]
        self.indikator = [self._indikator(j, per_sasaran) for j in range(size.indikator)]
        self.pk_final: dict[str, D] = {}  # program → final PK budget (the sum of its sub kegiatan pagu)
        self.programs: list[tuple[str, str]] = []

    def _bidang_name(self, i: int) -> str:
        if i == 0:
            return "Sekretariat"
        if i <= len(UNIT_KERJA):
            return f"Bidang {UNIT_KERJA[i - 1]}"
        n = i - len(UNIT_KERJA) - 1
        suffix = f" {n // len(WILAYAH) + 1}" if n >= len(WILAYAH) else ""
        return f"UPTD Puskesmas {WILAYAH[n % len(WILAYAH)]}{suffix}"

    def _indikator(self, j: int, per_sasaran: int) -> dict[str, Any]:
        nama, satuan, polaritas = INDIKATOR_POKOK[j % len(INDIKATOR_POKOK)]
        bidang = self.bidang_names[j % self.size.bidang]
        return {
            "kode": f"IK-{j + 1:04d}",
            "sasaran": self.sasaran[j // per_sasaran],
            "nama": f"{nama} ({bidang})",
            "jenis": "IKT" if j % 5 == 4 else "IKU",
            "satuan": satuan,
            "polaritas": polaritas,
            "formula": f"Dihitung dari laporan {bidang.lower()} sesuai definisi operasional indikator.",
            "penanggung_jawab": bidang,
            "sumber_data": f"Laporan tahunan {bidang}",
            "baseline_tahun": 2020,
            "baseline": self._level(satuan, polaritas, 2020),
            "target_akhir": self._target(satuan, polaritas, 2026),
            "standar_nasional": self._level(satuan, polaritas, 2023)
            if j % 3 == 0 or j % per_sasaran == 0
            else None,
        }

    @staticmethod
    def _level(satuan: str, polaritas: str, year: int) -> D:
        step = year - 2019
        if satuan == "Indeks":
            return D("2.0") + D("0.25") * step
        if polaritas == MIN:
            return D(12 - step)
        return D(55 + 5 * step)

    def _target(self, satuan: str, polaritas: str, year: int) -> D | str:
        if polaritas == STABIL:
            return "80-95"
        return self._level(satuan, polaritas, year)

    def instansi(self) -> dict[str, Any]:
        rng, tahun = self.rng, self.tahun
        renstra = [
            {
                "indikator": x["kode"],
                "tahun": year,
                "target": self._target(x["satuan"], x["polaritas"], year),
                "realisasi": self._realised(x, year) if year < tahun else None,
            }
            for x in self.indikator
            for year in range(2021, 2027)
        ]
        versi = [
            {
                "versi": "PK Murni",
                "jenis": "Murni",
                "tanggal": date(tahun, 1, 31),
                "keterangan": "DPA murni.",
            },
            {
                "versi": "PK Perubahan",
                "jenis": "APBD-P",
                "tanggal": date(tahun, 10, 1),
                "keterangan": "Penyesuaian anggaran setelah APBD Perubahan.",
            },
        ]
        pk_target = [
            {
                "versi": v["versi"],
                "indikator": x["kode"],
                "target": self._target(x["satuan"], x["polaritas"], tahun),
            }
            for v in versi
            for x in self.indikator
            if x["jenis"] == "IKU"
        ]
        pk_anggaran = []
        for kode, nama in self.programs:
            final = self.pk_final[kode]
            murni = final - D(rng.randrange(0, 20)) * 1_000_000 if final > 100_000_000 else final
            for v, amount in (("PK Murni", murni), ("PK Perubahan", final)):
                pk_anggaran.append({"versi": v, "program": kode, "nama_program": nama, "anggaran": amount})
        return {
            "profil": {
                "nama_instansi": "Dinas Kesehatan Provinsi Nusantara Raya",
                "singkatan": "Dinkes",
                "pemerintah_daerah": "Pemerintah Provinsi Nusantara Raya",
                "tahun": tahun,
                "renstra_awal": 2021,
                "renstra_akhir": 2026,
                "alamat": "Jalan Pahlawan Nomor 10, Kota Nusantara (alamat fiktif)",
                "tempat": "Kota Nusantara",
                "tanggal": date(tahun + 1, 2, 15),
                "kepala_nama": "dr. Andi Pratama, M.Kes.",
                "kepala_nip": "19750505 200212 1 003",
                "kepala_pangkat": "Pembina Utama Muda (IV/c)",
                "kepala_jabatan": "Kepala Dinas Kesehatan Provinsi Nusantara Raya",
                "kepala_daerah_jabatan": "Gubernur Nusantara Raya",
                "kepala_daerah_nama": "Ir. H. Surya Darma, M.M.",
                "visi": "Nusantara Raya yang Sehat, Mandiri dan Berkeadilan.",
                "tugas_pokok": "Membantu Gubernur melaksanakan urusan pemerintahan bidang kesehatan.",
            },
            "uraian": [
                {"jenis": "Misi", "teks": "Meningkatkan akses dan mutu pelayanan kesehatan."},
                {"jenis": "Tujuan", "teks": "Meningkatkan derajat kesehatan masyarakat."},
                {"jenis": "Fungsi", "teks": "Perumusan kebijakan di bidang kesehatan;"},
                {"jenis": "Fungsi", "teks": "Pelaksanaan kebijakan di bidang kesehatan."},
                {"jenis": "Dasar Hukum", "teks": "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;"},
                {"jenis": "Permasalahan", "teks": "Sebaran tenaga kesehatan belum merata."},
                {"jenis": "Strategi ke Depan", "teks": "Memperkuat layanan rujukan terintegrasi."},
                *({"jenis": "Struktur Organisasi", "teks": name} for name in self.bidang_names),
            ],
            "bidang": [{"nama": name} for name in self.bidang_names],
            "sasaran": [
                {"kode": kode, "nama": f"Meningkatnya mutu layanan kesehatan kelompok {i + 1}"}
                for i, kode in enumerate(self.sasaran)
            ],
            "indikator": self.indikator,
            "target_renstra": renstra,
            # an indicator without a national standard says so, as a complete input does (issue 16)
            "keterangan_analisis": [
                {
                    "indikator": x["kode"],
                    "analisis": "Standar Nasional/Pembanding",
                    "alasan": "Tidak ada standar nasional",
                }
                for x in self.indikator
                if x["standar_nasional"] is None
            ],
            "pk_versi": versi,
            "pk_target": pk_target,
            "pk_anggaran": pk_anggaran,
            "spbe": [{"nomor": n, "tingkat": rng.randint(2, 4)} for n in range(1, 48)],
        }

    def _realised(self, x: dict[str, Any], year: int) -> D:
        target = self._target(x["satuan"], x["polaritas"], year)
        if isinstance(target, str):
            return D(self.rng.randint(78, 97))
        noise = D(self.rng.randint(-8, 8)) / 100
        return (target * (1 + noise)).quantize(D("0.01"))

    def bidang(self, b: int, subs: int) -> dict[str, Any]:
        rng, name = self.rng, self.bidang_names[b]
        own = [x for x in self.indikator if x["penanggung_jawab"] == name]
        programs, kegiatan, sub_kegiatan = [], [], []
        for p, program_subs in enumerate(_split(subs, 2 if subs >= 10 else 1)):
            code = _program_code(len(self.programs))
            pokok = KEGIATAN_POKOK[(b + p) % len(KEGIATAN_POKOK)][0]
            program_name = f"Program {pokok} {name}"
            self.programs.append((code, program_name))
            self.pk_final[code] = D(0)
            programs.append(
                {
                    "kode": code,
                    "nama": program_name,
                    "sasaran": self.sasaran[len(self.programs) % len(self.sasaran)],
                    "indikator": f"Persentase capaian sasaran program {pokok.lower()}",
                    "target": 100,
                    "satuan": "%",
                    "realisasi": D(rng.randint(85, 100)),
                }
            )
            for k, kegiatan_subs in enumerate(_split(program_subs, (program_subs + 4) // 5), start=1):
                k_code = f"{code}.2.{k:02d}"
                k_name, k_ind, k_unit = KEGIATAN_POKOK[(b + k) % len(KEGIATAN_POKOK)]
                target = rng.randint(4, 40)
                kegiatan.append(
                    {
                        "kode": k_code,
                        "program": code,
                        "nama": f"{k_name} Tahap {k}",
                        "indikator": k_ind,
                        "target": target,
                        "satuan": k_unit,
                        "realisasi": target - rng.randint(0, 2),
                    }
                )
                for s in range(1, kegiatan_subs + 1):
                    sub_kegiatan.append(self._sub(f"{k_code}.{s:04d}", k_code, s))
                    self.pk_final[code] += sub_kegiatan[-1]["pagu"]
        capaian = [
            {
                "indikator": x["kode"],
                **self._quarters(x),
                "penyebab": _sentences(rng, 2),
                "upaya": _sentences(rng, 1),
                "program_pendukung": programs[0]["nama"],
                # what a final needs of an indicator that falls short (PermenPANRB 53/2014), written for
                # every one without drawing on the generator, so that the rest of the data stays as it was
                "kendala": f"Pelaksanaan kegiatan pendukung {x['kode']} terkendala jadwal pengadaan.",
                "rencana_tindak_lanjut": f"Menjadwalkan ulang kegiatan {x['kode']} pada triwulan I.",
            }
            for x in own
        ]
        return {
            "identitas": {
                "nama_bidang": name,
                "tahun": self.tahun,
                "penyusun": f"Pengelola Data {name}",
                "jabatan_penyusun": "Sub Koordinator Perencanaan",
            },
            "program": programs,
            "kegiatan": kegiatan,
            "sub_kegiatan": sub_kegiatan,
            "capaian": capaian,
        }

    def _sub(self, code: str, kegiatan: str, s: int) -> dict[str, Any]:
        rng = self.rng
        nama, indikator, satuan = SUB_POKOK[rng.randrange(len(SUB_POKOK))]
        target = rng.randint(1, 60)
        pagu = rng.randint(5, 900) * 1_000_000 + rng.randint(0, 999) * 1000
        absorbed = rng.randint(70, 100)
        row: dict[str, Any] = {
            "kode": code,
            "kegiatan": kegiatan,
            "nama": f"{nama} Paket {s}",
            "indikator": indikator,
            "target": target,
            "satuan": satuan,
            "pagu": pagu,
            "realisasi_volume": target if absorbed > 80 else max(0, target - rng.randint(1, 3)),
            "realisasi_rp": pagu * absorbed // 100,
            "fisik": min(100, absorbed + rng.randint(0, 10)),
        }
        if absorbed < 80:
            row["permasalahan"] = _sentences(self.rng, 1)
            row["upaya"] = _sentences(self.rng, 1)
        return row

    def _quarters(self, x: dict[str, Any]) -> dict[str, D]:
        final = self._realised(x, self.tahun)
        steps = [final * D(f) for f in ("0.4", "0.6", "0.85")]
        quarters = [v.quantize(D("0.01")) for v in steps] if x["polaritas"] == MAX else [final] * 3
        return {"tw1": quarters[0], "tw2": quarters[1], "tw3": quarters[2], "tw4": final, "realisasi": final}


def dataset(size: Size, seed: int = 2024, tahun: int = 2024) -> dict[str, tuple[str, dict[str, Any]]]:
    """File name → (workbook kind, sheet data), in the format dev/samples use."""
    builder = _Builder(size, seed, tahun)
    books: dict[str, tuple[str, dict[str, Any]]] = {}
    for b, subs in enumerate(_split(size.sub_kegiatan, size.bidang)):
        books[f"{b + 1:04d}-bidang.xlsx"] = ("bidang", builder.bidang(b, subs))
    return {"0000-instansi.xlsx": ("instansi", builder.instansi()), **books}
