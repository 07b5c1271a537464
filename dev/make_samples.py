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


def emblem_png(width: int = 240, height: int = 280) -> bytes:
    """The fictional Sukamaju emblem the Profil names for the cover: a green shield edged in gold with a
    gold diamond, drawn pixel by pixel (the same bytes every time, no imaging library needed)."""
    import struct
    import zlib

    green, gold, white = (0, 110, 60), (230, 180, 30), (255, 255, 255)

    def inside(x: float, y: float, margin: float) -> bool:
        left, right, top = margin, width - margin, margin
        straight = height * 0.55
        if not (left <= x <= right and y >= top):
            return False
        if y <= straight:
            return True
        # the shield's lower part narrows to a point
        depth = (y - straight) / (height - margin - straight)
        half = (right - left) / 2 * (1 - depth)
        return depth <= 1 and abs(x - width / 2) <= half

    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            if inside(x, y, 16):
                diamond = abs(x - width / 2) / 60 + abs(y - height * 0.42) / 80 <= 1
                colour = gold if diamond else green
            elif inside(x, y, 6):
                colour = gold
            else:
                colour = white
            row += bytes(colour)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def main() -> None:
    from dev.samples import arunika_2025, jambi_2022, sukamaju_2024

    write_dataset(jambi_2022, ROOT / "input")
    sukamaju = ROOT / "tests" / "data" / "sukamaju"
    write_dataset(sukamaju_2024, sukamaju)
    (sukamaju / sukamaju_2024.PROFIL["logo"]).write_bytes(emblem_png())
    write_dataset(arunika_2025, ROOT / "tests" / "data" / "arunika")


if __name__ == "__main__":
    main()
