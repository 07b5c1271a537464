"""The KONSEP watermark: a real Word watermark (the VML text shape Word's Design › Watermark makes, named
PowerPlusWaterMarkObject…) in every header of a konsep, and none in a final.

A template whose header already holds a watermark of its own (restyled in Word: another text, font,
colour or angle) keeps it in a konsep; lkj adds its own only to the headers that have none. A final report
has every watermark taken out, the template's own included: a document the Kepala Dinas signs carries none.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from lkj.render import ooxml as x

W = f"{{{x.W_NS}}}"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W10_NS = "urn:schemas-microsoft-com:office:word"
TEXT = "KONSEP"
NAME = "PowerPlusWaterMarkObject"  # how Word (and LibreOffice) know a shape for a watermark

_STYLE = ";".join(
    (
        "position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315",
        "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin",
        "mso-position-vertical:center;mso-position-vertical-relative:margin",
    )
)
# Word's own text-path shape type and a shape on it: centred on the page, at 315°, light grey, half
# transparent, behind the text.
_RUN = f"""<w:r xmlns:w="{x.W_NS}" xmlns:v="{V_NS}" xmlns:o="{O_NS}" xmlns:w10="{W10_NS}">
<w:rPr><w:noProof/></w:rPr><w:pict>
<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
 path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>
<v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>
<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>
<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>
<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
 o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight"
 xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>
<v:shape id="{NAME}1" o:spid="_x0000_s2049" type="#_x0000_t136"
 style="{_STYLE}"
 o:allowincell="f" fillcolor="#c0c0c0" stroked="f"><v:fill opacity=".5"/>
<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="{TEXT}"/>
<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>""".replace("\n", " ")


def has_watermark(header: etree._Element) -> bool:
    return any((shape.get("id") or "").startswith(NAME) for shape in header.iter(f"{{{V_NS}}}shape"))


def mark(headers: Iterable[etree._Element]) -> None:
    """A KONSEP watermark in every header that has no watermark of its own."""
    for number, header in enumerate(headers, start=1):
        if has_watermark(header):
            continue
        paragraph = header.find(f"{W}p")
        if paragraph is None:
            paragraph = etree.SubElement(header, f"{W}p")
        run = etree.fromstring(_RUN)
        shape = run.find(f".//{{{V_NS}}}shape")
        assert shape is not None
        shape.set("id", f"{NAME}{number}")  # one name per header, as Word gives them
        shape.set(f"{{{O_NS}}}spid", f"_x0000_s{2048 + number}")
        properties = paragraph.find(f"{W}pPr")
        paragraph.insert(0 if properties is None else 1, run)


def unmark(headers: Iterable[etree._Element]) -> None:
    """Every watermark taken out (the run that holds it), the template's own included."""
    for header in headers:
        for shape in list(header.iter(f"{{{V_NS}}}shape")):
            if not (shape.get("id") or "").startswith(NAME):
                continue
            run = next((a for a in shape.iterancestors(f"{W}r")), None)
            if run is not None and run.getparent() is not None:
                run.getparent().remove(run)
