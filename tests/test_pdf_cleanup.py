"""`lkj build --pdf` leaves nothing of LibreOffice behind, however it ends (issue 14): no process, no
profile, no temporary file; and a PDF lkj wrote for an earlier report does not stay beside a new report
whose own PDF could not be made, while a PDF lkj did not write is never removed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lkj.outputs import mark_pdf
from tests.conftest import SUKAMAJU

# an earlier PDF of lkj's (its mark before the final startxref), and one somebody else made
EARLIER = mark_pdf(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n")
SCANNED = b"%PDF-1.4\n% hasil pindai yang sudah ditandatangani\nstartxref\n9\n%%EOF\n"


def _fields(pid: int) -> list[str] | None:
    """/proc/PID/stat after the command name: state, ppid, pgrp, session, ... (None: no such process)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _processes() -> dict[int, list[str]]:
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _fields(int(entry.name))
            if fields is not None:
                found[int(entry.name)] = fields
    return found


def _descendants(pid: int) -> dict[int, list[str]]:
    table = _processes()
    found: dict[int, list[str]] = {}
    parents = {pid}
    while True:
        more = {p: f for p, f in table.items() if int(f[1]) in parents and p not in found}
        if not more:
            return found
        found.update(more)
        parents |= set(more)


def _office(pid: int, timeout: float = 300) -> dict[int, list[str]]:
    """lkj's descendants once LibreOffice's own process (soffice.bin) is among them."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = _descendants(pid)
        if any(Path(f"/proc/{p}/comm").read_text().strip() == "soffice.bin" for p in found if _alive(p)):
            return found
        time.sleep(0.05)
    raise AssertionError("LibreOffice did not start")


def _as_in_a_terminal() -> None:
    """The ending signals at their default action, as in a terminal: a suite run as a background job (or
    under nohup) passes SIGINT (and SIGHUP) on ignored, and lkj would not stop."""
    for signum in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)


def _alive(pid: int) -> bool:
    fields = _fields(pid)
    return fields is not None and fields[0] != "Z"  # a zombie has ended


@pytest.mark.libreoffice
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table in /proc")
@pytest.mark.parametrize("signum", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_while_libreoffice_runs_leaves_no_process_and_no_file(tmp_path, signum):
    from lkj.render.pdf import find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice tidak terpasang")
    scratch, folder = tmp_path / "tmp", tmp_path / "keluaran"
    scratch.mkdir()
    folder.mkdir()
    (folder / "laporan.pdf").write_bytes(EARLIER)
    lkj = subprocess.Popen(
        [sys.executable, "-m", "lkj", "build", str(SUKAMAJU), "-o", str(folder / "laporan.docx"), "--pdf"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(scratch)},
        preexec_fn=_as_in_a_terminal,
    )
    office = _office(lkj.pid)
    sessions = {fields[3] for fields in office.values()} - {str(os.getsid(0))}
    assert sessions  # LibreOffice runs in a session of its own, apart from lkj's terminal
    lkj.send_signal(getattr(signal, signum))
    assert lkj.wait(timeout=300) == (2 if signum == "SIGINT" else -getattr(signal, signum))
    left = [p for p, fields in _processes().items() if fields[3] in sessions and _alive(p)]
    left += [p for p in office if _alive(p)]
    for pid in set(left):  # not to outlive the test that found them
        os.kill(pid, signal.SIGKILL)
    assert not left
    assert list(scratch.iterdir()) == []  # profile, copy and LibreOffice's temporary files
    assert [p.name for p in folder.iterdir()] == ["laporan.docx"]  # the earlier PDF is not this one's


@pytest.fixture
def failing_office(tmp_path, monkeypatch) -> Path:
    """A LibreOffice that fails as soon as it starts."""
    import lkj.render.pdf

    office = tmp_path / "soffice"
    office.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    office.chmod(0o755)
    monkeypatch.setattr(lkj.render.pdf, "find_soffice", lambda: str(office))
    return office


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for LibreOffice")
def test_a_failed_pdf_removes_the_pdf_lkj_wrote_for_the_earlier_report(run, tmp_path, failing_office):
    out = tmp_path / "keluaran" / "laporan.docx"
    out.parent.mkdir()
    out.with_suffix(".pdf").write_bytes(EARLIER)
    result = run("build", SUKAMAJU, "-o", out, "--pdf")
    assert result.exit_code == 2, result.output
    assert f"ditulis: {out}" in result.output and "LibreOffice gagal (menyiapkan profil)" in result.output
    assert [p.name for p in out.parent.iterdir()] == ["laporan.docx"]


def test_without_libreoffice_the_earlier_pdf_goes_too(run, tmp_path, monkeypatch):
    import lkj.render.pdf

    monkeypatch.setattr(lkj.render.pdf, "find_soffice", lambda: None)
    out = tmp_path / "laporan.docx"
    out.with_suffix(".pdf").write_bytes(EARLIER)
    result = run("build", SUKAMAJU, "-o", out, "--pdf-arsip")
    assert result.exit_code == 2 and "LibreOffice tidak terpasang" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.docx"]


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands for LibreOffice")
def test_a_failed_pdf_never_removes_a_pdf_lkj_did_not_write(run, tmp_path, failing_office):
    out = tmp_path / "keluaran" / "laporan.docx"
    out.parent.mkdir()
    out.with_suffix(".pdf").write_bytes(SCANNED)
    result = run("build", SUKAMAJU, "-o", out, "--pdf", "--ganti")  # the user allowed replacing it
    assert result.exit_code == 2, result.output
    assert out.with_suffix(".pdf").read_bytes() == SCANNED
    edited = out.parent / "diedit.pdf"  # lkj's, saved since by an editor that appended an update
    edited.write_bytes(EARLIER + b"2 0 obj\n<<>>\nendobj\nstartxref\n99\n%%EOF\n")
    result = run("build", SUKAMAJU, "-o", edited.with_suffix(".docx"), "--pdf", "--ganti")
    assert result.exit_code == 2, result.output
    assert edited.exists()
