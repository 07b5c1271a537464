"""The report's tables, built from computed results (never from typed percentages).

Widths are in centimetres of an A4 page with the template's margins (15,5 cm portrait, 24,2 cm landscape).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from lkj.compute.figure import Figure
from lkj.compute.results import (
    Anggaran,
    Belanja,
    Hasil,
    PkVersiHasil,
    ProgramHasil,
    SpbeHasil,
    UkuranHasil,
)
from lkj.indonesian import angka, rentang
from lkj.render.ooxml import Cell, Row, RowShape, Table, cm, simple_table
from lkj.render.views import IndikatorView, SasaranView, pct, target_nilai
from lkj.settings import Scale

PROGRAM_SHADE = "DEEAF6"
KEGIATAN_SHADE = "F2F2F2"
TOTAL_SHADE = "D9E2F3"


def _widths(*cms: float) -> list[int]:
    return [cm(w) for w in cms]


def _merged_rows(
    groups: Sequence[tuple[Sequence[str], Sequence[Sequence[str]]]], align: Sequence[str]
) -> list[Row]:
    """Rows where the leading cells of each group are merged vertically over the group's rows."""
    rows = []
    for lead, members in groups:
        for index, member in enumerate(members or [[""] * (len(align) - len(lead))]):
            merge = None if len(members) <= 1 else ("restart" if index == 0 else "continue")
            cells = [Cell(v if index == 0 else "", merge=merge, align=align[i]) for i, v in enumerate(lead)]
            cells += [Cell(v, align=align[len(lead) + i]) for i, v in enumerate(member)]
            rows.append(Row(cells))
    return rows


def _header(table: Table, *titles: str) -> Table:
    table.rows.append(Row([Cell(t, align="center") for t in titles], header=True))
    return table


def iku(hasil: Hasil) -> Table:
    """Tabel 2.x: every indicator with its formula, data source and responsible bidang (IKU document)."""
    table = _header(
        Table(_widths(0.8, 2.9, 3.0, 1.3, 2.8, 2.3, 2.4)),
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Satuan",
        "Formula / Penjelasan",
        "Sumber Data",
        "Penanggung Jawab",
    )
    groups = []
    for number, s in enumerate(hasil.sasaran, start=1):
        members = [
            [
                i.indikator.nama,
                i.indikator.satuan,
                i.indikator.formula or "-",
                i.indikator.sumber_data or "-",
                i.indikator.penanggung_jawab,
            ]
            for i in s.indikator
        ]
        groups.append(([str(number), s.sasaran.nama], members))
    for i in hasil.iku_instansi:
        groups.append(
            (
                [str(len(groups) + 1), "(IKU tingkat instansi)"],
                [
                    [
                        i.indikator.nama,
                        i.indikator.satuan,
                        i.indikator.formula or "-",
                        i.indikator.sumber_data or "-",
                        i.indikator.penanggung_jawab,
                    ]
                ],
            )
        )
    table.rows += _merged_rows(groups, ["center", "left", "left", "center", "left", "left", "left"])
    return table


def target_renstra(hasil: Hasil, years: Sequence[int]) -> Table:
    """Renstra targets per year for every indicator that has any."""
    share = 7.7 / max(1, len(years))
    table = _header(
        Table(_widths(0.8, 5.0, 1.5, *([share] * len(years)))),
        "No",
        "Indikator Kinerja",
        "Satuan",
        *(str(y) for y in years),
    )
    for number, i in enumerate(hasil.indikator, start=1):
        by_year = {t.tahun: t.target for t in i.riwayat}
        if i.target is not None:
            by_year[hasil.tahun] = i.target
        cells = [target_nilai(by_year.get(y), "", None) or "-" for y in years]
        table.rows.append(
            Row(
                [
                    Cell(str(number), align="center"),
                    Cell(i.indikator.nama),
                    Cell(i.indikator.satuan, align="center"),
                    *(Cell(c, align="center") for c in cells),
                ]
            )
        )
    return table


def pk_target(versi: PkVersiHasil, hasil: Hasil) -> Table:
    table = _header(
        Table(_widths(0.8, 5.2, 6.0, 1.7, 1.8)),
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Satuan",
        "Target",
    )
    names = {s.sasaran.kode: s.sasaran.nama for s in hasil.sasaran}
    groups: dict[str, list[list[str]]] = {}
    for indikator, target in versi.target:
        key = indikator.sasaran or ""
        groups.setdefault(key, []).append([indikator.nama, indikator.satuan, target_nilai(target, "") or "-"])
    merged = [
        ([str(n), names.get(key, "(tanpa sasaran)")], rows) for n, (key, rows) in enumerate(groups.items(), 1)
    ]
    table.rows += _merged_rows(merged, ["center", "left", "left", "center", "center"])
    return table


def pk_anggaran(versi: PkVersiHasil) -> Table:
    rows = [
        [str(n), a.program, name, angka(a.anggaran), a.keterangan or "-"]
        for n, (a, name) in enumerate(versi.anggaran, start=1)
    ]
    return simple_table(
        ["No", "Kode", "Program", "Anggaran (Rp)", "Keterangan"],
        rows,
        _widths(0.8, 2.0, 7.2, 3.5, 2.0),
        ["center", "left", "left", "right", "center"],
        total=["", "", "JUMLAH", angka(versi.total), ""],
    )


def skala(scale: Scale, heading: str) -> Table:
    rows = [[str(n), rng, label] for n, (rng, label) in enumerate(scale.describe(), start=1)]
    return simple_table(
        ["No", heading, "Predikat" if scale.name != "kategori" else "Kategori"],
        rows,
        _widths(1.0, 7.0, 7.5),
        ["center", "center", "left"],
    )


def konversi(nama: str, rows: Sequence[tuple[str, str]]) -> Table:
    return simple_table(
        ["No", f"Nilai ({nama})", "Capaian"],
        [[str(n), a, b] for n, (a, b) in enumerate(rows, 1)],
        _widths(1.0, 7.0, 7.5),
        ["center", "center", "center"],
    )


def capaian_iku(hasil: Hasil, views: dict[str, IndikatorView]) -> Table:
    table = _header(
        Table(_widths(0.7, 2.9, 3.1, 1.1, 1.3, 1.6, 1.6, 1.7, 1.5)),
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "Realisasi",
        "Capaian",
        "Predikat",
        "Kategori",
    )
    table.text_style = "TeksTabelKecil"
    groups = []
    numbered = [(s.sasaran.nama, s.indikator) for s in hasil.sasaran]
    numbered += [("(IKU tingkat instansi)", (i,)) for i in hasil.iku_instansi]
    for number, (name, items) in enumerate(numbered, start=1):
        members = [_capaian_cells(views[i.indikator.kode]) for i in items]
        groups.append(([str(number), name], members))
    table.rows += _merged_rows(
        groups, ["center", "left", "left", "center", "center", "center", "center", "left", "left"]
    )
    return table


def _capaian_cells(v: IndikatorView) -> list[str]:
    return [
        v.nama,
        v.satuan,
        v.target or "-",
        v.realisasi or "belum ada data",
        v.capaian or "-",
        v.predikat or "-",
        v.kategori or "-",
    ]


def capaian_sasaran(views: Sequence[SasaranView], rata: str | None, kategori: str | None) -> Table:
    rows = [
        [str(s.nomor), s.nama, str(len(s.indikator)), s.capaian or "-", s.predikat or "-", s.kategori or "-"]
        for s in views
    ]
    return simple_table(
        ["No", "Sasaran Strategis", "Jumlah Indikator", "Capaian", "Predikat", "Kategori"],
        rows,
        _widths(0.8, 6.2, 1.8, 2.0, 2.6, 2.1),
        ["center", "left", "center", "center", "left", "left"],
        total=["", "Rata-rata capaian sasaran", "", rata or "-", "", kategori or "-"],
    )


def indikator_sasaran(items: Sequence[IndikatorView]) -> Table:
    rows = [
        [
            str(n),
            v.nama,
            v.target or "-",
            v.realisasi or "belum ada data",
            v.capaian or "-",
            v.predikat or "-",
        ]
        for n, v in enumerate(items, start=1)
    ]
    return simple_table(
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Predikat"],
        rows,
        _widths(0.8, 6.5, 2.0, 2.2, 1.8, 2.2),
        ["center", "left", "center", "center", "center", "left"],
    )


def riwayat(items: Sequence[IndikatorView], tahun: int) -> Table:
    table = _header(
        Table(_widths(5.5, 1.6, 2.6, 2.6, 2.2)),
        "Indikator Kinerja",
        "Tahun",
        "Target",
        "Realisasi",
        "Capaian",
    )
    groups = []
    for v in items:
        members = [[str(r.tahun), r.target or "-", r.realisasi or "-", r.capaian or "-"] for r in v.riwayat]
        members.append([str(tahun), v.target or "-", v.realisasi or "belum ada data", v.capaian or "-"])
        groups.append(([v.nama], members))
    table.rows += _merged_rows(groups, ["left", "center", "center", "center", "center"])
    return table


def renstra(items: Sequence[IndikatorView], tahun: int) -> Table:
    rows = [
        [
            v.nama,
            v.renstra.target_akhir if v.renstra else "-",
            f"{v.renstra.tahun_akhir}" if v.renstra and v.renstra.tahun_akhir else "-",
            v.realisasi or "-",
            v.renstra.capaian if v.renstra and v.renstra.capaian else "-",
        ]
        for v in items
    ]
    return simple_table(
        [
            "Indikator Kinerja",
            "Target Akhir Renstra",
            "Tahun Akhir",
            f"Realisasi {tahun}",
            "Capaian thd Target Akhir",
        ],
        rows,
        _widths(5.9, 2.6, 1.8, 2.4, 2.8),
        ["left", "center", "center", "center", "center"],
    )


def standar(items: Sequence[IndikatorView]) -> Table:
    rows = []
    for v in items:
        s = v.standar
        status = "-" if s is None or s.memenuhi is None else ("Memenuhi" if s.memenuhi else "Belum memenuhi")
        rows.append([v.nama, s.standar if s else "-", v.realisasi or "-", s.selisih if s else "-", status])
    return simple_table(
        ["Indikator Kinerja", "Standar Nasional", "Realisasi", "Selisih", "Keterangan"],
        rows,
        _widths(5.9, 2.4, 2.4, 2.6, 2.2),
        ["left", "center", "center", "center", "center"],
    )


def program_pendukung(s: SasaranView) -> Table:
    table = _header(
        Table(_widths(1.6, 3.4, 3.3, 1.4, 1.7, 1.6, 2.5)),
        "Kode",
        "Program",
        "Indikator Program",
        "Target",
        "Realisasi",
        "Capaian",
        "Serapan Anggaran",
    )
    table.text_style = "TeksTabelKecil"
    groups = [
        (
            [p.kode, p.nama],
            [[nama, t or "-", r or "-", c or "-", p.anggaran.serapan or "-"] for nama, t, r, c in p.indikator]
            or [["-", "-", "-", "-", p.anggaran.serapan or "-"]],
        )
        for p in s.program
    ]
    table.rows += _merged_rows(groups, ["left", "left", "left", "center", "center", "center", "center"])
    return table


def anggaran_program(tree: Belanja) -> Table:
    rows = [
        [
            str(n),
            p.program.kode,
            p.program.nama,
            angka(p.anggaran.pagu),
            angka(p.anggaran.realisasi),
            pct(p.anggaran.serapan) or "-",
            angka(p.anggaran.silpa.value or Decimal(0)),
        ]
        for n, p in enumerate(tree.program, start=1)
    ]
    t = tree.total
    return simple_table(
        ["No", "Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan", "SiLPA (Rp)"],
        rows,
        _widths(0.7, 1.5, 4.1, 2.6, 2.6, 1.7, 2.3),
        ["center", "left", "left", "right", "right", "center", "right"],
        total=[
            "",
            "",
            "JUMLAH",
            angka(t.pagu),
            angka(t.realisasi),
            pct(t.serapan) or "-",
            angka(t.silpa.value or Decimal(0)),
        ],
    )


def spbe(result: SpbeHasil) -> Table:
    table = _header(
        Table(_widths(4.2, 6.7, 1.6, 1.5, 1.5)),
        "Domain",
        "Aspek",
        "Bobot Aspek (%)",
        "Indeks Aspek",
        "Indeks Domain",
    )
    for d in result.domain:
        for index, a in enumerate(d.aspek):
            merge = None if len(d.aspek) == 1 else ("restart" if index == 0 else "continue")
            domain_text = f"{d.nomor}. {d.nama} ({angka(d.bobot, 2)}%)"
            table.rows.append(
                Row(
                    [
                        Cell(domain_text if index == 0 else "", merge=merge),
                        Cell(f"{a.nomor}. {a.nama}"),
                        Cell(angka(a.bobot, 2), align="center"),
                        Cell(angka(a.indeks.value or Decimal(0), 2), align="center"),
                        Cell(
                            angka(d.indeks.value or Decimal(0), 2) if index == 0 else "",
                            merge=merge,
                            align="center",
                        ),
                    ]
                )
            )
    table.rows.append(
        Row(
            [
                Cell("Indeks SPBE", bold=True, span=4, shade=TOTAL_SHADE),
                Cell(
                    angka(result.indeks.value or Decimal(0), 2), bold=True, align="center", shade=TOTAL_SHADE
                ),
            ]
        )
    )
    return table


def triwulan(items: Sequence[IndikatorView]) -> Table:
    rows = [
        [v.kode, v.nama, v.target or "-", *(t or "-" for t in (v.tw + (None,) * 4)[:4]), v.realisasi or "-"]
        for v in items
    ]
    return simple_table(
        ["Kode", "Indikator Kinerja", "Target", "TW I", "TW II", "TW III", "TW IV", "Tahunan"],
        rows,
        _widths(1.4, 5.3, 1.6, 1.4, 1.4, 1.4, 1.4, 1.6),
        ["left", "left", *(["center"] * 6)],
    )


# ---------------------------------------------------------------- the big table (landscape)

BIG_WIDTHS = (2.6, 4.4, 3.7, 1.2, 1.4, 1.6, 1.4, 2.1, 2.1, 1.6, 1.3)
BIG_HEADERS = (
    "Kode",
    "Program / Kegiatan / Sub Kegiatan",
    "Indikator Kinerja",
    "Target",
    "Satuan",
    "Realisasi",
    "Capaian Kinerja",
    "Pagu (Rp)",
    "Realisasi (Rp)",
    "Keuangan (%)",
    "Fisik (%)",
)


class BigTable:
    """The big table: every program, kegiatan and sub kegiatan with indicators, budget and realisation,
    one row per indicator, the item's own cells merged over its indicator rows, the header repeated on
    every page. A large year's rows are made in parts (`rows`, by a range of programs from `cuts`), which
    may be made by different processes and are joined between `start` and `end`."""

    def __init__(self, tree: Belanja) -> None:
        self.tree = tree
        self.with_notes = any(
            s.sub.permasalahan or s.sub.upaya for p in tree.program for k in p.kegiatan for s in k.sub
        )
        widths = list(BIG_WIDTHS) + ([2.6] if self.with_notes else [])
        scale = 24.2 / sum(widths)
        self._widths = [cm(w * scale) for w in widths]
        self._cuts: dict[int, list[slice]] = {}

    def _table(self) -> Table:
        return Table(self._widths, text_style="TeksTabelMini")

    def start(self) -> str:
        """The table's markup up to its rows: properties, grid and the repeated header row."""
        table = self._table()
        headers = list(BIG_HEADERS) + (["Permasalahan dan Upaya"] if self.with_notes else [])
        table.rows.append(Row([Cell(h, align="center") for h in headers], header=True))
        return table.start() + table.rows_xml()

    def end(self) -> str:
        """The total row and the end of the table."""
        t = self.tree.total
        total = [
            Cell("JUMLAH", bold=True, span=7, shade=TOTAL_SHADE),
            *(
                Cell(v, bold=True, align="right" if i < 2 else "center", shade=TOTAL_SHADE)
                for i, v in enumerate(
                    (angka(t.pagu), angka(t.realisasi), _pct_plain(t.serapan), _pct_plain(t.fisik))
                )
            ),
        ]
        if self.with_notes:
            total.append(Cell("", shade=TOTAL_SHADE))
        table = self._table()
        table.rows.append(Row(total))
        return table.rows_xml() + "</w:tbl>"

    def cuts(self, parts: int) -> list[slice]:
        """The programs in `parts` consecutive ranges of about as many rows each."""
        if parts not in self._cuts:
            self._cuts[parts] = self._cut(parts)
        return self._cuts[parts]

    def _cut(self, parts: int) -> list[slice]:
        sizes = [_rows_of(p) for p in self.tree.program]
        total = sum(sizes)
        bounds, seen, start = [], 0, 0
        for part in range(1, parts):
            while start < len(sizes) and (seen + sizes[start]) * parts <= total * part:
                seen += sizes[start]
                start += 1
            bounds.append(start)
        edges = [0, *bounds, len(sizes)]
        return [slice(a, b) for a, b in itertools.pairwise(edges)]

    def rows(self, programs: slice) -> str:
        """The rows of the programs in the range, with everything below them."""
        table = self._table()
        shapes = _BigRows(table, self.with_notes)
        for program in self.tree.program[programs]:
            p = program.program
            shapes.add(_Item(p.kode, p.nama, program.ukuran, program.anggaran, PROGRAM_SHADE, True, 0))
            for kegiatan in program.kegiatan:
                k = kegiatan.kegiatan
                shapes.add(
                    _Item(k.kode, k.nama, kegiatan.ukuran, kegiatan.anggaran, KEGIATAN_SHADE, True, 113)
                )
                for sub in kegiatan.sub:
                    s = sub.sub
                    notes = "\n".join(
                        filter(None, [s.permasalahan, f"Upaya: {s.upaya}" if s.upaya else None])
                    )
                    shapes.add(_Item(s.kode, s.nama, sub.ukuran, sub.anggaran, None, False, 227, notes))
        return table.rows_xml()


def _rows_of(program: ProgramHasil) -> int:
    """Rows of a program in the big table (one per indicator, at least one per item), from the model."""
    return (len(program.program.ukuran) or 1) + sum(
        (len(k.kegiatan.ukuran) or 1) + sum(len(s.sub.ukuran) or 1 for s in k.sub) for k in program.kegiatan
    )


@dataclass(frozen=True)
class _Item:
    """One program, kegiatan or sub kegiatan as rows of the big table."""

    kode: str
    nama: str
    ukuran: Sequence[UkuranHasil]
    anggaran: Anggaran
    shade: str | None
    bold: bool
    indent: int
    notes: str = ""


_OWN_ALIGN = ("right", "right", "center", "center", "left")  # pagu, realisasi, keuangan, fisik, notes
_MEASURE_ALIGN = ("left", "center", "center", "center", "center")  # indikator, target, satuan, …


class _BigRows:
    """Rows of the big table: one per indicator of an item, the item's own cells merged over them. The
    rows come in a few shapes (kind of item × first, merged or single row), each made once."""

    def __init__(self, table: Table, with_notes: bool) -> None:
        self.table = table
        self.own = 5 if with_notes else 4
        self.shapes: dict[tuple[object, ...], RowShape] = {}

    def _shape(self, item: _Item, merge: str | None) -> RowShape:
        key = (item.shade, item.bold, item.indent, merge)
        if key not in self.shapes:

            def own(align: str, indent: int = 0) -> Cell:
                return Cell("", align, item.bold, False, item.shade, 1, merge, indent)

            cells = [
                own("left"),
                own("left", item.indent),
                *(Cell("", a, shade=item.shade) for a in _MEASURE_ALIGN),
                *(own(a) for a in _OWN_ALIGN[: self.own]),
            ]
            self.shapes[key] = RowShape(self.table, Row(cells))
        return self.shapes[key]

    def add(self, item: _Item) -> None:
        a = item.anggaran
        own = [angka(a.pagu), angka(a.realisasi), _pct_plain(a.serapan), _pct_plain(a.fisik), item.notes]
        own = own[: self.own]
        members: list[UkuranHasil | None] = list(item.ukuran) or [None]
        for index, u in enumerate(members):
            merge = None if len(members) == 1 else ("restart" if index == 0 else "continue")
            shape = self._shape(item, merge)
            self.table.rows.append(shape.row([item.kode, item.nama, *_measure_texts(u), *own]))


def _pct_plain(figure: Figure | None) -> str:
    return angka(figure.value, 2) if figure is not None and figure.value is not None else "-"


def _measure_texts(u: UkuranHasil | None) -> tuple[str, ...]:
    if u is None:
        return ("-", "-", "-", "-", "-")
    m = u.ukuran
    target = "-" if m.target is None else rentang(m.target.low, m.target.high)
    return (
        m.indikator or "-",
        target,
        m.satuan or "-",
        angka(m.realisasi) if m.realisasi is not None else "-",
        _pct_plain(u.capaian) if u.capaian.value is not None else "-",
    )


def ikhtisar(hasil: Hasil, views: Sequence[SasaranView]) -> Table:
    t = hasil.belanja.total
    rows = [
        ["Anggaran (pagu)", "Rp" + angka(t.pagu)],
        ["Realisasi anggaran", "Rp" + angka(t.realisasi)],
        ["Serapan anggaran", pct(t.serapan) or "-"],
        ["Sisa anggaran (SiLPA)", "Rp" + angka(t.silpa.value or 0)],
    ]
    rows += [[f"Capaian sasaran {s.nomor}: {s.nama}", s.capaian or "belum dapat diukur"] for s in views]
    rows.append(
        [
            "Rata-rata capaian sasaran",
            f"{pct(hasil.capaian_organisasi) or '-'}"
            + (f" ({hasil.kategori_organisasi})" if hasil.kategori_organisasi else ""),
        ]
    )
    if hasil.efisiensi is not None:
        rows.append(["Efisiensi penggunaan sumber daya", hasil.efisiensi.label])
    return simple_table(["Uraian", "Nilai"], rows, _widths(10.0, 5.5), ["left", "right"])
