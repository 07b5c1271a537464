"""The paragraph and table styles that generated content uses, by style id: the one definition from which
dev/make_docx_template.py writes templates/lkj.docx, and which the build adds to a template that lacks
one (an older or hand-made template), so that every table and caption still looks as intended.
Styles the template already has are never touched: they are the secretariat's to restyle.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

TEXT_WIDTH = 8788  # twips: A4 between the template's margins (3 and 2,5 cm): where a page number ends
ENTRY_ROOM = 567  # twips: the room a table of contents keeps free for the page number ("xiii", "123")

# style id → (name shown in Word, type, based on, pPr/rPr body)
STYLES_XML = {
    "IsiLaporan": (
        "Isi Laporan",
        "paragraph",
        "Normal",
        '<w:pPr><w:widowControl/><w:spacing w:after="120" w:line="360" w:lineRule="auto"/>'
        '<w:jc w:val="both"/></w:pPr>',
    ),
    # a list item: numbered by its list's definition (lkj.render.lists), which also indents it; never
    # justified (a short line of a justified item was stretched across the page)
    "DaftarBernomor": (
        "Daftar Bernomor",
        "paragraph",
        "IsiLaporan",
        '<w:pPr><w:spacing w:after="60"/><w:jc w:val="left"/></w:pPr>',
    ),
    "TeksTabel": (
        "Teks Tabel",
        "paragraph",
        "Normal",
        '<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>',
    ),
    "TeksTabelKecil": (
        "Teks Tabel Kecil",
        "paragraph",
        "TeksTabel",
        '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
    ),
    "TeksTabelMini": (  # 8 pt, as TeksTabelKecil: no table text is smaller (issue 18); kept for templates
        "Teks Tabel Mini",
        "paragraph",
        "TeksTabel",
        '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
        '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>',
    ),
    "JudulBagian": (
        "Judul Bagian",
        "paragraph",
        "Normal",
        '<w:pPr><w:keepNext/><w:pageBreakBefore/><w:spacing w:after="360"/><w:jc w:val="center"/>'
        '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>',
    ),
    "JudulSampul": (
        "Judul Sampul",
        "paragraph",
        "Normal",
        '<w:pPr><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>',
    ),
    "SubjudulSampul": (
        "Subjudul Sampul",
        "paragraph",
        "Normal",
        '<w:pPr><w:spacing w:after="120"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>',
    ),
    # a signature's lines keep together by their own keepNext, all but the last (lkj.render.front): the
    # style does not keep, or the last line would draw the heading after it into the chain
    "TandaTangan": (
        "Tanda Tangan",
        "paragraph",
        "Normal",
        '<w:pPr><w:keepLines/><w:spacing w:after="0"/><w:ind w:left="4820"/><w:jc w:val="center"/></w:pPr>',
    ),
    "Catatan": (
        "Catatan",
        "paragraph",
        "Normal",
        '<w:pPr><w:spacing w:after="120"/></w:pPr>'
        '<w:rPr><w:i/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>',
    ),
    # a label over the paragraphs it names (an indicator's name in the analyses): never left alone at the
    # foot of a page
    "Label": (
        "Label",
        "paragraph",
        "Normal",
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="60"/></w:pPr>'
        '<w:rPr><w:i/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>',
    ),
    "Gambar": (
        "Gambar",
        "paragraph",
        "Normal",
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="60"/><w:jc w:val="center"/>'
        "</w:pPr>",
    ),
    # a table's caption keeps with its table; a figure's (below the figure) says so itself (lkj.render.docx)
    "Caption": (
        "caption",
        "paragraph",
        "Normal",
        '<w:pPr><w:keepNext/><w:keepLines/><w:widowControl/><w:spacing w:before="120" w:after="120"/>'
        '<w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>',
    ),
    # an entry of the contents: its title wraps before the page number's column (the right indent, ENTRY_
    # ROOM) and hangs under the title, not under its number (a long title ran into its number); the
    # number stands at the right margin after the leader dots (a right tab beyond the right indent, as in
    # Word's own contents)
    "TOC1": (
        "toc 1",
        "paragraph",
        "Normal",
        f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        f'<w:spacing w:before="120" w:after="40"/><w:ind w:left="0" w:right="{ENTRY_ROOM}"/></w:pPr>'
        "<w:rPr><w:b/></w:rPr>",
    ),
    "TOC2": (
        "toc 2",
        "paragraph",
        "Normal",
        f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        f'<w:spacing w:after="40"/><w:ind w:left="{284 + 397}" w:right="{ENTRY_ROOM}" w:hanging="397"/>'
        "</w:pPr>",
    ),
    "TOC3": (
        "toc 3",
        "paragraph",
        "Normal",
        f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        f'<w:spacing w:after="40"/><w:ind w:left="{567 + 567}" w:right="{ENTRY_ROOM}" w:hanging="567"/>'
        "</w:pPr>",
    ),
    "TableofFigures": (
        "table of figures",
        "paragraph",
        "Normal",
        f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        f'<w:spacing w:after="40"/><w:ind w:left="1134" w:right="{ENTRY_ROOM}" w:hanging="1134"/></w:pPr>',
    ),
    # LibreOffice sets the entries of a list of tables or figures in a style of this name when it updates
    # the list (the PDF), not in "table of figures": the same look, so that a long title's second line
    # stands under the title, not under "Tabel"
    "FigureIndex1": ("Figure Index 1", "paragraph", "TableofFigures", ""),
}

TABLE_STYLE = (
    '<w:style w:type="table" w:styleId="TabelLKj"><w:name w:val="Tabel LKj"/>'
    '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0"/></w:pPr>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="595959"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="595959"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="595959"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="595959"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="595959"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="595959"/></w:tblBorders>'
    '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr>'
    '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr></w:style>'
)

# style id → what it is used for (docs/templat.md)
USES = {
    "IsiLaporan": "paragraf isi laporan (narasi, teks dari workbook)",
    "DaftarBernomor": "butir daftar bernomor (tugas, fungsi, dasar hukum, langkah)",
    "TeksTabel": "teks di dalam tabel",
    "TeksTabelKecil": "teks tabel yang padat (8 pt)",
    "TeksTabelMini": "teks tabel program, kegiatan dan sub kegiatan (8 pt)",
    "TabelLKj": "gaya tabel: garis, baris judul tabel",
    "Caption": "judul tabel dan gambar (Tabel 3.1 …, Gambar 2.1 …)",
    "Catatan": "catatan di bawah tabel, keterangan kecil",
    "Label": "label di atas paragraf yang dinamainya (nama indikator dalam analisis)",
    "Gambar": "paragraf yang memuat grafik",
    "TandaTangan": "blok tanda tangan",
    "Heading1": "judul bab (BAB I …)",
    "Heading2": "judul subbab (1.1 …)",
    "Heading3": "judul bagian (3.3.1 …)",
    "JudulBagian": "judul tanpa nomor bab (Kata Pengantar, Daftar Isi, Lampiran …)",
    "TOC1": "daftar isi, tingkat 1",
    "TOC2": "daftar isi, tingkat 2",
    "TOC3": "daftar isi, tingkat 3",
    "TableofFigures": "daftar tabel dan daftar gambar",
    "FigureIndex1": "daftar tabel dan daftar gambar pada PDF (LibreOffice); berdasar table of figures",
}


def style_xml(style_id: str) -> str:
    if style_id == "TabelLKj":
        return TABLE_STYLE.replace("<w:style ", f'<w:style xmlns:w="{W_NS}" ', 1)
    name, kind, based, body = STYLES_XML[style_id]
    return (
        f'<w:style xmlns:w="{W_NS}" w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="{based}"/><w:qFormat/>{body}</w:style>'
    )


def ensure_styles(styles: etree._Element) -> list[str]:
    """Add every style lkj needs that `styles` (a w:styles element) lacks; the ids added."""
    present = {s.get(f"{{{W_NS}}}styleId") for s in styles.iter(f"{{{W_NS}}}style")}
    added = []
    for style_id in [*STYLES_XML, "TabelLKj"]:
        if style_id not in present:
            styles.append(etree.fromstring(style_xml(style_id)))
            added.append(style_id)
    return added
