"""`lkj templates`: protected, self-explaining blank workbooks that read back as an empty model."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from lkj import layout as L
from lkj.contract import GUIDE_SHEET, LIST_SHEET, META_SHEET, WORKBOOKS, TableSheet
from lkj.read import read_folder


@pytest.fixture(scope="module")
def kosong(tmp_path_factory) -> Path:
    from lkj.xlsx.handout import write_templates

    folder = tmp_path_factory.mktemp("kosong")
    write_templates(folder, 2022)
    return folder


def test_writes_one_instansi_and_one_bidang_workbook(run, tmp_path):
    result = run("templates", tmp_path / "kosong", "--tahun", "2022")
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "kosong").iterdir()) == [
        "00-instansi-2022.xlsx",
        "bidang-2022.xlsx",
    ]


def test_unfilled_templates_read_as_an_empty_model_without_findings(kosong):
    result = read_folder(kosong)
    assert result.findings == ()
    instansi = result.dataset.instansi
    assert instansi is not None and instansi.profil is None and instansi.indikator == ()
    assert [b.program for b in result.dataset.bidang] == [()]


def test_structure_guide_protection_and_help(kosong):
    wb = openpyxl.load_workbook(kosong / "bidang-2022.xlsx")
    spec = WORKBOOKS["bidang"]
    assert wb.sheetnames[0] == GUIDE_SHEET
    assert [s.name for s in spec.sheets] == [
        n for n in wb.sheetnames if n not in (GUIDE_SHEET, LIST_SHEET, META_SHEET)
    ]
    assert wb[META_SHEET].sheet_state == "veryHidden" and wb[LIST_SHEET].sheet_state == "hidden"
    assert wb.security.lockStructure
    sub = wb["Sub Kegiatan"]
    assert sub.protection.sheet and sub.freeze_panes == f"A{L.FIRST_DATA_ROW}"
    header = sub.cell(row=L.HEADER_ROW, column=7)
    assert header.value == "Pagu (Rp) *" and "rupiah" in header.comment.text
    assert header.protection.locked
    pagu = sub.column_dimensions["G"]  # the whole column is the input area: typed cells take its style
    assert (
        not pagu.protection.locked
        and pagu.number_format == "#,##0"
        and pagu.fill.fgColor.rgb.endswith("FFF8E1")
    )
    assert sub.cell(row=1, column=7).protection.locked and sub.cell(
        row=1, column=7
    ).fill.fgColor.rgb.endswith("FFFFFF")
    assert wb[GUIDE_SHEET]["A1"].value == "PETUNJUK PENGISIAN WORKBOOK BIDANG TAHUN 2022"


def test_dropdowns_for_closed_lists_and_parent_kode(kosong):
    wb = openpyxl.load_workbook(kosong / "bidang-2022.xlsx")
    formulas = {
        _column(dv): dv.formula1 for dv in wb["Kegiatan"].data_validations.dataValidation if dv.type == "list"
    }
    assert formulas["B"] == "='Program'!$A$4:$A$1003"  # parent kode from the sibling sheet
    program = {_column(dv): dv for dv in wb["Program"].data_validations.dataValidation}
    assert program["F"].formula1 == "=L_POLARITAS" and program["F"].showErrorMessage
    assert program["H"].formula1 == "=L_SATUAN" and not program["H"].showErrorMessage  # suggestions only
    assert "Maksimal (semakin tinggi semakin baik)" in [c.value for c in wb[LIST_SHEET]["A"]]


def _column(dv) -> str:
    return str(dv.sqref).split(":")[0].rstrip("0123456789")


def test_prefilled_reference_rows_and_defaults(kosong):
    wb = openpyxl.load_workbook(kosong / "00-instansi-2022.xlsx")
    spbe = wb["SPBE"]
    assert spbe.cell(row=L.FIRST_DATA_ROW + 46, column=1).value == 47
    assert not spbe.cell(row=L.FIRST_DATA_ROW, column=4).protection.locked
    assert spbe.cell(row=L.FIRST_DATA_ROW, column=2).protection.locked  # reference text is not editable
    assert wb["Pengaturan"]["B4"].value == "Selisih capaian dan serapan"
    assert wb["Profil"]["B7"].value == 2022


def test_from_a_filled_instansi_each_bidang_gets_its_workbook(run, tmp_path):
    from tests.conftest import JAMBI

    result = run("templates", tmp_path / "out", "--dari", JAMBI)
    assert result.exit_code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names[0] == "00-instansi-kosong-2022.xlsx" and len(names) == 6  # named apart from the filled one
    wb = openpyxl.load_workbook(tmp_path / "out" / "03-bidang-aplikasi-informatika-2022.xlsx")
    assert wb["Identitas"]["B4"].value == "Bidang Aplikasi Informatika"
    lists = [c.value for c in wb[LIST_SHEET]["C"] if c.value]  # sasaran codes are offered
    assert any(
        str(v).startswith("SS-") or str(v).startswith("IK-")
        for v in lists + [c.value for c in wb[LIST_SHEET]["D"] if c.value]
    )


@pytest.mark.libreoffice
def test_templates_open_in_libreoffice_calc(kosong, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice tidak terpasang")
    for name in ("00-instansi-2022.xlsx", "bidang-2022.xlsx"):
        out = tmp_path / "lo"
        done = subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{tmp_path}/profile",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(out),
                str(kosong / name),
            ],
            capture_output=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr
        reopened = openpyxl.load_workbook(out / name)
        assert "Sub Kegiatan" in reopened.sheetnames or "Indikator" in reopened.sheetnames
        spec = WORKBOOKS["bidang" if name.startswith("bidang") else "instansi"]
        for sheet in spec.sheets:
            if isinstance(sheet, TableSheet):
                assert (
                    reopened[sheet.name]
                    .cell(row=L.HEADER_ROW, column=1)
                    .value.startswith(sheet.columns[0].header)
                )


def test_libreoffice_opens_input_columns_unlocked_and_the_rest_locked(kosong, tmp_path):
    """Column styles are what makes typed cells editable: check that LibreOffice reads them so."""
    import re
    import shutil
    import subprocess
    import zipfile

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice tidak terpasang")
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profil",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path),
            str(kosong / "bidang-2022.xlsx"),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    content = zipfile.ZipFile(tmp_path / "bidang-2022.ods").read("content.xml").decode()
    unprotected = set(
        re.findall(
            r'<style:style style:name="(ce\d+)"[^>]*>(?:(?!</style:style>).)*'
            r'style:cell-protect="none"',
            content,
        )
    )
    table = re.search(r'<table:table table:name="Sub Kegiatan".*?</table:table>', content, re.S).group(0)
    columns: list[str] = []
    for match in re.finditer(r"<table:table-column ([^>]*)/>", table):
        repeat = re.search(r'number-columns-repeated="(\d+)"', match.group(1))
        named = re.search(r'default-cell-style-name="([^"]+)"', match.group(1))
        style = named.group(1) if named else "Default"
        columns += [style] * (int(repeat.group(1)) if repeat else 1)
    assert all(style in unprotected for style in columns[:12])  # A–L: every input column
    assert columns[12] not in unprotected
