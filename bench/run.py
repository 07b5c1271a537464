"""Benchmark: wall time and peak memory of `lkj validate`, `lkj build` and `lkj diff`, with the stage
breakdown, and of the floor (bench/floor.py: what reading the same workbooks and writing the same big
table cost at the least), for the sample, for a large Dinas and for ten times that.

    python bench/run.py                 # sample, 100 bidang / 5.000 sub kegiatan / 500 indikator, and 10×
    python bench/run.py --no-10x        # without the largest size (a minute less)
    python bench/run.py --repeat 9      # median of 9 runs per figure (default 5)

`lkj build` and the floor run in turn, and their ratio is the median of the ratios of each turn: on a
shared virtual machine whose speed drifts by a tenth within a minute, that compares like with like.

Synthetic inputs are generated once into bench/out/ (deterministic from the seed) and reused. Every
command runs in a fresh process, as a user runs it; peak memory is that process's maximum resident size.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lkj._bootstrap import ensure_environment  # noqa: E402

OUT = ROOT / "bench" / "out"
FLOOR = ROOT / "bench" / "floor.py"  # run as its own command, measured like the lkj commands
TARGETS = {
    "validate": 1.5,  # seconds, 100 workbooks / 5.000 sub kegiatan
    "build": 3.0,
    "memory": 400.0,  # MB
    "sample build": 1.5,
    "one workbook": 0.5,
    "floor ratio": 5.0,
    "10x ratio": 10.0,
}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def measure(args: list[str], repeat: int) -> Run:
    """Median wall time and the largest peak resident memory of `args` run `repeat` times."""
    return _summary([_once(args) for _ in range(repeat)])


def measure_pair(first: list[str], second: list[str], repeat: int) -> tuple[Run, Run, float]:
    """Two commands run in turn, `repeat` times each, so that a machine whose speed drifts (a shared
    virtual machine) weighs on both alike: the summary of each, and the median ratio of the two runs of
    each turn."""
    turns = []
    for turn in range(repeat):  # which goes first alternates: the second of a turn finds caches warm
        if turn % 2:
            b, a = _once(second), _once(first)
        else:
            a, b = _once(first), _once(second)
        turns.append((a, b))
    ratio = statistics.median(a.seconds / b.seconds for a, b in turns)
    return _summary([a for a, _ in turns]), _summary([b for _, b in turns]), ratio


def _once(args: list[str]) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # validate exits 1 on errors, diff on differences
        raise SystemExit(f"{' '.join(args)} failed with exit status {code}")
    return Run(seconds, usage.ru_maxrss / 1024)  # KB on Linux


def _summary(runs: list[Run]) -> Run:
    return Run(statistics.median(r.seconds for r in runs), max(r.peak_mb for r in runs))


def lkj(*args: object) -> list[str]:
    return [sys.executable, "-m", "lkj", *(str(a) for a in args)]


def helper(*args: object) -> list[str]:
    return [sys.executable, str(Path(__file__)), "--helper", *(str(a) for a in args)]


def stages(kind: str, folder: Path, out: Path) -> dict[str, float]:
    """Stage laps of one run, measured in a fresh process."""
    done = subprocess.run(helper(kind, folder, out), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


# ------------------------------------------------------------------ inputs


def generated(label: str, size: object) -> Path:
    """The synthetic input of `size`, generated once (and again when the generator changes)."""
    from lkj.contract import VERSION

    source = b"".join((ROOT / "bench" / n).read_bytes() for n in ("synth.py", "fastxlsx.py"))
    key = hashlib.sha256(source + f"{size!r} {VERSION}".encode()).hexdigest()[:12]
    folder = OUT / f"{label}-{key}"
    if not (folder / ".complete").exists():
        for old in OUT.glob(f"{label}-*"):
            shutil.rmtree(old)
        print(f"  generating {label}: {size} ...", flush=True)
        # in a child process, so that this one stays small: a command's peak memory is measured from
        # the fork that starts it
        subprocess.run(helper("generate", folder, repr(size)), check=True)
    return folder


def generate(folder: Path, size_repr: str) -> None:
    from bench.fastxlsx import write_dataset
    from bench.synth import Size, dataset

    size = eval(size_repr, {"Size": Size})
    write_dataset(dataset(size), folder, 2024)
    (folder / ".complete").write_text("ok")


def revised(folder: Path) -> Path:
    """A second input set, as after a round of corrections: a tenth of the bidang report a different
    realisation for their first sub kegiatan. `lkj diff` compares the two reports."""
    import openpyxl

    target = folder.with_name(folder.name + "-revisi")
    if (target / ".complete").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    books = sorted(p for p in target.glob("*.xlsx") if "bidang" in p.name)
    for book in books[:: max(1, len(books) // 10)]:
        wb = openpyxl.load_workbook(book)
        ws = wb["Sub Kegiatan"]
        if isinstance(ws["I4"].value, int | float):
            ws["I4"] = int(ws["I4"].value * 0.97)
        wb.save(book)
    (target / ".complete").write_text("ok")
    return target


# ------------------------------------------------------------------ helpers run in a fresh process


def helper_main(kind: str, folder: Path, out: Path) -> None:
    if kind == "generate":
        generate(folder, str(out))
        return
    start = time.perf_counter()
    from lkj.cli import as_a_command

    as_a_command()  # as the lkj command does (lkj.cli.main)
    from lkj import pipeline
    from lkj.stopwatch import Stopwatch

    watch = Stopwatch()
    watch.laps["import"] = time.perf_counter() - start
    if kind == "build":  # the very path of `lkj validate` and `lkj build`
        pipeline.build(folder, out, replace=True, watch=watch)
    else:
        pipeline.check(folder, watch=watch)
    print(json.dumps(watch.laps))


# ------------------------------------------------------------------ report


def fmt(seconds: float) -> str:
    return f"{seconds:6.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-10x", action="store_true", help="skip the 10× size")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    import compileall

    from bench.synth import Size

    # bytecode as an installed lkj has it (PYTHONDONTWRITEBYTECODE would otherwise recompile every run)
    compileall.compile_dir(ROOT / "lkj", quiet=1)
    OUT.mkdir(parents=True, exist_ok=True)
    work = OUT / "work"
    work.mkdir(exist_ok=True)
    print(
        f"lkj benchmark · {platform.python_implementation()} {platform.python_version()} · "
        f"{os.cpu_count()} CPU · {platform.machine()} · median of {options.repeat} runs"
    )
    sizes = [("sample", ROOT / "input", "input/ (Kota Jambi 2022)")]
    large = Size(100, 5000, 500)
    sizes.append(("large", generated("large", large), large.label))
    if not options.no_10x:
        huge = Size(1000, 50000, 5000)
        sizes.append(("10x", generated("10x", huge), huge.label))

    results: dict[str, dict[str, Run]] = {}
    laps: dict[str, dict[str, dict[str, float]]] = {}
    floors: dict[str, Run] = {}
    ratios: dict[str, float] = {}  # build ÷ floor, run in turn (measure_pair)
    for label, folder, title in sizes:
        print(f"\n{title}")
        first, second = work / f"{label}-a.docx", work / f"{label}-b.docx"
        floor_command = [sys.executable, str(FLOOR), str(folder), str(work / f"{label}-floor.docx")]
        floor_laps = json.loads(subprocess.run(floor_command, capture_output=True, check=True).stdout)
        build, floors[label], ratios[label] = measure_pair(
            lkj("build", folder, "-o", first), floor_command, options.repeat
        )
        run = {"validate": measure(lkj("validate", folder), options.repeat), "build": build}
        subprocess.run(
            lkj("build", revised(folder) if label != "sample" else folder, "-o", second),
            capture_output=True,
            check=True,
        )
        run["diff"] = measure(lkj("diff", first, second), options.repeat)
        results[label] = run
        laps[label] = {
            kind: stages(kind, folder, work / f"{label}-stages.docx") for kind in ("validate", "build")
        }
        for kind in ("validate", "build", "diff"):
            r = run[kind]
            detail = ""
            if kind in laps[label]:
                detail = "  " + "  ".join(f"{k} {v:.2f}" for k, v in laps[label][kind].items())
            print(f"  lkj {kind:9}{fmt(r.seconds)}  {r.peak_mb:6.0f} MB{detail}")
        f = floors[label]
        print(
            f"  floor        {fmt(f.seconds)}  {f.peak_mb:6.0f} MB  calamine read {floor_laps['read']:.2f}  "
            f"raw-XML table ({floor_laps['rows']} rows) {floor_laps['write']:.2f}  ·  "
            f"build/floor {ratios[label]:.1f}×"
        )

    print("\nTargets")
    checks = [
        (
            "validate, 100 workbooks / 5.000 sub kegiatan",
            results["large"]["validate"].seconds,
            TARGETS["validate"],
        ),
        ("build, same input (docx)", results["large"]["build"].seconds, TARGETS["build"]),
        ("peak memory, build", results["large"]["build"].peak_mb, TARGETS["memory"]),
        ("sample build", results["sample"]["build"].seconds, TARGETS["sample build"]),
        ("build ÷ floor (run in turn)", ratios["large"], TARGETS["floor ratio"]),
    ]
    one = OUT / "one-workbook"
    if not one.exists():
        one.mkdir()
        shutil.copy(next(p for p in sorted(sizes[1][1].glob("*.xlsx")) if "bidang" in p.name), one)
    checks.append(
        (
            "validate one workbook",
            measure(lkj("validate", one), options.repeat).seconds,
            TARGETS["one workbook"],
        )
    )
    if "10x" in results:
        for kind in ("validate", "build"):
            ratio = results["10x"][kind].seconds / results["large"][kind].seconds
            checks.append((f"{kind} at 10× ÷ at 1×", ratio, TARGETS["10x ratio"]))
    sys.exit(report(checks))


def report(checks: list[tuple[str, float, float]]) -> int:
    """Print each (name, value, target) as met or missed; the exit status: 1 when one is missed."""
    failed = 0
    for name, value, target in checks:
        ok = value <= target
        failed += not ok
        print(f"  {'ok  ' if ok else 'MISS'} {name:48} {value:8.2f}   (target ≤ {target:g})")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--helper":
        helper_main(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        ensure_environment()
        main()
