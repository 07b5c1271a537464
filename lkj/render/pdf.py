"""`lkj build --pdf`: the .docx converted by LibreOffice headless, with the tables of contents updated.

A plain `soffice --convert-to pdf` leaves a table of contents as the document holds it, without page
numbers (only a word processor's layout knows them). So LibreOffice is started on a profile of its own,
in which a small Basic macro (ExportPdf, below) loads the report, updates every index (contents, tables,
figures) and exports the PDF. Basic comes with every LibreOffice, unlike its Python bridge (Debian's
python3-uno is a separate package). Optional: lkj works without LibreOffice installed.

The PDF is tagged (a structure tree a screen reader follows; its language, /Lang, is the document's
default language, id-ID in the template; its title the report's title), and on request PDF/A-2b, the
archival form (LibreOffice tags that too). LibreOffice runs with jemalloc preloaded where it is installed
(faster_allocator, below): a large report's PDF comes a fifth sooner.

Nothing of LibreOffice outlives the step, whatever ends it (an error, the timeout, Ctrl-C, SIGTERM, SIGHUP):
it runs in a process group (session) of its own, which is killed as a whole on every way out, and its
profile and temporary files are kept in one scratch folder, removed on every way out too. A PDF that lkj
wrote beside an earlier report is removed when the new one cannot be made, so that no PDF of an older
report stands beside the new .docx as if it were its own; a PDF lkj did not write is never removed.
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from lkj import outputs
from lkj.errors import LkjError
from lkj.render.pdf_copy import Watermark, copy_for_pdf
from lkj.write import scratch_folder, signals_unwind, write_bytes

TIMEOUT = 1800  # seconds: LibreOffice lays out a thousand-page report slowly
MODULE = "LkjPdf"
PASSES = 4  # index updates at most; the Jambi sample settles after two (the third changes nothing)
PDF_1_6, PDF_A_2B = 0, 2  # LibreOffice's SelectPdfVersion: its default PDF 1.6, or PDF/A-2b
MACRO = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="{MODULE}" \
script:language="StarBasic">
Sub ExportPdf(source As String, target As String, pdfVersion As String, mark As String, markFont As String, \
markColor As String, markHeight As String, markAngle As String)
  On Error Goto Failed
  ExportOne(source, target, pdfVersion, mark, markFont, markColor, markHeight, markAngle, True, False)
Failed:
  StarDesktop.terminate()
End Sub

Rem A long report's parts (lkj.render.pdf_long), all in this one LibreOffice: job N (N.job in `folder`)
Rem names a part and its PDF on two lines, and N.done says that PDF is written; a job without a part ends.
Rem A part keeps its contents as they are, and exports its bookmarks as named destinations: where its
Rem paragraphs and rows landed.
Sub ExportParts(folder As String, pdfVersion As String, mark As String, markFont As String, \
markColor As String, markHeight As String, markAngle As String)
  On Error Goto Failed
  n = 1
  Do
    job = folder &amp; &quot;/&quot; &amp; n &amp; &quot;.job&quot;
    Do While Not FileExists(job)
      Wait 10
    Loop
    f = FreeFile()
    Open job For Input As #f
    Line Input #f, source
    Line Input #f, target
    Close #f
    If source = &quot;&quot; Then Exit Do
    ExportOne(source, target, pdfVersion, mark, markFont, markColor, markHeight, markAngle, False, True)
    f = FreeFile()
    Open folder &amp; &quot;/&quot; &amp; n &amp; &quot;.done&quot; For Output As #f
    Print #f, target
    Close #f
    n = n + 1
  Loop
Failed:
  StarDesktop.terminate()
End Sub

Sub ExportOne(source As String, target As String, pdfVersion As String, mark As String, markFont As String, \
markColor As String, markHeight As String, markAngle As String, indexes As Boolean, marks As Boolean)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  document = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, load())
  If indexes Then UpdateIndexes(document)
  Dim options(7) As New com.sun.star.beans.PropertyValue
  options(0).Name = &quot;UseTaggedPDF&quot;
  options(0).Value = True
  options(1).Name = &quot;SelectPdfVersion&quot;
  options(1).Value = CLng(pdfVersion)
  Rem the watermark taken out of the headers (lkj.render.pdf_copy), drawn on every page; none when empty
  options(2).Name = &quot;Watermark&quot;
  options(2).Value = mark
  options(3).Name = &quot;WatermarkFontName&quot;
  options(3).Value = markFont
  options(4).Name = &quot;WatermarkColor&quot;
  options(4).Value = CLng(markColor)
  options(5).Name = &quot;WatermarkFontHeight&quot;
  options(5).Value = CLng(markHeight)
  options(6).Name = &quot;WatermarkRotateAngle&quot;
  options(6).Value = CLng(markAngle)
  options(7).Name = &quot;ExportBookmarksToPDFDestination&quot;
  options(7).Value = marks
  Dim export(1) As New com.sun.star.beans.PropertyValue
  export(0).Name = &quot;FilterName&quot;
  export(0).Value = &quot;writer_pdf_Export&quot;
  export(1).Name = &quot;FilterData&quot;
  export(1).Value = options()
  document.storeToURL(ConvertToURL(target), export())
  document.close(True)
End Sub

Rem One pass is not enough: when the list of tables grows by a page, the pages after it move, and the
Rem table of contents updated before it is one page off. Passes go on until no index changes.
Sub UpdateIndexes(document)
  indexes = document.getDocumentIndexes()
  For pass = 1 To {PASSES}
    changed = False
    For i = 0 To indexes.getCount() - 1
      index = indexes.getByIndex(i)
      before = index.getAnchor().getString()
      index.update()
      If index.getAnchor().getString() &lt;&gt; before Then changed = True
    Next i
    If Not changed Then Exit For
  Next pass
  document.refresh()
End Sub
</script:module>
"""


class PdfProblem(LkjError):
    """The PDF could not be made; `str()` says why and what to do."""


def find_soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    for candidate in (
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ):
        if Path(candidate).exists():
            return candidate
    return None


def pdf_for(docx: Path) -> Path:
    """Where the PDF of a report goes: beside it, under the same name."""
    return docx.with_suffix(".pdf")


def to_pdf(docx: Path, *, archival: bool = False) -> Path:
    """The tagged PDF of `docx`, beside it, marked as lkj's (lkj.outputs); PDF/A-2b when `archival`. An
    existing one is replaced only once the new one is complete, and one lkj wrote is removed when the new
    one cannot be made. Where it may be written is the caller's check (lkj.outputs.check)."""
    target = pdf_for(docx)
    with signals_unwind():  # SIGTERM or SIGHUP unwind through the cleanups below before ending lkj
        try:
            _convert(_soffice(), docx, target, PDF_A_2B if archival else PDF_1_6)
        except BaseException:
            _remove_stale(target)
            raise
    return target


def _soffice() -> str:
    soffice = find_soffice()
    if soffice is None:
        raise PdfProblem(
            "LibreOffice tidak terpasang, sehingga PDF tidak dibuat (berkas .docx sudah ditulis). "
            "Pasang LibreOffice (Debian/Ubuntu: apt install libreoffice-writer-nogui) lalu ulangi "
            "dengan --pdf, atau ekspor PDF dari Word."
        )
    return soffice


def _convert(soffice: str, docx: Path, target: Path, version: int) -> None:
    with scratch_folder("lkj-lo-") as work:
        # fixed names in a folder of our own: the macro's arguments need no quoting, whatever the user's
        # file is called
        source, pdf = work / "laporan.docx", work / "laporan.pdf"
        mark = copy_for_pdf(docx, source) or Watermark("", height_pt=0, angle=0)
        office = [soffice, f"-env:UserInstallation={(work / 'profil').as_uri()}", "--headless"]
        _run([*office, "--terminate_after_init"], "menyiapkan profil", work)
        _install_macro(work / "profil")

        # pikepdf, which joins a long report's parts, is loaded only for a PDF
        from lkj.render.pdf_long import in_parts, long_report

        report = long_report(source)
        if report is not None:
            parts = _Parts(office, work, version, mark)
            try:
                in_parts(report, work, pdf, parts.export)
            finally:
                parts.close()
        else:
            call = f'ExportPdf("{source}","{pdf}","{version}",{_arguments(mark)})'
            _run(
                [*office, "--invisible", "--norestore", f"macro:///Standard.{MODULE}.{call}"],
                "membuat PDF",
                work,
            )
        if not pdf.exists():
            raise PdfProblem("LibreOffice selesai tanpa menulis PDF; coba ekspor PDF dari Word.")
        write_bytes(target, outputs.mark_pdf(pdf.read_bytes()))


class _Parts:
    """One LibreOffice for all the parts of a long report (the macro's ExportParts), started with the
    first part and ended by close(), whatever happens in between: a LibreOffice start costs about a
    second, a part a few."""

    def __init__(self, office: list[str], work: Path, version: int, mark: Watermark) -> None:
        self.office, self.work, self.version, self.mark = office, work, version, mark
        self.jobs = work / "tugas"
        self.process: subprocess.Popen[bytes] | None = None
        self.count = 0
        self.deadline = 0.0

    def export(self, docx: Path, pdf: Path) -> None:
        """`docx` (a part) laid out and exported to `pdf`, with its markers' named destinations."""
        if self.process is None:
            self._start()
        assert self.process is not None
        self.count += 1
        self._job(f"{docx}\n{pdf}\n")
        done = self.jobs / f"{self.count}.done"
        while not done.exists():
            if self.process.poll() is not None:
                detail = _last_line((self.work / "lo-stderr.txt").read_bytes())
                raise PdfProblem(f"LibreOffice gagal (membuat PDF bagian {self.count}): {detail}")
            if time.monotonic() > self.deadline:
                raise PdfProblem(f"LibreOffice tidak selesai dalam {TIMEOUT // 60} menit; PDF tidak dibuat.")
            time.sleep(0.02)
        if not pdf.exists():
            raise PdfProblem("LibreOffice selesai tanpa menulis PDF; coba ekspor PDF dari Word.")

    def _start(self) -> None:
        self.jobs.mkdir()
        call = f'ExportParts("{self.jobs}","{self.version}",{_arguments(self.mark)})'
        command = [*self.office, "--invisible", "--norestore", f"macro:///Standard.{MODULE}.{call}"]
        with (self.work / "lo-stderr.txt").open("wb") as errors:
            self.process = _start(command, self.work, errors)
        self.deadline = time.monotonic() + TIMEOUT

    def _job(self, text: str) -> None:
        """The next job, whole at once (LibreOffice looks for it by name)."""
        job = self.jobs / f"{self.count}.job"
        partial = job.with_suffix(".tmp")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, job)

    def close(self) -> None:
        """LibreOffice told to end, and ended, its whole group, however it goes."""
        if self.process is None:
            return
        try:
            if self.process.poll() is None:
                self.count += 1
                self._job("\n\n")
                self.process.wait(timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            pass
        finally:
            _kill_group(self.process)


_UNSAFE = re.compile(r'["(),]')


def _arguments(mark: Watermark) -> str:
    """The watermark as the macro's arguments, each quoted (LibreOffice drops the call when a bare number
    follows a string); a character that would end an argument or the call (a quote, a comma, a
    parenthesis) is left out of its text."""
    values = (mark.text, mark.font, mark.color, mark.height_pt, mark.angle * 10)  # tenths of a degree
    return ",".join(f'"{_UNSAFE.sub("", str(value))}"' for value in values)


def _remove_stale(target: Path) -> None:
    """The PDF lkj wrote for an earlier report, removed: it is not the new report's. A file lkj did not
    write (or someone saved since), or a link, stays."""
    owned = outputs.PDF.owned
    with contextlib.suppress(OSError):
        if owned is not None and target.is_file() and not target.is_symlink() and owned(target):
            target.unlink()


def _install_macro(profile: Path) -> None:
    """The macro as a module of the profile's own Standard library, which LibreOffice trusts."""
    library = profile / "user" / "basic" / "Standard"
    index = library / "script.xlb"
    if not index.exists():
        raise PdfProblem("LibreOffice tidak menyiapkan profilnya; PDF tidak dibuat.")
    (library / f"{MODULE}.xba").write_text(MACRO, encoding="utf-8")
    entries = index.read_text(encoding="utf-8")
    entry = f'<library:element library:name="{MODULE}"/>'
    if entry not in entries:
        index.write_text(
            entries.replace("</library:library>", f" {entry}\n</library:library>"), encoding="utf-8"
        )


def _run(command: list[str], step: str, work: Path) -> None:
    """Run LibreOffice in a process group of its own, with its temporary files in `work`; the whole group
    is killed however the run ends (soffice starts oosplash, which starts soffice.bin: killing the first
    alone leaves the others running)."""
    process = _start(command, work, subprocess.PIPE)
    try:
        _, stderr = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise PdfProblem(f"LibreOffice tidak selesai dalam {TIMEOUT // 60} menit; PDF tidak dibuat.") from exc
    finally:
        _kill_group(process)
    if process.returncode != 0:
        raise PdfProblem(f"LibreOffice gagal ({step}): {_last_line(stderr or b'')}")


def _start(command: list[str], work: Path, errors: Any) -> subprocess.Popen[bytes]:
    """LibreOffice started in a session (process group) of its own, its temporary files in `work`, with
    the faster allocator where there is one."""
    environment = {**os.environ, "TMPDIR": str(work), "TMP": str(work), "TEMP": str(work)}
    allocator = faster_allocator()
    if allocator is not None:
        environment["LD_PRELOAD"] = allocator
    return subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=errors,
        env=environment,
        start_new_session=True,
    )


def _last_line(stderr: bytes) -> str:
    """What LibreOffice said last on its error output (its Java helper's warning aside)."""
    lines = stderr.decode(errors="replace").strip().splitlines()
    return next((line for line in reversed(lines) if "javaldx" not in line), "tanpa keterangan")


# LibreOffice allocates and frees many millions of small blocks while it lays out and exports a long
# report, and the C library's allocator spends a quarter of that time tidying its free lists (measured
# with perf: _int_malloc, malloc_consolidate). With jemalloc (Debian: libjemalloc2) or tcmalloc the same
# PDF comes a fifth sooner (bench/pdf.py), the same but for its creation date and ID. Used where
# installed, never required.
ALLOCATORS = ("libjemalloc.so.2", "libtcmalloc_minimal.so.4")
# {machine}: this machine's architecture, so that a multiarch library of another one (i386 beside x86_64)
# is never chosen; the dynamic loader would refuse it
LIBRARY_FOLDERS = ("/usr/lib/{machine}-linux-gnu*", "/usr/lib64", "/usr/lib", "/usr/local/lib")


def faster_allocator() -> str | None:
    """The first allocator of ALLOCATORS installed on this (Linux) machine, for LibreOffice to preload;
    none where the user already preloads a library of their own (theirs is kept)."""
    if not sys.platform.startswith("linux") or os.environ.get("LD_PRELOAD"):
        return None
    for name in ALLOCATORS:
        for pattern in LIBRARY_FOLDERS:
            folder = pattern.format(machine=platform.machine()).lstrip("/")
            found = sorted(Path("/").glob(f"{folder}/{name}"))
            if found:
                return str(found[0])
    return None


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """Every process of LibreOffice's group ended, and the one lkj started reaped. Its group is killed
    before the process is reaped where it still runs (its number cannot be another's while it is not
    reaped); where it has ended, only processes of its group can keep the group's number in use."""
    killpg = getattr(os, "killpg", None)
    if killpg is None:  # Windows: no process groups of this kind
        with contextlib.suppress(OSError):
            process.kill()
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        process.communicate(timeout=10)
