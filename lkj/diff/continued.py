"""Which tables are one table to the reader: the rule `lkj dump` and `lkj diff` share.

lkj writes a large year's big table as several tables of some forty rows, each with the header row
(LibreOffice lays short tables out far faster: lkj.render.big_table). A reader sees one table whose
header is repeated, as on a new page; so do the readers. A table continues the one before it when
nothing but empty paragraphs lies between them and its header row (the row marked to repeat on every
page) reads as that table's. A section break or any text between them keeps them apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Piece = TypeVar("Piece")
Header = tuple[str, ...]


def joined(
    pieces: Iterable[Piece],
    header: Callable[[Piece], Header | None],
    blank: Callable[[Piece], bool],
    join: Callable[[Piece, Piece], Piece],
) -> Iterator[Piece]:
    """`pieces` (paragraphs and tables in reading order) with each run of continued tables joined into
    one by `join(table, continuation)`. `header` gives a table's header row (None for a paragraph or a
    table without one: it is not joined), `blank` tells an empty paragraph, which may lie between a
    table and its continuation; such paragraphs follow the joined table."""
    table: Piece | None = None
    table_header: Header | None = None
    between: list[Piece] = []
    for piece in pieces:
        head = header(piece)
        if table is not None and head is not None and head == table_header:
            table = join(table, piece)
            between = []
        elif table is not None and blank(piece):
            between.append(piece)
        else:
            if table is not None:
                yield table
                yield from between
            table, table_header, between = None, None, []
            if head is not None:
                table, table_header = piece, head
            else:
                yield piece
    if table is not None:
        yield table
        yield from between
