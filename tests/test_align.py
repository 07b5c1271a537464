"""The block alignment of the diff: a valid edit script, as difflib's, in near-linear time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lkj.diff.align import opcodes

items = st.lists(st.sampled_from("abcdefgh") | st.integers(0, 40), max_size=60)


@given(items, items)
def test_opcodes_are_a_valid_edit_script(a, b):
    ops = opcodes(a, b)
    i = j = 0
    for op, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (i, j), "ranges are contiguous"
        assert op in ("equal", "replace", "insert", "delete")
        if op == "equal":
            assert a[i1:i2] == b[j1:j2] and i2 > i1
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))


@given(items)
def test_identical_sequences_are_one_equal_run(a):
    assert opcodes(a, a) == ([("equal", 0, len(a), 0, len(a))] if a else [])


def test_one_inserted_block_among_repeated_ones_is_one_insert():
    old = ["BAB III", "[grafik]", "x", "[grafik]", "y", "[grafik]", "BAB IV"]
    new = ["BAB III", "[grafik]", "x", "[grafik]", "baru", "y", "[grafik]", "BAB IV"]
    assert [op for op in opcodes(old, new) if op[0] != "equal"] == [("insert", 4, 4, 4, 5)]
