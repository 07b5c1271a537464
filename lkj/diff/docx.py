"""The .docx files `lkj diff` and `lkj dump` are given, opened whatever they hold (lkj.diff.safezip,
lkj.diff.safexml): anything lkj cannot read is one NotADocx naming the file and what is wrong.

Any Word document is read, not only lkj's reports: a reviewer may compare any two. Its headings are the
paragraphs styled Heading 1–4, its tables and paragraphs are read as a report's are.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lxml import etree

from lkj.diff.safexml import Root, XmlProblem, check, parse, root
from lkj.diff.safezip import MIB, Limits, Package, PackageProblem, open_package, shown
from lkj.errors import LkjError
from lkj.indonesian import angka

DOCUMENT = "word/document.xml"
WORDML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{WORDML}}}"
STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
# lkj's report for 100 bidang (a large Dinas, bench/run.py) holds 1.529 members, its document 24 MB, 31 MB
# in all; for 1.000 bidang 15.029 members, 243 MB, 300 MB. Neither inflates more than 45 times; a long
# table of identical empty rows about 200 times, a zip bomb a thousand times (deflate's most).
LIMITS = Limits(members=100_000, member_size=512 * MIB, total_size=1024 * MIB, ratio=500)
EXPECTED = "dokumen Word (.docx)"
# The same reports hold 130.384 paragraphs (those in their tables included) and some 1,3 million; each
# costs a reading microseconds and a tree a few hundred bytes. Eight million empty ones fit in 20 MB.
MAX_PARAGRAPHS = 2_000_000
_PARAGRAPH = re.compile(rb"<(?:[^\s<>/:!?]+:)?p[\s/>]")  # any element named p: never fewer than there are


class NotADocx(LkjError):
    """The file is not a .docx lkj can read; `str()` names it and says why."""


@contextmanager
def _package(path: Path) -> Iterator[Package]:
    """The package, any PackageProblem (opening or reading it within the block) as NotADocx."""
    try:
        with open_package(path, LIMITS, EXPECTED) as package:
            yield package
    except PackageProblem as exc:
        raise NotADocx(str(exc)) from exc


def document_xml(path: Path) -> tuple[bytes, Root]:
    """The document part and its root element (safexml.root); the part itself is yet to be checked
    (check_part) or parsed (parsed_part)."""
    with _package(path) as package:
        _require_document(path, package)
        xml = package.read(DOCUMENT)
    try:
        element = root(xml)
    except XmlProblem as exc:
        raise NotADocx(part_problem(path, DOCUMENT, exc)) from exc
    _require_word(path, element.tag)
    return xml, element


_RELATIONSHIPS = "word/_rels/document.xml.rels"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def related_parts(path: Path, kinds: tuple[str, ...]) -> dict[str, bytes]:
    """The document's parts of these relationship kinds ("numbering", "styles"), found through the
    document's relationships (word/KIND.xml without them). Optional parts: one absent, damaged or not
    XML is left out, never an error; the document itself is read (and refused) by document_xml."""
    found: dict[str, bytes] = {}
    try:
        with _package(path) as package:
            names = {kind: f"word/{kind}.xml" for kind in kinds}
            if _RELATIONSHIPS in package:
                names |= _targets(package.read(_RELATIONSHIPS), kinds)
            for kind, name in names.items():
                if name in package:
                    found[kind] = package.read(name)
    except NotADocx:
        pass
    return found


def _targets(rels: bytes, kinds: tuple[str, ...]) -> dict[str, str]:
    try:
        relationships = parse(rels)
    except XmlProblem:
        return {}
    names = {}
    for relationship in relationships.iter(_RELATIONSHIP):
        kind = relationship.get("Type", "").rsplit("/", 1)[-1]
        target = relationship.get("Target", "")
        if kind in kinds and relationship.get("TargetMode") != "External" and target:
            joined = target.lstrip("/") if target.startswith("/") else posixpath.join("word", target)
            names[kind] = posixpath.normpath(joined)
    return names


def all_parts(path: Path) -> tuple[dict[str, bytes], etree._Element]:
    """Every member of the package, each XML part checked, and the document's tree: what a redline
    changes and writes back out."""
    with _package(path) as package:
        _require_document(path, package)
        members = {name: package.read(name) for name in package.names}
    check_paragraphs(path, members[DOCUMENT])
    document = parsed_part(path, DOCUMENT, members[DOCUMENT])
    _require_word(path, document.tag)
    for name, data in members.items():
        if name != DOCUMENT and name.endswith((".xml", ".rels")):
            check_part(path, name, data)
    return members, document


def too_many_paragraphs(path: Path) -> NotADocx:
    return NotADocx(
        f"'{path}' memuat lebih dari {angka(MAX_PARAGRAPHS)} paragraf (paragraf di dalam tabel terhitung), "
        "sedangkan laporan lkj untuk seribu bidang pun memuat sekitar 1,3 juta; dokumen sebesar ini tidak "
        "dibaca. Periksa apakah berkas ini memang laporan yang dimaksud."
    )


def check_paragraphs(path: Path, xml: bytes) -> None:
    """Refuse a document of more than MAX_PARAGRAPHS paragraphs before a tree of it is built."""
    for count, _ in enumerate(_PARAGRAPH.finditer(xml), start=1):
        if count > MAX_PARAGRAPHS:
            raise too_many_paragraphs(path)


def check_part(path: Path, name: str, data: bytes) -> None:
    try:
        check(data)
    except XmlProblem as exc:
        raise NotADocx(part_problem(path, name, exc)) from exc


def parsed_part(path: Path, name: str, data: bytes) -> etree._Element:
    try:
        return parse(data)
    except XmlProblem as exc:
        raise NotADocx(part_problem(path, name, exc)) from exc


def part_problem(path: Path, name: str, problem: Exception) -> str:
    return (
        f"'{path}': bagian {shown(name)} {problem}. Berkasnya rusak atau tidak disimpan oleh Word; buka lalu "
        "simpan ulang di Word, atau minta salinan aslinya."
    )


def _require_document(path: Path, package: Package) -> None:
    if DOCUMENT in package:
        return
    if "xl/workbook.xml" in package:
        what = "isinya workbook Excel"
    elif "mimetype" in package:
        what = "isinya dokumen OpenDocument; simpan sebagai Word Document (.docx)"
    else:
        what = "arsip ZIP ini bukan dokumen Word"
    raise NotADocx(f"'{path}' tidak memuat bagian {DOCUMENT} ({what}).")


def _require_word(path: Path, tag: str) -> None:
    if tag == f"{W}document":
        return
    if tag.startswith(STRICT):
        raise NotADocx(
            f"'{path}' disimpan dalam format Strict Open XML, yang tidak dibaca lkj. Buka di Word lalu "
            "simpan sebagai Word Document (.docx) biasa."
        )
    raise NotADocx(f"'{path}': bagian {DOCUMENT} bukan isi dokumen Word (elemen akarnya {shown(tag)}).")
