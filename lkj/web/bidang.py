"""A bidang's page (/b/TOKEN/): its handout workbook, its upload, its findings by sheet and cell, its
annotated copy. The link opens its own slot and nothing else: no address here names another slot or a
build, so none can be reached from it."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from lkj.web.app import work_of
from lkj.web.pages import XLSX, by_sheet, download, guarded, visitor
from lkj.web.work import Place, Refused

pages = Blueprint("bidang", __name__)
guarded(pages, secretariat=False)


def _place() -> Place:
    link = visitor().link
    assert link is not None
    place = work_of().place(link.slot)
    if place is None:  # the bidang is no longer listed in the instansi workbook
        abort(404)
    return place


@pages.get("/")
def page() -> ResponseReturnValue:
    work, place = work_of(), _place()
    versions = work.slots.versions(place.id)
    latest = versions[0] if versions else None
    return render_template(
        "bidang.html",
        year=work.year,
        place=place,
        current=work.slots.current(place.id),
        latest=latest,
        groups=by_sheet(latest.findings) if latest else [],
        versions=versions,
    )


@pages.post("/unggah")
def upload() -> ResponseReturnValue:
    work, place = work_of(), _place()
    given = request.files.get("workbook")
    if given is None or not given.filename:
        flash("Pilih workbook yang akan diunggah terlebih dahulu.", "galat")
        return redirect(url_for(".page"))
    link = visitor().link
    assert link is not None
    try:
        version = work.upload(place, given.stream, given.filename, f"tautan {link.number}")
    except Refused as exc:
        flash(f"Unggahan ditolak; tidak ada yang berubah. {exc}", "galat")
        return redirect(url_for(".page"))
    if version.used:
        flash(f"Versi {version.number} diterima dan dipakai untuk laporan.", "sah")
    else:
        flash(
            f"Versi {version.number} disimpan, tetapi belum dipakai karena masih ada {version.errors} galat. "
            "Perbaiki sel yang disebut di bawah, lalu unggah lagi.",
            "galat",
        )
    return redirect(url_for(".page") + "#hasil")


@pages.get("/workbook-bidang.xlsx")
def handout() -> ResponseReturnValue:
    work, place = work_of(), _place()
    try:
        path = work.handout(place)
    except Refused:
        abort(404)
    return download(path, path.name if path else "", XLSX)


@pages.get("/workbook-terpakai.xlsx")
def current() -> ResponseReturnValue:
    work, place = work_of(), _place()
    held = work.slots.current(place.id)
    return download(work.slots.current_path(place.id), held.file if held else "", XLSX)


@pages.get("/versi/<int:number>.xlsx")
def version(number: int) -> ResponseReturnValue:
    work, place = work_of(), _place()
    found = work.slots.version(place.id, number)
    if found is None:
        abort(404)
    return download(work.slots.path(place.id, number), f"versi-{number}-{found.original_name}", XLSX)


@pages.get("/versi/<int:number>/catatan.xlsx")
def annotated(number: int) -> ResponseReturnValue:
    work, place = work_of(), _place()
    path = work.annotated(place, number)
    return download(path, path.name if path else "", XLSX)
