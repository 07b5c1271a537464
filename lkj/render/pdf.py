"""`lkj build --pdf`: the .docx converted by LibreOffice headless, with the tables of contents updated
(through LibreOffice's own Python and UNO). Optional: lkj works without LibreOffice installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HELPER = Path(__file__).with_name("lo_update.py")
TIMEOUT = 1800


class PdfProblem(Exception):
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


def _uno_python(soffice: str) -> str | None:
    """An interpreter that can import uno: LibreOffice's bundled one, or the system python3."""
    program = Path(os.path.realpath(soffice)).parent
    for candidate in (
        program / "python",
        program / "python.exe",
        Path("/usr/bin/python3"),
        Path(sys.executable),
    ):
        if candidate.exists():
            probe = subprocess.run([str(candidate), "-c", "import uno"], capture_output=True, timeout=60)
            if probe.returncode == 0:
                return str(candidate)
    return None


def to_pdf(docx: Path) -> Path:
    soffice = find_soffice()
    if soffice is None:
        raise PdfProblem(
            "LibreOffice tidak terpasang, sehingga PDF tidak dibuat (berkas .docx sudah ditulis). "
            "Pasang LibreOffice (Debian/Ubuntu: apt install libreoffice-writer-nogui) lalu ulangi "
            "dengan --pdf, atau ekspor PDF dari Word."
        )
    target = docx.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="lkj-lo-") as work:
        temp_pdf = Path(work) / target.name
        python = _uno_python(soffice)
        if python is not None:
            command = [python, str(HELPER), str(docx), str(temp_pdf), str(Path(work) / "profil")]
            env = {**os.environ, "LKJ_SOFFICE": soffice}
        else:  # no UNO: plain conversion; the table of contents keeps its pre-filled entries, without pages
            command = [
                soffice,
                f"-env:UserInstallation=file://{Path(work) / 'profil'}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work,
                str(docx),
            ]
            env = dict(os.environ)
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT, env=env)
        except subprocess.TimeoutExpired as exc:
            raise PdfProblem(
                f"LibreOffice tidak selesai dalam {TIMEOUT // 60} menit; PDF tidak dibuat."
            ) from exc
        if done.returncode != 0 or not temp_pdf.exists():
            detail = (done.stderr or b"").decode(errors="replace").strip().splitlines()[-1:] or [
                "tanpa keterangan"
            ]
            raise PdfProblem(f"LibreOffice gagal membuat PDF: {detail[0]}")
        shutil.move(str(temp_pdf), target)
    return target
