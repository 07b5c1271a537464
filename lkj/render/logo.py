"""The logo on the cover. The Word template's cover holds one picture, the logo's box; the logo the
instansi workbook names (lkj.read.logo) takes its place, fitted into the box with its proportions kept.
Without one, lkj's own placeholder ("LOGO — ganti gambar ini di templat") is taken out with its
paragraph, so that no report, konsep or final, prints it; a picture the secretariat put in its own
template instead (the Pemda's logo) stays."""

from __future__ import annotations

import hashlib
import io
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from lkj.read.logo import Logo
from lkj.render import ooxml as x

W = f"{{{x.W_NS}}}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"


def place(document: Any, logo: Logo | None, shipped: Path) -> None:
    """The cover's picture (the first picture before the body's first section break) replaced by `logo`,
    or, without one, removed when it is the placeholder of the template shipped at `shipped`."""
    body = document.element.body
    drawing = _cover_picture(body)
    if drawing is None:
        return
    blip = drawing.find(f".//{A}blip")
    rid = blip.get(R_EMBED) if blip is not None else None
    if blip is None or rid is None:
        return
    part = document.part
    if logo is None:
        image = part.related_parts.get(rid)
        if image is not None and hashlib.sha256(image.blob).hexdigest() in _placeholders(shipped):
            paragraph = next(drawing.iterancestors(f"{W}p"), None)
            if paragraph is not None and paragraph.getparent() is not None:
                paragraph.getparent().remove(paragraph)
                part.drop_rel(rid)
        return
    new_rid, _ = part.get_or_add_image(io.BytesIO(logo.data))
    blip.set(R_EMBED, new_rid)
    part.drop_rel(rid)
    _fit(drawing, logo)


def _cover_picture(body: etree._Element) -> etree._Element | None:
    for element in body.iter(f"{W}drawing", f"{W}sectPr"):
        if element.tag == f"{W}sectPr":
            return None  # the cover ends at the first section break
        if element.find(f".//{A}blip") is not None:
            return element
    return None


def _fit(drawing: etree._Element, logo: Logo) -> None:
    """The logo in the box the template gave its picture, its proportions kept."""
    extent = drawing.find(f".//{WP}extent")
    if extent is None:
        return
    box_w, box_h = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
    if box_w <= 0 or box_h <= 0:
        return
    scale = min(box_w / logo.width, box_h / logo.height)
    cx, cy = str(round(logo.width * scale)), str(round(logo.height * scale))
    for element in (extent, *drawing.iter(f"{A}ext")):
        element.set("cx", cx)
        element.set("cy", cy)


@cache
def _placeholders(shipped: Path) -> frozenset[str]:
    """The digests of the pictures of the template lkj ships (its logo placeholder among them)."""
    try:
        with zipfile.ZipFile(shipped) as package:
            return frozenset(
                hashlib.sha256(package.read(name)).hexdigest()
                for name in package.namelist()
                if name.startswith("word/media/")
            )
    except (OSError, zipfile.BadZipFile, KeyError):
        return frozenset()
