"""Stage 4, render: the computed year → the full LKj as one .docx (and optionally PDF).

`build_report` reads like the document: cover and front matter, BAB I–IV, Lampiran. The Word template
and the text templates come from a template folder the secretariat may edit (templates/ by default).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from lkj.compute import compute
from lkj.findings import Finding
from lkj.model import Dataset
from lkj.parallel import Alongside
from lkj.render.bab_1_2 import bab_1, bab_2
from lkj.render.bab_3 import bab_3, bab_3_program
from lkj.render.bab_4 import bab_4
from lkj.render.blocks import Block, Blocks
from lkj.render.docx import DocxBuilder
from lkj.render.front import cover, front_matter
from lkj.render.narasi import Narasi, TemplateProblem
from lkj.render.report import Report
from lkj.stopwatch import Stopwatch

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
WORD_TEMPLATE = "lkj.docx"

__all__ = ["DEFAULT_TEMPLATES", "TemplateProblem", "assemble", "build_report"]


Chapter = Callable[[Report], dict[str, Any]]
CHAPTERS: tuple[Chapter, ...] = (cover, front_matter, bab_1, bab_2, bab_3, bab_3_program, bab_4)
# Made by a second process while this one makes the others, when the report is large enough to gain from
# it: the big table of BAB III and the chapters around it are about half the work of a large report.
ALONGSIDE: tuple[Chapter, ...] = (bab_2, bab_3_program, bab_4)
PARALLEL_FROM = 300  # rows of the big table, plus ten per indicator


def assemble(report: Report) -> dict[str, Any]:
    """The context of the Word template (docs/templat.md lists every key). The blocks are the same, in
    the same registry order, whether the ALONGSIDE chapters are made in a second process or here."""
    alongside = ALONGSIDE if _large(report) else ()
    second = Alongside(lambda: _made(report, alongside)) if alongside else None
    context, blocks = _made(report, tuple(c for c in CHAPTERS if c not in alongside))
    report.blocks.adopt(blocks)
    if second is not None:
        more, blocks = second.result()
        report.blocks.adopt(blocks)
        context.update(more)
    return context


def _made(report: Report, chapters: tuple[Chapter, ...]) -> tuple[dict[str, Any], list[Block]]:
    """The context the chapters give, and the blocks they made (in a registry of their own)."""
    own = copy.copy(report)
    own.blocks = Blocks()
    context: dict[str, Any] = {}
    for chapter in chapters:
        context.update(chapter(own))
    return context, list(own.blocks.items.values())


def _large(report: Report) -> bool:
    rows = sum(len(s.ukuran) or 1 for b in report.dataset.bidang for s in b.sub_kegiatan)
    return rows + 10 * len(report.hasil.indikator) >= PARALLEL_FROM


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
