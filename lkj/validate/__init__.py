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

from lkj.findings import Finding
from lkj.model import Dataset
from lkj.read import read_folder
from lkj.stopwatch import Stopwatch


def rule_sets() -> tuple[ModuleType, ...]:
    """The rule modules, each registering its rules in lkj.findings.RULES. They are imported when first
    asked for, with the computation they share: by validate_folder while worker processes read, so that
    the workers start sooner."""
    from lkj.validate import rules_bidang, rules_cross, rules_instansi, rules_report

    return (rules_instansi, rules_bidang, rules_cross, rules_report)


@dataclass(frozen=True)
class Validation:
    dataset: Dataset
    findings: tuple[Finding, ...]

    @property
    def workbooks(self) -> int:
        instansi = 1 if self.dataset.instansi else 0
        return instansi + len(self.dataset.bidang)


def validate_folder(
    folder: Path, watch: Stopwatch | None = None, meanwhile: Callable[[], object] | None = None
) -> Validation:
    """`meanwhile`: work for this process while worker processes read the workbooks (read_folder)."""

    def alongside() -> None:
        rule_sets()
        if meanwhile is not None:
            meanwhile()

    with Stopwatch.stage(watch, "read"):
        read = read_folder(folder, alongside)
    with Stopwatch.stage(watch, "validate"):
        return Validation(read.dataset, read.findings + validate_dataset(read.dataset))


def validate_dataset(dataset: Dataset) -> tuple[Finding, ...]:
    """The findings of every rule over an already-read dataset (reader findings not included)."""
    from lkj.compute.policy import policy_of

    policy = policy_of(dataset.instansi)
    found: list[Finding] = []
    for rules in rule_sets():
        found.extend(rules.check(dataset, policy))
    return tuple(found)
