"""What changed between two reports, located the way a reader finds it:
"BAB III › Tabel 3.17 › baris 2.16.01.2.01.0001 … › kolom Realisasi (Rp): 6.863.200 → 6.900.000".

Blocks are aligned by identity (a table by its caption title, without its number, so one inserted table
does not renumber everything after it); paragraphs are compared sentence by sentence; table rows by their
key columns, cells by column name. Formatting is not compared at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from lxml import etree

from lkj.diff.align import opcodes
from lkj.diff.document import Block, Document, Row, forget_rows

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")
_NUMBER_TITLE = re.compile(r"^(\d+(?:\.\d+)+)\s")
_CODE = re.compile(r"^[\w-]+(\.[\w-]+)+$|^[A-Z]{1,4}-\d+$")


@dataclass(frozen=True)
class Change:
    kind: str  # ubah, tambah, hapus
    scope: str  # judul, kalimat, paragraf, tabel, baris, sel, kolom
    where: tuple[str, ...]
    old: str | None
    new: str | None
    old_element: etree._Element | None = field(default=None, compare=False, repr=False)
    new_element: etree._Element | None = field(default=None, compare=False, repr=False)
    anchor: etree._Element | None = field(default=None, compare=False, repr=False)  # where a deletion goes

    @property
    def location(self) -> str:
        return " › ".join(self.where)

    @property
    def chapter(self) -> str:
        return self.where[0] if self.where else ""


def chapter_of(path: tuple[str, ...], fallback: str = "") -> str:
    title = path[0] if path else fallback
    words = title.split()
    if len(words) >= 2 and words[0].upper() == "BAB":
        return f"BAB {words[1]}"
    return title or "Awal dokumen"


def section_of(path: tuple[str, ...]) -> str | None:
    """The deepest numbered heading ("3.3.3"), then any unnumbered heading below it ("a. Perbandingan …")."""
    if len(path) < 2:
        return None
    numbered = [i for i, title in enumerate(path) if _NUMBER_TITLE.match(title)]
    if not numbered:
        return path[-1][:60]
    last = numbered[-1]
    parts = [_NUMBER_TITLE.match(path[last]).group(1)]  # type: ignore[union-attr]
    if last < len(path) - 1:
        tail = path[-1]
        parts.append(tail if len(tail) <= 70 else tail[:69] + "…")
    return " › ".join(parts)


def compare(old: Document, new: Document) -> list[Change]:
    try:
        return _compare(old, new)
    finally:
        forget_rows()


def _compare(old: Document, new: Document) -> list[Change]:
    changes: list[Change] = []
    a, b = old.blocks, new.blocks
    for op, i1, i2, j1, j2 in opcodes([x.identity for x in a], [x.identity for x in b]):
        if op == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                if x.kind == "table" and not (x.xml and x.xml == y.xml):  # equal XML, equal table
                    changes += _table_changes(x, y)
        else:
            anchor = b[j1 - 1].element if j1 > 0 else None
            changes += _replaced(a[i1:i2], b[j1:j2], anchor)
    return changes


def _replaced(olds: list[Block], news: list[Block], anchor: etree._Element | None) -> list[Change]:
    """Pair similar blocks of a replaced range (a changed paragraph); the rest were inserted or deleted."""
    changes: list[Change] = []
    unpaired = list(olds)
    for y in news:
        best = max((x for x in unpaired if x.kind == y.kind), key=lambda x: _similar(x, y), default=None)
        if best is None or _similar(best, y) < 0.5:
            # A rewritten paragraph shares no words with the old one, but it still sits in the same section
            best = next((x for x in unpaired if x.kind == y.kind == "paragraph" and x.path == y.path), None)
        if best is not None:
            unpaired.remove(best)
            changes += _table_changes(best, y) if y.kind == "table" else _text_changes(best, y)
        else:
            changes.append(_whole(y, "tambah"))
        anchor = y.element
    changes += [_whole(x, "hapus", anchor) for x in unpaired]
    return changes


def _similar(x: Block, y: Block) -> float:
    if x.kind == "table":
        same_header = x.header == y.header
        return max(SequenceMatcher(None, x.identity[1], y.identity[1]).ratio(), 0.6 if same_header else 0.0)
    return SequenceMatcher(None, x.text, y.text, autojunk=False).ratio()


def _where(block: Block, *more: str) -> tuple[str, ...]:
    parts = [chapter_of(block.path, block.text if block.kind == "heading" else "")]
    section = section_of(block.path)
    if section:
        parts.append(section)
    return (*parts, *more)


def _whole(block: Block, kind: str, anchor: etree._Element | None = None) -> Change:
    old, new = (block.text, None) if kind == "hapus" else (None, block.text)
    if block.kind == "table":
        where = (chapter_of(block.path), block.label)
        return Change(
            kind,
            "tabel",
            where,
            old,
            new,
            block.element if kind == "hapus" else None,
            block.element if kind == "tambah" else None,
            anchor,
        )
    scope = "judul" if block.kind == "heading" else "paragraf"
    return Change(
        kind,
        scope,
        _where(block),
        old,
        new,
        block.element if kind == "hapus" else None,
        block.element if kind == "tambah" else None,
        anchor,
    )


def sentences(text: str, list_label: str = "") -> list[str]:
    """The text's sentences; a list item's label stays with its first sentence ("2. Sekretariat, …"), so
    that a renumbered item is shown with what it numbers, not as a change from "2." to "3."."""
    if not (list_label and text.startswith(f"{list_label} ")):
        return [s for s in _SENTENCE.split(text) if s]
    first, *rest = sentences(text[len(list_label) + 1 :])
    return [f"{list_label} {first}", *rest]


def _text_changes(x: Block, y: Block) -> list[Change]:
    if x.kind == "heading":
        return [Change("ubah", "judul", _where(y), x.text, y.text, x.element, y.element)]
    old, new = sentences(x.text, x.list_label), sentences(y.text, y.list_label)
    changes = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        before, after = " ".join(old[i1:i2]) or None, " ".join(new[j1:j2]) or None
        kind = "ubah" if before and after else ("tambah" if after else "hapus")
        changes.append(Change(kind, "kalimat", _where(y), before, after, x.element, y.element))
    return changes


def _row_label(row: Row) -> str:
    """The row's key, followed by its name when the key is a code: "baris 2.16.01.2.01.0001 Penyusunan …"."""
    label = " ".join(part for part in row.key if part)
    if not label:
        label = next((cell for cell in row.cells if cell), "")
    elif len(row.key) == 1 and _CODE.match(label):
        following = row.cells[row.cells.index(row.key[0]) + 1 :] if row.key[0] in row.cells else []
        name = next((cell for cell in following if cell), "")
        label = f"{label} {name[:50] + ('…' if len(name) > 50 else '')}".strip()
    return "baris " + (label if len(label) <= 90 else label[:89] + "…")


def _table_changes(x: Block, y: Block) -> list[Change]:
    where = (chapter_of(y.path), y.label)
    changes = []
    old_header, new_header = _headers(x, y)
    columns = [h for h in new_header if h and h in old_header]
    for name in new_header:
        if name and name not in old_header:
            changes.append(Change("tambah", "kolom", (*where, f"kolom {name}"), None, name, None, y.element))
    for name in old_header:
        if name and name not in new_header:
            changes.append(Change("hapus", "kolom", (*where, f"kolom {name}"), name, None, x.element, None))
    old_rows = {r.key: r for r in x.rows}
    for row in y.rows:
        before = old_rows.get(row.key)
        if before is None:
            changes.append(
                Change(
                    "tambah",
                    "baris",
                    (*where, _row_label(row)),
                    None,
                    " | ".join(row.cells),
                    None,
                    row.element,
                )
            )
        else:
            changes += _cell_changes(where, before, row, old_header, new_header, columns)
    changes += _deleted_rows(where, x, y, {r.key for r in y.rows})
    return changes


def _headers(x: Block, y: Block) -> tuple[list[str], list[str]]:
    """The column names of both tables; for two tables without a header row (most tables lkj did not
    write) their positions, "kolom 2", so that a changed cell is still found."""
    if x.header or y.header:
        return x.header, y.header
    width = max((len(row.cells) for row in (*x.rows, *y.rows)), default=0)
    positions = [str(n) for n in range(1, width + 1)]
    return positions, positions


def _cell_changes(
    where: tuple[str, ...],
    before: Row,
    after: Row,
    old_header: list[str],
    new_header: list[str],
    columns: list[str],
) -> list[Change]:
    out = []
    for name in columns:
        i, j = old_header.index(name), new_header.index(name)
        was = before.cells[i] if i < len(before.cells) else ""
        now = after.cells[j] if j < len(after.cells) else ""
        if was != now:
            out.append(
                Change(
                    "ubah",
                    "sel",
                    (*where, _row_label(after), f"kolom {name}"),
                    was,
                    now,
                    before.element,
                    after.element,
                )
            )
    return out


def _deleted_rows(where: tuple[str, ...], x: Block, y: Block, new_keys: set[tuple[str, ...]]) -> list[Change]:
    out = []
    anchor = None
    index = {r.key: r for r in y.rows}
    for row in x.rows:
        if row.key in new_keys:
            anchor = index[row.key].element
        else:
            out.append(
                Change(
                    "hapus",
                    "baris",
                    (*where, _row_label(row)),
                    " | ".join(row.cells),
                    None,
                    row.element,
                    None,
                    anchor,
                )
            )
    return out
