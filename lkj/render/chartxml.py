"""A chart as Word stores it: a DrawingML chart part (c:chartSpace) whose cached values Word and
LibreOffice draw, plus a small embedded workbook holding the same numbers for Word's Edit Data.

Everything is written as strings, like the rest of the document (ooxml.py): a chart costs well under a
millisecond, so a report with a chart per indicator stays fast at any size.
"""

from __future__ import annotations

from decimal import Decimal

from lxml import etree

from lkj.render.charts import Chart, Series, isolated
from lkj.render.ooxml import esc
from lkj.render.package import stored_archive

C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EMU_PER_CM = 360000
SHEET = "Data"
_CAT_AXIS, _VAL_AXIS = "500000001", "500000002"
AXIS_FORMAT = "[$-421]#,##0.##"  # Indonesian (LCID 0421): LibreOffice then writes 2,5 and 1.000
FONT = '<a:latin typeface="Arial"/><a:cs typeface="Arial"/>'


def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


def _column(index: int) -> str:
    return chr(ord("A") + index)  # a chart has a handful of series: B, C, …


def _rich(text: str, size: int | None = None, bold: bool = False) -> str:
    attrs = (f' sz="{size}"' if size else "") + (' b="1"' if bold else ' b="0"')
    return (
        "<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>"
        f'<a:defRPr{attrs}>{FONT}</a:defRPr></a:pPr><a:r><a:rPr lang="id-ID"{attrs}>{FONT}</a:rPr>'
        f"<a:t>{esc(text)}</a:t></a:r></a:p></c:rich>"
    )


def _fill(color: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'


def _flags(value: bool) -> str:
    return (
        '<c:showLegendKey val="0"/>'
        f'<c:showVal val="{int(value)}"/>'
        '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>'
    )


def _labels(series: Series, position: str) -> str:
    """Each point's label as fixed text (Indonesian number format, whatever Word's locale), above its
    point or, where the series says so, below it."""
    if not series.labels:
        return ""
    below = series.below or (False,) * len(series.labels)
    points = "".join(
        f'<c:dLbl><c:idx val="{i}"/><c:tx>{_rich(text)}</c:tx>'
        f'<c:dLblPos val="{"b" if low and position == "t" else position}"/>{_flags(True)}</c:dLbl>'
        for i, (text, low) in enumerate(zip(series.labels, below, strict=True))
        if text
    )
    return f"<c:dLbls>{points}{_flags(False)}</c:dLbls>" if points else ""


def _data(chart: Chart, index: int, series: Series) -> str:
    rows = len(chart.categories)
    column = _column(index + 1)
    categories = "".join(
        f'<c:pt idx="{i}"><c:v>{esc(name)}</c:v></c:pt>' for i, name in enumerate(chart.categories)
    )
    values = "".join(
        f'<c:pt idx="{i}"><c:v>{_number(v)}</c:v></c:pt>'
        for i, v in enumerate(series.values)
        if v is not None
    )
    return (
        f'<c:cat><c:strRef><c:f>{SHEET}!$A$2:$A${rows + 1}</c:f><c:strCache><c:ptCount val="{rows}"/>'
        f"{categories}</c:strCache></c:strRef></c:cat>"
        f"<c:val><c:numRef><c:f>{SHEET}!${column}$2:${column}${rows + 1}</c:f><c:numCache>"
        f'<c:formatCode>General</c:formatCode><c:ptCount val="{rows}"/>{values}'
        "</c:numCache></c:numRef></c:val>"
    )


def _head(index: int, series: Series) -> str:
    column = _column(index + 1)
    return (
        f'<c:idx val="{index}"/><c:order val="{index}"/>'
        f"<c:tx><c:strRef><c:f>{SHEET}!${column}$1</c:f><c:strCache>"
        f'<c:ptCount val="1"/><c:pt idx="0"><c:v>{esc(series.name)}</c:v></c:pt>'
        "</c:strCache></c:strRef></c:tx>"
    )


def _bar_series(chart: Chart, index: int, series: Series) -> str:
    return (
        f"<c:ser>{_head(index, series)}<c:spPr>{_fill(series.color)}</c:spPr>"
        f'<c:invertIfNegative val="0"/>{_labels(series, "outEnd")}{_data(chart, index, series)}</c:ser>'
    )


MARKER, LONE_MARKER = 5, 8  # points: a line's marker, and a point no line reaches (charts.isolated)
# a target's open diamond, drawn over the realisation: its sides pass clear of a dot of MARKER (half
# diagonal 4,5 pt: 3,2 pt from the centre, less half its 0,75 pt outline), so both show where they meet
DIAMOND, LONE_DIAMOND = 9, 12
DIAMOND_LINE = 9525  # EMU: 0,75 pt


def _marker(series: Series, lone: bool = False) -> str:
    if series.dashed:
        return (
            f'<c:marker><c:symbol val="diamond"/><c:size val="{LONE_DIAMOND if lone else DIAMOND}"/>'
            f'<c:spPr><a:noFill/><a:ln w="{DIAMOND_LINE}">{_fill(series.color)}</a:ln></c:spPr></c:marker>'
        )
    return (
        f'<c:marker><c:symbol val="circle"/><c:size val="{LONE_MARKER if lone else MARKER}"/>'
        f"<c:spPr>{_fill(series.color)}<a:ln>{_fill(series.color)}</a:ln></c:spPr></c:marker>"
    )


def _line_series(chart: Chart, index: int, series: Series) -> str:
    dash = '<a:prstDash val="dash"/>' if series.dashed else ""
    lone = "".join(
        f'<c:dPt><c:idx val="{i}"/>{_marker(series, lone=True)}<c:bubble3D val="0"/></c:dPt>'
        for i in isolated(series.values)
    )
    return (
        f"<c:ser>{_head(index, series)}"
        f'<c:spPr><a:ln w="{19050 if series.dashed else 28575}" cap="rnd">{_fill(series.color)}{dash}'
        f"<a:round/></a:ln></c:spPr>{_marker(series)}{lone}"
        f'{_labels(series, "t")}{_data(chart, index, series)}<c:smooth val="0"/></c:ser>'
    )


def _area_series(chart: Chart, index: int, series: Series) -> str:
    fill = "<a:noFill/>" if series.hidden else _fill(series.color)
    return (
        f"<c:ser>{_head(index, series)}<c:spPr>{fill}<a:ln><a:noFill/></a:ln></c:spPr>"
        f"{_data(chart, index, series)}</c:ser>"
    )


def _line_plot(chart: Chart) -> str:
    """A line chart, over a stacked area for the series that are areas (a target band: its hidden base,
    then its width), both on the same axes."""
    areas = [(i, s) for i, s in enumerate(chart.series) if s.area]
    lines = "".join(_line_series(chart, i, s) for i, s in enumerate(chart.series) if not s.area)
    axes = f'<c:axId val="{_CAT_AXIS}"/><c:axId val="{_VAL_AXIS}"/>'
    area = (
        '<c:areaChart><c:grouping val="stacked"/><c:varyColors val="0"/>'
        + "".join(_area_series(chart, i, s) for i, s in areas)
        + f"{axes}</c:areaChart>"
        if areas
        else ""
    )
    return (
        f'{area}<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{lines}'
        f'<c:marker val="1"/>{axes}</c:lineChart>'
    )


def _legend(chart: Chart) -> str:
    if not chart.legend:
        return ""
    hidden = "".join(
        f'<c:legendEntry><c:idx val="{i}"/><c:delete val="1"/></c:legendEntry>'
        for i, s in enumerate(chart.series)
        if s.hidden
    )
    return f'<c:legend><c:legendPos val="b"/>{hidden}<c:overlay val="0"/></c:legend>'


def _axes(chart: Chart) -> str:
    horizontal = chart.kind == "bar"
    gridlines = (
        f'<c:majorGridlines><c:spPr><a:ln w="6350">{_fill("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>'
    )
    line = f'<c:spPr><a:ln w="6350">{_fill("A6A6A6")}</a:ln></c:spPr>'
    title = (
        f'<c:title><c:tx>{_rich(chart.axis_title, 800, bold=False)}</c:tx><c:overlay val="0"/></c:title>'
        if chart.axis_title
        else ""
    )
    maximum = f'<c:max val="{_number(chart.axis_max)}"/>' if chart.axis_max is not None else ""
    minimum = '<c:min val="0"/>' if horizontal else ""
    # a band's area and the lines meet the years' ticks alike (an area otherwise spans whole categories)
    between = "midCat" if any(s.area for s in chart.series) else "between"
    return (
        f'<c:catAx><c:axId val="{_CAT_AXIS}"/>'
        # bars read top to bottom in the order of the table beside them
        f'<c:scaling><c:orientation val="{"maxMin" if horizontal else "minMax"}"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"l" if horizontal else "b"}"/>'
        '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>'
        f'<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{line}'
        f'<c:crossAx val="{_VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        f'<c:valAx><c:axId val="{_VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/>{maximum}{minimum}'
        f'</c:scaling><c:delete val="0"/><c:axPos val="{"b" if horizontal else "l"}"/>{gridlines}{title}'
        f'<c:numFmt formatCode="{AXIS_FORMAT}" sourceLinked="0"/><c:majorTickMark val="none"/>'
        f'<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>{line}<c:crossAx val="{_CAT_AXIS}"/>'
        f'<c:crosses val="{"max" if horizontal else "autoZero"}"/><c:crossBetween val="{between}"/></c:valAx>'
    )


def chart_space(chart: Chart, workbook_rid: str) -> str:
    """The chart part (word/charts/chartN.xml)."""
    if chart.kind == "bar":
        series = "".join(_bar_series(chart, i, s) for i, s in enumerate(chart.series))
        plot = (
            '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
            f'{series}<c:gapWidth val="60"/><c:overlap val="-10"/>'
            f'<c:axId val="{_CAT_AXIS}"/><c:axId val="{_VAL_AXIS}"/></c:barChart>'
        )
    else:
        plot = _line_plot(chart)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<c:chartSpace xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{R_NS}">'
        '<c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>'
        f'<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>{plot}{_axes(chart)}'
        f"<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>{_legend(chart)}"
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800">{FONT}</a:defRPr></a:pPr>'
        '<a:endParaRPr lang="id-ID"/></a:p></c:txPr>'
        f'<c:externalData r:id="{workbook_rid}"><c:autoUpdate val="0"/></c:externalData>'
        "</c:chartSpace>"
    )


def inline(chart: Chart, chart_rid: str, width_cm: float, number: int) -> str:
    """The drawing that places the chart in a paragraph."""
    cx, cy = round(width_cm * EMU_PER_CM), round(chart.height_cm * EMU_PER_CM)
    return (
        '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{number}" name="Grafik {number}" descr="{esc(chart.title)}"/>'
        "<wp:cNvGraphicFramePr/>"
        f'<a:graphic xmlns:a="{A_NS}"><a:graphicData uri="{C_NS}">'
        f'<c:chart xmlns:c="{C_NS}" xmlns:r="{R_NS}" r:id="{chart_rid}"/>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing>"
    )


_WORKBOOK_PARTS = {  # every part but the sheet, the same in every chart's workbook
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{R_NS}"><sheets><sheet name="{SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/></Relationships>'
    ),
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}


_WORKBOOK_BYTES = tuple((name, text.encode("utf-8")) for name, text in _WORKBOOK_PARTS.items())


def workbook(chart: Chart) -> bytes:
    """The embedded workbook: categories in column A, one column per series, names in row 1."""

    def text(ref: str, value: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(value)}</t></is></c>'

    rows = [
        '<row r="1">'
        + "".join(text(f"{_column(i + 1)}1", s.name) for i, s in enumerate(chart.series))
        + "</row>"
    ]
    for r, name in enumerate(chart.categories, start=2):
        cells = [text(f"A{r}", name)]
        for i, s in enumerate(chart.series):
            value = s.values[r - 2]
            if value is not None:
                cells.append(f'<c r="{_column(i + 1)}{r}"><v>{_number(value)}</v></c>')
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<cols><col min="1" max="1" width="60" customWidth="1"/></cols>'
        f"<sheetData>{''.join(rows)}</sheetData>"
        "</worksheet>"
    )
    return stored_archive((*_WORKBOOK_BYTES, ("xl/worksheets/sheet1.xml", sheet.encode("utf-8"))))


_NS = {"c": C_NS, "a": A_NS}


def read_chart_space(xml: bytes, title: str, height_cm: float) -> Chart:
    """The Chart that `chart_space` wrote `xml` from (its title and height are the drawing's, not the
    part's): what the PDF copy draws as a picture (lkj.render.chartsvg). A hidden series' colour is not
    kept (it is drawn without fill), nor a label that is empty."""
    space = etree.fromstring(xml)
    plots = space.xpath("c:chart/c:plotArea/*[c:ser]", namespaces=_NS)
    found = sorted(
        (int(s.find("c:order", _NS).get("val")), plot.tag.endswith("}areaChart"), s)
        for plot in plots
        for s in plot.findall("c:ser", _NS)
    )
    first = found[0][2] if found else None
    categories = tuple(first.xpath("c:cat//c:pt/c:v/text()", namespaces=_NS)) if first is not None else ()
    axis = space.find("c:chart/c:plotArea/c:valAx", _NS)
    maximum = axis.find("c:scaling/c:max", _NS) if axis is not None else None
    return Chart(
        kind="bar" if any(p.tag.endswith("}barChart") for p in plots) else "line",
        title=title,
        categories=categories,
        series=tuple(_read_series(s, area, len(categories)) for _, area, s in found),
        axis_title="".join(axis.xpath("c:title//a:t/text()", namespaces=_NS)) if axis is not None else "",
        axis_max=Decimal(maximum.get("val")) if maximum is not None else None,
        height_cm=height_cm,
    )


def _read_series(series: etree._Element, area: bool, points: int) -> Series:
    values: list[Decimal | None] = [None] * points
    for point in series.xpath("c:val//c:pt", namespaces=_NS):
        values[int(point.get("idx"))] = Decimal(point.findtext("c:v", namespaces=_NS))
    labels: list[str | None] = [None] * points
    below = [False] * points
    for label in series.xpath("c:dLbls/c:dLbl", namespaces=_NS):
        index = int(label.find("c:idx", _NS).get("val"))
        labels[index] = "".join(label.xpath("c:tx//a:t/text()", namespaces=_NS))
        below[index] = label.find("c:dLblPos", _NS).get("val") == "b"
    fill = series.xpath("c:spPr//a:srgbClr/@val", namespaces=_NS)
    labelled = any(text is not None for text in labels)
    return Series(
        name="".join(series.xpath("c:tx//c:v/text()", namespaces=_NS)),
        values=tuple(values),
        color=fill[0] if fill else "",
        labels=tuple(labels) if labelled else (),
        dashed=bool(series.xpath("c:spPr/a:ln/a:prstDash", namespaces=_NS)),
        below=tuple(below) if labelled and any(below) else (),
        area=area,
        hidden=area and not fill,
    )
