"""The other cores: work done in forked processes while this one goes on.

A forked child starts in milliseconds with every module imported and every object in place, so it can
take any piece of work that returns picklable data. Where the platform cannot fork, or has one core, or a
child fails, the work is simply done here: the result is the same either way, only the time differs.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import signal
import tempfile
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO, Generic, NoReturn, TypeVar

T = TypeVar("T")
R = TypeVar("R")
MAX_WORKERS = 3
# How a stage has a list of work done (`each(work, items)`: the results, in order): one by one here, or
# shared with workers (shared_map), as the pipeline decides.
Each = Callable[[Callable[[Any], Any], Sequence[Any]], list[Any]]


def one_by_one(work: Callable[[T], R], items: Sequence[T]) -> list[R]:
    return [work(item) for item in items]


def can_fork() -> bool:
    return (os.cpu_count() or 1) >= 2 and hasattr(os, "fork")


def shared_map(
    work: Callable[[T], R],
    items: Sequence[T],
    meanwhile: Callable[[], object] | None = None,
    fork: bool = True,
) -> list[R]:
    """`[work(item) for item in items]`, shared with forked workers (SharedWork), this process running
    `meanwhile` (e.g. the imports the next stage needs) before it takes items as well."""
    with SharedWork(work, items, fork) as shared:
        if meanwhile is not None:
            meanwhile()
        return shared.results()


class SharedWork(Generic[T, R]):
    """`[work(item) for item in items]`, shared with forked workers, which start on the items at once;
    `results()` has this process take items as well, then gathers all. Each process takes the next item
    not yet taken, so the work balances itself however long this process was busy meanwhile and each
    item takes: with a single item, a worker does it while this process does something else (unless
    this process asks for the result before the worker took it). A worker hands each result over as
    soon as it has it, and this process loads what was handed over between its own items, so that
    little is left to load when the last item is done; an item a worker took but did not deliver is
    done here. With `fork` false (or where the platform cannot), all is done here. As a context
    manager, workers whose results were never asked for are stopped on leaving."""

    def __init__(self, work: Callable[[T], R], items: Sequence[T], fork: bool = True) -> None:
        self._work, self._items = work, items
        workers = min(MAX_WORKERS, (os.cpu_count() or 1) - 1, len(items)) if fork and can_fork() else 0
        self._taken = _counter() if workers >= 1 and items else None
        self._others = [_Child(self._take) for _ in range(workers)] if self._taken is not None else []

    def __enter__(self) -> SharedWork[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        for other in self._others:
            other.stop()
        self._others = []
        if self._taken is not None:
            self._taken.close()

    def _take(self) -> Iterator[tuple[int, R]]:
        if self._taken is None:
            yield from enumerate(self._work(item) for item in self._items)
            return
        while True:
            index = self._taken.take()
            if index >= len(self._items):
                return
            yield index, self._work(self._items[index])

    def results(self) -> list[R]:
        results: dict[int, R] = {}
        for index, result in self._take():
            results[index] = result
            for other in self._others:  # what the others handed over meanwhile, loaded while they go on
                other.gather()
        for other in self._others:
            results.update(other.frames())
        self._others = []
        return [results[i] if i in results else self._work(item) for i, item in enumerate(self._items)]


class _Counter:
    """The number of items taken, shared with forked children: a word of shared memory, whose lock is a
    byte in a pipe (taken by reading it, given back by writing it, as GNU make's jobserver hands out its
    tokens). multiprocessing's shared values cost a sixtieth of a second to import and set up."""

    def __init__(self) -> None:
        self._memory = mmap.mmap(-1, 8)  # anonymous and shared: the same page in every forked child
        self._lock, self._unlock = os.pipe()
        os.write(self._unlock, b"\0")

    def take(self) -> int:
        """The count before this call, counted up by one."""
        os.read(self._lock, 1)  # waits while another process holds the byte
        try:
            taken = int.from_bytes(self._memory[:8], "little")
            self._memory[:8] = (taken + 1).to_bytes(8, "little")
        finally:
            os.write(self._unlock, b"\0")
        return taken

    def close(self) -> None:
        os.close(self._lock)
        os.close(self._unlock)
        self._memory.close()


def _counter() -> _Counter | None:
    """A counter shared with forked children, or None where there is none."""
    try:
        return _Counter()
    except OSError:
        return None


class _Child:
    """A forked child whose output is a series of pickled frames in a file of its own: it never waits
    for this process to read, and what it wrote before failing still counts."""

    def __init__(self, produce: Callable[[], Iterator[object]]) -> None:
        self._pid: int | None = None  # None: no child, its work is done by the parent
        self._file: BinaryIO | None = None
        self._loaded: list[Any] = []  # frames read so far, up to byte _offset of the file
        self._offset = 0
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

    def gather(self) -> None:
        """Load the frames the child has written completely since the last call (the file's offset is
        the child's: the parent only reads at positions)."""
        if self._pid is None or self._file is None:
            return
        data = os.pread(self._file.fileno(), 1 << 30, self._offset)
        offset = 0
        while offset + 8 <= len(data):
            size = int.from_bytes(data[offset : offset + 8], "little")
            if offset + 8 + size > len(data):
                break  # not written completely yet (or the child stopped in the middle of it)
            self._loaded.append(pickle.loads(data[offset + 8 : offset + 8 + size]))
            offset += 8 + size
        self._offset += offset

    def frames(self) -> list[Any]:
        """Every frame the child wrote, once it has ended."""
        if self._pid is None:
            return []
        os.waitpid(self._pid, 0)
        self.gather()
        assert self._file is not None
        self._file.close()
        return self._loaded


def _run_child(produce: Callable[[], Iterator[object]], stream: BinaryIO) -> NoReturn:
    """In the child: write each frame of `produce()` as it comes, then exit without running anything
    the parent registered for its own exit (atexit handlers, buffered output)."""
    code = 0
    try:
        for frame in produce():
            data = pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL)
            stream.write(len(data).to_bytes(8, "little") + data)
            stream.flush()  # whole, for the parent to load while this goes on
    except BaseException:  # e.g. a frame that cannot be pickled: the parent does the rest itself
        code = 1
    finally:
        os._exit(code)
