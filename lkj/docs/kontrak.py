"""Render the contract as Markdown (docs/kontrak-workbook.md). The docs are generated, never edited:
`python dev/make_docs.py` rewrites them and tests/test_contract.py fails when they are stale."""

from __future__ import annotations

from lkj.contract import VERSION, WORKBOOKS, FormSheet, Kind, Sheet
from lkj.contract.kinds import Column
from lkj.contract.lists import CLOSED, DYNAMIC, SUGGESTED
from lkj.docs import catalogue


def render_markdown() -> str:
    lines = [
        "# Kontrak workbook lkj",
        "",
        f"Versi templat: **{VERSION}**. Dokumen ini dibuat otomatis dari `lkj/contract/` "
        "(jangan disunting manual; jalankan `python dev/make_docs.py`).",
        "",
        "Setiap folder masukan berisi satu **workbook instansi** dan satu **workbook bidang** untuk setiap "
        "bidang. Workbook kosong dibuat dengan "
        "`lkj templates FOLDER [--tahun TAHUN] [--dari FOLDER_INSTANSI]`. Workbook tahun berikutnya dibuat "
        "dari folder masukan tahun ini dengan `lkj templates FOLDER --dari FOLDER_TAHUN_INI --tahun "
        "TAHUN_BERIKUTNYA`: yang berlanjut terisi, realisasi tahun ini menjadi riwayat di `Target Renstra`, "
        "anggaran dan realisasi kosong.",
        "",
        "Kolom wajib yang kosong dilaporkan menurut akibatnya. Bila baris tidak dapat ditempatkan atau "
        "tahun tidak dapat dihitung tanpanya (kode, nama, induk, polaritas, tahun laporan), kosong adalah "
        "**galat** (`cell.required`). Kolom lain yang bertanda *ya (kosong: belum diisi)* adalah data tahun "
        "berjalan yang boleh menyusul: kosongnya dilaporkan sebagai **belum diisi** (`cell.missing`, "
        "peringatan), dan laporan tetap dapat disusun dari data yang ada.",
        "",
        "Angka dan target dibaca dengan desimal seperti diketik, termasuk desimal yang hanya tampak dari "
        "format sel (3,40 yang diformat `0.00` dibaca 3,40, bukan 3,4). Laporan memuat setiap angka "
        "ketikan dengan desimal seperti diketik, sama di setiap tabel, kalimat dan grafik (target 60 "
        "tampil 60 di samping realisasi 91,375, bukan 60,000); tidak ada angka ketikan yang dibulatkan. "
        "Selisih dua angka ketikan tampil utuh (desimalnya mengikuti angka yang lebih rinci); persentase "
        "hasil hitung (capaian, serapan) selalu 2 desimal.",
        "",
        "**Realisasi yang dihitung aplikasi.** Kolom *Sumber Realisasi* di lembar `Indikator` menyatakan "
        "asal realisasi suatu indikator: diketik bidang penanggung jawab (kosong), persentase indikator "
        "program yang tercapai (menurut polaritas masing-masing, dari lembar `Program` seluruh bidang), "
        "Indeks SPBE, atau indeks satu domain SPBE (Kebijakan Internal, Tata Kelola, Manajemen, Layanan) "
        "dari lembar `SPBE`. Nilai hitung dibulatkan ke *Jumlah Desimal* (kosong: 2) dan `lkj hitung "
        "--rinci` menampilkan aturan dan masukannya (`realisasi.indikator-program`, `realisasi.spbe`, "
        "`realisasi.spbe-domain`). IKU berupa indeks domain tidak dibandingkan dengan Indeks SPBE "
        "keseluruhan. Angka yang tetap diketik di lembar `Capaian Indikator` untuk indikator seperti itu "
        "tidak dipakai laporan; bila berbeda dengan hasil hitung, pemeriksaan menyebutnya di selnya.",
        "",
    ]
    for spec in WORKBOOKS.values():
        lines += [f"## {spec.title}", "", f"Diisi oleh: {spec.filled_by}. {spec.purpose}", ""]
        for sheet in spec.sheets:
            lines += _sheet(sheet)
    lines += _lists()
    lines += _limits()
    lines += _rules()
    return "\n".join(lines).rstrip() + "\n"


def _sheet(sheet: Sheet) -> list[str]:
    form = isinstance(sheet, FormSheet)
    columns: tuple[Column, ...] = sheet.fields if isinstance(sheet, FormSheet) else sheet.columns
    kind = "formulir (label di kolom A, isian di kolom B)" if form else "tabel (kepala kolom di baris 3)"
    lines = [f"### Lembar `{sheet.name}`", "", f"{sheet.intro}", "", f"Bentuk: {kind}.", ""]
    lines += ["| Kolom | Kunci | Jenis | Wajib | Keterangan |", "|---|---|---|---|---|"]
    for c in columns:
        detail = c.help
        if c.choices:
            detail += f" Pilihan: {_choice_text(c.choices)}."
        if c.minimum is not None or c.maximum is not None:
            detail += f" Batas: {_bound(c.minimum)} s.d. {_bound(c.maximum)}."
        if c.max_length is not None:
            detail += f" Paling banyak {c.max_length} karakter."
        if c.default is not None:
            detail += f" Bawaan: {c.default}."
        if c.per_indicator:
            detail += " Boleh diisi pada baris lanjutan (indikator tambahan)."
        required = _required(c, sheet.essential)
        lines.append(f"| {c.header} | `{c.key}` | {c.kind.value} | {required} | {detail} |")
    return [*lines, ""]


def _required(column: Column, essential: frozenset[str]) -> str:
    if column.kind is Kind.INFO:
        return "-"
    if not column.required:
        return "tidak"
    return "ya" if column.key in essential else "ya (kosong: belum diisi)"


def _bound(value: float | None) -> str:
    return "-" if value is None else (str(int(value)) if float(value).is_integer() else str(value))


def _choice_text(name: str) -> str:
    if name in CLOSED:
        return ", ".join(f"`{v}`" for v in CLOSED[name])
    if name in SUGGESTED:
        return "saran " + ", ".join(f"`{v}`" for v in SUGGESTED[name]) + " (satuan lain boleh)"
    sheet, key = DYNAMIC[name]
    return f"daftar dari lembar {sheet} kolom `{key}`"


def _lists() -> list[str]:
    return (
        [
            "## Daftar pilihan",
            "",
            "Isian pilihan tidak peka huruf besar/kecil dan spasi; bagian sebelum tanda "
            "kurung cukup (mis. `Maksimal`).",
            "",
        ]
        + [f"- **{name}**: {_choice_text(name)}" for name in CLOSED]
        + [""]
    )


def _limits() -> list[str]:
    """The bounds the reader checks before and while reading, named in its findings."""
    from lkj.contract.kinds import NUMBER_DECIMALS
    from lkj.indonesian import angka
    from lkj.read import extent, files, package, strings, values

    def mb(size: int) -> str:
        return f"{size // package.MB} MB"

    return [
        "## Batas",
        "",
        "Batas ini jauh di atas workbook mana pun yang sebenarnya; isian yang melewatinya dinamai dalam "
        "temuan (berkas, lembar, sel) beserta batasnya.",
        "",
        "- **Angka** (rupiah, angka, persen, target, bilangan bulat): kurang dari 1.000 triliun "
        f"(10^15), dibaca sampai {NUMBER_DECIMALS} angka di belakang koma (`cell.number`, `cell.money`, "
        "`cell.target`). Jumlah dari angka-angka itu dihitung tepat, sebesar apa pun.",
        f"- **Tanggal**: tahun {values.FIRST_DATE.year}–{values.LAST_DATE.year}; jam, durasi atau angka yang "
        "diformat sebagai tanggal (3,5 tampil sebagai 2 Januari 1900) tidak dibaca sebagai tanggal "
        "(`cell.date`).",
        f"- **Satu workbook**: paling besar {mb(files.MAX_BYTES)} (`file.too-large`); setelah diurai "
        f"paling besar {mb(package.MAX_TOTAL_BYTES)}, {mb(package.MAX_MEMBER_BYTES)} per bagian, tiap "
        f"bagian paling banyak {package.MAX_RATIO} kali ukurannya di dalam berkas, dan paling banyak "
        f"{angka(package.MAX_MEMBERS)} bagian; teks yang dimuat sel-selnya, dengan teks bersama (shared "
        f"strings) dihitung sekali untuk setiap sel yang memakainya, paling banyak "
        f"{mb(strings.MAX_CELL_TEXT)} (`file.inflated`).",
        f"- **Satu lembar**: dibaca sampai baris {angka(extent.MAX_ROWS)} dan kolom IV "
        f"({extent.MAX_COLUMNS} kolom); isian di luarnya tidak dibaca, dan satu gabungan sel paling "
        f"banyak {angka(extent.MAX_MERGED)} sel (`sheet.too-large`).",
        "",
    ]


def _rules() -> list[str]:
    lines = [
        "## Kode temuan validasi",
        "",
        "Tingkat *belum diisi* adalah peringatan untuk data tahun berjalan yang belum dimasukkan. Kolom "
        "*Final* menandai temuan yang menahan laporan final (`--final`): galat, data belum diisi, dan "
        "kontradiksi antara dua sel yang boleh ada pada konsep tetapi tidak pada laporan yang "
        "ditandatangani.",
        "",
        "| Kode | Tingkat | Final | Arti |",
        "|---|---|---|---|",
    ]
    for rule in sorted(catalogue().values(), key=lambda r: r.code):
        level = "belum diisi" if rule.gap else rule.severity.label.lower()
        held = "menahan" if rule.blocks_final else ""
        lines.append(f"| `{rule.code}` | {level} | {held} | {rule.title} |")
    return [*lines, ""]
