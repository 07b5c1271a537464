"""Render docs/templat.md: every tag of the Word template and every variable of the text templates.

The list is recorded from real builds of the two sample data sets (with the workbook's replacement texts
removed, so every default text template runs), never written by hand: it cannot drift from the code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields, is_dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from markupsafe import Markup

from lkj.render.blocks import Block
from lkj.render.styles import USES

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = (ROOT / "input", ROOT / "tests" / "data" / "sukamaju")


# What each field of the template data means, for the secretariat (user-facing, so Bahasa Indonesia).
# render_markdown() refuses to run when a field has no entry here, so the list cannot fall behind.
KETERANGAN = {
    "Umum": "Data instansi, tersedia di setiap templat teks sebagai `u`.",
    "Umum.nama_instansi": "nama perangkat daerah",
    "Umum.singkatan": "singkatan nama instansi (nama lengkap bila tidak diisi)",
    "Umum.pemerintah_daerah": "nama pemerintah daerah",
    "Umum.tahun": "tahun laporan",
    "Umum.tahun_terbit": "tahun tanggal laporan (tahun laporan + 1 bila tanggal tidak diisi)",
    "Umum.tanggal": "tanggal laporan, sudah diformat",
    "Umum.tempat": "tempat penandatanganan",
    "Umum.kepala_nama": "nama kepala perangkat daerah",
    "Umum.kepala_jabatan": "jabatan kepala perangkat daerah",
    "Umum.kepala_pangkat": "pangkat/golongan kepala",
    "Umum.kepala_nip": "NIP kepala",
    "Umum.kepala_daerah": "jabatan kepala daerah (Wali Kota, Bupati, Gubernur)",
    "Umum.kepala_daerah_nama": "nama kepala daerah",
    "Umum.tugas_pokok": "tugas pokok dari lembar Profil",
    "Umum.renstra_awal": "tahun awal Renstra",
    "Umum.renstra_akhir": "tahun akhir Renstra",
    "Umum.jumlah_bidang": "jumlah bidang/sekretariat di lembar Bidang",
    "Umum.jumlah_fungsi": "jumlah butir fungsi di lembar Uraian",
    "Umum.jumlah_sasaran": "jumlah sasaran strategis",
    "Umum.jumlah_indikator": "jumlah indikator kinerja",
    "SasaranView": "Satu sasaran strategis dengan capaian, indikator, program dan anggarannya.",
    "SasaranView.nomor": "nomor urut sasaran",
    "SasaranView.kode": "kode sasaran",
    "SasaranView.nama": "rumusan sasaran",
    "SasaranView.capaian": "capaian sasaran (rata-rata capaian indikatornya)",
    "SasaranView.catatan": "penjelasan bila capaian tidak dapat dihitung",
    "SasaranView.predikat": "predikat capaian (mis. Melebihi Target)",
    "SasaranView.kategori": "kategori skala nilai (mis. Sangat Tinggi)",
    "SasaranView.indikator": "indikator sasaran",
    "SasaranView.program": "program yang mendukung sasaran",
    "SasaranView.anggaran": "anggaran program pendukung",
    "SasaranView.efisiensi": "efisiensi penggunaan anggaran sasaran",
    "IndikatorView": "Satu indikator kinerja dengan target, realisasi, capaian dan analisisnya.",
    "IndikatorView.kode": "kode indikator",
    "IndikatorView.nama": "nama indikator",
    "IndikatorView.satuan": "satuan",
    "IndikatorView.jenis": "IKU atau IKT",
    "IndikatorView.polaritas": "max, min atau range",
    "IndikatorView.polaritas_teks": "arti polaritas dalam kalimat",
    "IndikatorView.bidang": "bidang penanggung jawab",
    "IndikatorView.target": "target tahun ini dengan satuan",
    "IndikatorView.sumber_target": "dokumen asal target (versi PK terakhir)",
    "IndikatorView.realisasi": "realisasi dengan satuan",
    "IndikatorView.capaian": "capaian dalam persen",
    "IndikatorView.catatan": "mengapa capaian kosong, atau bagaimana capaian disesuaikan/dikonversi",
    "IndikatorView.status": "melebihi, tercapai, tidak_tercapai, belum_ada_data, tanpa_target atau "
    "tidak_dapat_dihitung",
    "IndikatorView.posisi": "realisasi terhadap target: di atas, di bawah, sama dengan, di dalam rentang",
    "IndikatorView.predikat": "predikat capaian",
    "IndikatorView.kategori": "kategori skala nilai",
    "IndikatorView.predikat_nilai": "predikat nilai untuk indikator berskala (mis. indeks SPBE: Baik)",
    "IndikatorView.konversi": "capaian diambil dari Tabel Konversi",
    "IndikatorView.tren": "perbandingan dengan tahun lalu",
    "IndikatorView.riwayat": "target, realisasi dan capaian tahun-tahun sebelumnya",
    "IndikatorView.renstra": "perbandingan dengan target akhir Renstra",
    "IndikatorView.standar": "perbandingan dengan standar nasional",
    "IndikatorView.penyebab": "penjelasan penyebab keberhasilan/kegagalan dari bidang",
    "IndikatorView.upaya": "upaya/solusi dari bidang",
    "IndikatorView.program_pendukung": "program/kegiatan pendukung dari bidang",
    "IndikatorView.tw": "realisasi triwulan I–IV",
    "TrenView": "Perbandingan realisasi dengan tahun sebelumnya.",
    "TrenView.tahun_lalu": "tahun pembanding",
    "TrenView.realisasi_lalu": "realisasi tahun pembanding",
    "TrenView.selisih": "selisih mutlak dengan satuannya",
    "TrenView.arah": "naik, turun atau tetap",
    "TrenView.relatif": "perubahan relatif (kosong bila realisasi tahun lalu nol)",
    "TrenView.membaik": "perubahan searah polaritas (kosong untuk polaritas range)",
    "RiwayatView": "Target, realisasi dan capaian satu tahun sebelumnya.",
    "RiwayatView.tahun": "tahun",
    "RiwayatView.target": "target",
    "RiwayatView.realisasi": "realisasi",
    "RiwayatView.capaian": "capaian",
    "RenstraView": "Perbandingan realisasi dengan target akhir Renstra.",
    "RenstraView.tahun_akhir": "tahun akhir Renstra",
    "RenstraView.target_akhir": "target akhir Renstra",
    "RenstraView.capaian": "capaian terhadap target akhir",
    "RenstraView.catatan": "penjelasan bila capaian disesuaikan atau kosong",
    "StandarView": "Perbandingan realisasi dengan standar nasional.",
    "StandarView.standar": "nilai standar",
    "StandarView.selisih": "selisih mutlak dengan satuannya",
    "StandarView.posisi": "di atas, di bawah atau sama dengan",
    "StandarView.memenuhi": "realisasi memenuhi standar menurut polaritas",
    "AnggaranView": "Pagu dan realisasi anggaran, sudah diformat rupiah.",
    "AnggaranView.pagu": "pagu",
    "AnggaranView.realisasi": "realisasi",
    "AnggaranView.serapan": "serapan (realisasi/pagu)",
    "AnggaranView.silpa": "sisa anggaran (SiLPA)",
    "AnggaranView.fisik": "rata-rata realisasi fisik",
    "ProgramView": "Satu program dengan anggaran dan indikator programnya.",
    "ProgramView.kode": "kode program",
    "ProgramView.nama": "nama program",
    "ProgramView.bidang": "bidang pelaksana",
    "ProgramView.anggaran": "anggaran program",
    "ProgramView.indikator": "indikator program: nama, target, realisasi, capaian",
    "EfisiensiView": "Efisiensi penggunaan sumber daya menurut metode di lembar Pengaturan.",
    "EfisiensiView.metode": "metode efisiensi",
    "EfisiensiView.label": "kesimpulan (Efisien, Tidak Efisien …)",
    "EfisiensiView.nilai": "nilai efisiensi",
    "EfisiensiView.catatan": "ambang atau penjelasan",
}

FILTER_EXAMPLES: tuple[tuple[str, Any, str], ...] = (
    ("angka", Decimal("1234567.891"), "{{ x|angka(2) }}"),
    ("persen", Decimal("98.0767"), "{{ x|persen }}"),
    ("rupiah", 14883605435, "{{ x|rupiah }}"),
    ("tanggal", date(2024, 8, 17), "{{ x|tanggal }}"),
    ("terbilang", Decimal("2.79"), "{{ x|terbilang }}"),
    ("terbilang_rupiah", 167635000, "{{ x|terbilang_rupiah }}"),
)


class _Seen:
    def __init__(self) -> None:
        self.templates: dict[str, dict[str, list[Any]]] = {}
        self.context: dict[str, list[Any]] = {}
        self.teks: dict[str, str] = {}
        self.types: dict[str, type] = {}


def _record(seen: _Seen) -> None:
    from lkj.pipeline import checked_year
    from lkj.render import DEFAULT_TEMPLATES, assemble
    from lkj.render.narasi import Narasi
    from lkj.render.report import Report

    class RecordingNarasi(Narasi):
        def paragraphs(self, name: str, **context: Any) -> list[str]:
            variables = seen.templates.setdefault(name, {})
            for key, value in context.items():
                variables.setdefault(key, []).append(value)
            return super().paragraphs(name, **context)

    class RecordingReport(Report):
        def teks(self, bagian: str, template: str, **context: Any) -> list[str]:
            seen.teks[bagian] = template
            return super().teks(bagian, template, **context)

    for folder in SAMPLES:
        checked = checked_year(folder)
        assert checked.hasil is not None
        hasil = replace(checked.hasil, instansi=replace(checked.hasil.instansi, teks=()))
        narasi = RecordingNarasi(DEFAULT_TEMPLATES)
        report = RecordingReport(hasil, narasi, checked.warnings)
        for key, value in assemble(report).items():
            seen.context.setdefault(key, []).append(value)


def _anchor(name: str) -> str:
    return name.lower()


def _kind(value: Any, seen: _Seen) -> str:
    if isinstance(value, Block):
        return "blok"
    if isinstance(value, bool):
        return "ya/tidak"
    if isinstance(value, int):
        return "bilangan bulat"
    if isinstance(value, Decimal):
        return "bilangan"
    if isinstance(value, str):
        return "teks"
    if isinstance(value, date):
        return "tanggal"
    if is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if name not in seen.types:
            seen.types[name] = type(value)
        return f"[{name}](#{_anchor(name)})"
    if isinstance(value, dict):
        return "kamus: " + ", ".join(f"`{key}`" for key in value)
    return type(value).__name__


def _kinds(values: Iterable[Any], seen: _Seen) -> str:
    """One description of every value a variable took: "teks (bisa kosong)", "daftar IndikatorView"."""
    values = list(values)
    lists = [v for v in values if isinstance(v, list | tuple)]
    kinds = list(
        dict.fromkeys(_kind(v, seen) for v in values if v is not None and not isinstance(v, list | tuple))
    )
    if lists:
        items = [item for v in lists for item in v]
        kinds.append("daftar " + (_kinds(items, seen) if items else "(kosong pada data contoh)"))
    text = " atau ".join(kinds) if kinds else "kosong pada data contoh"
    return text + (" (bisa kosong)" if kinds and any(v is None for v in values) else "")


def _example(values: Iterable[Any]) -> str:
    for value in values:
        if value is None or value == "" or isinstance(value, Block) or is_dataclass(value):
            continue
        if isinstance(value, dict):
            continue
        if isinstance(value, list | tuple):
            if not value or not all(isinstance(v, str | int | Decimal) for v in value):
                continue
            text = ", ".join(str(v) for v in list(value)[:3]) + (", …" if len(value) > 3 else "")
        else:
            text = str(value)
        text = " ".join(text.split())
        return "`" + (text if len(text) <= 60 else text[:59] + "…").replace("`", "'") + "`"
    return ""


def _instances(seen: _Seen, cls: type) -> list[Any]:
    found: list[Any] = []

    def walk(value: Any) -> None:
        if isinstance(value, cls):
            found.append(value)
        elif is_dataclass(value) and not isinstance(value, type):
            for f in fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    for variables in seen.templates.values():
        for values in variables.values():
            walk(values)
    for values in seen.context.values():
        walk(values)
    return found


def _explain(key: str) -> str:
    try:
        return KETERANGAN[key]
    except KeyError:
        raise KeyError(f"KETERANGAN has no entry for {key}: add one (docs/templat.md is generated)") from None


def _block(block: Block) -> str:
    """What a block holds in the sample report: "2 paragraf; Tabel: Ikhtisar capaian …"."""
    from lkj.render.blocks import Caption, Toc
    from lkj.render.package import Packed

    parts = block.content.parts
    text = "".join(
        p.unpacked().decode("utf-8") if isinstance(p, Packed) else p
        for p in parts
        if isinstance(p, str | Packed)
    )
    paragraphs = len(re.findall(r"<w:p[ >]", re.sub(r"<w:tbl>.*?</w:tbl>", "", text, flags=re.S)))
    said = [f"{paragraphs} paragraf"] if paragraphs else []
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
    seen = _Seen()
    _record(seen)
    out = [
        "# Templat laporan",
        "",
        "> Dibuat otomatis oleh `python dev/make_docs.py` dari susunan laporan kedua data contoh; jangan",
        "> disunting langsung.",
        "",
        "Folder templat (bawaan `templates/`, atau folder lain dengan `lkj build --templat FOLDER`) berisi:",
        "",
        "- `lkj.docx` — templat Word: sampul, urutan bab, judul, gaya huruf, kop, logo, margin. Boleh diubah",
        "  di Word; tag `{{ … }}` dan `{%p … %}` di dalamnya harus tetap ada.",
        "- `narasi/*.j2` — kalimat-kalimat analisis yang disusun dari angka hasil perhitungan.",
        "- `teks/*.j2` — teks baku (kata pengantar, latar belakang, penutup …). Teks ini dapat juga diganti",
        "  tanpa menyentuh templat, melalui lembar **Teks** di workbook instansi.",
        "",
        "Templat dijalankan dalam *sandbox* Jinja: hanya variabel di bawah ini yang tersedia, nama yang",
        "salah menggagalkan penyusunan dengan pesan yang menyebut berkas templatnya (tidak ada laporan",
        "setengah jadi), dan teks isian staf selalu tercetak apa adanya. Di templat teks, baris kosong",
        "memisahkan paragraf; pergantian baris biasa hanya spasi.",
        "",
        "## Filter",
        "",
        "Semua angka di variabel sudah diformat cara Indonesia. Untuk menulis angka lain, gunakan filter:",
        "",
        *_table(["Filter", "Contoh", "Hasil"], _filters()),
        "",
        "## Templat Word (`lkj.docx`)",
        "",
        "*Blok* ditulis sebagai paragraf tersendiri `{{p nama }}`; paragraf itu diganti isi yang disusun lkj",
        "(teks, tabel, grafik). Nilai lain ditulis `{{ nama }}` di dalam kalimat.",
        "",
    ]
    rows = []
    for key, values in seen.context.items():
        items = [item for value in values if isinstance(value, list) for item in value]
        kind = _kinds(values, seen)
        if items and all(isinstance(item, dict) for item in items):
            keys = list(dict.fromkeys(k for item in items for k in item))
            kind = "daftar kamus: " + ", ".join(
                f"`{k}` ({_kinds((item.get(k) for item in items), seen)})" for k in keys
            )
        first = next((v for v in values if v is not None), None)
        rows.append([f"`{key}`", kind, _block(first) if isinstance(first, Block) else _example(values)])
    out += [*_table(["Tag", "Jenis", "Contoh (laporan contoh)"], rows), ""]
    _kinds((u for variables in seen.templates.values() for u in variables["u"]), seen)  # lists Umum first
    out += ["## Templat teks", "", "Setiap templat menerima `u` ([Umum](#umum)) dan `tahun`, ditambah:", ""]
    templates_dir = ROOT / "templates"
    replaceable = {template: bagian for bagian, template in seen.teks.items()}
    for path in sorted(templates_dir.glob("*/*.j2")):
        name = path.relative_to(templates_dir).as_posix()
        out += [f"### `{name}`", ""]
        if name in replaceable:
            out += [f"Diganti oleh baris bagian `{replaceable[name]}` di lembar Teks bila diisi.", ""]
        variables = seen.templates.get(name)
        if variables is None:
            out += ["**Tidak dipakai oleh laporan.**", ""]
            continue
        rows = [
            [f"`{key}`", _kinds(values, seen), _example(values)]
            for key, values in variables.items()
            if key not in ("u", "tahun")
        ]
        out += [*_table(["Variabel", "Jenis", "Contoh"], rows), ""] if rows else ["Tanpa variabel lain.", ""]
    out += ["## Jenis data", ""]
    done: set[str] = set()
    while len(done) < len(seen.types):
        name = next(n for n in seen.types if n not in done)
        done.add(name)
        cls = seen.types[name]
        instances = _instances(seen, cls)
        out += [f"### {name}", "", _explain(name), ""]
        rows = []
        for f in fields(cls):
            values = [getattr(i, f.name) for i in instances]
            rows.append([f"`{f.name}`", _kinds(values, seen), _explain(f"{name}.{f.name}"), _example(values)])
        out += [*_table(["Kolom", "Jenis", "Keterangan", "Contoh"], rows), ""]
    out += [
        "## Gaya Word yang dipakai isi laporan",
        "",
        "Ubah tampilan isi yang disusun lkj dengan mengubah gaya-gaya ini di `lkj.docx` (Beranda › Gaya):",
        "",
        *_table(["Gaya", "Dipakai untuk"], _styles()),
        "",
    ]
    return "\n".join(out)
