"""`lkj build --pdf` / `--pdf-arsip`: a tagged PDF in Indonesian with the report's title, PDF/A-2b on
request, and tables of contents whose page numbers are those of the pages the headings are on."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import JAMBI

pikepdf = pytest.importorskip("pikepdf")

TITLE = "Laporan Kinerja Dinas Komunikasi dan Informatika Kota Jambi Tahun 2022"
# what a PDF reader may find in a structure tree without a role map (ISO 32000-1, 14.8.4)
STANDARD = {"Document", "Part", "Sect", "Div", "P", "H1", "H2", "H3", "H4", "H5", "H6", "Span", "Link"}
STANDARD |= {"TOC", "TOCI", "Table", "TR", "TH", "TD", "Figure", "Caption", "L", "LI", "Lbl", "LBody"}


def _pdf(folder: Path, option: str) -> Path:
    from lkj.cli import cli
    from lkj.render.pdf import find_soffice

    if find_soffice() is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice atau poppler-utils tidak terpasang")
    out = folder / "jambi.docx"
    result = CliRunner().invoke(cli, ["build", str(JAMBI), "-o", str(out), option], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"ditulis: {out.with_suffix('.pdf')}" in result.output
    return out.with_suffix(".pdf")


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pdf(tmp_path_factory.mktemp("pdf"), "--pdf")


@pytest.fixture(scope="module")
def archival(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pdf(tmp_path_factory.mktemp("pdfa"), "--pdf-arsip")


def _structure(pdf: pikepdf.Pdf) -> list[str]:
    """The type of every element of the structure tree, mapped through the role map."""
    tree = pdf.Root.StructTreeRoot
    roles = {str(k)[1:]: str(v)[1:] for k, v in tree.get("/RoleMap", {}).items()}
    found, todo = [], [tree.K]
    while todo:
        node = todo.pop()
        if isinstance(node, pikepdf.Array):
            todo.extend(node)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            name = str(node.S)[1:]
            found.append(roles.get(name, name))
            if "/K" in node:
                todo.append(node.K)
    return found


def _figures(pdf: pikepdf.Pdf) -> list[str]:
    """The alternative text of every Figure of the structure tree, in no particular order."""
    roles = {str(k)[1:]: str(v)[1:] for k, v in pdf.Root.StructTreeRoot.get("/RoleMap", {}).items()}
    found, todo = [], [pdf.Root.StructTreeRoot.K]
    while todo:
        node = todo.pop()
        if isinstance(node, pikepdf.Array):
            todo.extend(node)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            if roles.get(str(node.S)[1:], str(node.S)[1:]) == "Figure":
                found.append(str(node.get("/Alt", "")))
            if "/K" in node:
                todo.append(node.K)
    return found


def _accessible(path: Path) -> list[str]:
    """Checks a screen reader relies on; returns the structure's element types."""
    with pikepdf.open(path) as pdf:
        assert bool(pdf.Root.MarkInfo.Marked) is True
        assert str(pdf.Root.Lang) == "id-ID"
        assert str(pdf.docinfo.Title) == TITLE
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True  # the title, not the file name
        elements = _structure(pdf)
    assert set(elements) <= STANDARD, set(elements) - STANDARD
    return elements


@pytest.mark.libreoffice
def test_pdf_is_tagged_in_indonesian_with_the_report_title(tagged):
    elements = _accessible(tagged)
    # the chapters are headings, the tables tables with header cells, the contents a TOC
    # the chapters and the konsep's Catatan Penyusunan
    assert elements.count("H1") == 11 and "H2" in elements and "H4" in elements
    assert "Table" in elements and "TH" in elements and "TD" in elements
    assert "TOC" in elements and "TOCI" in elements
    with pikepdf.open(tagged) as pdf:
        assert pdf.open_metadata().get("pdfaid:part") is None  # not claimed archival
        # each chart, drawn as a picture for LibreOffice (lkj.render.pdf_copy), a Figure with its text
        figures = _figures(pdf)
    assert "Capaian sasaran strategis terhadap target" in figures
    assert "Pagu dan realisasi anggaran per program" in figures
    assert "Target dan realisasi Indeks SPBE" in figures


@pytest.mark.libreoffice
def test_pdf_arsip_is_pdf_a_2b_and_tagged(archival):
    _accessible(archival)
    with pikepdf.open(archival) as pdf:
        meta = pdf.open_metadata()
        assert (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")) == ("2", "B")
        assert meta.get("dc:title") == TITLE


@pytest.mark.libreoffice
def test_every_contents_entry_gives_the_page_its_heading_is_on(tagged):
    """Front matter included: the list of tables grows by a page when it is updated, which moves the
    pages after it; a table of contents updated only once keeps the old numbers (issue 18: DAFTAR GAMBAR
    said iv, was on v)."""
    text = subprocess.run(["pdftotext", "-layout", str(tagged), "-"], capture_output=True, text=True).stdout
    printed = {}  # heading at the top of a page (under the running header) → the number in its footer
    for page in text.split("\f"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if len(lines) > 2:
            printed.setdefault(lines[1], lines[-1])
    entries = dict(re.findall(r"^ *([A-Z][A-Z ]+[A-Z])\.{3,} *([ivx]+|\d+) *$", text, re.M))
    assert set(entries) == {
        "KATA PENGANTAR",
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "DAFTAR GAMBAR",
        "IKHTISAR EKSEKUTIF",
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
        "LAMPIRAN",
        "CATATAN PENYUSUNAN",  # the konsep's last chapter
    }
    assert entries == {title: printed[title] for title in entries}
    # the sample's list of tables takes one page, its entries set as tightly as the table of contents
    # (LibreOffice's 'Figure Index 1', lkj.render.styles)
    assert entries["DAFTAR GAMBAR"] == "iv"


def test_without_libreoffice_the_docx_is_written_and_the_pdf_explained(run, tmp_path, monkeypatch):
    import lkj.render.pdf

    monkeypatch.setattr(lkj.render.pdf, "find_soffice", lambda: None)
    out = tmp_path / "jambi.docx"
    result = run("build", JAMBI, "-o", out, "--pdf-arsip")
    assert result.exit_code == 2  # an expected failure (lkj.cli.Trouble)
    assert f"ditulis: {out}" in result.output and "LibreOffice tidak terpasang" in result.output
    assert out.exists() and not out.with_suffix(".pdf").exists()
