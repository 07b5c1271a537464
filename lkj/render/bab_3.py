"""BAB III Akuntabilitas Kinerja: measurement framework, capaian, the seven analyses per sasaran, the
program/kegiatan/sub kegiatan table, SPBE and budget realisation."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from lkj.compute.presisi import as_typed, bersama
from lkj.compute.results import Hasil, IndikatorHasil
from lkj.indonesian import angka, rentang_skor
from lkj.render import charts, tables
from lkj.render.big_table import BigTable
from lkj.render.blocks import Block, Content, sealed
from lkj.render.context import Analisis
from lkj.render.report import Report
from lkj.render.texts import (
    CapaianOrganisasi,
    KerangkaEfisiensi,
    KerangkaPengukuran,
    PerIndikator,
    PerSasaran,
    PorsiProgram,
    ProgramKegiatan,
    RealisasiAnggaran,
    RealisasiEfisiensi,
    Rumus,
    Spbe,
)
from lkj.render.views import (
    IndikatorView,
    SasaranView,
    anggaran_view,
    efisiensi_view,
    pct,
)

CHART_WIDTH = 15.0
# The big table's rows go into the document in eight parts of about as many rows, each deflated on its
# own (lkj.render.blocks.sealed): how lkj has compressed its reports, and so their bytes.
BIG_ROW_PARTS = 8


def bab_3(r: Report) -> dict[str, Any]:
    """3.1 measurement framework, 3.2 capaian of the organisation, and the opening of 3.3."""
    return {
        "akuntabilitas_pengantar": r.block(Content().text(*r.teks("teks/pengukuran_kinerja.j2"))),
        "kerangka_pengukuran": r.block(_kerangka(r)),
        "capaian_organisasi": r.block(_capaian(r)),
        "analisis_pengantar": r.block(
            Content().text(
                "Bagian ini menganalisis capaian setiap sasaran strategis: perbandingan target dan "
                "realisasi, perbandingan dengan tahun-tahun sebelumnya, dengan target akhir Renstra dan "
                "dengan standar nasional, penyebab keberhasilan atau kegagalan beserta solusinya, efisiensi "
                "penggunaan sumber daya, serta program dan kegiatan yang mendukungnya."
            )
        ),
    }


def analisis(r: Report) -> dict[str, Any]:
    """3.3 the analyses, of each sasaran and then of each IKU outside any sasaran."""
    own = [_analisis(r, s) for s in r.sasaran]
    start = len(own) + 1
    return {"analisis": (*own, *(_iku_analisis(r, i, n) for n, i in enumerate(r.hasil.iku_instansi, start)))}


def bab_3_program(r: Report) -> dict[str, Any]:
    """3.4 programs, kegiatan and sub kegiatan, 3.5 SPBE, and the budget realisation."""
    h = r.hasil
    return {
        "program_kegiatan": r.block(_program_kegiatan(r)),
        "spbe": r.block(_spbe(r)) if h.spbe is not None else None,
        "nomor_anggaran": 6 if h.spbe is not None else 5,
        "realisasi_anggaran": r.block(_anggaran(r)),
    }


def _kerangka(r: Report) -> Content:
    h = r.hasil
    polarities = {i.indikator.polaritas for i in h.indikator}
    rumus = Rumus(
        max="max" in polarities,
        min="min" in polarities,
        range="range" in polarities or any(i.target and i.target.is_range for i in h.indikator),
        konversi=h.settings.konversi if any(i.indikator.tabel_konversi for i in h.indikator) else None,
    )
    p = h.settings
    content = Content().text(
        *r.say(
            "narasi/kerangka_pengukuran.j2",
            KerangkaPengukuran(
                rumus,
                batas_bawah=angka(p.batas_bawah) if p.batas_bawah is not None else "0",
                batas_atas=angka(p.batas_atas) if p.batas_atas is not None else None,
            ),
        )
    )
    content.table("Predikat nilai capaian kinerja", tables.skala(p.predikat, "Persentase capaian"))
    content.text(*r.say("narasi/kerangka_kategori.j2"))
    content.table("Kategori nilai capaian kinerja", tables.skala(p.kategori, "Rata-rata capaian"))
    for nama, rows in _conversion_tables(r):
        content.table(f"Konversi nilai {nama} menjadi capaian", tables.konversi(nama, rows))
    content.text(
        *r.say(
            "narasi/kerangka_efisiensi.j2", KerangkaEfisiensi(p.metode_efisiensi, angka(p.ambang_efisiensi))
        )
    )
    return content


def _conversion_tables(r: Report) -> list[tuple[str, list[tuple[str, str, str | None]]]]:
    used = {i.indikator.tabel_konversi.casefold() for i in r.hasil.indikator if i.indikator.tabel_konversi}
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    rows = [row for row in r.instansi.tabel_konversi if row.nama.casefold() in used]
    # one precision per table: the most decimals any of its bounds was typed with
    places: defaultdict[str, int] = defaultdict(int)
    for row in rows:
        places[row.nama.casefold()] = max(places[row.nama.casefold()], bersama([row.dari, row.sampai]))
    for row in rows:
        band = rentang_skor(
            row.dari, row.dari_termasuk, row.sampai, row.sampai_termasuk, " – ", places[row.nama.casefold()]
        )
        out.setdefault(row.nama, []).append((band, f"{angka(row.capaian)}%", row.kategori))
    return list(out.items())


def _capaian(r: Report) -> Content:
    h = r.hasil
    content = Content().text(
        f"Capaian seluruh indikator kinerja tahun {r.tahun} disajikan pada tabel berikut."
    )
    content.table(f"Capaian indikator kinerja tahun {r.tahun}", tables.capaian_iku(h, r.indikator))
    content.table(
        f"Capaian sasaran strategis tahun {r.tahun}",
        tables.capaian_sasaran(r.sasaran, pct(h.capaian_organisasi), h.kategori_organisasi),
    )
    n = h.jumlah
    content.text(
        *r.say(
            "narasi/capaian_organisasi.j2",
            CapaianOrganisasi(
                capaian=pct(h.capaian_organisasi),
                kategori=h.kategori_organisasi,
                catatan=h.capaian_organisasi.note,
                jumlah_sasaran=len(h.sasaran),
                jumlah_terukur=n.melebihi + n.tercapai + n.tidak_tercapai,
                belum_ada_data=n.tidak_terukur,
                melebihi=n.melebihi,
                tercapai=n.tercapai,
                tidak_tercapai=n.tidak_tercapai,
            ),
        )
    )
    if r.sasaran:
        chart = charts.capaian_sasaran(
            [f"{s.nomor}. {s.nama}" for s in r.sasaran], [s_.capaian.value for s_ in h.sasaran]
        )
        content.figure(f"Capaian sasaran strategis terhadap target tahun {r.tahun}", chart, CHART_WIDTH)
    return content


def _analisis(r: Report, s: SasaranView) -> Analisis:
    ringkasan = Content().text(*r.say("narasi/sasaran_ringkasan.j2", PerSasaran(s)))
    if s.indikator:
        ringkasan.table(f"Indikator sasaran {s.nama}", tables.indikator_sasaran(s.indikator))
    return Analisis(s.nomor, s.nama, r.block(ringkasan), **_seven(r, s, s.indikator))


def _iku_analisis(r: Report, i: IndikatorHasil, nomor: int) -> Analisis:
    """The analyses of an IKU that belongs to no sasaran, as if it were a sasaran of its own."""
    view = r.view(i)
    pseudo = SasaranView(
        nomor,
        i.indikator.kode,
        i.indikator.nama,
        view.capaian,
        "",
        view.predikat,
        view.kategori,
        (view,),
        (),
        None,
        None,
    )
    ringkasan = Content().text(*r.say("narasi/iku_ringkasan.j2", PerIndikator(view)))
    ringkasan.table(f"Indikator kinerja utama {view.nama}", tables.indikator_sasaran((view,)))
    return Analisis(
        nomor,
        f"Indikator Kinerja Utama Instansi: {view.nama}",
        r.block(ringkasan),
        **_seven(r, pseudo, (view,)),
    )


def _per_indicator(r: Report, items: tuple[IndikatorView, ...], template: str) -> Content:
    content = Content()
    for v in items:
        if len(items) > 1:
            content.label(f"Indikator {v.nama}")
        content.text(*r.say(template, PerIndikator(v)))
    return content


def _seven(r: Report, s: SasaranView, items: tuple[IndikatorView, ...]) -> dict[str, Block]:
    return {
        "target": r.block(_per_indicator(r, items, "narasi/indikator_target.j2")),
        "tren": r.block(_tren(r, s, items)),
        "renstra": r.block(_renstra(r, s, items)),
        "standar": r.block(_standar(r, s, items)),
        "penyebab": r.block(_per_indicator(r, items, "narasi/penyebab.j2")),
        "efisiensi": r.block(Content().text(*r.say("narasi/efisiensi.j2", PerSasaran(s)))),
        "pendukung": r.block(_pendukung(r, s)),
    }


def _tren(r: Report, s: SasaranView, items: tuple[IndikatorView, ...]) -> Content:
    content = Content()
    with_history = tuple(v for v in items if v.riwayat)
    if with_history:
        content.table(
            f"Realisasi dan capaian {s.nama} dari tahun ke tahun", tables.riwayat(with_history, r.tahun)
        )
    content.extend(_per_indicator(r, items, "narasi/indikator_tren.j2"))
    for v in with_history:
        result = r.hasil_of[v.kode]
        years = [t.tahun for t in result.riwayat] + [r.tahun]
        targets = [(t.target.low, t.target.high) if t.target else None for t in result.riwayat] + [
            (result.target.low, result.target.high) if result.target else None
        ]
        realised = [t.realisasi for t in result.riwayat] + [result.realisasi]
        if sum(x is not None for x in realised) < 2:
            # a trend needs two realisations: one dot under a target line says nothing the table and the
            # text (a new indicator, nothing to compare) have not said (Arunika's Gambar 3.3-3.5)
            continue
        chart = charts.tren(v.nama, years, targets, realised, v.satuan)
        content.figure(f"Target dan realisasi {v.nama} tahun {years[0]}–{years[-1]}", chart, CHART_WIDTH)
    return content


def _renstra(r: Report, s: SasaranView, items: tuple[IndikatorView, ...]) -> Content:
    content = Content()
    if any(v.renstra for v in items):
        content.table(f"Capaian {s.nama} terhadap target akhir Renstra", tables.renstra(items, r.tahun))
    return content.extend(_per_indicator(r, items, "narasi/indikator_renstra.j2"))


def _standar(r: Report, s: SasaranView, items: tuple[IndikatorView, ...]) -> Content:
    """(d): the national standard, then the benchmarks with their sources (an indicator that has only
    benchmarks is compared with those, not told that its standard is missing)."""
    content = Content()
    if any(v.standar for v in items):
        content.table(f"Realisasi {s.nama} dibanding standar nasional", tables.standar(items))
    if any(v.pembanding for v in items):
        content.table(
            f"Realisasi {s.nama} dibanding daerah lain dan rata-rata", tables.pembanding(items, r.tahun)
        )
    for v in items:
        if len(items) > 1:
            content.label(f"Indikator {v.nama}")  # kept with what it names, as in (a)-(c)
        if v.standar or not v.pembanding:
            content.text(*r.say("narasi/indikator_standar.j2", PerIndikator(v)))
        if v.pembanding:
            content.text(*r.say("narasi/indikator_pembanding.j2", PerIndikator(v)))
    return content


def _pendukung(r: Report, s: SasaranView) -> Content:
    content = Content()
    if s.program:
        content.table(f"Program pendukung sasaran {s.nama}", tables.program_pendukung(s))
        for note in _porsi(r, s):
            content.note(note)
    return content.text(*r.say("narasi/pendukung.j2", PerSasaran(s)))


def _porsi(r: Report, s: SasaranView) -> list[str]:
    """A note for each program of `s` whose budget is shared with another sasaran: the serapan in the
    table is its share's, which differs from the whole program's in Realisasi Anggaran (a reader seeing
    three serapan for one program would otherwise take them for a contradiction)."""
    sasaran_of: defaultdict[str, int] = defaultdict(int)
    for other in r.hasil.sasaran:
        for kode in {p.program.kode for p in other.program}:
            sasaran_of[kode] += 1
    whole = {p.program.kode: anggaran_view(p.anggaran) for p in r.hasil.belanja.program}
    notes = []
    for p in s.program:
        seluruh = whole.get(p.kode)
        if seluruh is not None and sasaran_of[p.kode] > 1 and seluruh != p.anggaran:
            notes += r.say("narasi/porsi_program.j2", PorsiProgram(p.nama, p.anggaran, seluruh))
    return notes


def _program_kegiatan(r: Report) -> Content:
    tree = r.hasil.belanja
    content = Content().text(
        *r.say(
            "narasi/program_kegiatan.j2",
            ProgramKegiatan(
                jumlah_program=tree.jumlah_program,
                jumlah_kegiatan=tree.jumlah_kegiatan,
                jumlah_sub=tree.jumlah_sub_kegiatan,
                tercapai=pct(r.hasil.indikator_program_tercapai),
            ),
        )
    )
    big = BigTable(r.hasil.belanja)
    rows = (sealed(big.rows(cut)) for cut in big.cuts(BIG_ROW_PARTS))
    wide = Content().table(
        f"Capaian kinerja program, kegiatan dan sub kegiatan tahun {r.tahun}", [big.start(), *rows, big.end()]
    )
    wide.note(
        "Capaian kinerja dihitung dari realisasi dibagi target volume; keuangan (%) dari realisasi dibagi "
        "pagu; fisik program dan kegiatan adalah rata-rata fisik di bawahnya."
    )
    return content.landscape(wide)


def _spbe(r: Report) -> Content:
    h: Hasil = r.hasil
    assert h.spbe is not None
    index = angka(h.spbe.indeks.value or 0, 2)
    iku = h.spbe_berbeda[0] if h.spbe_berbeda else None
    content = Content().text(
        *r.say(
            "narasi/spbe.j2",
            Spbe(
                indeks=index,
                predikat=h.spbe.predikat,
                selisih_iku=f"{iku.indikator.nama} ({as_typed(iku.realisasi)})"
                if iku is not None and iku.realisasi is not None
                else None,
            ),
        )
    )
    return content.table(f"Indeks domain dan aspek SPBE tahun {r.tahun}", tables.spbe(h.spbe))


def _anggaran(r: Report) -> Content:
    h = r.hasil
    tree = h.belanja
    lowest = tree.serapan_terendah
    terendah = f"{lowest.program.nama} ({pct(lowest.anggaran.serapan)})" if lowest else None
    content = Content().text(
        *r.say("narasi/realisasi_anggaran.j2", RealisasiAnggaran(anggaran_view(tree.total), terendah))
    )
    content.table(f"Realisasi anggaran per program tahun {r.tahun}", tables.anggaran_program(tree))
    if tree.program:
        chart = charts.anggaran(
            [p.program.nama for p in tree.program],
            [p.anggaran.pagu for p in tree.program],
            [p.anggaran.realisasi for p in tree.program],
            [p.anggaran.serapan.value for p in tree.program],
        )
        content.figure(f"Pagu dan realisasi anggaran per program tahun {r.tahun}", chart, CHART_WIDTH)
    content.text(
        *r.say(
            "narasi/realisasi_efisiensi.j2",
            RealisasiEfisiensi(
                efisiensi_view(h.efisiensi),
                pct(h.capaian_organisasi),
                r.efisiensi_sasaran,
            ),
        )
    )
    return content
