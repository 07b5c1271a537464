"""The secretariat's board (/s/TOKEN/): who has handed in what, the whole folder's check, builds with
their progress, downloads and comparisons, each workbook's versions, and the bidang links."""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
from pathlib import Path

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue

from lkj.findings import Finding
from lkj.web.actions import CATATAN_XLSX, FINAL, KONSEP, FolderCheck, ordered, report_file_name
from lkj.web.builds import RUNNING, Build, changed_inputs
from lkj.web.current import CSP, work_of
from lkj.web.jobs import SELF_CHECK
from lkj.web.pages import (
    DOCX,
    PDF,
    TEXT,
    XLSX,
    Group,
    by_sheet,
    download,
    guarded,
    place_or_404,
    show_place,
    take_upload,
    told,
    version_name,
)
from lkj.web.slots import FROM_FOLDER, INSTANSI
from lkj.web.work import CARRIED, Place, Refused

pages = Blueprint("board", __name__)
guarded(pages, secretariat=True)
STAGES = {  # what a build is doing, as the page tells it, in the order it does it
    "read": "Membaca dan memeriksa workbook",
    "compute": "Menghitung capaian dan anggaran",
    "render": "Menyusun bab, tabel dan grafik",
    "write": "Menulis berkas .docx",
    "pdf": "Membuat PDF dengan LibreOffice",
    SELF_CHECK: "Swa-evaluasi LKE dan kertas kerja reviu",
}


def _progress(build: Build) -> tuple[str, int, int]:
    """What build `build` is doing: the stage's text, its step and the number of steps (the PDF's only
    when one was asked for)."""
    steps = [stage for stage in STAGES if stage != "pdf" or build.pdf_wanted]
    stage = work_of().builds.stage(build.number)
    if stage not in steps:
        return "Menyiapkan", 0, len(steps)
    return STAGES[stage], steps.index(stage) + 1, len(steps)


@pages.get("/")
def board() -> ResponseReturnValue:
    work = work_of()
    work.refresh_check()
    rows = [_row(place) for place in work.places()]
    builds = work.builds.all()
    blocking = _blocking_final(work.check)
    return render_template(
        "board.html",
        year=work.year,
        rows=rows,
        blocking=blocking,
        new_year=work.new_year(),
        blocking_by_file=_by_file(blocking),
        check=work.check,
        check_current=work.check_is_current(),
        builds=builds,
        changes={b.number: changed_inputs(older, b) for b, older in itertools.pairwise(builds)},
        comparable=[b for b in builds if b.docx],
        libreoffice=work.libreoffice,
        links={p.id: work.access.active(p.id) for p in work.places()},
        base=current_app.config.get("LKJ_ALAMAT") or request.host_url.rstrip("/"),
        folder=work.folder,
    )


def _blocking_final(check: FolderCheck | None) -> list[Finding]:
    """What the whole folder's check says still stands in the way of a final report (Finding.blocks_final:
    data not entered yet, errors, and the contradictions a final may not carry), by workbook and cell."""
    if check is None:
        return []
    found = [f for f in check.findings if f.blocks_final]
    return sorted(found, key=lambda f: (f.file.casefold(), f.sheet, -f.severity, f.cell))


def _by_file(blocking: list[Finding]) -> dict[str, tuple[int, int]]:
    """Each workbook's count of what blocks a final: (gaps, the rest)."""
    counts: dict[str, tuple[int, int]] = {}
    for f in blocking:
        gaps, rest = counts.get(f.file, (0, 0))
        counts[f.file] = (gaps + 1, rest) if f.gap else (gaps, rest + 1)
    return counts


def _row(place: Place) -> dict[str, object]:
    work = work_of()
    versions = work.slots.versions(place.id)
    held = work.slots.current(place.id)
    used = next((v for v in versions if held and v.number == held.version), None)
    # a workbook the new year was started with is in use, but not handed in by anyone yet
    handed = used is not None and not (used.who == FROM_FOLDER and used.note == CARRIED)
    latest = versions[0] if versions else None
    return {"place": place, "used": used, "latest": latest, "held": held, "handed": handed}


@pages.get("/berkas/<slot>/")
def place_page(slot: str) -> ResponseReturnValue:
    return show_place("berkas.html", place_or_404(slot))


@pages.post("/berkas/<slot>/unggah")
def upload(slot: str) -> ResponseReturnValue:
    place = place_or_404(slot)
    take_upload(place, "sekretariat")
    return redirect(url_for(".place_page", slot=place.id))


@pages.post("/berkas/<slot>/pulihkan")
def restore(slot: str) -> ResponseReturnValue:
    place = place_or_404(slot)
    number = request.form.get("versi", type=int) or 0
    try:
        told(work_of().restore(place, number))
    except Refused as exc:
        flash(f"Pemulihan ditolak; tidak ada yang berubah. {exc}", "galat")
    return redirect(url_for(".place_page", slot=place.id))


@pages.get("/berkas/<slot>/versi/<int:number>.xlsx")
def version(slot: str, number: int) -> ResponseReturnValue:
    work, place = work_of(), place_or_404(slot)
    found = work.slots.version(place.id, number)
    if found is None:
        abort(404)
    return download(work.slots.path(place.id, number), version_name(number, found.original_name), XLSX)


@pages.get("/berkas/<slot>/versi/<int:number>/catatan.xlsx")
def annotated(slot: str, number: int) -> ResponseReturnValue:
    path = work_of().annotated(place_or_404(slot), number)
    return download(path, path.name if path else "", XLSX)


@pages.get("/berkas/<slot>/workbook-bidang.xlsx")
def handout(slot: str) -> ResponseReturnValue:
    place = place_or_404(slot)
    if place.kind == INSTANSI:
        abort(404)
    try:
        path = work_of().handout(place)
    except Refused:
        abort(404)
    return download(path, path.name if path else "", XLSX)


@pages.post("/tahun-baru")
def new_year() -> ResponseReturnValue:
    """A year started from last year's workbooks: a folder on this computer, or the workbooks uploaded."""
    work = work_of()
    tahun = request.form.get("tahun", type=int)
    if tahun is not None and not 2000 <= tahun <= 2100:
        flash("Tahun laporan harus antara 2000 dan 2100; tidak ada yang berubah.", "galat")
        return redirect(url_for(".board"))
    folder = request.form.get("folder", "").strip()
    files = [(f.stream, f.filename or "") for f in request.files.getlist("tahun_lalu") if f.filename]
    try:
        made = work.start_year(Path(folder), tahun) if folder else work.start_year_from_uploads(files, tahun)
    except Refused as exc:
        flash(f"Tahun baru belum dimulai; tidak ada yang berubah. {exc}", "galat")
        return redirect(url_for(".board"))
    year = f"Tahun {made.tahun}" if made.tahun else "Tahun baru"
    flash(
        f"{year} dimulai dari workbook tahun lalu: {len(made.written)} workbook ditulis ke folder kerja "
        f"({', '.join(made.written)}). Folder tahun lalu tidak diubah.",
        "sah",
    )
    return redirect(url_for(".board"))


@pages.post("/tautan")
def links() -> ResponseReturnValue:
    work = work_of()
    action = request.form.get("aksi", "")
    if action == "cabut":
        revoked = work.access.revoke(request.form.get("nomor", type=int) or 0)
        if revoked is not None:
            flash(f"Tautan {revoked.number} dicabut; alamat itu tidak dapat dibuka lagi.", "sah")
    elif action == "buat-semua":
        made = [work.access.create(p.id) for p in work.places()[1:] if not work.access.active(p.id)]
        flash(f"{len(made)} tautan bidang dibuat.", "sah")
    elif action == "buat":
        place = place_or_404(request.form.get("slot", ""))
        if place.kind == INSTANSI:
            abort(400)
        link = work.access.create(place.id)
        flash(f"Tautan {link.number} untuk {place.name} dibuat.", "sah")
    else:
        abort(400)
    return redirect(url_for(".board") + "#tautan")


@pages.post("/susun")
def build() -> ResponseReturnValue:
    work = work_of()
    kind = FINAL if request.form.get("jenis") == FINAL else KONSEP
    pdf = bool(request.form.get("pdf")) and work.libreoffice
    started = work.start_build(pdf=pdf, who="sekretariat", kind=kind)
    if started is None:
        flash("Penyusunan sebelumnya masih berjalan; tunggu sampai selesai.", "galat")
        return redirect(url_for(".board") + "#susunan")
    return redirect(url_for(".build_page", number=started.number))


@pages.get("/susun/<int:number>/")
def build_page(number: int) -> ResponseReturnValue:
    work = work_of()
    found = work.builds.get(number)
    if found is None:
        abort(404)
    earlier = work.builds.get(number - 1)
    return render_template(
        "susunan.html",
        year=work.year,
        build=found,
        progress=_progress(found),
        blocking=_by_workbook(found.blocking) if found.refused_final else [],
        changes=changed_inputs(earlier, found) if earlier else None,
        catatan_xlsx=_has_work_list(number),
        names={suffix: _report_name(number, suffix) for suffix in ("docx", "pdf")},
        kept=work.builds.dir(number),
    )


@pages.get("/susun/<int:number>/status")
def build_status(number: int) -> ResponseReturnValue:
    found = work_of().builds.get(number)
    if found is None:
        abort(404)
    text, step, _ = _progress(found)
    return jsonify(selesai=found.status != RUNNING, tahap=text, langkah=step)


@pages.get("/susun/<int:number>/catatan")
def catatan(number: int) -> ResponseReturnValue:
    """The Catatan Penyusunan of a konsep as a page: what still blocks a final, by workbook and sheet."""
    work = work_of()
    found = work.builds.get(number)
    if found is None or work.catatan(number) is None:
        abort(404)
    return render_template(
        "catatan.html",
        year=work.year,
        build=found,
        files=_by_workbook(found.blocking),
        catatan_xlsx=_has_work_list(number),
    )


def _has_work_list(number: int) -> bool:
    """Whether konsep `number` has its Catatan Penyusunan as a work list (builds before it had none)."""
    found = work_of().catatan(number, CATATAN_XLSX)
    return found is not None and found.is_file()


def _by_workbook(findings: tuple[Finding, ...]) -> list[tuple[str, list[Group]]]:
    """Findings by workbook in lkj's order, each workbook's by sheet (as a bidang's page shows them)."""
    files = itertools.groupby(ordered(findings), key=lambda f: f.file)
    return [(file, by_sheet(list(items))) for file, items in files]


@pages.get("/susun/<int:number>/catatan-penyusunan.txt")
def catatan_file(number: int) -> ResponseReturnValue:
    return download(work_of().catatan(number), _name(number, "txt", "catatan-penyusunan"), TEXT)


@pages.get("/susun/<int:number>/catatan-penyusunan.xlsx")
def catatan_workbook(number: int) -> ResponseReturnValue:
    """The same list as a work list for the bidang (lkj.xlsx.catatan); a build made before there was one
    has none ('not found', and its pages offer only the text)."""
    found = work_of().catatan(number, CATATAN_XLSX)
    return download(found, _name(number, "xlsx", "catatan-penyusunan"), XLSX)


@pages.get("/susun/<int:number>/swa-evaluasi")
def self_check(number: int) -> ResponseReturnValue:
    work = work_of()
    found = work.self_check(number)
    if found is None:
        abort(404)
    return render_template("swa_evaluasi.html", year=work.year, number=number, p=found)


@pages.get("/susun/<int:number>/kertas-kerja-reviu.xlsx")
def kertas_kerja(number: int) -> ResponseReturnValue:
    return download(work_of().kertas_kerja(number), _name(number, "xlsx", "kertas-kerja-reviu"), XLSX)


@pages.get("/susun/<int:number>/laporan.docx")
def report(number: int) -> ResponseReturnValue:
    return download(work_of().report(number), _report_name(number, "docx"), DOCX)


@pages.get("/susun/<int:number>/laporan.pdf")
def report_pdf(number: int) -> ResponseReturnValue:
    return download(work_of().report(number, pdf=True), _report_name(number, "pdf"), PDF)


def _report_name(number: int, suffix: str) -> str:
    work = work_of()
    found = work.builds.get(number)
    return report_file_name(work.year, found.kind if found else KONSEP, number, suffix)


def _name(number: int, suffix: str, what: str) -> str:
    year = work_of().year
    return f"{what}-{year.tahun if year and year.tahun else ''}-susunan-{number}.{suffix}".replace("--", "-")


@pages.get("/banding")
def compare() -> ResponseReturnValue:
    work = work_of()
    old, new = request.args.get("lama", type=int) or 0, request.args.get("baru", type=int) or 0
    if old > new:
        old, new = new, old
    try:
        page, problem = work.comparison(old, new)
    except Refused as exc:
        flash(str(exc), "galat")
        return redirect(url_for(".board") + "#susunan")
    if page is None:
        return render_template("banding.html", year=work.year, old=old, new=new, problem=problem)
    # the page `lkj diff --html` writes, shown as it is: one self-contained document whose only style is
    # its own <style> element, allowed by its hash and nothing else
    html = page.read_bytes()
    style = re.search(rb"<style>(.*?)</style>", html, re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(style.group(1) if style else b"").digest()).decode()
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = CSP.replace(
        "style-src 'self'", f"style-src 'sha256-{digest}'"
    )
    return response


@pages.get("/banding/status")
def compare_status() -> ResponseReturnValue:
    old, new = request.args.get("lama", type=int) or 0, request.args.get("baru", type=int) or 0
    return jsonify(selesai=not work_of().comparing(min(old, new), max(old, new)))
