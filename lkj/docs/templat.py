"""Render docs/templat.md: every tag of the Word template and every variable of the text templates, from
the data classes the templates are given (lkj.render.context, lkj.render.texts, and the views they
hold), each field with its help text: it cannot drift from the code. The Word template's tags have an
example each, from the reports of the two sample data sets.
"""

from __future__ import annotations

import re
import types
from dataclasses import fields, is_dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from markupsafe import Markup

from lkj.indonesian import angka
from lkj.render import template_limits as limits
from lkj.render.blocks import Block
from lkj.render.context import Laporan
from lkj.render.fields import help_of
from lkj.render.report import Umum
from lkj.render.styles import USES
from lkj.render.texts import TEMPLATES

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = (ROOT / "input", ROOT / "tests" / "data" / "sukamaju")

FILTER_EXAMPLES: tuple[tuple[str, Any, str], ...] = (
    ("angka", Decimal("1234567.891"), "{{ x|angka(2) }}"),
    ("persen", Decimal("98.0767"), "{{ x|persen }}"),
    ("rupiah", 14883605435, "{{ x|rupiah }}"),
    ("tanggal", date(2024, 8, 17), "{{ x|tanggal }}"),
    ("terbilang", Decimal("2.79"), "{{ x|terbilang }}"),
    ("terbilang_rupiah", 167635000, "{{ x|terbilang_rupiah }}"),
)


def _samples() -> list[Laporan]:
    """The Word template's data of each sample's report (with the Teks sheet's texts left out, so that
    every default text template runs)."""
    from lkj.pipeline import checked_year
    from lkj.render import DEFAULT_TEMPLATES, assemble
    from lkj.render.narasi import Narasi
    from lkj.render.report import Report

    made = []
    for folder in SAMPLES:
        checked = checked_year(folder)
        assert checked.hasil is not None
        hasil = replace(checked.hasil, instansi=replace(checked.hasil.instansi, teks=()))
        made.append(assemble(Report(hasil, Narasi(DEFAULT_TEMPLATES), checked.warnings)))
    return made


class _Types:
    """The data classes met while describing fields, in the order they are met."""

    def __init__(self) -> None:
        self.found: list[type] = []

    def kind(self, hint: Any) -> str:
        """A field's type as the docs say it: "teks (bisa kosong)", "daftar [SasaranView](#sasaranview)"."""
        args = get_args(hint)
        if get_origin(hint) in (Union, types.UnionType) and type(None) in args:
            others = [a for a in args if a is not type(None)]
            return f"{self.kind(others[0])} (bisa kosong)"
        if get_origin(hint) is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return f"daftar {self.kind(args[0])}"
            return "susunan (" + ", ".join(self.kind(a) for a in args) + ")"
        if is_dataclass(hint) and isinstance(hint, type):
            if hint not in self.found:
                self.found.append(hint)
            return f"[{hint.__name__}](#{hint.__name__.lower()})"
        return _KINDS.get(hint, getattr(hint, "__name__", str(hint)))

    def rows(self, cls: type) -> list[list[str]]:
        hints = get_type_hints(cls)
        return [[f"`{f.name}`", self.kind(hints[f.name]), help_of(f)] for f in fields(cls)]


_KINDS: dict[Any, str] = {
    str: "teks",
    int: "bilangan bulat",
    bool: "ya/tidak",
    Decimal: "bilangan",
    date: "tanggal",
    Block: "blok",
}


def _example(values: list[Any]) -> str:
    for value in values:
        if isinstance(value, Block):
            return _block(value)
        if value is None or value == "" or isinstance(value, tuple):
            continue
        text = " ".join(str(value).split())
        return "`" + (text if len(text) <= 60 else text[:59] + "…").replace("`", "'") + "`"
    return ""


def _block(block: Block) -> str:
    """What a block holds in the sample report: "2 paragraf; Tabel: Ikhtisar capaian …"."""
    from lkj.render.blocks import Caption, Toc
    from lkj.render.lists import Items
    from lkj.render.package import Packed

    parts = block.content.parts
    text = "".join(
        p.unpacked().decode("utf-8") if isinstance(p, Packed) else p
        for p in parts
        if isinstance(p, str | Packed)
    )
    paragraphs = len(re.findall(r"<w:p[ >]", re.sub(r"<w:tbl>.*?</w:tbl>", "", text, flags=re.S)))
    said = [f"{paragraphs} paragraf"] if paragraphs else []
    items = sum(len(p.items) for p in parts if isinstance(p, Items))
    said += [f"daftar {items} butir"] if items else []
    said += [f"{p.kind}: {p.title}" for p in parts if isinstance(p, Caption)]
    said += [f"daftar {p.kind.lower()}" for p in parts if isinstance(p, Toc)]
    text = "; ".join(said)
    return text if len(text) <= 160 else text[:159] + "…"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return lines


def _styles() -> list[list[str]]:
    import zipfile

    from lkj.render import DEFAULT_TEMPLATES, WORD_TEMPLATE

    xml = zipfile.ZipFile(DEFAULT_TEMPLATES / WORD_TEMPLATE).read("word/styles.xml").decode("utf-8")
    names = dict(re.findall(r'<w:style [^>]*w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="([^"]+)"', xml))
    return [[_display(names.get(ident, ident)), use] for ident, use in USES.items()]


def _display(style: str) -> str:
    """Built-in style names as Word's style list shows them: "heading 1" → "Heading 1", "toc 1" → "TOC 1"."""
    return "TOC" + style[3:] if style.startswith("toc ") else style[0].upper() + style[1:]


def _filters() -> list[list[str]]:
    from lkj.render.narasi import environment

    env = environment(ROOT / "templates")
    rows = []
    for name, value, usage in FILTER_EXAMPLES:
        result = Markup(env.from_string(usage).render(x=value)).unescape()
        rows.append([f"`{name}`", f"`{usage}` dengan x = {value!r}", f"`{result}`"])
    return rows


def render_markdown() -> str:
    samples = _samples()
    described = _Types()
    word = [
        [*row, _example([getattr(sample, f.name) for sample in samples])]
        for row, f in zip(described.rows(Laporan), fields(Laporan), strict=True)
    ]
    out = [*_INTRO, *_table(["Filter", "Contoh", "Hasil"], _filters()), "", *_WORD]
    out += [*_table(["Tag", "Jenis", "Keterangan", "Contoh (laporan contoh)"], word), ""]
    described.kind(Umum)  # listed first among the data classes
    out += ["## Templat teks", "", "Setiap templat menerima `u` ([Umum](#umum)) dan `tahun`, ditambah:", ""]
    for name, template in sorted(TEMPLATES.items()):
        out += [f"### `{name}`", ""]
        if template.bagian:
            out += [f"Diganti oleh baris bagian `{template.bagian}` di lembar Teks bila diisi.", ""]
        rows = described.rows(template.context)
        out += (
            [*_table(["Variabel", "Jenis", "Keterangan"], rows), ""] if rows else ["Tanpa variabel lain.", ""]
        )
    out += ["## Jenis data", ""]
    done = 0
    while done < len(described.found):
        cls = described.found[done]
        done += 1
        out += [f"### {cls.__name__}", "", str(getattr(cls, "HELP", "")), ""]
        out += [*_table(["Kolom", "Jenis", "Keterangan"], described.rows(cls)), ""]
    out += [
        "## Gaya Word yang dipakai isi laporan",
        "",
        "Ubah tampilan isi yang disusun lkj dengan mengubah gaya-gaya ini di `lkj.docx` (Beranda › Gaya):",
        "",
        *_table(["Gaya", "Dipakai untuk"], _styles()),
        "",
    ]
    return "\n".join(out)


_INTRO = [
    "# Templat laporan",
    "",
    "> Dibuat otomatis oleh `python dev/make_docs.py` dari data templat di `lkj/render/` (contoh dari",
    "> laporan kedua data contoh); jangan disunting langsung.",
    "",
    "Folder templat (bawaan `templates/`, atau folder lain dengan `lkj build --templat FOLDER`) berisi:",
    "",
    "- `lkj.docx` — templat Word: sampul, urutan bab, judul, gaya huruf, kop, logo, margin. Boleh diubah",
    "  di Word; tag `{{ … }}` dan `{%p … %}` di dalamnya harus tetap ada.",
    "- `narasi/*.j2` — kalimat-kalimat analisis yang disusun dari angka hasil perhitungan.",
    "- `teks/*.j2` — teks baku (kata pengantar, latar belakang, penutup …). Teks ini dapat juga diganti",
    "  tanpa menyentuh templat, melalui lembar **Teks** di workbook instansi.",
    "",
    "Sampul, tanda air dan Catatan Penyusunan:",
    "",
    "- Gambar pertama di sampul `lkj.docx` adalah kotak logo. Logo yang disebut lembar Profil (Berkas Logo)",
    "  menggantikannya, dengan perbandingan sisi tetap di dalam kotak itu. Tanpa logo, gambar pengganti",
    '  bawaan lkj dihapus bersama paragrafnya (laporan tidak pernah memuat tulisan "LOGO"); gambar lain',
    "  yang dipasang sendiri di templat (mis. lambang Pemda) tetap dimuat.",
    '- Konsep (`lkj build` tanpa `--final`) diberi tanda air "KONSEP" di setiap kepala halaman. Untuk',
    "  gaya lain (teks, huruf, warna, sudut), buat tanda air sendiri di kepala halaman `lkj.docx` melalui",
    "  Word (Design › Watermark): konsep memakainya, laporan final membuang semua tanda air.",
    "- Konsep diakhiri bab **CATATAN PENYUSUNAN** (gaya Heading 1) yang disusun lkj sesudah bab terakhir",
    "  templat; bab ini tidak memerlukan tag dan tidak ada pada laporan final.",
    "",
    "Folder templat sendiri cukup berisi berkas yang diubah: berkas yang tidak ada di dalamnya diambil dari",
    "templat bawaan. Bila `lkj.docx` sendiri tidak memuat salah satu tag blok di bawah, penyusunan tetap",
    "berjalan dengan peringatan yang menyebut tag itu.",
    "",
    "Templat dijalankan dalam *sandbox* Jinja: hanya variabel di bawah ini yang tersedia, nama yang",
    "salah menggagalkan penyusunan dengan pesan yang menyebut berkas templatnya (tidak ada laporan",
    "setengah jadi), dan teks isian staf selalu tercetak apa adanya. Di templat teks, baris kosong",
    "memisahkan paragraf; pergantian baris biasa hanya spasi.",
    "",
    "Kerja satu templat juga dibatasi, jauh di atas yang diperlukan kalimat laporan: bilangan sampai",
    f"sekitar {angka(limits.MAX_BITS // 3)} angka, teks atau daftar yang disusun sampai "
    f"{angka(limits.MAX_TEXT)} karakter",
    f"atau butir, perulangan `range()` sampai {angka(limits.MAX_STEPS)} langkah, hasil sampai "
    f"{angka(limits.MAX_OUTPUT)} karakter",
    f"dan waktu sampai {limits.MAX_SECONDS} detik per templat. Templat yang melewatinya menggagalkan "
    "penyusunan dengan pesan",
    "yang menyebut berkas dan barisnya.",
    "",
    "## Filter",
    "",
    "Semua angka di variabel sudah diformat cara Indonesia. Untuk menulis angka lain, gunakan filter:",
    "",
]
_NONE = "Tanpa variabel lain."
_WORD = [
    "## Templat Word (`lkj.docx`)",
    "",
    "*Blok* ditulis sebagai paragraf tersendiri `{{p nama }}`; paragraf itu diganti isi yang disusun lkj",
    "(teks, tabel, grafik). Nilai lain ditulis `{{ nama }}` di dalam kalimat.",
    "",
]
