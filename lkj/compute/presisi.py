"""The precision figures are printed with. A figure staff typed prints with the decimals they typed, in
every table, sentence and chart alike (the reader keeps them, also those only the cell's number format
shows: 3,40 is Decimal("3.40")): a target typed 60 reads 60 beside a realisation typed 91,375, never
60,000, and nothing typed is ever rounded away. A figure the tool computes from them carries its own:
a computed realisation its Jumlah Desimal, a difference of two typed figures the decimals of the finer
one (exact, so the reader's pencil finds it again), a percentage two decimals."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from lkj.indonesian import angka

# A computed realisation (lkj.compute.sumber) is rounded to the indicator's Jumlah Desimal, 2 when empty
DEFAULT_COMPUTED = 2


def as_typed(value: Decimal) -> str:
    """A figure with the decimals it was typed (or computed) with: 60 → "60", 91.375 → "91,375", 3.40 →
    "3,40"."""
    return angka(value, desimal(value))


def desimal(value: Decimal | None) -> int:
    """The decimals a value was typed with: Decimal("3.40") → 2, Decimal("90") → 0 (its exponent, never
    normalised: the trailing zeros are what was typed)."""
    if value is None:
        return 0
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def bersama(values: Iterable[Decimal | None]) -> int:
    """One precision for bounds shown together as one table's column (a conversion table's bands): the
    most decimals any of them was typed with."""
    return max((desimal(v) for v in values), default=0)
