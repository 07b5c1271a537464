"""Work on other cores gives what the same work gives here, and survives a worker that fails."""

from __future__ import annotations

import os
import zipfile

import pytest

from lkj import parallel
from lkj.diff.dump import dump
from lkj.parallel import SharedWork, shared_map
from lkj.render.narasi import TemplateProblem

PARENT = os.getpid()
needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="this platform cannot fork")


def _square_where(n: int) -> tuple[int, bool]:
    return n * n, os.getpid() == PARENT


@needs_fork
def test_shared_map_gives_every_result_in_order_and_shares_the_work():
    def slow_start() -> None:
        import time

        time.sleep(0.2)  # the worker starts meanwhile

    results = shared_map(_square_where, list(range(200)), slow_start)
    assert [r for r, _ in results] == [n * n for n in range(200)]
    assert not all(here for _, here in results)  # a worker did some of it


@needs_fork
def test_items_a_worker_fails_on_are_done_here():
    def fragile(n: int) -> int:
        if os.getpid() != PARENT and n % 7 == 3:
            os._exit(9)  # the worker dies on these (in the parent they work)
        return n + 1

    assert shared_map(fragile, list(range(60))) == [n + 1 for n in range(60)]


def test_without_fork_the_work_is_done_here(monkeypatch):
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    assert shared_map(_square_where, [1, 2, 3]) == [(1, True), (4, True), (9, True)]
    assert SharedWork(_square_where, [5, 6]).results() == [(25, True), (36, True)]


@needs_fork
def test_an_item_that_fails_in_a_worker_fails_here_as_it_would_alone():
    def broken(n: int) -> int:
        if n == 3:
            raise TemplateProblem("Templat teks 'narasi/x.j2' tidak ditemukan di folder templat.")
        return n

    with pytest.raises(TemplateProblem, match=r"narasi/x\.j2"):
        shared_map(broken, list(range(40)))


@pytest.mark.parametrize(
    ("segment", "pack_from"), [(1 << 20, 1 << 30), (4096, 1024)], ids=["tanpa-kemas", "bagian-dikemas"]
)
def test_a_large_report_is_the_same_made_in_one_process_or_two(tmp_path, monkeypatch, segment, pack_from):
    from bench.fastxlsx import write_dataset
    from bench.synth import Size, dataset
    from lkj import pipeline
    from lkj.render import blocks, package
    from tests.conftest import build

    # packed or not where the blocks are made (Content.pack), in small segments or not
    monkeypatch.setattr(package, "SEGMENT", segment)
    # ISA-L's fast deflate gives another (valid) stream for the same input about once in five thousand
    # small pieces, whatever process makes it: the processes are compared with zlib's, which does not
    import zlib

    monkeypatch.setattr(package, "isal_zlib", zlib)
    monkeypatch.setattr(blocks, "PACK_FROM", pack_from)
    folder = tmp_path / "masukan"
    write_dataset(dataset(Size(bidang=6, sub_kegiatan=120, indikator=18)), folder, 2024)
    built = {}
    for label, threshold in (("satu", 10**9), ("dua", 0)):
        monkeypatch.setattr(pipeline, "RENDER_PARALLEL_FROM", threshold)
        built[label] = build(folder, tmp_path / f"{label}.docx")
    assert built["satu"].read_bytes() == built["dua"].read_bytes()
    with zipfile.ZipFile(built["dua"]) as zf:
        assert zf.testzip() is None
    assert "1.01.01.2.01.0001" in dump(built["dua"])  # the big table reads back


@needs_fork
def test_a_broken_template_met_in_the_second_process_is_reported_as_here(tmp_path, monkeypatch):
    import shutil

    from lkj import pipeline
    from tests.conftest import ROOT, SUKAMAJU

    monkeypatch.setattr(pipeline, "RENDER_PARALLEL_FROM", 0)  # BAB IV is made in the second process
    templates = tmp_path / "templat"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "narasi" / "kesimpulan.j2").write_text("{{ tidak_ada }}", encoding="utf-8")
    from tests.conftest import build

    out = tmp_path / "laporan.docx"
    with pytest.raises(TemplateProblem, match=r"narasi/kesimpulan\.j2"):
        build(SUKAMAJU, out, templates)
    assert not out.exists()


def test_no_temporary_folder_means_no_second_process_not_a_failure(tmp_path, monkeypatch):
    import tempfile

    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError("read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    assert shared_map(_square_where, list(range(20))) == [(n * n, True) for n in range(20)]


@needs_fork
def test_workers_no_longer_wanted_are_stopped(tmp_path):
    import time

    marker = tmp_path / "pid"

    def long_work(n: int) -> None:
        if os.getpid() != PARENT:
            marker.write_text(str(os.getpid()))
            time.sleep(60)

    with pytest.raises(ValueError), SharedWork(long_work, list(range(10))):
        while not marker.exists() or not marker.read_text():
            time.sleep(0.01)
        raise ValueError("proses utama gagal")
    with pytest.raises(ProcessLookupError):
        os.kill(int(marker.read_text()), 0)  # ended and reaped, not left running


@needs_fork
def test_work_shared_many_times_leaves_no_file_open():
    before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None
    for _ in range(30):
        assert shared_map(lambda n: n * 2, list(range(5))) == [0, 2, 4, 6, 8]
    if before is not None:
        assert len(os.listdir("/proc/self/fd")) == before


@needs_fork
def test_a_single_item_is_done_by_a_worker_while_this_process_goes_on():
    import time

    with SharedWork(_square_where, [7]) as aside:
        time.sleep(0.3)  # this process busy meanwhile
        assert aside.results() == [(49, False)]
