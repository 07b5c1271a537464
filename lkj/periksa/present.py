"""The self-check told: as text for the command line, as JSON for other programs (the web page), and as
the rows the konsep's Catatan Penyusunan and the kertas kerja reviu show (`section`, `rows`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lkj.indonesian import angka, persen
from lkj.periksa.hasil import Butir, Pemeriksaan, Penilaian, SubkomponenHasil

SHOWN = 8  # items that have what a criterion asks, shown by name before the rest are counted
NOT_CHECKABLE = "tidak dapat diperiksa dari dokumen laporan"


def judul(p: Pemeriksaan) -> str:
    return f"Swa-evaluasi LKE komponen {p.kebijakan.komponen}: {p.instansi} tahun {p.tahun}"


def ringkasan(p: Pemeriksaan) -> str:
    """The predicted points in one sentence."""
    return (
        f"Perkiraan nilai {angka(p.poin, 2)} dari {angka(p.bobot_diperiksa, 2)} poin yang dapat diperiksa "
        f"dari laporan (bobot komponen {angka(p.kebijakan.bobot_komponen)}), menurut {p.kebijakan.nama} "
        f"({p.kebijakan.sumber})."
    )


def render_text(p: Pemeriksaan) -> str:
    lines = [judul(p), ringkasan(p), ""]
    for s in p.subkomponen:
        lines.append(_heading(s))
        for c in s.penilaian:
            lines += _criterion(c)
        lines.append("")
    return "\n".join(lines)


def _heading(s: SubkomponenHasil) -> str:
    sub = s.subkomponen
    head = f"{sub.kode} {sub.nama} (bobot {angka(sub.bobot)})"
    return f"{head}: {NOT_CHECKABLE}" if s.poin is None else f"{head}: {angka(s.poin, 2)} poin"


def _criterion(c: Penilaian) -> list[str]:
    lines = [f"  {c.kriteria.kode} {c.kriteria.uraian}", f"      Jawaban {c.jawaban}: {c.alasan}"]
    have = [b for b in c.butir if b.ada]
    for b in have[:SHOWN]:
        lines.append(f"      ada     {b.subjek}: {b.bukti}")
    if len(have) > SHOWN:
        lines.append(f"      ada     ... dan {len(have) - SHOWN} lainnya (lihat --format json)")
    for b in c.butir:
        if b.dikecualikan:
            lines.append(f"      kecuali {b.subjek}: {b.bukti}")
    for b in c.kurang:
        lines.append(f"      KURANG  {b.subjek}: {b.bukti} [{b.letak}]")
        if b.perbaikan is not None:
            lines.append(f"              isi: {b.perbaikan}")
    return lines


def render_json(p: Pemeriksaan) -> str:
    return json.dumps(as_dict(p), ensure_ascii=False, indent=2) + "\n"


def _number(value: Decimal) -> float:
    return float(round(value, 4))


def as_dict(p: Pemeriksaan) -> dict[str, Any]:
    return {
        "instansi": p.instansi,
        "tahun": p.tahun,
        "kriteria": {"nama": p.kebijakan.nama, "berkas": p.kebijakan.sumber},
        "komponen": p.kebijakan.komponen,
        "bobot_komponen": _number(p.kebijakan.bobot_komponen),
        "bobot_diperiksa": _number(p.bobot_diperiksa),
        "poin": _number(p.poin),
        "subkomponen": [_sub(s) for s in p.subkomponen],
    }


def _sub(s: SubkomponenHasil) -> dict[str, Any]:
    return {
        "kode": s.subkomponen.kode,
        "nama": s.subkomponen.nama,
        "bobot": _number(s.subkomponen.bobot),
        "diperiksa": s.poin is not None,
        "poin": _number(s.poin) if s.poin is not None else None,
        "kriteria": [_crit(c) for c in s.penilaian],
    }


def _crit(c: Penilaian) -> dict[str, Any]:
    return {
        "kode": c.kriteria.kode,
        "uraian": c.kriteria.uraian,
        "pemeriksaan": c.kriteria.pemeriksaan,
        "cakupan": _number(c.cakupan),
        "jawaban": c.jawaban,
        "nilai": _number(c.nilai),
        "alasan": c.alasan,
        "butir": [_item(b) for b in c.butir],
    }


def _item(b: Butir) -> dict[str, Any]:
    fix = b.perbaikan
    return {
        "subjek": b.subjek,
        "ada": b.ada,
        "dikecualikan": b.dikecualikan,
        "bukti": b.bukti,
        "letak": b.letak,
        "perbaikan": None
        if fix is None
        else {"berkas": fix.file, "lembar": fix.sheet, "sel": fix.cell, "isian": fix.isian},
    }


@dataclass(frozen=True)
class Baris:
    """One row of the kertas kerja reviu and of the Catatan Penyusunan's table: one item of one criterion."""

    kode: str
    kriteria: str
    jawaban: str
    subjek: str
    hasil: str  # "Ada", "Kurang", "Tidak dapat disajikan"
    bukti: str
    letak: str
    perbaikan: str


def rows(p: Pemeriksaan) -> Iterator[Baris]:
    for s in p.subkomponen:
        for c in s.penilaian:
            for b in c.butir:
                status = "Tidak dapat disajikan" if b.dikecualikan else ("Ada" if b.ada else "Kurang")
                yield Baris(
                    c.kriteria.kode,
                    c.kriteria.uraian,
                    f"{c.jawaban} ({persen(c.cakupan)})",
                    b.subjek,
                    status,
                    b.bukti,
                    b.letak,
                    str(b.perbaikan) if b.perbaikan is not None else "",
                )


FIXES_SHOWN = 3  # fixes named per criterion in the konsep before the rest are counted


@dataclass(frozen=True)
class Ringkas:
    """One criterion in a line: what the konsep's Catatan Penyusunan shows."""

    kode: str
    kriteria: str
    jawaban: str  # "b (83,33%)", or "Y"/"T"
    perbaikan: str  # the first fixes, each with its cell, and how many more; "" when nothing lacks


def ringkas_rows(p: Pemeriksaan) -> list[Ringkas]:
    out = []
    for s in p.subkomponen:
        for c in s.penilaian:
            fixes = [f"{b.subjek}: {b.perbaikan}" for b in c.kurang if b.perbaikan is not None]
            shown = "; ".join(fixes[:FIXES_SHOWN])
            if len(fixes) > FIXES_SHOWN:
                shown += f"; dan {len(fixes) - FIXES_SHOWN} lainnya (lkj periksa FOLDER)"
            answer = c.jawaban if c.jawaban in ("Y", "T") else f"{c.jawaban} ({persen(c.cakupan)})"
            out.append(Ringkas(c.kriteria.kode, c.kriteria.uraian, answer, shown))
    return out


def section(p: Pemeriksaan) -> list[str]:
    """The paragraphs of the self-check for staff (the data to enter is named by workbook, sheet and
    cell): the predicted points, then each criterion's answer and what would raise it."""
    out = [ringkasan(p)]
    for r in ringkas_rows(p):
        line = f"{r.kode} {r.kriteria}: jawaban {r.jawaban}."
        out.append(line + (f" Untuk menaikkannya: {r.perbaikan}." if r.perbaikan else ""))
    return out
