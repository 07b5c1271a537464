"""Findings: what the reader and the validator tell a sub-coordinator, each pointing at a cell.

Every rule is a constant of the module that checks it (`Rule("cross.pk-budget", E, "…")`, exported in its
RULES), with a stable code and a fixed severity; a finding is made from the rule, so no code chooses a
severity. An error blocks the build; a warning is printed (and optionally annexed to the report); a
notice is information only (e.g. a stray file that was skipped). lkj.docs.catalogue() gathers them all.

Gaps are one family of warnings: data of the year not entered yet ("belum diisi": an empty pagu, a
realisation, a PK not made yet). The report can still be drafted from what is there; a final report
needs them filled. Errors stay for what makes the data unreadable or ambiguous, and for rows that cannot
be placed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from lkj.model import CellRef


class Severity(IntEnum):
    NOTICE = 0
    WARNING = 1
    ERROR = 2

    @property
    def key(self) -> str:
        return ("info", "warning", "error")[self]

    @property
    def label(self) -> str:
        return ("CATATAN", "PERINGATAN", "GALAT")[self]


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    title: str  # Bahasa Indonesia, for the rule catalogue in the docs
    gap: bool = False  # of the "belum diisi" family (a warning)
    # a contradiction or omission that a konsep may carry but a final report may not (gaps always do)
    final: bool = False

    def __post_init__(self) -> None:
        assert not self.gap or self.severity is Severity.WARNING, f"{self.code}: a gap is a warning"

    @property
    def blocks_final(self) -> bool:
        return self.gap or self.final or self.severity is Severity.ERROR


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    file: str
    sheet: str
    cell: str
    message: str
    gap: bool = False  # its rule's: data not entered yet (the JSON form leaves it to the code)
    blocks_final: bool = False  # its rule's: a final report may not be built while it stands

    def as_dict(self) -> dict[str, str]:
        """The JSON form: exactly these six keys."""
        return {
            "severity": self.severity.key,
            "code": self.code,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "message": self.message,
        }

    @property
    def where(self) -> str:
        place = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return place


def named(ref: CellRef) -> str:
    """The other cell a contradiction names in its message: "'00-instansi.xlsx' PK Target!C14"."""
    return f"'{ref.file}' {ref.sheet}!{ref.cell}"


def finding(rule: Rule, where: CellRef | None, message: str) -> Finding:
    ref = where or CellRef("", "", "")
    return Finding(
        rule.severity,
        rule.code,
        printable(ref.file),
        printable(ref.sheet),
        ref.cell,
        printable(message),
        rule.gap,
        rule.blocks_final,
    )


# Characters that no message should print as they are: controls (an escape sequence would drive the
# terminal), format characters (direction overrides among them), line separators, private-use,
# unassigned and surrogate code points
_UNSHOWN = {"Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"}


def printable(text: str) -> str:
    """Text as a finding prints it, whatever a workbook or a file name held: the characters above are
    written as an escape (\\x1b, \\u202e), so that every message is one line of plain, valid text."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _UNSHOWN else ch
        for ch in text
    )


def has_errors(findings: list[Finding] | tuple[Finding, ...]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
