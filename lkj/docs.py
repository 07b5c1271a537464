"""The reference documents generated from code, by file name under docs/."""

from __future__ import annotations

from collections.abc import Callable

from lkj.findings import Rule


def catalogue() -> dict[str, Rule]:
    """Every rule a finding may come from, by code: the reader's, then the validator's."""
    from lkj import read, validate

    return {rule.code: rule for rule in (*read.RULES, *validate.RULES)}


def _contract() -> str:
    from lkj.contract.docs import render_markdown

    return render_markdown() + "\n" + "\n".join(_rules()) + "\n"


def _rules() -> list[str]:
    lines = ["## Kode temuan validasi", "", "| Kode | Tingkat | Arti |", "|---|---|---|"]
    for rule in sorted(catalogue().values(), key=lambda r: r.code):
        lines.append(f"| `{rule.code}` | {rule.severity.label.lower()} | {rule.title} |")
    return lines


def _computation() -> str:
    from lkj.compute.docs import render_markdown

    return render_markdown()


def _templates() -> str:
    from lkj.render.template_docs import render_markdown

    return render_markdown()


GENERATED: dict[str, Callable[[], str]] = {
    "kontrak-workbook.md": _contract,
    "perhitungan.md": _computation,
    "templat.md": _templates,
}
