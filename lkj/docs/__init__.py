"""The reference documents generated from code (docs/*.md), and the catalogue of the rules findings come
from. `python dev/make_docs.py` writes them; tests/test_contract.py fails when one is stale. A generator
stands above the stages (it may build the samples through lkj.pipeline); nothing of lkj imports it."""

from __future__ import annotations

from collections.abc import Callable

from lkj.findings import Rule


def catalogue() -> dict[str, Rule]:
    """Every rule a finding may come from, by code: the reader's, the validator's and the computation's."""
    from lkj import compute, read, validate

    return {rule.code: rule for rule in (*read.RULES, *validate.RULES, *compute.RULES)}


def _contract() -> str:
    from lkj.docs.kontrak import render_markdown

    return render_markdown()


def _computation() -> str:
    from lkj.docs.perhitungan import render_markdown

    return render_markdown()


def _templates() -> str:
    from lkj.docs.templat import render_markdown

    return render_markdown()


GENERATED: dict[str, Callable[[], str]] = {
    "kontrak-workbook.md": _contract,
    "perhitungan.md": _computation,
    "templat.md": _templates,
}
