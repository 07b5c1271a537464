"""A long report's PDF is laid out in parts and joined (lkj.render.pdf_long): the Jambi sample, cut into
parts of a few pages (the sizes lowered so that it counts as long), must give the PDF the whole layout
gives: the same text in the same order, the same page count within a page, every contents entry on its
heading's page, one tagged structure tree in Indonesian, PDF/A where asked for, and working links."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import JAMBI
from tests.test_pdf import TITLE, _accessible, _figures, _pdf

pikepdf = pytest.importorskip("pikepdf")


@pytest.fixture(scope="module")
def parted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import lkj.render.pdf_long as long

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(long, "PART_PAGES", 6)
        patch.setattr(long, "LONG", 0)
        called = []
        original = long.in_parts
        patch.setattr(long, "in_parts", lambda *a: called.append(1) or original(*a))
        path = _pdf(tmp_path_factory.mktemp("parts"), "--pdf")
        assert called, "the sample was not laid out in parts"
    return path


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pdf(tmp_path_factory.mktemp("whole"), "--pdf")


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def _words(pages: list[str]) -> list[str]:
    """The words of the pages, without the running header, the page numbers in the footers and the
    watermark's letters (each page's)."""
    words = []
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        for line in lines[1:-1]:
            if len(line) <= 2 and line.isupper():
                continue  # a letter of the KONSEP watermark
            words += line.split()
    return words


@pytest.mark.libreoffice
def test_parts_give_the_text_of_the_whole_layout(parted, whole):
    apart, together = _pages(parted), _pages(whole)
    assert abs(len(apart) - len(together)) <= 1
    # the contents' page numbers may differ where a page breaks differently; the rest is word for word
    strip = re.compile(r"\.{3,}\s*(\d+|[ivx]+)$")
    assert [strip.sub("", w) for w in _words(apart)] == [strip.sub("", w) for w in _words(together)]


@pytest.mark.libreoffice
def test_parts_joined_are_one_tagged_pdf_in_indonesian(parted):
    elements = _accessible(parted)
    assert elements.count("Document") == 1
    assert elements.count("H1") == 11 and "Table" in elements and "TOC" in elements
    with pikepdf.open(parted) as pdf:
        assert "Target dan realisasi Indeks SPBE" in _figures(pdf)
        tree = pdf.Root.StructTreeRoot
        # every page's marked content maps back to elements of the tree
        numbers = list(tree.ParentTree.Nums)
        keys = {int(numbers[i]) for i in range(0, len(numbers), 2)}
        for page in pdf.pages:
            assert int(page.obj.StructParents) in keys
        assert "/Dests" not in pdf.Root  # the markers the parts were cut by are not carried over
        # nothing in the tree points at a page a part laid out but did not keep
        pages = {page.objgen for page in pdf.pages}
        todo = [tree.K]
        while todo:
            node = todo.pop()
            if isinstance(node, pikepdf.Array):
                todo.extend(node)
            elif isinstance(node, pikepdf.Dictionary):
                assert "/Pg" not in node or node.Pg.objgen in pages
                if "/S" in node or node.get("/Type") == "/MCR":
                    todo.append(node.get("/K", pikepdf.Array()))
        titles = [item.title for item in pdf.open_outline().root]
    assert titles[:2] == ["KATA PENGANTAR", "DAFTAR ISI"] and "BAB III AKUNTABILITAS KINERJA" in titles


@pytest.mark.libreoffice
def test_parts_contents_entries_give_their_headings_pages_and_link_to_them(parted):
    text = subprocess.run(["pdftotext", "-layout", str(parted), "-"], capture_output=True, text=True).stdout
    printed = {}
    for page in text.split("\f"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if len(lines) > 2:
            printed.setdefault(lines[1], lines[-1])
    entries = dict(re.findall(r"^ *([A-Z][A-Z ]+[A-Z])\.{3,} *([ivx]+|\d+) *$", text, re.M))
    assert len(entries) == 11
    assert entries == {title: printed[title] for title in entries}
    with pikepdf.open(parted) as pdf:
        pages = {page.objgen: number for number, page in enumerate(pdf.pages)}
        contents = pdf.pages[2]  # DAFTAR ISI
        links = [a for a in contents.get("/Annots", []) if "/Dest" in a]
        links.sort(key=lambda a: -float(a.Rect[1]))  # top to bottom
        targets = [pages[a.Dest[0].objgen] for a in links]
    # each entry of the first contents page links to its heading's page, in the order of the pages
    assert len(targets) >= 10 and targets == sorted(targets) and targets[-1] > 10


@pytest.mark.libreoffice
def test_parts_arsip_is_pdf_a(tmp_path):
    import lkj.render.pdf_long as long

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(long, "PART_PAGES", 10)
        patch.setattr(long, "LONG", 0)
        path = _pdf(tmp_path, "--pdf-arsip")
    _accessible(path)
    with pikepdf.open(path) as document:
        meta = document.open_metadata()
        assert (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")) == ("2", "B")
        assert meta.get("dc:title") == TITLE


def test_a_libreoffice_that_fails_on_a_part_is_named_and_leaves_nothing(run, tmp_path, monkeypatch):
    """The parts go through one LibreOffice (lkj.render.pdf._Parts); when it ends without a part's PDF,
    the build says so, the .docx stands, and no PDF, process or scratch folder is left."""
    import lkj.render.pdf as pdf
    import lkj.render.pdf_long as long

    office = tmp_path / "soffice"
    office.write_text(
        "#!/bin/sh\n"
        'for a in "$@"; do case "$a" in -env:UserInstallation=file://*) p="${a#-env:UserInstallation=file://}";;'
        " esac; done\n"
        'case "$*" in *terminate_after_init*) mkdir -p "$p/user/basic/Standard";'
        ' printf "<library:library>\\n</library:library>" > "$p/user/basic/Standard/script.xlb";'
        " exit 0;; esac\n"
        'case "$*" in *ExportParts*) echo "kertas habis" >&2; exit 1;; esac\n'
        "exit 3\n"
    )
    office.chmod(0o755)
    monkeypatch.setattr(pdf, "find_soffice", lambda: str(office))
    monkeypatch.setattr(long, "PART_PAGES", 6)
    monkeypatch.setattr(long, "LONG", 0)
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    made = []
    original = pdf.scratch_folder
    monkeypatch.setattr(pdf, "scratch_folder", lambda prefix: made.append(prefix) or original(prefix))
    out = tmp_path / "laporan.docx"
    result = run("build", JAMBI, "-o", out, "--pdf")
    assert result.exit_code == 2, result.output
    assert "LibreOffice gagal (membuat PDF bagian 1): kertas habis" in result.output
    assert out.exists() and not out.with_suffix(".pdf").exists()
    assert made and list(scratch.iterdir()) == []  # the scratch folder, its parts and jobs: gone


@pytest.mark.libreoffice
def test_parts_tag_what_the_whole_tags_once(parted, whole):
    """The pages a part lays out but does not keep leave nothing in the structure tree: no figure twice,
    no empty paragraph. Only a table or a list cut between parts may become two (a continued table's
    header rows tagged again)."""
    with pikepdf.open(parted) as apart, pikepdf.open(whole) as together:
        assert sorted(_figures(apart)) == sorted(_figures(together))
        assert _outside_tables(apart) == _outside_tables(together)


def _outside_tables(pdf: pikepdf.Pdf) -> Counter[str]:
    """How many elements of each type the structure tree has outside tables, lists counted by items."""
    roles = {str(k)[1:]: str(v)[1:] for k, v in pdf.Root.StructTreeRoot.get("/RoleMap", {}).items()}
    found: Counter[str] = Counter()
    todo = [pdf.Root.StructTreeRoot.K]
    while todo:
        node = todo.pop()
        if isinstance(node, pikepdf.Array):
            todo.extend(node)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            kind = roles.get(str(node.S)[1:], str(node.S)[1:])
            if kind == "Table":
                continue
            if kind != "L":
                found[kind] += 1
            if "/K" in node:
                todo.append(node.K)
    return found
