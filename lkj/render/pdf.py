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
from pathlib import Path

from lkj import outputs
from lkj.errors import LkjError
from lkj.render.pdf_copy import Watermark, copy_for_pdf
from lkj.render.pdf_parts import NotPartable
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
markColor As String, markHeight As String, markAngle As String, indexes As String, marks As String)
  On Error Goto Failed
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  document = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, load())
  Rem a part of a long report (lkj.render.pdf_parts) keeps its contents as they are, and exports its
  Rem bookmarks as named destinations: where its paragraphs and rows landed
  If indexes = &quot;1&quot; Then UpdateIndexes(document)
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
  options(7).Value = (marks = &quot;1&quot;)
  Dim export(1) As New com.sun.star.beans.PropertyValue
  export(0).Name = &quot;FilterName&quot;
  export(0).Value = &quot;writer_pdf_Export&quot;
  export(1).Name = &quot;FilterData&quot;
  export(1).Value = options()
  document.storeToURL(ConvertToURL(target), export())
  document.close(True)
Failed:
  StarDesktop.terminate()
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

        def export(docx: Path, pdf: Path, *, whole: bool) -> None:
            """`docx` to `pdf`: a whole report with its indexes updated; a part of one (whole=False) as it
            is, with the named destinations its markers become."""
            flags = '"1","0"' if whole else '"0","1"'
            call = f'ExportPdf("{docx}","{pdf}","{version}",{_arguments(mark)},{flags})'
            _run(
                [*office, "--invisible", "--norestore", f"macro:///Standard.{MODULE}.{call}"],
                "membuat PDF",
                work,
            )
            if not pdf.exists():
                raise PdfProblem("LibreOffice selesai tanpa menulis PDF; coba ekspor PDF dari Word.")

        # pikepdf, which joins a long report's parts, is loaded only for a PDF
        from lkj.render.pdf_long import in_parts, long_report

        report = long_report(source)
        try:
            if report is not None:
                in_parts(report, work, pdf, export)
        except NotPartable:
            report = None
        if report is None:
            export(source, pdf, whole=True)
        write_bytes(target, outputs.mark_pdf(pdf.read_bytes()))


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
    environment = {**os.environ, "TMPDIR": str(work), "TMP": str(work), "TEMP": str(work)}
    allocator = faster_allocator()
    if allocator is not None:
        environment["LD_PRELOAD"] = allocator
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=environment,
        start_new_session=True,
    )
    try:
        _, stderr = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise PdfProblem(f"LibreOffice tidak selesai dalam {TIMEOUT // 60} menit; PDF tidak dibuat.") from exc
    finally:
        _kill_group(process)
    if process.returncode != 0:
        lines = (stderr or b"").decode(errors="replace").strip().splitlines()
        detail = next((line for line in reversed(lines) if "javaldx" not in line), "tanpa keterangan")
        raise PdfProblem(f"LibreOffice gagal ({step}): {detail}")


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
