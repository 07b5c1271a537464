"""The Catatan Penyusunan as the bidang's work list (lkj.xlsx.catatan): the same items as the text form,
in its order, every value text, a hostile one never a formula."""

from __future__ import annotations

import io

import openpyxl

from lkj.findings import Finding, Severity
from lkj.web.actions import catatan_text
from lkj.xlsx.catatan import write_catatan
from tests.helpers import text_items, work_list_items

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
