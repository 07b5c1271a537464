"""Kabupaten Lembah Arunika 2025 (tests/data/arunika/, dev/samples/arunika_2025.py): a second agency,
made with the tool's own blank workbooks, whose every figure below was computed by hand.

The hand computation (H) of each figure, from the workbooks:

SPBE (lembar SPBE): indicators 1-31 (domains 1-3) at level 3, 32-47 (domain 4) at level 4. A domain's
index is the weighted mean of its indicators' levels, so a domain whose levels are all L has index L:
  domain 1 Kebijakan Internal = 3, domain 2 Tata Kelola = 3, domain 3 Manajemen = 3, domain 4 Layanan = 4;
  Indeks SPBE = (3 × 13 + 3 × 25 + 3 × 16,5 + 4 × 45,5) / 100 = (39 + 75 + 49,5 + 182) / 100 = 3,455
  → printed 3,46.
IK-01..IK-04 take those domain indices (Sumber Realisasi), rounded to 2 decimals (Jumlah Desimal empty):
  IK-01 3,00 / target 3,00 = 100,00%
  IK-02 3,00 / 2,75 = 1,090909… → 109,09%
  IK-03 3,00 / 2,50 = 120,00%
  IK-04 4,00 / 3,50 = 1,142857… → 114,29%
IK-05 KI Award: realisasi 91,375 lies in the open band "≥ 90" → 100; the target "Kabupaten Informatif" is
  that band's kategori, so its score is 90 → 100; capaian 100 / 100 = 100,00%.
IK-06: 96,125 / 95,00 = 1,011842… → 101,18%; each as typed: 95,00% and 96,125%.
  Trend: 96,125 − 93,50 (2024) = 2,625 poin persentase; relative 2,625 / 93,50 = 2,807…% → 2,81%.
  Renstra end: 96,125 / 97,00 = 99,097…% → 99,10%.
IK-07 share of program indicators reached (polarity respected): Sekretariat SAKIP 72,50 ≥ 70,00 yes;
  temuan 2 ≤ 3 (minimize) yes; Aplikasi Informatika integrasi 75 < 80 no; IKP konten 92 ≥ 90 yes; IKP
  layanan daring 4 ≥ 4 yes → 4 / 5 = 80,00%; target 75,00 → 80 / 75 = 1,066666… → 106,67%.
Sasaran (mean of their indicators' capaian):
  SS-01 (100 + 109,0909… + 120 + 114,2857…) / 4 = 443,3766… / 4 = 110,8441… → 110,84%
  SS-02 (100 + 101,1842…) / 2 = 100,5921… → 100,59%
  SS-03 106,6666… → 106,67%
  organisation (110,8441… + 100,5921… + 106,6666…) / 3 = 318,1029… / 3 = 106,0343… → 106,03%
Budget (sub kegiatan, each in one bidang):
  2.16.01 Sekretariat: 150.000.000 + 250.000.000 = 400.000.000; 142.500.000 + 240.000.000 = 382.500.000
  2.16.02 IKP: 300.000.000; 291.000.000
  2.16.03 Aplikasi Informatika's part: 400.000.000 + 200.000.000 = 600.000.000; 380.000.000 + 170.000.000
      = 550.000.000; IKP's part: 100.000.000; 95.000.000; the program: 700.000.000; 645.000.000
      → 645 / 700 = 92,1428…% → 92,14%
  total 1.400.000.000; 1.318.500.000 → 94,1785…% → 94,18%; SiLPA 81.500.000
  SS-01 (Aplikasi Informatika's part of 2.16.03): 550 / 600 = 91,666…% → 91,67%
  SS-02 (2.16.02 and IKP's part of 2.16.03): 386.000.000 / 400.000.000 = 96,50%
  SS-03 (2.16.01): 382,5 / 400 = 95,625% → 95,63%
Efficiency (selisih of the printed capaian and serapan, threshold 5 poin):
  SS-01 110,84 − 91,67 = 19,17 efisien; SS-02 100,59 − 96,50 = 4,09 cukup efisien;
  SS-03 106,67 − 95,63 = 11,04 efisien; overall 106,03 − 94,18 = 11,85 efisien.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lkj.diff.dump import dump
from lkj.indonesian import rounded
from lkj.pipeline import check
from tests.conftest import ROOT, build, computed

ARUNIKA = ROOT / "tests" / "data" / "arunika"


@pytest.fixture(scope="module")
def hasil():
    return computed(ARUNIKA)


@pytest.fixture(scope="module")
def text(tmp_path_factory) -> str:
    return dump(build(ARUNIKA, tmp_path_factory.mktemp("arunika") / "arunika.docx"))


def _pct(figure) -> str:
    return f"{rounded(figure.value, 2)}".replace(".", ",")


def test_the_set_is_complete_nothing_stands_in_the_way_of_a_final(hasil):
    assert check(ARUNIKA).findings + hasil.findings == ()


def test_every_indicator_as_computed_by_hand(hasil):
    got = {
        i.indikator.kode: (str(i.realisasi), _pct(i.capaian), i.realisasi_hitung is not None)
        for i in hasil.indikator
    }
    assert got == {
        "IK-01": ("3.00", "100,00", True),
        "IK-02": ("3.00", "109,09", True),
        "IK-03": ("3.00", "120,00", True),
        "IK-04": ("4.00", "114,29", True),
        "IK-05": ("91.375", "100,00", False),
        "IK-06": ("96.125", "101,18", False),
        "IK-07": ("80.00", "106,67", True),
    }
    assert hasil.spbe is not None and hasil.spbe.indeks.value == D("3.455")
    assert hasil.spbe_berbeda == ()  # domain IKU are their domains, not the overall index
    ik05 = next(i for i in hasil.indikator if i.indikator.kode == "IK-05")
    assert ik05.target.kategori == "Kabupaten Informatif" and ik05.target.low == 90


def test_sasaran_budget_and_efficiency_by_hand(hasil):
    assert [_pct(s.capaian) for s in hasil.sasaran] == ["110,84", "100,59", "106,67"]
    assert _pct(hasil.capaian_organisasi) == "106,03"
    assert [(s.anggaran.pagu, s.anggaran.realisasi) for s in hasil.sasaran] == [
        (D(600000000), D(550000000)),
        (D(400000000), D(386000000)),
        (D(400000000), D(382500000)),
    ]
    assert [s.efisiensi.label for s in hasil.sasaran] == ["Efisien", "Cukup efisien", "Efisien"]
    t = hasil.belanja.total
    assert (t.pagu, t.realisasi, t.silpa.value) == (D(1400000000), D(1318500000), D(81500000))
    assert sum((s.anggaran.pagu for s in hasil.sasaran), D(0)) == t.pagu  # nothing twice, nothing lost
    program = {p.program.kode: p for p in hasil.belanja.program}
    assert (program["2.16.03"].anggaran.pagu, _pct(program["2.16.03"].anggaran.serapan)) == (
        D(700000000),
        "92,14",
    )


def test_the_report_prints_them(text):
    for expected in (
        # Tabel 2.2 to the Renstra's end (2026), kategori targets as typed, each with its typed decimals
        "| No | Indikator Kinerja | Satuan | 2021 | 2022 | 2023 | 2024 | 2025 | 2026 |",
        "| 5 | Nilai Keterbukaan Informasi Publik (KI Award) | Nilai | 60 | 70 | 80 | 85 "
        "| Kabupaten Informatif | Kabupaten Informatif |",
        "| 7 | Persentase Indikator Program yang Tercapai | % | 70,00 | 72,50 | 75,00 | 77,50 "
        "| 75,00 | 85,00 |",
        # the conversion table with its open bands
        "| 1 | < 40 | 20% |",
        "| 5 | ≥ 90 | 100% | Kabupaten Informatif |",
        # capaian, one precision per indicator
        "| Kabupaten Informatif | 91,375 | 100,00% |",
        "| 95,00% | 96,125% | 101,18% |",
        "| Indeks Domain Tata Kelola SPBE | Indeks | 2,75 | 3,00 | 109,09% |",
        "| 75,00% | 80,00% | 106,67% |",
        "Rata-rata capaian sasaran strategis tahun 2025 sebesar 106,03%",
        "Dari anggaran Rp1.400.000.000, terealisasi Rp1.318.500.000 atau 94,18%, dengan sisa anggaran "
        "Rp81.500.000.",
        "selisih capaian dan serapan adalah 19,17 poin",
        "selisih capaian dan serapan adalah 4,09 poin, sehingga penggunaan sumber daya dinilai cukup efisien",
        "selisih capaian dan serapan adalah 11,04 poin",
        "selisih capaian dan serapan anggaran adalah 11,85 poin",
        "| 3 | 2.16.03 | Program Aplikasi Informatika | 700.000.000 | 645.000.000 | 92,14% | 55.000.000 |",
        # each sasaran's program table shows its bidang's part of the shared program
        "| Persentase aplikasi perangkat daerah yang terintegrasi | 80% | 75% | 93,75% | 91,67% |",
        "| Jumlah layanan informasi publik daring | 4 Layanan | 4 Layanan | 100,00% | 95,00% |",
    ):
        assert expected in text, expected
    assert "Bupati Lembah Arunika" in text and "Walikota" not in text
    assert "2,625 poin persentase" in text and "2,81%" in text and "99,10%" in text
    assert "3,46" in text


def test_it_builds_as_a_final(tmp_path, run):
    """Complete as it is: `lkj build --final` writes the report to sign, with nothing to finish."""
    final = run("build", ARUNIKA, "--final", "-o", tmp_path / "final.docx")
    assert final.exit_code == 0, final.output
    assert (tmp_path / "final.docx").exists() and "laporan final" in final.output


def test_a_shared_program_is_explained_under_each_sasaran_table(text):
    """Program 2.16.03 is budgeted under two sasaran: each table shows its share's serapan (91,67% and
    95,00%), Realisasi Anggaran the whole program's (92,14%); a note under each says so, not elsewhere."""
    for share in ("Rp600.000.000", "Rp100.000.000"):
        assert (
            "Anggaran Program Aplikasi Informatika terbagi ke lebih dari satu sasaran. Serapan pada tabel di "
            f"atas adalah serapan bagian untuk sasaran ini (pagu {share} dari pagu program Rp700.000.000); "
            "serapan program ini seluruhnya 92,14% (lihat Realisasi Anggaran)."
        ) in text
    assert text.count("terbagi ke lebih dari satu sasaran") == 2  # programs of one sasaran have none


def test_a_trend_is_charted_only_with_two_realisations(text):
    """Three SPBE domain indices are new in 2025: one dot under a target line says nothing, so they have
    no trend chart; the indicators with earlier years keep theirs, numbered on without a gap."""
    captions = [line for line in text.splitlines() if line.startswith("[Gambar 3.")]
    for domain in ("Tata Kelola", "Manajemen", "Layanan"):
        assert not any(f"Indeks Domain {domain} SPBE" in c for c in captions)
    assert any("Indeks Domain Kebijakan Internal SPBE" in c for c in captions)  # it has earlier years
    assert (
        "[Gambar 3.3 Target dan realisasi Nilai Keterbukaan Informasi Publik (KI Award) tahun 2021\u20112025]"
        in captions
    )
    assert [c.split()[1] for c in captions] == [f"3.{n}" for n in range(1, len(captions) + 1)]
