"""Regenerate the sample workbooks from their transcriptions.

    python dev/make_samples.py   # input/ (Jambi 2022), tests/data/sukamaju/ and arunika/ (fictional)

The workbooks are committed so that `python generate.py` works on a fresh clone; tests/test_samples.py
checks that the committed workbooks still hold exactly what the transcriptions say.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lkj.contract import WORKBOOKS  # noqa: E402
from lkj.xlsx.blank import Prefill  # noqa: E402
from lkj.xlsx.fill import fill_workbook  # noqa: E402


def write_dataset(module: ModuleType, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    for name, (kind, data) in module.WORKBOOKS.items():
        fill_workbook(WORKBOOKS[kind], data, folder / name, Prefill(tahun=module.TAHUN))


def main() -> None:
    from dev.samples import arunika_2025, jambi_2022, sukamaju_2024

    write_dataset(jambi_2022, ROOT / "input")
    write_dataset(sukamaju_2024, ROOT / "tests" / "data" / "sukamaju")
    write_dataset(arunika_2025, ROOT / "tests" / "data" / "arunika")


if __name__ == "__main__":
    main()
