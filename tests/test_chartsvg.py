"""The charts of the PDF: each native chart drawn by lkj as an SVG picture (lkj.render.chartsvg) from the
same Chart its native part holds (read back by lkj.render.chartxml.read_chart_space), with the same
numbers, labels, band and legend; the copy LibreOffice converts (lkj.render.pdf_copy) carries them."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from lkj.render import charts
from lkj.render.chartsvg import scale, svg, text_width, wrap
from lkj.render.chartxml import chart_space, read_chart_space

SVG = {"s": "http://www.w3.org/2000/svg"}


def _round_trip(chart: charts.Chart) -> charts.Chart:
    return read_chart_space(chart_space(chart, "rId1").encode(), chart.title, chart.height_cm)


def _as_stored(chart: charts.Chart) -> charts.Chart:
    """What a chart part keeps of a Chart: no colour for a hidden series, no empty label."""

    def series(s: charts.Series) -> charts.Series:
        labels = tuple(t or None for t in s.labels)
        labelled = any(labels)
        below = tuple(b and t is not None for b, t in zip(s.below, labels, strict=False))
        return dataclasses.replace(
            s,
            color="" if s.hidden else s.color,
            labels=labels if labelled else (),
            below=below if labelled and any(below) else (),
        )

    return dataclasses.replace(chart, series=tuple(series(s) for s in chart.series))


values = st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False, allow_infinity=False)
maybe = st.one_of(st.none(), values)


@given(st.lists(st.tuples(maybe, maybe, maybe), min_size=1, max_size=6))
def test_a_trend_chart_reads_back_as_it_was_written(years):
    targets = [None if low is None else (low, low if high is None else low + high) for low, high, _ in years]
    chart = charts.tren("X & <Y>", list(range(2019, 2019 + len(years))), targets, [r for *_, r in years], "%")
    assert _round_trip(chart) == _as_stored(chart)


@given(
    st.lists(
        st.tuples(
            st.text(
                st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=40
            ).filter(str.strip),
            values,
            maybe,
        ),
        min_size=1,
        max_size=8,
    )
)
def test_bar_charts_read_back_as_they_were_written(rows):
    names = [n for n, *_ in rows]
    capaian = charts.capaian_sasaran(names, [c for *_, c in rows])
    assert _round_trip(capaian) == _as_stored(capaian)
    pagu = [D(p) * 1_000_000 for _, p, _ in rows]
    anggaran = charts.anggaran(names, pagu, [p / 2 for p in pagu], [D(50)] * len(rows))
    assert _round_trip(anggaran) == _as_stored(anggaran)


def _tree(chart: charts.Chart) -> etree._Element:
    return etree.fromstring(svg(chart, 15.0).encode())


def _texts(tree: etree._Element) -> list[str]:
    return [t.text for t in tree.iter("{*}text")]


def test_a_range_target_is_drawn_as_a_band_and_its_base_is_not():
    chart = charts.tren(
        "Pemanfaatan pusat data",
        [2022, 2023, 2024],
        [(D(30), D(50)), (D(45), D(65)), (D(60), D(80))],
        [D(42), D(70), D(75)],
        "%",
    )
    tree = _tree(chart)
    bands = tree.findall("s:polygon", SVG)
    assert [b.get("fill") for b in bands] == [f"#{charts.LIGHT_ORANGE}"]  # one band, the base unfilled
    points = [tuple(float(n) for n in p.split(",")) for p in bands[0].get("points").split()]
    assert len(points) == 6  # three years along the top bound, three back along the bottom one
    top, bottom = points[:3], points[3:][::-1]
    assert all(t[1] < b[1] for t, b in zip(top, bottom, strict=True))  # the band has a height every year
    texts = _texts(tree)
    assert {"42", "70", "75"} <= set(texts)  # every realisation labelled
    assert "Rentang target" in texts and "Realisasi" in texts
    assert "Batas bawah target" not in texts  # the hidden base is in no legend
    assert tree.findtext("s:title", namespaces=SVG) == "Target dan realisasi Pemanfaatan pusat data"


def test_a_label_goes_below_its_point_where_the_target_is_above_it():
    chart = charts.tren("Indeks SPBE", [2021, 2022], [None, (D(3), D(3))], [D("1.69"), D("2.79")], "Indeks")
    tree = _tree(chart)
    realised = [c for c in tree.findall("s:circle", SVG) if c.get("fill") == f"#{charts.BLUE}"]
    labels = {t.text: float(t.get("y")) for t in tree.iter("{*}text") if t.text in ("1,69", "2,79")}
    assert labels["1,69"] < float(realised[0].get("cy"))  # above its point: no target there
    assert labels["2,79"] > float(realised[1].get("cy"))  # below: the target 3,00 is above it
    assert "3" in _texts(tree) and "2,5" in _texts(tree)  # the value axis in the Indonesian format


def test_bar_chart_has_no_constant_series_and_labels_every_bar():
    chart = charts.capaian_sasaran(
        ["1. Meningkatnya Layanan Aplikasi dan Informatika", "2. Statistik Sektoral"],
        [D("101.53"), None],
    )
    tree = _tree(chart)
    bars = tree.findall("s:rect", SVG)
    assert [b.get("fill") for b in bars] == [f"#{charts.BLUE}"]  # one bar: no target series at 100
    texts = _texts(tree)
    assert "101,53%" in texts and "belum ada data" in texts
    assert "Capaian (%), target 100%" in texts
    assert "1. Meningkatnya Layanan Aplikasi dan" in texts and "Informatika" in texts  # wrapped, whole
    assert {"0", "100"} <= set(texts)


def test_money_bars_are_scaled_and_labelled_with_their_absorption():
    chart = charts.anggaran(
        ["Program A", "Program B"],
        [D(6_199_463_343), D(85_317_516)],
        [D(5_964_487_412), D(83_531_260)],
        [D("96.21"), D("97.91")],
    )
    tree = _tree(chart)
    widths = {b.get("fill"): [] for b in tree.findall("s:rect", SVG)}
    for b in tree.findall("s:rect", SVG):
        widths[b.get("fill")].append(float(b.get("width")))
    assert len(widths[f"#{charts.LIGHT_BLUE}"]) == 2 and len(widths[f"#{charts.BLUE}"]) == 2
    assert widths[f"#{charts.BLUE}"][0] / widths[f"#{charts.LIGHT_BLUE}"][0] == pytest.approx(0.9621, 1e-3)
    texts = _texts(tree)
    assert {"96,21%", "97,91%", "Rupiah (miliar)", "Pagu", "Realisasi", "6"} <= set(texts)


def test_the_picture_is_the_same_for_the_same_chart():
    chart = charts.tren("X", [2023, 2024], [(D(1), D(2)), (D(2), D(3))], [D("1.5"), D("2.5")], "Indeks")
    assert svg(chart, 15.0) == svg(dataclasses.replace(chart), 15.0)
    assert re.search(r'width="15cm" height="6\.5cm"', svg(chart, 15.0))


def test_wrapped_lines_fit_and_what_does_not_fit_ends_with_an_ellipsis():
    text = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    lines = wrap(text, 80, 2)
    assert len(lines) == 2 and all(text_width(line) <= 80 for line in lines)
    assert lines[-1].endswith("…") and lines[0].startswith("Program")
    assert wrap(text, 1000, 3) == [text]


def test_gridlines_are_round_and_start_at_zero_for_bars():
    axis = scale([D("132.35"), D(100)], from_zero=True)
    assert (axis.low, axis.step) == (0, 20) and list(axis.ticks)[-1] == 140
    assert scale([D(2), D("2.1")]).low > 0  # a line's small differences still show
    assert scale([D(5)], D(100), from_zero=True).high == 100  # a fixed maximum is kept


def test_a_realisation_of_one_year_is_a_larger_marker_in_the_word_chart_and_in_the_picture():
    """Arunika's new indicators have a realisation for 2025 only: drawn as a line's marker it was a speck
    beside the target's line. A point no line reaches is drawn larger, in both, and labelled."""
    chart = charts.tren("X", [2023, 2024, 2025], [(D(2), D(2))] * 3, [None, None, D("3.00")], "Indeks")
    assert charts.isolated(chart.series[0].values) == [2]
    assert charts.isolated([D(1), D(2), None, D(3)]) == [3]
    space = etree.fromstring(chart_space(chart, "rId1").encode())
    C = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
    (realised,) = [s for s in space.iter(f"{{{C['c']}}}ser") if "Realisasi" in "".join(s.itertext())]
    assert realised.xpath("c:dPt/c:idx/@val", namespaces=C) == ["2"]
    assert realised.xpath("c:dPt/c:marker/c:size/@val", namespaces=C) == ["8"]
    assert realised.xpath("c:marker/c:size/@val", namespaces=C) == ["5"]
    tree = _tree(chart)
    dots = [c for c in tree.findall("s:circle", SVG) if c.get("fill") == f"#{charts.BLUE}"]
    assert [float(c.get("r")) for c in dots] == [4.0]
    assert "3,00" in _texts(tree)  # its label, as typed
    assert _round_trip(chart) == _as_stored(chart)  # the picture is drawn from what Word keeps


def test_a_target_met_exactly_every_year_is_drawn_over_the_realisation_in_the_picture():
    """Sukamaju's Gambar 3.9 in the PDF: the target's line lay hidden under the realisation's. It is
    drawn after it, thinner and dashed, with open diamonds around the realisation's dots."""
    values = [D("81.5"), D("87.25"), D(93)]
    chart = charts.tren("X", [2022, 2023, 2024], [(v, v) for v in values], values, "%")
    tree = _tree(chart)
    drawn = list(tree)  # document order is drawing order
    lines = {p.get("stroke"): p for p in tree.findall("s:polyline", SVG)}
    target, realised = lines[f"#{charts.ORANGE}"], lines[f"#{charts.BLUE}"]
    assert drawn.index(target) > drawn.index(realised)  # on top of it
    assert target.get("points") == realised.get("points")  # the same line: only the order shows both
    assert target.get("stroke-dasharray") and not realised.get("stroke-dasharray")
    assert float(target.get("stroke-width")) < float(realised.get("stroke-width"))
    dots = [c for c in tree.findall("s:circle", SVG) if c.get("fill") == f"#{charts.BLUE}"]
    diamonds = tree.findall("s:polygon", SVG)
    assert len(dots) == len(diamonds) == 3
    for dot, diamond in zip(dots, diamonds, strict=True):
        assert drawn.index(diamond) > drawn.index(dot)
        assert (diamond.get("fill"), diamond.get("stroke")) == ("none", f"#{charts.ORANGE}")
        corners = [tuple(float(n) for n in p.split(",")) for p in diamond.get("points").split()]
        cx, cy = float(dot.get("cx")), float(dot.get("cy"))
        assert sum(x for x, _ in corners) / 4 == pytest.approx(cx)
        assert sum(y for _, y in corners) / 4 == pytest.approx(cy)
        half = max(abs(y - cy) for _, y in corners)
        clear = half / 2**0.5 - float(diamond.get("stroke-width")) / 2
        assert clear > float(dot.get("r"))  # the diamond's sides pass clear of the dot
    texts = _texts(tree)
    assert [texts.count(label) for label in ("81,5", "87,25", "93")] == [1, 1, 1]  # no value twice
    assert {"Target", "Realisasi"} <= set(texts)
