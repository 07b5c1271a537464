"""Render docs/perhitungan.md: every rule, the default scales and the settings that change them."""

from __future__ import annotations

from lkj.compute.rules import RULES
from lkj.contract.lists import CLOSED, METODE_EFISIENSI
from lkj.contract.pengaturan import PENGATURAN
from lkj.read.settings import default_settings


def render_markdown() -> str:
    settings = default_settings()
    lines = [
        "# Aturan perhitungan lkj",
        "",
        "Dokumen ini dibuat otomatis dari `lkj/compute/rules.py` dan `lkj/contract/defaults.py` "
        "(jalankan `python dev/make_docs.py`). Setiap angka laporan menyimpan aturan dan masukannya; "
        "`lkj hitung FOLDER --rinci` menampilkannya lengkap dengan sel asalnya.",
        "",
        "## Aturan",
        "",
        "| Kunci | Aturan | Rumus | Dasar |",
        "|---|---|---|---|",
    ]
    lines += [f"| `{key}` | {r.name} | {r.formula} | {r.source} |" for key, r in RULES.items()]
    lines += ["", "## Ketentuan penting", ""]
    lines += [
        "- **Target tahun ini** adalah target pada versi Perjanjian Kinerja terakhir yang memuat indikator "
        "itu; indikator yang tidak ada di PK memakai target Renstra tahun laporan.",
        "- **Realisasi kosong** berarti *belum ada data*, tidak pernah dianggap 0.",
        "- **Indikator minimal** dengan realisasi di atas dua kali target menghasilkan capaian negatif; "
        "capaian dinaikkan ke batas bawah (bawaan 0%). Target 0: realisasi 0 berarti 100%, realisasi di "
        "atasnya 0%.",
        "- **Indikator maksimal dengan target 0** tidak dapat dihitung persentasenya dan dilaporkan "
        "demikian.",
        "- **Target rentang** (mis. 80-90): di dalam rentang 100%; di luar rentang memakai batas terdekat.",
        "- **Predikat dan kategori** ditentukan dari nilai yang sudah dibulatkan 2 desimal, sehingga 100,00% "
        "tidak pernah berpredikat *Tidak Tercapai*.",
        "- **Fisik** kegiatan adalah rata-rata fisik sub kegiatannya, fisik program rata-rata fisik "
        "kegiatannya (atau tertimbang pagu bila dipilih).",
        "- **Uang** dijumlahkan persis dalam sen; persentase dihitung dari jumlah rupiah, bukan diketik.",
        "",
        "## Skala bawaan",
        "",
    ]
    for title, scale in (
        ("Predikat capaian (Tabel 3.1)", settings.predikat),
        ("Kategori capaian (Permendagri 86/2017, tanpa celah)", settings.kategori),
        ("Predikat Indeks SPBE (PermenPANRB 59/2020)", settings.spbe),
    ):
        lines += [f"### {title}", "", "| Nilai | Label |", "|---|---|"]
        lines += [f"| {rng} | {label} |" for rng, label in scale.describe()] + [""]
    lines += [
        "## Pengaturan (lembar Pengaturan workbook instansi)",
        "",
        "| Pengaturan | Bawaan | Pilihan |",
        "|---|---|---|",
    ]
    for column in PENGATURAN.fields:
        choices = ", ".join(CLOSED[column.choices]) if column.choices else "angka"
        lines.append(f"| {column.header} | {column.default or '(kosong)'} | {choices} |")
    lines += [
        "",
        "Metode efisiensi: " + "; ".join(METODE_EFISIENSI) + ". Bawaan: selisih capaian dan serapan "
        "dengan ambang 5 poin (di atas ambang efisien, dalam ambang cukup efisien, di bawahnya tidak "
        "efisien).",
        "",
    ]
    return "\n".join(lines)
