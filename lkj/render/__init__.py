"""Stage 4, render: the computed year → the full LKj as one .docx (and optionally PDF, lkj.render.pdf).

`render` only selects and formats what lkj.compute decided, in the document's order (PIECES): cover and
front matter, BAB I–IV, Lampiran; `write_docx` writes it. The Word template and the text templates come
from a template folder the secretariat may edit (templates/ by default).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from lkj.compute.results import Hasil
from lkj.findings import Finding
from lkj.parallel import Each, one_by_one
from lkj.periksa.hasil import Pemeriksaan
from lkj.read.logo import Logo
from lkj.render.bab_1_2 import bab_1, bab_2
from lkj.render.bab_3 import analisis, bab_3, bab_3_program
from lkj.render.bab_4 import bab_4
from lkj.render.blocks import Block, Blocks
from lkj.render.catatan import TITLE as CATATAN
from lkj.render.catatan import catatan
from lkj.render.context import Laporan, as_mapping, missing_blocks
from lkj.render.docx import DocxBuilder
from lkj.render.front import cover, front_matter
from lkj.render.narasi import DEFAULT_TEMPLATES, Narasi
from lkj.render.problems import TemplateProblem
from lkj.render.report import Report

WORD_TEMPLATE = "lkj.docx"

__all__ = [
    "DEFAULT_TEMPLATES",
    "Document",
    "OpenTemplates",
    "TemplateProblem",
    "assemble",
    "open_templates",
    "render",
    "write_docx",
]


Piece = Callable[[Report], dict[str, Any]]
# The report in pieces, in reading order. On a large report two processes take them in turn, biggest
# first (PIECES_BIGGEST_FIRST): the analyses and the big table are the two biggest by far.
PIECES: dict[str, Piece] = {
    "sampul": cover,
    "pengantar": front_matter,
    "bab_1": bab_1,
    "bab_2": bab_2,
    "bab_3": bab_3,
    "analisis": analisis,
    "bab_3_program": bab_3_program,
    "bab_4": bab_4,
}
PIECES_BIGGEST_FIRST = (
    "bab_3_program",
    "analisis",
    "bab_2",
    "bab_4",
    "bab_3",
    "pengantar",
    "bab_1",
    "sampul",
)

Made = tuple[dict[str, Any], list[Block]]  # a piece's context, and the blocks it made


def assemble(report: Report) -> Laporan:
    """The data of the Word template (lkj.render.context), made in this process."""
    return _joined(report, [_made(report, PIECES[name]) for name in PIECES_BIGGEST_FIRST])


def _joined(report: Report, made: list[Made]) -> Laporan:
    """The pieces made (in PIECES_BIGGEST_FIRST order, by whichever process), joined in reading order.
    Their blocks are adopted in one fixed order, so the document is the same whichever process made
    which piece."""
    by_name = dict(zip(PIECES_BIGGEST_FIRST, made, strict=True))
    context: dict[str, Any] = {}
    for name in PIECES:
        piece, blocks = by_name[name]
        report.blocks.adopt(blocks)
        context.update(piece)
    return Laporan(**context)


def _made(report: Report, piece: Piece) -> Made:
    """The context a piece gives, and the blocks it made (in a registry of its own), their big parts
    deflated in the process that made them (Content.pack), wherever that is."""
    own = copy.copy(report)
    own.blocks = Blocks()
    context = piece(own)
    for block in own.blocks.items.values():
        block.content.pack()
    return context, list(own.blocks.items.values())


@dataclass(frozen=True)
class OpenTemplates:
    """A template folder opened for one build: its Word template parsed, its text templates' environment,
    and what its Word template lacks (a warning for each block tag it does not hold)."""

    builder: DocxBuilder
    narasi: Narasi
    warnings: tuple[str, ...] = ()


def open_templates(templates: Path) -> OpenTemplates:
    """A template folder: its own lkj.docx and text templates, the built-in ones for any it lacks."""
    if not templates.is_dir():
        raise TemplateProblem(
            f"Folder templat '{templates}' tidak ditemukan. Berikan folder templat dengan "
            "--templat, atau salin folder templates/ dari repositori lkj."
        )
    own = templates / WORD_TEMPLATE
    word = own if own.exists() or own.is_symlink() else DEFAULT_TEMPLATES / WORD_TEMPLATE
    builder = DocxBuilder(word)
    return OpenTemplates(builder, Narasi(templates), tuple(_lacking(word, builder.block_tags())))


def _lacking(word: Path, tags: set[str]) -> list[str]:
    """A warning for each block of the report that the Word template has no tag for."""
    return [
        f"Templat Word '{word}' tidak memuat tag {{{{p {name} }}}}, sehingga bagian itu tidak dimuat dalam "
        "laporan. Tambahkan paragraf tag itu (lihat templates/lkj.docx dan docs/templat.md) bila bagian "
        "itu diperlukan."
        for name in missing_blocks(tags)
    ]


@dataclass(frozen=True)
class Document:
    """A report rendered in memory: the Word template filled, its blocks and charts in place."""

    builder: DocxBuilder


def render(
    hasil: Hasil,
    templates: OpenTemplates,
    warnings: tuple[Finding, ...] = (),
    each: Each = one_by_one,
    *,
    final: bool = False,
    logo: Logo | None = None,
    periksa: Pemeriksaan | None = None,
) -> Document:
    """The report of a computed year with a template folder opened (open_templates). A konsep (the
    default) is watermarked and ends with the Catatan Penyusunan, which lists `warnings` (those that block
    a final; the others too when the settings ask for it); a `final` has neither (lkj.pipeline builds one
    only when no warning blocks it). Its chapters are made as `each` has them made: one by one, unless
    the caller shares them with another process (lkj.pipeline), which then shares the computed year,
    copying only the pages it writes to."""
    report = Report(hasil, templates.narasi, warnings, final=final, periksa=periksa)
    builder = templates.builder
    laporan = _joined(report, each(lambda name: _made(report, PIECES[name]), list(PIECES_BIGGEST_FIRST)))
    profil = hasil.profil
    when = (
        datetime(profil.tanggal.year, profil.tanggal.month, profil.tanggal.day)
        if profil and profil.tanggal
        else datetime(hasil.tahun + 1, 1, 1)
    )
    closing = () if final else ((CATATAN, report.block(catatan(report))),)
    builder.render(
        as_mapping(laporan),
        templates.narasi.env,
        report.blocks,
        paper=hasil.settings.kertas,
        when=when,
        konsep=not final,
        closing=closing,
        logo=logo,
    )
    return Document(builder)


def write_docx(document: Document, out: Path) -> None:
    """The report written to `out`, replaced atomically (nothing is written on failure)."""
    document.builder.write(out)
