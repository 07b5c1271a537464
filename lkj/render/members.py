"""The members of the report's package as python-docx holds them, ready for lkj.render.package to write:
its parts, reached once each from the relationships, and their relationships written as text (python-docx's
own walk and writer are quadratic over a large report's thousand charts)."""

from __future__ import annotations

from typing import Any

from docx.opc.packuri import PackURI
from docx.opc.part import Part

from lkj.render import ooxml as x
from lkj.render.package import Content, Packed

RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


class PackedPart(Part):
    """A part whose content arrives deflated (a chart's: Drawing); only the package writer reads it."""

    def __init__(self, partname: PackURI, content_type: str, packed: Packed, package: Any) -> None:
        super().__init__(partname, content_type, b"", package)
        self.packed = packed


def package_members(package: Any) -> list[tuple[str, Content]]:
    """The members of a python-docx package, as its own writer would store them (docx.opc.pkgwriter),
    so that the package is compressed once, by write_package."""
    from docx.opc.pkgwriter import _ContentTypesItem

    parts = _parts(package)
    members: list[tuple[str, Content]] = [
        ("[Content_Types].xml", _ContentTypesItem.from_parts(parts).blob),
        ("_rels/.rels", _rels_xml(package.rels, "/")),
    ]
    for part in parts:
        members.append(
            (part.partname.membername, [part.packed] if isinstance(part, PackedPart) else part.blob)
        )
        if len(part.rels):
            members.append((part.partname.rels_uri.membername, _rels_xml(part.rels, part.partname.baseURI)))
    return members


def _rels_xml(rels: Any, base: str) -> bytes:
    """A .rels member, written as text: python-docx parses a small XML element for each relationship,
    a twentieth of a second for a report with a thousand charts."""
    items = []
    for rel in rels.values():
        if rel.is_external:
            target, mode = rel.target_ref, ' TargetMode="External"'
        else:
            target, mode = _relative(rel.target_part.partname, base), ""
        attrs = f'Id="{x.esc(rel.rId)}" Type="{x.esc(rel.reltype)}" Target="{x.esc(target)}"{mode}'
        items.append(f"<Relationship {attrs}/>")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{RELS_NS}">{"".join(items)}</Relationships>'
    ).encode()


def _relative(name: str, base: str) -> str:
    """Part name `name` relative to folder `base` (both absolute), as PackURI.relative_ref gives it."""
    folders, target = base.strip("/").split("/") if base.strip("/") else [], name.lstrip("/").split("/")
    common = 0
    while common < min(len(folders), len(target) - 1) and folders[common] == target[common]:
        common += 1
    return "../" * (len(folders) - common) + "/".join(target[common:])


def _parts(package: Any) -> list[Any]:
    """Every part reachable from the package's relationships, depth first, each once: python-docx's own
    iter_parts checks a list for what it has visited, quadratic with thousands of charts."""
    seen: set[int] = set()
    order: list[Any] = []

    def walk(source: Any) -> None:
        for rel in source.rels.values():
            if rel.is_external or id(rel.target_part) in seen:
                continue
            seen.add(id(rel.target_part))
            order.append(rel.target_part)
            walk(rel.target_part)

    walk(package)
    return order
