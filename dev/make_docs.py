"""Regenerate the generated reference docs: `python dev/make_docs.py`."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lkj.docs import GENERATED  # noqa: E402

if __name__ == "__main__":
    for name, render in GENERATED.items():
        (ROOT / "docs" / name).write_text(render(), encoding="utf-8")
        print(f"ditulis: docs/{name}")
