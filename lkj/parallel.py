"""The other cores: work done in forked processes while this one goes on.

A forked child starts in milliseconds with every module imported and every object in place, so it can
take any piece of work that returns picklable data. Where the platform cannot fork, or has one core, or a
child fails, the work is simply done here: the result is the same either way, only the time differs.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, NoReturn, TypeVar

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
    `meanwhile` and each item take. A worker hands each result over as soon as it has it (pickled into a
    file of its own), so that little is left to pass on when the last item is done. An item a worker took
    but did not deliver is done here."""
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

    others = [_Worker(take) for _ in range(workers)]
    if meanwhile is not None:
        meanwhile()
    results = dict(take())
    for other in others:
        results.update(other.results())
    return [results[i] if i in results else work(items[i]) for i in range(len(items))]


def _counter() -> Any:
    """A counter shared with forked children, or None where there is none (no shared semaphores)."""
    try:
        return multiprocessing.get_context("fork").Value("i", 0)
    except OSError:
        return None


class _Worker:
    """A forked child that writes each (index, result) of `produce()` to a file as soon as it is made."""

    def __init__(self, produce: Callable[[], Iterator[tuple[int, object]]]) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 (read back and closed in results())
        try:
            self._pid: int | None = os.fork()
        except OSError:
            self._pid = None  # no worker: its share is done by the parent
        if self._pid == 0:
            code = 0
            try:
                for pair in produce():
                    frame = pickle.dumps(pair, protocol=pickle.HIGHEST_PROTOCOL)
                    self._file.write(len(frame).to_bytes(8, "little") + frame)
                self._file.flush()
            except BaseException:
                code = 1  # what was written still counts; the rest is done by the parent
            finally:
                os._exit(code)

    def results(self) -> dict[int, Any]:
        if self._pid is not None:
            os.waitpid(self._pid, 0)
        found: dict[int, Any] = {}
        with self._file as stream:
            stream.seek(0)
            data = stream.read()
        offset = 0
        while offset + 8 <= len(data):
            size = int.from_bytes(data[offset : offset + 8], "little")
            frame = data[offset + 8 : offset + 8 + size]
            if len(frame) < size:
                break  # the worker stopped in the middle of a frame
            index, result = pickle.loads(frame)
            found[index] = result
            offset += 8 + size
        return found


class Alongside(Generic[T]):
    """`work()` run in a forked child from now on; `result()` waits for its result. An exception raised
    by the work is raised by `result()`, with the child's traceback as a note. Should the child deliver
    nothing (it could not be forked, or died), the work is done by `result()` itself."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._child: tuple[int, int] | None = None  # pid, read end of the pipe
        if not can_fork():
            return
        try:
            read, write = os.pipe()
            pid = os.fork()
        except OSError:
            return
        if pid == 0:
            os.close(read)
            _deliver(work, write)
        os.close(write)
        self._child = (pid, read)

    def result(self) -> T:
        if self._child is None:
            return self._work()
        pid, read = self._child
        self._child = None
        try:
            with os.fdopen(read, "rb") as stream:
                delivered = stream.read()
        finally:
            os.waitpid(pid, 0)
        try:
            ok, payload = pickle.loads(delivered)
        except Exception:  # nothing, or a truncated result: the child died
            return self._work()
        if ok:
            return payload
        raise payload


def _deliver(work: Callable[[], object], fd: int) -> NoReturn:
    """In the child: run `work`, write its pickled outcome to `fd`, and exit without running anything
    the parent registered for its own exit (atexit handlers, buffered output)."""
    code = 0
    try:
        try:
            outcome: tuple[bool, object] = (True, work())
        except BaseException as exc:
            exc.add_note("".join(traceback.format_exception(exc)).rstrip())
            outcome = (False, exc)
        try:
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # a result or an exception that cannot be pickled
            data = pickle.dumps((False, RuntimeError(f"the outcome of the work cannot be pickled: {exc}")))
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
    except BaseException:
        code = 1
    finally:
        os._exit(code)
