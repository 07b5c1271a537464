"""How a diff is shown: a summary a reviewer reads at a glance, then every change grouped by chapter;
or the same as one self-contained HTML page."""

from __future__ import annotations

import html
from collections import Counter, OrderedDict
from collections.abc import Sequence
from difflib import SequenceMatcher

from lkj.diff.compare import Change
from lkj.diff.kertas_kerja import ANSWER_CHANGED
from lkj.diff.sources import SourceChange
from lkj.outputs import HTML_MARK

MARK = {"ubah": "~", "tambah": "+", "hapus": "-"}
VERB = {"ubah": "berubah", "tambah": "ditambah", "hapus": "dihapus"}


def summary(changes: Sequence[Change]) -> str:
    if not changes:
        return "Tidak ada perubahan: kedua laporan memuat teks dan angka yang sama."
    chapters = list(OrderedDict.fromkeys(c.chapter for c in changes))
    tables = {c.where[:2] for c in changes if c.scope in ("sel", "baris", "kolom", "tabel")}
    rows = Counter(c.kind for c in {c.where[:3]: c for c in changes if c.scope in ("sel", "baris")}.values())
    sentences = Counter(c.kind for c in changes if c.scope == "kalimat")
    paragraphs = Counter(c.kind for c in changes if c.scope in ("paragraf", "judul"))
    parts = [
        f"{len(chapters)} bab/bagian ({', '.join(chapters)})",
        f"{len(tables)} tabel",
        f"{sum(rows.values())} baris ({_counts(rows)})",
        f"{sum(sentences.values())} kalimat ({_counts(sentences)})",
    ]
    if paragraphs:
        parts.append(f"{sum(paragraphs.values())} paragraf/judul ({_counts(paragraphs)})")
    return f"Ringkasan perubahan: {len(changes)} perubahan pada " + "; ".join(parts) + "."


def summary_kertas_kerja(changes: Sequence[Change]) -> str:
    """What changed between two reviu rounds (two kertas kerja), in the reviewer's terms: the LKE criteria,
    lkj's answers, the rows checked and the columns that changed (the reviewer's conclusion among them)."""
    if not changes:
        return (
            "Tidak ada perubahan: kedua kertas kerja reviu memuat jawaban lkj, hasil pemeriksaan dan "
            "simpulan pereviu yang sama."
        )
    criteria = list(OrderedDict.fromkeys(c.chapter for c in changes))
    answers = [c for c in changes if c.where[1:] == (ANSWER_CHANGED,)]
    rows = Counter(c.kind for c in {c.where[:2]: c for c in changes if c not in answers}.values())
    columns = Counter(c.where[2] for c in changes if c.scope == "sel" and len(c.where) == 3)
    parts = [f"{len(criteria)} kriteria LKE ({', '.join(criteria)})"]
    if answers:
        parts.append(f"{len(answers)} jawaban lkj berubah")
    if rows:
        parts.append(f"{sum(rows.values())} baris pemeriksaan ({_counts(rows)})")
    if columns:
        parts.append("kolom yang berubah: " + ", ".join(f"{name} ({n})" for name, n in columns.items()))
    return f"Ringkasan perubahan antarputaran reviu: {len(changes)} perubahan pada " + "; ".join(parts) + "."


def _counts(counter: Counter[str]) -> str:
    return (
        ", ".join(f"{counter[k]} {VERB[k]}" for k in ("ubah", "tambah", "hapus") if counter[k]) or "tidak ada"
    )


def _detail(c: Change) -> str:
    if c.kind == "ubah":
        return f"{c.old} → {c.new}" if c.scope == "sel" else f"\n      lama: {c.old}\n      baru: {c.new}"
    return f"{c.new if c.kind == 'tambah' else c.old}"


def render_text(
    changes: Sequence[Change], sources: Sequence[SourceChange] = (), kertas_kerja: bool = False
) -> str:
    """`kertas_kerja`: the changes are between two kertas kerja reviu, not two reports."""
    lines = [summary_kertas_kerja(changes) if kertas_kerja else summary(changes)]
    for chapter in OrderedDict.fromkeys(c.chapter for c in changes):
        lines += ["", chapter]
        for c in (c for c in changes if c.chapter == chapter):
            detail = _detail(c)
            lines.append(f"  {MARK[c.kind]} {c.location}:{'' if detail.startswith(chr(10)) else ' '}{detail}")
    if sources:
        lines += ["", "Sumber perubahan di workbook masukan:"]
        lines += [
            f"  {MARK[s.kind]} {s.where} ({s.what}): {s.old or 'kosong'} → {s.new or 'kosong'}"
            if s.kind == "ubah"
            else f"  {MARK[s.kind]} {s.where} ({s.what})"
            for s in sources
        ]
    return "\n".join(lines) + "\n"


def words(old: str, new: str) -> str:
    """Word-level diff as HTML: removed words struck out, added words underlined."""
    a, b = old.split(), new.split()
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape(" ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<del>{html.escape(' '.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{html.escape(' '.join(b[j1:j2]))}</ins>")
    return " ".join(out)


STYLE = """
body{font-family:Arial,Helvetica,sans-serif;margin:2em auto;max-width:70em;color:#222;line-height:1.45}
h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #ccc;margin-top:1.6em}
.ringkasan{background:#f4f6fa;border:1px solid #d5dbe8;padding:.8em 1em}
li{margin:.35em 0}.lokasi{color:#555;font-size:.92em}del{background:#fde2e1;color:#8b1a10}
ins{background:#dff5e1;color:#14591d;text-decoration:none}.tanda{display:inline-block;width:1.2em;font-weight:bold}
"""


def render_html(
    changes: Sequence[Change], title: str, sources: Sequence[SourceChange] = (), kertas_kerja: bool = False
) -> str:
    said = summary_kertas_kerja(changes) if kertas_kerja else summary(changes)
    body = [f"<h1>{html.escape(title)}</h1>", f'<p class="ringkasan">{html.escape(said)}</p>']
    for chapter in OrderedDict.fromkeys(c.chapter for c in changes):
        body.append(f"<h2>{html.escape(chapter)}</h2><ul>")
        for c in (c for c in changes if c.chapter == chapter):
            if c.kind == "ubah":
                detail = words(c.old or "", c.new or "")
            elif c.kind == "tambah":
                detail = f"<ins>{html.escape(c.new or '')}</ins>"
            else:
                detail = f"<del>{html.escape(c.old or '')}</del>"
            body.append(
                f'<li><span class="tanda">{MARK[c.kind]}</span><span class="lokasi">'
                f"{html.escape(c.location)}</span><br>{detail}</li>"
            )
        body.append("</ul>")
    if sources:
        body.append("<h2>Sumber perubahan di workbook masukan</h2><ul>")
        for s in sources:
            detail = (
                words(s.old or "kosong", s.new or "kosong") if s.kind == "ubah" else html.escape(VERB[s.kind])
            )
            body.append(
                f'<li><span class="tanda">{MARK[s.kind]}</span><span class="lokasi">{html.escape(s.where)} '
                f"({html.escape(s.what)})</span><br>{detail}</li>"
            )
        body.append("</ul>")
    return (
        f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">{HTML_MARK}'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>{''.join(body)}</body></html>\n"
    )
