"""Every rule the computation applies, named as the regulations and LKj practice name it.

The keys are stable identifiers used in figures, tests and the docs (docs/perhitungan.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    formula: str
    source: str


RULES: dict[str, Rule] = {
    "capaian.maksimal": Rule(
        "Capaian indikator (semakin tinggi semakin baik)",
        "Realisasi ÷ Target × 100%",
        "PermenPANRB 53/2014; rumus persentase pencapaian kinerja LKj",
    ),
    "capaian.minimal": Rule(
        "Capaian indikator (semakin rendah semakin baik)",
        "(Target − (Realisasi − Target)) ÷ Target × 100%",
        "Rumus persentase pencapaian kinerja untuk indikator negatif (LKj; PermenPANRB tentang SMK)",
    ),
    "capaian.rentang": Rule(
        "Capaian indikator dengan target rentang",
        "di dalam rentang = 100%; di luar rentang memakai batas terdekat dengan rumus sesuai polaritas",
        "Pedoman pengukuran indikator rentang (Sistem Manajemen Kinerja)",
    ),
    "capaian.stabil": Rule(
        "Capaian indikator stabil (dalam rentang)",
        "di dalam rentang = 100%; di bawah: Realisasi ÷ Batas bawah × 100%; di atas: "
        "(2 × Batas atas − Realisasi) ÷ Batas atas × 100%",
        "Polaritas stabilize (KMK 467/KMK.01/2014), pengaturan lkj",
    ),
    "capaian.konversi": Rule(
        "Capaian indikator skor melalui tabel konversi (bawaan: realisasi dan target dikonversi)",
        "Nilai tabel realisasi ÷ Nilai tabel target × 100% (menurut polaritas, seperti indikator lain); "
        "mis. KI Award 93,5 → 85% dan target 90 → 80%: 106,25%",
        "Keputusan IKU instansi (mis. tabel KI Award); Pengaturan › Capaian Indikator Bertabel Konversi",
    ),
    "capaian.konversi-tabel": Rule(
        "Capaian indikator skor: nilai tabel realisasi (pilihan Pengaturan)",
        "capaian = nilai tabel untuk rentang skor realisasi (mis. 93,5 → 85%); bila realisasi memenuhi "
        "target, predikatnya tidak pernah Tidak Tercapai",
        "Pengaturan › Capaian Indikator Bertabel Konversi: Nilai tabel realisasi",
    ),
    "capaian.belum-ada-data": Rule(
        "Capaian belum dapat diukur", "realisasi belum diisi", "lkj: kosong berarti belum ada data, bukan 0"
    ),
    "capaian.tanpa-target": Rule("Capaian belum dapat diukur", "target tahun ini belum ditetapkan", "lkj"),
    "capaian.sasaran": Rule(
        "Capaian sasaran strategis", "rata-rata capaian indikator sasaran", "Permendagri 86/2017; praktik LKj"
    ),
    "capaian.sasaran-tertimbang": Rule(
        "Capaian sasaran strategis (tertimbang)", "Σ(capaian × bobot) ÷ Σ bobot", "Pengaturan instansi"
    ),
    "capaian.organisasi": Rule(
        "Capaian kinerja organisasi", "rata-rata capaian seluruh sasaran strategis", "Permendagri 86/2017"
    ),
    "capaian.organisasi-tertimbang": Rule(
        "Capaian kinerja organisasi (tertimbang)",
        "Σ(capaian sasaran × bobot) ÷ Σ bobot",
        "Pengaturan instansi",
    ),
    "capaian.renstra": Rule(
        "Capaian terhadap target akhir Renstra",
        "rumus capaian dengan target akhir periode Renstra",
        "PermenPANRB 53/2014 (perbandingan dengan target jangka menengah)",
    ),
    "indikator.tercapai": Rule(
        "Persentase indikator program yang tercapai",
        "jumlah indikator tercapai ÷ jumlah indikator bertarget × 100% (tercapai menurut polaritas; "
        "indikator yang belum ada realisasinya dihitung belum tercapai)",
        "Keputusan IKU (formulasi persentase indikator program tercapai)",
    ),
    "realisasi.indikator-program": Rule(
        "Realisasi dihitung: persentase indikator program yang tercapai",
        "jumlah indikator program tercapai ÷ jumlah indikator program × 100%, dibulatkan ke Jumlah Desimal "
        "indikator (bawaan 2)",
        "Sumber Realisasi pada lembar Indikator (keputusan IKU instansi)",
    ),
    "realisasi.spbe": Rule(
        "Realisasi dihitung: Indeks SPBE",
        "indeks SPBE dari tingkat kematangan lembar SPBE, dibulatkan ke Jumlah Desimal indikator (bawaan 2)",
        "Sumber Realisasi pada lembar Indikator; PermenPANRB 59/2020",
    ),
    "realisasi.spbe-domain": Rule(
        "Realisasi dihitung: indeks satu domain SPBE",
        "indeks domain SPBE dari tingkat kematangan lembar SPBE, dibulatkan ke Jumlah Desimal indikator "
        "(bawaan 2)",
        "Sumber Realisasi pada lembar Indikator; PermenPANRB 59/2020",
    ),
    "anggaran.jumlah": Rule(
        "Jumlah anggaran",
        "jumlah pagu/realisasi seluruh rincian di bawahnya",
        "DPA; rekapitulasi sub kegiatan → kegiatan → program",
    ),
    "anggaran.serapan": Rule("Serapan anggaran", "Realisasi ÷ Pagu × 100%", "Praktik LKj (Keuangan %)"),
    "anggaran.silpa": Rule("Sisa anggaran (SiLPA)", "Pagu − Realisasi", "Praktik LKj"),
    "anggaran.fisik": Rule(
        "Realisasi fisik",
        "rata-rata realisasi fisik rincian di bawahnya",
        "Praktik LKj (fisik program = rata-rata fisik kegiatan)",
    ),
    "anggaran.fisik-pagu": Rule(
        "Realisasi fisik (tertimbang pagu)", "Σ(fisik × pagu) ÷ Σ pagu", "Pengaturan instansi"
    ),
    "anggaran.perubahan-pk": Rule(
        "Perubahan anggaran antarversi PK",
        "Anggaran versi ini − versi sebelumnya",
        "Perjanjian Kinerja dan perubahannya",
    ),
    "efisiensi.selisih": Rule(
        "Efisiensi (selisih)",
        "Capaian − Serapan (poin); di atas ambang = efisien",
        "Praktik evaluasi e-SAKIP",
    ),
    "efisiensi.sisa": Rule(
        "Efisiensi (sisa anggaran)",
        "100% − Serapan, bila target tercapai",
        "Praktik LKj (efisiensi dari sisa anggaran)",
    ),
    "efisiensi.rasio": Rule("Efisiensi (rasio)", "Capaian ÷ Serapan; di atas 1 = efisien", "Praktik LKj"),
    "efisiensi.pmk": Rule(
        "Nilai efisiensi",
        "E = rata-rata[1 − (RA/RV) ÷ (PA/TV)] × 100%; nilai = 50% + E/20 × 50%",
        "PMK 22/PMK.02/2021 (evaluasi kinerja anggaran)",
    ),
    "tren.poin": Rule(
        "Perubahan realisasi dari tahun sebelumnya",
        "Realisasi tahun ini − realisasi tahun lalu",
        "PermenPANRB 53/2014 (analisis perbandingan antartahun)",
    ),
    "tren.relatif": Rule(
        "Perubahan relatif realisasi",
        "(Realisasi tahun ini − realisasi tahun lalu) ÷ realisasi tahun lalu × 100%",
        "PermenPANRB 53/2014",
    ),
    "standar.selisih": Rule(
        "Selisih terhadap standar nasional",
        "Realisasi − Standar nasional",
        "PermenPANRB 53/2014 (perbandingan dengan standar nasional)",
    ),
    "pembanding.selisih": Rule(
        "Selisih terhadap nilai pembanding",
        "Realisasi − nilai pembanding (daerah lain, rata-rata provinsi/nasional, standar; lembar Pembanding)",
        "PermenPANRB 53/2014 (perbandingan dengan realisasi di tingkat nasional); LKE PermenPANRB 88/2021 "
        "kriteria 3.b.6",
    ),
    "spbe.aspek": Rule(
        "Indeks aspek SPBE", "Σ(tingkat indikator × bobot indikator) ÷ bobot aspek", "PermenPANRB 59/2020"
    ),
    "spbe.domain": Rule(
        "Indeks domain SPBE", "Σ(indeks aspek × bobot aspek) ÷ bobot domain", "PermenPANRB 59/2020"
    ),
    "spbe.indeks": Rule("Indeks SPBE", "Σ(indeks domain × bobot domain) ÷ 100", "PermenPANRB 59/2020"),
}
