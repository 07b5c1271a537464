"""The reviewers' diff: located changes, rows matched by key, provenance, HTML, redline, exit status."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from lkj.diff import diff_paths
from lkj.diff.document import Block
from lkj.diff.present import render_text
from tests.conftest import JAMBI, SUKAMAJU, build

SEK = "01-sekretariat.xlsx"
TABLE = "BAB III › Tabel 3.17"
SUB_ROW = f"{TABLE} › baris 2.16.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah"


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Path:
    return build(JAMBI, tmp_path_factory.mktemp("base") / "lama.docx")


def _changed(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "baru"
    shutil.copytree(JAMBI, folder)
    change(folder)
    return folder


def _book(folder: Path, name: str, sheet: str, edit) -> None:  # type: ignore[no-untyped-def]
    wb = openpyxl.load_workbook(folder / name)
    edit(wb[sheet], wb)
    wb.save(folder / name)


def test_an_identical_rebuild_reports_no_change(baseline, tmp_path, run):
    again = build(JAMBI, tmp_path / "baru.docx")
    result = run("diff", baseline, again)
    assert result.exit_code == 0 and result.output.startswith("Tidak ada perubahan")


def test_one_figure_located_by_table_row_and_column_with_its_workbook_cell(tmp_path):
    folder = _changed(
        tmp_path, lambda f: _book(f, SEK, "Sub Kegiatan", lambda ws, wb: ws.__setitem__("I4", 6900000))
    )
    result = diff_paths(JAMBI, folder)
    located = {(c.location, c.old, c.new) for c in result.changes}
    assert (
        f"{SUB_ROW} › kolom Realisasi (Rp)",
        "6.863.200",
        "6.900.000",
    ) in located
    assert (
        f"{SUB_ROW} › kolom Keuangan (%)",
        "96,84",
        "97,36",
    ) in located
    assert [(s.where, s.old, s.new) for s in result.sources] == [
        ("01-sekretariat.xlsx › Sub Kegiatan!I4", "6.863.200", "6.900.000")
    ]
    assert "(2.16.01.2.01.0001, Realisasi (Rp))" in render_text(result.changes, result.sources)


def test_one_sentence_changed(tmp_path):
    text = "Kesadaran pengelola data meningkat setelah pendampingan."
    folder = _changed(
        tmp_path,
        lambda f: _book(
            f, "04-statistik.xlsx", "Capaian Indikator", lambda ws, wb: ws.__setitem__("G4", text)
        ),
    )
    changes = [c for c in diff_paths(JAMBI, folder).changes if c.scope == "kalimat"]
    # the report's sentence, and the konsep's Catatan Penyusunan, which lists one gap less
    body = [c for c in changes if c.where[0] != "CATATAN PENYUSUNAN"]
    assert len(body) == 1 and len(changes) == 2
    change = body[0]
    assert change.location == "BAB III › 3.3.4 › e. Penyebab Keberhasilan atau Kegagalan dan Solusinya"
    assert change.new == text and change.old.startswith(
        "Penyebab keberhasilan atau kegagalan indikator Persentase Tersedianya Data Statistik Sektoral tidak"
    )


def _insert_sub(folder: Path) -> None:
    def edit(ws, wb):  # type: ignore[no-untyped-def]
        ws.insert_rows(23)
        values = [
            "2.16.01.2.09.0010",
            "2.16.01.2.09",
            "Pemeliharaan Aset Lainnya",
            "Jumlah laporan",
            2,
            "Laporan",
            1000000,
            2,
            900000,
            100,
        ]
        for column, value in zip("ABCDEFGHIJ", values, strict=True):
            ws[f"{column}23"] = value

    _book(folder, SEK, "Sub Kegiatan", edit)
    _book(
        folder, "00-instansi.xlsx", "PK Anggaran", lambda ws, wb: ws.__setitem__("D14", 6199463343 + 1000000)
    )


def _delete_sub(folder: Path) -> None:
    _book(
        folder, SEK, "Sub Kegiatan", lambda ws, wb: ws.delete_rows(13)
    )  # 2.16.01.2.06.0008, pagu 15.000.000
    _book(
        folder, "00-instansi.xlsx", "PK Anggaran", lambda ws, wb: ws.__setitem__("D14", 6199463343 - 15000000)
    )


def test_one_inserted_sub_kegiatan_is_one_inserted_row(tmp_path):
    result = diff_paths(JAMBI, _changed(tmp_path, _insert_sub))
    rows = [c for c in result.changes if c.scope == "baris" and c.where[0] != "CATATAN PENYUSUNAN"]
    assert [(c.kind, c.location) for c in rows] == [
        ("tambah", f"{TABLE} › baris 2.16.01.2.09.0010 Pemeliharaan Aset Lainnya")
    ]
    assert not any(c.scope == "sel" and "2.16.01.2.09.0009" in c.location for c in result.changes)
    assert ("tambah", "01-sekretariat.xlsx › Sub Kegiatan baris 23") in {
        (s.kind, s.where) for s in result.sources
    }


def test_one_deleted_sub_kegiatan_is_one_deleted_row(tmp_path):
    result = diff_paths(JAMBI, _changed(tmp_path, _delete_sub))
    # the konsep's Catatan Penyusunan names the cells below the deleted row one row up: its rows change too
    rows = [c for c in result.changes if c.scope == "baris" and c.where[0] != "CATATAN PENYUSUNAN"]
    assert [(c.kind, c.location) for c in rows] == [
        ("hapus", f"{TABLE} › baris 2.16.01.2.06.0008 Fasilitasi Kunjungan Tamu")
    ]
    assert not any("2.16.01.2.06.0009" in c.location for c in result.changes if c.scope == "sel")


def test_html_page_and_exit_status(tmp_path, run):
    folder = _changed(tmp_path, _insert_sub)
    page = tmp_path / "perubahan.html"
    result = run("diff", JAMBI, folder, "--html", page)
    assert result.exit_code == 1
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<ins>" in html and "Ringkasan perubahan" in html
    assert "<script" not in html and "http" not in html.split("<body>")[1]  # self-contained


def test_trouble_exits_2(run, tmp_path, baseline):
    assert run("diff", tmp_path / "tidak-ada.docx", baseline).exit_code == 2
    assert run("diff", JAMBI, baseline).exit_code == 2
    (tmp_path / "bukan.docx").write_bytes(b"bukan zip")
    result = run("diff", tmp_path / "bukan.docx", baseline)
    assert result.exit_code == 2
    assert "bukan.docx' berisi teks biasa, bukan dokumen Word (.docx)" in result.output


def test_dump_is_stable_text(run, baseline):
    result = run("dump", baseline)
    assert result.exit_code == 0 and "# BAB III AKUNTABILITAS KINERJA" in result.output
    assert result.output == run("dump", baseline).output


def test_two_different_agencies_diff_with_a_readable_summary(tmp_path, baseline):
    other = build(SUKAMAJU, tmp_path / "sukamaju.docx")
    result = diff_paths(baseline, other)
    first_line = render_text(result.changes).splitlines()[0]
    assert first_line.startswith("Ringkasan perubahan:") and len(first_line) < 400
    assert {c.chapter for c in result.changes} >= {"BAB I", "BAB II", "BAB III", "BAB IV"}


def test_redline_has_tracked_changes_word_and_libreoffice_read(tmp_path, baseline):
    from lkj.diff.redline import write_redline

    result = diff_paths(
        baseline, build(_changed(tmp_path, _insert_sub), tmp_path / "baru.docx"), redline=True
    )
    out = tmp_path / "redline.docx"
    write_redline(result, out)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "<w:ins " in xml and "<w:del " in xml and "<w:delText" in xml
    assert xml.count('w:author="lkj diff"') >= 10
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice tidak terpasang")
    done = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profil",
            "--convert-to",
            "odt",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0
    content = zipfile.ZipFile(tmp_path / "redline.odt").read("content.xml").decode()
    assert content.count("<text:changed-region") >= 10
    assert "<text:insertion>" in content and "<text:deletion>" in content


def _merged_table(rows: list[tuple[str, str, str]]) -> Block:
    """Sasaran merged down over its indicators, as the report's sasaran tables are."""
    from lxml import etree

    from lkj.render import ooxml as x

    table = x.Table([x.cm(4), x.cm(4), x.cm(3)])
    table.rows.append(x.Row([x.Cell("Sasaran"), x.Cell("Indikator"), x.Cell("Target")], header=True))
    previous = None
    for sasaran, indikator, target in rows:
        merge = "continue" if sasaran == previous else "restart"
        previous = sasaran
        table.rows.append(x.Row([x.Cell(sasaran, merge=merge), x.Cell(indikator), x.Cell(target)]))
    xml = f'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{table.xml()}</w:document>'
    return Block(
        "table",
        "",
        ("BAB II",),
        caption="Tabel 2.1 Sasaran",
        xml=etree.tostring(etree.fromstring(xml)[0]),
    )


def test_merged_cells_do_not_shift_rows():
    from lkj.diff.compare import _table_changes

    old = _merged_table([("S1", "I1", "80"), ("S1", "I2", "70"), ("S2", "I3", "60")])
    new = _merged_table([("S1", "I1", "80"), ("S1", "I9", "50"), ("S1", "I2", "75"), ("S2", "I3", "60")])
    assert [r.cells for r in old.rows] == [["S1", "I1", "80"], ["S1", "I2", "70"], ["S2", "I3", "60"]]
    changes = {(c.kind, c.location, c.old, c.new) for c in _table_changes(old, new)}
    assert changes == {
        ("tambah", "BAB II › Tabel 2.1 › baris S1 I9", None, "S1 | I9 | 50"),
        ("ubah", "BAB II › Tabel 2.1 › baris S1 I2 › kolom Target", "70", "75"),
    }


def test_the_fast_scan_reads_what_the_xml_tree_reads(baseline, tmp_path):
    """Reports are scanned with regular expressions for speed; lxml reads them for a redline. Both must
    see the same blocks and the same table cells, also in a document with tracked changes."""
    from lkj.diff.document import read_document
    from lkj.diff.redline import write_redline

    redline = tmp_path / "redline.docx"
    other = build(SUKAMAJU, tmp_path / "sukamaju.docx")
    write_redline(diff_paths(baseline, other, redline=True), redline)
    for path in (baseline, other, redline):
        scanned, parsed = read_document(path), read_document(path, keep_tree=True)
        assert [(b.kind, b.text, b.path, b.caption) for b in scanned.blocks] == [
            (b.kind, b.text, b.path, b.caption) for b in parsed.blocks
        ]
        tables = [(b.header, [r.cells for r in b.rows]) for b in scanned.blocks if b.kind == "table"]
        assert tables == [(b.header, [r.cells for r in b.rows]) for b in parsed.blocks if b.kind == "table"]
        assert len(tables) > 20
