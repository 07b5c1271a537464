"""Fill a blank template programmatically, read it back, get the same values (every column of every sheet)."""

from __future__ import annotations

import pytest

from lkj.contract import WORKBOOKS, FormSheet, Kind
from lkj.read.files import Candidate
from lkj.read.workbook import read_workbook
from lkj.xlsx.fill import fill_workbook
from tests.helpers import sample_value, second_value


@pytest.mark.parametrize("kind", list(WORKBOOKS))
def test_every_column_round_trips(kind, tmp_path):
    spec = WORKBOOKS[kind]
    data = {}
    for sheet in spec.sheets:
        if isinstance(sheet, FormSheet):
            data[sheet.key] = {c.key: sample_value(c) for c in sheet.fields}
        elif sheet.key == "spbe":
            data[sheet.key] = [{"nomor": 5, "tingkat": 4}]
        else:
            row = {c.key: sample_value(c) for c in sheet.input_columns}
            other = {
                c.key: second_value(c) if c.key in sheet.unique else sample_value(c)
                for c in sheet.input_columns
            }
            data[sheet.key] = [row, other]
    path = tmp_path / f"{kind}.xlsx"
    fill_workbook(spec, data, path)

    read, findings = read_workbook(Candidate(path, path.name))
    assert findings == []
    for sheet in spec.sheets:
        records = read.sheets[sheet.key].records
        if isinstance(sheet, FormSheet):
            assert records[0].values == {c.key: sample_value(c, read=True) for c in sheet.fields}
        elif sheet.key == "spbe":
            assert records[4].values == {"nomor": 5, "tingkat": 4} and len(records) == 47
        else:
            expected = {c.key: sample_value(c, read=True) for c in sheet.input_columns}
            other = {
                c.key: second_value(c, read=True) if c.key in sheet.unique else sample_value(c, read=True)
                for c in sheet.input_columns
            }
            assert [r.values for r in records] == [expected, other]


def test_every_kind_has_a_sample():
    kinds = {
        c.kind
        for spec in WORKBOOKS.values()
        for s in spec.sheets
        for c in (s.fields if isinstance(s, FormSheet) else s.columns)
    }
    assert kinds - {Kind.INFO} <= {
        Kind.TEXT,
        Kind.LONGTEXT,
        Kind.KODE,
        Kind.NUMBER,
        Kind.MONEY,
        Kind.PERCENT,
        Kind.INTEGER,
        Kind.YEAR,
        Kind.DATE,
        Kind.CHOICE,
        Kind.TARGET,
    }
