"""Benchmark of the PDF (issue 18): the wall time of `lkj build --pdf` (the .docx, then LibreOffice with
every index updated until it settles, the tagged PDF exported) beside LibreOffice's own conversion of the
same .docx (`soffice --convert-to pdf`, no index or field update) in the same run, for the sample and for
the synthetic input at half, once and twice the size of a large Dinas (100 bidang / 5.000 sub kegiatan),
so that the growth with size shows. lkj gives LibreOffice a copy shaped to lay out fast (charts as
pictures, the watermark drawn by the PDF export, long tables cut: lkj.render.pdf_copy); the plain
conversion is of the .docx as it is, as anyone would convert it.

    python bench/pdf.py             # sample, 0,5×, 1×, 2×
    python bench/pdf.py --no-2x     # without the largest size
    python bench/pdf.py --repeat 3  # median of 3 runs per figure (default 1: a run takes minutes)
    python bench/pdf.py --plain-limit 600  # a plain conversion stopped after 600 s (shown as "> 600")

LibreOffice runs on a profile of its own, started once before it is timed (as lkj's own run does), so
neither figure pays for creating a profile. The machine's load average is printed before and after:
the machine is shared, and a figure measured under load is slower than the machine is.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lkj._bootstrap import ensure_environment  # noqa: E402

TARGET_SECONDS = 180.0  # the 1× PDF, whole `lkj build --pdf`
TARGET_RATIO = 1.5  # `lkj build --pdf` ÷ LibreOffice's plain conversion of the same .docx
GROWTH = 2.3  # twice the size in at most 2,3 times the time: close to linear (a long report is laid out in
# parts, lkj.render.pdf_long, so LibreOffice's own growth, faster than the pages, stays within a part)


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def plain_conversion(docx: Path, soffice: str, limit: float | None) -> tuple[float, int]:
    """LibreOffice's own time to convert `docx` to PDF (no index update), and the PDF's pages; past
    `limit` seconds LibreOffice is stopped (its whole process group) and the time is infinite."""
    with tempfile.TemporaryDirectory(prefix="lkj-bench-lo-") as folder:
        work = Path(folder)
        office = [soffice, f"-env:UserInstallation={(work / 'profil').as_uri()}", "--headless"]
        subprocess.run([*office, "--terminate_after_init"], check=True, capture_output=True)
        command = [*office, "--convert-to", "pdf", "--outdir", str(work), str(docx)]
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        try:
            process.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # soffice starts oosplash, which starts soffice.bin
            process.wait()
            return math.inf, 0
        return time.perf_counter() - start, pages(work / docx.with_suffix(".pdf").name)


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((int(line.split()[1]) for line in info.splitlines() if line.startswith("Pages:")), 0)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-2x", action="store_true", help="skip the 2× size")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--plain-limit", type=float, default=None, help="seconds; stop a plain conversion")
    options = parser.parse_args()

    from bench.run import OUT, generated, lkj, report
    from bench.synth import Size
    from lkj.render.pdf import faster_allocator, find_soffice

    soffice = find_soffice()
    if soffice is None or shutil.which("pdfinfo") is None:
        sys.exit("LibreOffice dan poppler-utils (pdfinfo) diperlukan untuk benchmark PDF.")
    OUT.mkdir(parents=True, exist_ok=True)
    work = OUT / "work"
    work.mkdir(exist_ok=True)
    sizes = [("sample", ROOT / "input", "input/ (Kota Jambi 2022)")]
    for label, factor in (("0.5x", 0.5), ("large", 1), ("2x", 2))[: 2 if options.no_2x else 3]:
        size = Size(round(100 * factor), round(5000 * factor), round(500 * factor))
        sizes.append((label, generated(label, size), f"{size.label} ({factor:g}×)"))
    print(f"lkj PDF benchmark · {os.cpu_count()} CPU · load average {load()} · median of {options.repeat}")
    allocator = faster_allocator()
    print(
        f"  LibreOffice for build --pdf with {allocator or 'the C library allocator'} (lkj.render.pdf);"
        " the plain conversion as anyone runs it"
    )
    print(f"  {'input':58} {'build --pdf':>12} {'LibreOffice':>12} {'ratio':>6} {'pages':>6}")
    figures: dict[str, tuple[float, float]] = {}
    for label, folder, title in sizes:
        docx = work / f"{label}-pdf.docx"
        builds, plains, counted = [], [], 0
        for _ in range(options.repeat):
            builds.append(timed(lkj("build", folder, "-o", docx, "--pdf", "--ganti")))
            print(f"  ({title}: build --pdf {builds[-1]:.1f} s)", flush=True)
            seconds, _ = plain_conversion(docx, soffice, options.plain_limit)
            counted = pages(docx.with_suffix(".pdf"))  # lkj's PDF: a plain conversion stopped has none
            plains.append(seconds)
        build, plain = statistics.median(builds), statistics.median(plains)
        figures[label] = (build, plain)
        shown = f"{plain:10.1f} s" if plain < math.inf else f"> {options.plain_limit:8.0f} s"
        ratio = f"{build / plain:5.2f}×" if plain < math.inf else f"<{build / options.plain_limit:4.2f}×"
        print(f"  {title:58} {build:10.1f} s {shown} {ratio} {counted:6}", flush=True)
    print(f"load average after: {load()}")
    build, plain = figures["large"]
    checks = [
        ("1× `lkj build --pdf`, seconds", build, TARGET_SECONDS),
        ("1× build --pdf ÷ plain conversion", build / plain, TARGET_RATIO),
    ]
    checks.append(("1× ÷ ½× (build --pdf; linear: 2)", build / figures["0.5x"][0], GROWTH))
    if "2x" in figures:
        checks.append(("2× ÷ 1× (build --pdf; linear: 2)", figures["2x"][0] / build, GROWTH))
    sys.exit(report(checks))


if __name__ == "__main__":
    ensure_environment()
    main()
