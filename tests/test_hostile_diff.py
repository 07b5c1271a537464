"""`lkj diff` and `lkj dump` given damaged, foreign, malformed or huge documents: every case through the
public command, exit status 2 and one message naming the file and what is wrong, never a traceback; the
inputs unchanged (bytes and mtime) and nothing left behind."""

from __future__ import annotations

import io
import os
import random
import re
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from lxml import etree

from lkj.findings import Severity
from lkj.pipeline import check
from tests.conftest import JAMBI, build

MIB = 1024 * 1024
DOCUMENT = "word/document.xml"
DEFLATED, STORED = 8, 0
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------ inputs


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real lkj report, the reviewer's other side in every diff."""
    return build(JAMBI, tmp_path_factory.mktemp("report") / "lama.docx")


@pytest.fixture(scope="module")
def members(report: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(report) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _repacked(members: dict[str, bytes], replaced: dict[str, bytes] | None = None) -> bytes:
    """The report's package, some members replaced or added."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in {**members, **(replaced or {})}.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _hand_zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written by hand, so that it can lie: entries of (name, stored bytes, method, CRC, size the
    headers declare)."""
    out, central = bytearray(), bytearray()
    for name, data, method, crc, size in entries:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<4s5H3I2H", b"PK\x03\x04", 20, 0, method, 0, 0, crc, len(data), size, len(encoded), 0
        )
        out += encoded + data
        central += struct.pack(
            "<4s6H3I5H2I",
            *(b"PK\x01\x02", 20, 20, 0, method, 0, 0, crc, len(data), size, len(encoded), 0, 0, 0, 0, 0),
            offset,
        )
        central += encoded
    count = min(len(entries), 0xFFFF)
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, count, count, len(central), len(out), 0)
    return bytes(out + central + end)


def _zeros(mib: int) -> bytes:
    """Raw deflate of `mib` MiB of zero bytes, about a thousandth of that: one flushed mebibyte
    repeated (a full flush makes each independent of what came before), then an empty final block."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflater.compress(bytes(MIB)) + deflater.flush(zlib.Z_FULL_FLUSH)
    return block * mib + zlib.compressobj(9, zlib.DEFLATED, -15).flush()


def _ole(*streams: str) -> bytes:
    """What lkj looks at in an Office 97-2003 (OLE) file: its signature and its directory's stream
    names, stored in UTF-16."""
    entries = b"".join(n.encode("utf-16-le").ljust(64, b"\0") + bytes(64) for n in ("Root Entry", *streams))
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + entries


def _word_document(path: Path, texts: list[str], rows: list[list[str]] | None = None) -> Path:
    """A Word document lkj did not write (python-docx's own template)."""
    document = docx.Document()
    document.add_heading("Laporan dari aplikasi lain", 1)
    for text in texts:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    document.save(path)
    return path


def _document_xml(
    body: str, prolog: str = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
) -> bytes:
    return f'{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'.encode()


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every entry under `folder`: its bytes (a link's target) and mtime, to show nothing changed."""
    state = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if path.is_symlink():
            content = os.readlink(path).encode()
        elif path.is_file():
            content = path.read_bytes()
        else:
            content = b""
        state[str(path.relative_to(folder))] = (content, info.st_mtime_ns)
    return state


def _refused(run: Callable[..., object], args: list[object], folder: Path, expected: str) -> str:
    """Run lkj, expect exit 2 with `expected` in the one message, nothing changed under `folder`."""
    before = _state(folder)
    result = run(*args)
    output = result.output  # type: ignore[attr-defined]
    assert result.exit_code == 2, output  # type: ignore[attr-defined]
    assert expected in output, output
    assert output.startswith("Gagal: ") and output.count("Gagal:") == 1, output
    assert "Traceback" not in output and "tak terduga" not in output
    assert _state(folder) == before
    return str(output)


# ------------------------------------------------------------------ damaged and foreign files


def _bomb(members: dict[str, bytes]) -> bytes:
    return _hand_zip([(DOCUMENT, _zeros(600), DEFLATED, 0, 600 * MIB)])


def _ratio_bomb(members: dict[str, bytes]) -> bytes:
    return _hand_zip([(DOCUMENT, _zeros(200), DEFLATED, 0, 200 * MIB)])


def _too_many(members: dict[str, bytes]) -> bytes:
    """100.001 empty members; the end record says 65.535 (all it can), zipfile would walk them all."""
    return _hand_zip([(f"m/{n}", b"", STORED, 0, 0) for n in range(100_001)])


def _larger_in_all(members: dict[str, bytes]) -> bytes:
    """Three members each within the limits, more than the total limit together: the central directory
    says so, and nothing is inflated to find out."""
    part = random.Random(14).randbytes(MIB)  # 400 times smaller than declared: within the ratio
    return _hand_zip([(f"word/media/video{n}.bin", part, DEFLATED, 0, 400 * MIB) for n in range(3)])


def _truncated(members: dict[str, bytes]) -> bytes:
    whole = _repacked(members)
    return whole[: len(whole) // 2]


def _corrupt_member(members: dict[str, bytes]) -> bytes:
    return _hand_zip([(DOCUMENT, b"\xff" * 64, DEFLATED, 0, 1000)])


def _crc_mismatch(members: dict[str, bytes]) -> bytes:
    xml = members[DOCUMENT]
    return _hand_zip([(DOCUMENT, xml, STORED, zlib.crc32(xml) ^ 1, len(xml))])


def _understated(members: dict[str, bytes]) -> bytes:
    """The headers say 100 bytes; the member inflates to 3 GiB."""
    return _hand_zip([(DOCUMENT, _zeros(3 * 1024), DEFLATED, 0, 100)])


def _overstated(members: dict[str, bytes]) -> bytes:
    """The headers say 900 KB; the member holds a few hundred bytes."""
    xml = _document_xml("<w:p><w:r><w:t>pendek</w:t></w:r></w:p>")
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    return _hand_zip(
        [(DOCUMENT, deflater.compress(xml) + deflater.flush(), DEFLATED, zlib.crc32(xml), 900 * 1024)]
    )


def _zip_password(members: dict[str, bytes]) -> bytes:
    data = bytearray(_hand_zip([(DOCUMENT, members[DOCUMENT], STORED, zlib.crc32(members[DOCUMENT]), 1)]))
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set the "encrypted" flag bit
        at = data.find(signature)
        data[at + flag_at] |= 1
    return bytes(data)


def _billion_laughs(members: dict[str, bytes]) -> bytes:
    entities = '<!ENTITY lol0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    )
    prolog = f'<?xml version="1.0"?>\n<!DOCTYPE w:document [{entities}]>\n'
    return _repacked(members, {DOCUMENT: _document_xml("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", prolog)})


def _xxe(members: dict[str, bytes]) -> bytes:
    prolog = '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY rahasia SYSTEM "file:///etc/passwd">]>\n'
    return _repacked(members, {DOCUMENT: _document_xml("<w:p><w:r><w:t>&rahasia;</w:t></w:r></w:p>", prolog)})


def _not_well_formed(members: dict[str, bytes]) -> bytes:
    return _repacked(members, {DOCUMENT: _document_xml("<w:p><w:r><w:t>teks</w:r></w:p>")})


def _cut_document(members: dict[str, bytes]) -> bytes:
    """The report's own document, cut at two thirds: what the scan alone read as 125 changes."""
    xml = members[DOCUMENT]
    return _repacked(members, {DOCUMENT: xml[: len(xml) * 2 // 3]})


def _empty_document(members: dict[str, bytes]) -> bytes:
    return _repacked(members, {DOCUMENT: b""})


def _no_document(members: dict[str, bytes]) -> bytes:
    return _repacked({name: data for name, data in members.items() if name != DOCUMENT})


def _workbook(members: dict[str, bytes]) -> bytes:
    return (JAMBI / "00-instansi.xlsx").read_bytes()


def _strict(members: dict[str, bytes]) -> bytes:
    xml = members[DOCUMENT].replace(W_NS.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main")
    return _repacked(members, {DOCUMENT: xml})


def _other_xml(members: dict[str, bytes]) -> bytes:
    return _repacked(members, {DOCUMENT: b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'})


CASES: list[tuple[str, Callable[[dict[str, bytes]], bytes], str]] = [
    ("bom-zip", _bomb, "bagian word/document.xml mengembang menjadi 600,0 MB, melebihi batas 512,0 MB"),
    ("bom-rasio", _ratio_bomb, "bagian word/document.xml mengembang 1.011 kali ukuran mampatnya (batas 500"),
    ("bagian-banyak", _too_many, "memuat lebih dari 100.000 bagian, batas untuk dokumen Word (.docx)."),
    (
        "total-besar",
        _larger_in_all,
        "seluruh isinya mengembang menjadi 1.200,0 MB, melebihi batas 1.024,0 MB",
    ),
    ("terpotong", _truncated, "terpotong: akhir arsip ZIP-nya tidak ada"),
    ("bagian-rusak", _corrupt_member, "bagian word/document.xml rusak (data mampatnya rusak)"),
    ("crc", _crc_mismatch, "bagian word/document.xml rusak (isinya tidak cocok dengan CRC-nya)"),
    ("ukuran-dikecilkan", _understated, "bagian word/document.xml rusak (isinya tidak cocok dengan CRC-nya)"),
    ("ukuran-dibesarkan", _overstated, "bagian word/document.xml rusak (terpotong)"),
    ("sandi-zip", _zip_password, "bagian word/document.xml rusak (terkunci dengan kata sandi ZIP)"),
    ("entitas", _billion_laughs, "bagian word/document.xml memuat deklarasi DTD (<!DOCTYPE …>)"),
    ("xxe", _xxe, "bagian word/document.xml memuat deklarasi DTD (<!DOCTYPE …>)"),
    (
        "xml-rusak",
        _not_well_formed,
        "bagian word/document.xml bukan XML yang utuh: rusak pada baris 2, kolom",
    ),
    ("dokumen-terpotong", _cut_document, "bagian word/document.xml bukan XML yang utuh: rusak pada baris 2"),
    ("dokumen-kosong", _empty_document, "bagian word/document.xml kosong, tidak berisi XML"),
    (
        "tanpa-dokumen",
        _no_document,
        "tidak memuat bagian word/document.xml (arsip ZIP ini bukan dokumen Word)",
    ),
    ("workbook", _workbook, "tidak memuat bagian word/document.xml (isinya workbook Excel)"),
    ("strict", _strict, "disimpan dalam format Strict Open XML"),
    ("bukan-word", _other_xml, "bagian word/document.xml bukan isi dokumen Word (elemen akarnya"),
    ("terenkripsi", lambda m: _ole("EncryptionInfo", "EncryptedPackage"), "dilindungi kata sandi pembuka"),
    ("doc", lambda m: _ole("WordDocument", "1Table"), "berformat Word 97-2003 (.doc)"),
    ("ole-lain", lambda m: _ole("Contents"), "berformat Office 97-2003 (OLE), bukan dokumen Word (.docx)"),
    (
        "pdf",
        lambda m: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "adalah berkas PDF, bukan dokumen Word (.docx)",
    ),
    (
        "teks",
        lambda m: b"Laporan kinerja 2024\nBAB I\n",
        "berisi teks biasa, bukan dokumen Word (.docx)",
    ),
    ("biner", lambda m: bytes(range(256)), "bukan dokumen Word (.docx): isinya bukan arsip ZIP"),
    ("kosong", lambda m: b"", "kosong (0 byte), mungkin gagal tersalin"),
]


@pytest.mark.parametrize(("name", "make", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_damaged_or_foreign_file_is_named_with_what_is_wrong(
    run, tmp_path, report, members, name, make, expected
):
    folder = tmp_path / "masukan"
    folder.mkdir()
    bad = folder / f"{name}.docx"
    bad.write_bytes(make(members))
    other = folder / "lama.docx"
    shutil.copy2(report, other)
    for args in (["dump", bad], ["diff", other, bad], ["diff", bad, other]):
        output = _refused(run, args, folder, f"'{bad}'")
        assert expected in output
    if name == "xxe":
        assert "root:" not in output  # nothing of /etc/passwd


def test_a_redline_reads_every_part_and_refuses_a_broken_one(run, tmp_path, report, members):
    folder = tmp_path / "masukan"
    folder.mkdir()
    name = "word/\x1b[2Jgaya.xml"  # a terminal escape in the member's name is shown, not sent
    bad = folder / "baru.docx"
    bad.write_bytes(_repacked(members, {name: b"<w:styles><w:style></w:styles>"}))
    output = _refused(run, ["diff", report, bad, "--redline", tmp_path / "r.docx"], folder, f"'{bad}'")
    assert "bagian word/\\x1b[2Jgaya.xml bukan XML yang utuh" in output and "\x1b" not in output
    assert not (tmp_path / "r.docx").exists()
    assert run("diff", report, bad).exit_code == 0  # without a redline only the document is read


def test_a_member_understating_its_size_is_never_inflated_beyond_it(tmp_path, members):
    """In a process that cannot take 1 GiB, a member whose headers say 100 bytes and which inflates to
    3 GiB is refused with the message, not a MemoryError."""
    bad = tmp_path / "bohong.docx"
    bad.write_bytes(_understated(members))
    before = _state(tmp_path)

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1024 * MIB, 1024 * MIB))

    for command in ("dump", "diff"):
        args = [command, bad] if command == "dump" else [command, bad, bad]
        done = subprocess.run(
            [sys.executable, "-m", "lkj", *map(str, args)],
            capture_output=True,
            text=True,
            preexec_fn=limited,
            timeout=120,
        )
        assert done.returncode == 2 and done.stdout == "", done.stderr
        assert done.stderr == (
            f"Gagal: '{bad}': bagian word/document.xml rusak (isinya tidak cocok dengan CRC-nya). Salin "
            "ulang berkas aslinya, atau buka lalu simpan ulang.\n"
        )
    assert _state(tmp_path) == before


# ------------------------------------------------------------------ paths that are not files


def test_paths_that_are_not_readable_files(run, tmp_path, report):
    folder = tmp_path / "masukan"
    folder.mkdir()
    (folder / "putus.docx").symlink_to(folder / "tidak-ada.docx")
    (folder / "berputar.docx").symlink_to(folder / "berputar.docx")
    (folder / "sub").mkdir()
    expected = {
        "putus.docx": f"adalah tautan simbolik ke '{folder / 'tidak-ada.docx'}', yang tidak ada.",
        "berputar.docx": "adalah tautan simbolik yang berputar",
        "hilang.docx": "tidak ditemukan.",
        "sub": "adalah folder, bukan berkas.",
    }
    for name, message in expected.items():
        path = folder / name
        if name != "sub":  # `lkj dump` takes a file: a folder is refused by its argument check (below)
            _refused(run, ["dump", path], folder, f"'{path}' {message}")
        if name == "sub":
            message = f"adalah folder, bukan berkas, sedangkan '{report}' bukan folder."
        _refused(run, ["diff", report, path], folder, f"'{path}' {message}")
    result = run("dump", folder / "sub")
    assert result.exit_code == 2 and f"'{folder / 'sub'}' adalah folder, bukan berkas." in result.output


def test_a_named_pipe_or_a_device_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipa.docx"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        done = subprocess.run(
            [sys.executable, "-m", "lkj", "dump", str(path)], capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 2
        assert done.stderr == f"Gagal: '{path}' bukan berkas biasa, melainkan pipa, soket atau perangkat.\n"


def test_a_file_larger_than_any_report_is_not_read(run, tmp_path):
    large = tmp_path / "besar.docx"
    with large.open("wb") as handle:
        handle.truncate(1100 * MIB)  # sparse: no disk taken
    before = large.stat()
    result = run("dump", large)
    assert result.exit_code == 2
    assert result.output == f"Gagal: '{large}' berukuran 1.100,0 MB, melebihi batas 1.024,0 MB.\n"
    after = large.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert list(tmp_path.iterdir()) == [large]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file whatever its permissions")
def test_an_unreadable_file(run, tmp_path, report):
    locked = tmp_path / "terkunci.docx"
    shutil.copy2(report, locked)
    locked.chmod(0)
    try:
        _refused(run, ["dump", locked], tmp_path, f"'{locked}' tidak dapat dibaca: izin ditolak.")
    finally:
        locked.chmod(0o644)


# ------------------------------------------------------------------ foreign but valid documents


def test_any_two_word_documents_are_compared(run, tmp_path):
    old = _word_document(
        tmp_path / "a.docx", ["Kalimat pertama. Kalimat kedua."], [["Kode", "Nilai"], ["A", "1"]]
    )
    new = _word_document(
        tmp_path / "b.docx", ["Kalimat pertama. Kalimat ketiga."], [["Kode", "Nilai"], ["A", "2"]]
    )
    dumped = run("dump", old)
    assert dumped.exit_code == 0
    assert (
        dumped.output
        == "# Laporan dari aplikasi lain\nKalimat pertama. Kalimat kedua.\n| Kode | Nilai |\n| A | 1 |\n"
    )
    result = run("diff", old, new, "--html", tmp_path / "p.html", "--redline", tmp_path / "r.docx")
    assert result.exit_code == 1
    assert "~ Laporan dari aplikasi lain › tabel tanpa judul › baris A › kolom 2: 1 → 2" in result.output
    assert "Kalimat kedua. → " not in result.output and "baru: Kalimat ketiga." in result.output
    with zipfile.ZipFile(tmp_path / "r.docx") as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(zf.read(name))  # every XML part of the redline parses


def test_a_document_with_another_prefix_reads_as_the_same_document(run, tmp_path, report, members):
    """A writer may name the WordprocessingML namespace anything; the scan reads w:, the tree the rest."""
    xml = members[DOCUMENT].decode()
    renamed = re.sub(r"(</?)w:", r"\1kata:", xml).replace('xmlns:w="', 'xmlns:kata="')
    renamed = re.sub(r'(\s)w:(\w+=")', r"\1kata:\2", renamed)
    other = tmp_path / "lain.docx"
    other.write_bytes(_repacked(members, {DOCUMENT: renamed.encode()}))
    assert b"<w:" not in zipfile.ZipFile(other).read(DOCUMENT)
    result = run("diff", report, other)
    assert result.exit_code == 0, result.output
    assert run("dump", other).output == run("dump", report).output


def test_a_hostile_column_span_makes_no_million_cells(run, tmp_path, members):
    body = (
        '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p><w:r><w:t>lebar</w:t>'
        '</w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="²"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>'
    )
    path = tmp_path / "lebar.docx"
    path.write_bytes(_repacked(members, {DOCUMENT: _document_xml(body)}))
    result = run("dump", path)
    assert result.exit_code == 0
    assert result.output == "| " + " | ".join(["lebar"] + [""] * 63) + " |\n"  # 63 columns, then 1
    assert run("diff", path, path).exit_code == 0


def test_the_html_page_escapes_what_the_documents_hold(run, tmp_path):
    hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    old = _word_document(tmp_path / "a.docx", ["Teks biasa."], [["<b>Kode</b>", "Nilai"], ["x", "1"]])
    new = _word_document(
        tmp_path / "b.docx", ["Teks biasa.", hostile], [["<b>Kode</b>", "Nilai"], ["&amp;", "1"]]
    )
    page = tmp_path / "p.html"
    assert run("diff", old, new, "--html", page).exit_code == 1
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;" in html
    )
    assert "&amp;amp; | 1" in html and "&lt;b&gt;Kode&lt;/b&gt;" not in html  # the row, not the header


# ------------------------------------------------------------------ input folders


@pytest.mark.parametrize("side", ["lama", "baru"])
def test_a_folder_with_errors_is_named_with_its_errors(run, tmp_path, monkeypatch, side):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the two reports are built
    inputs = tmp_path / "masukan"
    good, broken = inputs / "baik", inputs / "rusak"
    shutil.copytree(JAMBI, good)
    shutil.copytree(JAMBI, broken)
    (broken / "01-sekretariat.xlsx").write_text("bukan workbook")
    old, new = (broken, good) if side == "lama" else (good, broken)
    errors = [f for f in check(broken).findings if f.severity is Severity.ERROR]
    output = _refused(
        run, ["diff", old, new], inputs, f"folder {side} '{broken}' memiliki {len(errors)} galat"
    )
    unreadable = next(f for f in errors if f.file == "01-sekretariat.xlsx")
    assert f"\n  01-sekretariat.xlsx: {unreadable.message}\n" in output
    assert f"'lkj validate {broken}' menampilkan semuanya" in output
    assert "PERINGATAN" not in output and "peringatan" in output.splitlines()[-1]
    assert not any(scratch.iterdir())


def test_an_empty_folder_is_named(run, tmp_path):
    empty = tmp_path / "kosong"
    empty.mkdir()
    _refused(run, ["diff", empty, JAMBI], tmp_path, f"Folder '{empty}' tidak berisi workbook Excel (.xlsx)")
