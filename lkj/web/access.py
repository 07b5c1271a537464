"""Who may open what: one link for the secretariat, and links for each bidang that the secretariat makes
and revokes. A link is an unguessable token in the address (secrets.token_urlsafe, 192 bits), compared in
constant time with every token known (hmac.compare_digest, no early return), so that neither a wrong
token nor a revoked one tells anything by its timing."""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from lkj.web.state import now, read_json, write_json

TOKEN_BYTES = 24
SECRETARIAT = "sekretariat"


@dataclass(frozen=True)
class Link:
    """A bidang's link: its number (shown to staff, kept in each version as who uploaded it), its
    token, the workbook slot it opens, and when it was made and revoked."""

    number: int
    token: str
    slot: str
    created: str
    revoked: str | None = None


@dataclass(frozen=True)
class Visitor:
    """Who opened a page: the secretariat (link None) or a bidang through one of its links."""

    link: Link | None

    @property
    def secretariat(self) -> bool:
        return self.link is None


class Access:
    def __init__(self, state: Path) -> None:
        self._path = state / "akses.json"
        self._lock = threading.Lock()
        data = read_json(self._path) or {}
        self._secretariat: str = data.get(SECRETARIAT) or secrets.token_urlsafe(TOKEN_BYTES)
        self._links = [Link(**item) for item in data.get("tautan", ())]
        self._save()

    def _save(self) -> None:
        data = {SECRETARIAT: self._secretariat, "tautan": [vars(link) for link in self._links]}
        write_json(self._path, data)
        with contextlib.suppress(OSError):  # the tokens are for this server's user alone (where it can tell)
            os.chmod(self._path, 0o600)

    @property
    def secretariat_token(self) -> str:
        return self._secretariat

    def visitor(self, token: str) -> Visitor | None:
        """Whose token `token` is, or None (unknown or revoked). Every token is compared."""
        given = token.encode("utf-8", "surrogateescape")
        found: Visitor | None = None
        if hmac.compare_digest(given, self._secretariat.encode()):
            found = Visitor(None)
        for link in self._links:
            if hmac.compare_digest(given, link.token.encode()) and link.revoked is None:
                found = Visitor(link)
        return found

    def links(self) -> list[Link]:
        return list(self._links)

    def active(self, slot: str) -> list[Link]:
        return [link for link in self._links if link.slot == slot and link.revoked is None]

    def create(self, slot: str) -> Link:
        with self._lock:
            link = Link(len(self._links) + 1, secrets.token_urlsafe(TOKEN_BYTES), slot, now())
            self._links.append(link)
            self._save()
        return link

    def revoke(self, number: int) -> Link | None:
        """Revoke link `number`; the link revoked, or None when there is no such active link."""
        with self._lock:
            for i, link in enumerate(self._links):
                if link.number == number and link.revoked is None:
                    self._links[i] = Link(link.number, link.token, link.slot, link.created, now())
                    self._save()
                    return self._links[i]
        return None
