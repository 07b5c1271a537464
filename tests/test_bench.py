"""The benchmark's synthetic input: valid by the same contract, deterministic, and written by the fast
writer exactly as the blank templates would hold it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bench.fastxlsx import write_dataset
from bench.synth import Size, dataset
from lkj.contract import WORKBOOKS
from lkj.findings import Severity
from lkj.pipeline import check
from lkj.xlsx.blank import Prefill
from lkj.xlsx.fill import fill_workbook

SMALL = Size(bidang=4, sub_kegiatan=40, indikator=12)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("synth")
    write_dataset(dataset(SMALL), folder, 2024)
    return folder


def test_generated_input_validates_without_errors_or_warnings(small):
    result = check(small)
    assert [f.message for f in result.findings if f.severity is not Severity.NOTICE] == []
    assert len(result.dataset.bidang) == 4
    assert sum(len(b.sub_kegiatan) for b in result.dataset.bidang) == 40
    assert len(result.dataset.instansi.indikator) == 12


def test_generation_is_deterministic(tmp_path, small):
    write_dataset(dataset(SMALL), tmp_path, 2024)

    def digest(folder: Path) -> list[str]:
        return [hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.xlsx"))]

    assert digest(tmp_path) == digest(small)


def test_fast_writer_reads_back_like_the_openpyxl_filler(tmp_path, small):
    books = dataset(SMALL)
    slow = tmp_path / "slow"
    slow.mkdir()
    for name, (kind, data) in books.items():
        fill_workbook(WORKBOOKS[kind], data, slow / name, Prefill(tahun=2024))
    fast, reference = check(small).dataset, check(slow).dataset
    assert fast.instansi == reference.instansi and fast.bidang == reference.bidang


def test_sizes_split_evenly():
    from bench.synth import _split

    assert _split(10, 3) == [4, 3, 3] and sum(_split(5000, 100)) == 5000
    with pytest.raises(ValueError):
        Size(bidang=5, sub_kegiatan=2, indikator=1)
