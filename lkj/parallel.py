"""The other cores: work done in forked processes while this one goes on.

A forked child starts in milliseconds with every module imported and every object in place, so it can
take any piece of work that returns picklable data. Where the platform cannot fork, or has one core, or a
child fails, the work is simply done here: the result is the same either way, only the time differs.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO, Generic, NoReturn, TypeVar

T = TypeVar("T")
R = TypeVar("R")
MAX_WORKERS = 3


def can_fork() -> bool:
    return (os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()


def shared_map(
    work: Callable[[T], R], items: Sequence[T], meanwhile: Callable[[], object] | None = None
) -> list[R]:
    """`[work(item) for item in items]`, shared with forked workers. This process first runs `meanwhile`
    (e.g. the imports the next stage needs) while the workers start on the items, then takes items as
    well: each process takes the next item not yet taken, so the work balances itself however long
    `meanwhile` and each item take. A worker hands each result over as soon as it has it, so that little
    is left to pass on when the last item is done. An item a worker took but did not deliver is done
    here."""
    workers = min(MAX_WORKERS, (os.cpu_count() or 1) - 1) if can_fork() else 0
    taken = _counter() if workers >= 1 and len(items) >= 2 else None
    if taken is None:
        if meanwhile is not None:
            meanwhile()
        return [work(item) for item in items]

    def take() -> Iterator[tuple[int, R]]:
        while True:
            with taken.get_lock():
                index = taken.value
                taken.value += 1
            if index >= len(items):
                return
            yield index, work(items[index])

    others = [_Child(take) for _ in range(workers)]
    try:
        if meanwhile is not None:
            meanwhile()
        results = dict(take())
    except BaseException:
        for other in others:
            other.stop()
        raise
    for other in others:
        results.update(other.frames())
    return [results[i] if i in results else work(items[i]) for i in range(len(items))]


def _counter() -> Any:
    """A counter shared with forked children, or None where there is none (no shared semaphores)."""
    try:
        return multiprocessing.get_context("fork").Value("i", 0)
    except OSError:
        return None


class _Child:
    """A forked child whose output is a series of pickled frames in a file of its own: it never waits
    for this process to read, and what it wrote before failing still counts."""

    def __init__(self, produce: Callable[[], Iterator[object]]) -> None:
        self._pid: int | None = None  # None: no child, its work is done by the parent
        self._file: BinaryIO | None = None
        try:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed in frames())
            self._pid = os.fork()
        except OSError:  # no temporary folder to write in, or no process to spare
            if self._file is not None:
                self._file.close()
            return
        if self._pid == 0:
            _run_child(produce, self._file)

    def stop(self) -> None:
        """The child's work is no longer wanted (this process failed meanwhile): end it now."""
        if self._pid:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            self._pid = None
        if self._file is not None:
            self._file.close()

    def frames(self) -> list[Any]:
        if self._pid is None:
            return []
        os.waitpid(self._pid, 0)
        found: list[Any] = []
        assert self._file is not None
        with self._file as stream:
            stream.seek(0)
            data = stream.read()
        offset = 0
        while offset + 8 <= len(data):
            size = int.from_bytes(data[offset : offset + 8], "little")
            if offset + 8 + size > len(data):
                break  # the child stopped in the middle of a frame
            found.append(pickle.loads(data[offset + 8 : offset + 8 + size]))
            offset += 8 + size
        return found


def _run_child(produce: Callable[[], Iterator[object]], stream: BinaryIO) -> NoReturn:
    """In the child: write each frame of `produce()` as it comes, then exit without running anything
    the parent registered for its own exit (atexit handlers, buffered output)."""
    code = 0
    try:
        for frame in produce():
            data = pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL)
            stream.write(len(data).to_bytes(8, "little") + data)
        stream.flush()
    except BaseException:  # e.g. a frame that cannot be pickled: the parent does the rest itself
        code = 1
    finally:
        os._exit(code)


class Alongside(Generic[T]):
    """`work()` run in a forked child from now on (if `fork` and the platform can); `result()` waits for
    its result. An exception raised by the work is raised by `result()`, with the child's traceback as a
    note. Should the child deliver nothing (it was not forked, or died), `result()` does the work itself.
    Used as a context manager, a child whose result was never asked for is stopped on leaving."""

    def __init__(self, work: Callable[[], T], fork: bool = True) -> None:
        self._work = work
        self._child = _Child(lambda: _outcome(work)) if fork and can_fork() else None

    def __enter__(self) -> Alongside[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._child is not None:
            self._child.stop()
            self._child = None

    def result(self) -> T:
        frames = self._child.frames() if self._child is not None else []
        self._child = None
        if not frames:
            return self._work()
        ok, payload = frames[0]
        if ok:
            return payload
        raise payload


def _outcome(work: Callable[[], object]) -> Iterator[tuple[bool, object]]:
    """The work's result, or the exception it raised; one that cannot be pickled is not delivered, so
    the parent does the work again itself and meets the same outcome there."""
    try:
        outcome: tuple[bool, object] = (True, work())
    except BaseException as exc:
        exc.add_note("".join(traceback.format_exception(exc)).rstrip())
        outcome = (False, exc)
    yield outcome
