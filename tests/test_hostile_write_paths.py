"""Hostile corpus, write side (issue 14), continued: output paths given oddly. A link to nothing is
refused and kept, a link to a file is written through, an empty name is never the current folder, and the
folders made for an output that is not written are removed again."""

from __future__ import annotations

import errno
import os
import shutil

import pytest

from tests.conftest import SUKAMAJU
from tests.helpers import refused, state


def test_an_output_through_a_link_to_nothing_is_refused_and_the_link_kept(run, tmp_path):
    link = tmp_path / "laporan.docx"
    link.symlink_to(tmp_path / "arsip" / "laporan.docx")
    before = state(tmp_path)
    result = run("build", SUKAMAJU, "-o", link)
    refused(result, link)
    assert result.output.splitlines()[-1] == (
        f"Gagal: '{link}' adalah pintasan (symlink) ke '{tmp_path / 'arsip' / 'laporan.docx'}', yang tidak "
        "ada. Berikan nama berkas biasa sebagai keluaran, atau buat dulu berkas tujuan pintasan itu."
    )
    assert state(tmp_path) == before


def test_an_output_through_a_link_replaces_its_target_and_keeps_the_link(run, tmp_path):
    target = tmp_path / "arsip" / "laporan.docx"
    assert run("build", SUKAMAJU, "-o", target).exit_code == 0
    link = tmp_path / "terbaru.docx"
    link.symlink_to(target)
    assert run("build", SUKAMAJU, "-o", link).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["laporan.docx"]


@pytest.mark.parametrize(
    "args", [("validate", ""), ("build", str(SUKAMAJU), "--output-dir", ""), ("build", "")], ids=str
)
def test_an_empty_path_is_refused_not_taken_for_the_current_folder(run, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SUKAMAJU, tmp_path, dirs_exist_ok=True)  # a folder of workbooks it could read
    before = state(tmp_path)
    result = run(*args)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1].endswith("nama berkas atau folder kosong; sebutkan namanya")
    assert state(tmp_path) == before


def test_folders_made_for_an_output_that_is_not_written_are_removed(run, tmp_path, monkeypatch):
    import lkj.write

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lkj.write.os, "fsync", full)
    out = tmp_path / "a" / "b" / "c" / "laporan.docx"
    refused(run("build", SUKAMAJU, "-o", out), out)
    assert list(tmp_path.iterdir()) == []
