"""Stage 2, validate: every problem of an input folder, at once, each pointing at a cell.

The reader's findings (files, sheets, cell types) come first; the rules in this package add what can only
be seen on the whole model: duplicates, orphans, budgets and targets that disagree across workbooks, and
what the report would have to leave empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from lkj.findings import Finding, Rule, has_errors
from lkj.model import Dataset
from lkj.parallel import SharedWork
from lkj.read import PARALLEL_FROM, ReadResult, read_folder
from lkj.settings import Settings
from lkj.stopwatch import Stopwatch
from lkj.validate import rules_bidang, rules_cross, rules_instansi, rules_report

T = TypeVar("T")


# The rule modules, in the order their findings are told: each exports its rules (RULES) and a check.
RULE_SETS: tuple[ModuleType, ...] = (rules_instansi, rules_bidang, rules_cross, rules_report)
RULES: tuple[Rule, ...] = tuple(rule for rules in RULE_SETS for rule in rules.RULES)


@dataclass(frozen=True)
class Validation:
    dataset: Dataset
    settings: Settings
    findings: tuple[Finding, ...]

    @property
    def workbooks(self) -> int:
        instansi = 1 if self.dataset.instansi else 0
        return instansi + len(self.dataset.bidang)


def validate_folder(
    folder: Path, watch: Stopwatch | None = None, meanwhile: Callable[[], object] | None = None
) -> Validation:
    """`meanwhile`: work for this process while worker processes read the workbooks (read_folder)."""
    with Stopwatch.stage(watch, "read"):
        read = _read(folder, meanwhile)
    with Stopwatch.stage(watch, "validate"):
        return Validation(read.dataset, read.settings, read.findings + _rules(read))


def validate_folder_while(
    folder: Path, work: Callable[[ReadResult], T], meanwhile: Callable[[], object] | None = None
) -> tuple[Validation, T | None]:
    """validate_folder, and `work(dataset)` (the build's computation, say) done in this process while a
    forked worker runs the rules over a large input: the rules then cost no time of their own. `work`
    is not done when the reader already found errors; on data the rules refuse it may fail, and then
    gives None (the rules' findings say why). Failing on data the rules accept, it raises."""
    read = _read(folder, meanwhile)
    if has_errors(read.findings):
        return Validation(read.dataset, read.settings, read.findings + _rules(read)), None
    failure: Exception | None = None
    large = len(read.dataset.bidang) >= PARALLEL_FROM  # as many workbooks as are read in parallel
    with SharedWork(_rules, [read], fork=large) as rules:
        try:
            done: T | None = work(read)
        except Exception as exc:  # reported below, unless the rules explain it
            done, failure = None, exc
        validation = Validation(read.dataset, read.settings, read.findings + rules.results()[0])
    if failure is not None and not has_errors(validation.findings):
        raise failure
    return validation, done


def _read(folder: Path, meanwhile: Callable[[], object] | None) -> ReadResult:
    return read_folder(folder, meanwhile)


def _rules(read: ReadResult) -> tuple[Finding, ...]:
    return validate_dataset(read.dataset, read.settings)


def validate_dataset(dataset: Dataset, settings: Settings) -> tuple[Finding, ...]:
    """The findings of every rule over an already-read dataset (reader findings not included)."""
    found: list[Finding] = []
    for rules in RULE_SETS:
        found.extend(rules.check(dataset, settings))
    return tuple(found)
