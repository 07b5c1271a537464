"""Where lkj's work runs: worker processes, never the server's own threads.

Processes started fresh (spawn, on every platform alike): a pool of quick workers for the checks a page
waits for (an upload, a handout, an annotated copy), and a process of its own for each build or
comparison, which a page only watches (and which is ended when the server stops). So an upload is
checked while a build runs, a hostile workbook is parsed in a process the server survives, and lkj's own
forking (lkj.parallel) happens in a single-threaded process. A pool whose process died (the system ended
it, say) is replaced for the next job, and the job is told as failed.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import pickle
import shutil
import tempfile
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import SpawnProcess
from pathlib import Path
from typing import Any, TypeVar

from lkj.web import actions
from lkj.web.state import write_json

T = TypeVar("T")
QUICK_WORKERS = 2
QUICK_TIMEOUT = 300  # seconds: far beyond any real workbook, which takes a fraction of one


class WorkerLost(Exception):
    """The process doing a job ended before it gave an answer, or took too long."""


class Workers:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._quick: ProcessPoolExecutor | None = None
        self._slow: list[tuple[SpawnProcess, Path]] = []  # each with the folder of its answer

    def _pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._quick is None:
                self._quick = ProcessPoolExecutor(QUICK_WORKERS, mp_context=_SPAWN)
            return self._quick

    def _drop_pool(self) -> None:
        with self._lock:
            self._quick = None

    def call(self, work: Callable[..., T], *args: Any) -> T:
        """`work(*args)` in a quick worker, waited for."""
        try:
            future = self._pool().submit(work, *args)
        except BrokenProcessPool:  # its process died at an earlier job: a new pool for this one
            self._drop_pool()
            future = self._pool().submit(work, *args)
        try:
            return future.result(QUICK_TIMEOUT)
        except (BrokenProcessPool, TimeoutError) as exc:
            self._drop_pool()
            raise WorkerLost(str(exc)) from exc

    def start(
        self, work: Callable[..., T], args: tuple[Any, ...], done: Callable[[T | BaseException], None]
    ) -> None:
        """`work(*args)` in a process of its own, not waited for; `done` is given what it returned, or
        what it raised (WorkerLost when it ended without an answer), from another thread."""
        answer = Path(tempfile.mkdtemp(prefix="lkj-web-job-")) / "hasil.pickle"
        process = _SPAWN.Process(target=_answer, args=(work, args, answer), daemon=True)
        with self._lock:
            self._slow = [(p, folder) for p, folder in self._slow if p.is_alive()]
            self._slow.append((process, answer.parent))
        process.start()
        threading.Thread(target=self._watch, args=(process, answer, done), daemon=True).start()

    @staticmethod
    def _watch(process: SpawnProcess, answer: Path, done: Callable[[Any], None]) -> None:
        process.join()
        try:
            outcome = pickle.loads(answer.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError):
            outcome = WorkerLost(f"proses pekerja berakhir dengan kode {process.exitcode}")
        finally:
            shutil.rmtree(answer.parent, ignore_errors=True)
        done(outcome)

    def close(self) -> None:
        """Stop every worker: a build still running is ended (it is told as stopped at the next start)."""
        with self._lock:
            pool, self._quick = self._quick, None
            slow, self._slow = self._slow, []
        for process, folder in slow:
            if process.is_alive():
                process.terminate()
                process.join()
            shutil.rmtree(folder, ignore_errors=True)  # its watcher may not get to it: the server ends
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


_SPAWN = multiprocessing.get_context("spawn")


class JobFailed(Exception):
    """A job raised what lkj does not expect (a bug): `str()` is its traceback, for the server's log."""


def _answer(work: Callable[..., Any], args: tuple[Any, ...], answer: Path) -> None:
    """In the worker: `work(*args)`, what it returned pickled into `answer`, or the failure."""
    try:
        outcome: Any = work(*args)
    except Exception:
        outcome = JobFailed(traceback.format_exc())
    answer.write_bytes(pickle.dumps(outcome))


SELF_CHECK = "periksa"  # the stage after the report: the LKE self-check of the same inputs


def build(inputs: Path, out: Path, pdf: bool, progress: Path, kertas_kerja: Path, kind: str) -> actions.Built:
    """actions.build of `kind` (konsep or final), telling each stage in `progress`, then, when the report
    was written, the self-check of the same inputs with its kertas kerja (a worker's job: module-level,
    so it can be sent)."""

    def tell(stage: str) -> None:
        write_json(progress, {"tahap": stage})

    built = actions.build(inputs, out, pdf=pdf, progress=tell, kind=kind)
    if built.docx is None:
        return built
    tell(SELF_CHECK)
    return dataclasses.replace(built, self_check=actions.self_check(inputs, kertas_kerja))
