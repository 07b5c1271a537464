"""Charts as PNG (matplotlib, Agg). Deterministic: fixed size, DPI, bundled font and no timestamp, so
the same input gives the same bytes. Imported only by the build, never by validate or hitung."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter

from lkj.indonesian import angka

BLUE, ORANGE, GREY = "#2E75B6", "#ED7D31", "#7F7F7F"
DPI = 150
plt.rcParams.update(
    {
        "font.family": "DejaVu Sans",
        "font.size": 8,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "svg.hashsalt": "lkj",
    }
)


def _png(fig: plt.Figure) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, metadata={"Software": None}, bbox_inches=None)
    plt.close(fig)
    return out.getvalue()


def _id(value: float, _pos: object = None) -> str:
    return angka(Decimal(str(round(value, 2))))


def capaian_sasaran(labels: Sequence[str], values: Sequence[Decimal | None]) -> bytes:
    """Capaian of each sasaran against the 100% target line."""
    height = 0.9 + 0.45 * len(labels)
    fig, ax = plt.subplots(figsize=(6.3, height))
    wrapped = [textwrap.fill(label, 48) for label in labels]
    shown = [float(v) if v is not None else 0.0 for v in values]
    bars = ax.barh(
        range(len(labels)), shown, color=[BLUE if v is not None else GREY for v in values], height=0.55
    )
    ax.set_yticks(range(len(labels)), wrapped)
    ax.invert_yaxis()
    ax.axvline(100, color=ORANGE, linestyle="--", linewidth=1.2, label="Target (100%)")
    for bar, value in zip(bars, values, strict=True):
        text = "belum ada data" if value is None else f"{angka(value, 2)}%"
        ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, text, va="center", fontsize=7)
    ax.set_xlim(0, max(120.0, max(shown, default=0) * 1.18))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{_id(v)}%"))
    ax.legend(loc="lower right", fontsize=7, frameon=False)
    fig.tight_layout()
    return _png(fig)


def tren(
    title: str,
    years: Sequence[int],
    targets: Sequence[Decimal | None],
    realised: Sequence[Decimal | None],
    unit: str,
) -> bytes:
    """Target and realisation of one indicator over the years."""
    fig, ax = plt.subplots(figsize=(6.3, 2.6))
    x = list(range(len(years)))

    def series(values: Sequence[Decimal | None]) -> tuple[list[int], list[float]]:
        points = [(i, float(v)) for i, v in zip(x, values, strict=True) if v is not None]
        return [p[0] for p in points], [p[1] for p in points]

    tx, ty = series(targets)
    rx, ry = series(realised)
    if tx:
        ax.plot(tx, ty, color=ORANGE, marker="o", linestyle="--", linewidth=1.2, label="Target")
    ax.plot(rx, ry, color=BLUE, marker="o", linewidth=1.8, label="Realisasi")
    for xi, yi in zip(rx, ry, strict=True):
        ax.annotate(_id(yi), (xi, yi), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=7)
    ax.set_xticks(x, [str(y) for y in years])
    ax.yaxis.set_major_formatter(FuncFormatter(_id))
    ax.set_ylabel(unit)
    ax.set_title(textwrap.fill(title, 90), fontsize=8)
    ax.margins(y=0.25)
    ax.legend(fontsize=7, frameon=False, loc="best")
    fig.tight_layout()
    return _png(fig)


def anggaran(
    labels: Sequence[str],
    pagu: Sequence[Decimal],
    realisasi: Sequence[Decimal],
    serapan: Sequence[Decimal | None],
) -> bytes:
    """Pagu and realisation per program, with the absorption percentage."""
    scale, unit = _money_scale(max(pagu, default=Decimal(0)))
    fig, ax = plt.subplots(figsize=(6.3, 1.0 + 0.5 * len(labels)))
    y = list(range(len(labels)))
    ax.barh(
        [v - 0.18 for v in y], [float(p / scale) for p in pagu], height=0.34, color="#BDD7EE", label="Pagu"
    )
    bars = ax.barh(
        [v + 0.18 for v in y],
        [float(r / scale) for r in realisasi],
        height=0.34,
        color=BLUE,
        label="Realisasi",
    )
    for bar, pct in zip(bars, serapan, strict=True):
        if pct is not None:
            ax.text(
                bar.get_width(),
                bar.get_y() + bar.get_height() / 2,
                f" {angka(pct, 2)}%",
                va="center",
                fontsize=7,
            )
    ax.set_yticks(y, [textwrap.fill(label, 40) for label in labels])
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(FuncFormatter(_id))
    ax.set_xlabel(f"Rupiah ({unit})")
    ax.set_xlim(0, float(max(pagu, default=Decimal(1)) / scale) * 1.2 or 1)
    ax.legend(fontsize=7, frameon=False, loc="lower right")
    fig.tight_layout()
    return _png(fig)


def _money_scale(largest: Decimal) -> tuple[Decimal, str]:
    if largest >= 10**9:
        return Decimal(10**9), "miliar"
    if largest >= 10**6:
        return Decimal(10**6), "juta"
    return Decimal(1), "rupiah"
