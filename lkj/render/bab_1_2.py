"""BAB I Pendahuluan and BAB II Perencanaan Kinerja."""

from __future__ import annotations

from typing import Any

from lkj.compute.presisi import bersama
from lkj.indonesian import angka, tanggal, terbilang_rupiah
from lkj.render import tables
from lkj.render.blocks import Content
from lkj.render.report import Report
from lkj.render.texts import PerjanjianKinerja, RencanaStrategis, VersiPk
from lkj.render.views import target_nilai

SISTEMATIKA = (
    "Ikhtisar Eksekutif: ringkasan capaian kinerja, realisasi anggaran dan hal-hal yang belum tercapai.",
    "BAB I Pendahuluan: latar belakang, gambaran umum organisasi, tugas pokok dan fungsi, permasalahan yang "
    "dihadapi, dasar hukum dan sistematika penulisan.",
    "BAB II Perencanaan Kinerja: ringkasan Rencana Strategis dan Perjanjian Kinerja beserta perubahannya.",
    "BAB III Akuntabilitas Kinerja: kerangka pengukuran, capaian kinerja organisasi, analisis capaian setiap "
    "sasaran strategis, capaian program dan kegiatan, serta realisasi anggaran.",
    "BAB IV Penutup: kesimpulan dan langkah peningkatan kinerja ke depan.",
    "Lampiran: Perjanjian Kinerja dan data pendukung lainnya.",
)


def _listed(r: Report, jenis: str, empty: str, intro: list[str] | None = None) -> Content:
    items = r.uraian(jenis)
    content = Content().text(*(intro or []))
    return content.numbered(items) if items else content.text(empty)


def bab_1(r: Report) -> dict[str, Any]:
    nama = r.u.nama_instansi
    tugas = Content().text(*r.teks("teks/tugas_fungsi.j2"))
    tugas.numbered(r.uraian("fungsi"), labels="huruf")
    return {
        "latar_belakang": r.block(Content().text(*r.teks("teks/latar_belakang.j2"))),
        "gambaran_umum": r.block(Content().text(*r.teks("teks/gambaran_umum.j2"))),
        "struktur_organisasi": r.block(
            _listed(
                r,
                "struktur",
                f"Susunan organisasi {nama} belum diisi pada workbook instansi (Uraian › Struktur "
                "Organisasi).",
                [f"Susunan organisasi {nama} terdiri atas:"] if r.uraian("struktur") else None,
            )
        ),
        "tugas_fungsi": r.block(tugas),
        "permasalahan": r.block(
            _listed(
                r,
                "permasalahan",
                "Permasalahan yang dihadapi belum diisi pada workbook instansi.",
                [f"Permasalahan utama yang dihadapi {nama} adalah sebagai berikut:"]
                if r.uraian("permasalahan")
                else None,
            )
        ),
        "dasar_hukum": r.block(
            _listed(
                r,
                "dasar_hukum",
                "Dasar hukum belum diisi pada workbook instansi.",
                ["Penyusunan Laporan Kinerja ini berpedoman pada:"] if r.uraian("dasar_hukum") else None,
            )
        ),
        "sistematika": r.block(Content().text(*r.say("teks/sistematika.j2")).numbered(SISTEMATIKA)),
    }


def bab_2(r: Report) -> dict[str, Any]:
    return {
        "perencanaan_pengantar": r.block(Content().text(*r.teks("teks/perencanaan_kinerja.j2"))),
        "rencana_strategis": r.block(_renstra(r)),
        "perjanjian_kinerja": r.block(_perjanjian(r)),
    }


def _renstra(r: Report) -> Content:
    h = r.hasil
    visi = h.profil.visi if h.profil else None
    misi, tujuan = r.uraian("misi"), r.uraian("tujuan")
    content = Content().text(
        *r.say("narasi/rencana_strategis.j2", RencanaStrategis(visi, bool(misi), bool(tujuan)))
    )
    if visi or misi or tujuan:  # otherwise the template said it once for the three
        content.text(
            f"Misi {r.u.nama_instansi}:" if misi else "Rumusan misi belum diisi pada workbook instansi."
        )
        content.numbered(misi)
        content.text(
            "Tujuan yang hendak dicapai:" if tujuan else "Rumusan tujuan belum diisi pada workbook instansi."
        )
        content.numbered(tujuan)
    lead = "Untuk mewujudkan tujuan tersebut ditetapkan" if tujuan else "Renstra menetapkan"
    content.text(
        f"{lead} {len(h.sasaran)} sasaran strategis dengan {len(h.indikator)} indikator kinerja "
        "sebagaimana tabel berikut."
    )
    content.table("Sasaran strategis dan indikator kinerja", tables.iku(h))
    # every year the Renstra sets a target for, those after the report year included (to its end)
    years = sorted(
        {year for i in h.indikator for year, _ in i.renstra_tahunan}
        | ({h.tahun} if any(i.target for i in h.indikator) else set())
    )
    if len(years) > 1:
        content.text("Target indikator kinerja setiap tahun dalam Renstra ditunjukkan pada tabel berikut.")
        content.table("Target indikator kinerja per tahun", tables.target_renstra(h, years))
    return content


def _perjanjian(r: Report) -> Content:
    h = r.hasil
    content = Content()
    if not h.pk:
        return content.text("Perjanjian Kinerja belum diisi pada workbook instansi (lembar PK Versi).")
    previous = None
    for index, versi in enumerate(h.pk):
        change = versi.perubahan.value if versi.perubahan and versi.perubahan.value else None
        view = VersiPk(
            versi=versi.versi.versi,
            tanggal=tanggal(versi.versi.tanggal) if versi.versi.tanggal else None,
            keterangan=(versi.versi.keterangan or "").rstrip("."),
            total="Rp" + angka(versi.total),
            sebelumnya=previous,
            perubahan="Rp" + angka(abs(change)) if change else None,
            perubahan_naik=bool(change and change > 0),
            perubahan_terbilang=terbilang_rupiah(abs(change)) if change else None,
            perubahan_target=tuple(
                f"{i.nama} dari {target_nilai(a, i.satuan, bersama([], [a, b]))} menjadi "
                f"{target_nilai(b, i.satuan, bersama([], [a, b]))}"
                for i, a, b in versi.perubahan_target
            ),
        )
        content.text(*r.say("narasi/perjanjian_kinerja.j2", PerjanjianKinerja(view, index == 0, len(h.pk))))
        if versi.target:
            content.table(f"Target kinerja {versi.versi.versi}", tables.pk_target(versi, h))
        if versi.anggaran:
            content.table(f"Anggaran program {versi.versi.versi}", tables.pk_anggaran(versi))
        previous = versi.versi.versi
    return content
