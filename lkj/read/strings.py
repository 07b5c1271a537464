"""How much text a workbook's cells make once calamine has placed its shared strings in them.

A cell of type "s" holds an index into xl/sharedStrings.xml, and calamine (then python-calamine's
to_python) makes the string once for every cell that refers to it: one string of 2 MB referred to by
20.000 cells is 40 GB of text, from a file of a megabyte and a half that passes every check on inflated
sizes. The reader therefore counts, before calamine reads anything, the bytes each shared string can
make (the length of its XML, which its text never exceeds) times the cells that refer to it, and refuses
a workbook whose cells would hold more than MAX_CELL_TEXT.

The shared strings are counted one by one when the part has the shape every spreadsheet program writes
(each <si> closed before the next opens; no comment, CDATA or phonetic run that could make calamine's
list differ from the one counted here); any other shape counts the whole part for every reference, a
bound that holds whatever calamine makes of it.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

MAX_CELL_TEXT = 256 * 1024 * 1024  # bytes of cell text in one workbook: the size of its largest part

_NAME = rb"(?:[^\s<>/:!?]+:)?"  # any namespace prefix: calamine reads elements by their local name
_ATTRS = rb"""(?:[^>"']|"[^"]*"|'[^']*')*"""
_ITEM = re.compile(rb"<(/?)(" + _NAME + rb")si(?=[\s/>])" + _ATTRS + rb">")
_TEXT_START = re.compile(rb"<" + _NAME + rb"[tr](?:\s" + _ATTRS + rb")?(?<!/)>")
_IRREGULAR = re.compile(rb"<!--|<!\[CDATA\[|<" + _NAME + rb"rPh[\s/>]")
# A sheet's cell start tags (group 1, from its "c") and value elements (group 2, what they hold)
_CELL_OR_VALUE = re.compile(
    rb"<" + _NAME + rb"(?:(c(?=[\s/>])" + _ATTRS + rb")>|v(?:\s" + _ATTRS + rb")?(?<!/)>([^<]*))"
)
_SHARED_TYPE = re.compile(rb"""\st\s*=\s*(?:"s"|'s')""")
_UNCOUNTED = 1024 * 1024  # a sheet that cannot make more is not counted cell by cell
_INDEX_DIGITS = 18  # more, and calamine's number overflows: it takes the first string


@dataclass(frozen=True)
class SharedStrings:
    """The most bytes each shared string can make, by calamine's index (`whole`: every index may make
    the whole part, when its shape is not the usual one)."""

    lengths: array
    whole: int = 0

    @classmethod
    def of(cls, part: bytes | None) -> SharedStrings:
        if not part:
            return cls(array("q"))
        lengths = _items(part)
        return cls(array("q"), len(part)) if lengths is None else cls(lengths)

    @property
    def longest(self) -> int:
        return self.whole or max(self.lengths, default=0)

    def made_by(self, sheet: bytes) -> int:
        """The bytes of text the cells of one sheet make from the shared strings (an upper bound)."""
        references = sheet.count(b"<v") + sheet.count(b":v")  # every value element, and more
        if references * self.longest <= _UNCOUNTED:
            return references * self.longest  # small however its cells refer: not counted one by one
        total, shared = 0, False
        for cell, value in _CELL_OR_VALUE.findall(sheet):
            if cell:
                shared = _SHARED_TYPE.search(cell) is not None
            elif shared and value:  # calamine takes what is no index as the first string
                index = int(value) if value.isdigit() and len(value) <= _INDEX_DIGITS else 0
                total += self._length(index)
        return total

    def _length(self, index: int) -> int:
        if self.whole:
            return self.whole
        return self.lengths[index] if index < len(self.lengths) else 0


def _items(part: bytes) -> array | None:
    """The XML length of each <si>, in order; None when the part is not in the usual shape."""
    if _IRREGULAR.search(part):
        return None
    lengths = array("q")
    opened: tuple[bytes, int] | None = None
    for tag in _ITEM.finditer(part):
        closing, prefix = tag.group(1), tag.group(2)
        if tag.group(0).endswith(b"/>"):
            return None  # an empty item: some versions of calamine skip it, others do not
        if not closing:
            if opened is not None:
                return None  # an item inside another
            opened = (prefix, tag.end())
            continue
        if opened is None or opened[0] != prefix or not _TEXT_START.search(part, opened[1], tag.start()):
            return None  # a stray end, or an item without text (which calamine may skip)
        lengths.append(tag.start() - opened[1])
        opened = None
    return None if opened is not None else lengths
