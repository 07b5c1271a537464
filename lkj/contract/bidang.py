"""The bidang workbook: one per bidang, filled by its sub-coordinators.

It holds the bidang's program → kegiatan → sub kegiatan with targets, budget and realisation, and the
year's realisation of the indicators the bidang is responsible for, with its explanation.
"""

from __future__ import annotations

from lkj.contract.kinds import Column, FormSheet, Kind, TableSheet, WorkbookSpec

C = Column

IDENTITAS = FormSheet(
    key="identitas",
    name="Identitas",
    title="IDENTITAS BIDANG",
    intro="Isi kolom B. Nama bidang harus sama persis dengan daftar pada workbook instansi.",
    fields=(
        C(
            "nama_bidang",
            "Nama Bidang",
            Kind.TEXT,
            "Mis. Bidang Aplikasi Informatika.",
            required=True,
            essential=True,
            choices="bidang",
        ),
        C(
            "tahun",
            "Tahun Laporan",
            Kind.YEAR,
            "Tahun anggaran yang dilaporkan.",
            required=True,
            essential=True,
            minimum=2000,
            maximum=2100,
        ),
        C("penyusun", "Nama Pengisi", Kind.TEXT, "Sub koordinator yang mengisi workbook ini."),
        C("jabatan_penyusun", "Jabatan Pengisi", Kind.TEXT, "Jabatan pengisi."),
    ),
)

_INDICATOR_HELP = (
    "Indikator kinerja baris ini. Untuk indikator kedua dan seterusnya, isi pada baris "
    "di bawahnya dengan kolom kode dan nama dikosongkan."
)

PROGRAM = TableSheet(
    key="program",
    name="Program",
    title="PROGRAM",
    intro="Satu baris per program yang dilaksanakan bidang. Anggaran program dihitung otomatis dari sub "
    "kegiatan; jangan diketik.",
    columns=(
        C("kode", "Kode Program", Kind.KODE, "Kode program sesuai nomenklatur, mis. 2.16.03.", required=True),
        C("nama", "Nama Program", Kind.TEXT, "Nama program sesuai DPA.", required=True, width=44),
        C(
            "sasaran",
            "Kode Sasaran",
            Kind.KODE,
            "Sasaran strategis yang didukung program ini (dari workbook instansi).",
            choices="sasaran",
        ),
        C("indikator", "Indikator Program", Kind.TEXT, _INDICATOR_HELP, width=44, per_indicator=True),
        C(
            "indikator_kode",
            "Kode Indikator Sasaran",
            Kind.KODE,
            "Isi bila indikator program ini sama "
            "dengan indikator sasaran pada Perjanjian Kinerja; targetnya akan dicocokkan.",
            choices="indikator",
            per_indicator=True,
        ),
        C(
            "polaritas",
            "Polaritas",
            Kind.CHOICE,
            "Kosong berarti Maksimal (semakin tinggi semakin baik).",
            choices="polaritas",
            per_indicator=True,
        ),
        C("target", "Target", Kind.TARGET, "Target indikator program.", per_indicator=True),
        C("satuan", "Satuan", Kind.TEXT, "Satuan target.", choices="satuan", per_indicator=True),
        C(
            "realisasi",
            "Realisasi",
            Kind.NUMBER,
            "Realisasi indikator program tahun ini.",
            per_indicator=True,
        ),
    ),
    unique=("kode",),
    identity=("kode", "nama"),
)

KEGIATAN = TableSheet(
    key="kegiatan",
    name="Kegiatan",
    title="KEGIATAN",
    intro="Satu baris per kegiatan. Pilih program induknya pada kolom Kode Program. Anggaran dihitung "
    "otomatis dari sub kegiatan.",
    columns=(
        C("kode", "Kode Kegiatan", Kind.KODE, "Kode kegiatan, mis. 2.16.03.2.01.", required=True),
        C(
            "program",
            "Kode Program",
            Kind.KODE,
            "Program induk (dari lembar Program).",
            required=True,
            choices="program",
        ),
        C("nama", "Nama Kegiatan", Kind.TEXT, "Nama kegiatan sesuai DPA.", required=True, width=44),
        C("indikator", "Indikator Kegiatan", Kind.TEXT, _INDICATOR_HELP, width=44, per_indicator=True),
        C("target", "Target", Kind.TARGET, "Target indikator kegiatan.", per_indicator=True),
        C("satuan", "Satuan", Kind.TEXT, "Satuan target.", choices="satuan", per_indicator=True),
        C("realisasi", "Realisasi", Kind.NUMBER, "Realisasi indikator kegiatan.", per_indicator=True),
    ),
    unique=("kode",),
    identity=("kode", "program", "nama"),
)

SUB_KEGIATAN = TableSheet(
    key="sub_kegiatan",
    name="Sub Kegiatan",
    title="SUB KEGIATAN: TARGET, ANGGARAN DAN REALISASI",
    intro="Satu baris per sub kegiatan. Persentase keuangan dan total dihitung otomatis; isi angka "
    "rupiah tanpa 'Rp' atau titik pun boleh.",
    columns=(
        C(
            "kode",
            "Kode Sub Kegiatan",
            Kind.KODE,
            "Kode sub kegiatan, mis. 2.16.03.2.01.0001.",
            required=True,
            width=20,
        ),
        C(
            "kegiatan",
            "Kode Kegiatan",
            Kind.KODE,
            "Kegiatan induk (dari lembar Kegiatan).",
            required=True,
            choices="kegiatan",
        ),
        C("nama", "Nama Sub Kegiatan", Kind.TEXT, "Nama sub kegiatan sesuai DPA.", required=True, width=44),
        C("indikator", "Indikator Keluaran", Kind.TEXT, _INDICATOR_HELP, width=44, per_indicator=True),
        C(
            "target",
            "Target Volume",
            Kind.NUMBER,
            "Volume target keluaran (angka saja).",
            minimum=0,
            per_indicator=True,
        ),
        C(
            "satuan",
            "Satuan",
            Kind.TEXT,
            "Satuan volume, mis. Dokumen.",
            choices="satuan",
            per_indicator=True,
        ),
        C(
            "pagu",
            "Pagu (Rp)",
            Kind.MONEY,
            "Pagu anggaran akhir (setelah perubahan) dalam rupiah. Selama kosong, pagu sub kegiatan ini "
            "belum ikut dijumlahkan.",
            required=True,
            minimum=0,
        ),
        C(
            "realisasi_volume",
            "Realisasi Volume",
            Kind.NUMBER,
            "Volume keluaran yang terealisasi.",
            minimum=0,
            per_indicator=True,
        ),
        C("realisasi_rp", "Realisasi (Rp)", Kind.MONEY, "Realisasi keuangan dalam rupiah.", minimum=0),
        C(
            "fisik",
            "Realisasi Fisik (%)",
            Kind.PERCENT,
            "Kemajuan fisik 0 sampai 100.",
            minimum=0,
            maximum=100,
        ),
        C("permasalahan", "Permasalahan", Kind.LONGTEXT, "Kendala pelaksanaan (opsional)."),
        C("upaya", "Upaya Mengatasi", Kind.LONGTEXT, "Upaya yang dilakukan (opsional)."),
    ),
    unique=("kode",),
    identity=("kode", "kegiatan", "nama"),
    capacity=2000,
)

CAPAIAN = TableSheet(
    key="capaian",
    name="Capaian Indikator",
    title="REALISASI INDIKATOR KINERJA YANG MENJADI TANGGUNG JAWAB BIDANG",
    intro="Satu baris per indikator (kode dari workbook instansi). Realisasi tahunan wajib bila data "
    "sudah ada; kosong berarti 'belum ada data', bukan nol. Untuk indikator yang realisasinya dihitung "
    "aplikasi (Sumber Realisasi pada workbook instansi), isi penjelasannya saja. Penjelasan dimuat di BAB "
    "III; untuk indikator yang belum mencapai target, kendala, upaya dan rencana tindak lanjutnya juga "
    "dimuat di Ikhtisar Eksekutif dan BAB IV.",
    columns=(
        C(
            "indikator",
            "Kode Indikator",
            Kind.KODE,
            "Kode indikator dari workbook instansi.",
            required=True,
            choices="indikator",
        ),
        C("tw1", "Realisasi TW I", Kind.NUMBER, "Realisasi triwulan I (opsional)."),
        C("tw2", "Realisasi TW II", Kind.NUMBER, "Realisasi triwulan II (opsional)."),
        C("tw3", "Realisasi TW III", Kind.NUMBER, "Realisasi triwulan III (opsional)."),
        C("tw4", "Realisasi TW IV", Kind.NUMBER, "Realisasi triwulan IV (opsional)."),
        C(
            "realisasi",
            "Realisasi Tahunan",
            Kind.NUMBER,
            "Realisasi tahun laporan (untuk indikator skor: nilai skornya), dengan desimal seperti pada "
            "dokumen sumbernya. Kosongkan untuk indikator yang realisasinya dihitung aplikasi.",
        ),
        C(
            "penyebab",
            "Penyebab Keberhasilan/Kegagalan",
            Kind.LONGTEXT,
            "Mengapa target tercapai atau tidak, atau mengapa naik/turun dibanding tahun lalu. Dimuat di "
            "analisis BAB III.",
        ),
        C(
            "upaya",
            "Upaya dan Solusi",
            Kind.LONGTEXT,
            "Langkah yang telah dilakukan. Dimuat di BAB III, dan di Ikhtisar Eksekutif bila target belum "
            "tercapai.",
        ),
        C(
            "program_pendukung",
            "Program/Kegiatan Pendukung",
            Kind.LONGTEXT,
            "Program atau kegiatan yang mendukung keberhasilan atau menjadi penyebab kegagalan.",
        ),
        C(
            "kendala",
            "Kendala/Hambatan",
            Kind.LONGTEXT,
            "Kendala yang dihadapi, ringkas (opsional); dimuat di Ikhtisar Eksekutif bila target belum "
            "tercapai. Bila kosong, Ikhtisar memakai Penyebab Keberhasilan/Kegagalan.",
        ),
        C(
            "rencana_tindak_lanjut",
            "Rencana Tindak Lanjut",
            Kind.LONGTEXT,
            "Langkah yang akan dilakukan tahun berikutnya (langkah antisipatif); dimuat di Ikhtisar "
            "Eksekutif dan BAB IV. Wajib untuk indikator yang belum mencapai target.",
        ),
    ),
    unique=("indikator",),
    optional=True,
)

BIDANG = WorkbookSpec(
    kind="bidang",
    title="Workbook Bidang",
    filled_by="Sub koordinator pada setiap bidang",
    purpose="Program, kegiatan dan sub kegiatan bidang beserta anggaran dan realisasinya, serta "
    "realisasi indikator kinerja yang menjadi tanggung jawab bidang.",
    sheets=(IDENTITAS, PROGRAM, KEGIATAN, SUB_KEGIATAN, CAPAIAN),
)
