"""Konsep and final (issue 16): one pipeline, two kinds of build. A konsep always builds, carries a KONSEP
watermark in every header and ends with the Catatan Penyusunan, which lists every finding that blocks a
final at its file, sheet and cell; a final is refused (exit 1, the same located list, nothing written)
while any stands, and the one it writes never addresses the staff."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from lkj.diff.dump import dump
from lkj.pipeline import NotFinal, check
from lkj.render.watermark import NAME
from tests.conftest import JAMBI, ROOT, SUKAMAJU, build

# what only the staff need to read: names of workbooks, sheets and columns, and data not entered yet
STAFF = re.compile(
    r"workbook|\.xlsx|\blembar\b|\bkolom\b|belum diisi|belum menyampaikan|belum tersedia|LOGO|ganti gambar"
    r"|\bsel\b",
    re.IGNORECASE,
)


def _headers(docx: Path) -> list[str]:
    with zipfile.ZipFile(docx) as z:
        return [z.read(n).decode() for n in z.namelist() if re.fullmatch(r"word/header\d+\.xml", n)]


@pytest.fixture(scope="module")
def jambi_konsep(tmp_path_factory) -> tuple[Path, str]:
    out = build(JAMBI, tmp_path_factory.mktemp("konsep") / "jambi.docx")
    return out, dump(out)


@pytest.fixture(scope="module")
def sukamaju_final(tmp_path_factory) -> tuple[Path, str]:
    out = build(SUKAMAJU, tmp_path_factory.mktemp("final") / "sukamaju.docx", kind="final")
    return out, dump(out)


def test_a_konsep_is_watermarked_on_every_page(jambi_konsep):
    docx, _ = jambi_konsep
    headers = _headers(docx)
    assert headers and all(NAME in h and 'string="KONSEP"' in h for h in headers)


def test_the_konsep_ends_with_the_catatan_listing_each_blocking_finding_at_its_cell(jambi_konsep):
    _, text = jambi_konsep
    assert text.count("# CATATAN PENYUSUNAN") == 1
    catatan = text.split("# CATATAN PENYUSUNAN", 1)[1]
    assert "# " not in catatan.replace("| ", "")  # the last chapter
    blocking = check(JAMBI, year=True).blocking
    assert len(blocking) >= 11
    for f in blocking:
        assert f"| {f.file} | {f.where} |" in catatan, f
    assert "Sebanyak " + str(len(blocking)) + " hal berikut masih menghalangi laporan final" in catatan


def test_a_final_is_refused_with_the_located_list_and_nothing_is_written(tmp_path):
    out = tmp_path / "final.docx"
    with pytest.raises(NotFinal) as refused:
        build(JAMBI, out, kind="final")
    assert not out.exists()
    assert refused.value.exit_code == 1
    blocking = refused.value.blocking
    assert {f.code for f in blocking} >= {"report.analysis-empty", "realisasi.missing", "volume.no-target"}
    detail = refused.value.detail
    for f in blocking:
        assert f"{f.where} [{f.code}]" in detail
    assert "03-aplikasi-informatika.xlsx\n  BELUM DIISI Program!I4 [realisasi.missing]" in detail


def test_lkj_build_final_exits_1_with_the_located_list(run, tmp_path):
    result = run("build", JAMBI, "--final", "-o", tmp_path / "final.docx")
    assert result.exit_code == 1
    assert "BELUM DIISI Program!I4 [realisasi.missing]" in result.output
    assert "Gagal: laporan final belum dapat disusun" in result.output
    assert not (tmp_path / "final.docx").exists()
    konsep = run("build", JAMBI, "-o", tmp_path / "konsep.docx")
    assert konsep.exit_code == 0 and "(konsep)" in konsep.output


def test_the_complete_sets_build_final_without_a_word_for_the_staff(sukamaju_final, run, tmp_path):
    docx, text = sukamaju_final
    assert not any(NAME in h for h in _headers(docx))
    assert "CATATAN PENYUSUNAN" not in text
    assert STAFF.search(text) is None, STAFF.search(text)
    result = run("build", SUKAMAJU, "--final", "-o", tmp_path / "final.docx")
    assert result.exit_code == 0 and "(laporan final)" in result.output
    arunika = build(ROOT / "tests" / "data" / "arunika", tmp_path / "arunika.docx", kind="final")
    text = dump(arunika)
    assert STAFF.search(text) is None, STAFF.search(text)
    assert "CATATAN PENYUSUNAN" not in text


def test_a_templates_own_watermark_is_kept_in_a_konsep_and_removed_in_a_final(tmp_path):
    from lxml import etree

    from lkj.render import watermark

    header = etree.fromstring(f'<w:hdr xmlns:w="{watermark.x.W_NS}"><w:p/></w:hdr>')
    watermark.mark([header])
    own = header.find(f".//{{{watermark.V_NS}}}shape/{{{watermark.V_NS}}}textpath")
    assert own is not None
    own.set("string", "DRAF")  # restyled in Word
    watermark.mark([header])
    texts = [t.get("string") for t in header.iter(f"{{{watermark.V_NS}}}textpath")]
    assert [t for t in texts if t] == ["DRAF"]
    watermark.unmark([header])
    assert not watermark.has_watermark(header)
    assert header.find(f"{{{watermark.x.W_NS}}}p") is not None


# ---------------------------------------------------------------- the report read with a pencil


def _body(text: str) -> str:
    """The report as its reader reads it: without the konsep's Catatan Penyusunan."""
    return text.split("# CATATAN PENYUSUNAN")[0]


def test_the_pk_is_shown_once_as_a_comparison_and_signed_in_the_lampiran(jambi_konsep):
    text = _body(jambi_konsep[1])
    bab_2 = text.split("# BAB II")[1].split("# BAB III")[0]
    # the seed printed the same target table four times (2.2, 2.4, 2.6, L.1): now one comparison in BAB II
    assert bab_2.count("[Tabel 2.") == 3  # Renstra's, then the PK's targets and budgets across versions
    assert "[Tabel 2.2 Target kinerja Perjanjian Kinerja antarversi]" in bab_2
    assert (
        "| No | Sasaran Strategis | Indikator Kinerja | Satuan | Murni | Perubahan APBD-P | Perubahan DID | "
        in bab_2
    )
    # each change is the difference of the amounts printed beside it
    assert "| 6.090.627.700 | 6.199.463.343 | 6.199.463.343 | +108.835.643 |" in bab_2
    assert "| JUMLAH | 13.895.587.102 | 14.715.970.435 | 14.883.605.435 | +988.018.333 |" in bab_2
    lampiran = text.split("# LAMPIRAN")[1]
    assert lampiran.count("[Tabel L.1 Target kinerja PK Perubahan DID]") == 1
    assert "|  | Jambi, 8 Desember 2022 |" in lampiran and "| Pihak Kedua, | Pihak Pertama, |" in lampiran
    assert "## Lampiran 2. Pengukuran Kinerja Tahun 2022" in lampiran


def test_whole_sentences_only(jambi_konsep):
    text = _body(jambi_konsep[1])
    assert "PK Murni. Ditandatangani" not in text
    assert "PK Murni (ditandatangani pada bulan Januari 2022) menetapkan anggaran program sebesar " in text
    assert (
        "PK Perubahan DID (tambahan anggaran yang bersumber dari Dana Insentif Daerah (DID)), yang "
        "ditandatangani pada 8 Desember 2022, menambah jumlah anggaran program PK Perubahan APBD-P" in text
    )


EFFICIENCY = re.compile(
    r"serapan (\d+,\d\d)%\. Dibandingkan dengan capaian sasaran sebesar (\d+,\d\d)%, selisih capaian dan "
    r"serapan adalah (-?\d+,\d\d) poin"
)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def test_a_difference_printed_beside_its_operands_is_their_difference(jambi_konsep, sukamaju_final):
    for _, text in (jambi_konsep, sukamaju_final):
        found = EFFICIENCY.findall(text)
        assert found
        for serapan, capaian, selisih in found:
            assert round(_number(capaian) - _number(serapan), 2) == _number(selisih)
    # the seed's case: 101,53% against 99,12% is 2,41 poin, never 2,40 from the unrounded figures
    assert "sebesar 101,53%, selisih capaian dan serapan adalah 2,41 poin" in jambi_konsep[1]


def test_dasar_hukum_holds_the_regulations_the_method_cites(jambi_konsep, sukamaju_final):
    for _, text in (jambi_konsep, sukamaju_final):
        dasar = text.split("## 1.5 Dasar Hukum")[1].split("## 1.6")[0]
        assert "Peraturan Presiden Nomor 29 Tahun 2014" in dasar
        assert "Nomor 53 Tahun 2014" in dasar
        assert "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017" in dasar
    dasar = jambi_konsep[1].split("## 1.5 Dasar Hukum")[1].split("## 1.6")[0]
    # placed by rank: the Perpres after the Inpres, before the ministers' regulations and the Perda
    assert (
        dasar.index("Inpres Nomor 3") < dasar.index("Nomor 29 Tahun 2014") < dasar.index("Peraturan Daerah")
    )
    sukamaju = sukamaju_final[1].split("## 1.5 Dasar Hukum")[1].split("## 1.6")[0]
    assert sukamaju.count("53 Tahun 2014") == 1  # 'Peraturan Menteri PANRB Nomor 53' is the same one


def test_no_paragraph_is_printed_twice(jambi_konsep):
    text = _body(jambi_konsep[1])
    assert text.count("merupakan perangkat daerah yang membantu Walikota dalam melaksanakan urusan") == 1
    paragraphs = [p for p in text.splitlines() if len(p) > 80 and not p.startswith("|")]
    assert len(paragraphs) == len(set(paragraphs))


def test_the_failed_indicator_drives_the_ikhtisar_and_bab_iv(sukamaju_final):
    text = sukamaju_final[1]
    ikhtisar = text.split("# IKHTISAR EKSEKUTIF")[1].split("# BAB I")[0]
    assert (
        "Indikator Indeks SPBE ditargetkan 3,2 dan terealisasi 3,14, dengan capaian 98,13%. Kendala yang "
        "dihadapi: Domain manajemen SPBE" in ikhtisar
    )
    assert "Upaya yang telah dilakukan: " in ikhtisar and "Langkah antisipatif tahun 2025: " in ikhtisar
    langkah = text.split("## 4.2")[1].split("# LAMPIRAN")[0]
    # the first item of the Word list: its number is the list's, not the text's (lkj.render.lists), and
    # the dump prints it as the page does (lkj.diff.list_labels)
    assert "\n1. Indeks SPBE (capaian 98,13%): Menetapkan pedoman manajemen risiko SPBE" in langkah
    assert "## Lampiran 4. Pernyataan Telah Direviu" in text and "Kami telah mereviu Laporan Kinerja" in text


def test_a_failed_indicator_without_cause_or_upaya_blocks_a_final_at_the_cell(jambi_copy, tmp_path):
    from tests.helpers import edit_cells

    edit_cells(jambi_copy / "03-aplikasi-informatika.xlsx", "Capaian Indikator", {"G5": None, "H5": None})
    found = [f for f in check(jambi_copy, year=True).blocking if f.code == "report.failed-unexplained"]
    assert [(f.file, f.where) for f in found] == [("03-aplikasi-informatika.xlsx", "Capaian Indikator!G5")]
    assert "Isi Penyebab, Upaya, Kendala/Hambatan dan Rencana Tindak Lanjut indikator ini" in found[0].message
    with pytest.raises(NotFinal) as refused:
        build(jambi_copy, tmp_path / "final.docx", kind="final")
    assert "Capaian Indikator!G5 [report.failed-unexplained]" in refused.value.detail


def test_the_seeds_failed_indicator_lacks_its_kendala_and_plan_for_next_year():
    (found,) = [f for f in check(JAMBI, year=True).blocking if f.code == "report.failed-unexplained"]
    assert (found.file, found.where) == ("03-aplikasi-informatika.xlsx", "Capaian Indikator!J5")
    assert "Isi Kendala/Hambatan dan Rencana Tindak Lanjut indikator ini" in found.message


def test_an_iku_outside_every_sasaran_blocks_a_final(jambi_konsep):
    found = [f for f in check(JAMBI, year=True).blocking if f.code == "report.outside-cascade"]
    assert [(f.file, f.where) for f in found] == [("00-instansi.xlsx", "Indikator!B9")]


def test_an_analysis_declared_not_to_apply_is_a_sentence_for_the_reader_not_a_gap(jambi_copy, tmp_path):
    from tests.helpers import edit_cells

    edit_cells(
        jambi_copy / "00-instansi.xlsx",
        "Keterangan Analisis",
        {
            "A4": "IK-01",
            "B4": "Perbandingan Tahun Sebelumnya",
            "C4": "Indikator baru",
            "D4": "Ditetapkan dalam Renstra perubahan tahun 2022.",
            "A5": "IK-01",
            "B5": "Standar Nasional/Pembanding",
            "C5": "Tidak ada standar nasional",
        },
    )
    gaps = [(f.where, f.message) for f in check(jambi_copy, year=True).blocking]
    about = [m for _, m in gaps if "IK-01" in m and "analisis (b)" in m.casefold()]
    assert about == [] and not any("(d)" in m and "IK-01" in m for _, m in gaps)
    text = dump(build(jambi_copy, tmp_path / "konsep.docx"))
    assert (
        "Indikator Persentase Peningkatan Pemanfaatan Aplikasi Informatika merupakan indikator baru, "
        "sehingga tidak memiliki realisasi tahun-tahun sebelumnya untuk dibandingkan." in text
    )
    assert "Ditetapkan dalam Renstra perubahan tahun 2022." in text
    assert (
        "Tidak terdapat standar nasional untuk indikator Persentase Peningkatan Pemanfaatan Aplikasi "
        "Informatika, sehingga perbandingan dengan standar nasional tidak disajikan." in text
    )


def test_the_cover_carries_the_logo_named_and_never_the_placeholder(jambi_konsep, sukamaju_final):
    with zipfile.ZipFile(sukamaju_final[0]) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert [z.read(n) for n in media] == [(SUKAMAJU / "logo-sukamaju.png").read_bytes()]
    with zipfile.ZipFile(jambi_konsep[0]) as z:  # no logo named: no box, no placeholder
        assert not [n for n in z.namelist() if n.startswith("word/media/")]
    assert "[gambar]" not in jambi_konsep[1].split("# KATA PENGANTAR")[0]
