"""Help texts of the templates' data: every field a template may use says what it holds, in Bahasa
Indonesia, for the secretariat that edits the templates (docs/templat.md is generated from them)."""

from __future__ import annotations

from dataclasses import Field, field
from typing import Any

HELP = "help"


def doc(text: str) -> Any:
    """A dataclass field whose help text is `text`."""
    return field(metadata={HELP: text})


def help_of(item: Field[Any]) -> str:
    return str(item.metadata.get(HELP, ""))
