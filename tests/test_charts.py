"""Charts that carry information (issue 18): no series that is the same everywhere, a realisation's label
away from its target's marker, a range target drawn as a band."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest
from lxml import etree

from lkj.render import charts
from lkj.render.chartxml import chart_space
from tests.conftest import JAMBI, SUKAMAJU, build

C = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}


def _charts(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as package:
        names = sorted(
            (n for n in package.namelist() if re.fullmatch(r"word/charts/chart\d+\.xml", n)),
            key=lambda n: int(re.sub(r"\D", "", n)),
        )
        return [etree.fromstring(package.read(n)) for n in names]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[etree._Element]]:
    folder = tmp_path_factory.mktemp("grafik")
    return {
        "jambi": _charts(build(JAMBI, folder / "jambi.docx")),
        "sukamaju": _charts(build(SUKAMAJU, folder / "sukamaju.docx")),
    }


def _values(series: etree._Element) -> list[str]:
    return series.xpath("c:val//c:pt/c:v/text()", namespaces=C)


def _name(series: etree._Element) -> str:
    return "".join(series.xpath("c:tx//c:v/text()", namespaces=C))


def test_no_bar_chart_has_a_series_that_is_the_same_everywhere(built):
    for space in built["jambi"] + built["sukamaju"]:
        for series in space.xpath("//c:barChart/c:ser", namespaces=C):
            values = _values(series)
            assert len(values) < 3 or len(set(values)) > 1, _name(series)
    capaian = next(s for s in built["sukamaju"] if s.xpath("//c:barChart", namespaces=C))
    assert [_name(s) for s in capaian.xpath("//c:ser", namespaces=C)] == ["Capaian"]  # no "Target" at 100
    assert not capaian.xpath("//c:legend", namespaces=C)  # one series: nothing to tell apart


def _positions(series: etree._Element) -> dict[int, str]:
    return {
        int(label.find("c:idx", C).get("val")): label.find("c:dLblPos", C).get("val")
        for label in series.xpath("c:dLbls/c:dLbl", namespaces=C)
    }


def test_a_realisation_label_goes_below_its_point_where_the_target_is_above(built):
    """Jambi's SPBE index, two years: 2,79 against a target of 3,00; its label sat on the target's
    marker."""
    spbe = next(s for s in built["jambi"] if s.xpath("//c:lineChart", namespaces=C))
    realised, target = spbe.xpath("//c:lineChart/c:ser", namespaces=C)
    assert (_name(realised), _name(target)) == ("Realisasi", "Target")
    assert _values(realised) == ["1.69", "2.79"] and _values(target) == ["3"]
    assert _positions(realised) == {0: "t", 1: "b"}
    checked = 0
    for space in built["sukamaju"]:
        lines = space.xpath("//c:lineChart/c:ser", namespaces=C)
        if len(lines) != 2:
            continue
        realised, target = lines
        targets = {
            int(p.get("idx")): D(p.findtext("c:v", namespaces=C))
            for p in target.xpath("c:val//c:pt", namespaces=C)
        }
        values = {
            int(p.get("idx")): D(p.findtext("c:v", namespaces=C))
            for p in realised.xpath("c:val//c:pt", namespaces=C)
        }
        for index, position in _positions(realised).items():
            near = [targets[j] for j in (index - 1, index, index + 1) if j in targets]
            if index not in targets or all(t < values[index] for t in near):
                assert position == "t"  # the target's line stays below the point, or there is none
            elif all(t >= values[index] for t in near):
                assert position == "b"
            checked += 1
    assert checked >= 20


def test_a_label_keeps_off_a_target_line_that_crosses_near_its_point():
    """A label above its point sat on the target's line where it rose steeply to next year's target; a
    label below its point is free where the line rises, not where it falls."""
    rising = charts.label_below([D("2.8"), D("2.8"), D("4.0")], [None, D("2.9"), None])
    assert rising == (False, True, False)  # above the point, the line to 4,0 passes through the label
    # Arunika's Gambar 3.2: 2,80 above its target of 2,75; 3,00 on its target, which rises to it from
    # below: above it too, where the line is not
    assert charts.label_below([D("2.5"), D("2.75"), D("3.0")], [None, D("2.8"), D("3.0")]) == (False,) * 3
    assert charts.label_below([D(3), D(3)], [D(3), D("2.5")]) == (True, True)  # on or under a flat line
    assert charts.label_below([None, D(3)], [D(2), D(2)]) == (False, True)  # no target: above


def test_an_index_is_labelled_with_the_decimals_it_was_typed_with():
    # as in the tables (lkj.compute.presisi): 2,80 typed so reads 2,80; 3 typed reads 3, never 3,00
    chart = charts.tren("X", [2024, 2025], [(D(3), D(3))] * 2, [D("2.80"), D(3)], "Indeks")
    assert chart.series[0].labels == ("2,80", "3")


def test_a_range_target_is_a_band_between_its_bounds(built):
    """Sukamaju's 'Tingkat pemanfaatan kapasitas pusat data' has targets of 30–50% … 60–80%."""
    banded = [s for s in built["sukamaju"] if s.xpath("//c:areaChart", namespaces=C)]
    assert len(banded) == 1
    space = banded[0]
    base, width = space.xpath("//c:areaChart/c:ser", namespaces=C)
    assert space.xpath("//c:areaChart/c:grouping/@val", namespaces=C) == ["stacked"]
    assert base.xpath(
        "c:spPr/a:noFill", namespaces={**C, "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    )
    lows, widths = [D(v) for v in _values(base)], [D(v) for v in _values(width)]
    assert lows[-1] == 60 and widths[-1] == 20  # 2024: 60–80%
    assert all(w > 0 for w in widths)
    hidden = space.xpath("//c:legend/c:legendEntry[c:delete/@val='1']/c:idx/@val", namespaces=C)
    assert hidden == [base.find("c:idx", C).get("val")]  # the band's base is not in the legend
    assert [_name(s) for s in space.xpath("//c:lineChart/c:ser", namespaces=C)] == ["Realisasi"]


def test_a_band_with_a_year_without_target_is_drawn_as_its_two_bounds():
    chart = charts.tren(
        "X", [2022, 2023, 2024], [None, (D(60), D(80)), (D(70), D(90))], [D(50), D(70), D(95)], "%"
    )
    assert [s.name for s in chart.series] == ["Realisasi", "Batas atas target", "Batas bawah target"]
    assert not any(s.area for s in chart.series)
    assert "<c:areaChart>" not in chart_space(chart, "rId1")


def test_a_single_target_stays_a_line():
    chart = charts.tren("X", [2023, 2024], [(D(3), D(3)), (D(3), D(3))], [D("2.5"), D("3.2")], "Indeks")
    assert [s.name for s in chart.series] == ["Realisasi", "Target"]
    assert chart.series[0].below == (True, False)


A = {**C, "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}


def _series(space: etree._Element) -> dict[str, etree._Element]:
    return {_name(s): s for s in space.xpath("//c:lineChart/c:ser", namespaces=C)}


def _order(series: etree._Element) -> int:
    return int(series.find("c:order", C).get("val"))


def _assert_target_visible_over(target: etree._Element, realised: etree._Element) -> None:
    assert _order(target) > _order(realised)  # drawn after it: on top of it
    assert target.xpath("c:spPr/a:ln/a:prstDash/@val", namespaces=A) == ["dash"]
    width = "c:spPr/a:ln/@w"
    assert int(target.xpath(width, namespaces=A)[0]) < int(realised.xpath(width, namespaces=A)[0])
    assert target.xpath("c:marker/c:symbol/@val", namespaces=C) == ["diamond"]
    assert target.xpath("c:marker/c:spPr/a:noFill", namespaces=A)  # open: the dot under it shows
    assert realised.xpath("c:marker/c:symbol/@val", namespaces=C) == ["circle"]
    diamond = int(target.xpath("c:marker/c:size/@val", namespaces=C)[0])
    dot = int(realised.xpath("c:marker/c:size/@val", namespaces=C)[0])
    line = int(target.xpath("c:marker/c:spPr/a:ln/@w", namespaces=A)[0]) / 12700  # EMU -> pt
    assert diamond / 2 / 2**0.5 - line / 2 > dot / 2  # the diamond's sides pass clear of the dot
    assert not target.xpath("c:dLbls", namespaces=C)  # only the realisation is labelled: no value twice


def test_a_target_met_exactly_every_year_is_drawn_over_the_realisation_and_stays_visible():
    """Sukamaju's Gambar 3.9: a target equal to the realisation every year lay hidden under the
    realisation's line and markers; the reader could not see there was a target."""
    chart = charts.tren(
        "X", [2022, 2023, 2024], [(D(v), D(v)) for v in (80, 90, 100)], [D(80), D(90), D(100)], "%"
    )
    space = etree.fromstring(chart_space(chart, "rId1").encode())
    series = _series(space)
    _assert_target_visible_over(series["Target"], series["Realisasi"])
    labels = series["Realisasi"].xpath("c:dLbls/c:dLbl", namespaces=C)
    assert len(labels) == 3  # one label per year, each printed once
    # on the side of each point that both lines leave free (the last year's lines rise to it from below)
    assert [p.find("c:dLblPos", C).get("val") for p in labels] == ["b", "b", "t"]


def test_every_target_line_of_the_samples_is_drawn_over_its_realisation(built):
    coinciding = 0
    for space in built["jambi"] + built["sukamaju"]:
        series = _series(space)
        if "Realisasi" not in series:
            continue
        for name, target in series.items():
            if name != "Realisasi":
                _assert_target_visible_over(target, series["Realisasi"])
                coinciding += _values(target) == _values(series["Realisasi"])
    assert coinciding >= 1  # Sukamaju's Gambar 3.9: target 80 … 100 met exactly every year
