"""A program and a kegiatan carried out by two bidang, each under its own sasaran (issue 17): legal, each
bidang's part its own (its sub kegiatan, budget, sasaran), one program in the tables, and every amount
counted once: the roll-ups, analyses (f) and (g), efficiency and the big table stay exact.

Sukamaju with bidang Informasi dan Komunikasi Publik (03) also carrying out program 2.16.03 "Program
Aplikasi Informatika" of bidang Infrastruktur dan Layanan SPBE (02), for its own sasaran SS-02, through the
kegiatan 2.16.03.2.02 that 02 also carries out, with one sub kegiatan of its own: pagu 100.000.000,
realisasi 90.000.000, fisik 90. By hand:
  02's part of 2.16.03: pagu 95.000.000 + 1.185.000.000 + 1.520.000.000 + 685.000.000 = 3.485.000.000,
      realisasi 93.100.000 + 1.162.300.000 + 1.490.900.000 + 671.250.000 = 3.417.550.000
  03's part of 2.16.03: pagu 100.000.000, realisasi 90.000.000
  2.16.03 in the tables: pagu 3.585.000.000, realisasi 3.507.550.000
  kegiatan 2.16.03.2.02 in the tables: pagu 1.185.000.000 + 1.520.000.000 + 685.000.000 + 100.000.000
      = 3.490.000.000
  SS-02: 2.16.02 (1.745.000.000) + 03's part (100.000.000) = 1.845.000.000
  SS-01: 02's part (3.485.000.000) + 2.21.02 (268.000.000) = 3.753.000.000
  total: the year as shipped (6.412.500.000 + 1.745.000.000 + 3.485.000.000 + 412.000.000 + 268.000.000
      = 12.322.500.000) + 100.000.000 = 12.422.500.000
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from lkj.compute import compute
from lkj.compute.results import Hasil
from lkj.diff.dump import dump
from lkj.read import read_folder
from lkj.validate import validate
from tests.conftest import build
from tests.helpers import edit_cells

IKP = "03-informasi-publik.xlsx"


def _share(folder: Path) -> None:
    edit_cells(
        folder / IKP,
        "Program",
        {"A5": "2.16.03", "B5": "Program Aplikasi Informatika", "C5": "SS-02"},
    )
    edit_cells(
        folder / IKP,
        "Kegiatan",
        {
            "A5": "2.16.03.2.02",
            "B5": "2.16.03",
            "C5": "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
        },
    )
    edit_cells(
        folder / IKP,
        "Sub Kegiatan",
        {
            "A8": "2.16.03.2.02.0009",
            "B8": "2.16.03.2.02",
            "C8": "Pengelolaan Layanan Aduan Publik Terintegrasi",
            "G8": 100000000,
            "I8": 90000000,
            "J8": 90,
        },
    )
    # the PK's budget of 2.16.03 is its sub kegiatan's pagu in both bidang
    edit_cells(folder / "00-instansi.xlsx", "PK Anggaran", {"D11": 3585000000})


@pytest.fixture
def shared(sukamaju_copy: Path) -> tuple[Path, Hasil]:
    _share(sukamaju_copy)
    read = read_folder(sukamaju_copy)
    assert read.findings == ()
    return sukamaju_copy, compute(read.dataset, read.settings)


def test_sharing_a_program_is_legal(shared):
    folder, _ = shared
    read = read_folder(folder)
    codes = {f.code for f in validate(read)}
    assert not codes & {"cross.duplicate-kode", "cross.shared-name", "cross.pk-budget"}


def test_one_program_in_the_tables_each_amount_once(shared):
    _, hasil = shared
    tree = hasil.belanja
    assert [p.program.kode for p in tree.program].count("2.16.03") == 1
    program = next(p for p in tree.program if p.program.kode == "2.16.03")
    assert (program.anggaran.pagu, program.anggaran.realisasi) == (D(3585000000), D(3507550000))
    assert (
        program.program.bidang
        == "Bidang Infrastruktur dan Layanan SPBE, Bidang Informasi dan Komunikasi Publik"
    )
    kegiatan = next(k for k in program.kegiatan if k.kegiatan.kode == "2.16.03.2.02")
    assert kegiatan.anggaran.pagu == D(3490000000) and len(kegiatan.sub) == 4
    assert [k.kegiatan.kode for k in program.kegiatan] == ["2.16.03.2.01", "2.16.03.2.02"]
    assert tree.total.pagu == D(12422500000)
    assert tree.jumlah_program == 5 and tree.jumlah_kegiatan == 9 and tree.jumlah_sub_kegiatan == 19
    subs = sum((s.sub.pagu for p in tree.program for k in p.kegiatan for s in k.sub), D(0))
    assert subs == tree.total.pagu  # nothing counted twice in the big table, nothing lost


def test_each_bidang_s_part_supports_its_own_sasaran(shared):
    _, hasil = shared
    parts = [p for p in hasil.belanja.bagian if p.program.kode == "2.16.03"]
    assert [(p.program.sasaran, p.anggaran.pagu, p.anggaran.realisasi) for p in parts] == [
        ("SS-01", D(3485000000), D(3417550000)),
        ("SS-02", D(100000000), D(90000000)),
    ]
    by_kode = {s.sasaran.kode: s for s in hasil.sasaran}
    assert [p.program.kode for p in by_kode["SS-02"].program] == ["2.16.02", "2.16.03"]
    assert by_kode["SS-02"].anggaran.pagu == D(1845000000)
    assert by_kode["SS-01"].anggaran.pagu == D(3753000000)
    total = sum((s.anggaran.pagu for s in hasil.sasaran if s.anggaran), D(0))
    assert total == hasil.belanja.total.pagu  # every part supports one sasaran: the sum is the whole
    assert by_kode["SS-02"].efisiensi is not None and by_kode["SS-02"].efisiensi.nilai.known


def test_the_report_shows_it_once_and_in_both_sasaran(shared, tmp_path):
    folder, _ = shared
    text = dump(build(folder, tmp_path / "lkj.docx"))
    assert "| 2.16.03 | Program Aplikasi Informatika | 3.585.000.000 | 3.507.550.000 |" in text
    assert "| 2.16.03 | Program Aplikasi Informatika | 3.485.000.000 |" not in text


def test_a_kegiatan_of_another_bidang_s_program_hangs_under_that_program(sukamaju_copy):
    """A bidang that carries out a kegiatan of a program it does not list: the kegiatan is the listing
    bidang's part (as before), and its budget counts once."""
    edit_cells(
        sukamaju_copy / IKP,
        "Kegiatan",
        {"A5": "2.16.03.2.09", "B5": "2.16.03", "C5": "Kegiatan Uji Lintas Bidang"},
    )
    edit_cells(
        sukamaju_copy / IKP,
        "Sub Kegiatan",
        {"A8": "2.16.03.2.09.0001", "B8": "2.16.03.2.09", "C8": "Sub Uji", "G8": 1000, "I8": 500, "J8": 50},
    )
    read = read_folder(sukamaju_copy)
    tree = compute(read.dataset, read.settings).belanja
    program = next(p for p in tree.program if p.program.kode == "2.16.03")
    assert program.anggaran.pagu == D(3485001000) and tree.total.pagu == D(12322501000)
    assert [p.program.kode for p in tree.bagian].count("2.16.03") == 1
