"""Hostile corpus, write side (issue 14), continued: a write that fails (a full disk, a read-only medium,
no permission) or that a signal ends (SIGTERM, SIGHUP, Ctrl-C) leaves the old file as it was and nothing
beside it, and says so plainly; a hangup ignored by nohup lets the write finish."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import SUKAMAJU, build
from tests.helpers import as_in_a_terminal, edit_cells, refused, state


@pytest.mark.parametrize(
    ("where", "code", "told"),
    [
        ("fsync", errno.ENOSPC, "Ruang penyimpanan tidak cukup"),
        ("mkstemp", errno.EROFS, "hanya dapat dibaca"),
        ("mkstemp", errno.EACCES, "Tidak ada izin menulis"),
        ("fsync", errno.EIO, "tidak dapat ditulis (kesalahan baca/tulis pada perangkat penyimpanan)"),
        ("mkstemp", errno.ENOENT, "tidak dapat ditulis (berkas atau folder itu tidak ada)"),
    ],
)
def test_a_failing_disk_is_told_plainly_and_the_old_report_stays(
    run, tmp_path, monkeypatch, where, code, told
):
    import lkj.write

    out = tmp_path / "laporan.docx"
    assert run("build", SUKAMAJU, "-o", out).exit_code == 0
    before = state(tmp_path)

    def failing(*args: object, **kwargs: object) -> object:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(lkj.write.os if where == "fsync" else lkj.write.tempfile, where, failing)
    result = run("build", SUKAMAJU, "-o", out)
    refused(result, out)
    assert told in result.output
    assert state(tmp_path) == before


def test_a_failing_disk_while_annotating_is_told_for_each_copy(run, jambi_copy, tmp_path, monkeypatch):
    import lkj.write

    edit_cells(jambi_copy / "01-sekretariat.xlsx", "Sub Kegiatan", {"G4": "abc"})
    before = state(tmp_path)

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lkj.write.os, "fsync", full)
    result = run("validate", jambi_copy, "--annotate", tmp_path / "periksa")
    refused(result, tmp_path / "periksa" / "01-sekretariat-dengan-catatan.xlsx")
    assert "Sub Kegiatan!G4" in result.output and "Ruang penyimpanan tidak cukup" in result.output
    assert state(tmp_path) == before  # the folder made for the copies removed again, empty


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_folder_is_told_plainly(run, tmp_path):
    folder = tmp_path / "arsip"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run("build", SUKAMAJU, "-o", folder / "laporan.docx")
        refused(result, folder / "laporan.docx")
        assert "Tidak ada izin menulis" in result.output and not list(folder.iterdir())
    finally:
        folder.chmod(0o755)


# --- signals -----------------------------------------------------------------------------------------

# `lkj` itself, its first fsync held until a line arrives on stdin: the signal comes while the new file
# is complete beside the old one but has not yet replaced it.
PAUSED_LKJ = textwrap.dedent(
    """
    import os, sys
    real = os.fsync
    def held(fd):
        os.fsync = real
        print("menulis", flush=True)
        sys.stdin.readline()
        real(fd)
    os.fsync = held
    sys.argv = ["lkj", *sys.argv[1:]]
    from lkj.cli import main
    main()
    """
)


def _paused(tmp_path: Path, command: str) -> tuple[Path, list[str]]:
    """An output folder holding lkj's earlier output, and the command that replaces it."""
    folder = tmp_path / "keluaran"
    if command == "build":
        build(SUKAMAJU, folder / "laporan.docx")
        return folder, ["build", str(SUKAMAJU), "-o", str(folder / "laporan.docx")]
    from lkj.xlsx.handout import write_templates

    write_templates(folder, 2024)
    return folder, ["templates", str(folder), "--tahun", "2024", "--ganti"]


@pytest.mark.parametrize("command", ["build", "templates"])
@pytest.mark.parametrize("signum", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_while_writing_leaves_the_old_file_and_nothing_else(tmp_path, command, signum):

    folder, args = _paused(tmp_path, command)
    before = state(folder)
    with open(tmp_path / "stderr", "wb") as errors:
        proc = subprocess.Popen(
            [sys.executable, "-c", PAUSED_LKJ, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            preexec_fn=as_in_a_terminal,
        )
        assert proc.stdout is not None and proc.stdout.readline() == b"menulis\n"
        assert len(list(folder.glob(".lkj-*"))) == 1  # the new file, beside the old
        proc.send_signal(getattr(signal, signum))
        code = proc.wait(timeout=300)
    assert code == (2 if signum == "SIGINT" else -getattr(signal, signum))
    assert state(folder) == before
    if signum == "SIGINT":
        assert (tmp_path / "stderr").read_text(encoding="utf-8").strip().endswith("Dibatalkan.")


def test_a_hangup_ignored_by_nohup_lets_the_write_finish(tmp_path):

    folder, args = _paused(tmp_path, "build")
    proc = subprocess.Popen(
        [sys.executable, "-c", PAUSED_LKJ, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN),
    )
    assert proc.stdout is not None and proc.stdout.readline() == b"menulis\n"
    proc.send_signal(signal.SIGHUP)
    out, _ = proc.communicate(b"\n", timeout=300)
    assert proc.returncode == 0 and b"ditulis:" in out
    assert [p.name for p in folder.iterdir()] == ["laporan.docx"]


# `lkj` itself, held once it has built the first of two input folders' reports in its scratch folder
PAUSED_DIFF = textwrap.dedent(
    """
    import sys
    import lkj.diff
    real = lkj.diff.read_document
    def held(*args, **kwargs):
        lkj.diff.read_document = real
        print("tersusun", flush=True)
        sys.stdin.readline()
        return real(*args, **kwargs)
    lkj.diff.read_document = held
    sys.argv = ["lkj", *sys.argv[1:]]
    from lkj.cli import main
    main()
    """
)


@pytest.mark.parametrize("signum", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_during_a_folder_diff_leaves_nothing_in_the_temporary_folder(tmp_path, signum):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", PAUSED_DIFF, "diff", str(SUKAMAJU), str(SUKAMAJU)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(scratch)},
        preexec_fn=as_in_a_terminal,
    )
    assert proc.stdout is not None and proc.stdout.readline() == b"tersusun\n"
    (work,) = scratch.iterdir()
    assert work.name.startswith("lkj-diff-") and [p.name for p in work.iterdir()] == ["lama.docx"]
    proc.send_signal(getattr(signal, signum))
    assert proc.wait(timeout=300) == (2 if signum == "SIGINT" else -getattr(signal, signum))
    assert list(scratch.iterdir()) == []


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat_line = (entry / "stat").read_text()
            except OSError:  # ended meanwhile
                continue
            if int(stat_line.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; reaping it is its new parent's business


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table in /proc")
@pytest.mark.parametrize("signum", ["SIGTERM", "SIGHUP"])
def test_lkj_web_ended_by_a_signal_stops_its_workers_and_says_so(sukamaju_copy, tmp_path, signum):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    server = subprocess.Popen(
        [sys.executable, "-m", "lkj", "web", str(sukamaju_copy), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
        preexec_fn=as_in_a_terminal,
    )
    assert server.stdout is not None
    for line in server.stdout:
        if line.startswith("Papan sekretariat"):
            break
    workers = _children(server.pid)
    assert workers  # the page's worker processes (and multiprocessing's resource tracker)
    server.send_signal(getattr(signal, signum))
    assert server.wait(timeout=300) == -getattr(signal, signum)
    for _ in range(300):  # the resource tracker ends once the server's end closes its pipe
        if not any(map(_running, workers)):
            break
        time.sleep(0.1)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:  # not to outlive the test that found them
        os.kill(pid, signal.SIGKILL)
    assert not left
    out, _ = server.communicate(timeout=300)  # the workers held the output too
    assert out.strip().endswith("Halaman web lkj dihentikan.")
    assert list(scratch.iterdir()) == []
