"""What a user reads when something fails is lkj's sentence in Bahasa Indonesia, saying what happened and
what to do; a library's own (English) words follow it only as a short detail in parentheses: one line,
cut between words, no temporary folder's path, no object's address."""

from __future__ import annotations

import datetime as dt
import zipfile

from tests.conftest import JAMBI, ROOT
from tests.corpus import INS, SEK, edit
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


def _told(found: list[dict[str, str]], file: str, sheet: str, cell: str) -> list[tuple[str, str]]:
    return [
        (f["code"], f["message"]) for f in found if (f["file"], f["sheet"], f["cell"]) == (file, sheet, cell)
    ]


def test_a_time_or_a_duration_is_quoted_as_staff_see_it_and_told_once(run, jambi_copy):
    """Excel gives a cell formatted as a time or as [h]:mm a time or a duration; the message quotes it as
    the cell shows it, and no rule then calls the cell empty or its stand-in a year."""
    edit(INS, "Profil", {"B12": dt.time(8, 30)})(jambi_copy)
    edit(SEK, "Identitas", {"B5": dt.timedelta(days=1, hours=2)})(jambi_copy)
    edit(SEK, "Program", {"I4": dt.time(8, 30)})(jambi_copy)
    result = run("validate", jambi_copy, "--format", "json")
    found = findings(result)
    assert _told(found, INS, "Profil", "B12") == [
        (
            "cell.date",
            'Kolom "Tanggal Penandatanganan" berisi jam 08.30, bukan tanggal. Ketik tanggal seperti '
            "17/08/2024 atau 17 Agustus 2024.",
        )
    ]
    assert _told(found, SEK, "Identitas", "B5") == [
        (
            "cell.year",
            'Kolom "Tahun Laporan" berisi durasi 26.00 (jam.menit), bukan angka. Ketik tahun empat angka, '
            "mis. 2022.",
        )
    ]
    assert _told(found, SEK, "Program", "I4") == [
        (
            "cell.number",
            'Kolom "Realisasi" berisi jam 08.30, bukan angka. Ketik angkanya saja, mis. 98,5 atau 1.250.',
        )
    ]
    assert "datetime" not in result.stdout and not [f for f in found if f["code"] == "file.year"]


def test_a_number_or_duration_in_a_date_column_is_no_date_of_1900(run, jambi_copy):
    """4,5 in a plain cell, and 30 hours typed into the date-formatted signing date (Excel shows it as
    1 January 1900 06:00): neither is a date a report is signed on."""
    edit(INS, "PK Versi", {"C4": 4.5})(jambi_copy)
    edit(INS, "Profil", {"B12": dt.timedelta(hours=30)})(jambi_copy)
    found = findings(run("validate", jambi_copy, "--format", "json"))
    assert _told(found, INS, "PK Versi", "C4") == [
        (
            "cell.date",
            'Kolom "Tanggal" berisi 4,5, yang dibaca sebagai tanggal 03/01/1900: di luar tahun 2000–2100, '
            "jadi mungkin jam, durasi atau angka yang diformat sebagai tanggal. Ketik tanggal seperti "
            "17/08/2024 atau 17 Agustus 2024.",
        )
    ]
    assert _told(found, INS, "Profil", "B12") == [
        (
            "cell.date",
            'Kolom "Tanggal Penandatanganan" berisi tanggal 01/01/1900 06.00: di luar tahun 2000–2100, jadi '
            "mungkin jam, durasi atau angka yang diformat sebagai tanggal. Ketik tanggal seperti 17/08/2024 "
            "atau 17 Agustus 2024.",
        )
    ]
