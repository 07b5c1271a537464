"""BAB IV Penutup and the Lampiran."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from lkj.indonesian import tanggal
from lkj.model import Penyampaian
from lkj.render import ooxml as x
from lkj.render import tables
from lkj.render.blocks import Content
from lkj.render.context import Lampiran
from lkj.render.front import Line, signature, signature_lines, signature_pair
from lkj.render.narasi import split_paragraphs
from lkj.render.report import Report
from lkj.render.texts import Kesimpulan, LampiranPk, Langkah
from lkj.render.views import IndikatorView, anggaran_view, efisiensi_view, pct


def bab_4(r: Report) -> dict[str, Any]:
    h = r.hasil
    kesimpulan = Content().text(
        *r.say(
            "narasi/kesimpulan.j2",
            Kesimpulan(
                capaian=pct(h.capaian_organisasi),
                kategori=h.kategori_organisasi,
                sasaran=tuple(r.sasaran),
                anggaran=anggaran_view(h.belanja.total),
                efisiensi=efisiensi_view(h.efisiensi),
                efisiensi_sasaran=r.efisiensi_sasaran,
            ),
        )
    )
    kesimpulan.text(*r.teks("teks/penutup.j2"))
    strategi = tuple(r.uraian("strategi"))
    belum = tuple(v for v in r.indikator.values() if v.status == "tidak_tercapai")
    langkah = Content()
    steps = [_step(v) for v in belum if v.rencana_tindak_lanjut or v.upaya]
    if steps:
        langkah.text(*r.say("narasi/langkah.j2", Langkah(strategi, belum, "indikator"))).numbered(steps)
    if strategi:
        context = Langkah(strategi, belum if steps else (), "strategi")
        langkah.text(*r.say("narasi/langkah.j2", context)).numbered(strategi)
    return {"kesimpulan": r.block(kesimpulan), "langkah": r.block(langkah), "lampiran": _lampiran(r)}


# Staff text longer than this is an analysis, not a step: 4.2 refers to it instead of copying it
STEP_LENGTH = 700


def _step(v: IndikatorView) -> str:
    """The step for one indicator that fell short, tied to it: its bidang's plan for next year (rencana
    tindak lanjut), else the upaya it reports, as typed on one line; when both are long, a reference to
    their place in BAB III."""
    for text in (v.rencana_tindak_lanjut, v.upaya):
        plan = " ".join(Markup(text or "").unescape().split())
        if plan and len(plan) <= STEP_LENGTH:
            return f"{v.nama} (capaian {v.capaian}): {plan}"
    return (
        f"{v.nama} (capaian {v.capaian}): melanjutkan upaya perbaikan yang diuraikan pada analisis capaian "
        "indikator ini di BAB III."
    )


def _lampiran(r: Report) -> tuple[Lampiran, ...]:
    """The annexes PermenPANRB 53/2014 asks for: the final PK, signed; the Pengukuran Kinerja form; then
    the quarterly realisations, and the APIP's Pernyataan Telah Direviu when the Penyampaian sheet names
    the reviewer."""
    out = []
    if r.hasil.pk:
        out.append(Lampiran(f"Perjanjian Kinerja Tahun {r.tahun}", r.block(_pk(r))))
    if r.hasil.indikator:
        out.append(Lampiran(f"Pengukuran Kinerja Tahun {r.tahun}", r.block(_pengukuran(r))))
    views = [v for v in r.indikator.values() if any(v.tw)]
    if views:
        content = Content().text("Realisasi indikator kinerja per triwulan disajikan pada tabel berikut.")
        table = content.table("Realisasi indikator kinerja per triwulan", tables.triwulan(views))
        out.append(Lampiran("Realisasi Indikator Kinerja per Triwulan", r.block(table)))
    reviu = r.instansi.penyampaian
    if reviu is not None and reviu.apip_nama and reviu.apip_unit:
        out.append(Lampiran("Pernyataan Telah Direviu", r.block(_reviu(r, reviu))))
    return tuple(out)


def _pk(r: Report) -> Content:
    """The final PK: its targets and program budgets, then the place and date it was signed and both
    parties' signature blocks."""
    final = r.hasil.pk[-1]
    content = Content().text(*r.say("narasi/lampiran_pk.j2", LampiranPk(final.versi.versi)))
    if final.target:
        content.table(f"Target kinerja {final.versi.versi}", tables.pk_target(final, r.hasil))
    if final.anggaran:
        content.table(f"Anggaran program {final.versi.versi}", tables.pk_anggaran(final))
    u = r.u
    signed = tanggal(final.versi.tanggal) if final.versi.tanggal else None
    second = signature_lines(
        u,
        place=False,
        role="Pihak Kedua,",
        jabatan=u.kepala_daerah,
        name=u.kepala_daerah_nama or "." * 30,
        pangkat="",
        nip="",
    )
    first = signature_lines(u, place=True, role="Pihak Pertama,", dated=signed)
    content.signed(signature_pair([Line(""), *second], first))
    return content


def _pengukuran(r: Report) -> Content:
    """The Pengukuran Kinerja form (PermenPANRB 53/2014): each sasaran's indicators with target,
    realisation and capaian, the programs' budgets and realisation, signed by the head of the office."""
    h = r.hasil
    content = Content().text(
        f"Pengukuran kinerja {r.u.nama_instansi} tahun {r.tahun} atas sasaran strategis dan indikator "
        "kinerja yang diperjanjikan, beserta anggaran program yang mendukungnya, adalah sebagai berikut."
    )
    content.table(f"Pengukuran kinerja tahun {r.tahun}", tables.capaian_iku(h, r.indikator))
    content.table(f"Anggaran dan realisasi program tahun {r.tahun}", tables.anggaran_program(h.belanja))
    content.signed(*signature(r.u))
    return content


def _reviu(r: Report, reviu: Penyampaian) -> Content:
    """The APIP's statement that it has reviewed the report (PermenPANRB 53/2014, its form)."""
    u = r.u
    statement = [
        f"Kami telah mereviu Laporan Kinerja {u.nama_instansi} untuk tahun anggaran {r.tahun} sesuai dengan "
        "Pedoman Reviu atas Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan Kinerja menjadi "
        f"tanggung jawab manajemen {u.nama_instansi}.",
        "Reviu bertujuan untuk memberikan keyakinan terbatas bahwa Laporan Kinerja telah disajikan secara "
        "akurat, andal dan valid.",
        "Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan dalam "
        "meyakini keandalan informasi yang disajikan di dalam Laporan Kinerja ini.",
        *(split_paragraphs(reviu.catatan_reviu) if reviu.catatan_reviu else []),
    ]
    # the statement and its signature on one page, as the APIP signs it
    content = Content()
    content.parts += [x.paragraph(x.run(text), "IsiLaporan", keep_next=True) for text in statement]
    place = reviu.tempat_reviu or u.tempat
    date = tanggal(reviu.tanggal_reviu) if reviu.tanggal_reviu else f"{'.' * 28} {u.tahun_terbit}"
    content.parts.append(x.text_paragraph("", "IsiLaporan", keep_next=True))
    content.parts += signature(
        u,
        place=True,
        dated=date,
        at=place,
        jabatan=reviu.apip_jabatan or reviu.apip_unit,
        name=reviu.apip_nama,
        pangkat=reviu.apip_pangkat or "",
        nip=reviu.apip_nip or "",
    )
    return content
