"""Build templates/lkj.docx, the Word template of the report: `python dev/make_docx_template.py`.

The template is data: the secretariat may restyle it in Word (fonts, margins, letterhead, the logo on the
cover, the table style 'Tabel LKj', the heading texts) and rebuild. This script only makes the first
version; once edited in Word the .docx itself is the source. It holds the chapter structure with docxtpl
tags; every `{{p name }}` paragraph is replaced by generated content (see docs/templat.md).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lkj.render.lists import ensure_definitions  # noqa: E402
from lkj.render.styles import STYLES_XML, ensure_styles  # noqa: E402

FONT = "Arial"


def add_styles(document: Document) -> None:
    styles = document.styles.element
    for style_id in [*STYLES_XML, "TabelLKj"]:
        existing = styles.find(f'{qn("w:style")}[@{qn("w:styleId")}="{style_id}"]')
        if existing is not None:
            styles.remove(existing)
    ensure_styles(styles)


def set_fonts(document: Document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    for level, size in ((1, 14), (2, 12), (3, 11), (4, 11)):
        style = document.styles[f"Heading {level}"]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = level == 4
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(18 if level == 1 else 12)
        style.paragraph_format.space_after = Pt(12 if level == 1 else 6)
        style.paragraph_format.keep_with_next = True
        if level == 1:
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            style.paragraph_format.page_break_before = True
        heading_rfonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            heading_rfonts.set(qn(attr), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            heading_rfonts.attrib.pop(qn(theme), None)


def set_language(document: Document) -> None:
    """Indonesian as the document's default language (python-docx's base template says en-US): Word
    checks the spelling in Indonesian, and a PDF exported from the report declares /Lang id-ID to screen
    readers (LibreOffice takes it from this default)."""
    lang = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}"
    )
    lang.set(qn("w:val"), "id-ID")


def set_layout_defaults(document: Document) -> None:
    """Every paragraph keeps its first and last line with the rest (widow/orphan control: Word's own
    Normal template has it, python-docx's base template does not), and the list definitions lkj's lists
    use are in the numbering part (the build adds them to a template that lacks them)."""
    ppr = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}")
    if ppr.find(qn("w:widowControl")) is None:
        ppr.insert(0, parse_xml(f"<w:widowControl {nsdecls('w')}/>"))
    ensure_definitions(document.part.numbering_part.element)


def page_setup(section) -> None:
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    section.header_distance = section.footer_distance = Cm(1.25)


def page_numbers(section, fmt: str) -> None:
    sect = section._sectPr
    for old in sect.findall(qn("w:pgNumType")):
        sect.remove(old)
    number = parse_xml(f'<w:pgNumType {nsdecls("w")} w:fmt="{fmt}" w:start="1"/>')
    sect.append(number)


def header_footer(section) -> None:
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    header = section.header.paragraphs[0]
    header.text = "{{ judul_kepala }}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.runs[0].font.size = Pt(8)
    header.runs[0].font.italic = True
    header._p.get_or_add_pPr().append(
        parse_xml(
            f"<w:pBdr {nsdecls('w')}>"
            '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/></w:pBdr>'
        )
    )
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for xml in (
        '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r {ns}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r {ns}><w:t>1</w:t></w:r>",
        '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        footer._p.append(parse_xml(xml.format(ns=nsdecls("w"))))


def logo_placeholder() -> io.BytesIO:
    """The cover's placeholder logo: the one of the template this script made before (the same picture
    every time, and no matplotlib needed), else drawn."""
    import zipfile

    existing = ROOT / "templates" / "lkj.docx"
    if existing.exists():
        with zipfile.ZipFile(existing) as template:
            if "word/media/image1.png" in template.namelist():
                return io.BytesIO(template.read("word/media/image1.png"))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(1.6, 1.9), dpi=150)
    ax.add_patch(plt.Rectangle((0.03, 0.03), 0.94, 0.94, fill=False, lw=2, ls="--", ec="#7F7F7F"))
    ax.text(0.5, 0.58, "LOGO", ha="center", va="center", fontsize=16, color="#7F7F7F", weight="bold")
    ax.text(
        0.5, 0.36, "ganti gambar ini\ndi templat", ha="center", va="center", fontsize=6.5, color="#7F7F7F"
    )
    ax.set_axis_off()
    out = io.BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    plt.close(fig)
    out.seek(0)
    return out


def para(document: Document, text: str, style: str = "Isi Laporan"):
    return document.add_paragraph(text, style=style)


def cover(document: Document) -> None:
    for _ in range(2):
        para(document, "", "Subjudul Sampul")
    para(document, "LAPORAN KINERJA", "Judul Sampul")
    para(document, "{{ nama_instansi_kapital }}", "Subjudul Sampul")
    para(document, "TAHUN {{ tahun }}", "Subjudul Sampul")
    para(document, "", "Subjudul Sampul")
    logo = document.add_paragraph(style="Gambar")
    logo.add_run().add_picture(logo_placeholder(), width=Cm(4))
    for _ in range(3):
        para(document, "", "Subjudul Sampul")
    para(document, "{{ pemerintah_daerah_kapital }}", "Subjudul Sampul")
    para(document, "{{ nama_instansi_kapital }}", "Subjudul Sampul")
    para(document, "{%p if alamat %}", "Subjudul Sampul")
    para(document, "{{ alamat }}", "Normal").alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(document, "{%p endif %}", "Subjudul Sampul")
    para(document, "{{ tahun_terbit }}", "Subjudul Sampul")


FRONT = (
    ("KATA PENGANTAR", ("kata_pengantar", "tanda_tangan")),
    ("DAFTAR ISI", ("daftar_isi",)),
    ("DAFTAR TABEL", ("daftar_tabel",)),
    ("DAFTAR GAMBAR", ("daftar_gambar",)),
    ("IKHTISAR EKSEKUTIF", ("ikhtisar_eksekutif",)),
)

BODY = (
    (1, "BAB I PENDAHULUAN", None),
    (2, "1.1 Latar Belakang", "latar_belakang"),
    (2, "1.2 Gambaran Umum", "gambaran_umum"),
    (3, "1.2.1 Struktur Organisasi", "struktur_organisasi"),
    (2, "1.3 Tugas Pokok dan Fungsi", "tugas_fungsi"),
    (2, "1.4 Permasalahan yang Dihadapi", "permasalahan"),
    (2, "1.5 Dasar Hukum", "dasar_hukum"),
    (2, "1.6 Sistematika Penulisan", "sistematika"),
    (1, "BAB II PERENCANAAN KINERJA", "perencanaan_pengantar"),
    (2, "2.1 Rencana Strategis", "rencana_strategis"),
    (2, "2.2 Perjanjian Kinerja", "perjanjian_kinerja"),
    (1, "BAB III AKUNTABILITAS KINERJA", "akuntabilitas_pengantar"),
    (2, "3.1 Kerangka Pengukuran Kinerja", "kerangka_pengukuran"),
    (2, "3.2 Capaian Kinerja Organisasi", "capaian_organisasi"),
    (2, "3.3 Analisis Capaian Kinerja per Sasaran Strategis", "analisis_pengantar"),
)

ANALYSES = (
    ("a. Perbandingan Target dan Realisasi Kinerja Tahun {{ tahun }}", "target"),
    ("b. Perbandingan Realisasi dengan Tahun-Tahun Sebelumnya", "tren"),
    ("c. Perbandingan Realisasi dengan Target Akhir Renstra", "renstra"),
    ("d. Perbandingan Realisasi dengan Standar Nasional", "standar"),
    ("e. Penyebab Keberhasilan atau Kegagalan dan Solusinya", "penyebab"),
    ("f. Efisiensi Penggunaan Sumber Daya", "efisiensi"),
    ("g. Program dan Kegiatan Pendukung", "pendukung"),
)


def body(document: Document) -> None:
    for level, title, block in BODY:
        document.add_heading(title, level)
        if block:
            para(document, f"{{{{p {block} }}}}")
    para(document, "{%p for a in analisis %}")
    document.add_heading("3.3.{{ a.nomor }} {{ a.judul }}", 3)
    para(document, "{{p a.ringkasan }}")
    for title, key in ANALYSES:
        document.add_heading(title, 4)
        para(document, f"{{{{p a.{key} }}}}")
    para(document, "{%p endfor %}")
    document.add_heading("3.4 Capaian Program, Kegiatan dan Sub Kegiatan", 2)
    para(document, "{{p program_kegiatan }}")
    para(document, "{%p if spbe %}")
    document.add_heading("3.5 Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)", 2)
    para(document, "{{p spbe }}")
    para(document, "{%p endif %}")
    document.add_heading("3.{{ nomor_anggaran }} Realisasi Anggaran", 2)
    para(document, "{{p realisasi_anggaran }}")
    document.add_heading("BAB IV PENUTUP", 1)
    document.add_heading("4.1 Kesimpulan", 2)
    para(document, "{{p kesimpulan }}")
    document.add_heading("4.2 Langkah Peningkatan Kinerja ke Depan", 2)
    para(document, "{{p langkah }}")
    document.add_heading("LAMPIRAN", 1)
    para(document, "{%p for l in lampiran %}")
    # no page break of its own: a lampiran's heading keeps with its lead-in, which keeps with its table's
    # caption (lkj.render.blocks.Content.table), and a signature's last line keeps with nothing
    document.add_heading("Lampiran {{ loop.index }}. {{ l.judul }}", 2)
    para(document, "{{p l.isi }}")
    para(document, "{%p endfor %}")


def build() -> Document:
    document = Document()
    document.core_properties.title = "Laporan Kinerja {{ nama_instansi }} Tahun {{ tahun }}"
    document.core_properties.subject = "Laporan Kinerja (LKj) Tahun {{ tahun }}"
    document.core_properties.author = "{{ nama_instansi }}"
    document.core_properties.comments = "Disusun dengan lkj"
    document.core_properties.language = "id-ID"
    set_fonts(document)
    set_language(document)
    add_styles(document)
    set_layout_defaults(document)
    first = document.sections[0]
    page_setup(first)
    first.header.is_linked_to_previous = False
    cover(document)
    front = document.add_section(WD_SECTION.NEW_PAGE)
    page_setup(front)
    page_numbers(front, "lowerRoman")
    header_footer(front)
    for index, (title, blocks) in enumerate(FRONT):
        heading = document.add_paragraph(title, style="Judul Bagian")
        if index == 0:
            heading.paragraph_format.page_break_before = False
        for block in blocks:
            para(document, f"{{{{p {block} }}}}")
    main = document.add_section(WD_SECTION.NEW_PAGE)
    page_setup(main)
    page_numbers(main, "decimal")
    header_footer(main)
    body(document)
    first_body_heading = next(p for p in document.paragraphs if p.style.name == "Heading 1")
    first_body_heading.paragraph_format.page_break_before = False
    return document


def main() -> None:
    document = build()
    document.paragraphs[0].runs  # noqa: B018 - keep python-docx from optimising the empty first paragraph away
    document.settings.element.append(parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>'))
    target = ROOT / "templates" / "lkj.docx"
    target.parent.mkdir(exist_ok=True)
    document.save(target)
    print(f"ditulis: {target.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
