"""BAB IV Penutup and the Lampiran."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from lkj.render import tables
from lkj.render.blocks import Content
from lkj.render.context import Lampiran
from lkj.render.front import signature_lines, signature_pair
from lkj.render.report import Report
from lkj.render.texts import Kesimpulan, LampiranPk, Langkah
from lkj.render.views import anggaran_view, efisiensi_view, pct


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
            ),
        )
    )
    kesimpulan.text(*r.teks("teks/penutup.j2"))
    strategi = r.uraian("strategi")
    belum = [v for v in r.indikator.values() if v.status == "tidak_tercapai"]
    langkah = Content().text(*r.say("narasi/langkah.j2", Langkah(tuple(strategi), tuple(belum))))
    if strategi:
        langkah.numbered(strategi)
    elif belum:
        langkah.numbered(
            [
                f"{v.nama}: {Markup(v.upaya).unescape()}"
                if v.upaya
                else f"{v.nama}: upaya perbaikan belum disampaikan oleh {v.bidang}."
                for v in belum
            ]
        )
    return {"kesimpulan": r.block(kesimpulan), "langkah": r.block(langkah), "lampiran": _lampiran(r)}


def _lampiran(r: Report) -> tuple[Lampiran, ...]:
    out = []
    if r.hasil.pk:
        out.append(Lampiran(f"Perjanjian Kinerja Tahun {r.tahun}", r.block(_pk(r))))
    views = [v for v in r.indikator.values() if any(v.tw)]
    if views:
        content = Content().text("Realisasi indikator kinerja per triwulan sebagaimana dilaporkan bidang.")
        table = content.table("Realisasi indikator kinerja per triwulan", tables.triwulan(views))
        out.append(Lampiran("Realisasi Indikator Kinerja per Triwulan", r.block(table)))
    return tuple(out)


def _pk(r: Report) -> Content:
    final = r.hasil.pk[-1]
    content = Content().text(*r.say("narasi/lampiran_pk.j2", LampiranPk(final.versi.versi)))
    if final.target:
        content.table(f"Target kinerja {final.versi.versi}", tables.pk_target(final, r.hasil))
    if final.anggaran:
        content.table(f"Anggaran program {final.versi.versi}", tables.pk_anggaran(final))
    u = r.u
    second = signature_lines(
        u,
        place=False,
        role="Pihak Kedua,",
        jabatan=u.kepala_daerah,
        name=u.kepala_daerah_nama or "." * 30,
        pangkat="",
        nip="",
    )
    first = signature_lines(u, place=False, role="Pihak Pertama,")
    content.parts.append(signature_pair(second, first))
    return content
