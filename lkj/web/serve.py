"""`lkj web FOLDER`: the office's page for one year's work folder, served by waitress (pure Python, so it
runs on the office's Windows PC as on any other) until Ctrl-C.

By default only this computer can open it (127.0.0.1); --jaringan serves the office network as well, and
the links printed and shown on the board then carry this computer's address in that network. One server
per work folder: a second one on the same folder is refused, since both would number the same versions.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
from collections.abc import Callable, Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

from lkj.errors import LkjError, system_reason
from lkj.web.state import STATE_FOLDER
from lkj.write import signals_unwind

DEFAULT_PORT = 8720
LOCAL = "127.0.0.1"
EVERYWHERE = "0.0.0.0"
THREADS = 8


class WebProblem(LkjError):
    """The page cannot be served; `str()` says why and what to do."""


def serve(
    folder: Path, *, host: str | None, port: int | None, network: bool, echo: Callable[[str], None]
) -> None:
    import waitress

    from lkj.web.app import create_app
    from lkj.web.jobs import Workers
    from lkj.web.work import Work

    if not folder.is_dir():
        raise WebProblem(
            f"Folder kerja '{folder}' tidak ditemukan. Buat foldernya, atau sebutkan folder yang ada."
        )
    bind = host or (EVERYWHERE if network else LOCAL)
    state = folder / STATE_FOLDER
    # SIGTERM (a service manager, `kill`) or SIGHUP (the terminal closed) stops the page as Ctrl-C does,
    # its workers with it, and then ends the process as the signal would have
    with _only_server(state), signals_unwind():
        _log_to(state / "log" / "web.log")
        workers = Workers()
        try:
            echo(f"Menyiapkan folder kerja {folder.resolve()} …")
            work = Work(folder, workers)
            app = create_app(work)
            server = _server(waitress, app, bind, port)
            shown = _addresses(bind, server.effective_port)  # type: ignore[attr-defined]
            app.config["LKJ_ALAMAT"] = shown[0]  # the bidang links on the board
            reach = "jaringan kantor" if bind != LOCAL else "hanya komputer ini"
            echo(f"Halaman web lkj berjalan di {shown[0]}/ ({reach}).")
            echo(f"Papan sekretariat (jangan dibagikan): {shown[0]}/s/{work.access.secretariat_token}/")
            for other in shown[1:]:
                echo(f"  juga: {other}/s/{work.access.secretariat_token}/")
            echo("Tautan setiap bidang dibuat dan dicabut di papan sekretariat. Hentikan dengan Ctrl-C.")
            with contextlib.suppress(KeyboardInterrupt):
                server.run()  # type: ignore[attr-defined]
            server.close()  # type: ignore[attr-defined]
        finally:
            workers.close()
            echo("Halaman web lkj dihentikan.")


def _server(waitress: object, app: object, host: str, port: int | None) -> object:
    """A listening waitress server: on `port`, or on DEFAULT_PORT, or (when that is taken) on a free one."""
    create = waitress.create_server  # type: ignore[attr-defined]
    try:
        return create(
            app, host=host, port=DEFAULT_PORT if port is None else port, threads=THREADS, ident="lkj"
        )
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise WebProblem(f"Alamat {host} tidak dapat dilayani ({system_reason(exc)}).") from exc
        if port is not None:
            raise WebProblem(
                f"Port {port} sudah dipakai program lain. Pilih port lain dengan --port."
            ) from exc
        return create(app, host=host, port=0, threads=THREADS, ident="lkj")


def _addresses(bind: str, port: int) -> list[str]:
    """The addresses to open the page at: the bound one, or this computer's addresses in its networks."""
    if bind not in (EVERYWHERE, "::", ""):
        shown = f"[{bind}]" if ":" in bind else bind
        return [f"http://{shown}:{port}"]
    found: list[str] = []
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if not address.startswith("127.") and address not in found:
                found.append(address)
    return [f"http://{address}:{port}" for address in found] or [f"http://{LOCAL}:{port}"]


@contextlib.contextmanager
def _only_server(state: Path) -> Iterator[None]:
    """Hold the work folder's lock while serving: a second server on it is refused."""
    state.mkdir(parents=True, exist_ok=True)
    with (state / "kunci").open("a+b") as handle:
        if not _lock(handle):
            raise WebProblem(
                f"Folder kerja '{state.parent}' sudah dilayani oleh `lkj web` lain. Buka alamat yang dicetak "
                "server itu, atau hentikan server itu dahulu."
            )
        yield


def _lock(handle: IO[bytes]) -> bool:
    """Take the lock on `handle` without waiting (released when the file closes or the process ends)."""
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _log_to(path: Path) -> None:
    """What the server and its pages log (errors with their traceback), to a file of the state folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1 << 20, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in ("lkj.web", "waitress"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
