"""Render docs/perhitungan.md: every rule, the default scales and the settings that change them."""

from __future__ import annotations

from lkj.compute.rules import RULES
from lkj.contract.lists import CLOSED, METODE_EFISIENSI
from lkj.contract.pengaturan import PENGATURAN
from lkj.indonesian import angka
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
        "- **Program atau kegiatan yang dilaksanakan beberapa bidang** (kode dan nama sama di beberapa "
        "workbook bidang) adalah satu program di tabel laporan: anggarannya jumlah sub kegiatan semua "
        "bidang, masing-masing sekali. Bagian setiap bidang (sub kegiatan dan anggarannya sendiri) "
        "mendukung sasaran yang disebut bidang itu, sehingga analisis program pendukung dan efisiensi "
        "per sasaran memakai anggaran bagian itu saja; jumlah anggaran seluruh sasaran tetap sama dengan"
        " jumlah seluruhnya.",
        "- **Realisasi yang dihitung aplikasi** (Sumber Realisasi: persentase indikator program tercapai, "
        "Indeks SPBE, indeks satu domain SPBE) dibulatkan ke Jumlah Desimal indikator (bawaan 2) sebelum "
        "capaiannya dihitung.",
        "- **Angka ketikan** tampil dengan desimal seperti diketik, sama di setiap tabel, kalimat dan "
        "grafik (target 60 tetap 60 di samping realisasi 91,375; target 95,00 tetap 95,00). Selisih dua "
        "angka ketikan tampil utuh, dengan desimal angka yang lebih rinci (91,375 − 86,500 = 4,875). "
        "Persentase hasil hitung selalu 2 desimal.",
        "- **Indikator skor bertabel konversi** (mis. KI Award) membandingkan realisasi dan target pada "
        "skala yang sama. Bawaan (keputusan IKU): keduanya diubah dengan tabel, lalu dibandingkan dengan "
        "rumus polaritasnya; nilai 93,5 (85%) terhadap target 90 (80%) memberi 106,25%. Pilihan lain di "
        "Pengaturan: *Nilai tabel realisasi* (capaian = 85%; realisasi yang memenuhi targetnya tetap "
        "dinilai tercapai, tidak pernah *Tidak Tercapai*) atau *Skor realisasi dibanding skor target* "
        "(93,5 ÷ 90 = 103,89%). Aturan yang sama berlaku di mana pun indikator itu muncul: tahun ini, "
        "tahun-tahun lalu, terhadap target akhir Renstra, dan indikator program yang mengukurnya (Kode "
        "Indikator Sasaran). Skor yang tidak termuat tabel (target 88 pada tabel KI Award yang mulai dari "
        "90) tidak mempunyai nilai konversi dan tidak ditebak: capaian tahun itu tidak ditetapkan, dan "
        "laporan menjelaskan kepada pembacanya tahun mana dan nilai mana yang berada di luar tabel.",
        "- **Selisih** yang dicetak di samping dua angka adalah selisih kedua angka sebagaimana dicetak "
        "(capaian 101,53% dan serapan 99,12%: 2,41 poin), sehingga pembaca dapat memeriksanya.",
        "- **Efisiensi** tidak pernah *efisien* bila target tidak tercapai: anggaran yang tidak terserap "
        "bukan efisiensi bila hasilnya tidak dicapai (paling tinggi *cukup efisien*, dengan alasannya). "
        "Penilaian keseluruhan membandingkan rata-rata capaian sasaran dengan serapan seluruh anggaran; "
        "bila penilaian per sasaran berbeda, laporan menyebutkan keduanya.",
        "- **Persentase indikator program tercapai** menghitung indikator program bertarget yang belum "
        "ada realisasinya sebagai belum tercapai (Jambi 2022: 4 dari 5, 80,00%).",
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
        "Metode berbasis keluaran, *Nilai efisiensi (PMK 22/2021)*, membandingkan biaya per satuan "
        "keluaran dengan rencananya, bukan capaian dengan serapan: untuk setiap sub kegiatan yang "
        "memiliki target volume, realisasi volume dan pagu, biaya rencana per satuan = Pagu ÷ Target "
        "volume (PA/TV) dan biaya nyata per satuan = Realisasi anggaran ÷ Realisasi volume (RA/RV); "
        "E = rata-rata [1 − (RA/RV) ÷ (PA/TV)] × 100%, dan nilai efisiensi = 50% + E/20 × 50% "
        "(dibatasi 0–100%). Nilai di atas 50% efisien, tepat 50% cukup efisien, di bawahnya tidak efisien. "
        "Satuan keluaran yang tercapai dengan biaya di bawah rencana dinilai efisien; anggaran yang tidak "
        "terserap karena keluarannya tidak dihasilkan tidak.",
        "",
    ]
    return "\n".join(lines + _periksa())


def _periksa() -> list[str]:
    """The LKE self-check's method and its default policy (lkj/periksa/kriteria.toml)."""
    from lkj.periksa import PEMERIKSAAN, kebijakan

    policy = kebijakan()
    deadline = "hari terakhir" if policy.hari is None else f"tanggal {policy.hari}"
    lines = [
        "## Periksa (swa-evaluasi LKE)",
        "",
        "`lkj periksa FOLDER` memperkirakan nilai laporan pada komponen "
        f"{policy.komponen} LKE ({policy.nama}; bobot komponen {angka(policy.bobot_komponen)}). Kriteria, "
        "bobot, nilai jawaban dan batas penyampaian adalah data kebijakan di `lkj/periksa/kriteria.toml`; "
        "berkas lain dipakai dengan `--kriteria BERKAS.toml` (kunci yang sama; berkas yang keliru ditolak "
        "dengan nomor barisnya).",
        "",
        "- **Butir.** Setiap kriteria memeriksa butir-butir laporan: indikator (perbandingan dengan target "
        "tahunan, target akhir Renstra, tahun-tahun sebelumnya, pembanding), sasaran (penyebab beserta "
        "upaya/hambatan, efisiensi), indikator yang belum mencapai target (rencana tindak lanjut), bagian "
        "laporan menurut PermenPANRB 53/2014, atau isian lembar Penyampaian. Setiap butir yang kurang "
        "menyebut workbook, lembar dan sel (atau baris baru) yang perlu diisi.",
        "- **Dikecualikan.** Perbandingan (b), (c) atau (d) yang dinyatakan tidak dapat disajikan di lembar "
        "Keterangan Analisis, beserta alasannya, tidak dihitung dalam cakupan (disebut sebagai "
        "dikecualikan); bila semua butir dikecualikan, cakupannya 100%.",
        "- **Cakupan** = butir yang memenuhi ÷ butir yang dihitung × 100%.",
        "- **Jawaban a–e**: huruf pertama (dari atas) yang batasnya dipenuhi cakupan; **Y/T**: Y hanya bila "
        "cakupan 100%.",
        "- **Poin subkomponen** = bobot subkomponen × rata-rata nilai jawaban kriterianya; subkomponen yang "
        "tidak dapat dinilai dari dokumen (3.c) hanya disebut bobotnya. Perkiraan nilai = jumlah poin, dari "
        "jumlah bobot subkomponen yang diperiksa.",
        f"- **Tepat waktu**: tanggal penyampaian paling lambat {deadline} bulan {policy.bulan} tahun "
        "berikutnya (bawaan: akhir Februari, lazim bagi Perangkat Daerah).",
        "",
        "### Nilai jawaban bawaan",
        "",
        "| Jawaban | Cakupan | Nilai |",
        "|---|---|---|",
        f"| Y | 100% | {angka(policy.ya)} |",
        f"| T | di bawah 100% | {angka(policy.tidak)} |",
    ]
    lines += [f"| {h.huruf} | {h.syarat} | {angka(h.nilai)} |" for h in policy.ae]
    lines += [
        "",
        "### Kriteria bawaan",
        "",
        "| Kode | Kriteria | Jawaban | Pemeriksaan |",
        "|---|---|---|---|",
    ]
    for sub in policy.subkomponen:
        status = "" if sub.diperiksa else "; tidak dapat diperiksa dari dokumen"
        lines.append(f"| **{sub.kode}** | **{sub.nama}** (bobot {angka(sub.bobot)}{status}) | | |")
        lines += [
            f"| {c.kode} | {c.uraian} | {c.jawaban.upper()} | `{c.pemeriksaan}` |" for c in sub.kriteria
        ]
    lines += [
        "",
        "### Pemeriksaan yang dikenal lkj",
        "",
        "| Pemeriksaan | Butir yang memenuhi |",
        "|---|---|",
    ]
    lines += [f"| `{key}` | {what} |" for key, (_, what) in PEMERIKSAAN.items()]
    return [*lines, ""]
