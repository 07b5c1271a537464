"""Hostile input for the renderer, through `lkj build`: staff text that looks like the renderer's own
markers, characters XML cannot hold (in staff text, file names and template output), and templates that
are broken in every way an editor can break them. Each case asserts the exact outcome: exit status,
message, the document's text, every XML part well-formed, nothing else written."""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from lkj.read.values import clean_text
from lkj.render.blocks import MARKER
from tests.conftest import JAMBI, ROOT, SUKAMAJU
from tests.helpers import edit_cells

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ADDRESS = "Jl. Alamat Biasa No. 1"  # the reference build's address, where each case puts its own


# ---------------------------------------------------------------- reading a produced document


def xml_parts(package: bytes, prefix: str = "") -> Iterator[tuple[str, bytes]]:
    """Every XML member of a package, and of the packages inside it (a chart's workbook)."""
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        for name in zf.namelist():
            data = zf.read(name)
            if name.endswith((".xml", ".rels")):
                yield prefix + name, data
            elif name.endswith(".xlsx"):
                yield from xml_parts(data, f"{prefix}{name}!")


def assert_well_formed(docx: Path) -> None:
    parts = list(xml_parts(docx.read_bytes()))
    assert any(name == "word/document.xml" for name, _ in parts)
    for name, data in parts:
        try:
            etree.fromstring(data)
        except etree.XMLSyntaxError as exc:
            pytest.fail(f"{docx.name}: {name} is not well-formed XML: {exc}")


def _text(p: etree._Element) -> str:
    out = []
    for node in p.iter(f"{W}t", f"{W}br", f"{W}tab"):
        out.append(node.text or "" if node.tag == f"{W}t" else "\n" if node.tag == f"{W}br" else "\t")
    return "".join(out)


def paragraphs(docx: Path, part: str = "word/document.xml") -> list[str]:
    """The text of each paragraph of a part, a line break as a newline."""
    with zipfile.ZipFile(docx) as zf:
        root = etree.fromstring(zf.read(part))
    return [_text(p) for p in root.iter(f"{W}p")]


def styles(docx: Path) -> list[str]:
    with zipfile.ZipFile(docx) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    return [
        style.get(f"{W}val", "") if (style := p.find(f"{W}pPr/{W}pStyle")) is not None else ""
        for p in root.iter(f"{W}p")
    ]


def core_title(docx: Path) -> str:
    with zipfile.ZipFile(docx) as zf:
        root = etree.fromstring(zf.read("docProps/core.xml"))
    return root.findtext("{http://purl.org/dc/elements/1.1/}title")


def files(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*")}


def lkj(*args: object) -> object:
    """`lkj ARGS`, in this process (the `run` fixture, for module-scoped fixtures)."""
    from lkj.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="lkj", catch_exceptions=False)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The paragraphs of the Jambi sample's report, its address ADDRESS."""
    folder = tmp_path_factory.mktemp("acuan") / "jambi"
    shutil.copytree(JAMBI, folder)
    edit_cells(folder / "00-instansi.xlsx", "Profil", {"B10": ADDRESS})
    out = folder.parent / "acuan.docx"
    result = lkj("build", folder, "-o", out)
    assert result.exit_code == 0, result.output
    return paragraphs(out)


def built(run, folder: Path, out: Path, *options: object) -> object:
    """`lkj build FOLDER -o OUT [OPTIONS]`, checking that nothing but OUT is written, and only on success;
    a document written is well-formed throughout."""
    watched = out.parent
    before = files(watched)
    result = run("build", folder, "-o", out, *options)
    written = files(watched) - before
    assert written == ({out.relative_to(watched)} if result.exit_code == 0 else set()), result.output
    if result.exit_code == 0:
        assert_well_formed(out)
    return result


# ---------------------------------------------------------------- markers staff cannot forge

FORGED = [
    "LKJBLOK-00002",  # the marker the signature block had (it moved onto the cover)
    "LKJBLOK-99999",  # a marker of no block (the build crashed)
    MARKER.format(2),  # today's marker, typed as text
    "_LkjBlok2",
    "\ue000",  # the private-use character that stood for a staff line break
    "&#10;",  # the character reference that stands for one now
    "{_{ tahun }_} {_% if %_}",  # docxtpl's own escapes, which it undoes after rendering
    "{{ tahun }} {% if true %}x{% endif %} <w:p/> &amp;",
]


@pytest.mark.parametrize("typed", FORGED)
def test_an_address_like_a_marker_is_printed_as_typed_and_moves_nothing(
    run, jambi_copy, tmp_path, typed, reference
):
    edit_cells(jambi_copy / "00-instansi.xlsx", "Profil", {"B10": typed})
    out = tmp_path / "laporan.docx"
    result = built(run, jambi_copy, out)
    assert result.exit_code == 0, result.output
    assert paragraphs(out) == [p.replace(ADDRESS, typed) for p in reference]
    shown = styles(out)
    kata_pengantar = paragraphs(out).index("KATA PENGANTAR")
    daftar_isi = paragraphs(out).index("DAFTAR ISI")
    signed = [n for n, style in enumerate(shown) if style == "TandaTangan"]
    front = [n for n in signed if n < daftar_isi]  # the Lampiran's forms are signed too
    assert front and kata_pengantar < front[0]  # the signature where it belongs


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Satu\nDua", "Satu\nDua"),  # a line break typed by staff is kept
        ("Satu\ue000Dua", "Satu\ue000Dua"),  # a private-use character is a character
        ("Satu&#10;Dua", "Satu&#10;Dua"),
        ("Satu {_{ x }_} {_% y %_} Dua", "Satu {_{ x }_} {_% y %_} Dua"),
        ("Satu &amp; <b>Dua</b>", "Satu &amp; <b>Dua</b>"),
    ],
)
def test_staff_text_keeps_its_line_breaks_and_nothing_typed_makes_one(run, tmp_path, typed, shown):
    """Through the three ways staff text reaches the report: the Word template (the address on the
    cover), a text that replaces a template's (Teks › Gambaran Umum), a text template (the indicator's
    penyebab, narasi/penyebab.j2)."""
    jambi, sukamaju = tmp_path / "jambi", tmp_path / "sukamaju"
    shutil.copytree(JAMBI, jambi)
    shutil.copytree(SUKAMAJU, sukamaju)
    edit_cells(jambi / "00-instansi.xlsx", "Profil", {"B10": typed})
    edit_cells(jambi / "00-instansi.xlsx", "Teks", {"B6": typed})
    edit_cells(sukamaju / "02-infrastruktur-spbe.xlsx", "Capaian Indikator", {"G4": typed})
    out = tmp_path / "keluaran"
    out.mkdir()
    assert built(run, jambi, out / "jambi.docx").exit_code == 0
    assert built(run, sukamaju, out / "sukamaju.docx").exit_code == 0
    assert paragraphs(out / "jambi.docx").count(shown) == 2
    assert shown in paragraphs(out / "sukamaju.docx")


# ---------------------------------------------------------------- characters XML cannot hold


def test_a_control_character_in_a_file_name_reaches_the_annex_replaced(run, jambi_copy, tmp_path):
    edit_cells(jambi_copy / "00-instansi.xlsx", "Pengaturan", {"B12": "Ya"})  # the Catatan Validasi annex
    (jambi_copy / "01-sekretariat.xlsx").rename(jambi_copy / "01-sekre\x01\x0c\x1ftariat.xlsx")
    out = tmp_path / "laporan.docx"
    result = built(run, jambi_copy, out)
    assert result.exit_code == 0, result.output
    shown = "01-sekre\\x01\\x0c\\x1ftariat.xlsx"  # as findings show a name (lkj.read.files.shown_name)
    warned = sum(result.output.count(f"{label} {shown} ") for label in ("PERINGATAN", "BELUM DIISI"))
    assert warned and paragraphs(out).count(shown) == warned  # a row each


ILLEGAL = r"\x01\x08\ud800\ufffe\uffff"  # as a template writes them, in a Jinja string
REPLACED = "\ufffd" * 5


def _templates(tmp_path: Path, edits: dict[str, tuple[str, str]] = {}, files: dict[str, bytes] = {}) -> Path:  # noqa: B006
    """A copy of templates/ with parts of lkj.docx edited ({part: (find, replace)}) and files written."""
    folder = tmp_path / "templat"
    shutil.copytree(ROOT / "templates", folder)
    docx = folder / "lkj.docx"
    with zipfile.ZipFile(docx) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    for part, (find, replace) in edits.items():
        assert find.encode() in members[part], (part, find)
        members[part] = members[part].replace(find.encode(), replace.encode(), 1)
    with zipfile.ZipFile(docx, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize(
    ("edits", "files", "part", "expected"),
    [
        (
            {"word/document.xml": ("{{ tahun_terbit }}", f'{{{{ "a{ILLEGAL}b\\x0cc" }}}}')},
            {},
            "word/document.xml",
            f"a{REPLACED}b",  # a form feed is docxtpl's page break: the paragraph ends there
        ),
        (
            {"word/header2.xml": ("{{ judul_kepala }}", f'{{{{ "a{ILLEGAL}b" }}}}')},
            {},
            "word/header2.xml",
            f"a{REPLACED}b",
        ),
        (
            {},
            {"narasi/kesimpulan.j2": f'{{{{ "a{ILLEGAL}b" }}}} c\x0cd\n'.encode()},
            "word/document.xml",
            f"a{REPLACED}b c d",
        ),
    ],
    ids=["isi", "header", "templat-teks"],
)
def test_template_output_with_characters_xml_cannot_hold_makes_a_well_formed_document(
    run, tmp_path, edits, files, part, expected
):
    templates = _templates(tmp_path, edits, files)
    out = tmp_path / "laporan.docx"
    result = built(run, JAMBI, out, "--templat", templates)
    assert result.exit_code == 0, result.output
    assert expected in paragraphs(out, part)


def test_document_properties_hold_text_as_typed_within_what_word_allows(run, jambi_copy, tmp_path):
    """The title holds the office's name, once escaped (it was escaped twice: 'A &amp;amp; B'), cut to
    python-docx's 255 characters (a longer one was an unexpected error), and what XML cannot hold of a
    template's output replaced. (The contract keeps a name to 200 characters; a template may still repeat
    it past 255.)"""
    name = "Dinas A & B <C> " + "x" * 180
    edit_cells(jambi_copy / "00-instansi.xlsx", "Profil", {"B4": name})
    out = tmp_path / "laporan.docx"
    assert built(run, jambi_copy, out).exit_code == 0
    assert core_title(out) == f"Laporan Kinerja {name} Tahun 2022"
    twice = _templates(
        tmp_path / "dua-kali",
        {"docProps/core.xml": ("{{ nama_instansi }}", "{{ nama_instansi }} {{ nama_instansi }}")},
    )
    out = tmp_path / "dua-kali.docx"
    assert built(run, jambi_copy, out, "--templat", twice).exit_code == 0
    assert core_title(out) == f"Laporan Kinerja {name} {name} Tahun 2022"[:254] + "…"

    templates = _templates(
        tmp_path, {"docProps/core.xml": ("{{ nama_instansi }}", f'{{{{ "a{ILLEGAL}b" }}}}')}
    )
    out = tmp_path / "dari-templat.docx"
    assert built(run, JAMBI, out, "--templat", templates).exit_code == 0
    assert core_title(out) == f"Laporan Kinerja a{REPLACED}b Tahun 2022"


def test_every_part_of_the_sample_reports_is_well_formed(run, tmp_path):
    for folder in (JAMBI, SUKAMAJU):
        assert built(run, folder, tmp_path / f"{folder.name}.docx").exit_code == 0


TRICKY = [
    "LKJBLOK-00002",
    MARKER.format(2),
    "{_{",
    "}_}",
    "&#10;",
    "\ue000",
    "\n",
    "\n\n",
    "{{ tahun }}",
    "&amp;",
    "<w:p>",
    "  ",
]
staff_typed = st.lists(
    st.one_of(
        st.text(
            st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"), max_size=8
        ),
        st.sampled_from(TRICKY),
    ),
    min_size=1,
    max_size=8,
).map("".join)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed=staff_typed)
def test_whatever_staff_type_is_printed_as_read_in_a_well_formed_document(typed):
    """The address as the reader gives it (lkj.read.values.clean_text) is the cover's paragraph, exactly;
    the same text replacing a template's (Teks › Gambaran Umum) is in the report, its spacing aside."""
    read, _ = clean_text(typed)
    if not read or read.startswith("="):  # an empty address is left out; '=' starts a formula
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "jambi"
        shutil.copytree(JAMBI, folder)
        edit_cells(folder / "00-instansi.xlsx", "Profil", {"B10": typed})
        edit_cells(folder / "00-instansi.xlsx", "Teks", {"B6": typed})
        out = Path(scratch) / "laporan.docx"
        result = lkj("build", folder, "-o", out)
        assert result.exit_code == 0, result.output
        assert_well_formed(out)
        text = paragraphs(out)
        assert read in text
        assert "".join(read.split()) in "".join("".join(text).split())


# ---------------------------------------------------------------- broken templates

KESIMPULAN = "narasi/kesimpulan.j2"
TEXT_CASES = {
    "makro-rekursif": (
        "Kesimpulan.\n{% macro ulang() %}{{ ulang() }}{% endmacro %}\n{{ ulang() }}\n",
        "Templat teks 'narasi/kesimpulan.j2' baris 2: makro atau include memanggil dirinya sendiri tanpa "
        "henti. Beri pemanggilan berulang itu syarat berhenti, atau hapus.",
    ),
    "bukan-utf8": (
        b"Kesimpulan.\nTahun \xff{{ tahun }}\n",
        "Templat teks 'narasi/kesimpulan.j2' baris 2 kolom 7 bukan teks UTF-8 (bita 0xff). Simpan ulang "
        "berkas itu dengan pengodean UTF-8 (di Notepad: Simpan Sebagai › Pengodean UTF-8).",
    ),
    "format-map": (
        'Kesimpulan.\n\n{{ "{x.__class__}".format_map({"x": tahun}) }}\n',
        "Templat teks 'narasi/kesimpulan.j2' baris 3: tag memakai operasi yang tidak diizinkan (access to "
        "attribute '__class__' of 'int' object is unsafe.). Templat hanya menampilkan data laporan: hapus "
        "operasi itu.",
    ),
    "include-keluar-folder": (
        "Kesimpulan.\n{% include '../x' %}\n",
        "Templat teks 'narasi/kesimpulan.j2' baris 2: templat '../x' yang disertakan tidak ada di folder "
        "templat. Sertakan hanya berkas di dalam folder templat, dengan jalur dari folder itu dan tanpa "
        "'..' (mis. 'narasi/efisiensi.j2').",
    ),
    "salah-tulis": (
        "Kesimpulan.\n{% if %}\n",
        "Templat teks 'narasi/kesimpulan.j2' baris 2: kesalahan tag Jinja (Expected an expression, got "
        "'end of statement block'). Perbaiki penulisan tag itu (lihat docs/templat.md).",
    ),
    "variabel-tak-dikenal": (
        "Kesimpulan.\n\n{{ capaian_tahunan }}\n",
        "Templat teks 'narasi/kesimpulan.j2' baris 3: tag '{{ capaian_tahunan }}' memakai variabel yang "
        "tidak dikenal. Periksa ejaannya; daftar variabel ada di docs/templat.md.",
    ),
    "galat-saat-diisi": (
        "Kesimpulan {{ tahun / 0 }}.\n",
        "Templat teks 'narasi/kesimpulan.j2' baris 1: tag gagal dijalankan (ZeroDivisionError: division by "
        "zero). Periksa ungkapan pada tag itu.",
    ),
    "galat-di-templat-sisipan": (
        "Kesimpulan.\n{% include 'narasi/sisipan.j2' %}\n",
        "Templat teks 'narasi/sisipan.j2' baris 3: tag memakai data yang tidak ada "
        "('lkj.render.report.Umum object' has no attribute 'kepala'). Periksa nama variabel dan "
        "atributnya di docs/templat.md.",
    ),
}
SISIPAN = b"Sisipan.\n\n{{ u.kepala }}\n"


@pytest.mark.parametrize("case", TEXT_CASES)
def test_a_broken_text_template_is_named_with_its_line_and_what_to_do(run, tmp_path, case):
    content, expected = TEXT_CASES[case]
    data = content if isinstance(content, bytes) else content.encode()
    templates = _templates(tmp_path, files={KESIMPULAN: data, "narasi/sisipan.j2": SISIPAN})
    result = built(run, JAMBI, tmp_path / "laporan.docx", "--templat", templates)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == f"Gagal: {expected}"


def test_a_text_template_no_folder_has_is_named(run, tmp_path):
    templates = _templates(tmp_path, files={KESIMPULAN: b"{% include 'narasi/tidak_ada.j2' %}"})
    result = built(run, JAMBI, tmp_path / "laporan.docx", "--templat", templates)
    assert result.exit_code == 2
    assert (
        "Gagal: Templat teks 'narasi/kesimpulan.j2' baris 1: templat 'narasi/tidak_ada.j2'" in result.output
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/mem: a file that cannot be read")
def test_an_unreadable_text_template_is_named(run, tmp_path):
    templates = _templates(tmp_path)
    (templates / KESIMPULAN).unlink()
    os.symlink("/proc/self/mem", templates / KESIMPULAN)  # even root cannot read it from its start
    result = built(run, JAMBI, tmp_path / "laporan.docx", "--templat", templates)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        "Gagal: Templat teks 'narasi/kesimpulan.j2' tidak dapat dibaca (kesalahan baca/tulis pada perangkat "
        "penyimpanan). Periksa izin baca berkas itu, atau salin ulang berkas itu dari folder templates/ "
        "repositori lkj."
    )


BODY = ("word/document.xml", "{{ tahun_terbit }}")
WORD_CASES = {
    "variabel-tak-dikenal": (
        BODY,
        "{{ tahun_terbitan }}",
        "Templat Word 'lkj.docx', isi dokumen, pada paragraf “{{ tahun_terbitan }}”: tag "
        "'{{ tahun_terbitan }}' memakai variabel yang tidak dikenal. Periksa ejaannya; daftar variabel ada "
        "di docs/templat.md.",
    ),
    "salah-tulis": (
        BODY,
        "{% if %}",
        "Templat Word 'lkj.docx', isi dokumen, pada paragraf “{% if %}”: kesalahan tag Jinja (Expected an "
        "expression, got 'end of statement block'). Perbaiki penulisan tag itu (lihat docs/templat.md).",
    ),
    "operasi-terlarang": (
        BODY,
        "{{ tahun.__class__ }}",
        "Templat Word 'lkj.docx', isi dokumen, pada paragraf “{{ tahun.__class__ }}”: tag memakai operasi "
        "yang tidak diizinkan (access to attribute '__class__' of 'int' object is unsafe.). Templat hanya "
        "menampilkan data laporan: hapus operasi itu.",
    ),
    "galat-saat-diisi": (
        BODY,
        "{{ tahun / 0 }}",
        "Templat Word 'lkj.docx', isi dokumen, pada paragraf “{{ tahun / 0 }}”: tag gagal dijalankan "
        "(ZeroDivisionError: division by zero). Periksa ungkapan pada tag itu.",
    ),
    "makro-rekursif": (
        BODY,
        "{% macro ulang() %}{{ ulang() }}{% endmacro %}{{ ulang() }}",
        "Templat Word 'lkj.docx', isi dokumen, pada paragraf “{% macro ulang() %}{{ ulang() }}{% endmacro "
        "%}{{ ulang() }}”: makro atau include memanggil dirinya sendiri tanpa henti. Beri pemanggilan "
        "berulang itu syarat berhenti, atau hapus.",
    ),
    "include-keluar-folder": (
        BODY,
        "{% include '../x' %}",
        "Templat Word 'lkj.docx', isi dokumen, pada paragraf “{% include '../x' %}”: templat '../x' yang "
        "disertakan tidak ada di folder templat. Sertakan hanya berkas di dalam folder templat, dengan jalur "
        "dari folder itu dan tanpa '..' (mis. 'narasi/efisiensi.j2').",
    ),
    "templat-teks-yang-disertakan": (
        BODY,
        "{% include 'narasi/sisipan.j2' %}",
        "Templat teks 'narasi/sisipan.j2' baris 3 (disertakan templat Word 'lkj.docx'): tag '{{ u }}' "
        "memakai variabel yang tidak dikenal. Periksa ejaannya; daftar variabel ada di docs/templat.md.",
    ),
    "header": (
        ("word/header2.xml", "{{ judul_kepala }}"),
        "{{ judul_kepala.tidak_ada }}",
        "Templat Word 'lkj.docx', bagian header (word/header2.xml), pada paragraf “{{ judul_kepala.tidak_ada "
        "}}”: tag memakai data yang tidak ada ('str object' has no attribute 'tidak_ada'). Periksa nama "
        "variabel dan atributnya di docs/templat.md.",
    ),
    "properti-dokumen": (
        ("docProps/core.xml", "{{ nama_instansi }}"),
        "{{ tahun / 0 }}",
        "Templat Word 'lkj.docx', properti dokumen 'judul' “Laporan Kinerja {{ tahun / 0 }} Tahun {{ tahun "
        "}}”: tag gagal dijalankan (ZeroDivisionError: division by zero). Periksa ungkapan pada tag itu.",
    ),
}


@pytest.mark.parametrize("case", WORD_CASES)
def test_a_broken_word_template_is_named_with_its_part_paragraph_and_what_to_do(run, tmp_path, case):
    (part, find), replace, expected = WORD_CASES[case]
    templates = _templates(tmp_path, {part: (find, replace)}, {"narasi/sisipan.j2": SISIPAN})
    result = built(run, JAMBI, tmp_path / "laporan.docx", "--templat", templates)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == f"Gagal: {expected}"


def test_jinja_is_required_at_a_release_without_the_known_sandbox_escapes():
    """3.1.4 and 3.1.5 let a template out of the sandbox (CVE-2024-56201, CVE-2024-56326, CVE-2025-27516)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    jinja = [d for d in project["dependencies"] if d.startswith("jinja2")]
    assert jinja == ["jinja2>=3.1.6,<4"]
