"""A chart drawn by lkj itself as an SVG picture: what LibreOffice is given for the PDF instead of the
native Word chart (lkj.render.pdf). LibreOffice lays out every native chart as an embedded chart
document, at a cost per chart that grows with the number of charts in the report; a picture costs it
next to nothing, so the PDF's time grows with the report's size, not faster. The .docx keeps its native,
editable charts; this picture shows the same Chart (lkj.render.charts): title as alternative text, the
same series, colours, labels, target band and legend, every number the Indonesian way.

Text is measured with Arial's widths (lkj.render.textwidth; LibreOffice sets Arial in its metric twin,
Liberation Sans), so that labels are placed, wrapped and kept apart without a font library. Same
chart → same bytes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from lkj.indonesian import angka
from lkj.render.charts import Chart, Series, isolated
from lkj.render.ooxml import esc
from lkj.render.textwidth import CM_PER_POINT, width_cm

PT_PER_CM = 72 / 2.54
FONT_PT = 8.0  # as the native chart's text (sz=800)
LINE_PT = FONT_PT * 1.2
GRID, AXIS, TEXT, MUTED = "D9D9D9", "A6A6A6", "404040", "7F7F7F"
FONT = 'font-family="Arial" font-size="8"'
NO_DATA = "belum ada data"


def text_width(text: str, size: float = FONT_PT) -> float:
    """Points, from Arial's widths (lkj.render.textwidth)."""
    return width_cm(text, size) / CM_PER_POINT


def wrap(text: str, width: float, lines: int) -> list[str]:
    """`text` in at most `lines` lines no wider than `width` (broken between words; a word too long for
    a line, and what does not fit in the last line, cut with an ellipsis)."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if text_width(line) > width or (words and len(out) == lines - 1):
            line = _cut(f"{line} {' '.join(words)}" if words and len(out) == lines - 1 else line, width)
            words = words if len(out) < lines - 1 else []
        out.append(line)
    return out


def _cut(text: str, width: float) -> str:
    while text and text_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


@dataclass(frozen=True)
class Scale:
    low: Decimal
    high: Decimal
    step: Decimal

    @property
    def ticks(self) -> Iterator[Decimal]:
        tick = self.low
        while tick <= self.high:
            yield tick
            tick += self.step


def scale(values: Sequence[Decimal], maximum: Decimal | None = None, from_zero: bool = False) -> Scale:
    """Round gridlines (1, 2 or 5 × a power of ten) around `values`, five to seven of them; from zero for
    bars and wherever zero is not far below the data (a line's small differences then still show)."""
    high = maximum if maximum is not None else max(values, default=Decimal(1))
    low = min(values, default=Decimal(0))
    if from_zero or (low >= 0 and low <= high * 5 / 6):
        low = min(low, Decimal(0))
    if high <= low:
        high = low + (abs(low) or Decimal(1))
    raw = (high - low) / 7
    power = Decimal(10) ** raw.adjusted()
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    bottom = (low / step).to_integral_value(rounding="ROUND_FLOOR") * step
    top = high if maximum is not None else (high / step).to_integral_value(rounding="ROUND_CEILING") * step
    return Scale(bottom, top, step)


def _f(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _text(x: float, y: float, text: str, anchor: str = "start", color: str = TEXT, extra: str = "") -> str:
    """`text` starting, centred or ending at `x` (placed here with Arial's widths: LibreOffice's own
    text-anchor misplaces a long line)."""
    shift = {"start": 0.0, "middle": 0.5, "end": 1.0}[anchor] * text_width(text)
    return f'<text x="{_f(x - shift)}" y="{_f(y)}" {FONT} fill="#{color}"{extra}>{esc(text)}</text>'


def _line(x1: float, y1: float, x2: float, y2: float, color: str, width: float = 0.5, dash: str = "") -> str:
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke="#{color}" '
        f'stroke-width="{_f(width)}"{dashed}/>'
    )


def _rect(x: float, y: float, w: float, h: float, color: str) -> str:
    return f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(w)}" height="{_f(h)}" fill="#{color}"/>'


def _legend_rows(chart: Chart, width: float) -> list[list[tuple[Series, float]]]:
    """The visible series with the room each takes in the legend, in as many rows as they need."""
    rows: list[list[tuple[Series, float]]] = []
    if not chart.legend:
        return rows
    for s in chart.series:
        if s.hidden:
            continue
        size = 14 + text_width(s.name) + 12
        if not rows or sum(room for _, room in rows[-1]) + size > width:
            rows.append([])
        rows[-1].append((s, size))
    return rows


def _legend_height(chart: Chart, width: float) -> float:
    rows = len(_legend_rows(chart, width))
    return LINE_PT * rows + 4 if rows else 0.0


def _legend(chart: Chart, width: float, y: float) -> str:
    """The visible series' names with their swatches, centred below the chart (a group of its own)."""
    out = []
    for r, row in enumerate(_legend_rows(chart, width)):
        x = (width - sum(room for _, room in row) + 12) / 2
        base = y + r * LINE_PT
        for s, room in row:
            if chart.kind == "bar" or s.area:
                out.append(_rect(x, base - 6, 10, 6, s.color))
            else:  # a line with its marker, as the native chart's legend shows it
                out.append(_line(x, base - 3, x + 10, base - 3, s.color, 1.5, "3 2" if s.dashed else ""))
                out.append(_marker((x + 5, base - 3), s.color, 3.5 if s.dashed else 2.0, s.dashed))
            out.append(_text(x + 14, base, s.name))
            x += room
    return f"<g>{''.join(out)}</g>" if out else ""


def svg(chart: Chart, width_cm: float) -> str:
    """The chart as a standalone SVG document, `width_cm` wide and as high as the native one."""
    width, height = width_cm * PT_PER_CM, chart.height_cm * PT_PER_CM
    body = _bars(chart, width, height) if chart.kind == "bar" else _lines(chart, width, height)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(width_cm)}cm" height="{_f(chart.height_cm)}cm" '
        f'viewBox="0 0 {_f(width)} {_f(height)}"><title>{esc(chart.title)}</title>{body}</svg>'
    )


def _value_labels(ticks: Sequence[Decimal]) -> list[str]:
    return [angka(t) for t in ticks]


def _bars(chart: Chart, width: float, height: float) -> str:
    """Horizontal bars, categories top to bottom, the value axis below with its title, the legend last."""
    values = [v for s in chart.series for v in s.values if v is not None]
    axis = scale(values, chart.axis_max, from_zero=True)
    ticks = list(axis.ticks)
    legend = _legend_height(chart, width)
    bottom = height - legend - (LINE_PT + 2 if chart.axis_title else 0) - LINE_PT - 4
    top = 4.0
    widest_label = max(
        (text_width(t or "") for s in chart.series for t in (s.labels or ()) if t), default=0.0
    )
    names = min(width * 0.4, max((text_width(c) for c in chart.categories), default=0.0) + 6)
    left = names + 4
    right = width - max(widest_label + 6, text_width(angka(ticks[-1])) / 2 + 2)
    span = float(axis.high - axis.low)

    def x(value: Decimal) -> float:
        return left + (right - left) * float(value - axis.low) / span

    out = [_line(x(t), top, x(t), bottom, GRID) for t in ticks]
    out += [
        _text(x(t), bottom + LINE_PT + 1, label, "middle")
        for t, label in zip(ticks, _value_labels(ticks), strict=True)
    ]
    if chart.axis_title:
        out.append(_text((left + right) / 2, bottom + 2 * LINE_PT + 3, chart.axis_title, "middle"))
    rows = max(len(chart.categories), 1)
    row = (bottom - top) / rows
    group = row / 1.6  # the native chart's gap width: 60% of a bar group
    shown = len(chart.series)
    bar = group / (shown + 0.1 * (shown - 1))
    lines = max(1, int((row - 1) // LINE_PT))
    for c, name in enumerate(chart.categories):
        middle = top + row * (c + 0.5)
        wrapped = wrap(name, names - 2, lines)
        first = middle - (len(wrapped) - 1) * LINE_PT / 2 + FONT_PT * 0.35
        out += [_text(left - 4, first + i * LINE_PT, line, "end") for i, line in enumerate(wrapped)]
        for i, s in enumerate(chart.series):
            y = middle - group / 2 + i * bar * 1.1
            value = s.values[c]
            label = s.labels[c] if s.labels else None
            if value is None:
                if label:
                    out.append(_text(x(axis.low) + 3, y + bar / 2 + FONT_PT * 0.35, label, color=MUTED))
                continue
            start, end = sorted((x(max(axis.low, min(Decimal(0), axis.high))), x(value)))
            out.append(_rect(start, y, end - start, bar, s.color))
            if label:
                out.append(_text(end + 3, y + bar / 2 + FONT_PT * 0.35, label))
    out.append(_line(left, top, left, bottom, AXIS))
    out.append(_line(left, bottom, right, bottom, AXIS))
    out.append(_legend(chart, width, height - legend + LINE_PT))
    return "".join(out)


def _stacked(chart: Chart) -> list[tuple[Series, list[Decimal | None]]]:
    """Each series with the values it is drawn at: an area's on top of the areas before it (the band's
    width above its hidden base)."""
    base: list[Decimal] = [Decimal(0)] * len(chart.categories)
    out = []
    for s in chart.series:
        if s.area:
            drawn: list[Decimal | None] = [b + (v or 0) for b, v in zip(base, s.values, strict=True)]
            base = [d or Decimal(0) for d in drawn]
        else:
            drawn = list(s.values)
        out.append((s, drawn))
    return out


@dataclass(frozen=True)
class _Plot:
    """Where a line chart's plot area lies and how values map into it."""

    left: float
    right: float
    top: float
    bottom: float
    axis: Scale
    points: int
    edge_to_edge: bool  # a band: the first and last year on the plot's edges (the native midCat)

    def x(self, i: int) -> float:
        if not self.edge_to_edge:
            return self.left + (self.right - self.left) * (i + 0.5) / max(self.points, 1)
        if self.points < 2:
            return (self.left + self.right) / 2
        return self.left + (self.right - self.left) * i / (self.points - 1)

    def y(self, value: Decimal) -> float:
        span = float(self.axis.high - self.axis.low)
        return self.bottom - (self.bottom - self.top) * float(value - self.axis.low) / span


def _lines(chart: Chart, width: float, height: float) -> str:
    """Years left to right; a target band (stacked areas) under the lines; each labelled point's label
    above it, or below where the series says so (a target above it)."""
    stacked = _stacked(chart)
    axis = scale([v for _, drawn in stacked for v in drawn if v is not None], chart.axis_max)
    ticks = list(axis.ticks)
    tick_labels = _value_labels(ticks)
    legend = _legend_height(chart, width)
    plot = _Plot(
        left=(LINE_PT + 4 if chart.axis_title else 2) + max(text_width(t) for t in tick_labels) + 6,
        right=width - 8,
        top=LINE_PT + 4,  # room for a label above the highest point
        bottom=height - legend - LINE_PT - 6,
        axis=axis,
        points=len(chart.categories),
        edge_to_edge=any(s.area for s in chart.series),
    )
    out = [_line(plot.left, plot.y(t), plot.right, plot.y(t), GRID) for t in ticks]
    out += [
        _text(plot.left - 4, plot.y(t) + FONT_PT * 0.35, label, "end")
        for t, label in zip(ticks, tick_labels, strict=True)
    ]
    if chart.axis_title:
        middle = (plot.top + plot.bottom) / 2
        turn = f' transform="rotate(-90 {_f(LINE_PT)} {_f(middle)})"'
        out.append(_text(LINE_PT, middle, chart.axis_title, "middle", extra=turn))
    out += [_text(plot.x(i), plot.bottom + LINE_PT + 1, c, "middle") for i, c in enumerate(chart.categories)]
    out += _areas(plot, stacked)
    for s, drawn in stacked:
        if not s.area:
            out += _polyline(s, [None if v is None else (plot.x(i), plot.y(v)) for i, v in enumerate(drawn)])
    for s, drawn in stacked:
        if not s.area:
            out += _point_labels(plot, s, drawn)
    out.append(_line(plot.left, plot.bottom, plot.right, plot.bottom, AXIS))
    out.append(_legend(chart, width, height - legend + LINE_PT))
    return "".join(out)


def _areas(plot: _Plot, stacked: list[tuple[Series, list[Decimal | None]]]) -> list[str]:
    """Each visible area (the target band) filled between its top and the area below it."""
    out = []
    floor: list[Decimal | None] = [max(plot.axis.low, Decimal(0))] * plot.points
    for s, drawn in stacked:
        if not s.area:
            continue
        if not s.hidden:
            upper = [(plot.x(i), plot.y(v)) for i, v in enumerate(drawn) if v is not None]
            lower = [(plot.x(i), plot.y(v)) for i, v in enumerate(floor) if v is not None][::-1]
            points = " ".join(f"{_f(a)},{_f(b)}" for a, b in upper + lower)
            out.append(f'<polygon points="{points}" fill="#{s.color}"/>')
        floor = drawn
    return out


ABOVE = 6.0  # pt from a point to the baseline of its label above it: clear of a target's diamond there


def _point_labels(plot: _Plot, series: Series, drawn: Sequence[Decimal | None]) -> list[str]:
    """Each labelled point's label, above it or below it, kept inside the plot."""
    out = []
    for i, (value, label) in enumerate(zip(drawn, series.labels or [None] * len(drawn), strict=True)):
        if value is None or not label:
            continue
        below = bool(series.below and series.below[i])
        at = min(max(plot.y(value) + (LINE_PT + 2 if below else -ABOVE), FONT_PT), plot.bottom - 2)
        half = text_width(label) / 2
        out.append(_text(min(max(plot.x(i), plot.left + half), plot.right - half), at, label, "middle"))
    return out


def _polyline(series: Series, points: Sequence[tuple[float, float] | None]) -> list[str]:
    """A series' line, broken where a year has no value, with a marker at every point."""
    stroke = 1.5 if series.dashed else 2.25
    dash = ' stroke-dasharray="4.5 3"' if series.dashed else ""
    out = []
    run: list[tuple[float, float]] = []
    for point in [*points, None]:
        if point is not None:
            run.append(point)
            continue
        if len(run) > 1:
            coords = " ".join(f"{_f(a)},{_f(b)}" for a, b in run)
            out.append(
                f'<polyline points="{coords}" fill="none" stroke="#{series.color}" '
                f'stroke-width="{_f(stroke)}" stroke-linejoin="round" stroke-linecap="round"{dash}/>'
            )
        run = []
    lone = set(isolated(points))
    out += [
        _marker(point, series.color, _size(series, i in lone), series.dashed)
        for i, point in enumerate(points)
        if point is not None
    ]
    return out


RADIUS, LONE_RADIUS = 2.5, 4.0  # pt: as the native chart's markers (lkj.render.chartxml: 5 and 8 pt)
DIAMOND, LONE_DIAMOND = 4.5, 6.0  # pt, half diagonal: a target's open diamond (chartxml: 9 and 12 pt)
DIAMOND_LINE = 0.75


def _size(series: Series, lone: bool) -> float:
    if series.dashed:
        return LONE_DIAMOND if lone else DIAMOND
    return LONE_RADIUS if lone else RADIUS


def _marker(at: tuple[float, float], color: str, size: float, target: bool = False) -> str:
    """A realisation's dot (`size` its radius), or a target's open diamond (`size` its half diagonal),
    which drawn over a dot leaves it visible."""
    x, y = at
    if not target:
        return f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(size)}" fill="#{color}"/>'
    corners = " ".join(
        f"{_f(a)},{_f(b)}" for a, b in ((x, y - size), (x + size, y), (x, y + size), (x - size, y))
    )
    return f'<polygon points="{corners}" fill="none" stroke="#{color}" stroke-width="{_f(DIAMOND_LINE)}"/>'
