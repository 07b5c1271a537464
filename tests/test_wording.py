"""The report speaks to its reader in finished sentences (reviewers' reading of the samples): a lead-in
"sebagai berikut" only before a list, no data-entry terms, no "0 indikator", no caption repeating its
own label, no abbreviated headers."""

from __future__ import annotations

import pytest

from lkj.diff.dump import dump
from lkj.render.narasi import clause
from tests.conftest import ARUNIKA, JAMBI, SUKAMAJU, build


@pytest.fixture(scope="module")
def texts(tmp_path_factory):
    out = tmp_path_factory.mktemp("wording")
    return {
        name: dump(build(folder, out / f"{name}.docx"))
        for name, folder in (("arunika", ARUNIKA), ("sukamaju", SUKAMAJU), ("jambi", JAMBI))
    }


def test_a_tugas_pokok_of_one_paragraph_reads_on_from_its_lead_in(texts):
    assert (
        "Tugas pokok Dinas Komunikasi dan Informatika Kabupaten Lembah Arunika adalah membantu Bupati "
        "melaksanakan urusan pemerintahan bidang komunikasi dan informatika yang menjadi kewenangan daerah."
        in texts["arunika"]
    )
    for text in texts.values():
        assert not [
            line for line in text.splitlines() if line.startswith("Tugas pokok") and "berikut" in line
        ]


def test_a_clause_keeps_an_abbreviation_and_drops_the_end_stop():
    assert clause("Membantu Bupati melaksanakan urusan.") == "membantu Bupati melaksanakan urusan"
    assert clause("APBD-P 2024") == "APBD-P 2024"
    assert clause(None) == ""


def test_no_indicator_below_target_is_said_in_words_not_as_zero(texts):
    assert "tidak ada indikator yang belum mencapai target" in texts["arunika"]
    assert "1 indikator belum mencapai target" in texts["jambi"]
    for text in texts.values():
        assert " 0 indikator" not in text


def test_the_report_speaks_of_the_self_assessment_not_of_data_entry(texts):
    for text in (texts["arunika"], texts["sukamaju"]):
        assert "Berdasarkan hasil penilaian mandiri tingkat kematangan tersebut, Indeks SPBE" in text
        assert "diisikan" not in text


def test_captions_and_headers_are_not_abbreviated_or_repeated(texts):
    for text in (texts["arunika"], texts["sukamaju"]):
        assert "Konversi nilai KI Award menjadi capaian]" in text
        assert "Capaian terhadap Target Akhir" in text
    for text in texts.values():
        assert "Tabel konversi" not in text and " thd " not in text


def test_program_statements_are_merged_omitted_when_they_repeat_the_table_and_worded_for_all_bidang(texts):
    """Arunika p.14 said the same sentence for each of four SPBE indicators, naming the sasaran's only
    program (already in the table above); its 'Seluruh Bidang' indicator read 'Menurut Seluruh Bidang'."""
    text = texts["arunika"]
    assert text.count("paling berpengaruh terhadap indikator Indeks Domain") == 0
    assert "Menurut Seluruh Bidang" not in text
    assert (
        "Indikator Persentase Indikator Program yang Tercapai didukung bersama oleh seluruh bidang: "
        "Seluruh program perangkat daerah." in text
    )
    # a statement naming more than the only program (Sukamaju's kegiatan) is the staff's and is kept
    assert (
        "terhadap indikator Rata-rata waktu tindak lanjut pengaduan publik: Sub Kegiatan Monitoring"
        in (texts["sukamaju"])
    )
