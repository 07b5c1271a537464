"""The builds of a year, each numbered, in a folder of its own: the copy of the input workbooks taken as it
started (so that uploads go on while it runs, and two builds can be compared with the cells that changed
between them), its progress, its outcome, and the report it wrote."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lkj.findings import Finding
from lkj.read import WORKBOOK_SUFFIXES
from lkj.web.actions import FINAL, KONSEP
from lkj.web.state import findings_from_json, findings_to_json, now, read_json, sha256, write_json

RUNNING, DONE, REFUSED, FAILED, STOPPED = "berjalan", "selesai", "ditolak", "gagal", "terhenti"
REPORT, PDF = "laporan.docx", "laporan.pdf"
KERTAS_KERJA, SELF_CHECK = "kertas-kerja-reviu.xlsx", "swa-evaluasi.json"
_NUMBERED = re.compile(r"^\d{4,}$")


@dataclass(frozen=True)
class Input:
    """A workbook as a build took it: its name, content hash, and the slot version it was (if any)."""

    file: str
    sha256: str
    slot: str = ""
    version: int = 0


@dataclass(frozen=True)
class Build:
    number: int
    started: str
    who: str
    pdf_wanted: bool
    inputs: tuple[Input, ...]
    status: str = RUNNING
    finished: str = ""
    problem: str = ""
    findings: tuple[Finding, ...] = field(default=())
    docx: bool = False
    pdf: bool = False
    self_check: bool = False  # the LKE self-check and its kertas kerja were made
    self_check_problem: str = ""  # or why not
    kind: str = KONSEP  # konsep or final

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """What blocks a final report: a konsep's Catatan Penyusunan, a refused final's located list."""
        return tuple(f for f in self.findings if f.blocks_final)

    @property
    def refused_final(self) -> bool:
        return self.status == REFUSED and self.kind == FINAL and not self.errors

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity.key == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity.key == "warning")


class Builds:
    def __init__(self, folder: Path, state: Path) -> None:
        self.folder = folder
        self._root = state / "susunan"
        self._lock = threading.Lock()

    def dir(self, number: int) -> Path:
        return self._root / f"{number:04d}"

    def inputs_dir(self, number: int) -> Path:
        return self.dir(number) / "masukan"

    def get(self, number: int) -> Build | None:
        data = read_json(self.dir(number) / "susunan.json")
        if data is None:
            return None
        data["inputs"] = tuple(Input(**i) for i in data["inputs"])
        data["findings"] = findings_from_json(data["findings"])
        return Build(**data)

    def all(self) -> list[Build]:
        """Every build, the newest first."""
        numbers = sorted((int(p.name) for p in _entries(self._root) if _NUMBERED.match(p.name)), reverse=True)
        found = (self.get(n) for n in numbers)
        return [b for b in found if b is not None]

    def running(self) -> Build | None:
        return next((b for b in self.all() if b.status == RUNNING), None)

    def start(
        self, who: str, pdf: bool, version_of: Callable[[str, str], tuple[str, int]], kind: str = KONSEP
    ) -> Build | None:
        """A new build with a copy of the work folder's workbooks; None while another one runs (one at a
        time: a second would only slow the first). `version_of(file, sha256)` names the slot version a
        workbook is."""
        with self._lock:
            if self.running() is not None:
                return None
            numbers = [int(p.name) for p in _entries(self._root) if _NUMBERED.match(p.name)]
            number = max(numbers, default=0) + 1
            copies = self.inputs_dir(number)
            copies.mkdir(parents=True)
            inputs = []
            for path in sorted(self.folder.iterdir(), key=lambda p: p.name.casefold()):
                if not _workbook(path):
                    continue
                shutil.copyfile(path, copies / path.name)  # the copy is hashed: what the build reads
                digest = sha256(copies / path.name)
                inputs.append(Input(path.name, digest, *version_of(path.name, digest)))
            build = Build(number, now(), who, pdf, tuple(inputs), kind=kind)
            self._save(build)
            return build

    def finish(self, number: int, **outcome: object) -> Build:
        build = self.get(number)
        assert build is not None
        done = Build(**{**vars(build), "finished": now(), **outcome})
        self._save(done)
        return done

    def stop_interrupted(self) -> None:
        """Builds left running when the server last stopped: told as stopped."""
        for build in self.all():
            if build.status == RUNNING:
                self.finish(
                    build.number, status=STOPPED, problem="Server dihentikan sebelum penyusunan selesai."
                )

    def progress_path(self, number: int) -> Path:
        return self.dir(number) / "progres.json"

    def stage(self, number: int) -> str:
        data = read_json(self.progress_path(number))
        return data.get("tahap", "") if isinstance(data, dict) else ""

    def _save(self, build: Build) -> None:
        data = {
            **vars(build),
            "inputs": [vars(i) for i in build.inputs],
            "findings": findings_to_json(build.findings),
        }
        write_json(self.dir(build.number) / "susunan.json", data)


def changed_inputs(old: Build, new: Build) -> list[tuple[str, Input | None, Input | None]]:
    """The workbooks that differ between two builds' inputs: (file, as in old, as in new)."""
    before = {i.file: i for i in old.inputs}
    after = {i.file: i for i in new.inputs}
    out = []
    for name in sorted(before.keys() | after.keys(), key=str.casefold):
        a, b = before.get(name), after.get(name)
        if a is None or b is None or a.sha256 != b.sha256:
            out.append((name, a, b))
    return out


def _workbook(path: Path) -> bool:
    """A file the reader takes for a workbook (an old format included, which it refuses by name), not a
    hidden one nor an Excel lock file."""
    name = path.name
    return path.is_file() and path.suffix.casefold() in WORKBOOK_SUFFIXES and not name.startswith((".", "~$"))


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []
