"""Next year's workbooks from this year's input (`lkj templates OUTDIR --dari FOLDER --tahun N+1`):
everything that carries over pre-filled, this year's realisation as history, amounts and realisations
empty, a summary, never a write into the source, text as text."""

from __future__ import annotations

import shutil
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from lkj.pipeline import check
from lkj.xlsx.cells import store
from tests.conftest import SUKAMAJU, computed
from tests.helpers import refused, state


@pytest.fixture(scope="module")
def rolled(tmp_path_factory) -> Path:
    from lkj.pipeline import next_year

    out = tmp_path_factory.mktemp("lanjut") / "2025"
    carried = next_year(SUKAMAJU, out, 2025)
    # five workbooks and the logo the Profil names
    assert carried is not None and len(carried.written) == 6
    assert carried.written[-1].name == "logo-sukamaju.png"
    return out


def test_the_rolled_over_set_validates_with_only_data_not_entered_yet(rolled):
    findings = check(rolled).findings
    assert findings and all(f.gap for f in findings), [f for f in findings if not f.gap]
    assert {f.code for f in findings} >= {"cell.missing", "cross.no-realisasi", "instansi.pk-missing"}


def test_its_history_holds_this_year_s_realisation(rolled):
    this_year = {i.indikator.kode: (i.realisasi, i.target) for i in computed(SUKAMAJU).indikator}
    instansi = check(rolled).dataset.instansi
    history = {t.indikator: (t.realisasi, t.target) for t in instansi.target_renstra if t.tahun == 2024}
    assert {k: r for k, (r, _) in history.items()} == {k: r for k, (r, _) in this_year.items()}
    assert history["IK-01"][0] == D("3.14") and str(history["IK-01"][0]) == "3.14"
    shipped = check(SUKAMAJU).dataset.instansi
    assert [(t.indikator, t.tahun, t.target) for t in instansi.target_renstra] == [
        (t.indikator, t.tahun, t.target) for t in shipped.target_renstra
    ]


def test_what_carries_over_and_what_is_left_empty(rolled):
    new, old = check(rolled).dataset, check(SUKAMAJU).dataset
    assert new.instansi.profil.tahun == 2025 and new.instansi.profil.tanggal is None
    assert new.instansi.profil.nama_instansi == old.instansi.profil.nama_instansi
    for key in ("sasaran", "indikator", "bidang", "tabel_konversi", "uraian"):
        assert [_plain(r) for r in getattr(new.instansi, key)] == [
            _plain(r) for r in getattr(old.instansi, key)
        ]
    assert new.instansi.pk_versi == () and all(level.tingkat is None for level in new.instansi.spbe)
    assert [b.nama for b in new.bidang] == [b.nama for b in old.bidang]
    for b_new, b_old in zip(new.bidang, old.bidang, strict=True):
        assert b_new.identitas.tahun == 2025
        assert [(p.kode, p.nama, p.sasaran) for p in b_new.program] == [
            (p.kode, p.nama, p.sasaran) for p in b_old.program
        ]
        assert [[u.indikator for u in p.ukuran] for p in b_new.program] == [
            [u.indikator for u in p.ukuran] for p in b_old.program
        ]
        assert [(s.kode, s.kegiatan, s.nama) for s in b_new.sub_kegiatan] == [
            (s.kode, s.kegiatan, s.nama) for s in b_old.sub_kegiatan
        ]
        assert all(s.pagu is None and s.realisasi_rp is None and s.fisik is None for s in b_new.sub_kegiatan)
        assert all(u.target is None and u.realisasi is None for p in b_new.program for u in p.ukuran)
        assert all(c.realisasi is None for c in b_new.capaian)


def _plain(record: object) -> tuple[object, ...]:
    import dataclasses

    return tuple(getattr(record, f.name) for f in dataclasses.fields(record) if f.name != "src")


def test_the_command_prints_what_was_carried_and_what_to_enter(run, tmp_path):
    result = run("templates", tmp_path / "baru", "--dari", SUKAMAJU, "--tahun", 2025)
    assert result.exit_code == 0, result.output
    assert "Dibawa dari" in result.output and "Harus diisi baru untuk tahun 2025:" in result.output
    assert "realisasi 2024 dari 8 indikator dicatat sebagai riwayat" in result.output
    assert "Perjanjian Kinerja (versi, target dan anggaran) tahun 2025" in result.output
    again = run("templates", tmp_path / "baru", "--dari", SUKAMAJU, "--tahun", 2025)
    refused(again, tmp_path / "baru" / "00-instansi-2025.xlsx")


def test_it_never_writes_into_its_source(run, sukamaju_copy):
    before = state(sukamaju_copy)
    for inside in (sukamaju_copy, sukamaju_copy / "2025"):
        result = run("templates", inside, "--dari", sukamaju_copy, "--tahun", 2025)
        assert result.exit_code == 2 and "Gagal:" in result.output, result.output
    assert state(sukamaju_copy) == before


def test_what_is_written_is_text_never_a_formula(sukamaju_copy, tmp_path, run):
    """A name staff typed as text beginning with '=' (Excel keeps it text) is carried as text."""
    path = sukamaju_copy / "00-instansi.xlsx"
    wb = openpyxl.load_workbook(path)
    store(wb["Sasaran"]["B4"], '=HYPERLINK("http://x";"klik")')
    wb.save(path)
    result = run("templates", tmp_path / "baru", "--dari", sukamaju_copy, "--tahun", 2025)
    assert result.exit_code == 0, result.output
    for path in (tmp_path / "baru").glob("*.xlsx"):
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                assert all(c.data_type != "f" for c in row), (path.name, ws.title)
    ws = openpyxl.load_workbook(tmp_path / "baru" / "00-instansi-2025.xlsx")["Sasaran"]
    assert ws["B4"].value == '=HYPERLINK("http://x";"klik")' and ws["B4"].data_type == "s"


def test_the_same_year_is_still_the_handout(run, tmp_path):
    result = run("templates", tmp_path / "h", "--dari", SUKAMAJU, "--tahun", 2024)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "h" / "00-instansi-kosong-2024.xlsx").exists()
    shutil.rmtree(tmp_path / "h")


def test_a_computed_realisation_becomes_history_too(tmp_path):
    """Arunika 2025 into 2026: its IKU computed by the tool (SPBE domains, program indicators reached)
    have their computed realisation as 2025's history; a kategori target stays a kategori."""
    from lkj.pipeline import next_year

    source = SUKAMAJU.parent / "arunika"
    assert next_year(source, tmp_path / "2026", 2026) is not None
    checked = check(tmp_path / "2026")
    assert all(f.gap for f in checked.findings)
    history = {t.indikator: t for t in checked.dataset.instansi.target_renstra if t.tahun == 2025}
    assert str(history["IK-07"].realisasi) == "80.00" and str(history["IK-04"].realisasi) == "4.00"
    assert history["IK-05"].target.kategori == "Kabupaten Informatif"
    assert str(history["IK-05"].realisasi) == "91.375"
