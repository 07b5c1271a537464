"""A computed figure that remembers how it was computed: the rule, its formula and its inputs.

The report prints `value`; `lkj hitung --rinci` and the reviewers' diff print `explain()`, which names every
input with the workbook cell it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkj.indonesian import angka, rounded
from lkj.model import CellRef
from lkj.quick import quick_init


def ringkas(value: Decimal) -> str:
    """An input as a reviewer reads it: at most four decimals, no trailing zeros (105,5556)."""
    return angka(rounded(value, 4).normalize()) if value.as_tuple().exponent < -4 else angka(value)  # type: ignore[operator]


@quick_init
@dataclass(frozen=True)
class Input:
    label: str
    value: Decimal | str | None
    where: CellRef | None = None

    def __str__(self) -> str:
        shown = (
            "kosong"
            if self.value is None
            else (ringkas(self.value) if isinstance(self.value, Decimal) else self.value)
        )
        return f"{self.label} {shown}" + (f" [{self.where}]" if self.where and self.where.file else "")


@quick_init
@dataclass(frozen=True)
class Figure:
    value: Decimal | None
    rule: str  # a key of lkj.compute.rules.RULES
    inputs: tuple[Input, ...] = ()
    note: str = ""  # why the value is missing, or what was adjusted (capped, floored, converted)

    @property
    def known(self) -> bool:
        return self.value is not None

    def explain(self) -> str:
        from lkj.compute.rules import RULES

        rule = RULES[self.rule]
        value = "tidak dihitung" if self.value is None else angka(self.value, 2)
        parts = [f"{value} — {rule.name}: {rule.formula}"]
        if self.inputs:
            parts.append("; ".join(str(i) for i in self.inputs))
        if self.note:
            parts.append(self.note)
        return " · ".join(parts)


def missing(rule: str, note: str, *inputs: Input) -> Figure:
    return Figure(None, rule, tuple(inputs), note)
