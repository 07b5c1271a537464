"""Cover, Kata Pengantar with its signature block, the three lists (filled at assembly) and the
Ikhtisar Eksekutif."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lkj.render import ooxml as x
from lkj.render import tables
from lkj.render.blocks import Content, Toc
from lkj.render.report import Report, Umum
from lkj.render.texts import IkhtisarEksekutif
from lkj.render.views import anggaran_view, efisiensi_view, pct


def cover(r: Report) -> dict[str, Any]:
    u = r.u
    return {
        "nama_instansi": u.nama_instansi,
        "nama_instansi_kapital": u.nama_instansi.upper(),
        "pemerintah_daerah_kapital": u.pemerintah_daerah.upper(),
        "alamat": r.hasil.profil.alamat if r.hasil.profil else None,
        "tahun": u.tahun,
        "tahun_terbit": u.tahun_terbit,
        "judul_kepala": f"Laporan Kinerja {u.nama_instansi} Tahun {u.tahun}",
    }


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool = False
    underline: bool = False


def signature_lines(
    u: Umum,
    *,
    place: bool = True,
    role: str | None = None,
    name: str | None = None,
    jabatan: str | None = None,
    pangkat: str | None = None,
    nip: str | None = None,
    dated: str | None = None,
    at: str | None = None,
) -> list[Line]:
    """A signature block: place and date (the report's, unless `at` and `dated` say otherwise), position,
    room to sign, name, rank, NIP (empty lines kept)."""
    lines = []
    if place:
        when = dated or u.tanggal or f"{chr(46) * 28} {u.tahun_terbit}"
        lines.append(Line(f"{at or u.tempat}, {when}"))
    if role is not None:
        lines.append(Line(role))
    lines.append(Line((jabatan or u.kepala_jabatan).upper(), bold=True))
    lines += [Line("")] * 4
    lines.append(Line(name or u.kepala_nama, bold=True, underline=True))
    rank = u.kepala_pangkat if pangkat is None else pangkat
    number = u.kepala_nip if nip is None else nip
    lines.append(Line(rank or ""))
    lines.append(Line(f"NIP. {number}" if number else ""))
    return lines


def signature(u: Umum, **kwargs: Any) -> list[str]:
    """A signature block as paragraphs, kept on one page; its last line keeps with nothing after it,
    whatever the template's style says (a heading after it was drawn into the chain)."""
    lines = signature_lines(u, **kwargs)
    return [_line(line, keep=n < len(lines) - 1) for n, line in enumerate(lines)]


def _line(line: Line, *, keep: bool, **kwargs: Any) -> str:
    return x.paragraph(
        x.run(line.text, bold=line.bold, underline=line.underline),
        "TandaTangan",
        keep_next=keep,
        chain_ends=not keep,
        **kwargs,
    )


def signature_pair(left: list[Line], right: list[Line]) -> str:
    """Two signature blocks side by side, line by line, so that names and NIPs align; in the signature's
    own style (as a single signature, not in a table's smaller text) and kept on one page."""
    table = x.Table([x.cm(7.75), x.cm(7.75)], style="TableNormal")
    pairs = list(zip(left, right, strict=True))
    for n, (a, b) in enumerate(pairs):
        keep = n < len(pairs) - 1
        cells = [x.Cell(paragraphs=(_line(line, keep=keep, indent_left=0),)) for line in (a, b)]
        table.rows.append(x.Row(cells))
    return table.xml()


def front_matter(r: Report) -> dict[str, Any]:
    # the signature under the Kata Pengantar keeps with its last paragraph (two blocks of the template,
    # one after the other): never alone on a page
    kata = Content().text(*r.teks("teks/kata_pengantar.j2")).kept_with_next()
    sign = Content().raw(x.text_paragraph("", "IsiLaporan")).signed(*signature(r.u))
    return {
        "kata_pengantar": r.block(kata),
        "tanda_tangan": r.block(sign),
        "daftar_isi": r.block(Content().raw(Toc("isi"))),
        "daftar_tabel": r.block(Content().raw(Toc("Tabel"))),
        "daftar_gambar": r.block(Content().raw(Toc("Gambar"))),
        "ikhtisar_eksekutif": r.block(_ikhtisar(r)),
    }


def _ikhtisar(r: Report) -> Content:
    h = r.hasil
    content = Content().text(*r.teks("teks/ikhtisar_pembuka.j2"))
    content.table("Ikhtisar capaian kinerja dan anggaran", tables.ikhtisar(h, r.sasaran))
    views = list(r.indikator.values())
    content.text(
        *r.say(
            "narasi/ikhtisar_eksekutif.j2",
            IkhtisarEksekutif(
                capaian=pct(h.capaian_organisasi),
                kategori=h.kategori_organisasi,
                anggaran=anggaran_view(h.belanja.total),
                efisiensi=efisiensi_view(h.efisiensi),
                efisiensi_sasaran=r.efisiensi_sasaran,
                berhasil=tuple(
                    f"{v.nama} ({v.capaian})" for v in views if v.status in ("melebihi", "tercapai")
                ),
                belum=tuple(f"{v.nama} ({v.capaian})" for v in views if v.status == "tidak_tercapai"),
                gagal=tuple(v for v in views if v.status == "tidak_tercapai"),
                tanpa_data=tuple(v.nama for v in views if v.capaian is None),
            ),
        )
    )
    return content
