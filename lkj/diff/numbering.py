"""Word's list numbering as the readers need it: which level of which list a paragraph is, and how that
level writes its number (word/numbering.xml, the paragraph styles of word/styles.xml).

Lists are real Word lists (lkj.render.lists): their labels ("1.", "a.", "•") are not in the paragraph
text but in these definitions, so `lkj dump` and `lkj diff` render them from here (lkj.diff.list_labels).
The parts may come from any document, hostile ones included: whatever cannot be read (an absent part,
a cyclic style link, a level or a start out of range, a label longer than any list's) gives no level,
hence no label, never an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from lkj.diff.docx import W, related_parts
from lkj.diff.safexml import XmlProblem, parse

LEVELS = 9  # w:ilvl 0–8
MAX_START = 32767  # Word's largest start value
MAX_TEXT = 64  # characters of a level's lvlText: a real one has a few
_LINKS = 16  # style and numbering links followed at most (they may form a cycle)


@dataclass(frozen=True)
class Level:
    fmt: str  # w:numFmt: decimal, lowerLetter, upperRoman, bullet, none, …
    text: str  # w:lvlText: "%1.", "%1.%2)", "•"
    start: int
    restart: int | None = None  # w:lvlRestart: restarted by levels above this one-based level; 0: never
    legal: bool = False  # w:isLgl: every number shown in decimal
    style: str = ""  # w:pStyle: the paragraph style that is this level
    font: str = ""  # the label's font, casefolded: in a symbol font a character is a picture, not a letter
    picture: bool = False  # a picture bullet (w:lvlPicBulletId)


@dataclass(frozen=True)
class Instance:
    """A w:num: its abstract definition (whose counters all its instances share, as Word counts them)
    with the instance's own overrides applied."""

    abstract: str
    levels: tuple[Level | None, ...]
    restarts: Mapping[int, int] = field(default_factory=dict)  # w:startOverride by level


@dataclass(frozen=True)
class Place:
    """Where a paragraph stands in a list."""

    num_id: str
    instance: Instance
    level: int


@dataclass(frozen=True)
class Numbering:
    instances: Mapping[str, Instance] = field(default_factory=dict)  # by w:numId
    styles: Mapping[str, tuple[str | None, str | None]] = field(default_factory=dict)  # (numId, ilvl)

    def place(self, style: str, num_id: str | None, ilvl: str | None) -> Place | None:
        """The list place of a paragraph of `style` whose own w:numPr holds `num_id` and `ilvl` (None:
        absent); the style's numbering (through its basedOn chain) fills what the paragraph leaves out,
        numId 0 takes numbering away, as in Word."""
        style_num, style_level = self.styles.get(style, (None, None))
        num = num_id if num_id is not None else style_num
        instance = self.instances.get(num) if num not in (None, "0") else None
        if num is None or instance is None:
            return None
        level = _number(ilvl if ilvl is not None else style_level, 0, LEVELS - 1)
        if level is None and (ilvl is not None or style_level is not None):
            return None  # a level out of range: no label rather than a wrong one
        if level is None:
            linked = [i for i, lvl in enumerate(instance.levels) if lvl is not None and lvl.style == style]
            level = linked[0] if style and linked else 0
        return Place(num, instance, level)


NONE = Numbering()


def paragraph_numbering(ppr: etree._Element | None) -> tuple[str | None, str | None]:
    """(numId, ilvl) of a w:pPr's own w:numPr, None where absent."""
    numpr = ppr.find(f"{W}numPr") if ppr is not None else None
    if numpr is None:
        return None, None
    return _val(numpr.find(f"{W}numId")), _val(numpr.find(f"{W}ilvl"))


def read_numbering(numbering: etree._Element | None, styles: etree._Element | None) -> Numbering:
    """The definitions of a document's numbering part and styles part (either may be None)."""
    style_numbering = _style_numbering(styles) if styles is not None else {}
    if numbering is None:
        return NONE
    abstracts = {a.get(f"{W}abstractNumId", ""): a for a in numbering.iterfind(f"{W}abstractNum")}
    nums = {n.get(f"{W}numId", ""): n for n in numbering.iterfind(f"{W}num")}
    instances = {}
    for num_id, num in nums.items():
        instance = _instance(num, nums, abstracts, style_numbering)
        if instance is not None:
            instances[num_id] = instance
    return Numbering(instances, style_numbering)


def _instance(
    num: etree._Element,
    nums: Mapping[str, etree._Element],
    abstracts: Mapping[str, etree._Element],
    styles: Mapping[str, tuple[str | None, str | None]],
) -> Instance | None:
    found = _abstract(_val(num.find(f"{W}abstractNumId")), nums, abstracts, styles)
    if found is None:
        return None
    ident, abstract = found
    levels: list[Level | None] = [None] * LEVELS
    for lvl in abstract.iterfind(f"{W}lvl"):
        at = _number(lvl.get(f"{W}ilvl"), 0, LEVELS - 1)
        if at is not None:
            levels[at] = _level(lvl)
    restarts = {}
    for override in num.iterfind(f"{W}lvlOverride"):
        at = _number(override.get(f"{W}ilvl"), 0, LEVELS - 1)
        if at is None:
            continue
        replaced = override.find(f"{W}lvl")
        if replaced is not None:
            levels[at] = _level(replaced)
        start = override.find(f"{W}startOverride")
        if start is not None:
            value = _number(_val(start), 0, MAX_START)
            if value is None:
                levels[at] = None  # an absurd restart: this level gets no label
            else:
                restarts[at] = value
    return Instance(ident, tuple(levels), restarts)


def _abstract(
    ident: str | None,
    nums: Mapping[str, etree._Element],
    abstracts: Mapping[str, etree._Element],
    styles: Mapping[str, tuple[str | None, str | None]],
) -> tuple[str, etree._Element] | None:
    """The abstract definition holding the levels: a w:numStyleLink is followed through the numbering
    style's w:num to the definition it names (at most _LINKS links: they may form a cycle)."""
    for _ in range(_LINKS):
        abstract = abstracts.get(ident) if ident is not None else None
        if abstract is None or ident is None:
            return None
        link = abstract.find(f"{W}numStyleLink")
        if link is None:
            return ident, abstract
        linked_num = styles.get(_val(link) or "", (None, None))[0]
        num = nums.get(linked_num) if linked_num is not None else None
        ident = _val(num.find(f"{W}abstractNumId")) if num is not None else None
    return None


def _level(lvl: etree._Element) -> Level | None:
    start_element = lvl.find(f"{W}start")
    start = _number(_val(start_element), 0, MAX_START) if start_element is not None else 0
    text = _val(lvl.find(f"{W}lvlText"))
    if start is None or (text is not None and len(text) > MAX_TEXT):
        return None
    restart_element = lvl.find(f"{W}lvlRestart")
    legal = lvl.find(f"{W}isLgl")
    fonts = lvl.find(f"{W}rPr/{W}rFonts")
    font = (fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or "") if fonts is not None else ""
    return Level(
        fmt=_val(lvl.find(f"{W}numFmt")) or "decimal",
        text=text or "",
        start=start,
        restart=_number(_val(restart_element), 0, LEVELS) if restart_element is not None else None,
        legal=legal is not None and _val(legal) not in ("0", "false", "off"),
        style=_val(lvl.find(f"{W}pStyle")) or "",
        font=font.strip().casefold(),
        picture=lvl.find(f"{W}lvlPicBulletId") is not None,
    )


def _style_numbering(styles: etree._Element) -> dict[str, tuple[str | None, str | None]]:
    """Each paragraph style's (numId, ilvl), each taken from the nearest style up its basedOn chain that
    sets it, as Word inherits them."""
    own: dict[str, tuple[str | None, str | None]] = {}
    based_on: dict[str, str] = {}
    for style in styles.iterfind(f"{W}style"):
        ident = style.get(f"{W}styleId", "")
        own[ident] = paragraph_numbering(style.find(f"{W}pPr"))
        parent = _val(style.find(f"{W}basedOn"))
        if parent:
            based_on[ident] = parent
    resolved = {}
    for ident in own:
        num_id, ilvl = own[ident]
        ancestor = ident
        for _ in range(_LINKS):
            if num_id is not None and ilvl is not None:
                break
            ancestor = based_on.get(ancestor, "")
            if ancestor not in own:
                break
            num_id = num_id if num_id is not None else own[ancestor][0]
            ilvl = ilvl if ilvl is not None else own[ancestor][1]
        if num_id is not None or ilvl is not None:
            resolved[ident] = (num_id, ilvl)
    return resolved


def _val(element: etree._Element | None) -> str | None:
    return element.get(f"{W}val") if element is not None else None


def _number(value: str | None, low: int, high: int) -> int | None:
    """`value` as a whole number within [low, high], None otherwise (absent, not a number, absurd)."""
    if value is None:
        return None
    digits = value.strip()
    negative = digits.startswith("-")
    digits = digits.removeprefix("-")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 9:
        return None
    number = -int(digits) if negative else int(digits)
    return number if low <= number <= high else None


def document_numbering(path: Path) -> Numbering:
    """The numbering of the .docx at `path`; NONE where its parts are absent or unreadable."""
    parts = related_parts(path, ("numbering", "styles"))
    return read_numbering(_tree(parts.get("numbering")), _tree(parts.get("styles")))


def _tree(data: bytes | None) -> etree._Element | None:
    try:
        return parse(data) if data is not None else None
    except XmlProblem:
        return None
