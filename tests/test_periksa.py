"""lkj periksa: the LKE self-check (issue 19). The complete fictional agency scores (near) full marks and
says why; the Jambi sample's shortfalls are those an evaluator marks, each with the cell that fixes it;
a sasaran's causes removed lower 3.b.7 by the band its new coverage falls in; the criteria file is
policy data, refused with located messages; the kertas kerja reviu is text only and opens in Calc."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj.periksa import Butir, Pemeriksaan, Penilaian, judge, kebijakan
from lkj.periksa.kebijakan import KriteriaProblem
from lkj.pipeline import examine
from tests.conftest import JAMBI, SUKAMAJU

DEFAULT = Path(__file__).resolve().parent.parent / "lkj" / "periksa" / "kriteria.toml"


def _by_code(p: Pemeriksaan) -> dict[str, Penilaian]:
    return {c.kriteria.kode: c for c in p.penilaian}


@pytest.fixture(scope="module")
def jambi() -> Pemeriksaan:
    return examine(JAMBI)


@pytest.fixture(scope="module")
def sukamaju() -> Pemeriksaan:
    return examine(SUKAMAJU)


def test_complete_agency_scores_near_full_marks_and_says_why(sukamaju):
    assert sukamaju.bobot_diperiksa == Decimal("7.5")
    assert sukamaju.poin >= Decimal("7"), sukamaju.poin
    judged = _by_code(sukamaju)
    assert all(judged[f"3.a.{n}"].jawaban == "Y" for n in range(1, 7))
    assert all(judged[f"3.b.{n}"].jawaban in ("a", "b") for n in range(1, 10))
    for c in sukamaju.penilaian:
        assert c.alasan and str(len([b for b in c.butir if not b.dikecualikan])) in c.alasan
        assert all(b.perbaikan is not None for b in c.kurang), c.kriteria.kode
    # the one shortfall it has: a failed indicator without its follow-up plan, named at its cell
    for c in sukamaju.penilaian:
        for b in c.kurang:
            assert b.perbaikan is not None and b.perbaikan.sheet == "Capaian Indikator"


def test_jambi_names_the_shortfalls_an_evaluator_marks(jambi):
    judged = _by_code(jambi)
    # no Renstra end target: every indicator, each at its cell of Indikator › Target Akhir Renstra
    assert judged["3.b.4"].jawaban == "e"
    for b in judged["3.b.4"].kurang:
        assert b.perbaikan is not None and b.perbaikan.sheet == "Indikator" and b.perbaikan.cell[0] == "P"
    # earlier years: only the SPBE index has 2021; the others go to new rows of Target Renstra
    assert judged["3.b.5"].jawaban == "d"
    assert [b.subjek.split()[0] for b in judged["3.b.5"].butir if b.ada] == ["IK-06"]
    rows = [b.perbaikan.cell for b in judged["3.b.5"].kurang if b.perbaikan]
    assert rows == [f"baris {n}" for n in range(6, 11)]
    assert {b.perbaikan.sheet for b in judged["3.b.5"].kurang if b.perbaikan} == {"Target Renstra"}
    # no benchmark
    assert judged["3.b.6"].jawaban == "e"
    assert {b.perbaikan.sheet for b in judged["3.b.6"].kurang if b.perbaikan} == {"Pembanding"}
    # no causes from the bidang: each sasaran points at its bidang's Capaian Indikator cell
    assert judged["3.b.7"].jawaban == "d"
    fixes = {b.subjek.split()[0]: b.perbaikan for b in judged["3.b.7"].kurang}
    assert fixes["SS-05"] is not None and fixes["SS-05"].file == "01-sekretariat.xlsx"
    assert fixes["SS-05"].sheet == "Capaian Indikator" and fixes["SS-05"].cell == "G4"
    # efficiency is shown for every sasaran
    assert judged["3.b.8"].jawaban == "a"
    # the failed IKU (Indeks SPBE, 93%) has no recommendation: its Rencana Tindak Lanjut cell
    assert judged["3.b.9"].jawaban == "e"
    (missing,) = judged["3.b.9"].kurang
    assert missing.subjek.startswith("IK-06") and missing.perbaikan is not None
    assert (missing.perbaikan.file, missing.perbaikan.sheet) == (
        "03-aplikasi-informatika.xlsx",
        "Capaian Indikator",
    )
    # reviu, publication and delivery are not recorded yet
    assert [judged[f"3.a.{n}"].jawaban for n in range(1, 7)] == ["Y", "T", "T", "T", "T", "T"]
    assert jambi.poin < sukamaju_points()


def sukamaju_points() -> Decimal:
    return examine(SUKAMAJU).poin


def test_removing_one_sasarans_causes_lowers_3b7_by_its_band(sukamaju_copy):
    before = _by_code(examine(sukamaju_copy))["3.b.7"]
    assert before.jawaban == "a"
    from lkj.pipeline import checked_year

    hasil = checked_year(sukamaju_copy).hasil
    assert hasil is not None
    target = next(s for s in hasil.sasaran if s.indikator and len(s.indikator) == 1)
    for i in target.indikator:
        assert i.penjelasan is not None
        ref = i.penjelasan.src.ref("penyebab")
        wb = openpyxl.load_workbook(sukamaju_copy / ref.file)
        wb[ref.sheet][ref.cell] = None
        wb.save(sukamaju_copy / ref.file)
    after = _by_code(examine(sukamaju_copy))["3.b.7"]
    groups = len(before.butir)
    expected = kebijakan().huruf(Decimal(groups - 1) * 100 / groups)
    assert after.jawaban == expected.huruf != before.jawaban
    assert after.nilai == expected.nilai < before.nilai
    (short,) = after.kurang
    assert short.subjek.startswith(target.sasaran.kode)
    assert short.perbaikan is not None and short.perbaikan.sheet == "Capaian Indikator"


@pytest.mark.parametrize(
    ("share", "letter"),
    [
        (100, "a"),
        (90.01, "a"),
        (90, "b"),
        (75, "b"),
        (74.99, "c"),
        (40, "c"),
        (10.01, "d"),
        (10, "e"),
        (0, "e"),
    ],
)
def test_coverage_bands(share, letter):
    policy = kebijakan()
    assert policy.huruf(Decimal(str(share))).huruf == letter


def test_judge_counts_items_and_leaves_out_the_declared():
    policy = kebijakan()
    c = policy.subkomponen[1].kriteria[4]
    items = (
        Butir("IK-01", True, "ada", "BAB III"),
        Butir("IK-02", False, "kurang", "BAB III"),
        Butir("IK-03", False, "tidak dapat disajikan: indikator baru", "BAB III", dikecualikan=True),
    )
    judged = judge(policy, c, items)
    assert judged.cakupan == 50 and judged.jawaban == "c" and judged.nilai == Decimal("0.5")
    assert "1 dinyatakan tidak dapat disajikan" in judged.alasan
    yt = policy.subkomponen[0].kriteria[0]
    assert judge(policy, yt, items[:1]).jawaban == "Y"
    assert judge(policy, yt, items[:2]).jawaban == "T"


def test_cli_text_json_and_exit_status(run, tmp_path):
    done = run("periksa", JAMBI)
    assert done.exit_code == 0
    assert "3.b.9" in done.output and "KURANG" in done.output and "Capaian Indikator" in done.output
    data = json.loads(run("periksa", SUKAMAJU, "--format", "json").output)
    assert data["bobot_diperiksa"] == 7.5 and data["poin"] >= 7
    assert [s["kode"] for s in data["subkomponen"]] == ["3.a", "3.b", "3.c"]
    assert data["subkomponen"][2]["diperiksa"] is False
    missing = run("periksa", tmp_path / "tidak-ada")
    assert missing.exit_code == 2 and "Traceback" not in missing.output
    empty = tmp_path / "kosong"
    empty.mkdir()
    assert run("periksa", empty).exit_code == 2


def _policy_text() -> str:
    return DEFAULT.read_text(encoding="utf-8")


def test_updated_criteria_file_is_used(run, tmp_path):
    text = _policy_text().replace('pemeriksaan = "pembanding"', 'pemeriksaan = "informasi_keuangan"')
    text = text.replace('nama = "LKE AKIP', 'nama = "LKE varian Perangkat Daerah, dari LKE AKIP')
    own = tmp_path / "kriteria-pd.toml"
    own.write_text(text, encoding="utf-8")
    data = json.loads(run("periksa", JAMBI, "--kriteria", own, "--format", "json").output)
    assert data["kriteria"] == {"nama": data["kriteria"]["nama"], "berkas": "kriteria-pd.toml"}
    b6 = next(c for s in data["subkomponen"] for c in s["kriteria"] if c["kode"] == "3.b.6")
    assert b6["pemeriksaan"] == "informasi_keuangan" and b6["jawaban"] == "a"


def test_deadline_is_policy(tmp_path):
    text = _policy_text().replace('hari = "akhir"', "hari = 10")
    own = tmp_path / "k.toml"
    own.write_text(text, encoding="utf-8")
    judged = _by_code(examine(SUKAMAJU, kriteria=own))["3.a.6"]
    # Sukamaju delivered on 14 February 2025: late against the 10th
    assert judged.jawaban == "T" and "10 Februari 2025" in judged.butir[0].bukti


def test_bad_criteria_file_is_refused_with_lines(run, tmp_path):
    text = _policy_text().replace('pemeriksaan = "efisiensi"', 'pemeriksaan = "efisien"')
    text = text.replace("minimal = 75", "lebih_dari = 95")
    lines = text.splitlines()
    bad = tmp_path / "rusak.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KriteriaProblem) as caught:
        kebijakan(bad)
    message = str(caught.value)
    line = next(n for n, s in enumerate(lines, 1) if 'efisien"' in s and "pemeriksaan" in s)
    assert f"rusak.toml baris {line}: pemeriksaan 'efisien' tidak dikenal" in message
    assert "urut dari batas tertinggi" in message
    done = run("periksa", JAMBI, "--kriteria", bad)
    assert done.exit_code == 2 and f"baris {line}" in done.output
    broken = tmp_path / "bukan.toml"
    broken.write_text("nama = [", encoding="utf-8")
    done = run("periksa", JAMBI, "--kriteria", broken)
    assert done.exit_code == 2 and "bukan TOML" in done.output


def test_kertas_kerja_is_text_and_refuses_inputs(run, tmp_path, jambi_copy):
    out = tmp_path / "kk.xlsx"
    assert run("periksa", JAMBI, "--reviu", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Kertas Kerja Reviu"]
    rows = list(ws.iter_rows(min_row=5, values_only=True))
    p = examine(JAMBI)
    assert len(rows) == sum(len(c.butir) for c in p.penilaian)
    assert ws.cell(row=4, column=10).value == "Simpulan Pereviu"
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            assert cell.data_type != "f"
    assert any(r[5] == "Kurang" and r[8] for r in rows)
    assert run("periksa", JAMBI, "--reviu", out).exit_code == 0  # its own file is replaced
    mine = tmp_path / "milik-orang.xlsx"
    mine.write_bytes(b"bukan keluaran lkj")
    refused = run("periksa", JAMBI, "--reviu", mine)
    assert refused.exit_code == 2 and mine.read_bytes() == b"bukan keluaran lkj"
    inside = jambi_copy / "kk.xlsx"
    assert run("periksa", jambi_copy, "--reviu", inside).exit_code == 2 and not inside.exists()
    target = jambi_copy / "00-instansi.xlsx"
    before = target.read_bytes()
    assert run("periksa", jambi_copy, "--reviu", target, "--ganti").exit_code == 2
    assert target.read_bytes() == before


def test_kertas_kerja_keeps_formula_like_text_as_text(tmp_path):
    import dataclasses

    from lkj.xlsx.kertas_kerja import write_kertas_kerja

    p = examine(SUKAMAJU)
    first = p.subkomponen[0]
    c = first.penilaian[0]
    hostile = dataclasses.replace(c.butir[0], subjek='=HYPERLINK("http://x","klik")', bukti="@SUM(1)")
    c = dataclasses.replace(c, butir=(hostile,))
    p = dataclasses.replace(p, subkomponen=(dataclasses.replace(first, penilaian=(c,)),))
    out = tmp_path / "kk.xlsx"
    write_kertas_kerja(p, out)
    cell = openpyxl.load_workbook(out)["Kertas Kerja Reviu"]["E5"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


@pytest.mark.libreoffice
def test_kertas_kerja_opens_in_calc(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice tidak terpasang")
    from lkj.xlsx.kertas_kerja import write_kertas_kerja

    out = tmp_path / "kk.xlsx"
    write_kertas_kerja(examine(JAMBI), out)
    done = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "csv",
            "--outdir",
            str(tmp_path / "csv"),
            str(out),
        ],
        capture_output=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "csv" / "kk.csv").read_text(encoding="utf-8", errors="replace")
    assert "Simpulan Pereviu" in text and "3.b.9" in text and "IK-06" in text


def test_benchmarks_take_the_latest_year_known_and_name_their_source():
    """3.b.6's data: per comparator the value of the report's year, else its latest earlier one; a row
    without a value or of a later year is left out; the gap is told by polarity."""
    import dataclasses

    from lkj.compute.pembanding import pembanding_hasil, pembanding_of
    from lkj.model import Pembanding
    from tests.conftest import computed

    hasil = computed(SUKAMAJU)
    instansi = hasil.instansi
    base = instansi.pembanding[0]
    rows = (
        dataclasses.replace(base, pembanding="Rata-rata nasional", tahun=2022, nilai=Decimal("2.1")),
        dataclasses.replace(base, pembanding="Rata-rata nasional", tahun=2023, nilai=Decimal("2.4")),
        dataclasses.replace(base, pembanding="Rata-rata nasional", tahun=2025, nilai=Decimal("3.9")),
        dataclasses.replace(base, pembanding="Kabupaten Tetangga", tahun=2024, nilai=None),
        base,
    )
    changed = dataclasses.replace(instansi, pembanding=rows)
    chosen = pembanding_of(changed, base.indikator, hasil.tahun)
    assert [(p.pembanding, p.tahun) for p in chosen] == [
        ("Rata-rata nasional", 2023),
        (base.pembanding, 2024),
    ]
    assert all(isinstance(p, Pembanding) for p in chosen)
    spbe = next(i for i in hasil.indikator if i.indikator.kode == base.indikator)
    (against,) = pembanding_hasil(instansi, spbe.indikator, spbe.realisasi, hasil.tahun)
    assert against.selisih.value == Decimal("3.14") - Decimal("2.65") and against.lebih_baik is True
    assert str(against.pembanding.src.ref("nilai")).endswith("Pembanding!E4")
    minimal = dataclasses.replace(spbe.indikator, polaritas="min")
    assert pembanding_hasil(instansi, minimal, spbe.realisasi, hasil.tahun)[0].lebih_baik is False
    assert pembanding_hasil(instansi, spbe.indikator, None, hasil.tahun)[0].selisih.value is None


def test_report_names_the_benchmark_and_its_source(tmp_path):
    from lkj.diff.dump import dump
    from tests.conftest import build

    text = dump(build(SUKAMAJU, tmp_path / "s.docx"))
    analysis = text.split("#### d. Perbandingan Realisasi dengan Standar Nasional")[1].split("#### e.")[0]
    assert "dibanding daerah lain dan rata-rata" in analysis
    assert (
        "Rata-rata Indeks SPBE kabupaten/kota se-provinsi tahun 2024 bernilai 2,65 (sumber: Laporan"
        in analysis
    )
    assert "lebih baik dari pembanding tersebut" in analysis


def test_diff_of_two_reviu_rounds(run, tmp_path, jambi_copy):
    """Two kertas kerja (two reviu rounds) compared by criterion and item: the reviewer's conclusions, and
    what the data added between the rounds changed in lkj's answers."""
    first, second = tmp_path / "putaran-1.xlsx", tmp_path / "putaran-2.xlsx"
    assert run("periksa", jambi_copy, "--reviu", first).exit_code == 0
    wb = openpyxl.load_workbook(first)
    ws = wb["Kertas Kerja Reviu"]
    ws["J5"] = "Sesuai"
    wb.save(first)
    same = run("diff", first, first)
    assert same.exit_code == 0
    assert same.output.startswith("Tidak ada perubahan: kedua kertas kerja reviu memuat jawaban lkj, ")
    # between the rounds the bidang writes IK-06's follow-up plan
    hasil_ref = next(
        b.perbaikan for c in examine(jambi_copy).penilaian if c.kriteria.kode == "3.b.9" for b in c.kurang
    )
    assert hasil_ref is not None
    book = openpyxl.load_workbook(jambi_copy / hasil_ref.file)
    book[hasil_ref.sheet][hasil_ref.cell] = "Menyusun peta jalan SPBE 2023"
    book.save(jambi_copy / hasil_ref.file)
    assert run("periksa", jambi_copy, "--reviu", second).exit_code == 0
    done = run("diff", first, second)
    assert done.exit_code == 1
    assert "3.b.9 › Jawaban lkj: e (0,00%) → a (100,00%)" in done.output
    assert "3.b.9 › IK-06 Indeks SPBE › Hasil lkj: Kurang → Ada" in done.output
    assert "3.a.1 › Laporan Kinerja tahun 2022 › Simpulan Pereviu: Sesuai → kosong" in done.output
    # summed up in the reviewer's terms, never as two reports' chapters, tables and sentences
    said = done.output.splitlines()[0]
    assert said.startswith("Ringkasan perubahan antarputaran reviu: ") and "kriteria LKE (" in said
    assert "1 jawaban lkj berubah" in said and "Simpulan Pereviu (1)" in said, said
    assert "bab/bagian" not in said and "kalimat" not in said and " tabel" not in said
    mixed = run("diff", first, JAMBI / "00-instansi.xlsx")
    assert mixed.exit_code == 2 and "bukan kertas kerja reviu" in mixed.output
    assert run("diff", first, second, "--redline", tmp_path / "r.docx").exit_code == 2


def test_konsep_catatan_carries_the_self_check(tmp_path):
    """The konsep's Catatan Penyusunan ends with the self-check, each criterion with the cells that raise
    it; a final report, which never speaks to the staff, has none."""
    from lkj.diff.dump import dump
    from lkj.pipeline import build

    text = dump(build(JAMBI, tmp_path / "konsep.docx").docx)
    catatan = text.split("CATATAN PENYUSUNAN")[-1]
    assert "Swa-evaluasi LKE. Perkiraan nilai 2,50 dari 7,50 poin" in catatan
    row = next(line for line in catatan.splitlines() if line.startswith("| 3.b.9 "))
    assert "| e (0,00%) |" in row and "Capaian Indikator!K5" in row
    final = dump(build(SUKAMAJU, tmp_path / "final.docx", kind="final").docx)
    assert "Swa-evaluasi LKE" not in final


def test_build_takes_the_criteria_file_for_the_konsep_self_check(run, tmp_path):
    """`lkj build --kriteria` as `lkj periksa --kriteria`: the konsep's Catatan Penyusunan judges by the
    file given; a file that cannot be used is refused (exit 2, its line) before anything is read or
    written."""
    from lkj.diff.dump import dump

    text = _policy_text().replace('pemeriksaan = "pembanding"', 'pemeriksaan = "informasi_keuangan"')
    text = text.replace('nama = "LKE AKIP', 'nama = "LKE varian Perangkat Daerah, dari LKE AKIP')
    own = tmp_path / "kriteria-pd.toml"
    own.write_text(text, encoding="utf-8")
    out = tmp_path / "konsep.docx"
    done = run("build", JAMBI, "-o", out, "--kriteria", own)
    assert done.exit_code == 0, done.output
    catatan = dump(out).split("CATATAN PENYUSUNAN")[-1]
    assert "menurut LKE varian Perangkat Daerah, dari LKE AKIP" in catatan and "(kriteria-pd.toml)" in catatan
    row = next(line for line in catatan.splitlines() if line.startswith("| 3.b.6 "))
    assert "| a (100,00%) |" in row  # by default e: no benchmark (test_konsep_catatan_carries_the_self_check)
    bad = tmp_path / "rusak.toml"
    bad.write_text(_policy_text().replace('pemeriksaan = "efisiensi"', 'pemeriksaan = "efisien"'), "utf-8")
    line = next(
        n for n, s in enumerate(bad.read_text("utf-8").splitlines(), 1) if 'pemeriksaan = "efisien"' in s
    )
    refused = tmp_path / "ditolak.docx"
    for args in ((JAMBI, "-o", refused), (tmp_path / "tidak-ada", "-o", refused), (JAMBI, "--final")):
        done = run("build", *args, "--kriteria", bad)
        assert done.exit_code == 2 and f"rusak.toml baris {line}: pemeriksaan 'efisien'" in done.output, args
        assert "Traceback" not in done.output
    assert not refused.exists()
    assert run("build", JAMBI, "-o", refused, "--kriteria", tmp_path / "tidak-ada.toml").exit_code == 2


def test_input_with_errors_cannot_be_examined(run, jambi_copy):
    wb = openpyxl.load_workbook(jambi_copy / "00-instansi.xlsx")
    wb["Indikator"]["A4"] = None  # an indicator without its kode cannot be placed: an error
    wb.save(jambi_copy / "00-instansi.xlsx")
    done = run("periksa", jambi_copy)
    assert done.exit_code == 2 and "Traceback" not in done.output
    assert (
        "Indikator" in done.output and "swa-evaluasi LKE memerlukan laporan yang dapat disusun" in done.output
    )


@given(st.decimals(0, 100, places=2), st.decimals(0, 100, places=2))
def test_more_coverage_never_lowers_the_answer(low, high):
    policy = kebijakan()
    low, high = min(low, high), max(low, high)
    assert policy.huruf(low).nilai <= policy.huruf(high).nilai


def test_second_complete_agency_full_marks_with_declared_exceptions():
    """Arunika declares the comparisons its new indicators cannot have (Keterangan Analisis): they are
    left out of the share, named with their reason, and the report still scores full marks."""
    arunika = examine(SUKAMAJU.parent / "arunika")
    assert arunika.poin == arunika.bobot_diperiksa == Decimal("7.5")
    excepted = [b for c in arunika.penilaian for b in c.butir if b.dikecualikan]
    assert excepted and all(b.bukti.startswith("tidak dapat disajikan: ") for b in excepted)
    assert any(b.bukti == "tidak dapat disajikan: tidak ada standar nasional" for b in excepted)
    assert all(c.jawaban in ("Y", "a") for c in arunika.penilaian)
