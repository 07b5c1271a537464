"""The report's tables, each its columns and its rows in the one table grammar (lkj.render.grid), made
from computed results (never from typed percentages).

Widths are in centimetres of an A4 page with the template's margins (15,5 cm portrait, 24,2 cm landscape).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from lkj.compute.presisi import bersama, desimal_target
from lkj.compute.results import (
    Belanja,
    Hasil,
    IndikatorHasil,
    PkVersiHasil,
    SpbeHasil,
)
from lkj.findings import Finding
from lkj.indonesian import angka
from lkj.model import Indikator, Target
from lkj.render.grid import TOTAL_SHADE, Column, Group, Total, table
from lkj.render.views import IndikatorView, SasaranView, pct, target_nilai
from lkj.settings import Scale

C = Column


def _number(width: float = 0.8) -> Column[Any]:
    """The running number a simple table's rows carry first (its rows are (number, item) pairs)."""
    return C("No", width, lambda r: str(r[0]), "center")


def _numbered(items: Sequence[Any]) -> list[tuple[int, Any]]:
    return list(enumerate(items, start=1))


# ---------------------------------------------------------------- BAB II


def iku(hasil: Hasil) -> str:
    """Tabel 2.x: every indicator with its formula, data source and responsible bidang (IKU document)."""
    numbered = [(s.sasaran.nama, s.indikator) for s in hasil.sasaran]
    numbered += [("(IKU tingkat instansi)", (i,)) for i in hasil.iku_instansi]
    groups = [
        Group([(number, name, i.indikator) for i in items] or [(number, name, None)])
        for number, (name, items) in enumerate(numbered, start=1)
    ]
    return table(
        [
            C("No", 0.8, lambda r: str(r[0]), "center", merge=True),
            C("Sasaran Strategis", 2.9, lambda r: r[1], merge=True),
            C("Indikator Kinerja", 3.0, lambda r: _of(r[2], "nama")),
            C("Satuan", 1.3, lambda r: _of(r[2], "satuan"), "center"),
            C("Formula / Penjelasan", 2.8, lambda r: _of(r[2], "formula", "-")),
            C("Sumber Data", 2.3, lambda r: _of(r[2], "sumber_data", "-")),
            C("Penanggung Jawab", 2.4, lambda r: _of(r[2], "penanggung_jawab")),
        ],
        groups=groups,
    )


def _of(indikator: Indikator | None, name: str, missing: str = "") -> str:
    """A field of an indicator, `missing` when it is empty (and nothing for the row of a sasaran without
    indicators)."""
    return "" if indikator is None else (getattr(indikator, name) or missing)


def target_renstra(hasil: Hasil, years: Sequence[int]) -> str:
    """Renstra targets per year for every indicator that has any."""
    share = 7.7 / max(1, len(years))

    def by_year(i: IndikatorHasil) -> dict[int, Target | None]:
        shown: dict[int, Target | None] = dict(i.renstra_tahunan)
        if i.target is not None:
            shown[hasil.tahun] = i.target
        return shown

    # one precision per indicator in this table: the most decimals its targets shown here were typed with
    places = {i.indikator.kode: bersama([], by_year(i).values()) for i in hasil.indikator}

    def target(i: IndikatorHasil, year: int) -> str:
        return target_nilai(by_year(i).get(year), "", places[i.indikator.kode]) or "-"

    columns: list[Column[tuple[int, IndikatorHasil]]] = [
        _number(),
        C("Indikator Kinerja", 5.0, lambda r: r[1].indikator.nama),
        C("Satuan", 1.5, lambda r: r[1].indikator.satuan, "center"),
        *(_year(y, share, target) for y in years),
    ]
    return table(columns, _numbered(hasil.indikator))


def _year(
    year: int, width: float, target: Callable[[IndikatorHasil, int], str]
) -> Column[tuple[int, IndikatorHasil]]:
    return C(str(year), width, lambda r: target(r[1], year), "center")


def pk_target(versi: PkVersiHasil, hasil: Hasil) -> str:
    names = {s.sasaran.kode: s.sasaran.nama for s in hasil.sasaran}
    places = {i.kode: desimal_target(t) for i, t in versi.target}  # each as typed: one figure per row
    by_sasaran: dict[str, list[tuple[Indikator, Target]]] = {}
    for indikator, target in versi.target:
        by_sasaran.setdefault(indikator.sasaran or "", []).append((indikator, target))
    groups = [
        Group([(n, names.get(key, "(tanpa sasaran)"), i, t) for i, t in rows])
        for n, (key, rows) in enumerate(by_sasaran.items(), 1)
    ]
    return table(
        [
            C("No", 0.8, lambda r: str(r[0]), "center", merge=True),
            C("Sasaran Strategis", 5.2, lambda r: r[1], merge=True),
            C("Indikator Kinerja", 6.0, lambda r: r[2].nama),
            C("Satuan", 1.7, lambda r: r[2].satuan, "center"),
            C("Target", 1.8, lambda r: target_nilai(r[3], "", places.get(r[2].kode)) or "-", "center"),
        ],
        groups=groups,
    )


def pk_anggaran(versi: PkVersiHasil) -> str:
    return table(
        [
            _number(),
            C("Kode", 2.0, lambda r: r[1][0].program),
            C("Program", 7.2, lambda r: r[1][1]),
            C("Anggaran (Rp)", 3.5, lambda r: angka(r[1][0].anggaran), "right"),
            C("Keterangan", 2.0, lambda r: r[1][0].keterangan or "-", "center"),
        ],
        _numbered(versi.anggaran),
        total=Total(["", "", "JUMLAH", angka(versi.total), ""]),
    )


# ---------------------------------------------------------------- BAB III: the measurement framework


def skala(scale: Scale, heading: str) -> str:
    return table(
        [
            _number(1.0),
            C(heading, 7.0, lambda r: r[1][0], "center"),
            C("Predikat" if scale.name != "kategori" else "Kategori", 7.5, lambda r: r[1][1]),
        ],
        _numbered(scale.describe()),
    )


def konversi(nama: str, rows: Sequence[tuple[str, str]]) -> str:
    return table(
        [
            _number(1.0),
            C(f"Nilai ({nama})", 7.0, lambda r: r[1][0], "center"),
            C("Capaian", 7.5, lambda r: r[1][1], "center"),
        ],
        _numbered(rows),
    )


# ---------------------------------------------------------------- BAB III: capaian and the analyses


def capaian_iku(hasil: Hasil, views: dict[str, IndikatorView]) -> str:
    numbered = [(s.sasaran.nama, s.indikator) for s in hasil.sasaran]
    numbered += [("(IKU tingkat instansi)", (i,)) for i in hasil.iku_instansi]
    groups = [
        Group([(number, name, views[i.indikator.kode]) for i in items] or [(number, name, None)])
        for number, (name, items) in enumerate(numbered, start=1)
    ]
    return table(
        [
            C("No", 0.7, lambda r: str(r[0]), "center", merge=True),
            C("Sasaran Strategis", 2.9, lambda r: r[1], merge=True),
            C("Indikator Kinerja", 3.1, lambda r: _shown(r[2], "nama", "")),
            C("Satuan", 1.1, lambda r: _shown(r[2], "satuan", ""), "center"),
            C("Target", 1.3, lambda r: _shown(r[2], "target", "-"), "center"),
            C("Realisasi", 1.6, lambda r: _shown(r[2], "realisasi", "belum ada data"), "center"),
            C("Capaian", 1.6, lambda r: _shown(r[2], "capaian", "-"), "center"),
            C("Predikat", 1.7, lambda r: _shown(r[2], "predikat", "-")),
            C("Kategori", 1.5, lambda r: _shown(r[2], "kategori", "-")),
        ],
        groups=groups,
        text_style="TeksTabelKecil",
    )


def _shown(view: IndikatorView | None, name: str, missing: str) -> str:
    """A field of an indicator's view, `missing` when it is empty (nothing for a sasaran without any)."""
    return "" if view is None else (getattr(view, name) or missing)


def capaian_sasaran(views: Sequence[SasaranView], rata: str | None, kategori: str | None) -> str:
    return table(
        [
            C("No", 0.8, lambda s: str(s.nomor), "center"),
            C("Sasaran Strategis", 6.2, lambda s: s.nama),
            C("Jumlah Indikator", 1.8, lambda s: str(len(s.indikator)), "center"),
            C("Capaian", 2.0, lambda s: s.capaian or "-", "center"),
            C("Predikat", 2.6, lambda s: s.predikat or "-"),
            C("Kategori", 2.1, lambda s: s.kategori or "-"),
        ],
        views,
        total=Total(["", "Rata-rata capaian sasaran", "", rata or "-", "", kategori or "-"]),
    )


def indikator_sasaran(items: Sequence[IndikatorView]) -> str:
    return table(
        [
            _number(),
            C("Indikator Kinerja", 6.5, lambda r: r[1].nama),
            C("Target", 2.0, lambda r: r[1].target or "-", "center"),
            C("Realisasi", 2.2, lambda r: r[1].realisasi or "belum ada data", "center"),
            C("Capaian", 1.8, lambda r: r[1].capaian or "-", "center"),
            C("Predikat", 2.2, lambda r: r[1].predikat or "-"),
        ],
        _numbered(items),
    )


def riwayat(items: Sequence[IndikatorView], tahun: int) -> str:
    """Each indicator's earlier years, then this year's, its name merged over them."""
    groups = [
        Group(
            [(v.nama, str(r.tahun), r.target, r.realisasi, r.capaian) for r in v.riwayat]
            + [(v.nama, str(tahun), v.target, v.realisasi or "belum ada data", v.capaian)]
        )
        for v in items
    ]
    return table(
        [
            C("Indikator Kinerja", 5.5, lambda r: r[0], merge=True),
            C("Tahun", 1.6, lambda r: r[1], "center"),
            C("Target", 2.6, lambda r: r[2] or "-", "center"),
            C("Realisasi", 2.6, lambda r: r[3] or "-", "center"),
            C("Capaian", 2.2, lambda r: r[4] or "-", "center"),
        ],
        groups=groups,
    )


def renstra(items: Sequence[IndikatorView], tahun: int) -> str:
    return table(
        [
            C("Indikator Kinerja", 5.9, lambda v: v.nama),
            C("Target Akhir Renstra", 2.6, lambda v: v.renstra.target_akhir if v.renstra else "-", "center"),
            C("Tahun Akhir", 1.8, lambda v: _tahun_akhir(v), "center"),
            C(f"Realisasi {tahun}", 2.4, lambda v: v.realisasi or "-", "center"),
            C("Capaian thd Target Akhir", 2.8, lambda v: (v.renstra and v.renstra.capaian) or "-", "center"),
        ],
        items,
    )


def _tahun_akhir(v: IndikatorView) -> str:
    return f"{v.renstra.tahun_akhir}" if v.renstra and v.renstra.tahun_akhir else "-"


def standar(items: Sequence[IndikatorView]) -> str:
    return table(
        [
            C("Indikator Kinerja", 5.9, lambda v: v.nama),
            C("Standar Nasional", 2.4, lambda v: v.standar.standar if v.standar else "-", "center"),
            C("Realisasi", 2.4, lambda v: v.realisasi or "-", "center"),
            C("Selisih", 2.6, lambda v: v.standar.selisih if v.standar else "-", "center"),
            C("Keterangan", 2.2, _memenuhi, "center"),
        ],
        items,
    )


def pembanding(items: Sequence[IndikatorView], tahun: int) -> str:
    """Each indicator's benchmarks (other regions, averages, standards), its name merged over them, with
    the source of each value."""
    groups = [Group([(v, p) for p in v.pembanding]) for v in items if v.pembanding]
    return table(
        [
            C("Indikator Kinerja", 3.6, lambda r: r[0].nama, merge=True),
            C(f"Realisasi {tahun}", 2.0, lambda r: r[0].realisasi or "-", "center", merge=True),
            C("Pembanding", 3.4, lambda r: r[1].pembanding),
            C("Tahun", 1.3, lambda r: str(r[1].tahun), "center"),
            C("Nilai", 1.8, lambda r: r[1].nilai, "center"),
            C("Sumber", 3.4, lambda r: r[1].sumber),
        ],
        groups=groups,
    )


def _memenuhi(v: IndikatorView) -> str:
    s = v.standar
    return "-" if s is None or s.memenuhi is None else ("Memenuhi" if s.memenuhi else "Belum memenuhi")


def program_pendukung(s: SasaranView) -> str:
    """Each program supporting a sasaran, its indicators on rows of their own."""
    groups = [
        Group(
            [(p, nama, t or "-", r or "-", c or "-") for nama, t, r, c in p.indikator]
            or [(p, "-", "-", "-", "-")]
        )
        for p in s.program
    ]
    return table(
        [
            C("Kode", 1.6, lambda r: r[0].kode, merge=True),
            C("Program", 3.4, lambda r: r[0].nama, merge=True),
            C("Indikator Program", 3.3, lambda r: r[1]),
            C("Target", 1.4, lambda r: r[2], "center"),
            C("Realisasi", 1.7, lambda r: r[3], "center"),
            C("Capaian", 1.6, lambda r: r[4], "center"),
            C("Serapan Anggaran", 2.5, lambda r: r[0].anggaran.serapan or "-", "center"),
        ],
        groups=groups,
        text_style="TeksTabelKecil",
    )


# ---------------------------------------------------------------- BAB III: SPBE and the budget


def spbe(result: SpbeHasil) -> str:
    """Each domain's aspects, the domain and its index merged over them, and the SPBE index."""
    return table(
        [
            C("Domain", 4.2, lambda r: f"{r[0].nomor}. {r[0].nama} ({angka(r[0].bobot, 2)}%)", merge=True),
            C("Aspek", 6.7, lambda r: f"{r[1].nomor}. {r[1].nama}"),
            C("Bobot Aspek (%)", 1.6, lambda r: angka(r[1].bobot, 2), "center"),
            C("Indeks Aspek", 1.5, lambda r: angka(r[1].indeks.value or Decimal(0), 2), "center"),
            C(
                "Indeks Domain",
                1.5,
                lambda r: angka(r[0].indeks.value or Decimal(0), 2),
                "center",
                merge=True,
            ),
        ],
        groups=[Group([(d, a) for a in d.aspek]) for d in result.domain],
        total=Total(["Indeks SPBE", angka(result.indeks.value or Decimal(0), 2)], span=4, shade=TOTAL_SHADE),
    )


def anggaran_program(tree: Belanja) -> str:
    t = tree.total
    return table(
        [
            C("No", 0.7, lambda r: str(r[0]), "center"),
            C("Kode", 1.5, lambda r: r[1].program.kode),
            C("Program", 4.1, lambda r: r[1].program.nama),
            C("Pagu (Rp)", 2.6, lambda r: angka(r[1].anggaran.pagu), "right"),
            C("Realisasi (Rp)", 2.6, lambda r: angka(r[1].anggaran.realisasi), "right"),
            C("Serapan", 1.7, lambda r: pct(r[1].anggaran.serapan) or "-", "center"),
            C("SiLPA (Rp)", 2.3, lambda r: angka(r[1].anggaran.silpa.value or Decimal(0)), "right"),
        ],
        _numbered(tree.program),
        total=Total(
            [
                "",
                "",
                "JUMLAH",
                angka(t.pagu),
                angka(t.realisasi),
                pct(t.serapan) or "-",
                angka(t.silpa.value or Decimal(0)),
            ]
        ),
    )


# ---------------------------------------------------------------- the annexes and the front matter


def triwulan(items: Sequence[IndikatorView]) -> str:
    def tw(quarter: int) -> Column[IndikatorView]:
        label = ("I", "II", "III", "IV")[quarter]
        return C(f"TW {label}", 1.4, lambda v: (v.tw + (None,) * 4)[quarter] or "-", "center")

    return table(
        [
            C("Kode", 1.4, lambda v: v.kode),
            C("Indikator Kinerja", 5.3, lambda v: v.nama),
            C("Target", 1.6, lambda v: v.target or "-", "center"),
            *(tw(q) for q in range(4)),
            C("Tahunan", 1.6, lambda v: v.realisasi or "-", "center"),
        ],
        items,
    )


def validasi(warnings: Sequence[Finding]) -> str:
    """The warnings of the validation, for the Catatan Validasi annex."""
    return table(
        [
            C("No", 0.8, lambda r: str(r[0])),
            C("Berkas", 3.6, lambda r: r[1].file or "-"),
            C("Lembar/Sel", 2.6, lambda r: f"{r[1].sheet}!{r[1].cell}" if r[1].cell else (r[1].sheet or "-")),
            C("Catatan", 8.5, lambda r: r[1].message),
        ],
        _numbered(warnings),
    )


def ikhtisar(hasil: Hasil, views: Sequence[SasaranView]) -> str:
    t = hasil.belanja.total
    rows = [
        ("Anggaran (pagu)", "Rp" + angka(t.pagu)),
        ("Realisasi anggaran", "Rp" + angka(t.realisasi)),
        ("Serapan anggaran", pct(t.serapan) or "-"),
        ("Sisa anggaran (SiLPA)", "Rp" + angka(t.silpa.value or 0)),
    ]
    rows += [(f"Capaian sasaran {s.nomor}: {s.nama}", s.capaian or "belum dapat diukur") for s in views]
    kategori = f" ({hasil.kategori_organisasi})" if hasil.kategori_organisasi else ""
    rows.append(("Rata-rata capaian sasaran", f"{pct(hasil.capaian_organisasi) or '-'}" + kategori))
    if hasil.efisiensi is not None:
        rows.append(("Efisiensi penggunaan sumber daya", hasil.efisiensi.label))
    return table([C("Uraian", 10.0, lambda r: r[0]), C("Nilai", 5.5, lambda r: r[1], "right")], rows)
