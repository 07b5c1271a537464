"""The shipped samples: the Jambi 2022 seed in input/ and the fictional Sukamaju 2024 set."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from decimal import Decimal as D

import pytest

from lkj.read import read_folder
from tests.conftest import JAMBI, ROOT, SUKAMAJU


@pytest.fixture(scope="module")
def jambi():
    return read_folder(JAMBI)


def test_sample_validates_with_exit_0(run):
    result = run("validate", JAMBI)
    assert result.exit_code == 0, result.output


def test_jambi_counts_and_totals_are_the_seeds(jambi):
    data = jambi.dataset
    assert [b.nama for b in data.bidang] == [
        "Sekretariat",
        "Bidang Informasi dan Komunikasi Publik",
        "Bidang Aplikasi Informatika",
        "Bidang Tata Kelola TIK dan Statistik",
        "Bidang Persandian dan Keamanan Informasi",
    ]
    assert sum(len(b.program) for b in data.bidang) == 5
    assert sum(len(b.kegiatan) for b in data.bidang) == 12
    assert sum(len(b.sub_kegiatan) for b in data.bidang) == 34
    assert sum(s.pagu for b in data.bidang for s in b.sub_kegiatan) == D(14883605435)
    assert sum(s.realisasi_rp for b in data.bidang for s in b.sub_kegiatan) == D(14597171260)


def test_jambi_pk_revisions(jambi):
    totals: dict[str, D] = defaultdict(D)
    for row in jambi.dataset.instansi.pk_anggaran:
        totals[row.versi] += row.anggaran
    assert list(totals.values()) == [D(13895587102), D(14715970435), D(14883605435)]


def test_jambi_empty_where_the_seed_is_silent(jambi):
    instansi = jambi.dataset.instansi
    assert instansi.profil.visi is None and instansi.profil.tanggal is None
    assert all(i.standar_nasional is None and i.target_akhir is None for i in instansi.indikator)
    sub = next(s for b in jambi.dataset.bidang for s in b.sub_kegiatan if s.kode == "2.16.01.2.08.0003")
    assert (
        sub.ukuran[0].target is None and sub.ukuran[0].realisasi is None and sub.ukuran[0].satuan == "Laporan"
    )


@pytest.mark.parametrize("name", ["jambi_2022", "sukamaju_2024", "arunika_2025"])
def test_committed_workbooks_hold_exactly_the_transcription(name, tmp_path):
    import importlib

    from dev.make_samples import write_dataset

    module = importlib.import_module(f"dev.samples.{name}")
    folder = {"jambi_2022": JAMBI, "sukamaju_2024": SUKAMAJU}.get(name, ROOT / "tests" / "data" / "arunika")
    write_dataset(module, tmp_path)
    fresh = dataclasses.replace(read_folder(tmp_path).dataset, folder="")
    committed = dataclasses.replace(read_folder(folder).dataset, folder="")
    assert fresh == committed, "run python dev/make_samples.py and commit the workbooks"


def test_fictional_set_is_complete_and_clean(run):
    result = run("validate", SUKAMAJU)
    assert result.exit_code == 0, result.output
    data = read_folder(SUKAMAJU).dataset
    polarities = {i.polaritas for i in data.instansi.indikator}
    assert polarities == {"max", "min", "range"}
    assert any(i.tabel_konversi for i in data.instansi.indikator)
    assert len([s for s in data.instansi.spbe if s.tingkat]) == 47
    years = {t.tahun for t in data.instansi.target_renstra if t.realisasi is not None}
    assert len(years) >= 5
