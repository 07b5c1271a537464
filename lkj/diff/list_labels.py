"""The label Word prints before each list paragraph ("1.", "a.", "iv)", "2.1.", "•"), counted over the
document in reading order as Word counts it, so that `lkj dump` shows what the printed page shows and
`lkj diff` sees a renumbering (a reader sees it too).

Counting: the counters belong to the abstract definition, shared by all its instances (w:num), as Word
has it: an instance continues the list of another of the same definition unless it restarts a level
with w:startOverride, which takes effect where the instance is first used at that level. A level counts
from its w:start; using a level restarts the levels below it (unless their w:lvlRestart says
otherwise). Paragraphs in table cells are neither counted nor labelled: lkj puts no list there.
"""

from __future__ import annotations

import re

from lkj.diff.numbering import LEVELS, Instance, Level, Numbering

_PLACEHOLDER = re.compile(r"%([1-9])")
_LETTER_REPEATS = 30  # "aaa…": Word repeats the letter past z; beyond this the number is shown
_ROMAN: tuple[tuple[int, str], ...] = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
    (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
BULLET = "•"
# The bullets symbol fonts draw, by character code (Word may write them in the private use area, U+F0xx):
# Symbol's "·" is a round bullet, Wingdings' "§" a square one. A character not listed is shown as BULLET.
SYMBOLS = {
    "symbol": {0xB7: "•", 0x2D: "–", 0xE0: "◊", 0xA8: "♦"},
    "wingdings": {0x6C: "●", 0x6E: "■", 0x71: "❑", 0x76: "❖", 0xA7: "▪", 0xD8: "➢", 0xFC: "✓"},
    "wingdings 2": {},
    "wingdings 3": {},
    "webdings": {},
    "zapfdingbats": {},
}


class ListLabels:
    """Fed every body paragraph in reading order; gives each its label ("" for none)."""

    def __init__(self, numbering: Numbering) -> None:
        self._numbering = numbering
        self._counts: dict[str, list[int | None]] = {}
        self._used: set[tuple[str, int]] = set()  # (numId, level) already met: its startOverride is spent

    def label(self, style: str, num_id: str | None, ilvl: str | None) -> str:
        place = self._numbering.place(style, num_id, ilvl)
        if place is None or place.instance.levels[place.level] is None:
            return ""
        instance, at = place.instance, place.level
        counts = self._counts.setdefault(instance.abstract, [None] * LEVELS)
        first_use = (place.num_id, at) not in self._used
        self._used.add((place.num_id, at))
        current = counts[at]
        if first_use and at in instance.restarts:
            counts[at] = instance.restarts[at]
        elif current is None:
            counts[at] = _start(instance, at)
        else:
            counts[at] = current + 1
        for below in range(at + 1, LEVELS):
            if _restarted_by(instance.levels[below], at, below):
                counts[below] = None
        return rendered(instance, at, counts)


def _start(instance: Instance, at: int) -> int:
    level = instance.levels[at]
    return level.start if level is not None else 0


def _restarted_by(level: Level | None, used: int, at: int) -> bool:
    """Whether using level `used` restarts level `at` (below it): always, unless its w:lvlRestart is 0
    (never) or names a level above `used`."""
    if level is None or level.restart is None or level.restart > at:
        return True
    return level.restart != 0 and used < level.restart


def rendered(instance: Instance, at: int, counts: list[int | None]) -> str:
    """The level's w:lvlText with each %n the count of level n in that level's format."""
    level = instance.levels[at]
    assert level is not None
    if level.fmt == "bullet":
        return _bullet(level)

    def number(match: re.Match[str]) -> str:
        which = int(match.group(1)) - 1
        shown = instance.levels[which]
        count = counts[which]
        value = count if count is not None else _start(instance, which)
        fmt = "decimal" if level.legal or shown is None else shown.fmt
        return formatted(value, fmt)

    return " ".join(_PLACEHOLDER.sub(number, level.text).split())


def formatted(value: int, fmt: str) -> str:
    """A number in a w:numFmt; formats lkj cannot write (and out-of-range values) in decimal, as a
    fallback a reader still understands."""
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter") and 1 <= value <= 26 * _LETTER_REPEATS:
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and 1 <= value < 4000:
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, digits in _ROMAN:
        count, value = divmod(value, amount)
        out.append(digits * count)
    return "".join(out)


def _bullet(level: Level) -> str:
    """A bullet level's label as text: the glyph a symbol font draws for it, a private-use character of
    an unknown font (a symbol font by another name) as BULLET."""
    if level.picture:
        return BULLET
    glyphs = SYMBOLS.get(level.font)
    if glyphs is not None:
        return "".join(glyphs.get(_code(ch), BULLET) for ch in level.text.strip())
    return "".join(BULLET if 0xE000 <= ord(ch) <= 0xF8FF else ch for ch in level.text).strip()


def _code(ch: str) -> int:
    return ord(ch) - 0xF000 if 0xF000 <= ord(ch) <= 0xF0FF else ord(ch)


def labelled(label: str, text: str) -> str:
    """The paragraph's text as printed: its label before it. An empty item keeps no label (it reads as an
    empty paragraph, and a table split around it stays one table)."""
    return f"{label} {text}" if label and text else text
