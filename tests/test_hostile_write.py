"""Hostile corpus, write side (issue 14): no command writes over one of its inputs, into an input folder,
onto a special file, or over a file it did not write as that kind; nothing lkj writes into a workbook is
a formula. Failing disks and signals while writing: test_hostile_write_signals.

Every case goes through the public commands and checks the exact outcome: exit status, the path named in
the message, every file involved unchanged to the byte and to the modification time, no stray file."""

from __future__ import annotations

import io
import os
import re
import shutil
import socket
import stat
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj.contract import LIST_SHEET
from tests.conftest import ROOT, SUKAMAJU, build
from tests.helpers import edit_cells, refused, state

FORMULA = "=cmd|' /C calc'!A0"
HOSTILE_TEXT = [FORMULA, "+1+1", "-2+3", "@SUM(A1)", "#N/A"]  # as many as the sample has bidang


def modified_by(path: Path) -> str:
    found = re.search(rb"lastModifiedBy>([^<]*)<", zipfile.ZipFile(path).read("docProps/core.xml"))
    return found.group(1).decode() if found else ""


def saved_by(path: Path, name: str) -> None:
    """The file as Word or Excel leaves it once someone saved it: their name as last modified by."""
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["docProps/core.xml"] = re.sub(
        rb"(lastModifiedBy>)[^<]*(<)", rb"\g<1>" + name.encode() + rb"\g<2>", members["docProps/core.xml"]
    )
    with zipfile.ZipFile(path, "w") as archive:
        for n, data in members.items():
            archive.writestr(n, data)


def type_text(path: Path, sheet: str, cells: dict[str, str]) -> None:
    """Text typed into cells formatted as text (as the templates' text columns are): '=…' stays text."""
    wb = openpyxl.load_workbook(path)
    for ref, text in cells.items():
        wb[sheet][ref] = text
        wb[sheet][ref].data_type = "s"
    wb.save(path)


def formulas(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/[^/]+\.xml", n)]
        return [f for n in sheets for f in re.findall(r"<f[ >/].*?(?:</f>|/>)", archive.read(n).decode())]


# --- lkj templates ---------------------------------------------------------------------------------


def test_templates_never_replace_a_filled_workbook(run, jambi_copy):
    before = state(jambi_copy)
    result = run("templates", jambi_copy)
    refused(result, jambi_copy / "00-instansi.xlsx")
    assert "--ganti" in result.output
    assert state(jambi_copy) == before


def test_templates_name_every_workbook_in_the_way_and_replace_blank_ones_only_when_told(run, tmp_path):
    out = tmp_path / "kosong"
    assert run("templates", out, "--tahun", "2024").exit_code == 0
    before = state(out)
    result = run("templates", out, "--tahun", "2024")
    refused(result, out / "00-instansi-2024.xlsx", out / "bidang-2024.xlsx")
    assert state(out) == before
    assert run("templates", out, "--tahun", "2024", "--ganti").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["00-instansi-2024.xlsx", "bidang-2024.xlsx"]
    assert {p: data for p, (data, _) in state(out).items()} == {p: data for p, (data, _) in before.items()}


def test_templates_never_replace_a_filled_or_unreadable_workbook_even_when_told(run, jambi_copy, tmp_path):
    """--ganti replaces blank workbooks; one someone typed into (or one that cannot be read to tell) is
    kept, and named with what to do."""
    out = tmp_path / "kosong"
    assert run("templates", out, "--tahun", "2024").exit_code == 0
    (out / "bidang-2024.xlsx").write_bytes(b"rusak")
    edit_cells(out / "00-instansi-2024.xlsx", "Profil", {"B4": "Dinas Contoh"})
    before = state(out, jambi_copy)
    for folder in (jambi_copy, out):
        result = run("templates", folder, *(("--tahun", "2024") if folder == out else ()), "--ganti")
        refused(result)
    assert result.output.splitlines()[-3:] == [
        "Gagal: 2 workbook sudah diisi; tidak ada yang ditulis:",
        f"  - '{out / '00-instansi-2024.xlsx'}' sudah diisi (lembar Profil), sehingga tidak diganti templat "
        "kosong, juga dengan --ganti. Pindahkan berkas itu ke folder lain bila memang ingin menggantinya.",
        f"  - '{out / 'bidang-2024.xlsx'}' tidak dapat dibaca untuk memastikan bahwa isinya kosong, sehingga "
        "tidak diganti templat kosong, juga dengan --ganti. Pindahkan berkas itu ke folder lain bila memang "
        "ingin menggantinya.",
    ]
    assert state(out, jambi_copy) == before


@pytest.mark.parametrize("where", ["itself", "inside", "through a link"])
def test_templates_never_write_into_the_folder_they_are_made_from(run, jambi_copy, tmp_path, where):
    outdir = {"itself": jambi_copy, "inside": jambi_copy / "bagikan", "through a link": tmp_path / "tautan"}
    if where == "through a link":
        outdir[where].symlink_to(jambi_copy, target_is_directory=True)
    before = state(tmp_path)
    result = run("templates", outdir[where], "--dari", jambi_copy)
    refused(result, outdir[where])
    assert str(jambi_copy) in result.output
    assert state(tmp_path) == before


def test_templates_from_a_folder_without_workbooks_say_so_and_write_nothing(run, tmp_path):
    (tmp_path / "kosong").mkdir()
    before = state(tmp_path)
    refused(run("templates", tmp_path / "bagikan", "--dari", tmp_path / "kosong"), tmp_path / "kosong")
    assert state(tmp_path) == before


def test_the_blank_instansi_workbook_is_named_apart_from_the_filled_one(run, jambi_copy, tmp_path):
    result = run("templates", tmp_path / "bagikan", "--dari", jambi_copy)
    assert result.exit_code == 0
    made = {p.name for p in (tmp_path / "bagikan").iterdir()}
    assert "00-instansi-kosong-2022.xlsx" in made
    assert not made & {p.name for p in jambi_copy.iterdir()}  # copied back, none takes a filled one's place


def test_staff_text_in_handouts_is_text_whatever_it_starts_with(run, jambi_copy, tmp_path):
    type_text(jambi_copy / "00-instansi.xlsx", "Bidang", {f"A{4 + i}": t for i, t in enumerate(HOSTILE_TEXT)})
    assert run("templates", tmp_path / "bagikan", "--dari", jambi_copy).exit_code == 0
    handouts = sorted((tmp_path / "bagikan").glob("0[1-9]-*.xlsx"))
    assert len(handouts) == len(HOSTILE_TEXT)
    for handout, text in zip(handouts, HOSTILE_TEXT, strict=True):
        assert formulas(handout) == []
        wb = openpyxl.load_workbook(handout)
        name = wb["Identitas"]["B4"]
        assert (name.value, name.data_type) == (text, "s")
        listed = [c for row in wb[LIST_SHEET].iter_rows() for c in row if c.value in HOSTILE_TEXT]
        assert len(listed) == len(HOSTILE_TEXT) and {c.data_type for c in listed} == {"s"}


def test_filled_samples_store_text_as_text(tmp_path):
    from lkj.contract import WORKBOOKS
    from lkj.xlsx.fill import fill_workbook

    out = tmp_path / "contoh.xlsx"
    fill_workbook(WORKBOOKS["bidang"], {"identitas": {"nama_bidang": FORMULA}}, out)
    assert formulas(out) == []
    assert openpyxl.load_workbook(out)["Identitas"]["B4"].value == FORMULA


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40) | st.sampled_from(["_x0041_", "a\rb", "\ufffe", "=1+1", "#DIV/0!", " spasi "]))
def test_any_text_lkj_writes_into_a_cell_is_read_back_as_that_text(text):
    """Property: whatever the text, the workbook's XML parses, holds no formula, and the text read back (by
    the reader's own library, as Excel shows it) is the text written."""
    from lxml import etree
    from python_calamine import CalamineWorkbook

    from lkj.xlsx.cells import put
    from lkj.xlsx.save import save

    wb = openpyxl.Workbook()
    for column, value in enumerate(("awal", text, "akhir"), start=1):  # text between: kept when empty
        put(wb.active, 1, column, value)
    buffer = io.BytesIO()
    save(wb, buffer)
    with zipfile.ZipFile(buffer) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                root = etree.fromstring(archive.read(name))
                assert root.find(".//{*}f") is None, name
    buffer.seek(0)
    shown = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")  # not characters: stay escaped
    assert CalamineWorkbook.from_filelike(buffer).get_sheet_by_index(0).to_python()[0] == [
        "awal",
        shown,
        "akhir",
    ]


# --- lkj build ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    ["an input workbook", "new in the input folder", "in a subfolder", "hard link", "symlink", "template"],
)
def test_build_never_writes_over_or_into_its_inputs(run, sukamaju_copy, tmp_path, target):
    templates = tmp_path / "templat"
    shutil.copytree(ROOT / "templates", templates)
    workbook = sukamaju_copy / "00-instansi.xlsx"
    out = {
        "an input workbook": workbook,
        "new in the input folder": sukamaju_copy / "laporan.docx",
        "in a subfolder": sukamaju_copy / "laporan" / "laporan.docx",
        "hard link": tmp_path / "tautan.docx",
        "symlink": tmp_path / "simbol.docx",
        "template": templates / "lkj.docx",
    }[target]
    if target == "hard link":
        os.link(workbook, out)
    elif target == "symlink":
        out.symlink_to(workbook)
    before = state(tmp_path)
    result = run("build", sukamaju_copy, "-o", out, "--templat", templates, "--ganti")
    refused(result, out)
    assert state(tmp_path) == before


def test_the_default_output_folder_inside_the_input_folder_is_refused(run, sukamaju_copy):
    before = state(sukamaju_copy)
    result = run("build", sukamaju_copy, "--output-dir", sukamaju_copy / "output")
    refused(result, sukamaju_copy)
    assert state(sukamaju_copy) == before


@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "link to a device"])
def test_build_writes_only_to_a_regular_file(run, tmp_path, kind):
    target = tmp_path / "keluaran.docx"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "socket":
        listening = socket.socket(socket.AF_UNIX)
        listening.bind(str(target))
    else:
        if os.geteuid() != 0:
            pytest.skip("a device node can only be made by root")
        device = tmp_path / "null"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the system's /dev/null, made here
        target.symlink_to(device) if kind == "link to a device" else device.rename(target)
    before = state(tmp_path)
    result = run("build", SUKAMAJU, "-o", target, "--ganti")
    refused(result, target)
    assert "bukan berkas biasa" in result.output
    assert state(tmp_path) == before


def test_build_replaces_only_a_report_nobody_saved_since(run, tmp_path):
    out = tmp_path / "laporan.docx"
    assert run("build", SUKAMAJU, "-o", out).exit_code == 0
    assert run("build", SUKAMAJU, "-o", out).exit_code == 0  # its own report: replaced
    saved_by(out, "Budi Santoso")  # edited in Word since
    before = state(tmp_path)
    result = run("build", SUKAMAJU, "-o", out)
    refused(result, out)
    assert "--ganti" in result.output
    assert state(tmp_path) == before
    assert run("build", SUKAMAJU, "-o", out, "--ganti").exit_code == 0
    assert modified_by(out) == "lkj"


@pytest.mark.parametrize("content", ["text", "word document", "empty"])
def test_build_never_replaces_a_file_it_did_not_write(run, tmp_path, content):
    out = tmp_path / "laporan.docx"
    if content == "word document":
        import docx

        docx.Document().save(str(out))
    else:
        out.write_bytes(b"catatan rapat, bukan laporan" if content == "text" else b"")
    before = state(tmp_path)
    refused(run("build", SUKAMAJU, "-o", out), out)
    assert state(tmp_path) == before


def test_build_refuses_a_pdf_it_did_not_write_before_writing_anything(run, tmp_path):
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF-1.4 hasil pindai yang sudah ditandatangani")
    before = state(tmp_path)
    result = run("build", SUKAMAJU, "-o", tmp_path / "laporan.docx", "--pdf")
    refused(result, tmp_path / "laporan.pdf")
    assert state(tmp_path) == before


@pytest.mark.libreoffice
def test_build_replaces_its_own_pdf_and_no_edited_one(run, tmp_path):
    from lkj.render.pdf import find_soffice

    if find_soffice() is None or shutil.which("pdfinfo") is None:
        pytest.skip("LibreOffice or poppler-utils not installed")
    out, pdf = tmp_path / "laporan.docx", tmp_path / "laporan.pdf"
    assert run("build", SUKAMAJU, "-o", out, "--pdf").exit_code == 0
    assert run("build", SUKAMAJU, "-o", out, "--pdf").exit_code == 0  # its own PDF: replaced
    checked = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stderr == "" and "Pages:" in checked.stdout
    # a PDF editor (a signature, a stamp) appends its update after the end lkj wrote
    pdf.write_bytes(pdf.read_bytes() + b"999 0 obj\n<<>>\nendobj\nstartxref\n1234\n%%EOF\n")
    before = state(tmp_path)
    refused(run("build", SUKAMAJU, "-o", out, "--pdf"), pdf)
    assert state(tmp_path) == before


def test_a_report_is_a_docx(run, tmp_path):
    result = run("build", SUKAMAJU, "-o", tmp_path / "laporan.pdf", "--pdf")
    refused(result, tmp_path / "laporan.pdf")
    assert ".docx" in result.output and not list(tmp_path.iterdir())


def test_an_output_under_a_file_is_refused(run, tmp_path):
    (tmp_path / "laporan.docx").write_bytes(b"isi")
    before = state(tmp_path)
    result = run("build", SUKAMAJU, "-o", tmp_path / "laporan.docx" / "baru.docx")
    refused(result, tmp_path / "laporan.docx")
    assert "bukan folder" in result.output
    assert state(tmp_path) == before


def test_missing_folders_of_the_output_are_made(run, tmp_path):
    assert run("build", SUKAMAJU, "-o", tmp_path / "2024" / "final" / "laporan.docx").exit_code == 0
    assert [p.name for p in (tmp_path / "2024" / "final").iterdir()] == ["laporan.docx"]


# --- lkj validate --annotate -------------------------------------------------------------------------


@pytest.mark.parametrize("inside", [False, True])
def test_annotated_copies_never_go_into_the_input_folder(run, jambi_copy, inside):
    shutil.copy(jambi_copy / "02-informasi-komunikasi-publik.xlsx", jambi_copy / "x-dengan-catatan.xlsx")
    edit_cells(jambi_copy / "01-sekretariat.xlsx", "Sub Kegiatan", {"G4": "abc"})
    outdir = jambi_copy / "periksa" if inside else jambi_copy
    before = state(jambi_copy)
    result = run("validate", jambi_copy, "--annotate", outdir, "--ganti")
    refused(result, outdir)
    assert "Sub Kegiatan!G4" in result.output  # the findings are still told
    assert state(jambi_copy) == before


def test_annotate_replaces_only_its_own_copies(run, jambi_copy, tmp_path):
    edit_cells(jambi_copy / "01-sekretariat.xlsx", "Sub Kegiatan", {"G4": "abc"})
    outdir = tmp_path / "periksa"
    copy = outdir / "01-sekretariat-dengan-catatan.xlsx"
    assert run("validate", jambi_copy, "--annotate", outdir).exit_code == 1
    assert run("validate", jambi_copy, "--annotate", outdir).exit_code == 1  # its own copies: replaced
    saved_by(copy, "Ani")  # the sub-coordinator fixed cells in the copy and saved it
    before = state(tmp_path)
    result = run("validate", jambi_copy, "--annotate", outdir)
    refused(result, copy)
    assert state(tmp_path) == before
    assert run("validate", jambi_copy, "--annotate", outdir, "--ganti").exit_code == 1
    assert modified_by(copy) == "lkj validate"


def test_an_annotated_copy_gains_no_formula(run, jambi_copy, tmp_path):
    book = jambi_copy / "01-sekretariat.xlsx"
    type_text(book, "Sub Kegiatan", {"G4": FORMULA})
    edit_cells(book, "Sub Kegiatan", {"H4": "=G4*2"})  # a formula of the input's own: kept as it was
    assert run("validate", jambi_copy, "--annotate", tmp_path / "periksa").exit_code == 1
    copy = tmp_path / "periksa" / "01-sekretariat-dengan-catatan.xlsx"
    assert formulas(copy) == formulas(book) == ["<f>G4*2</f>"]
    cell = openpyxl.load_workbook(copy)["Sub Kegiatan"]["G4"]
    assert (cell.value, cell.data_type) == (FORMULA, "s") and cell.comment is not None


def test_a_workbook_that_cannot_be_marked_gets_no_copy_and_the_others_do(run, jambi_copy, tmp_path):
    book = jambi_copy / "01-sekretariat.xlsx"
    edit_cells(book, "Sub Kegiatan", {"G4": "abc"})
    edit_cells(jambi_copy / "03-aplikasi-informatika.xlsx", "Sub Kegiatan", {"G4": "abc"})
    with zipfile.ZipFile(book) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    sheet = "xl/worksheets/sheet5.xml"  # Sub Kegiatan: a hyperlink openpyxl cannot read, the reader skips
    members[sheet] = members[sheet].replace(
        b"</sheetData>", b'</sheetData><hyperlinks><hyperlink ref="!!"/></hyperlinks>'
    )
    with zipfile.ZipFile(book, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    before = state(jambi_copy)
    result = run("validate", jambi_copy, "--annotate", tmp_path / "periksa")
    assert result.exit_code == 1 and "tak terduga" not in result.output  # the findings' status
    assert "01-sekretariat.xlsx" in result.output and "Sub Kegiatan!G4" in result.output
    assert (
        "tidak ditulis: salinan bercatatan 01-sekretariat.xlsx: openpyxl tidak dapat membaca" in result.output
    )
    made = sorted(p.name for p in (tmp_path / "periksa").iterdir())
    assert "03-aplikasi-informatika-dengan-catatan.xlsx" in made
    assert "01-sekretariat-dengan-catatan.xlsx" not in made
    assert state(jambi_copy) == before


# --- lkj diff ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> tuple[Path, Path]:
    from tests.conftest import JAMBI

    folder = tmp_path_factory.mktemp("laporan")
    return build(JAMBI, folder / "lama.docx"), build(SUKAMAJU, folder / "baru.docx")


@pytest.fixture
def pair(reports, tmp_path) -> tuple[Path, Path]:
    old, new = tmp_path / "lama.docx", tmp_path / "baru.docx"
    shutil.copy2(reports[0], old)
    shutil.copy2(reports[1], new)
    return old, new


@pytest.mark.parametrize("option", ["--html", "--redline"])
@pytest.mark.parametrize("over", [0, 1])
def test_diff_never_writes_over_the_reports_it_compares(run, pair, tmp_path, option, over):
    before = state(tmp_path)
    result = run("diff", *pair, option, pair[over], "--ganti")
    refused(result, pair[over])
    assert state(tmp_path) == before


def test_diff_outputs_replace_only_their_own_kind(run, pair, tmp_path):
    page, redline = tmp_path / "perubahan.html", tmp_path / "perubahan.docx"
    for _ in range(2):  # the second run replaces its own page and redline
        assert run("diff", *pair, "--html", page, "--redline", redline).exit_code == 1
    assert modified_by(redline) == "lkj diff"
    report = tmp_path / "laporan.docx"
    shutil.copy2(pair[0], report)
    page.write_text("<html>catatan pereviu</html>", encoding="utf-8")
    before = state(tmp_path)
    refused(run("diff", *pair, "--html", page), page)  # a page someone else wrote
    refused(run("diff", *pair, "--redline", report), report)  # a report is not a redline
    refused(run("build", SUKAMAJU, "-o", redline), redline)  # nor a redline a report
    refused(run("diff", *pair, "--html", redline, "--redline", redline), redline)
    assert state(tmp_path) == before


def test_diff_of_folders_writes_nothing_into_them(run, sukamaju_copy, tmp_path):
    before = state(tmp_path)
    result = run("diff", sukamaju_copy, SUKAMAJU, "--html", sukamaju_copy / "perubahan.html")
    refused(result, sukamaju_copy / "perubahan.html")
    assert state(tmp_path) == before
