"""Every rule and robustness case of the corpus: exact code, file, sheet and cell; exit status;
no traceback."""

from __future__ import annotations

import json

import pytest

from lkj.docs import catalogue
from lkj.findings import Severity, has_errors
from lkj.pipeline import check
from tests.conftest import JAMBI
from tests.corpus import CASES, IKP, SEK, Case, edit, materialise


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_case_reports_code_file_sheet_cell(case: Case, tmp_path, run):
    folder = materialise(case, tmp_path / case.name)
    result = run("validate", folder, "--format", "json")
    assert "Traceback" not in result.output
    found = json.loads(result.output)
    located = {(f["code"], f["file"], f["sheet"], f["cell"]) for f in found}
    assert (case.code, case.file, case.sheet, case.cell) in located, [
        f for f in found if f["code"] == case.code
    ]
    assert result.exit_code == case.exit, [f for f in found if f["severity"] == "error"]
    item = next(
        f
        for f in found
        if (f["code"], f["file"], f["sheet"], f["cell"]) == (case.code, case.file, case.sheet, case.cell)
    )
    assert item["severity"] == catalogue()[case.code].severity.key and len(item["message"]) > 30


def test_every_rule_has_a_case():
    from tests.hostile import HOSTILE

    covered = {case.code for case in CASES + HOSTILE}
    untested = (
        set(catalogue())
        - covered
        - {
            "cell.integer",
            "cell.too-long",
            "sheet.column-missing-optional",
            "sheet.field-missing",
            "file.unknown",
            "budget.realisasi-missing",
            "cross.realisasi-other-bidang",
            "cross.no-realisasi",
            "instansi.sasaran-missing",
            "instansi.pk-missing",
        }
    )
    assert untested <= {"cell.too-long"}, f"rules without a corpus case: {sorted(untested)}"


def test_warnings_fail_with_strict(run, tmp_path):
    from tests.conftest import JAMBI

    assert run("validate", JAMBI).exit_code == 0
    assert run("validate", JAMBI, "--strict").exit_code == 1


def test_cannot_run_exits_2(run, tmp_path):
    assert run("validate", tmp_path / "tidak-ada").exit_code == 2
    (tmp_path / "kosong").mkdir()
    (tmp_path / "kosong" / "catatan.pdf").write_bytes(b"%PDF")
    result = run("validate", tmp_path / "kosong")
    assert result.exit_code == 2 and "tidak berisi workbook" in result.output


def test_text_output_groups_by_file_most_severe_first(run, tmp_path):
    case = next(c for c in CASES if c.name == "realisasi-melebihi-pagu")
    folder = materialise(case, tmp_path / "x")
    out = run("validate", folder).output
    block = out.split("01-sekretariat.xlsx\n")[1].split("\n\n")[0]
    labels = [
        line.split()[0]
        for line in block.splitlines()
        if line.startswith("  ") and not line.startswith("      ")
    ]
    assert labels[0] == "GALAT" and labels.index("PERINGATAN") > labels.index("GALAT")
    from lkj.validate.rules_ejaan import speller

    # 12 about the input, the doubled word, the year's report gaps (3 texts, 22 analysis slots, the failed
    # IKU's kendala and plan, an IKU outside every sasaran), the cells with non-standard spellings (5:
    # "Lkj" twice, "sekedar", "Indek", "Resiko") and the "3.0" typed with a decimal point, and the cells
    # with words the Indonesian dictionary lacks (where it is installed)
    warnings = 12 + 1 + 3 + 22 + 1 + 1 + 5 + 1 + (11 if speller() is not None else 0)
    assert out.rstrip().splitlines()[-1].startswith(f"Ringkasan: 1 galat, {warnings} peringatan")


def test_other_workbooks_are_still_checked_next_to_a_broken_one(run, tmp_path):
    case = next(c for c in CASES if c.name == "berkas-rusak")
    folder = materialise(case, tmp_path / "x")
    found = json.loads(run("validate", folder, "--format", "json").output)
    assert any(f["code"] == "cross.pk-target" and f["file"] == "03-aplikasi-informatika.xlsx" for f in found)


def test_annotate_marks_the_cell_red_with_the_message_and_leaves_originals(run, tmp_path):
    import hashlib
    import shutil
    import subprocess

    import openpyxl

    case = next(c for c in CASES if c.name == "realisasi-melebihi-pagu")
    folder = materialise(case, tmp_path / "masukan")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    result = run("validate", folder, "--annotate", tmp_path / "catatan")
    assert result.exit_code == 1
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()} == before
    copy = tmp_path / "catatan" / "01-sekretariat-dengan-catatan.xlsx"
    cell = openpyxl.load_workbook(copy)["Sub Kegiatan"]["I4"]
    assert cell.fill.fgColor.rgb.endswith("FF9999")
    assert "budget.above-pagu" in cell.comment.text and "melebihi pagu" in cell.comment.text
    soffice = shutil.which("soffice")
    if soffice is None:
        return
    done = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profil",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "lo"),
            str(copy),
        ],
        capture_output=True,
        timeout=180,
    )
    assert done.returncode == 0
    reopened = openpyxl.load_workbook(tmp_path / "lo" / copy.name)["Sub Kegiatan"]["I4"]
    assert reopened.comment is not None and "melebihi pagu" in reopened.comment.text
    assert reopened.fill.fgColor.rgb.endswith("FF9999")


def test_an_annotated_empty_cell_stays_open_for_the_fix(run, jambi_copy, tmp_path):
    """The red mark on a required cell left empty (never typed into, so the cell does not exist in the
    file) must not lock it: the annotated copy gives it its column's input style."""
    import openpyxl

    book = jambi_copy / "01-sekretariat.xlsx"
    wb = openpyxl.load_workbook(book)
    wb["Sub Kegiatan"]._cells.pop((5, 3))  # C5, the name of a sub kegiatan, as if never filled
    wb.save(book)
    run("validate", jambi_copy, "--annotate", tmp_path / "catatan")
    sheet = openpyxl.load_workbook(tmp_path / "catatan" / "01-sekretariat-dengan-catatan.xlsx")[
        "Sub Kegiatan"
    ]
    cell = sheet["C5"]
    assert cell.fill.fgColor.rgb.endswith("FF9999") and "cell.required" in cell.comment.text
    assert not cell.protection.locked and sheet.protection.sheet
    assert cell.number_format == sheet.column_dimensions["C"].number_format == "@"


def test_findings_inside_merged_cells_are_marked_on_the_merge(run, jambi_copy, tmp_path):
    """A cell covered by merged cells has no fill or comment of its own: its marks go to the merge's first
    cell, together with the finding about the merge (was: an unexpected error, no copies written)."""
    import openpyxl

    book = jambi_copy / "01-sekretariat.xlsx"
    wb = openpyxl.load_workbook(book)
    wb["Sub Kegiatan"].merge_cells("A5:C6")  # B5, C5 and the row 6 cells read empty: findings there
    wb.save(book)
    result = run("validate", jambi_copy, "--annotate", tmp_path / "catatan")
    assert result.exit_code == 1, result.output
    sheet = openpyxl.load_workbook(tmp_path / "catatan" / "01-sekretariat-dengan-catatan.xlsx")[
        "Sub Kegiatan"
    ]
    marks = sheet["A5"].comment.text
    assert "table.merged" in marks and "cell.required" in marks and "Kode Kegiatan" in marks
    assert sheet["A5"].fill.fgColor.rgb.endswith("FF9999")


def test_an_unreadable_amount_is_reported_once_not_compared_as_zero(run, jambi_copy):
    from tests.helpers import edit_cells

    edit_cells(jambi_copy / "01-sekretariat.xlsx", "Sub Kegiatan", {"G5": "tujuh juta", "I6": "1,234,5"})
    found = json.loads(run("validate", jambi_copy, "--format", "json").output)
    sekretariat = [(f["code"], f["cell"]) for f in found if f["file"] == "01-sekretariat.xlsx"]
    assert ("cell.money", "G5") in sekretariat and ("cell.money", "I6") in sekretariat
    # no realisasi "above a pagu of Rp0", no realisasi "missing", no PK budget off by the unread pagu
    assert not [f for f in found if f["code"] in ("budget.above-pagu", "budget.realisasi-missing")]
    assert not [f for f in found if f["code"] == "cross.pk-budget" and "2.16.01" in f["message"]]


# ---- the year computed while the rules run (lkj.pipeline.check with year=True)


@pytest.fixture
def rules_aside(monkeypatch):
    """The rules run by a worker process even on a sample folder, as on a large one."""
    import lkj.pipeline

    monkeypatch.setattr(lkj.pipeline, "PARALLEL_FROM", 0)


def test_the_year_computed_while_the_rules_run_changes_no_finding(
    rules_aside, jambi_copy, monkeypatch, tmp_path
):
    import os
    import time

    import lkj.compute
    import lkj.pipeline

    edit(SEK, "Kegiatan", {"F8": None})(jambi_copy)  # a warning (the rules') to carry over
    where = tmp_path / "pid"
    rules, compute = lkj.pipeline.validate, lkj.compute.compute

    def recorded(read: object) -> object:
        where.write_text(str(os.getpid()))
        return rules(read)  # type: ignore[arg-type]

    def slow(dataset: object, settings: object) -> object:
        time.sleep(0.3)  # the worker takes the rules meanwhile
        return compute(dataset, settings)  # type: ignore[arg-type]

    monkeypatch.setattr(lkj.pipeline, "validate", recorded)
    monkeypatch.setattr(lkj.compute, "compute", slow)
    checked = check(jambi_copy, year=True)
    assert checked.hasil is not None and checked.hasil.tahun == 2022
    if lkj.parallel.can_fork():
        assert where.read_text() != str(os.getpid())  # the rules ran in a worker
    monkeypatch.undo()
    assert checked.findings == check(jambi_copy).findings  # the year's findings, computed or not
    assert any(f.severity is Severity.WARNING for f in checked.findings)


def test_a_year_that_fails_on_data_the_rules_refuse_gives_way_to_their_findings(
    rules_aside, jambi_copy, monkeypatch
):
    import lkj.compute

    edit(IKP, "Program", {"A4": "2.16.01"})(jambi_copy)  # one kode, two names in two bidang

    def fails(dataset: object, settings: object) -> None:
        raise KeyError("2.16.01")

    monkeypatch.setattr(lkj.compute, "compute", fails)
    checked = check(jambi_copy, year=True)
    assert checked.hasil is None
    assert "cross.shared-name" in {f.code for f in checked.findings}


def test_a_year_that_fails_on_data_the_rules_accept_raises(rules_aside, monkeypatch):
    import lkj.compute

    def fails(dataset: object, settings: object) -> None:
        raise KeyError("bug")

    monkeypatch.setattr(lkj.compute, "compute", fails)
    with pytest.raises(KeyError, match="bug"):
        check(JAMBI, year=True)


def test_no_year_is_computed_on_what_the_reader_refused(rules_aside, jambi_copy, monkeypatch):
    import lkj.compute

    edit(SEK, "Sub Kegiatan", {"G4": "delapan juta"})(jambi_copy)  # rupiah in words

    def must_not_run(dataset: object, settings: object) -> None:
        pytest.fail("the year was computed on a dataset with reader errors")

    monkeypatch.setattr(lkj.compute, "compute", must_not_run)
    checked = check(jambi_copy, year=True)
    assert checked.hasil is None and has_errors(checked.findings)
