"""Write every case of the broken-input corpus (tests/corpus.py) and of the hostile one (tests/hostile.py)
as a folder: `python dev/make_corpus.py DIR`.

Useful to look at a case in Excel, or to run `lkj validate DIR/<case>` by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus import CASES, materialise  # noqa: E402
from tests.hostile import HOSTILE  # noqa: E402

if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    target.mkdir(parents=True, exist_ok=True)
    for case in CASES + HOSTILE:
        materialise(case, target / case.name)
        print(f"{case.name}: {case.code} → {case.file} {case.sheet}!{case.cell}")
