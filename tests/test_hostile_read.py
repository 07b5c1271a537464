"""The reader against hostile workbooks and folders, through the public commands: every case is one
located finding (or a clear exit), the other workbooks are still checked, nothing crashes, and the input
folder is left exactly as it was (bytes, times, no stray file)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from lkj.docs import catalogue
from tests.corpus import APL, INS, SEK, edit, materialise
from tests.hostile import HOSTILE, Case, append_rows, cell_xml, far_cell, in_sheet, renamed

OTHER = (APL, "Program", "G4", "cross.pk-target")  # a finding of another workbook, there in every case


def snapshot(folder: Path) -> dict[bytes, tuple[object, ...]]:
    """Every entry of the folder as it is on disk: content and time of files, target of links."""
    out: dict[bytes, tuple[object, ...]] = {}
    for entry in os.scandir(os.fsencode(folder)):
        info = entry.stat(follow_symlinks=False)
        if entry.is_symlink():
            out[entry.name] = ("link", os.readlink(entry.path))
        elif not stat.S_ISREG(info.st_mode):
            out[entry.name] = (stat.S_IFMT(info.st_mode), info.st_mtime_ns)
        else:
            with open(entry.path, "rb") as fh:
                out[entry.name] = (hashlib.sha256(fh.read()).hexdigest(), info.st_mtime_ns)
    return out


def findings(result) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    return json.loads(result.stdout_bytes.decode("utf-8"))  # strict: the JSON is always valid UTF-8


def located(found: list[dict[str, str]]) -> set[tuple[str, str, str, str]]:
    return {(f["code"], f["file"], f["sheet"], f["cell"]) for f in found}


def no_crash(result) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.output and "kesalahan tak terduga" not in result.output


@pytest.mark.parametrize("case", HOSTILE, ids=lambda c: c.name)
def test_hostile_case_is_one_located_finding_and_the_rest_is_checked(case: Case, tmp_path, run):
    folder = materialise(case, tmp_path / case.name)
    before = snapshot(folder)
    result = run("validate", folder, "--format", "json")
    no_crash(result)
    found = findings(result)
    mine = [
        f
        for f in found
        if (f["code"], f["file"], f["sheet"], f["cell"]) == (case.code, case.file, case.sheet, case.cell)
    ]
    assert len(mine) == 1, [f for f in found if f["code"] == case.code]
    assert mine[0]["severity"] == catalogue()[case.code].severity.key and len(mine[0]["message"]) > 40
    assert result.exit_code == case.exit, [f for f in found if f["severity"] == "error"]
    file, sheet, cell, code = OTHER
    assert (code, file, sheet, cell) in located(found)  # the other workbooks are still read
    assert snapshot(folder) == before


def test_a_far_cell_is_named_and_the_rest_of_its_sheet_still_read(run, jambi_copy):
    edit(SEK, "Program", {"I4": "abc"})(jambi_copy)
    in_sheet(jambi_copy / SEK, "Program", append_rows(far_cell("XFD1048576", "x") + far_cell("C70000", "y")))
    result = run("validate", jambi_copy, "--format", "json")
    found = findings(result)
    far = [f for f in found if f["code"] == "sheet.too-large"]
    assert [(f["file"], f["sheet"], f["cell"]) for f in far] == [(SEK, "Program", "XFD1048576")]
    assert "XFD1048576 dan 1 sel lain" in far[0]["message"] and "65.536" in far[0]["message"]
    assert ("cell.number", SEK, "Program", "I4") in located(found)
    assert result.exit_code == 1


def test_a_far_cell_costs_no_memory_in_a_real_process(jambi_copy):
    """As a user runs it, with the address space capped at 2 GB: a reader that allocated the rectangle
    up to XFD1048576 would be killed by the cap (an abort, not exit 1)."""
    import resource
    import subprocess
    import sys

    in_sheet(jambi_copy / SEK, "Program", append_rows(far_cell("XFD1048576", "x")))
    edit(APL, "Program", {"I4": "abc"})(jambi_copy)

    def capped() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))

    done = subprocess.run(
        [sys.executable, "-m", "lkj", "validate", str(jambi_copy), "--format", "json"],
        capture_output=True,
        preexec_fn=capped,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr[-2000:]
    found = located(json.loads(done.stdout.decode("utf-8")))
    assert {("sheet.too-large", SEK, "Program", "XFD1048576"), ("cell.number", APL, "Program", "I4")} <= found


def test_a_workbook_that_cannot_be_opened_is_one_finding_and_the_folder_is_checked(
    run, jambi_copy, monkeypatch
):
    """Permission denied, simulated: the tests run as root, whom chmod 000 does not stop."""
    real_open = Path.open

    def refusing(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name == SEK:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing)
    result = run("validate", jambi_copy, "--format", "json")
    no_crash(result)
    found = findings(result)
    assert [(f["code"], f["cell"]) for f in found if f["file"] == SEK] == [("file.unreadable", "")]
    assert "izin membaca" in next(f["message"] for f in found if f["file"] == SEK)
    assert ("file.bidang-missing", INS, "Bidang", "A4") in located(found)
    assert result.exit_code == 1


def test_a_panic_inside_calamine_is_a_finding_about_that_workbook(run, jambi_copy, monkeypatch):
    import lkj.read.workbook as reading

    class PanicException(BaseException):  # what pyo3 raises for a Rust panic
        pass

    real = reading.CalamineWorkbook.from_filelike
    sek = (jambi_copy / SEK).read_bytes()

    def panicking(source, *args):  # type: ignore[no-untyped-def]
        if source.getvalue() == sek:
            raise PanicException("called `Option::unwrap()` on a `None` value")
        return real(source, *args)

    monkeypatch.setattr(reading.CalamineWorkbook, "from_filelike", panicking)
    found = findings(run("validate", jambi_copy, "--format", "json"))
    assert [f["code"] for f in found if f["file"] == SEK] == ["file.corrupt"]
    assert (OTHER[3], APL, "Program", "G4") in located(found)


def test_an_error_no_check_foresaw_is_a_finding_about_that_workbook(run, jambi_copy, monkeypatch):
    import lkj.read as reading

    real = reading.build_bidang

    def failing(read):  # type: ignore[no-untyped-def]
        if read.name == SEK:
            raise RuntimeError("sesuatu yang tak terduga")
        return real(read)

    monkeypatch.setattr(reading, "build_bidang", failing)
    result = run("validate", jambi_copy, "--format", "json")
    no_crash(result)
    found = findings(result)
    mine = [f for f in found if f["file"] == SEK]
    assert [f["code"] for f in mine] == ["file.corrupt"]
    assert "RuntimeError: sesuatu yang tak terduga" in mine[0]["message"]
    assert (OTHER[3], APL, "Program", "G4") in located(found)


def test_a_file_name_that_is_not_utf8_is_read_and_named_readably(run, jambi_copy, tmp_path):
    edit(SEK, "Program", {"I4": "abc"})(jambi_copy)
    renamed(SEK, b"01-sekretariat-\xff.xlsx")(jambi_copy)
    shown = "01-sekretariat-\\xff.xlsx"
    for fmt in ("json", "text"):
        result = run("validate", jambi_copy, "--format", fmt)
        no_crash(result)
        result.stdout_bytes.decode("utf-8")  # valid UTF-8, whatever the name holds
    found = findings(run("validate", jambi_copy, "--format", "json"))
    assert ("cell.number", shown, "Program", "I4") in located(found)
    assert not any(f["code"] == "file.corrupt" for f in found)
    result = run("validate", jambi_copy, "--annotate", tmp_path / "catatan")
    copies = os.listdir(os.fsencode(tmp_path / "catatan"))
    assert b"01-sekretariat-\xff-dengan-catatan.xlsx" in copies, copies


def test_findings_are_printed_before_the_copies_and_an_unloadable_workbook_is_named(
    run, jambi_copy, tmp_path
):
    """A style openpyxl cannot resolve (and a value it cannot parse) in one workbook: the findings
    come first, the other copies are written, that one is named with the reason."""
    cell_xml(SEK, "Program", "I4", '<c r="I4" s="9999" t="inlineStr"><is><t>abc</t></is></c>')(jambi_copy)
    edit(APL, "Program", {"I4": "xyz"})(jambi_copy)
    before = snapshot(jambi_copy)
    out = tmp_path / "catatan"
    result = run("validate", jambi_copy, "--format", "json", "--annotate", out)
    no_crash(result)
    assert result.exit_code == 1
    found = findings(result)  # stdout holds the findings, whole
    assert {("cell.number", SEK, "Program", "I4"), ("cell.number", APL, "Program", "I4")} <= located(found)
    marked = {f["file"] for f in found if f["sheet"] and f["cell"][:1].isalpha()} - {SEK}
    assert APL in marked
    assert sorted(p.name for p in out.iterdir()) == sorted(
        n.replace(".xlsx", "-dengan-catatan.xlsx") for n in marked
    )
    assert f"tidak ditulis: salinan bercatatan {SEK}: openpyxl tidak dapat membaca isinya" in result.stderr
    assert snapshot(jambi_copy) == before


def test_what_a_cell_holds_is_quoted_printable_in_the_message_and_the_copy(run, jambi_copy, tmp_path):
    """A terminal escape typed (or pasted) into a date cell: quoted escaped, never sent to the terminal,
    and openpyxl can write it into the annotated copy's comment."""
    cell_xml(INS, "Profil", "B12", '<c r="B12" t="inlineStr"><is><t>_x001B_[31m merah</t></is></c>')(
        jambi_copy
    )
    result = run("validate", jambi_copy, "--annotate", tmp_path / "catatan")
    no_crash(result)
    assert "\x1b" not in result.output and "\\x1b[31m merah" in result.output
    assert (tmp_path / "catatan" / "00-instansi-dengan-catatan.xlsx").exists()


def test_a_merge_over_the_whole_sheet_gets_no_copy_and_no_hang(run, jambi_copy, tmp_path):
    edit(SEK, "Program", {"I4": "abc"})(jambi_copy)
    from tests.hostile import merge

    in_sheet(jambi_copy / SEK, "Program", merge("A5:XFD1048576"))
    out = tmp_path / "catatan"
    result = run("validate", jambi_copy, "--annotate", out)
    no_crash(result)
    assert SEK.replace(".xlsx", "-dengan-catatan.xlsx") not in {p.name for p in out.iterdir()}
    assert f"tidak ditulis: salinan bercatatan {SEK}: selnya digabung terlalu luas" in result.stderr


# ---- amounts


def test_a_realisasi_of_1e30_stops_validate_build_and_hitung_with_the_cell(run, jambi_copy, tmp_path):
    edit(SEK, "Program", {"I4": 1e30})(jambi_copy)
    for args in (("validate",), ("hitung",), ("build", "-o", tmp_path / "lkj.docx")):
        result = run(*args[:1], jambi_copy, *args[1:])
        no_crash(result)
        assert result.exit_code == 1
        assert "Program!I4 [cell.number]" in result.output and "1.000 triliun" in result.output
    assert not (tmp_path / "lkj.docx").exists()


def _hundred_amounts_in_one_program(folder: Path) -> None:
    """A hundred sub kegiatan of Rp999.999.999.999.999 each under program 2.21.02 (no PK row for it)."""
    import openpyxl

    path = folder / "05-persandian.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Sub Kegiatan"]
    for i in range(100):
        values = [f"2.21.02.2.01.{i + 1:04d}", "2.21.02.2.01", f"Sub kegiatan {i + 1}", None, None, None]
        values += [999_999_999_999_999, None, 999_999_999_999_999, 100]
        for column, value in enumerate(values, start=1):
            ws.cell(4 + i, column).value = value
    wb.save(path)
    wb = openpyxl.load_workbook(folder / INS)
    wb["PK Anggaran"].delete_rows(18)  # the final PK's row for 2.21.02
    wb.save(folder / INS)


def test_sums_of_the_largest_amounts_are_exact_in_hitung_and_build(run, jambi_copy, tmp_path):
    original = json.loads(run("hitung", jambi_copy, "--format", "json").stdout)["anggaran"]
    _hundred_amounts_in_one_program(jambi_copy)
    result = run("hitung", jambi_copy, "--format", "json")
    assert result.exit_code == 0, result.output
    hasil = json.loads(result.stdout)
    program = next(p for p in hasil["program"] if p["kode"] == "2.21.02")
    assert program["pagu"] == str(100 * 999_999_999_999_999)
    expected = Decimal(original["pagu"]) - 60_800_300 + 100 * 999_999_999_999_999
    assert Decimal(hasil["anggaran"]["pagu"]) == expected > 0
    report = tmp_path / "lkj.docx"
    assert run("build", jambi_copy, "-o", report).exit_code == 0
    with zipfile.ZipFile(report) as docx:
        text = docx.read("word/document.xml").decode()
    assert "Rp99.999.999.999.999.900" in text and f"{expected:,}".replace(",", ".") in text


def test_every_part_of_a_report_from_hostile_amounts_parses(run, jambi_copy, tmp_path):
    """Tiny and odd numbers that pass the reader make a report whose every XML part is well-formed."""
    edit(SEK, "Program", {"G4": 1e-30, "I4": "0,000000000001"})(jambi_copy)
    edit(SEK, "Sub Kegiatan", {"I4": "Rp 0,01", "I5": 1e-30})(jambi_copy)
    report = tmp_path / "lkj.docx"
    result = run("build", jambi_copy, "-o", report)
    no_crash(result)
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(report) as docx:
        for name in docx.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(docx.read(name))


def test_a_stray_file_with_an_odd_name_is_told_once_as_skipped(run, jambi_copy, tmp_path):
    """Not 'its content is still read' beside 'skipped', in the findings and in the report's annex."""
    with open(os.path.join(os.fsencode(jambi_copy), b"catatan\x01.txt"), "wb") as stray:
        stray.write(b"bukan workbook")
    found = findings(run("validate", jambi_copy, "--format", "json"))
    assert [(f["code"], f["message"]) for f in found if f["file"] == "catatan\\x01.txt"] == [
        ("file.skipped", "Bukan workbook Excel (.xlsx); berkas dilewati.")
    ]
    report = tmp_path / "laporan.docx"
    assert run("build", jambi_copy, "-o", report).exit_code == 0
    with zipfile.ZipFile(report) as docx:
        assert "tetap dibaca" not in docx.read("word/document.xml").decode("utf-8")
