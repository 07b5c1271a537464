"""Align two long sequences (the blocks of two reports) the way `difflib.SequenceMatcher.get_opcodes`
does, in near-linear time: items that occur once in each sequence anchor the alignment (patience
diff), and difflib only compares the short stretches between anchors. On a report of tens of
thousands of blocks with many repeated ones ("[grafik]", the same sentence per indicator) difflib
alone is quadratic."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]


def opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Opcode]:
    out: list[Opcode] = []
    i0 = j0 = 0
    for i, j in [*_anchors(a, b), (len(a), len(b))]:
        if i > i0 or j > j0:
            matcher = SequenceMatcher(None, a[i0:i], b[j0:j], autojunk=False)
            for op, i1, i2, j1, j2 in matcher.get_opcodes():
                _add(out, (op, i0 + i1, i0 + i2, j0 + j1, j0 + j2))
        if i < len(a):
            _add(out, ("equal", i, i + 1, j, j + 1))
        i0, j0 = i + 1, j + 1
    return out


def _anchors(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[int, int]]:
    """Pairs (i, j) of items unique in both sequences, the longest chain increasing in both."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {item: j for j, item in enumerate(b) if count_b[item] == 1}
    pairs = [(i, where_b[item]) for i, item in enumerate(a) if count_a[item] == 1 and item in where_b]
    # longest increasing subsequence of the j's (pairs are already increasing in i)
    tails: list[int] = []  # tails[k]: smallest j ending a chain of length k + 1
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(n)
        else:
            tails[k] = j
            tail_index[k] = n
        previous[n] = tail_index[k - 1] if k > 0 else -1
    chain = []
    n = tail_index[-1] if tail_index else -1
    while n >= 0:
        chain.append(pairs[n])
        n = previous[n]
    return chain[::-1]


def _add(out: list[Opcode], op: Opcode) -> None:
    """Append, merging with the previous opcode when both are equal runs that touch."""
    if out and out[-1][0] == op[0] == "equal" and out[-1][2] == op[1] and out[-1][4] == op[3]:
        last = out[-1]
        out[-1] = ("equal", last[1], op[2], last[3], op[4])
    else:
        out.append(op)
