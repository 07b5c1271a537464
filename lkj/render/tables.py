"""The report's tables, each its columns and its rows in the one table grammar (lkj.render.grid), made
from computed results (never from typed percentages).

Widths are in centimetres of an A4 page with the template's margins (15,5 cm portrait, 24,2 cm landscape).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

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
from lkj.periksa.hasil import Pemeriksaan
from lkj.periksa.present import ringkas_rows
from lkj.render.grid import TOTAL_SHADE, Column, Group, Total, table
from lkj.render.views import IndikatorView, SasaranView, pct, target_nilai
from lkj.settings import Scale
from lkj.validate.present import GAP_LABEL

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

    def target(i: IndikatorHasil, year: int) -> str:
        return target_nilai(by_year(i).get(year), "") or "-"

    # a kategori target ("Kabupaten Informatif") needs room a number does not: smaller text, wider years
    words = any(t is not None and t.kategori for i in hasil.indikator for t in by_year(i).values())
    name, unit = (2.9, 1.2) if words else (5.0, 1.5)
    share = (share * len(years) + 5.0 - name + 1.5 - unit + (0.5 if words else 0)) / max(1, len(years))
    columns: list[Column[tuple[int, IndikatorHasil]]] = [
        _number(),
        C("Indikator Kinerja", name, lambda r: r[1].indikator.nama),
        C("Satuan", unit, lambda r: r[1].indikator.satuan, "center"),
        *(_year(y, share, target) for y in years),
    ]
    return table(columns, _numbered(hasil.indikator), text_style="TeksTabelKecil" if words else "TeksTabel")


def _year(
    year: int, width: float, target: Callable[[IndikatorHasil, int], str]
) -> Column[tuple[int, IndikatorHasil]]:
    return C(str(year), width, lambda r: target(r[1], year), "center")


def pk_target(versi: PkVersiHasil, hasil: Hasil) -> str:
    names = {s.sasaran.kode: s.sasaran.nama for s in hasil.sasaran}
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
            C("Target", 1.8, lambda r: target_nilai(r[3], "") or "-", "center"),
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


def _short(versi: str) -> str:
    """A version's name as a column heading: 'PK Perubahan DID' → 'Perubahan DID'."""
    return versi[3:] if versi.upper().startswith("PK ") and len(versi) > 3 else versi


def _signed(change: Decimal) -> str:
    """A change as printed beside its operands: +820.383.333, −2,5, tetap."""
    if change == 0:
        return "tetap"
    return ("+" if change > 0 else "\u2212") + angka(abs(change))


def pk_target_versi(versions: Sequence[PkVersiHasil], hasil: Hasil) -> str:
    """The PK's targets, one column per version, and the change from the first version to the last."""
    names = {s.sasaran.kode: s.sasaran.nama for s in hasil.sasaran}
    order: dict[str, Indikator] = {}
    targets: dict[tuple[str, int], Target] = {}
    for n, versi in enumerate(versions):
        for indikator, target in versi.target:
            order.setdefault(indikator.kode, indikator)
            targets[(indikator.kode, n)] = target
    by_sasaran: dict[str, list[Indikator]] = {}
    for indikator in order.values():
        by_sasaran.setdefault(indikator.sasaran or "", []).append(indikator)
    groups = [
        Group([(n, names.get(key, "(tanpa sasaran)"), i) for i in rows])
        for n, (key, rows) in enumerate(by_sasaran.items(), 1)
    ]
    last = len(versions) - 1
    width = max(1.4, min(2.2, 7.0 / (len(versions) + (1 if last else 0))))

    def column(n: int) -> Column[Any]:
        return C(
            _short(versions[n].versi.versi),
            width,
            lambda r: target_nilai(targets.get((r[2].kode, n)), "") or "-",
            "center",
        )

    def change(r: Any) -> str:
        first, final = targets.get((r[2].kode, 0)), targets.get((r[2].kode, last))
        if first is None or final is None or first.is_range or final.is_range:
            return "-"
        return _signed(final.low - first.low)

    fixed = 15.6 - width * (len(versions) + (1 if last else 0)) - 0.8 - 1.4
    columns = [
        C("No", 0.8, lambda r: str(r[0]), "center", merge=True),
        C("Sasaran Strategis", fixed * 0.45, lambda r: r[1], merge=True),
        C("Indikator Kinerja", fixed * 0.55, lambda r: r[2].nama),
        C("Satuan", 1.4, lambda r: r[2].satuan, "center"),
        *(column(n) for n in range(len(versions))),
    ]
    if last:
        columns.append(C("Selisih", width, change, "center"))
    return table(columns, groups=groups)


def pk_anggaran_versi(versions: Sequence[PkVersiHasil]) -> str:
    """The PK's program budgets, one column per version, and the change from the first to the last: the
    change printed is the difference of the two amounts printed beside it."""
    order: dict[str, str] = {}
    amounts: dict[tuple[str, int], Decimal] = {}
    for n, versi in enumerate(versions):
        for row, nama in versi.anggaran:
            order.setdefault(row.program, nama)
            if row.anggaran is not None:  # not entered yet: shown as "-"
                amounts[(row.program, n)] = amounts.get((row.program, n), Decimal(0)) + row.anggaran
    last = len(versions) - 1
    width = max(2.2, min(3.2, 9.0 / (len(versions) + (1 if last else 0))))

    def column(n: int) -> Column[Any]:
        return C(
            _short(versions[n].versi.versi),
            width,
            lambda r: angka(amounts[(r[1][0], n)]) if (r[1][0], n) in amounts else "-",
            "right",
        )

    def change(r: Any) -> str:
        first, final = amounts.get((r[1][0], 0)), amounts.get((r[1][0], last))
        return _signed(final - first) if first is not None and final is not None else "-"

    program = 15.6 - 0.8 - 1.7 - width * (len(versions) + (1 if last else 0))
    columns = [
        _number(),
        C("Kode", 1.7, lambda r: r[1][0]),
        C("Program", program, lambda r: r[1][1]),
        *(column(n) for n in range(len(versions))),
    ]
    totals = ["", "", "JUMLAH", *(angka(v.total) for v in versions)]
    if last:
        columns.append(C("Selisih", width, change, "right"))
        totals.append(_signed(versions[last].total - versions[0].total))
    return table(columns, _numbered(list(order.items())), total=Total(totals))


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


def konversi(nama: str, rows: Sequence[tuple[str, str, str | None]]) -> str:
    """A conversion table: each band, its capaian and, when the table names them, its kategori."""
    columns = [
        _number(1.0),
        C(f"Nilai ({nama})", 7.0, lambda r: r[1][0], "center"),
        C("Capaian", 7.5, lambda r: r[1][1], "center"),
    ]
    if any(kategori for _, _, kategori in rows):
        columns[1:] = [
            C(f"Nilai ({nama})", 4.5, lambda r: r[1][0], "center"),
            C("Capaian", 3.5, lambda r: r[1][1], "center"),
            C("Kategori", 6.5, lambda r: r[1][2] or "-"),
        ]
    return table(columns, _numbered(rows))


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
            C(
                "Capaian terhadap Target Akhir",
                2.8,
                lambda v: (v.renstra and v.renstra.capaian) or "-",
                "center",
            ),
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
    """The table's verdict, the same as the text's: a range indicator has no better side, so its cell says
    where the realisation lies (as its sentence does), never a bare "-"."""
    s = v.standar
    if s is None:
        return "-"
    if s.memenuhi is None:
        return f"{s.posisi[0].upper()}{s.posisi[1:]} standar"
    return "Memenuhi" if s.memenuhi else "Belum memenuhi"


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


def periksa(p: Pemeriksaan) -> str:
    """The LKE self-check of the Catatan Penyusunan: each criterion's answer and what would raise it."""
    return table(
        [
            C("Kode", 1.2, lambda r: r.kode),
            C("Kriteria LKE", 5.4, lambda r: r.kriteria),
            C("Jawaban", 1.8, lambda r: r.jawaban, "center"),
            C("Yang perlu diisi untuk menaikkannya", 7.1, lambda r: r.perbaikan or "-"),
        ],
        ringkas_rows(p),
    )


def catatan(findings: Sequence[Finding]) -> str:
    """The findings of the Catatan Penyusunan, each at its file, sheet and cell, with what to do."""
    return table(
        [
            C("No", 0.8, lambda r: str(r[0])),
            C("Berkas", 3.4, lambda r: r[1].file or "-"),
            C("Lembar/Sel", 2.6, lambda r: f"{r[1].sheet}!{r[1].cell}" if r[1].cell else (r[1].sheet or "-")),
            C("Jenis", 2.0, lambda r: (GAP_LABEL if r[1].gap else r[1].severity.label).capitalize()),
            C("Yang perlu diisi atau diperbaiki", 6.7, lambda r: r[1].message),
        ],
        _numbered(findings),
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
