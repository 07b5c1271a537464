"""What the secretariat's pages and the bidang's pages share: resolving the link in the address, sending
files, and the findings grouped as a page shows them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, flash, g, render_template, request, send_file
from flask.typing import ResponseReturnValue

from lkj.findings import Finding, Severity
from lkj.web.access import Visitor
from lkj.web.current import work_of
from lkj.web.slots import Version
from lkj.web.state import safe_name
from lkj.web.work import Place, Refused

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
TEXT = "text/plain; charset=utf-8"
LABEL = {Severity.ERROR: "Galat", Severity.WARNING: "Peringatan", Severity.NOTICE: "Catatan"}


def guarded(pages: Blueprint, secretariat: bool) -> None:
    """Every page of `pages` opens only with a link of its kind (a secretariat link for the board, a
    bidang link for a bidang's page); any other address is 'not found', telling nothing of tokens."""

    @pages.url_value_preprocessor
    def _resolve(endpoint: str | None, values: dict[str, Any] | None) -> None:
        token = (values or {}).pop("token", "")
        visitor = work_of().access.visitor(token) if isinstance(token, str) else None
        if visitor is None or visitor.secretariat != secretariat:
            abort(404)
        g.link_token, g.visitor = token, visitor

    @pages.url_defaults
    def _token(endpoint: str, values: dict[str, Any]) -> None:
        values.setdefault("token", g.link_token)


def place_or_404(slot: str) -> Place:
    """The place of `slot`, which the instansi workbook still lists (else 'not found')."""
    place = work_of().place(slot)
    if place is None:
        abort(404)
    return place


def show_place(template: str, place: Place) -> str:
    """A page of one workbook: its versions, the one in use, the latest's findings by sheet."""
    work = work_of()
    versions = work.slots.versions(place.id)
    latest = versions[0] if versions else None
    return render_template(
        template,
        year=work.year,
        place=place,
        current=work.slots.current(place.id),
        versions=versions,
        latest=latest,
        groups=by_sheet(latest.findings) if latest else [],
    )


def take_upload(place: Place, who: str) -> None:
    """The workbook of the request's upload form kept as the next version of `place`, and what became
    of it told (flashed) on the next page."""
    given = request.files.get("workbook")
    if given is None or not given.filename:
        flash("Pilih workbook yang akan diunggah terlebih dahulu.", "galat")
        return
    try:
        version = work_of().upload(place, given.stream, given.filename, who)
    except Refused as exc:
        flash(f"Unggahan ditolak; tidak ada yang berubah. {exc}", "galat")
        return
    told(version)


def told(version: Version) -> None:
    if version.used:
        flash(f"Versi {version.number} diterima dan dipakai untuk laporan.", "sah")
    else:
        flash(
            f"Versi {version.number} disimpan, tetapi belum dipakai karena masih ada {version.errors} galat. "
            "Perbaiki sel yang disebut di bawah, lalu unggah lagi.",
            "galat",
        )


def visitor() -> Visitor:
    found: Visitor = g.visitor
    return found


def version_name(number: int, original: str) -> str:
    """The name a kept version is downloaded under: what its upload was called, reduced to letters,
    digits and a few signs, and always lkj's own ending .xlsx (an upload named "x\u202eslx.exe" was
    offered back as versi-6-xslx.exe, one named "workbook" without an ending)."""
    return f"versi-{number}-{safe_name(original)}"


def download(path: Path | None, name: str, mimetype: str) -> ResponseReturnValue:
    if path is None or not path.is_file():
        abort(404)
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=name, max_age=0)


@dataclass(frozen=True)
class Group:
    """The findings of one sheet (or of the file as a whole: sheet '')."""

    sheet: str
    findings: list[Finding]


def by_sheet(findings: Sequence[Finding]) -> list[Group]:
    """Findings by sheet in the workbook's order of appearance, within a sheet the most severe first."""
    order = {sheet: i for i, sheet in enumerate(dict.fromkeys(f.sheet for f in findings))}
    ranked = sorted(findings, key=lambda f: (order[f.sheet], -f.severity, _row(f.cell), f.cell))
    return [Group(sheet, list(items)) for sheet, items in groupby(ranked, key=lambda f: f.sheet)]


def _row(cell: str) -> int:
    digits = "".join(c for c in cell if c.isdigit())
    return int(digits) if digits else 0
