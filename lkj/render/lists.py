"""Lists as Word lists: every item a paragraph numbered by a numbering definition (word/numbering.xml), never
a typed "1." and a tab, so that Word and LibreOffice indent, number and wrap them as lists, and a list is
never justified (a justified item whose line ends early was stretched into "Sekretariat, ⟷ terdiri ⟷ dari").

A list comes from lkj's own items (Content.numbered) or from text staff typed with labels ("1. …", "a. …",
"- …", "• …"), in a paragraph of its own or on the lines of an item. The first kind of label a list uses
is its first level, the next kind the level below, and so on. Each run of consecutive numbers is one
instance of its definition, started at the number typed, so that what staff numbered stays as they
numbered it. The instances get their numbers when the document is assembled (numIds are the document's,
blocks are made in any order or process).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml import etree

from lkj.render import ooxml as x
from lkj.render.grid import KEPT_WHOLE, PAGE_BODY

DECIMAL, LETTER, BULLET = "decimal", "lowerLetter", "bullet"
ABSTRACT = {DECIMAL: 9101, LETTER: 9102, BULLET: 9103}  # abstractNumIds of lkj's definitions
STYLE = "DaftarBernomor"
STEP = 567  # twips: each level's indent, and the room its label has
LEVELS = 3
# characters (each item counted 40 more for its own line) of a list kept whole: the body text's lines in
# KEPT_WHOLE of a page (11 pt at 1,5 lines, 0,67 cm a line, some 80 characters), about twelve lines, the
# most a list kept whole leaves blank where it does not fit (a long list breaks between its items, never
# leaving its first or its last alone: `paragraphs`)
SHORT = int(round(PAGE_BODY * KEPT_WHOLE / 0.67 * 80, -2))
BULLETS = ("•", "–", "▪")
_LABEL = re.compile(r"^\s*(?:(\d{1,3})[.)]|([a-z])[.)]|([-–•▪*]))[ \t]+(?=\S)")


@dataclass(frozen=True)
class Item:
    depth: int  # 0: the list's first level
    kind: str  # DECIMAL, LETTER or BULLET
    number: int  # as typed or counted (1 for a bullet)
    text: str  # may hold line breaks: continuation lines of the item


@dataclass(frozen=True)
class Items:
    """One list, a part of a block (lkj.render.blocks) numbered at assembly."""

    items: tuple[Item, ...]
    keep_together: bool = False  # a short list: its items kept on one page with what introduces it
    leads: bool = False  # a one-line item typed before its paragraph ("4. Pengelolaan Kinerja"): kept with it

    def instances(self) -> tuple[list[int], list[tuple[str, int, int]]]:
        """Which instance each item belongs to, and each instance's (kind, depth, start). A run of
        consecutive numbers at one level, not interrupted by a level above it, is one instance."""
        open_runs: dict[tuple[int, str], tuple[int, int]] = {}  # (depth, kind) → (instance, last number)
        which: list[int] = []
        instances: list[tuple[str, int, int]] = []
        for item in self.items:
            open_runs = {key: run for key, run in open_runs.items() if key[0] <= item.depth}
            key = (item.depth, item.kind)
            run = open_runs.get(key)
            if run is None or (item.kind != BULLET and item.number != run[1] + 1):
                instances.append((item.kind, item.depth, item.number))
                run = (len(instances) - 1, item.number)
            open_runs[key] = (run[0], item.number)
            which.append(run[0])
        return which, instances


def label(text: str) -> tuple[str, int, str] | None:
    """The typed label at the start of `text`: (kind, number, the text after it), None without one."""
    found = _LABEL.match(text)
    if found is None:
        return None
    digits, letter, _ = found.groups()
    rest = text[found.end() :]
    if digits:
        return DECIMAL, int(digits), rest
    if letter:
        return LETTER, ord(letter) - 96, rest
    return BULLET, 1, rest


def numbered(items: Iterable[str], kind: str = DECIMAL) -> Items:
    """lkj's own items, counted from 1; labelled lines inside an item are its sub-items."""
    out: list[Item] = []
    for number, text in enumerate(items, start=1):
        first, *lines = text.split("\n")
        out.append(Item(0, kind, number, first.strip()))
        out.extend(_lines(lines, [kind], out))
    return Items(tuple(out), keep_together=_short(out))


def split(paragraphs: Sequence[str]) -> list[str | Items]:
    """Paragraphs of text, those with typed labels gathered into lists."""
    out: list[str | Items] = []
    pending: list[Item] = []
    kinds: list[str] = []
    for paragraph in paragraphs:
        found = label(paragraph)
        if found is None:
            if pending:
                out.append(Items(tuple(pending), keep_together=_short(pending), leads=_heading_like(pending)))
                pending, kinds = [], []
            out.append(paragraph)
            continue
        first, *lines = paragraph.split("\n")
        pending.extend(_lines([first], kinds, pending, base=0))
        pending.extend(_lines(lines, kinds, pending, base=pending[-1].depth + 1))
    if pending:
        out.append(Items(tuple(pending), keep_together=_short(pending)))
    return out


def _heading_like(items: Sequence[Item]) -> bool:
    """One short item followed by a paragraph: it names what the paragraph says, as a heading does."""
    return len(items) == 1 and len(items[0].text) <= 100 and "\n" not in items[0].text


def _short(items: Sequence[Item]) -> bool:
    """A list short enough to keep on one page: a few lines (SHORT characters at most)."""
    return sum(len(item.text) + 40 for item in items) <= SHORT


def _lines(lines: Sequence[str], kinds: list[str], before: list[Item], base: int = 1) -> list[Item]:
    """Items of typed lines: a labelled line is an item at its kind's level (a kind not seen yet in the
    list takes the next level, from `base`); an unlabelled line continues the item before it."""
    out: list[Item] = []
    for line in lines:
        if not line.strip():
            continue
        found = label(line)
        if found is None:
            previous = out[-1] if out else (before[-1] if before else None)
            if previous is None:
                continue
            joined = Item(previous.depth, previous.kind, previous.number, f"{previous.text}\n{line.strip()}")
            if out:
                out[-1] = joined
            else:
                before[-1] = joined
            continue
        kind, number, rest = found
        if kind not in kinds:
            kinds.append(kind)
        depth = min(max(kinds.index(kind), base), LEVELS - 1)
        out.append(Item(depth, kind, number, rest.strip()))
    return out


def paragraphs(items: Items, num_ids: Sequence[int]) -> str:
    """The list's paragraphs, `num_ids` giving each instance's numId. An item that introduces others (it
    ends with a colon), every item of a short list and an item that leads its paragraph keep with the
    next paragraph; in a longer list the first item keeps with the second and the last but one with the
    last: widow and orphan control for a list, whose items are paragraphs of a line or two (the last
    item of Jambi's Sistematika Penulisan was alone on the page before BAB II)."""
    which, _ = items.instances()
    out = []
    last = len(items.items) - 1
    for index, (item, instance) in enumerate(zip(items.items, which, strict=True)):
        keep = (
            (items.keep_together and index < last)
            or (items.leads and index == last)
            or (index in (0, last - 1) and index < last)
            or item.text.rstrip().endswith(":")
        )
        ppr = (
            f'<w:pStyle w:val="{STYLE}"/>'
            + ("<w:keepNext/>" if keep else "")
            + f'<w:numPr><w:ilvl w:val="{item.depth}"/><w:numId w:val="{num_ids[instance]}"/></w:numPr>'
            + '<w:jc w:val="left"/>'
        )
        out.append(f"<w:p><w:pPr>{ppr}</w:pPr>{x.run(item.text)}</w:p>")
    return "".join(out)


# ---------------------------------------------------------------- the numbering part


def _level(kind: str, depth: int) -> str:
    if kind == BULLET:
        text, fmt = BULLETS[depth % len(BULLETS)], BULLET
    else:
        text, fmt = f"%{depth + 1}.", kind
    left = STEP * (depth + 1)
    return (
        f'<w:lvl w:ilvl="{depth}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
        f'<w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs><w:ind w:left="{left}" w:hanging="{STEP}"/>'
        "</w:pPr></w:lvl>"
    )


def abstract_xml(kind: str) -> str:
    levels = "".join(_level(kind, depth) for depth in range(LEVELS))
    return (
        f'<w:abstractNum xmlns:w="{x.W_NS}" w:abstractNumId="{ABSTRACT[kind]}">'
        f'<w:multiLevelType w:val="multilevel"/><w:name w:val="LKj {kind}"/>{levels}</w:abstractNum>'
    )


W = f"{{{x.W_NS}}}"


def ensure_definitions(numbering: etree._Element) -> None:
    """lkj's three list definitions in `numbering` (a w:numbering element), where it lacks them (a
    template made before lists were Word lists, or by hand). Definitions come before instances."""
    present = {a.get(f"{W}abstractNumId") for a in numbering.iter(f"{W}abstractNum")}
    first_num = numbering.find(f"{W}num")
    for kind, ident in ABSTRACT.items():
        if str(ident) in present:
            continue
        element = etree.fromstring(abstract_xml(kind))
        if first_num is None:
            numbering.append(element)
        else:
            first_num.addprevious(element)


def add_instances(numbering: etree._Element, instances: Sequence[tuple[str, int, int]]) -> list[int]:
    """A w:num per (kind, depth, start), numbered after the template's own; their numIds."""
    taken = [int(n.get(f"{W}numId", "0")) for n in numbering.iter(f"{W}num")]
    first = max(taken, default=0) + 1
    ids = []
    for offset, (kind, depth, start) in enumerate(instances):
        ident = first + offset
        numbering.append(
            etree.fromstring(
                f'<w:num xmlns:w="{x.W_NS}" w:numId="{ident}"><w:abstractNumId w:val="{ABSTRACT[kind]}"/>'
                f'<w:lvlOverride w:ilvl="{depth}"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
            )
        )
        ids.append(ident)
    return ids
