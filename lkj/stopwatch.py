"""Where the time of one run goes, stage by stage (read, validate, compute, render, write).

The pipeline functions take an optional Stopwatch; the benchmark (bench/run.py) passes one and prints
the laps. Without one, nothing is measured.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from time import perf_counter


class Stopwatch:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}

    @contextmanager
    def _lap(self, name: str) -> Iterator[None]:
        start = perf_counter()
        try:
            yield
        finally:
            self.laps[name] = self.laps.get(name, 0.0) + perf_counter() - start

    @staticmethod
    def stage(watch: Stopwatch | None, name: str) -> AbstractContextManager[None]:
        return watch._lap(name) if watch is not None else nullcontext()
