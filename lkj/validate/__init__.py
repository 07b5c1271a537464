"""Stage 2, validate: every problem of an input folder, at once, each pointing at a cell.

The reader's findings (files, sheets, cell types) come first; the rules in this package add what can only
be seen on the whole model: duplicates, orphans, budgets and targets that disagree across workbooks. A
rule module exports its rules (RULES) and a `check(dataset, settings)`; a new one is listed in RULE_SETS.
"""

from __future__ import annotations

from types import ModuleType

from lkj.findings import Finding, Rule
from lkj.read import ReadResult
from lkj.validate import (
    rules_analisis,
    rules_bidang,
    rules_cross,
    rules_ejaan,
    rules_instansi,
    rules_kontradiksi,
    rules_profil,
)

# The rule modules, in the order their findings are told.
RULE_SETS: tuple[ModuleType, ...] = (
    rules_instansi,
    rules_analisis,
    rules_bidang,
    rules_cross,
    rules_kontradiksi,
    rules_profil,
    rules_ejaan,
)
RULES: tuple[Rule, ...] = tuple(rule for rules in RULE_SETS for rule in rules.RULES)


def validate(read: ReadResult) -> tuple[Finding, ...]:
    """The findings of every rule over a folder that has been read (the reader's own not included)."""
    found: list[Finding] = []
    for rules in RULE_SETS:
        found.extend(rules.check(read.dataset, read.settings))
    return tuple(found)


__all__ = ["RULES", "validate"]
