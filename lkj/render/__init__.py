"""Stage 4, render: the computed year → the full LKj as one .docx (and optionally PDF).

`build_report` reads like the document: cover and front matter, BAB I–IV, Lampiran. The Word template
and the text templates come from a template folder the secretariat may edit (templates/ by default).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from lkj.compute import compute
from lkj.findings import Finding
from lkj.model import Dataset
from lkj.render.bab_1_2 import bab_1, bab_2
from lkj.render.bab_3 import bab_3
from lkj.render.bab_4 import bab_4
from lkj.render.docx import DocxBuilder
from lkj.render.front import cover, front_matter
from lkj.render.narasi import Narasi, TemplateProblem
from lkj.render.report import Report
from lkj.stopwatch import Stopwatch

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
WORD_TEMPLATE = "lkj.docx"

__all__ = ["DEFAULT_TEMPLATES", "TemplateProblem", "assemble", "build_report"]


def assemble(report: Report) -> dict[str, Any]:
    """The context of the Word template, in reading order (docs/templat.md lists every key)."""
    return {
        **cover(report),
        **front_matter(report),
        **bab_1(report),
        **bab_2(report),
        **bab_3(report),
        **bab_4(report),
    }


def build_report(
    dataset: Dataset,
    warnings: tuple[Finding, ...],
    out: Path,
    templates: Path = DEFAULT_TEMPLATES,
    watch: Stopwatch | None = None,
) -> Path:
    """Write the report of `dataset` to `out` (replaced atomically; nothing is written on failure)."""
    if not templates.is_dir():
        raise TemplateProblem(
            f"Folder templat '{templates}' tidak ditemukan. Berikan folder templat dengan "
            "--templat, atau salin folder templates/ dari repositori lkj."
        )
    with Stopwatch.stage(watch, "compute"):
        hasil = compute(dataset)
    with Stopwatch.stage(watch, "render"):
        builder = DocxBuilder(templates / WORD_TEMPLATE)
        narasi = Narasi(templates)
        report = Report(hasil, dataset, narasi, warnings)
        context = assemble(report)
        profil = hasil.profil
        when = (
            datetime(profil.tanggal.year, profil.tanggal.month, profil.tanggal.day)
            if profil and profil.tanggal
            else datetime(hasil.tahun + 1, 1, 1)
        )
        builder.render(context, narasi.env, report.blocks, paper=hasil.policy.kertas, when=when)
    with Stopwatch.stage(watch, "write"):
        builder.write(out)
    return out
