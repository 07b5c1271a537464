"""Every call the web page makes into lkj, in one place: the page plugs into the pipeline here and nowhere
else. Each function takes paths and plain values and gives plain, picklable data, because it runs in a
worker process (lkj.web.jobs), never in the server's own: an uploaded workbook is parsed there, and lkj's
reader and renderer may fork, which a multi-threaded server must not do.

The build and the checks go through lkj.pipeline, like every caller of lkj, and every expected failure is
told by lkj.errors.describe; docs/web.md says which calls the coming features (konsep/final, the next
year, the self-check) add here.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from lkj.errors import LkjError, describe
from lkj.findings import Finding, Severity
from lkj.stopwatch import Stopwatch
from lkj.write import scratch_folder, write_bytes

if TYPE_CHECKING:
    from lkj.model import Dataset
    from lkj.pipeline import Checked

# A workbook that is none of lkj's, or cannot be opened at all, is refused; it is not kept as a version.
REFUSED = frozenset(
    {"file.empty", "file.too-large", "file.corrupt", "file.encrypted", "file.xls", "file.unknown"}
)
# Findings about how the workbooks of a folder agree with each other: the instansi workbook is not
# judged by them (a bidang that has not handed in yet makes no error of the instansi workbook); the
# secretariat's board shows them from the whole folder's check.
ACROSS_WORKBOOKS = ("cross.", "file.bidang-missing")


@dataclass(frozen=True)
class Year:
    """What a year's instansi workbook says the web page needs: whose report, which year, which bidang."""

    instansi_file: str
    nama_instansi: str
    tahun: int | None
    bidang: tuple[str, ...]


@dataclass(frozen=True)
class WorkbookCheck:
    """One workbook checked beside others: what kind it is, the bidang it says it is for, the findings
    in it, and why it is refused outright (None: it is a workbook of lkj)."""

    kind: str  # "instansi", "bidang", or "" when it is neither
    bidang: str
    findings: tuple[Finding, ...]
    refusal: str | None
    year: Year | None  # an instansi workbook's

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)

    @property
    def valid(self) -> bool:
        """A workbook with no error in it (docs/web.md: what 'sah' means)."""
        return self.refusal is None and self.errors == 0


@dataclass(frozen=True)
class FolderCheck:
    """A whole folder checked as `lkj validate` does: every finding, and each workbook's own check."""

    findings: tuple[Finding, ...]
    year: Year | None
    workbooks: tuple[tuple[str, WorkbookCheck], ...]  # (file, its check) of each workbook read
    problem: str | None  # why the folder could not be read at all


@dataclass(frozen=True)
class SelfChecked:
    """The LKE self-check of a build's inputs (`lkj periksa`): what it found, as `lkj periksa --format
    json` gives it with its title and summary sentence, or why it could not run."""

    found: dict[str, Any] | None
    problem: str | None


@dataclass(frozen=True)
class Built:
    """A build: the report written, or the findings that kept it from being written, or why it failed;
    with the self-check of its inputs when the report was written."""

    docx: Path | None
    pdf: Path | None
    findings: tuple[Finding, ...]
    problem: str | None
    self_check: SelfChecked | None = None


def _year(dataset: Dataset) -> Year | None:
    instansi = dataset.instansi
    if instansi is None:
        return None
    profil = instansi.profil
    return Year(
        instansi.file,
        profil.nama_instansi if profil else "",
        profil.tahun if profil else None,
        tuple(b.nama for b in instansi.bidang),
    )


@contextmanager
def _folder_of(files: Sequence[tuple[Path, str]]) -> Iterator[Path]:
    """A scratch folder holding copies of `files`, each under its name."""
    with scratch_folder("lkj-web-") as folder:
        for source, name in files:
            shutil.copyfile(source, folder / name)
        yield folder


def check_folder(folder: Path) -> FolderCheck:
    """`lkj validate FOLDER`."""
    from lkj.pipeline import check
    from lkj.read import NoInput

    try:
        result = check(folder)
    except NoInput as exc:
        return FolderCheck((), None, (), exc.message)
    files = [b.file for b in result.dataset.bidang]
    if result.dataset.instansi is not None:
        files.insert(0, result.dataset.instansi.file)
    workbooks = tuple((file, _own(result, file)) for file in files)
    return FolderCheck(result.findings, _year(result.dataset), workbooks, None)


def check_workbook(candidate: Path, name: str, beside: Sequence[Path]) -> WorkbookCheck:
    """The workbook `candidate`, named `name`, validated in a folder with copies of `beside` (for a bidang
    workbook, the year's instansi workbook; for an instansi workbook, the bidang workbooks): its kind and
    the findings in it."""
    from lkj.pipeline import check

    others = [(path, path.name) for path in beside if path.name != name]
    with _folder_of([*others, (candidate, name)]) as folder:
        return _own(check(folder), name)


def _own(result: Checked, name: str) -> WorkbookCheck:
    """The check of workbook `name` within a folder's validation."""
    own = tuple(f for f in result.findings if f.file == name)
    refusal = next((f.message for f in own if f.code in REFUSED), None)
    dataset = result.dataset
    if dataset.instansi is not None and dataset.instansi.file == name:
        judged = tuple(f for f in own if not f.code.startswith(ACROSS_WORKBOOKS))
        return WorkbookCheck("instansi", "", judged, refusal, _year(dataset))
    if any(f.code == "file.instansi-duplicate" for f in own):  # an instansi workbook beside the year's
        return WorkbookCheck("instansi", "", own, refusal, None)
    bidang = next((b for b in dataset.bidang if b.file == name), None)
    if bidang is not None:
        nama = bidang.identitas.nama_bidang if bidang.identitas else ""
        return WorkbookCheck("bidang", nama, own, refusal, None)
    return WorkbookCheck("", "", own, refusal or _not_a_workbook(own), None)


def _not_a_workbook(own: Sequence[Finding]) -> str:
    errors = [f.message for f in own if f.severity is Severity.ERROR]
    return errors[0] if errors else "Berkas ini bukan workbook lkj (instansi atau bidang)."


def handouts(instansi: Path, outdir: Path) -> dict[str, str]:
    """`lkj templates OUTDIR --dari` a folder holding the instansi workbook: the handout of every bidang
    it lists, written into `outdir` (which must not exist yet); gives each bidang's name → file name."""
    from lkj.xlsx.handout import write_templates

    with _folder_of([(instansi, instansi.name)]) as source:
        written = write_templates(outdir, None, source)
        year = check_folder(source).year
    names = year.bidang if year else ()
    # write_templates writes the blank instansi workbook first, then one per bidang in the listed order
    return {nama: path.name for nama, path in zip(names, written[1:], strict=False)}


@dataclass(frozen=True)
class NextYear:
    """A year started from last year's workbooks: the files written (names in `outdir`), the year they
    are for, what was carried over and what must be entered fresh; or why nothing was written."""

    written: tuple[str, ...]
    tahun: int | None
    problem: str | None
    carried: tuple[str, ...] = ()
    fresh: tuple[str, ...] = ()


NO_LAST_YEAR = (
    "Folder itu tidak berisi workbook instansi yang dapat dibaca, sehingga tidak ada yang dapat dibawa ke "
    "tahun baru. Pilih folder tahun lalu yang berisi workbook instansi (profil, sasaran, indikator) dan "
    "workbook bidangnya."
)


def next_year(last_year: Path, outdir: Path, tahun: int | None) -> NextYear:
    """`lkj templates OUTDIR --dari LAST_YEAR --tahun TAHUN` (lkj.pipeline.next_year): next year's
    workbooks made from last year's folder, written into `outdir` (which must not exist yet, and never lies
    inside `last_year`). TAHUN is last year's report year plus one when not given; a TAHUN that is not
    after last year's gives that year's handouts, as the command does."""
    from lkj import pipeline
    from lkj.xlsx.handout import write_templates

    try:
        last = check_folder(last_year)
        if last.year is None:
            return NextYear((), tahun, NO_LAST_YEAR)
        if tahun is None:
            tahun = last.year.tahun + 1 if last.year.tahun else None
        carried = pipeline.next_year(last_year, outdir, tahun) if tahun is not None else None
        if carried is None:
            written = write_templates(outdir, tahun, last_year)
            return NextYear(tuple(path.name for path in written), tahun, None)
    except LkjError as exc:
        return NextYear((), tahun, describe(exc))
    names = tuple(path.name for path in carried.written)
    return NextYear(names, tahun, None, tuple(carried.carried), tuple(carried.fresh))


def blank_instansi(outdir: Path, tahun: int | None) -> Path:
    """`lkj templates OUTDIR --tahun TAHUN`: the blank instansi workbook written."""
    from lkj.xlsx.handout import write_templates

    return write_templates(outdir, tahun)[0]


def annotate(workbook: Path, name: str, findings: Sequence[Finding], outdir: Path) -> Path | None:
    """`lkj validate --annotate`: a copy of `workbook` (shown as `name`) with the cells of `findings`
    marked, written into `outdir`; None when no finding points at a cell."""
    from lkj.xlsx.annotate import annotate_copies

    with _folder_of([(workbook, name)]) as folder:
        done = annotate_copies(folder, findings, outdir, replace=True)
    if done.failed:
        raise AnnotateProblem(done.failed[0])
    if done.unannotated:
        name, why = done.unannotated[0]
        raise AnnotateProblem(f"Salinan bercatatan {name} tidak dibuat: {why}.")
    return done.written[0] if done.written else None


class AnnotateProblem(LkjError):
    """The annotated copy could not be made; `str()` says why."""


def libreoffice() -> bool:
    """Whether a PDF can be made here."""
    from lkj.render.pdf import find_soffice

    return find_soffice() is not None


class _Stages(Stopwatch):
    """A stopwatch that tells each stage as it starts (the build's progress): read, compute, render,
    write, pdf. The rules run while the year is computed; what is left of them is part of computing."""

    def __init__(self, tell: Callable[[str], None], untold: str) -> None:
        super().__init__()
        self._tell, self._untold = tell, untold

    @contextmanager
    def _lap(self, name: str) -> Iterator[None]:
        if name != self._untold:
            self._tell(name)
        yield


# the two kinds of build (lkj.pipeline.KINDS)
KONSEP: Literal["konsep"] = "konsep"
FINAL: Literal["final"] = "final"


def build(
    inputs: Path, out: Path, *, pdf: bool, progress: Callable[[str], None], kind: str = KONSEP
) -> Built:
    """`lkj build INPUTS -o OUT [--pdf] [--final]` (lkj.pipeline.build); `progress` is told each stage's
    name as it starts (_Stages). A final refused (lkj.pipeline.NotFinal) gives the findings, whose
    blocks_final ones are its located list, and no report; a konsep writes its Catatan Penyusunan, the
    same list, beside the report as files of its own (catatan_file): text, and the bidang's work list."""
    from lkj import pipeline

    try:
        built = pipeline.build(
            inputs,
            out,
            pdf="tagged" if pdf else None,
            replace=True,
            watch=_Stages(progress, pipeline.VALIDATE),
            kind=FINAL if kind == FINAL else KONSEP,
        )
    except (pipeline.InputHasErrors, pipeline.NotFinal) as exc:
        return Built(None, None, exc.checked.findings, None)
    except LkjError as exc:
        return Built(None, None, (), describe(exc))
    if kind == KONSEP:
        from lkj.xlsx.catatan import write_catatan

        write_bytes(catatan_file(out), catatan_text(built.checked.blocking).encode("utf-8"))
        write_catatan(built.checked.blocking, catatan_file(out, CATATAN_XLSX))
    failure = describe(built.pdf_failure) if built.pdf_failure is not None else None
    return Built(built.docx, built.pdf, built.checked.findings, failure)


def report_file_name(year: Year | None, kind: str, number: int, suffix: str) -> str:
    """The name a build's report is downloaded under: lkj build's own (lkj.pipeline.report_name: whose
    report, which year), then which kind and which build, LKj-2024-dinas-...-konsep-3.pdf."""
    from lkj.pipeline import report_name

    stem = "LKj"
    if year is not None and year.tahun is not None:
        stem = report_name(year.nama_instansi, year.tahun).removesuffix(".docx")
    return f"{stem.rstrip('-')}-{FINAL if kind == FINAL else KONSEP}-{number}.{suffix}"


def ordered(findings: Sequence[Finding]) -> list[Finding]:
    """Findings in the order lkj tells them everywhere (by file, sheet and cell: lkj.validate.present)."""
    from lkj.validate.present import ordered as in_order

    return in_order(findings)


CATATAN_TXT, CATATAN_XLSX = "txt", "xlsx"  # the Catatan Penyusunan's two files: text, and work list


def catatan_file(report: Path, form: str = CATATAN_TXT) -> Path:
    return report.with_name(f"catatan-penyusunan.{form}")


def catatan_text(blocking: Sequence[Finding]) -> str:
    """The konsep's Catatan Penyusunan as plain text: what still blocks a final, by workbook, sheet and
    cell, with what to fill or fix (lkj.validate.present.render_located, as `lkj build --final` tells it)."""
    from lkj.validate.present import render_located

    head = "CATATAN PENYUSUNAN\n\n"
    complete = "Data masukan lengkap dan tidak ada yang saling bertentangan; laporan final dapat disusun."
    if not blocking:
        return f"{head}{complete}\n"
    return head + render_located(blocking) + "\n"


def self_check(inputs: Path, kertas_kerja: Path) -> SelfChecked:
    """`lkj periksa INPUTS --reviu KERTAS_KERJA` (lkj.pipeline.examine): the LKE self-check, and the
    kertas kerja reviu written for the Inspektorat."""
    from lkj import pipeline
    from lkj.periksa.present import as_dict, judul, ringkasan
    from lkj.xlsx.kertas_kerja import write_kertas_kerja

    try:
        found = pipeline.examine(inputs)
        write_kertas_kerja(found, kertas_kerja)
    except LkjError as exc:
        return SelfChecked(None, describe(exc))
    return SelfChecked({"judul": judul(found), "ringkasan": ringkasan(found), **as_dict(found)}, None)


@dataclass(frozen=True)
class Compared:
    """The page of what changed between two builds, or why there is none."""

    page: str | None
    problem: str | None


def compare(old: Path, new: Path, old_inputs: Path, new_inputs: Path, title: str) -> Compared:
    """`lkj diff OLD NEW --html`, with what changed in the input workbooks between the two builds (the
    cells, as `lkj diff` tells them for two input folders)."""
    from lkj.diff import diff_paths
    from lkj.diff.present import render_html
    from lkj.diff.sources import source_changes
    from lkj.pipeline import check

    try:
        result = diff_paths(old, new)
        sources = source_changes(check(old_inputs).dataset, check(new_inputs).dataset)
    except Exception as exc:
        return Compared(None, describe(exc))
    return Compared(render_html(result.changes, title, sources), None)
