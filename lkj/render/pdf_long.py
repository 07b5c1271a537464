"""A long report's PDF made part by part (lkj.render.pdf_parts cuts, lkj.render.pdf_join joins), so that
LibreOffice's time grows with the report's pages, not faster (bench/pdf.py; README "PDF").

The body goes first, part after part, each starting where the last one's kept pages ended; then the
front matter, whose contents and lists are given the page of each heading and caption from where the
parts laid them (twice: once to see on which of its own pages the front matter's own headings land).
A report of fewer than LONG pages or so is laid out whole, as before: there the whole is as fast.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from pikepdf import Pdf

from lkj.render import pdf_join
from lkj.render.pdf_join import Heading, Joined, destination_name
from lkj.render.pdf_parts import NotPartable, Report, page_label, start_mark

PART_PAGES = 160  # the pages a part keeps, about: LibreOffice lays that many out in a few seconds
SPARE_PAGES = 3  # a part's last pages, laid out without what follows them, are not kept
BLOCKS_PER_PAGE = 12.0  # paragraphs and rows a page holds, before the first part says how many
LONG = 2.5 * PART_PAGES  # the pages (estimated) from which a report is laid out in parts

Export = Callable[[Path, Path], None]  # a part (.docx) laid out and exported to its PDF


def destinations(report: Report, pdf: Pdf) -> tuple[dict[str, tuple[int, float]], int]:
    """Where each of the report's bookmarks (and markers) is in `pdf`, by the bookmark's own name."""
    found, pages = pdf_join.destinations(pdf)
    names = report.destination_names(destination_name)
    return {names.get(name, name): where for name, where in found.items()}, pages


def long_report(copy: Path) -> Report | None:
    """The copy as a Report to lay out in parts, or None: short, or of a shape the parts cannot
    reproduce (then it is laid out whole)."""
    try:
        report = Report(copy)
    except NotPartable:
        return None
    if not report.body_start or len(report.blocks) - report.body_start < LONG * BLOCKS_PER_PAGE:
        return None  # without front matter (contents) to make last, or short
    return report


def in_parts(report: Report, work: Path, target: Path, export: Export) -> None:
    """The report's PDF at `target`, laid out by `export` part by part in `work`."""
    joined = Joined()
    try:
        found = _body(report, work, export, joined)
        numbers = {
            name: page_label(report.first_number + page, report.number_format)
            for name, (page, _) in found.items()
        }
        front_pdf, own = _front(report, work, numbers, export, joined)
        front, front_pages = destinations(report, front_pdf)
        joined.add(front_pdf, front_pages, at_start=True, release=False)  # its catalogue is copied last
        links = {name: (front_pages + page, height) for name, (page, height) in found.items()}
        links.update({name: where for name, where in front.items() if name in own})
        headings = [
            Heading(level, title, *where)
            for block, level, title in report.headings()
            if (where := _heading_at(report, block, found, front, front_pages)) is not None
        ]
        joined.save(target, front_pdf, links, headings)
    finally:
        joined.close()


def _body(report: Report, work: Path, export: Export, joined: Joined) -> dict[str, tuple[int, float]]:
    """The body laid out part by part, each part's kept pages added to `joined`; where each bookmark
    of the body is: its page among the body's pages (from 0) and its height."""
    blocks = len(report.blocks)
    per_page = BLOCKS_PER_PAGE
    first, number, space = report.body_start, report.first_number, None
    found: dict[str, tuple[int, float]] = {}
    part = 0
    while first < blocks:
        last = min(blocks, first + int(per_page * (PART_PAGES + SPARE_PAGES + 1)))
        while True:
            part += 1
            docx, pdf = work / f"bagian{part}.docx", work / f"bagian{part}.pdf"
            report.write_part(docx, first, last, page=number, space=space)
            export(docx, pdf)
            laid = joined.open(pdf)
            here, pages = destinations(report, laid)
            cut = blocks if last == blocks else report.cut(first, last, pages, here, SPARE_PAGES)
            if cut:
                break
            joined.drop(laid)
            last = min(blocks, first + 2 * (last - first))  # no page break to cut at: a longer part
        keep = pages if cut == blocks else here[start_mark(cut)][0]
        found.update(
            {
                name: (number - report.first_number + page, height)
                for name, (page, height) in here.items()
                if page < keep
            }
        )
        joined.add(laid, keep)
        if cut < blocks:
            space = report.space_above(cut, here[start_mark(cut)][1])
            # the fewest blocks a page has held so far: a part estimated from pages of short paragraphs
            # would run long on pages of tall table rows, and a long part costs more than a short one
            per_page = max(1.0, min(per_page, (cut - first) / max(1, keep)))
        first, number = cut, number + keep
    return found


def _front(
    report: Report, work: Path, numbers: Mapping[str, str], export: Export, joined: Joined
) -> tuple[Pdf, set[str]]:
    """The front matter laid out with the body's page numbers in its contents and lists, and its own
    (its pages are numbered after the cover, in roman) found from a first layout of it; the names of
    its own bookmarks."""
    own = report.front_bookmarks()
    guess = dict.fromkeys(own, "i")
    attempt = 0
    while True:
        attempt += 1
        docx, pdf = work / f"depan{attempt}.docx", work / f"depan{attempt}.pdf"
        report.write_front(docx, {**numbers, **guess})
        export(docx, pdf)
        laid = joined.open(pdf)
        printed = report.front_page_numbers(destinations(report, laid)[0])
        actual = {name: printed.get(name, "") for name in own}
        if actual == guess or attempt == 3:  # settled (a second layout); a third never moved a page
            return laid, own
        joined.drop(laid)
        guess = actual


def _heading_at(
    report: Report,
    block: int,
    body: Mapping[str, tuple[int, float]],
    front: Mapping[str, tuple[int, float]],
    front_pages: int,
) -> tuple[int, float] | None:
    if block >= report.body_start:
        where = body.get(start_mark(block))
        return None if where is None else (front_pages + where[0], where[1])
    return next((front[name] for name in report.bookmarks_of(block) if name in front), None)
