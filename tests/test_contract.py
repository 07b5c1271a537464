"""The contract is the one source of truth: model fields, docs and templates follow it."""

from __future__ import annotations

import dataclasses

import pytest

from lkj import model
from lkj.contract import WORKBOOKS, FormSheet, Kind, TableSheet
from lkj.contract.lists import CLOSED, DYNAMIC, SUGGESTED
from lkj.docs import GENERATED
from tests.conftest import ROOT

MODEL_OF = {**model.INSTANSI_RECORDS, **model.BIDANG_RECORDS}
PER_INDICATOR_FIELDS = {f.name for f in dataclasses.fields(model.Ukuran)} | {"realisasi_volume"}
DERIVED = {"src", "ukuran", "bidang"}


def all_sheets():
    for spec in WORKBOOKS.values():
        yield from spec.sheets


@pytest.mark.parametrize("sheet", list(all_sheets()), ids=lambda s: s.key)
def test_every_column_is_a_model_field(sheet):
    fields = {f.name for f in dataclasses.fields(MODEL_OF[sheet.key])}
    columns = sheet.fields if isinstance(sheet, FormSheet) else sheet.columns
    for column in columns:
        if column.kind is Kind.INFO:
            continue
        assert column.key in fields or (column.per_indicator and column.key in PER_INDICATOR_FIELDS), (
            column.key
        )
    keys = {c.key for c in columns}
    assert fields - keys <= DERIVED, f"model fields without a column: {fields - keys - DERIVED}"


def test_every_sheet_is_bound_to_the_workbook_model_by_its_key():
    for spec, workbook, binding in (
        (WORKBOOKS["instansi"], model.Instansi, model.INSTANSI_RECORDS),
        (WORKBOOKS["bidang"], model.Bidang, model.BIDANG_RECORDS),
    ):
        assert [sheet.key for sheet in spec.sheets] == list(binding)
        fields = [f.name for f in dataclasses.fields(workbook)]
        assert fields == ["file", "meta", *binding]


@pytest.mark.parametrize("sheet", list(all_sheets()), ids=lambda s: s.key)
def test_every_column_explains_itself(sheet):
    columns = sheet.fields if isinstance(sheet, FormSheet) else sheet.columns
    assert sheet.intro
    for column in columns:
        assert len(column.help) >= 10, column.key
        if column.choices:
            assert column.choices in CLOSED or column.choices in DYNAMIC or column.choices in SUGGESTED
        if column.kind is Kind.CHOICE:
            assert column.choices in CLOSED, column.key


def test_unique_and_identity_columns_exist():
    for sheet in all_sheets():
        if isinstance(sheet, TableSheet):
            keys = {c.key for c in sheet.columns}
            assert set(sheet.unique) <= keys and set(sheet.identity) <= keys


def test_generated_docs_are_current():
    for name, render in GENERATED.items():
        committed = (ROOT / "docs" / name).read_text(encoding="utf-8")
        assert committed == render(), f"docs/{name} is stale: run python dev/make_docs.py"


def test_the_template_reference_covers_every_text_template_and_type():
    text = (ROOT / "docs" / "templat.md").read_text(encoding="utf-8")
    for path in (ROOT / "templates").glob("*/*.j2"):
        assert f"### `{path.parent.name}/{path.name}`" in text
    assert "Tidak dipakai oleh laporan" not in text
    for name in ("Umum", "IndikatorView", "SasaranView", "AnggaranView", "TrenView"):
        assert f"### {name}\n" in text
