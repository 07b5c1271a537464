"""XML parts of documents lkj is given, parsed the safe way: a part that declares a DTD is refused (no
DTD, no entity of any kind: no XXE, no billion laughs) and nothing is fetched from the network. Every
problem is an XmlProblem saying what is wrong and where, in Bahasa Indonesia, for the caller to name the
file and part.

libxml2's own limits on a text's length (10 MB) are lifted (huge_tree): they held in a tree but not in
the check that streams a part without one, so lkj diff took a paragraph of 20 MB that lkj dump refused,
and lkj called a report it had written itself damaged. What a part may hold is bounded by lkj's own
limits instead, alike for every reading: the package's (lkj.diff.safezip) and the paragraphs a document
may have (lkj.diff.docx)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from lkj.errors import shortened
from lkj.indonesian import angka

OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": True}
_HEAD = 64 * 1024  # fed at a time while looking for the root element
_POSITION = re.compile(r", line \d+, column \d+$")


class XmlProblem(Exception):
    """`str()` says what is wrong with the part, to follow "bagian word/document.xml"."""


class _WellFormed:
    """A parser target with no callbacks: libxml2 checks the whole part without building a tree or
    calling Python per element (five times faster than a tree), and lxml lets other threads run."""

    def close(self) -> None:
        return None


def syntax_problem(exc: etree.XMLSyntaxError) -> XmlProblem:
    line, column = exc.position
    said = shortened(_POSITION.sub("", exc.msg or ""))  # said once, in Indonesian numbers
    return XmlProblem(
        f"bukan XML yang utuh: rusak pada baris {angka(line)}, kolom {angka(column)} (pengurai XML: {said})"
    )


@dataclass(frozen=True)
class Root:
    """A part's root element as its start tag gives it: its tag and the prefixes it declares."""

    tag: str
    namespaces: dict[str | None, str]


class _Found(Exception):
    def __init__(self, root: Root) -> None:
        self.root = root


class _Head:
    """A parser target that stops at the root's start tag, and at a DTD as soon as it is declared,
    before any of its declarations is read."""

    def doctype(self, *_: object) -> None:
        raise XmlProblem(
            "memuat deklarasi DTD (<!DOCTYPE …>), yang tidak pernah ada dalam dokumen Office; ditolak "
            "agar entitas XML di dalamnya tidak dijalankan"
        )

    def start(self, tag: str, attrib: object, nsmap: dict[str | None, str]) -> None:
        raise _Found(Root(tag, dict(nsmap)))

    def close(self) -> None:
        return None


def root(data: bytes) -> Root:
    """The root element of `data`, read from its head only; a DTD before it is refused."""
    if not data or data.isspace():  # (isspace stops at the first other byte; strip would copy)
        raise XmlProblem("kosong, tidak berisi XML")
    parser = etree.XMLParser(target=_Head(), **OPTIONS)
    try:
        for at in range(0, len(data), _HEAD):
            parser.feed(data[at : at + _HEAD])
        parser.close()
    except _Found as found:
        return found.root
    except etree.XMLSyntaxError as exc:
        raise syntax_problem(exc) from exc
    raise XmlProblem("tidak memuat satu elemen XML pun")


def check(data: bytes) -> None:
    """Refuse a part that is not well-formed or declares a DTD, without building its tree."""
    root(data)
    try:
        etree.fromstring(data, etree.XMLParser(target=_WellFormed(), **OPTIONS))
    except etree.XMLSyntaxError as exc:
        raise syntax_problem(exc) from exc


def parse(data: bytes) -> etree._Element:
    """The tree of a part, refused as check() refuses."""
    root(data)
    try:
        return etree.fromstring(data, etree.XMLParser(**OPTIONS))
    except etree.XMLSyntaxError as exc:
        raise syntax_problem(exc) from exc
