"""One year's work folder as the web page serves it: its workbooks (slots with versions), the links that
open them, its builds, and the checks of the whole folder. The pages call this; this calls lkj only
through lkj.web.actions, in worker processes (lkj.web.jobs)."""

from __future__ import annotations

import dataclasses
import logging
import os
import secrets
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from lkj.read.files import MAX_BYTES
from lkj.web import actions, jobs
from lkj.web.access import Access
from lkj.web.builds import (
    DONE,
    FAILED,
    KERTAS_KERJA,
    PDF,
    REFUSED,
    REPORT,
    SELF_CHECK,
    Build,
    Builds,
)
from lkj.web.slots import INSTANSI, Slots, Version, slot_id
from lkj.web.state import STATE_FOLDER, free_name, now_stamp, read_json, safe_name, write_json
from lkj.write import write_bytes

CARRIED = "dibuat dari workbook tahun lalu"  # the note of a version start_year made: not handed in yet
NEW_YEAR = "tahun-baru.json"  # what start_year wrote, carried over and left to enter fresh
MAX_UPLOAD = MAX_BYTES  # bytes: the reader's limit for one workbook
ZIP_MAGIC = b"PK\x03\x04"
log = logging.getLogger("lkj.web")


class Refused(Exception):
    """An upload or a request that changes nothing; `str()` tells the user why, in Bahasa Indonesia."""


@dataclass(frozen=True)
class Place:
    """A workbook slot as a page shows it: its id, whose it is, and its kind."""

    id: str
    name: str
    kind: str  # INSTANSI or "bidang"


class Work:
    def __init__(self, folder: Path, workers: jobs.Workers) -> None:
        self.folder = folder.resolve()
        self.state = self.folder / STATE_FOLDER
        (self.state / "masuk").mkdir(parents=True, exist_ok=True)
        self.workers = workers
        self.access = Access(self.state)
        self.slots = Slots(self.folder, self.state)
        self.builds = Builds(self.folder, self.state)
        self.builds.stop_interrupted()
        self._lock = threading.Lock()
        self._comparing: set[str] = set()
        self.check: actions.FolderCheck | None = None
        self._checked_as: object = None
        self._checking = False
        self.year: actions.Year | None = None
        self._adopt(workers.call(actions.check_folder, self.folder))
        self.libreoffice: bool = workers.call(actions.libreoffice)

    # ---- the year and its places
    def _adopt(self, check: actions.FolderCheck, note: str = "") -> None:
        """The workbooks found in the work folder, each kept as a version of its slot (at start, and when a
        year is started from last year's)."""
        self._checked(check, self._fingerprint())
        for file, own in check.workbooks:
            if own.kind == INSTANSI:
                self.slots.adopt(INSTANSI, file, own, note)
            elif own.bidang:
                self.slots.adopt(slot_id(own.bidang), file, own, note)
        self.year = check.year

    def places(self) -> list[Place]:
        """The instansi workbook, then each bidang the instansi workbook lists, in its order."""
        names = self.year.bidang if self.year else ()
        return [Place(INSTANSI, "Workbook instansi", INSTANSI)] + [
            Place(slot_id(n), n, "bidang") for n in names
        ]

    def place(self, slot: str) -> Place | None:
        return next((p for p in self.places() if p.id == slot), None)

    # ---- uploads
    def upload(
        self, place: Place, stream: IO[bytes], original_name: str, who: str, note: str = ""
    ) -> Version:
        """Check an uploaded workbook and keep it as the next version of `place` (Refused: nothing kept)."""
        received = self._receive(stream)
        try:
            return self._take(place, received, _shown_name(original_name), who, note)
        finally:
            received.unlink(missing_ok=True)

    def restore(self, place: Place, number: int) -> Version:
        """An earlier version handed in again by the secretariat: checked now, kept as the next version."""
        source, old = self.slots.path(place.id, number), self.slots.version(place.id, number)
        if old is None or not source.is_file():
            raise Refused(f"Versi {number} tidak ada.")
        with source.open("rb") as stream:
            return self.upload(
                place, stream, old.original_name, "sekretariat", f"dipulihkan dari versi {number}"
            )

    def _receive(self, stream: IO[bytes], logo: bool = False) -> Path:
        """The upload in a file of the state folder, under a name of ours, refused when it is empty, too
        large or no Office Open XML file (a zip) at all (nor, where a `logo` may come, a PNG or JPEG)."""
        path = self.state / "masuk" / f"{secrets.token_hex(8)}.upload"
        size = 0
        with path.open("wb") as out:
            while chunk := stream.read(1 << 16):
                size += len(chunk)
                if size > MAX_UPLOAD:
                    break
                out.write(chunk)
        with path.open("rb") as back:
            head = back.read(4)
        problem = None if logo and head.startswith(IMAGES) else _type_problem(size, head)
        if problem:
            path.unlink(missing_ok=True)
            raise Refused(problem)
        return path

    def _take(self, place: Place, received: Path, original_name: str, who: str, note: str) -> Version:
        name, beside = self._target(place)
        try:
            check = self.workers.call(actions.check_workbook, received, name, beside)
        except jobs.WorkerLost as exc:
            log.error("pemeriksaan unggahan gagal: %s", exc)
            raise Refused(
                "Workbook ini tidak dapat diperiksa (pemeriksaannya terhenti). Simpan ulang dari Excel lalu "
                "unggah lagi; bila tetap gagal, hubungi sekretariat."
            ) from exc
        if check.refusal:
            raise Refused(check.refusal)
        _refuse_wrong_kind(place, check)
        version = self.slots.commit(place.id, received, check, who, original_name, name, note)
        if place.kind == INSTANSI and version.used:
            self.year = check.year
        self.refresh_check()
        return version

    def _target(self, place: Place) -> tuple[str, list[Path]]:
        """The work folder's file name for `place`, and the workbooks it is checked beside."""
        held = self.slots.current(place.id)
        bidang = [path for p in self.places()[1:] if (path := self.slots.current_path(p.id)) is not None]
        if place.kind == INSTANSI:
            return (held.file if held else "00-instansi.xlsx"), bidang
        instansi = self.slots.current_path(INSTANSI)
        if instansi is None:
            raise Refused(
                "Workbook instansi belum ada di folder kerja; sekretariat perlu mengunggahnya dahulu."
            )
        if held:
            return held.file, [instansi]
        return self.handouts()[1].get(place.name, f"{place.id}.xlsx"), [instansi]

    # ---- a new year from last year's workbooks
    def start_year(self, last_year: Path, tahun: int | None) -> actions.NextYear:
        """`lkj templates --dari LAST_YEAR --tahun TAHUN` into this work folder, for a year that has no
        instansi workbook yet: the workbooks are made in a scratch folder of the state folder, then moved
        in (under a free name: nothing here is written over) and kept as the first versions of their
        slots. Last year's folder is only read (Refused: nothing written)."""
        if self.slots.current(INSTANSI) is not None:
            raise Refused(
                "Folder kerja ini sudah berisi workbook instansi. Tahun baru dimulai di folder kerja baru "
                "yang masih kosong: jalankan lkj web dengan folder itu."
            )
        try:
            source = last_year.expanduser().resolve(strict=True)
        except (OSError, RuntimeError, ValueError):  # no such folder, a loop of links, a NUL in the name
            source = None
        if source is None or not source.is_dir():
            raise Refused(f"Folder tahun lalu '{last_year}' tidak ditemukan di komputer ini.")
        if self.folder == source or self.folder.is_relative_to(source):
            raise Refused(
                "Folder tahun lalu tidak boleh sama dengan folder kerja ini atau memuatnya: workbook tahun "
                "lalu tidak pernah ditulisi. Pilih folder kerja baru untuk tahun yang baru."
            )
        scratch = self.state / f"tahun-baru-{secrets.token_hex(6)}"
        try:
            made = self.workers.call(actions.next_year, source, scratch, tahun)
            if made.problem is not None:
                raise Refused(made.problem)
            moved = [self._move_in(scratch / name) for name in made.written]
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        self._adopt(self.workers.call(actions.check_folder, self.folder), CARRIED)
        started = dataclasses.replace(made, written=tuple(moved))
        write_json(self.state / NEW_YEAR, {**vars(started), "dari": str(last_year)})
        return started

    def new_year(self) -> dict[str, Any] | None:
        """How this work folder's year was started from last year's (start_year), when it was."""
        found = read_json(self.state / NEW_YEAR)
        return found if isinstance(found, dict) else None

    def start_year_from_uploads(
        self, files: list[tuple[IO[bytes], str]], tahun: int | None
    ) -> actions.NextYear:
        """start_year from last year's workbooks uploaded, with the logo the instansi workbook names (each
        refused as any upload when it is empty, too large or no workbook, nor a PNG or JPEG image); they
        are kept in the state folder (tahun-lalu/), as they came."""
        if not files:
            raise Refused("Pilih workbook tahun lalu yang akan diunggah, atau sebutkan foldernya.")
        folder = self.state / "tahun-lalu" / f"{now_stamp()}-{secrets.token_hex(3)}"
        folder.mkdir(parents=True)
        try:
            for stream, original in files:
                received = self._receive(stream, logo=True)
                name = safe_name(original, _image_suffix(original, received))
                os.replace(received, folder / free_name(folder, name))
            return self.start_year(folder, tahun)
        except Refused:
            shutil.rmtree(folder, ignore_errors=True)
            raise

    def _move_in(self, made: Path) -> str:
        name = free_name(self.folder, made.name)
        os.replace(made, self.folder / name)
        return name

    # ---- handouts and annotated copies
    def handouts(self) -> tuple[Path, dict[str, str]]:
        """The folder of the current instansi workbook's handouts (made once per instansi version), and
        each bidang's file name in it."""
        held = self.slots.current(INSTANSI)
        instansi = self.slots.current_path(INSTANSI)
        if held is None or instansi is None:
            raise Refused("Workbook instansi belum ada di folder kerja.")
        folder = self.state / "bagikan" / held.sha256[:16]
        names = read_json(folder / "bidang.json")
        if names is None:
            scratch = self.state / "bagikan" / f".{secrets.token_hex(6)}"
            made = self.workers.call(actions.handouts, instansi, scratch)
            write_json(scratch / "bidang.json", made)
            try:
                os.replace(scratch, folder)
            except OSError:  # another request made them meanwhile
                shutil.rmtree(scratch, ignore_errors=True)
            names = read_json(folder / "bidang.json") or {}
        return folder, names

    def handout(self, place: Place) -> Path | None:
        folder, names = self.handouts()
        name = names.get(place.name)
        return folder / name if name else None

    def annotated(self, place: Place, number: int) -> Path | None:
        """The copy of version `number` with its findings marked at their cells (made once)."""
        version = self.slots.version(place.id, number)
        if version is None:
            return None
        folder = self.slots.annotated_path(place.id, number)
        made = next(iter(_entries(folder)), None)
        if made is not None:
            return made
        named = next((f.file for f in version.findings if f.file), "")
        if not named:
            return None
        scratch = folder.with_name(folder.name + f".{secrets.token_hex(4)}")
        copy = self.workers.call(
            actions.annotate, self.slots.path(place.id, number), named, version.findings, scratch
        )
        if copy is None:
            shutil.rmtree(scratch, ignore_errors=True)
            return None
        try:
            os.replace(scratch, folder)
        except OSError:
            shutil.rmtree(scratch, ignore_errors=True)
        return next(iter(_entries(folder)), None)

    # ---- the whole folder's check, for the board
    def _fingerprint(self) -> object:
        found = []
        for entry in _entries(self.folder):
            if entry.is_file() and not entry.name.startswith("."):
                stat = entry.stat()
                found.append((entry.name, stat.st_size, stat.st_mtime_ns))
        return sorted(found)

    def _checked(self, check: actions.FolderCheck, fingerprint: object) -> None:
        with self._lock:
            self.check, self._checked_as, self._checking = check, fingerprint, False

    def check_is_current(self) -> bool:
        return self._checked_as == self._fingerprint()

    def refresh_check(self) -> None:
        """Check the whole folder again in the background when it changed since the last check."""
        fingerprint = self._fingerprint()
        with self._lock:
            if self._checking or fingerprint == self._checked_as:
                return
            self._checking = True

        def check() -> None:
            try:
                self._checked(self.workers.call(actions.check_folder, self.folder), fingerprint)
            except Exception:
                log.exception("pemeriksaan folder kerja gagal")
                with self._lock:
                    self._checking = False

        threading.Thread(target=check, daemon=True).start()

    # ---- builds
    def start_build(self, pdf: bool, who: str, kind: str = actions.KONSEP) -> Build | None:
        """A build of `kind` (konsep or final) of the work folder as it is now (None while another one
        runs)."""
        build = self.builds.start(who, pdf, self._version_of, kind)
        if build is None:
            return None
        number = build.number
        folder = self.builds.dir(number)
        args = (
            self.builds.inputs_dir(number),
            folder / REPORT,
            pdf,
            self.builds.progress_path(number),
            folder / KERTAS_KERJA,
            kind,
        )
        self.workers.start(jobs.build, args, lambda outcome: self._built(number, outcome))
        return build

    def _version_of(self, file: str, sha256: str) -> tuple[str, int]:
        for place in self.places():
            held = self.slots.current(place.id)
            if held is not None and held.file == file and held.sha256 == sha256:
                return place.id, held.version
        return "", 0

    def _built(self, number: int, outcome: Any) -> None:
        if not isinstance(outcome, actions.Built):
            log.error("penyusunan %d gagal:\n%s", number, outcome)
            self.builds.finish(number, status=FAILED, problem=UNEXPECTED)
            return
        status = DONE if outcome.docx is not None else (FAILED if outcome.problem else REFUSED)
        checked = outcome.self_check
        if checked is not None and checked.found is not None:
            write_json(self.builds.dir(number) / SELF_CHECK, checked.found)
        self.builds.finish(
            number,
            status=status,
            problem=outcome.problem or "",
            findings=outcome.findings,
            docx=outcome.docx is not None,
            pdf=outcome.pdf is not None,
            self_check=checked is not None and checked.found is not None,
            self_check_problem=(checked.problem or "") if checked is not None else "",
        )

    def report(self, number: int, pdf: bool = False) -> Path | None:
        build = self.builds.get(number)
        if build is None or not (build.pdf if pdf else build.docx):
            return None
        return self.builds.dir(number) / (PDF if pdf else REPORT)

    def catatan(self, number: int, form: str = actions.CATATAN_TXT) -> Path | None:
        """The Catatan Penyusunan of konsep `number` as a file of its own: text, or the work list."""
        build = self.builds.get(number)
        if build is None or not build.docx or build.kind != actions.KONSEP:
            return None
        return actions.catatan_file(self.builds.dir(number) / REPORT, form)

    def self_check(self, number: int) -> dict[str, Any] | None:
        """What the self-check of build `number` found (`lkj periksa --format json`), when it ran."""
        build = self.builds.get(number)
        if build is None or not build.self_check:
            return None
        found = read_json(self.builds.dir(number) / SELF_CHECK)
        return found if isinstance(found, dict) else None

    def kertas_kerja(self, number: int) -> Path | None:
        build = self.builds.get(number)
        return self.builds.dir(number) / KERTAS_KERJA if build is not None and build.self_check else None

    def comparison(self, old: int, new: int) -> tuple[Path | None, str | None]:
        """The page of what changed from build `old` to build `new`, or why there is none; (None, None)
        while it is being made (it is started when it is not there yet). Refused when either build wrote
        no report."""
        page = self.state / "banding" / f"{old:04d}-{new:04d}.html"
        if page.is_file():
            return page, None
        problem = read_json(page.with_suffix(".json"))
        if isinstance(problem, dict):
            return None, str(problem.get("pesan", UNEXPECTED))
        sides = [self.builds.get(old), self.builds.get(new)]
        if old == new or any(b is None or not b.docx for b in sides):
            raise Refused("Pilih dua susunan berbeda yang sama-sama menghasilkan laporan.")
        key = page.name
        with self._lock:
            if key in self._comparing:
                return None, None
            self._comparing.add(key)
        args = (
            self.builds.dir(old) / REPORT,
            self.builds.dir(new) / REPORT,
            self.builds.inputs_dir(old),
            self.builds.inputs_dir(new),
            f"Perubahan: susunan {old} → susunan {new}",
        )
        self.workers.start(actions.compare, args, lambda outcome: self._compared(key, page, outcome))
        return None, None

    def comparing(self, old: int, new: int) -> bool:
        return f"{old:04d}-{new:04d}.html" in self._comparing

    def _compared(self, key: str, page: Path, outcome: Any) -> None:
        try:
            if isinstance(outcome, actions.Compared) and outcome.page is not None:
                write_bytes(page, outcome.page.encode("utf-8"))
                return
            if isinstance(outcome, actions.Compared):
                problem = outcome.problem or UNEXPECTED
            else:
                log.error("perbandingan %s gagal:\n%s", key, outcome)
                problem = UNEXPECTED
            write_json(page.with_suffix(".json"), {"pesan": problem})
        finally:
            with self._lock:
                self._comparing.discard(key)


UNEXPECTED = "Terjadi kesalahan tak terduga di dalam lkj; rinciannya dicatat di log server."


def _shown_name(name: str) -> str:
    """The name an upload came with, as it is shown (never a path): its last part, without control
    characters, at most 120 characters."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(c for c in last if c.isprintable())[:120] or "workbook.xlsx"


IMAGES = (b"\x89PNG", b"\xff\xd8\xff")  # the logo's kinds the reader takes: PNG, JPEG


def _image_suffix(original: str, received: Path) -> str:
    """The ending a received image keeps (.png, .jpg, .jpeg as it came; else its kind's); .xlsx for a
    workbook."""
    with received.open("rb") as head:
        kind = head.read(4)
    if not kind.startswith(IMAGES):
        return ".xlsx"
    suffix = Path(original).suffix.casefold()
    if kind.startswith(IMAGES[0]):
        return ".png"
    return suffix if suffix in (".jpg", ".jpeg") else ".jpg"


def _type_problem(size: int, head: bytes) -> str | None:
    if size == 0:
        return "Berkas yang diunggah kosong (0 byte). Pilih workbook .xlsx yang sudah diisi."
    if size > MAX_UPLOAD:
        return "Berkas melebihi batas 20 MB untuk satu workbook. Hapus gambar atau lembar yang tidak perlu."
    if head != ZIP_MAGIC:
        return (
            "Berkas ini bukan workbook Excel .xlsx (isinya tidak dikenali). Simpan workbook dari Excel "
            "sebagai Excel Workbook (.xlsx) lalu unggah lagi."
        )
    return None


def _refuse_wrong_kind(place: Place, check: actions.WorkbookCheck) -> None:
    if place.kind == INSTANSI and check.kind != INSTANSI:
        raise Refused(
            "Berkas ini bukan workbook instansi. Unggah workbook instansi (profil, sasaran, indikator, PK)."
        )
    if place.kind != INSTANSI and check.kind != "bidang":
        raise Refused(
            "Berkas ini bukan workbook bidang. Unggah workbook bidang yang dibagikan lewat halaman ini."
        )
    if check.bidang and slot_id(check.bidang) != place.id:
        raise Refused(
            f"Workbook ini untuk {check.bidang}, bukan {place.name} (lembar Identitas, Nama Bidang). Unggah "
            "workbook bidang Anda sendiri."
        )


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []
