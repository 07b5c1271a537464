"""The copy of a report LibreOffice makes the PDF from (lkj.render.pdf_copy): its charts as pictures
with their alternative text, its headers without the watermark, which the PDF export draws instead."""

from __future__ import annotations

import re
import zipfile

import pytest
from lxml import etree

from lkj.render.pdf_copy import Watermark, _watermark, copy_for_pdf
from lkj.render.watermark import _RUN
from tests.conftest import SUKAMAJU, build


@pytest.fixture(scope="module")
def konsep(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("salinan")
    docx = build(SUKAMAJU, folder / "laporan.docx")
    copy = folder / "salinan.docx"
    return docx, copy, copy_for_pdf(docx, copy)


def test_every_chart_becomes_a_picture_with_its_alternative_text(konsep):
    docx, copy, _ = konsep
    with zipfile.ZipFile(docx) as original, zipfile.ZipFile(copy) as salinan:
        parts = [n for n in original.namelist() if re.fullmatch(r"word/charts/chart\d+\.xml", n)]
        assert len(parts) >= 5
        names = salinan.namelist()
        assert not [n for n in names if n.startswith(("word/charts/", "word/embeddings/"))]
        pictures = sorted(n for n in names if re.fullmatch(r"word/media/grafik\d+\.svg", n))
        assert len(pictures) == len(parts)
        document = salinan.read("word/document.xml").decode()
        before = original.read("word/document.xml").decode()
        assert "drawingml/2006/chart" not in document and document.count("<pic:pic ") == len(parts)
        titles = re.findall(r'<wp:docPr id="\d+" name="Grafik \d+" descr="([^"]*)"', before)
        assert re.findall(r'<wp:docPr id="\d+" name="Grafik \d+" descr="([^"]*)"', document) == titles
        assert len(titles) == len(parts)
        rels = salinan.read("word/_rels/document.xml.rels").decode()
        assert "relationships/chart" not in rels and rels.count("media/grafik") == len(parts)
        types = salinan.read("[Content_Types].xml").decode()
        assert 'Extension="svg"' in types and "/word/charts/" not in types
        for name in parts:  # each picture carries its chart's numbers
            number = re.sub(r"\D", "", name)
            chart = etree.fromstring(original.read(name))
            drawn = salinan.read(f"word/media/grafik{number}.svg").decode()
            for label in chart.xpath(
                "//c:dLbl//a:t/text()", namespaces={"c": chart.nsmap["c"], "a": chart.nsmap["a"]}
            ):
                assert f">{label}<" in drawn


def test_the_watermark_leaves_the_headers_for_the_pdf_export_to_draw(konsep):
    docx, copy, mark = konsep
    assert mark == Watermark("KONSEP", "Arial", 0xE0E0E0, mark.height_pt, 45)  # #C0C0C0 at half opacity
    assert 90 <= mark.height_pt <= 110  # "KONSEP" across the shape's 440 pt
    with zipfile.ZipFile(docx) as original, zipfile.ZipFile(copy) as salinan:
        headers = [n for n in original.namelist() if re.fullmatch(r"word/header\d+\.xml", n)]
        assert headers and all(b"PowerPlusWaterMarkObject" in original.read(n) for n in headers)
        for name in headers:
            kept = salinan.read(name)
            assert b"PowerPlusWaterMarkObject" not in kept and b"<v:shape " not in kept
            etree.fromstring(kept)  # still a whole header


def test_a_watermark_restyled_in_word_keeps_its_text_font_colour_and_angle():
    run = _RUN.replace('string="KONSEP"', 'string="RAHASIA &amp; DRAF"').replace("Arial", "Times New Roman")
    run = run.replace('fillcolor="#c0c0c0"', 'fillcolor="red"').replace('opacity=".5"', 'opacity="1"')
    mark = _watermark(run.replace("rotation:315", "rotation:0").encode())
    assert mark is not None
    assert (mark.text, mark.font, mark.color, mark.angle) == (
        "RAHASIA & DRAF",
        "Times New Roman",
        0xFF0000,
        0,
    )
    assert _watermark(run.replace('string="RAHASIA &amp; DRAF"', 'string=""').encode()) is None


def test_a_final_report_has_no_watermark_to_draw(tmp_path):
    docx = build(SUKAMAJU, tmp_path / "laporan.docx", kind="final")
    assert copy_for_pdf(docx, tmp_path / "salinan.docx") is None
