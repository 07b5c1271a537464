"""Stage 4, render: the computed year → the full LKj as one .docx (and optionally PDF).

`build_report` reads like the document: cover and front matter, BAB I–IV, Lampiran. The Word template
and the text templates come from a template folder the secretariat may edit (templates/ by default).
"""

from __future__ import annotations

import copy
import functools
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
HERE: tuple[Chapter, ...] = tuple(c for c in CHAPTERS if c not in ALONGSIDE)
PARALLEL_FROM = 300  # rows of the big table, plus ten per indicator


def assemble(report: Report) -> dict[str, Any]:
    """The context of the Word template (docs/templat.md lists every key), made in this process."""
    return _assembled(report, lambda: _made(report, ALONGSIDE))


Made = tuple[dict[str, dict[str, Any]], list[Block]]  # each chapter's context by name, and the blocks


def _assembled(report: Report, rest: Callable[[], Made]) -> dict[str, Any]:
    """The context of the HERE chapters, made now, and of the others, which `rest` gives once these are
    made (made meanwhile elsewhere, or here then), in reading order. The blocks take the same registry
    order either way, so the document is the same wherever the rest was made."""
    contexts, blocks = _made(report, HERE)
    report.blocks.adopt(blocks)
    more, blocks = rest()
    report.blocks.adopt(blocks)
    contexts.update(more)
    return {key: value for c in CHAPTERS for key, value in contexts[c.__name__].items()}


def _made(report: Report, chapters: tuple[Chapter, ...]) -> Made:
    """The context each chapter gives, and the blocks they made (in a registry of their own), their big
    parts deflated in the process that made them (Content.pack), wherever that is."""
    own = copy.copy(report)
    own.blocks = Blocks()
    contexts = {chapter.__name__: chapter(own) for chapter in chapters}
    for block in own.blocks.items.values():
        block.content.pack()
    return contexts, list(own.blocks.items.values())


def _large(dataset: Dataset) -> bool:
    rows = sum(len(s.ukuran) or 1 for b in dataset.bidang for s in b.sub_kegiatan)
    indicators = len(dataset.instansi.indikator) if dataset.instansi else 0
    return rows + 10 * indicators >= PARALLEL_FROM


def build_report(
    dataset: Dataset,
    warnings: tuple[Finding, ...],
    out: Path,
    templates: Path = DEFAULT_TEMPLATES,
    watch: Stopwatch | None = None,
) -> Path:
    """Write the report of `dataset` to `out` (replaced atomically; nothing is written on failure).

    A large report is made by two processes: the second one, forked before anything is computed, computes
    the year for itself (it would otherwise touch, and so copy, every page of this process's results) and
    makes the ALONGSIDE chapters, while this one computes and makes the others."""
    if not templates.is_dir():
        raise TemplateProblem(
            f"Folder templat '{templates}' tidak ditemukan. Berikan folder templat dengan "
            "--templat, atau salin folder templates/ dari repositori lkj."
        )
    builder = DocxBuilder(templates / WORD_TEMPLATE)
    narasi = Narasi(templates)

    @functools.cache  # once per process: the second one, forked before it is called, makes its own
    def report() -> Report:
        return Report(compute(dataset), dataset, narasi, warnings)

    with Alongside(lambda: _made(report(), ALONGSIDE), fork=_large(dataset)) as second:
        with Stopwatch.stage(watch, "compute"):
            hasil = report().hasil
        with Stopwatch.stage(watch, "render"):
            r = report()
            context = _assembled(r, second.result)
            profil = hasil.profil
            when = (
                datetime(profil.tanggal.year, profil.tanggal.month, profil.tanggal.day)
                if profil and profil.tanggal
                else datetime(hasil.tahun + 1, 1, 1)
            )
            builder.render(context, narasi.env, r.blocks, paper=hasil.policy.kertas, when=when)
    with Stopwatch.stage(watch, "write"):
        builder.write(out)
    return out
