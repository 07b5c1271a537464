"""What can go wrong that is not a bug: every expected failure of lkj is an LkjError, raised where it is
found with its message for the user (Bahasa Indonesia: what, where, what to do), and told in one place:
lkj.cli prints it and exits with its status, the web page shows `describe(exc)`. Anything else that
escapes a command is a bug of lkj, told as one (with its traceback under --debug)."""

from __future__ import annotations

import errno
import re


class LkjError(Exception):
    """An expected failure. `message` is what the user reads; `detail`, when there is one, is printed
    before it (the findings that keep a report from being built)."""

    exit_code = 2  # the command cannot run; 1 is for input that has errors

    @property
    def message(self) -> str:
        return str(self)

    @property
    def detail(self) -> str:
        return ""


def describe(exc: BaseException) -> str:
    """The message of an expected failure; anything else is a bug of lkj, raised again."""
    if isinstance(exc, LkjError):
        return exc.message
    raise exc


DETAIL = 120  # characters of a library's own words in a message
_OBJECT = re.compile(r"<(?:[\w.]+\.)?(\w+) object at 0x[0-9A-Fa-f]+>")  # a repr whose address changes
_PATH = re.compile(r"""(?<![^\s'"(=])(?:[A-Za-z]:)?[\\/](?:[^\s'"\\/:]+[\\/])+([^\s'"\\/]*)""")
# What the system says, in the user's language; any other error number in the library's words
_SYSTEM = {
    errno.ENOENT: "berkas atau folder itu tidak ada",
    errno.EACCES: "izin ditolak",
    errno.EPERM: "izin ditolak",
    errno.ENOSPC: "ruang penyimpanan penuh",
    errno.EDQUOT: "kuota penyimpanan habis",
    errno.EROFS: "media hanya dapat dibaca",
    errno.EISDIR: "yang ditunjuk adalah folder",
    errno.ENOTDIR: "salah satu bagian jalurnya bukan folder",
    errno.ELOOP: "pintasan (symlink) berputar",
    errno.ENAMETOOLONG: "namanya terlalu panjang",
    errno.EIO: "kesalahan baca/tulis pada perangkat penyimpanan",
    errno.EBUSY: "sedang dipakai program lain",
    errno.EMFILE: "terlalu banyak berkas terbuka",
    errno.ENFILE: "terlalu banyak berkas terbuka",
    errno.EADDRNOTAVAIL: "alamat itu bukan milik komputer ini",
}


def detail(exc: BaseException) -> str:
    """A library's own words about a failure, to follow lkj's sentence in parentheses: its type and text
    on one line, every path shortened to its last part (a temporary folder's name means nothing to the
    reader), at most DETAIL characters cut between words, always valid UTF-8."""
    text = " ".join(str(exc).split())
    text = _PATH.sub(lambda found: found.group(1) or found.group(0)[-1], _OBJECT.sub(r"\1", text))
    text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return shortened(text)


def shortened(text: str) -> str:
    """`text` on one line and at most DETAIL characters, cut between words."""
    text = " ".join(text.split()).encode("utf-8", "backslashreplace").decode("utf-8")
    if len(text) <= DETAIL:
        return text
    cut = text[: DETAIL - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def system_reason(exc: OSError) -> str:
    """What the system refused, said in Indonesian where lkj knows the error (its own words otherwise)."""
    known = _SYSTEM.get(exc.errno) if exc.errno is not None else None
    return known or (shortened(exc.strerror) if exc.strerror else detail(exc))
