"""The instansi workbook's sheets about the report itself rather than the year's figures: the analyses
that do not apply and why, the benchmarks an indicator is compared with, and how the report was
delivered, published and reviewed (issues 16 and 19)."""

from __future__ import annotations

from lkj.contract.kinds import KODE_INDIKATOR, Column, FormSheet, Kind, TableSheet

C = Column

KETERANGAN_ANALISIS = TableSheet(
    key="keterangan_analisis",
    name="Keterangan Analisis",
    title="ANALISIS YANG TIDAK DAPAT DISAJIKAN, DAN ALASANNYA",
    intro="Opsional. Satu baris untuk setiap perbandingan BAB III yang memang tidak dapat disajikan bagi "
    "suatu indikator (mis. indikator baru belum memiliki realisasi tahun-tahun sebelumnya, atau tidak ada "
    "standar nasional). Laporan lalu menjelaskan alasannya kepada pembaca, bukan menulis 'belum tersedia'.",
    columns=(
        KODE_INDIKATOR,
        C(
            "analisis",
            "Analisis",
            Kind.CHOICE,
            "Perbandingan yang tidak dapat disajikan bagi indikator ini.",
            required=True,
            choices="analisis",
        ),
        C(
            "alasan",
            "Alasan",
            Kind.CHOICE,
            "Indikator baru (untuk perbandingan tahun sebelumnya), Ditetapkan di tengah periode Renstra "
            "(untuk target akhir Renstra), Tidak ada standar nasional (untuk standar nasional/pembanding), "
            "atau Lainnya. Laporan memuat alasan ini dalam kalimat untuk pembaca.",
            required=True,
            choices="alasan",
        ),
        C(
            "penjelasan",
            "Penjelasan",
            Kind.LONGTEXT,
            "Penjelasan singkat, mis. tahun atau dokumen penetapan indikator; wajib bila Alasan 'Lainnya'. "
            "Dimuat di laporan seperti diketik.",
        ),
    ),
    unique=("indikator", "analisis"),
    optional=True,
)

PEMBANDING = TableSheet(
    key="pembanding",
    name="Pembanding",
    title="NILAI PEMBANDING (DAERAH LAIN, RATA-RATA, STANDAR)",
    intro="Opsional. Nilai indikator yang sama di daerah lain, rata-rata provinsi atau nasional, atau "
    "suatu standar, dengan sumbernya. Laporan memuatnya pada perbandingan dengan standar nasional (BAB "
    "III): nilai tahun laporan, atau tahun terakhir bila belum ada.",
    columns=(
        KODE_INDIKATOR,
        C(
            "pembanding",
            "Pembanding",
            Kind.TEXT,
            "Siapa atau apa pembandingnya, mis. Rata-rata nasional pemerintah kabupaten/kota, atau "
            "Kabupaten ....",
            required=True,
            width=44,
        ),
        C(
            "jenis",
            "Jenis Pembanding",
            Kind.CHOICE,
            "Nasional, Provinsi, Daerah Lain, Internasional, atau Standar.",
            required=True,
            choices="jenis_pembanding",
        ),
        C(
            "tahun",
            "Tahun",
            Kind.YEAR,
            "Tahun nilai pembanding.",
            required=True,
            minimum=1990,
            maximum=2100,
        ),
        C("nilai", "Nilai", Kind.NUMBER, "Nilai pembanding, dalam satuan indikator.", required=True),
        C(
            "sumber",
            "Sumber",
            Kind.TEXT,
            "Dokumen sumber nilai itu, mis. Keputusan Menteri ... tentang hasil evaluasi ...; laporan "
            "menyebutnya bersama nilainya.",
            required=True,
            width=44,
        ),
    ),
    unique=("indikator", "pembanding", "tahun"),
    optional=True,
)

PENYAMPAIAN = FormSheet(
    key="penyampaian",
    name="Penyampaian",
    title="PENYAMPAIAN, PUBLIKASI DAN REVIU LAPORAN",
    intro="Opsional; isi setelah laporan ditandatangani, direviu dan disampaikan. Dipakai untuk halaman "
    "Pernyataan Telah Direviu dan untuk pemeriksaan kelengkapan pelaporan (LKE komponen Pelaporan "
    "Kinerja).",
    fields=(
        C(
            "lkj_sebelumnya",
            "LKj Tahun Sebelumnya Disusun",
            Kind.CHOICE,
            "Ya bila Laporan Kinerja tahun sebelumnya juga disusun (pelaporan berkala).",
            choices="ya_tidak",
        ),
        C(
            "tanggal_penyampaian",
            "Tanggal Penyampaian",
            Kind.DATE,
            "Tanggal laporan disampaikan kepada kepala daerah; tepat waktu bila paling lambat akhir "
            "Februari tahun berikutnya.",
        ),
        C(
            "alamat_publikasi",
            "Alamat Publikasi",
            Kind.TEXT,
            "Alamat laman tempat laporan dipublikasikan, mis. https://.../lkj.",
        ),
        C("tanggal_publikasi", "Tanggal Publikasi", Kind.DATE, "Tanggal laporan dipublikasikan."),
        C(
            "apip_unit",
            "Unit APIP",
            Kind.TEXT,
            "Unit pengawas intern yang mereviu laporan, mis. Inspektorat Kabupaten ...; dimuat di halaman "
            "Pernyataan Telah Direviu.",
        ),
        C(
            "tanggal_reviu",
            "Tanggal Reviu",
            Kind.DATE,
            "Tanggal Pernyataan Telah Direviu ditandatangani. Boleh dikosongkan bila ditulis tangan.",
        ),
        C(
            "tempat_reviu",
            "Tempat Pernyataan Reviu",
            Kind.TEXT,
            "Nama kota tempat pernyataan ditandatangani.",
        ),
        C(
            "apip_nama",
            "Nama Pejabat APIP",
            Kind.TEXT,
            "Nama lengkap dengan gelar; dimuat di blok tanda tangan Pernyataan Telah Direviu.",
        ),
        C("apip_jabatan", "Jabatan Pejabat APIP", Kind.TEXT, "Mis. Inspektur Kabupaten ...."),
        C("apip_pangkat", "Pangkat/Golongan Pejabat APIP", Kind.TEXT, "Mis. Pembina Utama Muda (IV/c)."),
        C(
            "apip_nip",
            "NIP Pejabat APIP",
            Kind.TEXT,
            "18 angka, boleh dengan spasi seperti tertulis pada SK.",
        ),
        C(
            "catatan_reviu",
            "Catatan Reviu",
            Kind.LONGTEXT,
            "Kondisi atau hal yang dicatat APIP (opsional). Bila diisi, Pernyataan Telah Direviu memuatnya "
            "sebagai catatan; bila kosong, pernyataan menyebut tidak ada hal yang menimbulkan perbedaan.",
        ),
    ),
    optional=True,
)
