"""`lkj diff`, `lkj diff --redline` and `lkj dump` read a document alike, whatever shape its XML has: the
same changes and the same exit status with or without --redline, and no text that one of them shows and
another misses (the plain diff scans the XML; the redline and dump parse it)."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import SUKAMAJU, build
from tests.helpers import state

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NEW = b"SISIPAN BARU"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(SUKAMAJU, tmp_path_factory.mktemp("dasar") / "lama.docx")


def _first_sentence(document: bytes) -> bytes:
    """The text of the report's first body paragraph of running text (the style IsiLaporan)."""
    found = re.search(rb'<w:pStyle w:val="IsiLaporan"/>.*?<w:t(?: [^>]*)?>([^<]{20,})</w:t>', document, re.S)
    assert found
    return found.group(1)


def _inserted(xml: bytes) -> Callable[[bytes], bytes]:
    """`xml` (holding NEW) as the body's first block."""

    def change(document: bytes) -> bytes:
        at = document.index(b"<w:body>") + len(b"<w:body>")
        return document[:at] + xml + document[at:]

    return change


def _changed(change: Callable[[bytes, bytes], bytes]) -> Callable[[bytes], bytes]:
    """The first sentence rewritten by `change(document, sentence)`."""
    return lambda document: change(document, _first_sentence(document))


def _in_table(change: Callable[[bytes, bytes], bytes]) -> Callable[[bytes], bytes]:
    """The report's first table changed by `change(table, cell)`, once the first cell of its first body
    row (`cell`) is rewritten to hold NEW, so that the table differs and is read row by row."""

    def apply(document: bytes) -> bytes:
        start = document.index(b"<w:tbl>")
        end = document.index(b"</w:tbl>", start) + len(b"</w:tbl>")
        table = document[start:end]
        row = next(r for r in re.findall(rb"<w:tr>.*?</w:tr>", table, re.S) if b"tblHeader" not in r)
        cell = re.search(rb"<w:tc>.*?</w:tc>", row, re.S)
        assert cell
        texts = re.sub(rb"(<w:t(?: [^>]*)?>)[^<]*", lambda m: m.group(1), cell.group(0))
        new_cell = re.sub(rb"(<w:t(?: [^>]*)?>)", lambda m: m.group(1) + NEW, texts, count=1)
        table = table.replace(cell.group(0), new_cell, 1)
        return document[:start] + change(table, new_cell) + document[end:]

    return apply


PARAGRAPH = b"<w:p><w:r><w:t>" + NEW + b"</w:t></w:r></w:p>"
CASES: dict[str, Callable[[bytes], bytes]] = {
    "cdata": _inserted(b"<w:p><w:r><w:t><![CDATA[" + NEW + b"]]></w:t></w:r></w:p>"),
    "komentar-dalam-teks": _changed(
        lambda doc, s: doc.replace(b">" + s + b"<", b">" + s[:10] + b"<!-- x -->" + NEW + s[10:] + b"<", 1)
    ),
    "instruksi-pemrosesan": _inserted(b"<w:p><w:r><w:t>SISIPAN<?lkj x?> BARU</w:t></w:r></w:p>"),
    "awalan-lain": _inserted(
        b'<v:p xmlns:v="' + W_NS.encode() + b'"><v:r><v:t>' + NEW + b"</v:t></v:r></v:p>"
    ),
    "awalan-lain-mengubah": _changed(
        lambda doc, s: doc.replace(
            b"<w:t>" + s + b"</w:t>", b'<q:t xmlns:q="' + W_NS.encode() + b'">' + NEW + b"</q:t>", 1
        )
    ),
    "ruang-nama-bawaan": _inserted(b'<p xmlns="' + W_NS.encode() + b'"><r><t>' + NEW + b"</t></r></p>"),
    "kontrol-konten": _inserted(b"<w:sdt><w:sdtContent>" + PARAGRAPH + b"</w:sdtContent></w:sdt>"),
    "konten-alternatif": _inserted(
        b'<mc:AlternateContent xmlns:mc="'
        + MC_NS.encode()
        + b'"><mc:Choice Requires="w14">'
        + PARAGRAPH
        + b"</mc:Choice><mc:Fallback>"
        + PARAGRAPH
        + b"</mc:Fallback></mc:AlternateContent>"
    ),
    "spasi-di-tag-penutup": _changed(
        lambda doc, s: doc.replace(b">" + s + b"</w:t>", b">" + NEW + b"</w:t >", 1)
    ),
    "ganti-baris-tak-kosong": _changed(
        lambda doc, s: doc.replace(b">" + s + b"<", b">" + NEW + b"</w:t><w:br></w:br><w:t>" + s + b"<", 1)
    ),
    "sel-dalam-kontrol-konten": _in_table(
        lambda table, cell: table.replace(cell, b"<w:sdt><w:sdtContent>" + cell + b"</w:sdtContent></w:sdt>")
    ),
    "kepala-tabel-bentuk-lain": _in_table(
        lambda table, _: table.replace(b"<w:tblHeader/>", b'<w:tblHeader w:val="true"/>')
    ),
}


def _variant(base: Path, folder: Path, change: Callable[[bytes], bytes]) -> Path:
    path = folder / "baru.docx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, change(data) if info.filename == "word/document.xml" else data)
    return path


@pytest.mark.parametrize("name", CASES)
def test_diff_redline_and_dump_read_the_same_text(run, base, tmp_path, name):
    old = shutil.copy(base, tmp_path / "lama.docx")
    new = _variant(base, tmp_path, CASES[name])
    before = state(tmp_path)
    plain = run("diff", old, new)
    redlined = run("diff", old, new, "--redline", tmp_path / "perubahan.docx")
    assert plain.exit_code == redlined.exit_code == 1, (plain.output, redlined.output)
    assert plain.stdout == redlined.stdout
    assert "SISIPAN BARU" in plain.stdout
    dumped = run("dump", new)
    assert dumped.exit_code == 0 and "SISIPAN BARU" in dumped.stdout
    with zipfile.ZipFile(tmp_path / "perubahan.docx") as redline:
        document = etree.fromstring(redline.read("word/document.xml"))
    assert document.find(f".//{{{W_NS}}}ins") is not None  # the change, tracked
    after = state(tmp_path)
    assert {p: after[p] for p in before} == before  # the two documents as they were
    assert set(after) - set(before) == {str(tmp_path / "perubahan.docx")}  # and nothing else written
