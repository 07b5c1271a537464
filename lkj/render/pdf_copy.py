"""The copy of a report that LibreOffice turns into the PDF (lkj.render.pdf): its native charts as
pictures of the same charts, drawn by lkj (lkj.render.chartsvg); everything else as it is.

LibreOffice lays out every native chart as an embedded chart document, at a cost per chart that grows
with the number of charts in the report (plain conversion, 500 charts: 85 s, 1.000 charts: 219 s; the
same reports without charts 56 s and 110 s), and the workbook behind each chart for Word's Edit Data
costs it more again (102 s and 410 s). A picture costs it next to nothing, so the PDF's time grows with
the report's size. The .docx keeps its native, editable charts. LibreOffice 7.4 reads an SVG named by
a:blip itself, so no bitmap goes with it (Word, which would need one, never sees this copy).

The KONSEP watermark is the other cost that grows faster than the report: a Word watermark is a text
shape in the header, which LibreOffice repeats as an object on every page and, page after page, goes
through all of them (plain conversion, ½× the 100-bidang report: 76 s of processor time with it, 24 s
without; ¼×: 23 s and 10 s). So the copy's headers lose it, and LibreOffice's PDF export draws the same
text, font, colour and angle on every page itself (`Watermark`), which costs nothing per page.
"""

from __future__ import annotations

import html
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lkj.render.chartsvg import svg, text_width
from lkj.render.chartxml import A_NS, EMU_PER_CM, R_NS, read_chart_space
from lkj.render.ooxml import esc

PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_CHART_REL = re.compile(
    rb'<Relationship Id="([^"]+)" Type="[^"]*/relationships/chart" Target="charts/chart(\d+)\.xml"/>'
)
# a chart as lkj.render.chartxml.inline places it: its size, its docPr (alternative text), its part
_CHART_DRAWING = re.compile(
    rb'<wp:extent cx="(\d+)" cy="(\d+)"/>(<wp:effectExtent [^>]*/><wp:docPr [^>]*?descr="([^"]*)"/>)'
    rb'<wp:cNvGraphicFramePr/><a:graphic xmlns:a="[^"]*">'
    rb'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    rb'<c:chart [^>]*?r:id="([^"]+)"/></a:graphicData></a:graphic>'
)
_CHART_PART = re.compile(r"word/charts/(?:_rels/)?chart(\d+)\.xml(?:\.rels)?")
_CHART_TYPE = re.compile(rb'<Override PartName="/word/charts/chart(\d+)\.xml"[^>]*/>')
_EMBEDDING_TYPE = re.compile(rb'<Override PartName="/word/embeddings/[^"]*"[^>]*/>')
# a chart left native (one lkj did not place): without the workbook behind it, which it is not drawn from
_EXTERNAL_DATA = re.compile(rb"<c:externalData\b[^>]*?(?:/>|>.*?</c:externalData>)", re.S)
_EMBEDDING_REL = re.compile(rb"<Relationship\b[^>]*?Target=\"\.\./embeddings/[^\"]*\"[^>]*/>")


_NAMED_COLORS = {"silver": "c0c0c0", "gray": "808080", "grey": "808080", "black": "000000", "red": "ff0000"}


@dataclass(frozen=True)
class Watermark:
    """A header's watermark as LibreOffice's PDF export draws it on every page."""

    text: str
    font: str = "Arial"
    color: int = 0xE0E0E0  # Word's light grey (#C0C0C0) at half opacity, on white
    height_pt: int = 100
    angle: int = 45  # degrees, counter-clockwise


_WATERMARK = re.compile(
    rb'<w:pict>(?:(?!</w:pict>).)*?<v:shape [^>]*?id="PowerPlusWaterMarkObject.*?</w:pict>', re.S
)


def copy_for_pdf(docx: Path, copy: Path) -> Watermark | None:
    """`copy`: `docx` with each chart lkj placed drawn as an SVG picture of the same size and alternative
    text, the chart's parts and every embedded workbook left out, and the headers without their
    watermark, which is returned for the PDF export to draw. Stored, not deflated: the copy is read
    once, at once."""
    with zipfile.ZipFile(docx) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as out:
        rels = _read(source, "word/_rels/document.xml.rels")
        parts = {m[1].decode(): m[2].decode() for m in _CHART_REL.finditer(rels)}
        pictures: dict[str, str] = {}  # chart number → its picture

        def as_picture(match: re.Match[bytes]) -> bytes:
            rid = match[5].decode()
            number = parts.get(rid)
            if number is None:
                return match[0]
            title = html.unescape(match[4].decode())
            width, height = int(match[1]) / EMU_PER_CM, int(match[2]) / EMU_PER_CM
            chart = read_chart_space(source.read(f"word/charts/chart{number}.xml"), title, height)
            pictures[number] = svg(chart, width)
            return match[0][: match.end(3) - match.start(0)] + _picture(
                rid, number, title, match[1], match[2]
            )

        document = _CHART_DRAWING.sub(as_picture, _read(source, "word/document.xml"))
        watermarks: list[Watermark | None] = []
        for info in source.infolist():
            name = info.filename
            part = _CHART_PART.fullmatch(name)
            if name.startswith("word/embeddings/") or (part and part[1] in pictures):
                continue
            if name == "word/document.xml":
                out.writestr(info, document)
            elif name == "word/_rels/document.xml.rels":
                out.writestr(info, _CHART_REL.sub(lambda m: _image_rel(m, pictures), rels))
            elif name == "[Content_Types].xml":
                out.writestr(info, _content_types(source.read(info), pictures))
            elif re.fullmatch(r"word/header\d+\.xml", name):
                header = source.read(info)
                watermarks += [_watermark(found[0]) for found in _WATERMARK.finditer(header)]
                out.writestr(info, _WATERMARK.sub(b"", header))
            elif name.startswith("word/charts/"):
                out.writestr(info, _native_chart(name, source.read(info)))
            else:
                with source.open(info) as reading, out.open(name, "w") as writing:
                    shutil.copyfileobj(reading, writing, 1 << 20)
        for number, picture in sorted(pictures.items(), key=lambda item: int(item[0])):
            out.writestr(f"word/media/grafik{number}.svg", picture.encode("utf-8"))
    return next((w for w in watermarks if w is not None), None)


def _native_chart(name: str, part: bytes) -> bytes:
    """A chart lkj did not place, left native: without the workbook it is not drawn from."""
    return (_EMBEDDING_REL if "/_rels/" in name else _EXTERNAL_DATA).sub(b"", part)


def _read(package: zipfile.ZipFile, name: str) -> bytes:
    try:
        return package.read(name)
    except KeyError:
        return b""


def _picture(rid: str, number: str, title: str, cx: bytes, cy: bytes) -> bytes:
    """The drawing's graphic as a picture (pic:pic) of the SVG the relationship `rid` now names."""
    return (
        f'<wp:cNvGraphicFramePr/><a:graphic xmlns:a="{A_NS}"><a:graphicData uri="{PIC_NS}">'
        f'<pic:pic xmlns:pic="{PIC_NS}"><pic:nvPicPr><pic:cNvPr id="0" name="Grafik {number}" '
        f'descr="{esc(title)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
        f'<a:blip xmlns:r="{R_NS}" r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx.decode()}" cy="{cy.decode()}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
    ).encode()


def _image_rel(match: re.Match[bytes], pictures: dict[str, str]) -> bytes:
    number = match[2].decode()
    if number not in pictures:
        return match[0]
    return (
        f'<Relationship Id="{match[1].decode()}" Type="{IMAGE_REL}" Target="media/grafik{number}.svg"/>'
    ).encode()


def _content_types(types: bytes, pictures: dict[str, str]) -> bytes:
    types = _EMBEDDING_TYPE.sub(b"", types)
    types = _CHART_TYPE.sub(lambda m: b"" if m[1].decode() in pictures else m[0], types)
    if pictures and b'Extension="svg"' not in types:
        types = types.replace(
            b"</Types>", b'<Default Extension="svg" ContentType="image/svg+xml"/></Types>', 1
        )
    return types


def _watermark(shape: bytes) -> Watermark | None:
    """The text, font, colour (blended with white by its opacity), size and angle of a VML watermark
    (lkj.render.watermark's, or one a template brings from Word's Design › Watermark)."""
    text = re.search(rb'<v:textpath [^>]*?string="([^"]*)"', shape)
    if text is None or not text[1].strip():
        return None
    style = html.unescape(_attribute(shape, b"style"))
    path_style = html.unescape(
        (re.search(rb'<v:textpath [^>]*?style="([^"]*)"', shape) or [b"", b""])[1].decode()
    )
    font = re.search(r"font-family:\s*\"?([^;\"]+)", path_style)
    rotation = re.search(r"rotation:\s*(-?[\d.]+)", style)
    fill = _attribute(shape, b"fillcolor").strip().lower()
    color = re.fullmatch(r"#?([0-9a-f]{6})", _NAMED_COLORS.get(fill, fill))
    opacity = re.search(rb'<v:fill [^>]*?opacity="([\d.]+)(f?)"', shape)
    alpha = 1.0 if opacity is None else float(opacity[1]) / (65536 if opacity[2] else 1)
    rgb = int(color[1], 16) if color else 0xC0C0C0
    blended = sum(round(255 - (255 - (rgb >> k & 255)) * alpha) << k for k in (16, 8, 0))
    text_ = html.unescape(text[1].decode())
    return Watermark(
        text=text_,
        font=font[1].strip() if font else "Arial",
        color=blended,
        height_pt=_fitting(text_, style),
        angle=round(-float(rotation[1])) % 360 if rotation else 0,
    )


def _fitting(text: str, style: str) -> int:
    """The font size (pt) at which `text` fills the shape's width without passing its height, as Word's
    text path fits its text to the shape."""
    size = {k: float(v) for k, v in re.findall(r"(width|height):\s*([\d.]+)pt", style)}
    wide = size.get("width", 440.0) / max(text_width(text, 1.0), 1.0)
    return max(1, round(min(size.get("height", wide), wide)))


def _attribute(shape: bytes, name: bytes) -> str:
    found = re.search(rb"<v:shape [^>]*?\b" + name + rb'="([^"]*)"', shape)
    return found[1].decode() if found else ""
