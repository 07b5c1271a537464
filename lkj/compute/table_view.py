"""`lkj hitung`: the computed figures of an input folder as plain-text tables a reviewer can read, and
with --rinci how each was computed (rule, formula, inputs and the cells they came from)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from lkj.compute.figure import Figure
from lkj.compute.presisi import as_typed
from lkj.compute.results import Anggaran, Hasil, IndikatorHasil
from lkj.indonesian import angka, persen, terbilang_rupiah
from lkj.model import Target


def pct(figure: Figure | None) -> str:
    if figure is None:
        return "-"
    return persen(figure.value) if figure.value is not None else "—"


def num(value: Decimal | None, decimals: int | None = None) -> str:
    return "—" if value is None else angka(value, decimals)


def target_text(target: Target | None) -> str:
    """A target as typed (lkj.compute.presisi), or the kategori it names."""
    if target is None:
        return "—"
    if target.kategori is not None:
        return target.kategori
    low = as_typed(target.low)
    return low if not target.is_range else f"{low}–{as_typed(target.high)}"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        cells = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return [line(headers), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _short(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_text(h: Hasil, detail: bool = False) -> str:
    name = h.profil.nama_instansi if h.profil else ""
    out = [f"Angka hasil perhitungan LKj {name} tahun {h.tahun}", ""]
    out += _indicators(h, detail)
    out += _sasaran(h, detail)
    out += _budget(h, detail)
    out += _pk(h)
    out += _spbe(h, detail)
    return "\n".join(out).rstrip() + "\n"


def _explain(figure: Figure | None, detail: bool) -> list[str]:
    if not detail or figure is None:
        return []
    return [f"      ↳ {figure.explain()}"]


def _indicators(h: Hasil, detail: bool) -> list[str]:
    rows, notes = [], []
    for i in h.indikator:
        rows.append(
            [
                i.indikator.kode,
                _short(i.indikator.nama),
                target_text(i.target),
                "—" if i.realisasi is None else as_typed(i.realisasi),
                pct(i.capaian),
                i.predikat or "—",
                i.kategori or "—",
                i.sumber_target or "—",
            ]
        )
        notes += [f"  {i.indikator.kode}: {line.strip()}" for line in _explain(i.realisasi_hitung, detail)]
        notes += [f"  {i.indikator.kode}: {line.strip()}" for line in _explain(i.capaian, detail)]
        if i.capaian.value is None:
            notes.append(f"  {i.indikator.kode}: {i.capaian.note}")
    out = ["CAPAIAN INDIKATOR KINERJA"]
    out += table(
        ["Kode", "Indikator", "Target", "Realisasi", "Capaian", "Predikat", "Kategori", "Sumber target"],
        rows,
        right=(2, 3, 4),
    )
    return out + notes + [""] + _analyses(h.indikator, detail)


def _analyses(items: Sequence[IndikatorHasil], detail: bool) -> list[str]:
    rows = []
    for i in items:
        tren = standar = "—"
        # figures as typed, their differences exact: the report's figures (lkj.compute.presisi)
        if i.tren is not None and i.tren.selisih.value is not None:
            relative = i.tren.relatif.value
            tren = (
                f"{as_typed(i.tren.selisih.value)} "
                f"({'—' if relative is None else persen(relative)}) vs {i.tren.tahun_lalu}"
            )
        if i.standar is not None and i.standar.selisih.value is not None:
            standar = f"{as_typed(i.standar.selisih.value)} dari {as_typed(i.standar.standar)}"
        rows.append([i.indikator.kode, tren, pct(i.renstra), standar, i.predikat_nilai or "—"])
    out = ["ANALISIS INDIKATOR (tren: selisih dalam satuan indikator dan perubahan relatif)"]
    return (
        out
        + table(
            [
                "Kode",
                "Tren dari tahun lalu",
                "Capaian thd target akhir Renstra",
                "Selisih thd standar",
                "Predikat nilai",
            ],
            rows,
        )
        + [""]
    )


def _sasaran(h: Hasil, detail: bool) -> list[str]:
    rows = []
    for s in h.sasaran:
        eff = "—" if s.efisiensi is None else f"{s.efisiensi.label} ({num(s.efisiensi.nilai.value, 2)})"
        rows.append(
            [
                s.sasaran.kode,
                _short(s.sasaran.nama),
                str(len(s.indikator)),
                pct(s.capaian),
                s.kategori or "—",
                pct(s.anggaran.serapan) if s.anggaran else "—",
                eff,
            ]
        )
    headers = ["Kode", "Sasaran", "Indikator", "Capaian", "Kategori", "Serapan program", "Efisiensi"]
    out = ["CAPAIAN SASARAN STRATEGIS", *table(headers, rows, right=(2, 3, 5))]
    for s in h.sasaran:
        out += [f"  {s.sasaran.kode}: {line.strip()}" for line in _explain(s.capaian, detail)]
    out += ["", f"Capaian kinerja organisasi: {pct(h.capaian_organisasi)} ({h.kategori_organisasi or '—'})"]
    out += _explain(h.capaian_organisasi, detail)
    out.append(f"Persentase indikator program tercapai: {pct(h.indikator_program_tercapai)}")
    out += _explain(h.indikator_program_tercapai, detail)
    if h.efisiensi is not None:
        out.append(
            f"Efisiensi (metode {h.efisiensi.metode}): {h.efisiensi.label}, nilai "
            f"{num(h.efisiensi.nilai.value, 2)}"
        )
        out += _explain(h.efisiensi.nilai, detail)
    return [*out, ""]


def _money_row(kode: str, nama: str, a: Anggaran) -> list[str]:
    return [
        kode,
        _short(nama, 40),
        angka(a.pagu),
        angka(a.realisasi),
        pct(a.serapan),
        num(a.silpa.value),
        pct(a.fisik),
    ]


def _budget(h: Hasil, detail: bool) -> list[str]:
    b = h.belanja
    rows = [_money_row(p.program.kode, p.program.nama, p.anggaran) for p in b.program]
    rows.append(_money_row("", "JUMLAH", b.total))
    counts = f"{b.jumlah_program} program, {b.jumlah_kegiatan} kegiatan, {b.jumlah_sub_kegiatan} sub kegiatan"
    out = [f"ANGGARAN ({counts})"]
    out += table(
        ["Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan", "SiLPA (Rp)", "Fisik"],
        rows,
        right=(2, 3, 4, 5, 6),
    )
    out += _explain(b.total.serapan, detail) + _explain(b.total.fisik, detail)
    return [*out, ""]


def _pk(h: Hasil) -> list[str]:
    if not h.pk:
        return []
    out = ["PERJANJIAN KINERJA"]
    for v in h.pk:
        line = f"  {v.versi.versi}: total Rp{angka(v.total)}"
        if v.perubahan is not None and v.perubahan.value is not None:
            change = v.perubahan.value
            line += (
                f"; perubahan {'+' if change >= 0 else ''}{angka(change)} ({terbilang_rupiah(abs(change))})"
            )
        out.append(line)
        for kode, nama, was, now in v.perubahan_program:
            out.append(f"      {kode} {_short(nama, 40)}: {angka(was)} → {angka(now)}")
        for ind, was_t, now_t in v.perubahan_target:
            out.append(f"      target {ind.kode}: {target_text(was_t)} → {target_text(now_t)}")
    return [*out, ""]


def _spbe(h: Hasil, detail: bool) -> list[str]:
    if h.spbe is None:
        return []
    rows = [[str(d.nomor), d.nama, angka(d.bobot, 2), num(d.indeks.value, 2)] for d in h.spbe.domain]
    out = [
        "INDEKS SPBE (PermenPANRB 59/2020)",
        *table(["Domain", "Nama", "Bobot (%)", "Indeks"], rows, right=(2, 3)),
    ]
    out.append(
        f"Indeks SPBE: {num(h.spbe.indeks.value, 2)} ({h.spbe.predikat}); pemeriksa Σ(tingkat × bobot)/100 "
        f"= {num(h.spbe.pemeriksa, 2)}"
    )
    return [*out, *_explain(h.spbe.indeks, detail), ""]


def _figure_json(figure: Figure | None) -> Any:
    if figure is None:
        return None
    return {
        "nilai": None if figure.value is None else str(figure.value),
        "aturan": figure.rule,
        "masukan": [
            {
                "label": i.label,
                "nilai": None if i.value is None else str(i.value),
                "sel": str(i.where) if i.where and i.where.file else None,
            }
            for i in figure.inputs
        ],
        "catatan": figure.note,
    }


def render_json(h: Hasil) -> str:
    data = {
        "tahun": h.tahun,
        "indikator": [
            {
                "kode": i.indikator.kode,
                "nama": i.indikator.nama,
                "target": target_text(i.target),
                "realisasi": None if i.realisasi is None else str(i.realisasi),
                "sumber_realisasi": i.indikator.sumber_realisasi or "diketik",
                "realisasi_hitung": _figure_json(i.realisasi_hitung) if i.realisasi_hitung else None,
                "realisasi_diketik": None if i.realisasi_diketik is None else str(i.realisasi_diketik),
                "capaian": _figure_json(i.capaian),
                "predikat": i.predikat,
                "kategori": i.kategori,
            }
            for i in h.indikator
        ],
        "sasaran": [
            {"kode": s.sasaran.kode, "capaian": _figure_json(s.capaian), "kategori": s.kategori}
            for s in h.sasaran
        ],
        "capaian_organisasi": _figure_json(h.capaian_organisasi),
        "anggaran": {
            "pagu": str(h.belanja.total.pagu),
            "realisasi": str(h.belanja.total.realisasi),
            "serapan": _figure_json(h.belanja.total.serapan),
            "silpa": _figure_json(h.belanja.total.silpa),
            "fisik": _figure_json(h.belanja.total.fisik),
        },
        "program": [
            {
                "kode": p.program.kode,
                "pagu": str(p.anggaran.pagu),
                "realisasi": str(p.anggaran.realisasi),
                "serapan": _figure_json(p.anggaran.serapan),
            }
            for p in h.belanja.program
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
