"""Every file lkj writes is written here: to a temporary file beside its place, flushed to disk, then put in
its place in one step (os.replace), so that a reader never sees half a file and an existing file is
replaced only by a complete one. Whatever ends the write (an error, Ctrl-C, SIGTERM from a scheduler,
SIGHUP from a closed terminal), the temporary file is removed and the old file is as it was.

Any OSError (no such folder, a file where a folder should be, no permission, a read-only medium, a full
disk) becomes a WriteProblem whose text names the path and what to do. Where a command may write at all is
lkj.outputs's concern; this module only writes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import BinaryIO

from lkj.errors import LkjError, system_reason

TEMP_PREFIX = ".lkj-"
# The signals that end a process by default and that a user or a scheduler sends (SIGINT already raises
# KeyboardInterrupt); Windows has no SIGHUP.
ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class WriteProblem(LkjError):
    """A file cannot be written (or may not be written there); `str()` names it and says what to do."""


class Signalled(BaseException):
    """An ending signal arrived while a file was being written: unwinds like KeyboardInterrupt, so that
    every cleanup on the way runs, and the signal is then given its default effect."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def write_bytes(path: Path, data: bytes) -> None:
    with replacing(path) as out:
        out.write(data)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[BinaryIO]:
    """A file to write `path`'s new content to; `path` is replaced by it when the block ends normally,
    and left as it was otherwise. Creates the missing folders of `path`, and removes them again when the
    file is not written. A symbolic link is written through: the file it points to is replaced, the link
    stays a link."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    folder = path.parent
    made = _missing(folder)
    with signals_unwind():
        temp: Path | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with _signals_held():  # the temporary file is never there without its name known here
                handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=folder)
                temp = Path(name)
                out = os.fdopen(handle, "wb")
            with out:
                yield out
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes 0600; an output is an ordinary file
            os.replace(temp, path)
            temp = None
            made = []
            _sync_folder(folder)
        except OSError as exc:
            raise WriteProblem(explain(path, exc)) from exc
        finally:
            if temp is not None:
                temp.unlink(missing_ok=True)
            _remove(made)


def _missing(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, the deepest first."""
    missing = []
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):
            break
        missing.append(candidate)
    return missing


def _remove(folders: list[Path]) -> None:
    """The folders made for a file that was not written, the deepest first, as long as they are empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def explain(path: Path, exc: OSError) -> str:
    """What went wrong writing `path`, and what to do, in the user's terms."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        what = (
            f"Ruang penyimpanan tidak cukup untuk menulis '{path}'. Kosongkan ruang disk atau pilih "
            "lokasi lain."
        )
    elif code in (errno.EACCES, errno.EPERM):
        what = (
            f"Tidak ada izin menulis '{path}' di folder '{path.parent}'. Pilih folder yang dapat Anda "
            "tulisi, atau minta izin tulis kepada pengelola komputer."
        )
    elif code == errno.EROFS:
        what = (
            f"Folder '{path.parent}' hanya dapat dibaca (media hanya-baca), sehingga '{path}' tidak dapat "
            "ditulis. Pilih folder lain."
        )
    elif code in (errno.ENOTDIR, errno.EEXIST):
        what = blocked(path, not_a_folder(path) or path.parent)
    elif code == errno.ENAMETOOLONG:
        what = f"Nama '{path}' terlalu panjang. Pilih nama berkas atau folder yang lebih pendek."
    else:
        what = f"'{path}' tidak dapat ditulis ({system_reason(exc)}). Periksa folder keluaran lalu ulangi."
    return f"{what} Tidak ada berkas yang ditulis; berkas lama di tempat itu (bila ada) tidak berubah."


def blocked(path: Path, blocking: Path) -> str:
    return (
        f"'{blocking}' adalah berkas, bukan folder, sehingga '{path}' tidak dapat ditulis. Pilih folder "
        "keluaran lain."
    )


def not_a_folder(path: Path) -> Path | None:
    """The first of `path`'s folders that exists but is a file (or a device…) named like a folder; None
    when every existing one is a folder."""
    for ancestor in reversed(path.parents):
        try:
            mode = os.stat(ancestor).st_mode
        except (OSError, ValueError):
            return None  # missing, so is every folder below it
        if not stat.S_ISDIR(mode):
            return ancestor
    return None


@contextlib.contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A folder of the system's temporary folder for work nobody else sees, removed with all it holds on
    every exit of the block: an error, Ctrl-C, SIGTERM or SIGHUP."""
    with signals_unwind():
        folder: Path | None = None
        try:
            with _signals_held():  # the folder is never there without its name known here
                folder = Path(tempfile.mkdtemp(prefix=prefix))
            yield folder
        finally:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def signals_unwind() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP (where they would end the process) unwind it as Ctrl-C
    does, so that every cleanup on the way runs; the signal then ends the process as it would have. A
    signal that is ignored (nohup) stays ignored; only the main thread can take signals. Blocks may
    nest: the outermost one ends the process."""
    installed: dict[int, object] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in ENDING_SIGNALS:
            if signal.getsignal(signum) is signal.SIG_DFL:
                installed[signum] = signal.signal(signum, _unwind)
    try:
        yield
    except Signalled as exc:
        if not installed:
            raise  # an outer block's: it ends the process once its own cleanup is done
        _restore(installed)
        signal.raise_signal(exc.signum)  # its default action: the process ends, killed by the signal
        raise
    finally:
        _restore(installed)


def _unwind(signum: int, frame: FrameType | None) -> None:
    if _HOLD.active:
        _HOLD.pending = signum
        return
    raise Signalled(signum)


def _restore(installed: dict[int, object]) -> None:
    for signum, previous in installed.items():
        signal.signal(signum, previous)  # type: ignore[arg-type]
    installed.clear()


class _Hold(threading.local):
    """A signal arriving inside _signals_held waits here until the held statements are done. One per
    thread: the handler runs in the main thread and looks at the main thread's (a server's threads write
    files while its main thread serves)."""

    def __init__(self) -> None:
        self.active = False
        self.pending: int | None = None


_HOLD = _Hold()


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """An ending signal that arrives during the few statements inside takes effect right after them (a
    mask would not do: another thread of the process may take the signal for the main thread)."""
    _HOLD.active, _HOLD.pending = True, None
    try:
        yield
    finally:
        _HOLD.active = False
        if _HOLD.pending is not None:
            raise Signalled(_HOLD.pending)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _sync_folder(folder: Path) -> None:
    """The rename itself made durable, where the system allows a folder to be opened (not Windows)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
