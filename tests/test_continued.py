"""Tables that continue one another are one table to `lkj dump` and `lkj diff` alike (lkj.diff.continued):
the same header row, nothing but empty paragraphs between them; the header printed once."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj.diff.document import read_document
from lkj.diff.dump import dump
from tests.helpers import word_document


def _table(header: str | None, *rows: str) -> str:
    def row(text: str, head: bool = False) -> str:
        props = "<w:trPr><w:tblHeader/></w:trPr>" if head else ""
        return f"<w:tr>{props}<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc></w:tr>"

    return "<w:tbl>" + (row(header, True) if header else "") + "".join(map(row, rows)) + "</w:tbl>"


EMPTY = "<w:p/>"
SECTION_BREAK = "<w:p><w:pPr><w:sectPr/></w:pPr></w:p>"
TEXT = "<w:p><w:r><w:t>Catatan</w:t></w:r></w:p>"


@pytest.mark.parametrize(
    ("body", "tables", "dumped"),
    [
        (
            _table("Kode", "1", "2") + _table("Kode", "3"),
            [["Kode", "1", "2", "3"]],
            "| Kode |\n| 1 |\n| 2 |\n| 3 |\n",
        ),
        (
            _table("Kode", "1") + EMPTY + EMPTY + _table("Kode", "2") + _table("Kode", "3"),
            [["Kode", "1", "2", "3"]],
            "| Kode |\n| 1 |\n| 2 |\n| 3 |\n",
        ),
        # another header, no header row (nothing says they are one), text or a section break between
        (
            _table("Kode", "1") + _table("Nama", "2"),
            [["Kode", "1"], ["Nama", "2"]],
            "| Kode |\n| 1 |\n| Nama |\n| 2 |\n",
        ),
        (_table(None, "1") + _table(None, "2"), [["1"], ["2"]], "| 1 |\n| 2 |\n"),
        (
            _table("Kode", "1") + TEXT + _table("Kode", "2"),
            [["Kode", "1"], ["Kode", "2"]],
            "| Kode |\n| 1 |\nCatatan\n| Kode |\n| 2 |\n",
        ),
        (
            _table("Kode", "1") + SECTION_BREAK + _table("Kode", "2"),
            [["Kode", "1"], ["Kode", "2"]],
            "| Kode |\n| 1 |\n---- akhir bagian (potret) ----\n| Kode |\n| 2 |\n",
        ),
    ],
)
def test_dump_and_diff_join_the_same_tables(
    tmp_path: Path, body: str, tables: list[list[str]], dumped: str
) -> None:
    path = word_document(tmp_path / "tabel.docx", body)
    assert dump(path) == dumped
    for keep_tree in (False, True):
        blocks = [b for b in read_document(path, keep_tree).blocks if b.kind == "table"]
        assert [[*b.header, *(r.cells[0] for r in b.rows)] for b in blocks] == tables
