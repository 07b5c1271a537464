"""The templates' data is documented and complete: each text template is given exactly the fields its
context class documents (docs/templat.md is generated from them), the shipped lkj.docx uses only
documented tags and holds every block; a template folder of one's own falls back to the built-in files
one by one, and a Word template lacking a block tag gets a warning naming it."""

from __future__ import annotations

import re
import shutil
import zipfile
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest

from lkj.render.context import Analisis, Lampiran, Laporan, block_fields
from lkj.render.texts import TEMPLATES
from tests.conftest import JAMBI, ROOT, SUKAMAJU

TEMPLATE_DIR = ROOT / "templates"


def _documented(name: str) -> set[str]:
    """The variables docs/templat.md lists for text template `name`."""
    text = (ROOT / "docs" / "templat.md").read_text(encoding="utf-8")
    section = text.split(f"### `{name}`\n", 1)[1].split("\n### ", 1)[0]
    return set(re.findall(r"^\| `(\w+)` \|", section, flags=re.M))


def test_every_text_template_has_a_context_class_and_every_class_a_template():
    shipped = {p.relative_to(TEMPLATE_DIR).as_posix() for p in TEMPLATE_DIR.glob("*/*.j2")}
    assert shipped == set(TEMPLATES)


@pytest.fixture(scope="module")
def given() -> dict[str, list[set[str]]]:
    """What every text template was given while the three sample sets were built (every default text
    template runs: the Teks sheet's own texts left out; a program shared by two sasaran is Arunika's)."""
    from lkj.pipeline import checked_year
    from lkj.render import DEFAULT_TEMPLATES, assemble
    from lkj.render.narasi import Narasi
    from lkj.render.report import Report

    seen: dict[str, list[set[str]]] = {}

    class Recording(Narasi):
        def paragraphs(self, name: str, **context: Any) -> list[str]:
            seen.setdefault(name, []).append(set(context))
            return super().paragraphs(name, **context)

    for folder in (JAMBI, SUKAMAJU, ROOT / "tests" / "data" / "arunika"):
        hasil = checked_year(folder).hasil
        assert hasil is not None
        hasil = replace(hasil, instansi=replace(hasil.instansi, teks=()))
        assemble(Report(hasil, Recording(DEFAULT_TEMPLATES)))
    return seen


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_each_text_template_is_given_exactly_its_documented_fields(given, name):
    documented = _documented(name)
    assert documented == {f.name for f in fields(TEMPLATES[name].context)}
    assert name in given, f"{name} was not rendered by the sample builds"
    assert all(keys == documented | {"u", "tahun"} for keys in given[name])


def test_a_context_of_another_class_is_refused():
    from lkj.render.report import Report
    from lkj.render.texts import LampiranPk, TanpaData

    report = Report.__new__(Report)
    with pytest.raises(TypeError, match="LampiranPk"):
        report.say("narasi/lampiran_pk.j2", TanpaData())
    with pytest.raises(TypeError, match="TanpaData"):
        report.say("teks/penutup.j2", LampiranPk("PK Murni"))


def _tags(docx: Path) -> list[str]:
    """The expressions of every tag of a Word template, its paragraphs' text joined."""
    found = []
    with zipfile.ZipFile(docx) as zf:
        for name in zf.namelist():
            if name.startswith(("word/", "docProps/")) and name.endswith(".xml"):
                xml = zf.read(name).decode("utf-8")
                for p in re.findall(r"<w:p[ >].*?</w:p>|<cp:coreProperties.*", xml, flags=re.S):
                    found += re.findall(r"\{[{%]\s*(.*?)\s*[}%]\}", re.sub(r"<[^>]+>", "", p))
    return found


def test_every_tag_of_the_shipped_word_template_is_documented_and_every_block_is_there():
    tags = _tags(TEMPLATE_DIR / "lkj.docx")
    names = {f.name for f in fields(Laporan)}
    loops = {"analisis": Analisis, "lampiran": Lampiran}
    over: dict[str, type] = {}  # a loop variable → the class of what it runs over
    used = set()
    for tag in tags:
        expr = tag.removeprefix("p ")
        loop = re.fullmatch(r"for (\w+) in (\w+)", expr)
        if loop:
            over[loop.group(1)] = loops[loop.group(2)]
            used.add(loop.group(2))
            continue
        if expr in ("endif", "endfor"):
            continue
        head, _, attribute = expr.removeprefix("if ").partition(".")
        if head in over:
            assert attribute in {f.name for f in fields(over[head])}, expr
        elif head != "loop":
            assert head in names, f"tag {tag} of lkj.docx is not documented"
            used.add(head)
    blocks = {t for t in tags if t.startswith("p ")}
    for name in block_fields(Laporan):
        assert f"p {name}" in blocks, name
    for prefix, cls in (("a", Analisis), ("l", Lampiran)):
        for name in block_fields(cls):
            assert f"p {prefix}.{name}" in blocks, name
    assert {"analisis", "lampiran", "nama_instansi", "judul_kepala"} <= used


def _own_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "templat"
    (folder / "narasi").mkdir(parents=True)
    return folder


def test_a_folder_of_ones_own_needs_only_the_files_it_changes(run, tmp_path):
    folder = _own_folder(tmp_path)
    (folder / "narasi" / "kesimpulan.j2").write_text(
        "Kesimpulan versi sekretariat {{ u.nama_instansi }}.", encoding="utf-8"
    )
    out = tmp_path / "laporan.docx"
    result = run("build", SUKAMAJU, "-o", out, "--templat", folder)
    assert result.exit_code == 0, result.output
    from lkj.diff.dump import dump

    text = dump(out)
    assert (
        "Kesimpulan versi sekretariat Dinas Komunikasi, Informatika dan Statistik Kabupaten Sukamaju." in text
    )
    assert "BAB III AKUNTABILITAS KINERJA" in text  # the built-in lkj.docx and every other text template
    assert "PERINGATAN" not in result.output


def test_a_word_template_lacking_a_block_tag_is_warned_about_and_the_build_goes_on(run, tmp_path):
    folder = _own_folder(tmp_path)
    shutil.copy(TEMPLATE_DIR / "lkj.docx", folder / "lkj.docx")
    docx = folder / "lkj.docx"
    with zipfile.ZipFile(docx) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    for tag in (b"{{p langkah }}", b"{{p a.pendukung }}"):
        assert tag in members["word/document.xml"]
        members["word/document.xml"] = members["word/document.xml"].replace(tag, b"", 1)
    with zipfile.ZipFile(docx, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    out = tmp_path / "laporan.docx"
    result = run("build", SUKAMAJU, "-o", out, "--templat", folder)
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if "tidak memuat tag" in line]
    assert len(warned) == 2
    assert "{{p langkah }}" in warned[0] and "{{p a.pendukung }}" in warned[1]
    assert warned[0].startswith(f"PERINGATAN Templat Word '{docx}'")
    assert out.exists()


def test_an_efficiency_that_cannot_be_judged_is_not_stated_as_a_judgement():
    """The Ikhtisar and BAB IV state the overall efficiency only when it was judged (never 'dinilai tidak
    dapat dinilai'), and explain the sasaran's judgements only beside it."""
    from lkj.render import DEFAULT_TEMPLATES
    from lkj.render.narasi import Narasi
    from lkj.render.texts import IkhtisarEksekutif, Kesimpulan
    from lkj.render.views import AnggaranView, EfisiensiView

    narasi = Narasi(DEFAULT_TEMPLATES)
    anggaran = AnggaranView("Rp10", "Rp9", "90,00%", "Rp1", None)
    for label, stated in (("Tidak dapat dinilai", False), ("Cukup efisien", True)):
        efisiensi = EfisiensiView("selisih", label, None, "capaian belum dapat diukur")
        contexts = {
            "narasi/ikhtisar_eksekutif.j2": IkhtisarEksekutif(
                None, None, anggaran, efisiensi, "KALIMAT PER SASARAN.", (), (), (), ()
            ),
            "narasi/kesimpulan.j2": Kesimpulan(None, None, (), anggaran, efisiensi, "KALIMAT PER SASARAN."),
        }
        for name, context in contexts.items():
            text = " ".join(
                narasi.paragraphs(
                    name, u=None, tahun=2024, **{f.name: getattr(context, f.name) for f in fields(context)}
                )
            )
            assert "dinilai tidak dapat dinilai" not in text
            assert ("secara keseluruhan dinilai cukup efisien" in text) is stated, text
            assert ("KALIMAT PER SASARAN." in text) is stated, text


def test_the_sasaran_efficiency_sentence_says_what_each_method_weighs():
    """The one sentence the Ikhtisar, 3.x and BAB IV share: capaian against serapan for the methods that
    compare them, the programs' output and cost for PMK 22/2021's."""
    from lkj.render import DEFAULT_TEMPLATES
    from lkj.render.narasi import Narasi
    from lkj.render.views import EfisiensiView

    narasi = Narasi(DEFAULT_TEMPLATES)
    said = {
        metode: " ".join(
            narasi.paragraphs(
                "narasi/efisiensi_sasaran.j2",
                u=None,
                tahun=2024,
                efisiensi=EfisiensiView(metode, "Efisien", "7,00", ""),
                sasaran="2 sasaran cukup efisien dan 1 sasaran efisien",
            )
        )
        for metode in ("selisih", "rasio", "sisa", "pmk")
    }
    for metode, text in said.items():
        assert text.endswith("menurut analisis per sasaran, 2 sasaran cukup efisien dan 1 sasaran efisien.")
        assert ("serapan" in text) is (metode != "pmk") and ("keluaran dan biaya" in text) is (
            metode == "pmk"
        )
