"""What a user reads when something fails is lkj's sentence in Bahasa Indonesia, saying what happened and
what to do; a library's own (English) words follow it only as a short detail in parentheses: one line,
cut between words, no temporary folder's path, no object's address."""

from __future__ import annotations

import zipfile

from tests.conftest import JAMBI, ROOT
from tests.corpus import SEK
from tests.hostile import cell_xml
from tests.test_hostile_read import findings, no_crash
from tests.test_hostile_render import _templates

TEMPLATE_TODO = (
    "Simpan ulang berkas itu di Word sebagai Word Document (.docx), atau salin ulang lkj.docx dari folder "
    "templates/ repositori lkj."
)


def test_a_copy_openpyxl_cannot_load_is_told_on_one_line_with_what_to_do(run, jambi_copy, tmp_path):
    """A date cell whose value openpyxl cannot parse: its error is three lines naming the source."""
    cell_xml(SEK, "Program", "I4", '<c r="I4" t="d"><v>bukan-tanggal</v></c>')(jambi_copy)
    result = run("validate", jambi_copy, "--annotate", tmp_path / "catatan")
    no_crash(result)
    told = [line for line in result.stderr.splitlines() if line.startswith("tidak ditulis:")]
    assert told == [
        f"tidak ditulis: salinan bercatatan {SEK}: openpyxl tidak dapat membaca isinya (ValueError: Unable "
        "to read workbook: could not read worksheets from None. This is most probably because the "
        "workbook…); temuan di atas tetap berlaku. Buka workbook itu di Excel, simpan ulang, lalu periksa "
        "lagi untuk mendapat salinannya."
    ]


def test_a_word_template_that_is_no_docx_is_told_with_what_to_do(run, tmp_path):
    templates = _templates(tmp_path)
    (templates / "lkj.docx").write_bytes(b"bukan dokumen Word")
    result = run("build", JAMBI, "-o", tmp_path / "laporan.docx", "--templat", templates)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        "Gagal: Templat Word 'lkj.docx' tidak dapat dibuka sebagai .docx (PackageNotFoundError: Package "
        f"not found at 'lkj.docx'). {TEMPLATE_TODO}"
    )
    assert not (tmp_path / "laporan.docx").exists()


def test_a_word_template_without_its_document_is_told_with_what_to_do(run, tmp_path):
    templates = _templates(tmp_path)
    with zipfile.ZipFile(ROOT / "templates" / "lkj.docx") as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    with zipfile.ZipFile(templates / "lkj.docx", "w") as target:
        for name, data in parts.items():
            if name != "word/document.xml":
                target.writestr(name, data)
    result = run("build", JAMBI, "-o", tmp_path / "laporan.docx", "--templat", templates)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        "Gagal: Templat Word 'lkj.docx' tidak dapat dibuka sebagai .docx (KeyError: \"There is no item "
        f"named 'word/document.xml' in the archive\"). {TEMPLATE_TODO}"
    )


def test_a_sheet_calamine_cannot_read_is_one_sentence_with_the_detail(run, jambi_copy):
    cell_xml(SEK, "Program", "I4", '<c r="I4" t="s"><v>7</v></c>')(jambi_copy)  # no shared strings at all
    found = findings(run("validate", jambi_copy, "--format", "json"))
    mine = [f for f in found if f["file"] == SEK]
    assert [(f["code"], f["sheet"]) for f in mine] == [("file.corrupt", "Program")]
    assert mine[0]["message"] == (
        'Lembar "Program" tidak dapat dibaca: ada isi yang rusak (CalamineError: Cell string index not '
        "found in shared strings table), sehingga workbook ini tidak dibaca. Buka di Excel, periksa lembar "
        "itu, lalu simpan ulang; atau salin ulang dari pengirim."
    )
