"""How wide text is set in the template's font (Arial, whose widths are Helvetica's), estimated from the
font's character widths: enough to give a table column the width of its longest word ("Satuan", not
"Satua/n") and to tell whether a table fits on a page, without laying the document out."""

from __future__ import annotations

import functools
import math
import re

# Helvetica's (= Arial's) advance widths, thousandths of the font size, for the characters 32-126
_REGULAR = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 "
    "667 "
    "611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 "
    "556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667 "
    "611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 "
    "611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584"
)
REGULAR = {chr(32 + i): int(w) for i, w in enumerate(_REGULAR.split())}
BOLD = {chr(32 + i): int(w) for i, w in enumerate(_BOLD.split())}
OTHER = 600  # a character outside ASCII (é, –, …): about an average capital
WIDEST = 1.015  # font sizes: the widest character ('@'); no word is wider than its length times this
CM_PER_POINT = 2.54 / 72


def width_cm(text: str, points: float, bold: bool = False) -> float:
    """The width of `text` on one line, in centimetres."""
    widths = BOLD if bold else REGULAR
    return sum(widths.get(ch, OTHER) for ch in text) / 1000 * points * CM_PER_POINT


# A line may break after a hyphen that a letter follows ("02-informasi-komunikasi-publik.xlsx"), as in
# Word and LibreOffice (Unicode line breaking), not before a digit ("IK-01", "2021-2026" stay whole)
_AFTER_HYPHEN = re.compile(r"(?<=-)(?=[^\W\d_])")


# A phrase of two words that reads as one: a figure with its unit ("3,1 Hari", "2 Temuan") of this many
# characters at most, or any of SHORT_PHRASE at most ("TW III"). Broken in two, the unit or the numeral
# stands alone on a line under its figure or word ("TW / II", "3,1 / Hari" in Sukamaju's Tabel L.5, "3 /
# Temuan" in Arunika's Tabel 3.20) while a column of long text beside it has room to spare.
UNIT_PHRASE, SHORT_PHRASE = 13, 6
_FIGURE = re.compile(r"[0-9][0-9.,]*%?")


def words(text: str) -> list[str]:
    """The pieces of `text` a line should not break inside: its words, split after their hyphens, and a
    short phrase (UNIT_PHRASE, SHORT_PHRASE) whole."""
    parts = text.split()
    if len(parts) == 2:
        phrase = " ".join(parts)
        if len(phrase) <= SHORT_PHRASE or (len(phrase) <= UNIT_PHRASE and _FIGURE.fullmatch(parts[0])):
            return [phrase]
    return [piece for word in parts for piece in _AFTER_HYPHEN.split(word)]


def longest_word_cm(text: str, points: float, bold: bool = False) -> float:
    return max((width_cm(word, points, bold) for word in words(text)), default=0.0)


def wrapped_lines(text: str, room_cm: float, points: float, bold: bool = False) -> int:
    """Lines `text` takes when its words are wrapped at `room_cm` (a word wider than that is broken)."""
    if room_cm <= 0:
        return max(1, len(text))
    return lines_of(word_widths(text, points, bold), room_cm, width_cm(" ", points, bold))


def word_widths(text: str, points: float, bold: bool = False) -> list[float]:
    """The width of each of `text`'s words, in centimetres: measured once, wrapped at many widths."""
    return [_word_cm(word, points, bold) for word in text.split()]


@functools.lru_cache(maxsize=1 << 16)
def _word_cm(word: str, points: float, bold: bool) -> float:
    """A word's width: words recur (names, units, the words of indicators) in every table."""
    return width_cm(word, points, bold)


def lines_of(widths: list[float], room_cm: float, space: float) -> int:
    """Lines words of these `widths` take, wrapped at `room_cm` (> 0), `space` between them."""
    lines, used = 1, 0.0
    for w in widths:
        if used and used + space + w <= room_cm:
            used += space + w
            continue
        if used:
            lines += 1
        extra = math.ceil(w / room_cm) - 1 if w > room_cm else 0
        lines += extra
        used = w - extra * room_cm
    return lines
