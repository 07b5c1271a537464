"""The Catatan Penyusunan's tables are the staff's work list, not the report's: captioned in a series of
their own (Tabel C.1, C.2, …, counted by SEQ TabelCatatan), so the Lampiran's Tabel L.n go on without
them and the Daftar Tabel (built from SEQ Tabel) does not list them (lkj.render.docx.CLOSING)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import JAMBI, SUKAMAJU, build

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraphs(docx: Path) -> list[etree._Element]:
    with zipfile.ZipFile(docx) as z:
        return list(etree.fromstring(z.read("word/document.xml")).iter(f"{W}p"))


def _style(p: etree._Element) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return "" if style is None else style.get(f"{W}val", "")


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def _instructions(p: etree._Element) -> list[str]:
    return [" ".join((i.text or "").split()) for i in p.iter(f"{W}instrText")]


def _captions(docx: Path) -> list[tuple[str, str]]:
    """Every caption: its text and the identifier of its SEQ field, in reading order."""
    out = []
    for p in _paragraphs(docx):
        if _style(p) == "Caption":
            (seq,) = [i.split()[1] for i in _instructions(p) if i.startswith("SEQ ")]
            out.append((_text(p), seq))
    return out


def _list_of(docx: Path, kind: str) -> list[str]:
    """The entries of the list of tables (or figures) as written: the run of TableofFigures paragraphs
    that starts with its TOC field."""
    paragraphs = _paragraphs(docx)
    first = next(n for n, p in enumerate(paragraphs) if f'TOC \\h \\z \\c "{kind}"' in _instructions(p))
    entries = []
    for p in paragraphs[first:]:
        if _style(p) != "TableofFigures":
            break
        entries.append(_text(p))
    return entries


@pytest.fixture(scope="module")
def konsep(tmp_path_factory) -> Path:
    return build(JAMBI, tmp_path_factory.mktemp("catatan") / "konsep.docx")


def test_the_catatan_tables_are_numbered_c_1_c_2_by_a_seq_field_of_their_own(konsep):
    captions = _captions(konsep)
    catatan = [(text, seq) for text, seq in captions if text.startswith("Tabel C.")]
    assert catatan == [
        ("Tabel C.1 Hal yang masih menghalangi laporan final", "TabelCatatan"),
        ("Tabel C.2 Swa-evaluasi LKE komponen Pelaporan Kinerja", "TabelCatatan"),
    ]
    assert captions[-2:] == catatan  # the chapter after the Lampiran, the document's last
    # every other table of the report is counted by SEQ Tabel, the Lampiran's without a gap or an extra
    report = [(text, seq) for text, seq in captions if (text, seq) not in catatan]
    assert {seq for _, seq in report} == {"Tabel", "Gambar"}
    lampiran = [re.match(r"Tabel (L\.\d+) ", text) for text, _ in report]
    assert [m.group(1) for m in lampiran if m] == ["L.1", "L.2", "L.3", "L.4"]


def test_the_daftar_tabel_lists_the_reports_tables_and_not_the_catatans(konsep):
    listed = _list_of(konsep, "Tabel")
    report = [text for text, seq in _captions(konsep) if seq == "Tabel"]
    assert listed == report and len(listed) >= 20
    assert not any("menghalangi laporan final" in entry or "Swa-evaluasi LKE" in entry for entry in listed)


def test_the_catatan_numbers_its_own_tables_through_lkj_build_on_the_sample(run, tmp_path):
    out = tmp_path / "konsep.docx"
    done = run("build", JAMBI, "-o", out)
    assert done.exit_code == 0, done.output
    texts = [text for text, _ in _captions(out)]
    assert "Tabel C.2 Swa-evaluasi LKE komponen Pelaporan Kinerja" in texts
    assert "Tabel L.4 Anggaran dan realisasi program tahun 2022" in texts
    assert not any(text.startswith("Tabel L.5") for text in texts)


def test_a_final_has_no_closing_series(tmp_path):
    final = build(SUKAMAJU, tmp_path / "final.docx", kind="final")
    assert {seq for _, seq in _captions(final)} == {"Tabel", "Gambar"}
    assert _list_of(final, "Tabel") == [text for text, seq in _captions(final) if seq == "Tabel"]
