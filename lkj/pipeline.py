"""The pipeline: the one module that knows the order of the stages, what runs alongside what, and how long
each takes. Every caller goes through `check` or `build`: the commands (lkj.cli), the comparison of two
input folders (lkj.diff), the web page (lkj.web.actions), the docs generators, the benchmark and the tests.

    check(folder)   read → validate (→ compute, when the year is asked for and the input has no errors)
    build(folder)   check → compute → render → write (→ PDF)

Each stage is one public function: lkj.read.read_folder gives the dataset, its settings and the reader's
findings; lkj.validate.validate the rules' findings; lkj.compute.compute every fact of the report, with
the findings about the year only it can see; lkj.render.render the document, which lkj.render.write_docx
writes. A later caller adds a parameter here (a final build, say), not another assembly of the stages.

Work runs alongside in one place, here (lkj.parallel): a large folder's workbooks are read by worker
processes while this one imports and opens what the build needs next, and the rules run in a worker while
this process computes the year. Where a stage starts and how long it takes is told to a Stopwatch
(lkj.stopwatch): the benchmark's laps and the web page's progress measure this very path.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from lkj import outputs
from lkj.errors import LkjError
from lkj.findings import Finding, Severity, has_errors
from lkj.model import Dataset
from lkj.parallel import Each, SharedWork, shared_map
from lkj.read import Read, ReadResult, read_folder, without_follow_ups
from lkj.read.files import Candidate
from lkj.settings import Settings
from lkj.stopwatch import Stopwatch
from lkj.validate import validate

if TYPE_CHECKING:
    from lkj.compute.results import Hasil
    from lkj.periksa import Kebijakan, Pemeriksaan
    from lkj.read.logo import Logo
    from lkj.render import OpenTemplates
    from lkj.xlsx.lanjut import Carried

READ, VALIDATE, COMPUTE, RENDER, WRITE, PDF = "read", "validate", "compute", "render", "write", "pdf"
OUTPUT_DIR = Path("output")  # where a report goes when no file is named
Pdf = Literal["tagged", "archival"]  # a PDF for screen readers, or PDF/A-2b for the archive (tagged too)
# A konsep (the default) always builds, watermarked, and ends with the Catatan Penyusunan for the staff;
# a final is refused while anything stands that blocks it (Finding.blocks_final).
Kind = Literal["konsep", "final"]
KINDS: tuple[Kind, ...] = ("konsep", "final")
# Workbooks from which a folder is read by worker processes, and its rules run by one: fewer are read
# faster than worker processes start and report back.
PARALLEL_FROM = 16
RENDER_PARALLEL_FROM = 300  # rows of the big table, plus ten per indicator, from which two processes render


@dataclass(frozen=True)
class Checked:
    """An input folder read and validated: its model, its settings, every finding (the reader's, the
    rules', then the year's), and the computed year when it was asked for and the input has no error."""

    folder: Path
    dataset: Dataset
    settings: Settings
    findings: tuple[Finding, ...]
    hasil: Hasil | None = None

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return not has_errors(self.findings)

    @property
    def workbooks(self) -> int:
        return (1 if self.dataset.instansi else 0) + len(self.dataset.bidang)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """What a final report may not be built with: errors, data not entered yet, contradictions (the
        findings whose rule blocks a final), in the order they were found."""
        return tuple(f for f in self.findings if f.blocks_final)


class InputHasErrors(LkjError):
    """The input has errors: nothing is built. The findings are told before the failure, exit status 1."""

    exit_code = 1

    def __init__(self, checked: Checked) -> None:
        super().__init__("perbaiki galat di atas terlebih dahulu; tidak ada berkas yang ditulis.")
        self.checked = checked

    @property
    def detail(self) -> str:
        from lkj.validate.present import render_text

        return render_text(self.checked.findings, self.checked.workbooks)


class NotFinal(LkjError):
    """A final report was asked for while findings that block it stand: nothing is written; the located
    list is told before the failure, exit status 1. A konsep of the same input builds."""

    exit_code = 1

    def __init__(self, checked: Checked) -> None:
        count = len(checked.blocking)
        super().__init__(
            f"laporan final belum dapat disusun: {count} hal di atas masih harus dilengkapi atau "
            "diperbaiki pada sel yang disebut. Susun konsep (tanpa --final) untuk melihat daftar yang sama "
            "di bab Catatan Penyusunan; tidak ada berkas yang ditulis."
        )
        self.checked = checked

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return self.checked.blocking

    @property
    def detail(self) -> str:
        from lkj.validate.present import render_located

        return render_located(self.checked.blocking)


@dataclass(frozen=True)
class Built:
    """A report written; its PDF, when one was asked for and could be made, or why it could not (the
    report is written all the same)."""

    checked: Checked
    docx: Path
    kind: Kind = "konsep"
    pdf: Path | None = None
    pdf_failure: LkjError | None = None
    catatan: Path | None = None  # the konsep's work list, when one was asked for (lkj.xlsx.catatan)
    template_warnings: tuple[str, ...] = ()  # what a template folder of one's own lacks


def check(folder: Path, *, year: bool = False, watch: Stopwatch | None = None) -> Checked:
    """The folder read and validated; with `year`, its year computed too (Checked.hasil) when it has no
    error. Raises NoInput only when there is nothing to read."""
    return _checked(folder, year, watch)


def checked_year(folder: Path, *, watch: Stopwatch | None = None) -> Checked:
    """check(folder, year=True) of a folder that must have no error (InputHasErrors otherwise)."""
    checked = _checked(folder, True, watch)
    if not checked.ok:
        raise InputHasErrors(checked)
    return checked


def build(
    folder: Path,
    out: Path | None = None,
    *,
    output_dir: Path = OUTPUT_DIR,
    templates: Path | None = None,
    pdf: Pdf | None = None,
    replace: bool = False,
    watch: Stopwatch | None = None,
    kind: Kind = "konsep",
    kriteria: Path | None = None,
    catatan_xlsx: bool = False,
) -> Built:
    """The report of `folder` written to `out` (by default output_dir/LKj-TAHUN-NAMA.docx), and its PDF
    when asked for. A named output that may not be written is refused before anything is read (lkj.outputs;
    `replace` is --ganti); an input with errors raises InputHasErrors, a broken template TemplateProblem.
    A konsep carries the KONSEP watermark and ends with the Catatan Penyusunan (every finding that blocks
    a final, located); a final raises NotFinal while any such finding stands. `kriteria`: the LKE criteria
    of the konsep's self-check (the default policy file when None), read first like examine's: a file
    that cannot be used stops before anything is read (KriteriaProblem). `catatan_xlsx`: a konsep's
    Catatan Penyusunan written beside the report as the bidang's work list too (lkj.xlsx.catatan.beside),
    checked with the report before anything is written; a final has none."""
    from lkj.render import DEFAULT_TEMPLATES

    policy = _kebijakan(kriteria) if kriteria is not None else None
    template_folder = templates or DEFAULT_TEMPLATES
    work_list = catatan_xlsx and kind == "konsep"
    if out is not None:
        _may_write(out, pdf, [folder, template_folder, kriteria], replace, work_list)
    opened: list[OpenTemplates | LkjError] = []
    checked = _checked(folder, True, watch, lambda: opened.append(_opened(template_folder)))
    if not checked.ok:
        raise InputHasErrors(checked)
    if kind == "final" and checked.blocking:
        raise NotFinal(checked)
    assert checked.hasil is not None and checked.hasil.profil is not None
    if out is None:
        out = output_dir / report_name(checked.hasil.profil.nama_instansi, checked.hasil.tahun)
        _may_write(out, pdf, [folder, template_folder, kriteria], replace, work_list)
    from lkj.render import render, write_docx

    opened_templates = _templates(opened, template_folder)
    with Stopwatch.stage(watch, RENDER):
        document = render(
            checked.hasil,
            opened_templates,
            checked.warnings,
            _chapters(checked.hasil),
            final=kind == "final",
            logo=_logo(folder, checked.hasil.profil.logo),
            periksa=_examined(checked, policy) if kind == "konsep" else None,
        )
    catatan = _beside(out) if work_list else None
    with Stopwatch.stage(watch, WRITE):
        write_docx(document, out)
        if catatan is not None:
            from lkj.xlsx.catatan import write_catatan

            write_catatan(checked.blocking, catatan)
    built = Built(checked, out, kind, template_warnings=opened_templates.warnings, catatan=catatan)
    if pdf is None:
        return built
    from lkj.render.pdf import PdfProblem, to_pdf

    with Stopwatch.stage(watch, PDF):
        try:
            return dataclasses.replace(built, pdf=to_pdf(out, archival=pdf == "archival"))
        except PdfProblem as exc:
            return dataclasses.replace(built, pdf_failure=exc)


def _logo(folder: Path, name: str | None) -> Logo | None:
    from lkj.read.logo import logo_image

    return logo_image(folder, name) if name else None


class NotExaminable(LkjError):
    """The LKE self-check cannot run: the input has errors, or lacks the instansi workbook or its
    Profil (exit status 2; the findings are told before)."""

    def __init__(self, checked: Checked) -> None:
        super().__init__(
            "swa-evaluasi LKE memerlukan laporan yang dapat disusun: perbaiki galat di atas (atau isi "
            "workbook instansi dan lembar Profil) lalu periksa lagi."
        )
        self.checked = checked

    @property
    def detail(self) -> str:
        from lkj.validate.present import render_text

        return render_text(self.checked.errors, self.checked.workbooks) if self.checked.errors else ""


def examine(folder: Path, *, kriteria: Path | None = None, watch: Stopwatch | None = None) -> Pemeriksaan:
    """The LKE self-check of the report `folder` would give (lkj.periksa), by the criteria of `kriteria`
    (the default policy file when None), which is read first: a file that cannot be used stops before
    anything is read (KriteriaProblem). NotExaminable when the year cannot be computed."""
    from lkj import periksa

    policy = _kebijakan(kriteria)
    checked = _checked(folder, True, watch)
    if not checked.ok or checked.hasil is None:
        raise NotExaminable(checked)
    return periksa.examine(checked.hasil, checked.dataset, checked.findings, policy)


def _kebijakan(kriteria: Path | None) -> Kebijakan:
    """The LKE criteria of `kriteria` (the default policy file when None); KriteriaProblem when it cannot
    be used."""
    from lkj import periksa

    return periksa.kebijakan(kriteria)


def _examined(checked: Checked, policy: Kebijakan | None = None) -> Pemeriksaan:
    """The LKE self-check a konsep's Catatan Penyusunan shows, by `policy` (the default criteria when
    None)."""
    from lkj import periksa

    assert checked.hasil is not None
    return periksa.examine(checked.hasil, checked.dataset, checked.findings, policy or _kebijakan(None))


def report_name(nama: str, tahun: int) -> str:
    """The report's file name when none is given: LKj-2022-dinas-komunikasi-dan-informatika.docx."""
    slug = re.sub(r"[^a-z0-9]+", "-", nama.casefold()).strip("-")
    return f"LKj-{tahun}-{slug}.docx"


def _may_write(
    out: Path, pdf: Pdf | None, inputs: list[Path | None], replace: bool, work_list: bool = False
) -> None:
    """The report, its PDF and its work list may be written (each before the report is: a refused one
    leaves nothing half done)."""
    from lkj.render.pdf import pdf_for

    pdf_path = pdf_for(out) if pdf is not None else None
    catatan = _beside(out) if work_list else None
    outputs.check(
        [(out, outputs.REPORT), (pdf_path, outputs.PDF), (catatan, outputs.CATATAN)], inputs, replace
    )


def _beside(report: Path) -> Path:
    from lkj.xlsx.catatan import beside

    return beside(report)


def _checked(
    folder: Path, year: bool, watch: Stopwatch | None, meanwhile: Callable[[], object] | None = None
) -> Checked:
    """Read, validate and, with `year`, compute. While worker processes read a large folder, this one
    does `meanwhile`; the rules run in a worker while this process computes the year, which is kept only
    when they find no error (a failure to compute data the rules refuse is theirs to tell)."""
    from lkj.compute import computable, year_findings

    def each(read: Callable[[Candidate], Read], candidates: Sequence[Candidate]) -> list[Read]:
        return shared_map(read, candidates, meanwhile, fork=len(candidates) >= PARALLEL_FROM)

    with Stopwatch.stage(watch, READ):
        read = read_folder(folder, each)
    if not year or has_errors(read.findings) or not computable(read.dataset):
        with Stopwatch.stage(watch, VALIDATE):
            later = validate(read) + year_findings(read.dataset, read.settings)
            found = read.findings + without_follow_ups(read, later)
        return Checked(folder, read.dataset, read.settings, found)
    from lkj.compute import compute

    failure: Exception | None = None
    hasil: Hasil | None = None
    with SharedWork(validate, [read], fork=len(read.dataset.bidang) >= PARALLEL_FROM) as rules:
        try:
            with Stopwatch.stage(watch, COMPUTE):
                hasil = compute(read.dataset, read.settings)
        except Exception as exc:  # told below, unless the rules explain it
            failure = exc
        with Stopwatch.stage(watch, VALIDATE):
            found = read.findings + without_follow_ups(read, rules.results()[0])
    if has_errors(found):
        gaps = without_follow_ups(read, year_findings(read.dataset, read.settings))
        return Checked(folder, read.dataset, read.settings, found + gaps)
    if failure is not None:
        raise failure
    assert hasil is not None
    return Checked(folder, read.dataset, read.settings, found + hasil.findings, hasil)


def _chapters(hasil: Hasil) -> Each:
    """How the report's chapters are made: a large report's by two processes in turn, the second forked
    once the year is computed (it shares the year, copying only the pages it writes to)."""
    rows = sum(len(s.sub.ukuran) or 1 for p in hasil.belanja.program for k in p.kegiatan for s in k.sub)
    large = rows + 10 * len(hasil.indikator) >= RENDER_PARALLEL_FROM

    def each(make: Callable[[Any], Any], pieces: Sequence[Any]) -> list[Any]:
        return shared_map(make, pieces, fork=large)

    return each


def _opened(folder: Path) -> OpenTemplates | LkjError:
    """The build's templates opened (and python-docx, docxtpl and pandas imported: a quarter of a second)
    while workbooks are read; a template folder that cannot be opened is told once the input is known to
    be valid."""
    import lkj.compute.belanja  # noqa: F401  (pandas)
    from lkj.render import open_templates

    try:
        return open_templates(folder)
    except LkjError as exc:
        return exc


def _templates(opened: list[OpenTemplates | LkjError], folder: Path) -> OpenTemplates:
    from lkj.render import open_templates

    found = opened[0] if opened else open_templates(folder)
    if isinstance(found, LkjError):
        raise found
    return found


__all__ = [
    "KINDS",
    "Built",
    "Checked",
    "InputHasErrors",
    "Kind",
    "NotExaminable",
    "NotFinal",
    "ReadResult",
    "build",
    "check",
    "checked_year",
    "examine",
    "next_year",
]


def next_year(source: Path, outdir: Path, tahun: int, *, replace: bool = False) -> Carried | None:
    """Next year's workbooks from this year's input folder (`lkj templates OUTDIR --dari FOLDER --tahun
    N+1`): the folder read and its year computed (for this year's realisations, computed ones included, as
    next year's history; without the year's figures when it has errors, its typed ones), then written by
    lkj.xlsx.lanjut. None when `tahun` is not after the folder's year (a handout of the same year)."""
    from lkj.xlsx.lanjut import write_next_year

    outputs.check_folder(outdir, [source])  # before reading: nothing is ever written into the source
    checked = check(source, year=True)
    instansi = checked.dataset.instansi
    if instansi is None or instansi.profil is None or tahun <= instansi.profil.tahun:
        return None
    if checked.hasil is not None:
        realisasi = {i.indikator.kode: i.realisasi for i in checked.hasil.indikator}
        target = {i.indikator.kode: i.target for i in checked.hasil.indikator}
    else:
        realisasi = {c.indikator: c.realisasi for b in checked.dataset.bidang for c in b.capaian}
        target = {}
    return write_next_year(outdir, source, checked.dataset, tahun, realisasi, target, replace)
