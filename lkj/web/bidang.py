"""A bidang's page (/b/TOKEN/): its handout workbook, its upload, its findings by sheet and cell, its
annotated copy. The link opens its own slot and nothing else: no address here names another slot or a
build, so none can be reached from it."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, url_for
from flask.typing import ResponseReturnValue

from lkj.web.current import work_of
from lkj.web.pages import (
    XLSX,
    download,
    guarded,
    place_or_404,
    show_place,
    take_upload,
    version_name,
    visitor,
)
from lkj.web.work import Place, Refused

pages = Blueprint("bidang", __name__)
guarded(pages, secretariat=False)


def _place() -> Place:
    link = visitor().link
    assert link is not None
    return place_or_404(link.slot)  # not found when the instansi workbook no longer lists the bidang


@pages.get("/")
def page() -> ResponseReturnValue:
    return show_place("bidang.html", _place())


@pages.post("/unggah")
def upload() -> ResponseReturnValue:
    link = visitor().link
    assert link is not None
    take_upload(_place(), f"tautan {link.number}")
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
    return download(work.slots.path(place.id, number), version_name(number, found.original_name), XLSX)


@pages.get("/versi/<int:number>/catatan.xlsx")
def annotated(number: int) -> ResponseReturnValue:
    work, place = work_of(), _place()
    path = work.annotated(place, number)
    return download(path, path.name if path else "", XLSX)
