"""The workbooks of a year, one slot each (the instansi workbook, and each bidang's), with every version
ever handed in. Nothing is lost: each upload is kept as a numbered version with who and when; the latest
valid version is the slot's file in the work folder, replaced there atomically; a file someone changed in
the work folder by hand is kept as a version before the web page puts another in its place.

A version's number is taken, its file and record written and the work folder updated under one lock per
slot; checking an upload happens before, outside it, so uploads of different bidang never wait for each
other and two uploads of one bidang are both kept, in the order they were committed."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from lkj.findings import Finding
from lkj.web.actions import WorkbookCheck
from lkj.web.state import (
    findings_from_json,
    findings_to_json,
    free_name,
    now,
    read_json,
    sha256,
    write_json,
)
from lkj.write import write_bytes

INSTANSI = "instansi"
FROM_FOLDER = "folder"  # who: found in the work folder (put there by hand or by the command line)
_NUMBERED = re.compile(r"^(\d{4,})\.json$")


def slot_id(nama: str) -> str:
    """A bidang's slot: a name fit for a path whatever the bidang is called (and never INSTANSI)."""
    key = " ".join(nama.casefold().split())
    return "b-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Version:
    number: int
    when: str
    who: str  # "sekretariat", "tautan N" or FROM_FOLDER
    original_name: str  # as the uploader's computer called it: shown, never used as a path
    size: int
    sha256: str
    findings: tuple[Finding, ...]
    valid: bool
    used: bool  # put into the work folder when it came
    note: str = ""

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity.key == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity.key == "warning")


@dataclass(frozen=True)
class Current:
    """Which file of the work folder a slot holds, from which version, with its content's hash."""

    file: str
    version: int
    sha256: str


class Slots:
    def __init__(self, folder: Path, state: Path) -> None:
        self.folder = folder
        self._root = state / "berkas"
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _lock(self, slot: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(slot, threading.Lock())

    def _dir(self, slot: str) -> Path:
        return self._root / slot

    def path(self, slot: str, number: int) -> Path:
        return self._dir(slot) / f"{number:04d}.xlsx"

    def annotated_path(self, slot: str, number: int) -> Path:
        return self._dir(slot) / f"{number:04d}-catatan"

    def current(self, slot: str) -> Current | None:
        data = read_json(self._dir(slot) / "terpakai.json")
        return Current(**data) if data else None

    def current_path(self, slot: str) -> Path | None:
        held = self.current(slot)
        if held is None or not (self.folder / held.file).is_file():
            return None
        return self.folder / held.file

    def versions(self, slot: str) -> list[Version]:
        """Every version of `slot`, the newest first."""
        folder = self._dir(slot)
        numbers = sorted(
            (int(m.group(1)) for p in _entries(folder) if (m := _NUMBERED.match(p.name))), reverse=True
        )
        found = (self.version(slot, n) for n in numbers)
        return [v for v in found if v is not None]

    def version(self, slot: str, number: int) -> Version | None:
        data = read_json(self._dir(slot) / f"{number:04d}.json")
        if data is None:
            return None
        data["findings"] = findings_from_json(data["findings"])
        return Version(**data)

    def commit(
        self,
        slot: str,
        upload: Path,
        check: WorkbookCheck,
        who: str,
        original_name: str,
        file: str,
        note: str = "",
    ) -> Version:
        """Keep `upload` (a file of ours, moved) as the next version of `slot`; when it is valid, it becomes
        the slot's file in the work folder (named `file` unless the slot has one already)."""
        with self._lock(slot):
            self._keep_hand_changes(slot)
            number = self._next(slot)
            target = self.path(slot, number)
            os.replace(upload, target)
            size, digest = target.stat().st_size, sha256(target)
            valid = check.valid
            version = Version(
                number, now(), who, original_name, size, digest, check.findings, valid, valid, note
            )
            self._write_record(slot, version)
            if version.used:
                held = self.current(slot)
                self._use(slot, version, held.file if held else free_name(self.folder, file))
            return version

    def adopt(self, slot: str, file: str, check: WorkbookCheck, note: str = "") -> None:
        """A workbook found in the work folder for `slot` (at start): kept as a version when it is not the
        one the slot already holds, and held by the slot from now on, valid or not (it is what the
        command line builds)."""
        with self._lock(slot):
            held = self.current(slot)
            if held is None or held.file != file or held.sha256 != sha256(self.folder / file):
                self._keep_folder_file(slot, file, check.findings, check.valid, note)

    def _keep_hand_changes(self, slot: str) -> None:
        """The slot's file in the work folder, kept as a version when it was changed there by hand."""
        held = self.current(slot)
        path = self.folder / held.file if held else None
        if held is not None and path is not None and path.is_file() and sha256(path) != held.sha256:
            self._keep_folder_file(slot, held.file, (), False, "diubah langsung di folder kerja")

    def _keep_folder_file(
        self, slot: str, file: str, findings: tuple[Finding, ...], valid: bool, note: str
    ) -> None:
        """The work folder's `file` kept as the next version of `slot`, and held by it."""
        path = self.folder / file
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        number = self._next(slot)
        write_bytes(self.path(slot, number), data)
        version = Version(number, now(), FROM_FOLDER, file, len(data), digest, findings, valid, True, note)
        self._write_record(slot, version)
        write_json(self._dir(slot) / "terpakai.json", vars(Current(file, number, digest)))

    def _use(self, slot: str, version: Version, file: str) -> None:
        write_bytes(self.folder / file, self.path(slot, version.number).read_bytes())
        write_json(self._dir(slot) / "terpakai.json", vars(Current(file, version.number, version.sha256)))

    def _next(self, slot: str) -> int:
        folder = self._dir(slot)
        folder.mkdir(parents=True, exist_ok=True)
        numbers = [int(m.group(1)) for p in _entries(folder) if (m := _NUMBERED.match(p.name))]
        return max(numbers, default=0) + 1

    def _write_record(self, slot: str, version: Version) -> None:
        data = {**vars(version), "findings": findings_to_json(version.findings)}
        write_json(self._dir(slot) / f"{version.number:04d}.json", data)


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []
