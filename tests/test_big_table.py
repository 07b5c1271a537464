"""The big table of a large year is several tables of some forty rows, each with the header row, which
LibreOffice lays out in minutes where one table took hours (issue 18); the diff reads them as the one
table a reader sees."""

from __future__ import annotations

import itertools
import re
import zipfile
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest

from lkj.compute.belanja import belanja
from lkj.diff import diff_paths
from lkj.diff.document import read_document
from lkj.model import Bidang, Dataset, Kegiatan, Meta, Program, SubKegiatan
from lkj.read.settings import default_settings
from lkj.render.big_table import BETWEEN_TABLES, POINTS, TABLE_ROWS, BigTable, _rows_of, _spread
from lkj.render.grid import CELL_MARGIN, SAMPLE_ROWS
from lkj.render.textwidth import longest_word_cm
from tests.conftest import JAMBI, build

BIG = "Capaian kinerja program, kegiatan dan sub kegiatan"


def _synthetic(folder: Path) -> Path:
    from bench.fastxlsx import write_dataset
    from bench.synth import Size, dataset

    write_dataset(dataset(Size(6, 240, 24)), folder, 2024)
    return folder


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = _synthetic(tmp_path_factory.mktemp("masukan") / "sintetis")
    return folder, build(folder, tmp_path_factory.mktemp("laporan") / "laporan.docx")


def _big_tables(docx: Path) -> list[str]:
    """The big table's tables: those after its caption, up to the first that is not right after another."""
    with zipfile.ZipFile(docx) as package:
        xml = package.read("word/document.xml").decode()
    start = xml.rindex(f"{BIG} tahun")  # its caption (the list of tables names it first)
    tables = []
    for match in re.finditer(r"<w:tbl>.*?</w:tbl>", xml[start:], re.S):
        if tables and not xml[start:][: match.start()].endswith(tables[-1] + BETWEEN_TABLES):
            break
        tables.append(match.group(0))
    return tables


def test_a_large_year_s_big_table_is_tables_of_some_forty_rows_each_with_its_header(large):
    _, docx = large
    tables = _big_tables(docx)
    assert len(tables) > 5
    for table in tables:
        rows = re.findall(r"<w:tr>.*?</w:tr>", table, re.S)
        assert "<w:tblHeader/>" in rows[0] and "Program / Kegiatan / Sub Kegiatan" in rows[0]
        assert sum("<w:tblHeader/>" in r for r in rows) == 1
        assert len(rows) - 1 <= 2 * TABLE_ROWS
        # no page break leaves a row of it alone: its first two rows and its last two keep together
        kept = ["<w:keepNext/>" in r for r in rows]
        assert (kept[:2] == [True, True] and kept[-2:] == [True, False]) or table is tables[-1]
    firsts = [re.findall(r"<w:tr>.*?</w:tr>", t, re.S)[1] for t in tables[1:]]
    assert all('w:fill="DEEAF6"' in r or 'w:fill="F2F2F2"' in r for r in firsts)  # a program or kegiatan


def test_the_samples_big_table_stays_one_table(tmp_path):
    assert len(_big_tables(build(JAMBI, tmp_path / "jambi.docx"))) == 1


def test_the_diff_reads_the_tables_as_one_and_locates_a_row_in_it(large, tmp_path):
    _, docx = large
    for keep_tree in (False, True):
        blocks = [b for b in read_document(docx, keep_tree).blocks if b.kind == "table" and BIG in b.caption]
        assert len(blocks) == 1
        rows = sum(len(re.findall(r"<w:tr>", t)) - 1 for t in _big_tables(docx))
        assert len(blocks[0].rows) == rows
    other = _synthetic(tmp_path / "lain")
    import openpyxl

    book = sorted(p for p in other.glob("*.xlsx") if "bidang" in p.name)[-1]
    wb = openpyxl.load_workbook(book)
    sheet = wb["Sub Kegiatan"]
    last = sheet.max_row
    kode, old = sheet[f"A{last}"].value, sheet[f"I{last}"].value
    sheet[f"I{last}"] = int(old) + 1000
    wb.save(book)
    changes = diff_paths(docx, build(other, tmp_path / "lain.docx")).changes
    located = [c.location for c in changes if f"baris {kode}" in c.location]
    assert any(place.endswith("kolom Realisasi (Rp)") for place in located), [c.location for c in changes]
    assert not [c for c in changes if c.scope in ("tabel", "baris")]  # no row lost or found between tables


def test_the_dump_prints_the_tables_as_one_with_the_header_once_as_the_diff_reads_them(large):
    from lkj.diff.dump import dump

    _, docx = large
    lines = dump(docx).splitlines()
    caption = max(at for at, line in enumerate(lines) if line.startswith("[") and f"{BIG} tahun" in line)
    rows = list(itertools.takewhile(lambda line: line.startswith("| "), lines[caption + 1 :]))
    assert sum("Program / Kegiatan / Sub Kegiatan" in row for row in rows) == 1
    (block,) = [b for b in read_document(docx).blocks if b.kind == "table" and BIG in b.caption]
    assert (
        len(rows)
        == 1 + len(block.rows)
        == 1 + sum(len(re.findall(r"<w:tr>", t)) - 1 for t in _big_tables(docx))
    )
    assert rows[0] == "| " + " | ".join(block.header) + " |"


def _programs(count: int, name: Callable[[int], str]) -> Dataset:
    """A year of `count` programs, each with one kegiatan and one sub kegiatan (three rows a program)."""
    programs, kegiatan, subs = [], [], []
    for p in range(count):
        pk = f"2.16.{p + 1:02d}"
        kk = f"{pk}.2.01"
        programs.append(Program(pk, name(p), None, (), "B"))
        kegiatan.append(Kegiatan(kk, pk, f"Kegiatan {p}", ()))
        subs.append(SubKegiatan(f"{kk}.0001", kk, f"Sub {p}", (), D(1000), D(900), D(90), None, None))
    return Dataset(
        "",
        None,
        (Bidang("b.xlsx", Meta("bidang", 1, 2024), None, tuple(programs), tuple(kegiatan), tuple(subs), ()),),
    )


def test_a_long_word_in_a_row_no_sample_holds_widens_its_column() -> None:
    """A year over SAMPLE_ROWS rows: its widths' line count is estimated from a sample of programs, but
    every column's longest word is measured in every row, so a long name in an unsampled row is not
    broken inside the word."""
    word = "Penyelenggaraanpersandianuntukpengamanan"  # one word, wider than the designed column
    tree = belanja(_programs(60, lambda p: word if p == 31 else f"Program {p}"), default_settings())
    sampled = {program.program.nama for program in _spread(tree.program)}
    assert sum(_rows_of(p) for p in tree.program) > SAMPLE_ROWS and word not in sampled
    big = BigTable(tree)
    column = next(c for c in big.columns if c.header.startswith("Program / Kegiatan"))
    assert column.width >= longest_word_cm(word, POINTS, bold=True) + CELL_MARGIN - 0.01
    plain = BigTable(belanja(_programs(60, lambda p: f"Program {p}"), default_settings()))
    narrow = next(c for c in plain.columns if c.header.startswith("Program / Kegiatan"))
    assert column.width > narrow.width  # the word, not the table's shares, made it that wide
