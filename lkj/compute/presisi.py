"""The precision figures are printed with: a figure staff typed keeps the decimals they typed it with (the
reader keeps them, also those only the cell's number format shows: 3,40 is Decimal("3.40")), and the
figures of one indicator share one precision, the most decimals any of them was typed with, so that a
target 3 stands as 3,00 beside a realisation 2,79 and nothing typed is ever rounded away."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from lkj.indonesian import rounded
from lkj.model import Target

# A computed realisation (lkj.compute.sumber) is rounded to the indicator's Jumlah Desimal, 2 when empty
DEFAULT_COMPUTED = 2


def printed_difference(now: Decimal, before: Decimal, places: int | None) -> Decimal:
    """now − before as the reader computes it from the two figures printed beside it (each rounded to
    `places`, or as they are): the difference printed is never off by the rounding of its operands. The
    report and `lkj hitung` print it at `places` too, the indicator's one precision."""
    if places is None:
        return now - before
    return rounded(now, places) - rounded(before, places)


def printed_relative(now: Decimal, before: Decimal, places: int | None) -> Decimal | None:
    """The change relative to the earlier figure as printed (%), as printed_difference computes the change:
    the reader's pencil finds it again (None when the earlier figure prints as 0)."""
    earlier = before if places is None else rounded(before, places)
    if not earlier:
        return None
    return printed_difference(now, before, places) / abs(earlier) * 100


def desimal(value: Decimal | None) -> int:
    """The decimals a value was typed with: Decimal("3.40") → 2, Decimal("90") → 0 (its exponent, never
    normalised: the trailing zeros are what was typed)."""
    if value is None:
        return 0
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def desimal_target(target: Target | None) -> int:
    if target is None or target.kategori is not None:
        return 0  # a kategori target prints as its label; its number is the table's, not typed
    return max(desimal(target.low), desimal(target.high))


def bersama(values: Iterable[Decimal | None], targets: Iterable[Target | None] = ()) -> int:
    """One precision for figures shown together: the most decimals any of them was typed with."""
    return max([desimal(v) for v in values] + [desimal_target(t) for t in targets], default=0)
