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
from tests.conftest import JAMBI, SUKAMAJU, build

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


def test_the_complete_set_builds_final_without_a_word_for_the_staff(sukamaju_final, run, tmp_path):
    docx, text = sukamaju_final
    assert not any(NAME in h for h in _headers(docx))
    assert "CATATAN PENYUSUNAN" not in text
    assert STAFF.search(text) is None, STAFF.search(text)
    result = run("build", SUKAMAJU, "--final", "-o", tmp_path / "final.docx")
    assert result.exit_code == 0 and "(laporan final)" in result.output


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
