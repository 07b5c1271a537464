"""The report's charts, as data: what is plotted, in which colours, with which labels.

They become native Word charts (lkj.render.chartxml): the secretariat can restyle them in Word and see
the numbers behind them (Edit Data), they print sharp at any size, and a thousand of them cost
milliseconds. Every label shown on a chart is formatted here the Indonesian way (81,22 · 98,08%), so
the chart reads the same whatever the reader's regional settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from lkj.compute.presisi import as_typed
from lkj.indonesian import persen

BLUE, ORANGE, GREY, LIGHT_BLUE, LIGHT_ORANGE = "2E75B6", "ED7D31", "A5A5A5", "BDD7EE", "FBE5D6"
CM_PER_CATEGORY_ROW = 0.9  # horizontal bars: room per category, so that long names stay readable


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Decimal | None, ...]
    color: str
    labels: tuple[str | None, ...] = ()  # text shown at each point ("" or None: no label)
    dashed: bool = False  # a target's line: dashed, thinner, with open diamond markers (see `tren`)
    below: tuple[bool, ...] = ()  # per point: its label goes below it (away from a target above it)
    area: bool = False  # drawn as a stacked area under the lines (a target band), not as a line
    hidden: bool = False  # an area drawn without fill and left out of the legend (the band's base)


@dataclass(frozen=True)
class Chart:
    kind: str  # "bar" (horizontal bars, categories top to bottom) or "line"
    title: str  # alternative text for screen readers and the Word selection pane
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    axis_title: str = ""
    axis_max: Decimal | None = None
    height_cm: float = 6.5

    @property
    def legend(self) -> bool:
        """A legend only where there is more than one thing to tell apart."""
        return sum(not s.hidden for s in self.series) > 1


def capaian_sasaran(labels: Sequence[str], values: Sequence[Decimal | None]) -> Chart:
    """Capaian of each sasaran. Its target is 100% for every sasaran, so it is no series of its own (a
    bar of 100 beside each sasaran says nothing): the axis is scaled so that 100 is a gridline, and its
    title names the target."""
    return Chart(
        kind="bar",
        title="Capaian sasaran strategis terhadap target",
        categories=tuple(labels),
        series=(
            Series(
                "Capaian",
                tuple(values),
                BLUE,
                tuple("belum ada data" if v is None else persen(v) for v in values),
            ),
        ),
        axis_title="Capaian (%), target 100%",
        height_cm=_bar_height(len(labels)),
    )


Target = tuple[Decimal | None, Decimal | None]  # a year's target: its low and high bound (equal: one value)


def tren(
    title: str,
    years: Sequence[int],
    targets: Sequence[Target | None],
    realised: Sequence[Decimal | None],
    unit: str,
) -> Chart:
    """Target and realisation of one indicator over the years; labels with the decimals staff typed (an
    index typed 2,80 reads 2,80 as in the tables, not 2,8). A target that is a range (60–80) is
    drawn as a band between its bounds, not as a line at one of them; a realisation's label goes on the
    side of its point that the target's line leaves free (`label_below`), so that it never sits on the
    target's marker or line. The target's lines come after the realisation, so that they are drawn over
    it: thinner, dashed and with open diamonds around the realisation's dots, they stay visible where
    the target equals the realisation (a target met exactly every year would otherwise lie hidden under
    the realisation's line), and only the realisation is labelled, so no value is printed twice."""
    reference = [None if t is None else t[1] if t[1] is not None else t[0] for t in targets]
    labelled = Series(
        "Realisasi",
        tuple(realised),
        BLUE,
        tuple(None if v is None else as_typed(v) for v in realised),
        below=label_below(reference, realised),
    )
    ranged = any(t is not None and None not in t and t[0] != t[1] for t in targets)
    complete = all(t is not None and None not in t for t in targets)
    if ranged and complete:
        low = tuple(t[0] for t in targets if t is not None)
        width = tuple(t[1] - t[0] for t in targets if t is not None and t[0] is not None and t[1] is not None)
        series: tuple[Series, ...] = (
            Series("Batas bawah target", low, LIGHT_ORANGE, area=True, hidden=True),
            Series("Rentang target", width, LIGHT_ORANGE, area=True),
            labelled,
        )
    elif ranged:  # a band with holes would drop to zero: its bounds as two dashed lines
        series = (
            labelled,
            Series(
                "Batas atas target", tuple(None if t is None else t[1] for t in targets), ORANGE, dashed=True
            ),
            Series(
                "Batas bawah target", tuple(None if t is None else t[0] for t in targets), ORANGE, dashed=True
            ),
        )
    else:
        series = (labelled, Series("Target", tuple(reference), ORANGE, dashed=True))
    return Chart(
        kind="line",
        title=f"Target dan realisasi {title}",
        categories=tuple(str(y) for y in years),
        series=series,
        axis_title=unit,
        height_cm=6.5,
    )


def isolated(values: Sequence[object | None]) -> list[int]:
    """The points of a line that no line reaches (no value the year before or after: a realisation of
    one year only), which a chart draws with a larger marker so that the point reads as the series'
    value, not as a speck beside the target's line."""
    return [
        i
        for i, v in enumerate(values)
        if v is not None
        and (i == 0 or values[i - 1] is None)
        and (i == len(values) - 1 or values[i + 1] is None)
    ]


NEAR = Decimal("0.25")  # of the way to the next year: about as far as a value label reaches sideways


def label_below(target: Sequence[Decimal | None], realised: Sequence[Decimal | None]) -> tuple[bool, ...]:
    """Per year, whether the realisation's label goes below its point: where the target's line, at the
    point and NEAR of the way to the years either side (a label is wider than the marker), rises above
    the point at least as far as it falls below it. A target above the point sends the label below, one
    below it sends it above; a line crossing near the point (a steep rise to next year's target) leaves
    the label on the side it reaches least."""
    out = []
    for i, value in enumerate(realised):
        near = _near(target, i)
        if value is None or not near:
            out.append(False)
            continue
        out.append(max(near) - value >= value - min(near))
    return tuple(out)


def _near(line: Sequence[Decimal | None], i: int) -> list[Decimal]:
    """The line's values at point `i` and NEAR of the way to each neighbour it is drawn to."""
    here = line[i]
    if here is None:
        return []
    out = [here]
    for j in (i - 1, i + 1):
        other = line[j] if 0 <= j < len(line) else None
        if other is not None:
            out.append(here + (other - here) * NEAR)
    return out


def anggaran(
    labels: Sequence[str],
    pagu: Sequence[Decimal],
    realisasi: Sequence[Decimal],
    serapan: Sequence[Decimal | None],
) -> Chart:
    """Pagu and realisation per program, the realisation labelled with its absorption."""
    scale, unit = money_scale(max(pagu, default=Decimal(0)))
    return Chart(
        kind="bar",
        title="Pagu dan realisasi anggaran per program",
        categories=tuple(labels),
        series=(
            Series("Pagu", tuple(p / scale for p in pagu), LIGHT_BLUE),
            Series(
                "Realisasi",
                tuple(r / scale for r in realisasi),
                BLUE,
                tuple("" if s is None else persen(s) for s in serapan),
            ),
        ),
        axis_title=f"Rupiah ({unit})",
        height_cm=_bar_height(len(labels)),
    )


def money_scale(largest: Decimal) -> tuple[Decimal, str]:
    if largest >= 10**9:
        return Decimal(10**9), "miliar"
    if largest >= 10**6:
        return Decimal(10**6), "juta"
    return Decimal(1), "rupiah"


def _bar_height(categories: int) -> float:
    return min(22.0, 2.5 + CM_PER_CATEGORY_ROW * categories)
