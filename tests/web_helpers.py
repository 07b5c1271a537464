"""Helpers for the tests of lkj web: a year's work folder served by the Flask test client, forms filled
with their CSRF token, and workbooks changed cell by cell."""

from __future__ import annotations

import io
import re
import shutil
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.cookiejar import CookieJar
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from lkj.web.app import create_app
from lkj.web.jobs import Workers
from lkj.web.slots import slot_id
from lkj.web.work import Work
from tests.helpers import edit_cells

SEKRETARIAT = "Sekretariat"
SPBE = "Bidang Infrastruktur dan Layanan SPBE"
SPBE_FILE = "02-infrastruktur-spbe.xlsx"
SEKRETARIAT_FILE = "01-sekretariat.xlsx"
CSRF = re.compile(r'name="csrf" value="([0-9a-f]+)"')
WAIT = 300  # seconds a test waits at most for a build or a comparison (never an assertion on time)


@dataclass
class Office:
    folder: Path
    work: Work
    app: Flask

    @property
    def board(self) -> str:
        return f"/s/{self.work.access.secretariat_token}/"

    def link(self, bidang: str) -> str:
        """The page of a bidang (its link made when it has none)."""
        active = self.work.access.active(slot_id(bidang)) or [self.work.access.create(slot_id(bidang))]
        return f"/b/{active[0].token}/"


def office(folder: Path, workers: Workers, **options: Any) -> Office:
    work = Work(folder, workers)
    return Office(folder, work, create_app(work, **options))


def csrf(client: FlaskClient, page: str) -> str:
    found = CSRF.search(client.get(page).get_data(as_text=True))
    assert found, f"no form on {page}"
    return found.group(1)


def upload(
    client: FlaskClient, page: str, data: bytes, name: str = "isian.xlsx", token: str | None = None
) -> Any:
    """POST a workbook to a page's upload form (the bidang page, or a slot page of the board)."""
    form = {"csrf": token if token is not None else csrf(client, page), "workbook": (io.BytesIO(data), name)}
    return client.post(page + "unggah", data=form, content_type="multipart/form-data")


def variant(source: Path, scratch: Path, sheet: str, cells: dict[str, Any]) -> bytes:
    """The bytes of a copy of `source` with `cells` of `sheet` changed."""
    scratch.mkdir(parents=True, exist_ok=True)
    copy = scratch / f"{len(list(scratch.iterdir()))}-{source.name}"
    shutil.copyfile(source, copy)
    edit_cells(copy, sheet, cells)
    return copy.read_bytes()


def until(done: Callable[[], Any]) -> Any:
    """Wait for `done()` to give something true (a build or a comparison ending), a bounded while."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        found = done()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError("the work did not end")


@contextmanager
def serving(web: Office) -> Iterator[str]:
    """The office's app served by waitress on a free port of the loopback address, as `lkj web` serves
    it; gives the address."""
    import waitress

    server = waitress.create_server(web.app, host="127.0.0.1", port=0, threads=8)
    address = f"http://127.0.0.1:{server.effective_port}"
    web.app.config["LKJ_ALAMAT"] = address
    closing = threading.Event()

    def run() -> None:
        try:
            server.run()
        except OSError:  # its socket closed under the loop's select: the test is over
            if not closing.is_set():
                raise

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield address
    finally:
        closing.set()
        server.close()
        thread.join(10)


class Browser:
    """A browser without a window over HTTP: its own cookies (the session of the CSRF token), GET and
    a workbook POSTed through a page's upload form, as a browser sends it (multipart/form-data)."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def get(self, page: str) -> tuple[int, str]:
        try:
            with self._opener.open(self.address + page, timeout=WAIT) as answer:
                return answer.status, answer.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")

    def upload(self, page: str, data: bytes, name: str = "isian.xlsx") -> tuple[int, str]:
        found = CSRF.search(self.get(page)[1])
        assert found, f"no form on {page}"
        boundary = uuid.uuid4().hex
        part = f"--{boundary}\r\nContent-Disposition: form-data; name="
        body = b"".join(
            (
                f'{part}"csrf"\r\n\r\n{found.group(1)}\r\n'.encode(),
                f'{part}"workbook"; filename="{name}"\r\n'.encode(),
                b"Content-Type: application/octet-stream\r\n\r\n",
                data,
                f"\r\n--{boundary}--\r\n".encode(),
            )
        )
        request = urllib.request.Request(
            self.address + page + "unggah",
            data=body,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            method="POST",
        )
        try:
            with self._opener.open(request, timeout=WAIT) as answer:  # follows the redirect to the page
                return answer.status, answer.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")
