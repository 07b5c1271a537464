"""What can go wrong that is not a bug: every expected failure of lkj is an LkjError, raised where it is
found with its message for the user (Bahasa Indonesia: what, where, what to do), and told in one place:
lkj.cli prints it and exits with its status, the web page shows `describe(exc)`. Anything else that
escapes a command is a bug of lkj, told as one (with its traceback under --debug)."""

from __future__ import annotations


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
