"""LibreOffice gets a faster allocator preloaded where one is installed (lkj.render.pdf.faster_allocator),
never in place of a library the user preloads, and lkj works the same without one."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import pytest

import lkj.render.pdf as pdf
from tests.conftest import SUKAMAJU

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_PRELOAD is Linux's")


@pytest.fixture
def libraries(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "lib" / f"{platform.machine()}-linux-gnu"
    folder.mkdir(parents=True)
    other = tmp_path / "lib" / "aaa-another-machine-linux-gnu"  # sorts first: must never be chosen
    other.mkdir()
    (other / "libjemalloc.so.2").write_bytes(b"")
    patterns = (str(tmp_path / "lib" / "{machine}-linux-gnu*"), str(tmp_path))
    monkeypatch.setattr(pdf, "LIBRARY_FOLDERS", patterns)
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    return folder


def test_the_first_allocator_installed_is_chosen(libraries):
    assert pdf.faster_allocator() is None
    (libraries / "libtcmalloc_minimal.so.4").write_bytes(b"")
    assert pdf.faster_allocator() == str(libraries / "libtcmalloc_minimal.so.4")
    (libraries / "libjemalloc.so.2").write_bytes(b"")
    assert pdf.faster_allocator() == str(libraries / "libjemalloc.so.2")  # first in ALLOCATORS


def test_a_library_the_user_preloads_is_kept(libraries, monkeypatch):
    (libraries / "libjemalloc.so.2").write_bytes(b"")
    monkeypatch.setenv("LD_PRELOAD", "/opt/their/libown.so")
    assert pdf.faster_allocator() is None


def test_libreoffice_is_started_with_the_allocator(run, tmp_path, libraries, monkeypatch):
    (libraries / "libjemalloc.so.2").write_bytes(b"")  # the loader ignores an empty file, the shell runs
    seen = tmp_path / "preload.txt"
    office = tmp_path / "soffice"
    office.write_text(f'#!/bin/sh\nprintf %s "$LD_PRELOAD" > "{seen}"\nexit 1\n')
    office.chmod(0o755)
    monkeypatch.setattr(pdf, "find_soffice", lambda: str(office))
    out = tmp_path / "keluaran" / "laporan.docx"
    result = run("build", SUKAMAJU, "-o", out, "--pdf")
    assert result.exit_code == 2 and "LibreOffice gagal" in result.output, result.output
    assert seen.read_text() == str(libraries / "libjemalloc.so.2")
    assert out.exists() and not out.with_suffix(".pdf").exists()
