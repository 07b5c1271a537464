"""The PDFs of a long report's parts (lkj.render.pdf_parts) joined into the one PDF of the report.

Each part is a complete tagged PDF of its own pages; the report's PDF takes the front matter's pages and
then the pages each part keeps, and makes of them what LibreOffice would have made of the whole:
- one structure tree: the front matter's Document element with every part's elements after its own (an
  element of a page a part does not keep is left out, and an element left without content with it), and
  the parent tree that maps each page's marked content and each link back to its element, numbered anew;
- the outline (bookmarks) of every heading at its level, pointing at the heading's page and height;
- the contents' and lists' links to headings of the body (written as LINK_SCHEME links in the front
  matter) pointed at the heading's page;
- the front matter's catalogue entries (language, viewer preferences, mark information), its document
  information and XMP metadata (the title, and PDF/A's identification where asked for) and output intents.
The parts' named destinations (the markers the cut was found by) are not carried over.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, Object, OutlineItem, Pdf

from lkj.render.pdf_parts import LINK_SCHEME


@dataclass(frozen=True)
class Heading:
    level: int  # 0: a chapter
    title: str
    page: int  # in the joined PDF, from 0
    height: float


def destinations(document: Pdf) -> tuple[dict[str, tuple[int, float]], int]:
    """Every named destination of `document`: its page (from 0) and height; and its pages."""
    pages = {page.obj.objgen: number for number, page in enumerate(document.pages)}
    found: dict[str, tuple[int, float]] = {}
    for name, target in _named(document):
        if isinstance(target, Dictionary) and "/D" in target:
            target = target.D
        if isinstance(target, Array) and len(target) >= 4 and target[0].objgen in pages:
            height = target[3]
            found[name] = (pages[target[0].objgen], float(height) if height is not None else 0.0)
    return found, len(document.pages)


def destination_name(bookmark: str) -> str:
    """The name LibreOffice gives a bookmark's destination: letters, digits and '-' as they are, every
    other character as the hex digits of its UTF-16 code (no '#'), as its PDF export writes it."""
    out = []
    for char in bookmark:
        if char.isascii() and (char.isalnum() or char == "-"):
            out.append(char)
        else:
            code = ord(char)
            out.append((f"{code >> 8:02X}" if code >> 8 else "") + f"{code & 255:02X}")
    return "".join(out)


def _named(document: Pdf) -> Iterator[tuple[str, Object]]:
    """(name, destination) of the catalogue's /Dests dictionary and of the /Names /Dests tree."""
    if "/Dests" in document.Root:
        for key, value in document.Root.Dests.items():
            yield str(key)[1:], value
    names = document.Root.get("/Names")
    if names is not None and "/Dests" in names:
        for key, value in pikepdf.NameTree(names.Dests).items():
            yield str(key), value


class Joined:
    """The report's PDF being joined: parts are added as they are laid out (each PDF stays open until
    the joined one is saved: its pages' content is read from it then)."""

    def __init__(self) -> None:
        self.out = Pdf.new()
        root = self.out.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        self.document = self.out.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name.Document, P=root, K=Array())
        )
        root.K = Array([self.document])
        self.out.Root.StructTreeRoot = root
        self.numbers: list[Any] = []  # the parent tree's keys and values, one after the other
        self.roles: dict[str, Object] = {}
        self.sources: list[Pdf] = []

    def open(self, path: Path) -> Pdf:
        source = Pdf.open(path)
        self.sources.append(source)
        return source

    def drop(self, source: Pdf) -> None:
        """`source` closed: nothing of it is joined."""
        self.sources.remove(source)
        source.close()

    def add(self, source: Pdf, keep: int, *, at_start: bool = False, release: bool = True) -> None:
        """The first `keep` pages of `source`, with the elements of its structure tree that have content
        on them, after the pages and elements so far (before them `at_start`). `release`: the pages'
        streams read into the joined PDF now and `source` closed, so that what was read of it is not
        kept in memory until the end (a part of 160 pages holds some 80 MB of structure)."""
        out = self.out
        pages = [page.obj for page in source.pages]
        tree = source.Root.get("/StructTreeRoot")
        parents = _number_tree(tree.ParentTree) if tree is not None and "/ParentTree" in tree else {}
        children = self._pruned(tree, pages[keep:]) if tree is not None else []
        start = 0 if at_start else len(out.pages)
        kept = {page.objgen for page in pages[:keep]}
        for offset, page in enumerate(pages[:keep]):
            for annotation in page.get("/Annots", Array()):
                target = annotation.get("/Dest")
                if isinstance(target, Array) and len(target) and target[0].objgen not in kept:
                    del annotation["/Dest"]  # a link to a page not kept (the part's own spare pages)
            out.pages.insert(start + offset, pikepdf.Page(page))
        copied = [out.copy_foreign(child) for child in children]
        for child in copied:
            child.P = self.document
        earlier = list(self.document.K)
        self.document.K = Array(copied + earlier if at_start else earlier + copied)
        for offset, page in enumerate(pages[:keep]):
            self._map(page, out.pages[start + offset].obj, parents, source)
        if release:
            _own_streams([out.pages[start + offset].obj for offset in range(keep)])
            self.drop(source)

    def _pruned(self, tree: Object, dropped: Sequence[Object]) -> list[Object]:
        """The source's top elements (its Document's children), without what is on the `dropped` pages,
        detached from the source's tree (which is not copied); its role map taken in."""
        for key, value in tree.get("/RoleMap", Dictionary()).items():
            self.roles.setdefault(key, value)
        children: list[Object] = []
        for element in _elements(tree.K):
            is_document = element.get("/S") == Name.Document
            children += _elements(element.get("/K", Array())) if is_document else [element]
        gone = {page.objgen for page in dropped}
        for index in range(len(children) - 1, -1, -1) if gone else ():
            # the dropped pages are the part's last, so what is on them comes last in the tree
            child = children[index]
            if not _prune(child, gone):
                del children[index]
            where = child.get("/Pg")
            if where is not None and where.objgen not in gone:
                break
        while children and "/K" not in children[-1] and "/Alt" not in children[-1]:
            children.pop()  # an empty paragraph that ends a part (its section break; LibreOffice's own)
        for child in children:
            del child["/P"]
        return children

    def _map(self, page: Object, copy: Object, parents: Mapping[int, Object], source: Pdf) -> None:
        """The parent tree's entries of a page and of its annotations, under new keys for `copy`."""
        if "/StructParents" in page and int(page.StructParents) in parents:
            copy.StructParents = self._key(parents[int(page.StructParents)], source)
        originals, copies = page.get("/Annots", Array()), copy.get("/Annots", Array())
        for original, annotation in zip(originals, copies, strict=True):
            if "/StructParent" in original and int(original.StructParent) in parents:
                annotation.StructParent = self._key(parents[int(original.StructParent)], source)

    def _key(self, value: Object, source: Pdf) -> int:
        """A new key of the parent tree for `value` (of `source`)."""
        key = len(self.numbers) // 2
        if not value.is_indirect:
            value = source.make_indirect(value)
        self.numbers += [key, self.out.copy_foreign(value)]
        return key

    def save(
        self,
        target: Path,
        front: Pdf,
        links: Mapping[str, tuple[int, float]],
        headings: Sequence[Heading],
    ) -> None:
        """The joined PDF at `target`, with `front`'s catalogue entries, information and metadata; `links`:
        the page (in the joined PDF) and height of each bookmark a contents entry links to."""
        out = self.out
        out.Root.Lang = front.Root.get("/Lang", pikepdf.String("id-ID"))
        for key in ("/ViewerPreferences", "/MarkInfo", "/Metadata", "/OutputIntents"):
            if key in front.Root:
                value = front.Root[key]
                out.Root[key] = out.copy_foreign(value if value.is_indirect else front.make_indirect(value))
        info: Object = front.docinfo
        out.trailer.Info = out.copy_foreign(info if info.is_indirect else front.make_indirect(info))
        out.Root.MarkInfo = Dictionary(Marked=True)
        tree = out.Root.StructTreeRoot
        tree.ParentTree = out.make_indirect(Dictionary(Nums=Array(self.numbers)))
        tree.ParentTreeNextKey = len(self.numbers) // 2
        if self.roles:
            tree.RoleMap = Dictionary(dict(self.roles.items()))
        _point_links(out, links)
        _outline(out, headings)
        out.save(target, min_version=front.pdf_version)

    def close(self) -> None:
        for source in self.sources:
            source.close()
        self.out.close()


# keys that lead away from a page's own content: to the page tree, a structure parent, other pages
_NOT_CONTENT = {"/Parent", "/P", "/Dest", "/StructParent", "/StructParents", "/Pg"}


def _own_streams(pages: Sequence[Object]) -> None:
    """Every stream the `pages` reach (contents, fonts, pictures, annotations' appearances) given its data
    as bytes of the joined PDF, not read from the part's file when it is saved."""
    seen: set[tuple[int, int]] = set()
    todo: list[Object] = list(pages)
    while todo:
        item = todo.pop()
        if not isinstance(item, (Dictionary, Array, pikepdf.Stream)):
            continue
        if item.is_indirect:
            if item.objgen in seen:
                continue
            seen.add(item.objgen)
        if isinstance(item, pikepdf.Stream):
            coded: Any = (item.get("/Filter"), item.get("/DecodeParms"))  # as the data is compressed
            item.write(item.read_raw_bytes(), filter=coded[0], decode_parms=coded[1])
        if isinstance(item, Array):
            todo.extend(item)
        else:
            todo.extend(value for key, value in item.items() if key not in _NOT_CONTENT)


def _number_tree(tree: Object) -> dict[int, Object]:
    """A number tree's entries (its /Nums, and its /Kids' in turn)."""
    found: dict[int, Object] = {}
    todo = [tree]
    while todo:
        node = todo.pop()
        numbers = node.get("/Nums", Array())
        for at in range(0, len(numbers) - 1, 2):
            found[int(numbers[at])] = numbers[at + 1]
        todo.extend(list(node.get("/Kids", Array())))
    return found


def _prune(element: Object, gone: set[tuple[int, int]]) -> bool:
    """`element` without its content and elements on the `gone` pages; False when nothing of it is left:
    it had content and all of it was there, or it had none (a figure, an empty paragraph or cell) and its
    page (/Pg) is one of them."""
    page = element.get("/Pg")
    on_gone = page is not None and page.objgen in gone
    kids = element.get("/K")
    items = list(kids) if isinstance(kids, Array) else ([] if kids is None else [kids])
    left = [item for item in items if not _gone(item, gone, on_gone)]
    if len(left) != len(items):
        if left:
            element.K = Array(left)
        else:
            del element["/K"]
    if on_gone and left:
        del element["/Pg"]  # what is left is on other pages, each naming its own
    return bool(left) or not (items or on_gone)


def _gone(item: Object, gone: set[tuple[int, int]], element_on_gone: bool) -> bool:
    """Whether a kid of an element is on the `gone` pages (an element: entirely, once pruned)."""
    if isinstance(item, int):  # marked content on the element's page
        return element_on_gone
    if not isinstance(item, Dictionary):
        return False
    if item.get("/Type") == Name.MCR:
        where = item.get("/Pg")
        return where.objgen in gone if where is not None else element_on_gone
    if item.get("/Type") == Name.OBJR:
        where = item.get("/Pg", item.Obj.get("/P") if "/Obj" in item else None)
        return where is not None and where.objgen in gone
    return "/S" in item and not _prune(item, gone)


def _elements(kids: Object) -> list[Object]:
    items = list(kids) if isinstance(kids, Array) else [kids]
    return [item for item in items if isinstance(item, Dictionary) and "/S" in item]


def _point_links(out: Pdf, links: Mapping[str, tuple[int, float]]) -> None:
    """Each LINK_SCHEME link of the front matter pointed at its bookmark's page and height."""
    for page in out.pages:
        for annotation in page.get("/Annots", Array()):
            action = annotation.get("/A")
            if action is None or action.get("/S") != Name.URI:
                continue
            uri = str(action.get("/URI", ""))
            if not uri.startswith(LINK_SCHEME):
                continue
            del annotation["/A"]
            where = links.get(uri[len(LINK_SCHEME) :])
            if where is not None:
                number, height = where
                annotation.Dest = Array([out.pages[number].obj, Name.XYZ, None, height, 0])


def _outline(out: Pdf, headings: Sequence[Heading]) -> None:
    """The bookmarks: every heading under the heading of the level above it."""
    with out.open_outline() as outline:
        outline.root.clear()
        path: list[tuple[int, OutlineItem]] = []
        for heading in headings:
            item = OutlineItem(heading.title, heading.page, "XYZ", top=heading.height)
            while path and path[-1][0] >= heading.level:
                path.pop()
            (path[-1][1].children if path else outline.root).append(item)
            path.append((heading.level, item))
