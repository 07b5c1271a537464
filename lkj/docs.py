"""The reference documents generated from code, by file name under docs/."""

from __future__ import annotations

from collections.abc import Callable


def _contract() -> str:
    import lkj.validate  # noqa: F401  (registers the validation rules listed in the catalogue)
    from lkj.contract.docs import render_markdown

    return render_markdown()


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
