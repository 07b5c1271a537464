"""The Catatan Penyusunan as the bidang's work list (lkj.xlsx.catatan): the same items as the text form,
in its order, every value text, a hostile one never a formula; written beside the report by `lkj build
--catatan-xlsx`, never over a file lkj did not write."""

from __future__ import annotations

import io

import openpyxl

from lkj.findings import Finding, Severity
from lkj.pipeline import check
from lkj.web.actions import catatan_text
from lkj.xlsx.catatan import write_catatan
from tests.conftest import JAMBI, SUKAMAJU
from tests.helpers import refused, state, text_items, work_list_items

HOSTILE = '=HYPERLINK("http://contoh.invalid","klik")'
FINDINGS = (
    Finding(
        Severity.WARNING,
        "cell.missing",
        "02-bidang.xlsx",
        "Sub Kegiatan",
        "G4",
        "Pagu kosong. Isi pagu.",
        True,
        True,
    ),
    Finding(Severity.WARNING, "report.text-missing", "00-instansi.xlsx", "Uraian", "", HOSTILE, True, True),
    Finding(
        Severity.ERROR,
        "cross.pk-budget",
        "=cmd|' /C calc'!A0.xlsx",
        "PK Target",
        "C14",
        "+1 -2 @x",
        False,
        True,
    ),
)


def _written(findings: tuple[Finding, ...]) -> bytes:
    out = io.BytesIO()
    write_catatan(findings, out)
    return out.getvalue()


def test_the_work_list_holds_the_items_of_the_text_in_its_order() -> None:
    assert work_list_items(_written(FINDINGS)) == text_items(catatan_text(FINDINGS))


def test_a_value_beginning_with_an_equals_sign_is_stored_as_text() -> None:
    ws = openpyxl.load_workbook(io.BytesIO(_written(FINDINGS)))["Catatan Penyusunan"]
    values = {c.value: c.data_type for row in ws.iter_rows(min_row=5) for c in row if c.value}
    assert values[HOSTILE] == "s" and values["=cmd|' /C calc'!A0.xlsx"] == "s" and values["+1 -2 @x"] == "s"
    assert not any(str(v).startswith("=") and t == "f" for v, t in values.items())


def test_the_same_input_gives_the_same_bytes_and_an_empty_list_says_the_final_can_be_built() -> None:
    assert _written(FINDINGS) == _written(FINDINGS)
    ws = openpyxl.load_workbook(io.BytesIO(_written(())))["Catatan Penyusunan"]
    assert "laporan final dapat disusun" in str(ws["A2"].value) and ws.max_row == 4


def test_lkj_build_writes_the_work_list_beside_the_report_and_replaces_only_its_own(
    run, jambi_copy, tmp_path
):
    """`lkj build --catatan-xlsx`: the konsep's work list beside the report, named after it, the same items
    as the text form; a file name beginning with '=' stays text; a later build replaces lkj's own list."""
    (jambi_copy / "05-persandian.xlsx").rename(jambi_copy / "=05-persandian.xlsx")
    out = tmp_path / "konsep.docx"
    done = run("build", jambi_copy, "-o", out, "--catatan-xlsx")
    assert done.exit_code == 0, done.output
    work_list = tmp_path / "konsep-catatan-penyusunan.xlsx"
    assert f"ditulis: {work_list}" in done.output
    blocking = check(jambi_copy, year=True).blocking
    assert work_list_items(work_list.read_bytes()) == text_items(catatan_text(blocking))
    ws = openpyxl.load_workbook(work_list)["Catatan Penyusunan"]
    files = [c for c in ws["B"][4:] if c.value == "=05-persandian.xlsx"]
    assert files and all(c.data_type == "s" for c in files)
    first = work_list.read_bytes()
    again = run("build", jambi_copy, "-o", out, "--catatan-xlsx")
    assert again.exit_code == 0, again.output
    assert work_list.read_bytes() == first


def test_the_work_list_never_replaces_a_file_lkj_did_not_write(run, tmp_path):
    """A file at the work list's place that lkj did not write (or one a bidang saved since) is refused
    before anything is written, the report too; --ganti replaces it."""
    out = tmp_path / "konsep.docx"
    work_list = tmp_path / "konsep-catatan-penyusunan.xlsx"
    theirs = openpyxl.Workbook()
    theirs.properties.lastModifiedBy = "Bidang Persandian"
    theirs.save(work_list)
    before = state(tmp_path)
    done = run("build", JAMBI, "-o", out, "--catatan-xlsx")
    refused(done, work_list)
    assert state(tmp_path) == before and not out.exists()
    replaced = run("build", JAMBI, "-o", out, "--catatan-xlsx", "--ganti")
    assert replaced.exit_code == 0, replaced.output
    assert openpyxl.load_workbook(work_list).properties.lastModifiedBy == "lkj catatan"


def test_without_the_option_no_work_list_and_a_final_refuses_it(run, tmp_path):
    out = tmp_path / "konsep.docx"
    assert run("build", JAMBI, "-o", out).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["konsep.docx"]
    final = run("build", SUKAMAJU, "-o", tmp_path / "final.docx", "--final", "--catatan-xlsx")
    assert final.exit_code == 2 and "--catatan-xlsx hanya untuk konsep" in final.output
    assert not (tmp_path / "final.docx").exists()
