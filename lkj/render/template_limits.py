"""Bounds on the work one rendering of a template may do. Jinja's sandbox keeps a template from reaching
anything but the report's data; it does not keep `{{ 10 ** 10 ** 9 }}` from computing for hours, two
nested `range(100000)` loops from turning ten billion times, or `{{ 'x' * 10 ** 10 }}` from filling the
memory. A template is data the secretariat edits and shares; whatever it holds, the build ends with a
message naming the template (lkj.render.problems), never a hang.

- values: a number of more than MAX_BITS bits, or a text or list of more than MAX_TEXT characters or
  items, is refused before it is made (by the operators **, *, +, % and the string methods and filters
  that make long text from a short one);
- loops: range() counts the steps of all its loops in one rendering, at most MAX_STEPS;
- output: one rendering prints at most MAX_OUTPUT characters;
- time: one rendering takes at most MAX_SECONDS (where the system has an interval timer, in the thread
  that takes signals; elsewhere the other bounds hold alone).

Every bound is far beyond what the shipped templates do: the largest report's longest rendering prints
a few thousand characters in a few milliseconds.
"""

from __future__ import annotations

import contextlib
import functools
import operator
import re
import signal
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from jinja2 import Template, TemplateError
from jinja2.sandbox import MAX_RANGE

from lkj.indonesian import angka

MAX_BITS = 100_000  # some 30.000 digits
MAX_TEXT = 1_000_000
MAX_STEPS = 1_000_000
MAX_OUTPUT = 10_000_000
MAX_SECONDS = 10
BINOPS = frozenset({"**", "*", "+", "%"})
_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "**": operator.pow,
    "*": operator.mul,
    "+": operator.add,
    "%": operator.mod,
}
_SEQUENCE = (str, list, tuple)
_WIDTH = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_WIDTH = re.compile(r"\{[^{}]*?:[^{}]*?(\{|\d{7,})")


class TooMuchWork(TemplateError):
    """A template goes beyond a bound; `str()` says which, in Bahasa Indonesia."""


def binop(name: str, left: Any, right: Any) -> Any:
    """`left name right`, refused when its result would be beyond a bound."""
    if name == "**":
        _check_power(left, right)
    elif name == "*":
        _check_product(left, right)
    elif name == "+" and isinstance(left, _SEQUENCE) and isinstance(right, _SEQUENCE):
        _check_length(len(left) + len(right))
    elif name == "%" and isinstance(left, str):
        _check_percent_format(left)
    return _OPERATORS[name](left, right)


def _number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _bits(value: int | float | Decimal) -> float:
    if isinstance(value, int):
        return value.bit_length()
    if isinstance(value, Decimal):
        return 3.33 * max(value.adjusted(), 1) if value.is_finite() else 0
    return 1024  # a float overflows by itself


def _check_power(base: Any, exponent: Any) -> None:
    if _number(base) and _number(exponent) and abs(base) > 1 and abs(exponent) * _bits(base) > MAX_BITS:
        raise TooMuchWork(
            f"pangkat itu menghasilkan bilangan lebih dari {angka(MAX_BITS // 3)} angka (ungkapan '**')"
        )


def _check_product(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int) and not isinstance(left, bool):
        if left.bit_length() + right.bit_length() > MAX_BITS:
            raise TooMuchWork(
                f"perkalian itu menghasilkan bilangan lebih dari {angka(MAX_BITS // 3)} angka (ungkapan '*')"
            )
        return
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, _SEQUENCE) and isinstance(count, int):
            _check_length(len(sequence) * count)


def _check_length(length: int) -> None:
    if length > MAX_TEXT:
        raise TooMuchWork(
            f"tag itu menyusun teks atau daftar lebih dari {angka(MAX_TEXT)} karakter atau butir"
        )


def _check_width(width: Any) -> None:
    if isinstance(width, int) and width > MAX_TEXT:
        raise TooMuchWork(f"lebar {angka(width)} melewati batas {angka(MAX_TEXT)} karakter")


def _check_percent_format(text: str) -> None:
    for width, precision in _WIDTH.findall(text):
        for value in (width, precision):
            if value == "*" or (value and int(value) > MAX_TEXT):
                raise TooMuchWork(f"format '%' dengan lebar {value} tidak diizinkan")


def _check_brace_format(text: str) -> None:
    if _FORMAT_WIDTH.search(text):
        raise TooMuchWork(
            f"format dengan lebar lebih dari {angka(MAX_TEXT)} atau lebar bersarang tidak diizinkan"
        )


def _check_replace(text: Any, old: Any, new: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        places = text.count(old) if old else len(text) + 1
        _check_length(len(text) + places * max(len(new) - len(old), 0))


def _check_join(separator: Any, items: Any) -> None:
    if isinstance(items, list | tuple) and isinstance(separator, str):
        _check_length(len(separator) * len(items) + sum(len(str(item)) for item in items))


# What a string method makes from its string and arguments, checked before it is called
_METHODS: dict[str, Callable[..., None]] = {
    "center": lambda s, width=0, *_: _check_width(width),
    "ljust": lambda s, width=0, *_: _check_width(width),
    "rjust": lambda s, width=0, *_: _check_width(width),
    "zfill": lambda s, width=0, *_: _check_width(width),
    "expandtabs": lambda s, size=8, *_: _check_length(len(s) + s.count("\t") * size),
    "replace": lambda s, old="", new="", *_: _check_replace(s, old, new),
    "join": lambda s, items=(), *_: _check_join(s, items),
    "format": lambda s, *_, **__: _check_brace_format(s),
    "format_map": lambda s, *_: _check_brace_format(s),
}


def check_call(function: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse a call of a string's method whose result would be beyond a bound (the sandbox's `call`)."""
    bound = getattr(function, "__wrapped__", function)  # the sandbox wraps str.format
    owner = getattr(bound, "__self__", None)
    check = _METHODS.get(getattr(bound, "__name__", ""))
    if isinstance(owner, str) and check is not None:
        _run(check, (owner, *args), kwargs)


def _run(check: Callable[..., None], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with contextlib.suppress(TypeError):  # arguments the call itself will refuse, and say so
        check(*args, **kwargs)


# The built-in filters that make long text from a short one, each with its check (their arguments as
# Jinja passes them: some take the evaluation context first)
_FILTERS: dict[str, Callable[..., None]] = {
    "center": lambda value, width=80, *_: _check_width(width),
    "indent": lambda value, width=4, *_, **__: _check_length(
        len(str(value)) + (str(value).count("\n") + 1) * (width if isinstance(width, int) else len(width))
    ),
    "wordwrap": lambda environment, value, width=79, *_, **__: _check_width(width),
    "format": lambda value, *_, **__: _check_percent_format(str(value)),
    "replace": lambda context, value, old="", new="", *_: _check_replace(value, old, new),
    "join": lambda context, value, separator="", *_: _check_join(separator, value),
    "batch": lambda value, count=1, *_: _check_width(count),
    "slice": lambda value, count=1, *_: _check_width(count),
}


def bounded_filters(filters: dict[str, Any]) -> None:
    """Give the filters of `filters` that make long text their checks."""
    for name, check in _FILTERS.items():
        if name in filters:
            filters[name] = _checked(filters[name], check)


def _checked(function: Callable[..., Any], check: Callable[..., None]) -> Callable[..., Any]:
    @functools.wraps(function)  # keeps Jinja's mark of what the filter is passed first
    def filtered(*args: Any, **kwargs: Any) -> Any:
        _run(check, args, kwargs)
        return function(*args, **kwargs)

    return filtered


class _Work(threading.local):
    """The rendering under way in this thread: the steps its loops took."""

    def __init__(self) -> None:
        self.steps = 0
        self.depth = 0


_WORK = _Work()


def counted_range(*args: int) -> Iterator[int]:
    """range() for templates: at most MAX_RANGE numbers, and MAX_STEPS steps in one rendering."""
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TooMuchWork(f"range() dengan {angka(len(numbers))} langkah (batas {angka(MAX_RANGE)})")
    return _counted(numbers)


def _counted(numbers: range) -> Iterator[int]:
    for number in numbers:
        _WORK.steps += 1
        if _WORK.steps > MAX_STEPS:
            raise TooMuchWork(f"perulangan range() melewati {angka(MAX_STEPS)} langkah dalam satu templat")
        yield number


class BoundedTemplate(Template):
    """A template whose rendering keeps within the bounds above."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        with _rendering():
            pieces: list[str] = []
            size = 0
            for piece in self.generate(*args, **kwargs):
                size += len(piece)
                if size > MAX_OUTPUT:
                    raise TooMuchWork(f"hasilnya melebihi {angka(MAX_OUTPUT)} karakter")
                pieces.append(piece)
            return "".join(pieces)


@contextlib.contextmanager
def _rendering() -> Iterator[None]:
    """One rendering: its steps counted from zero and, where it can be, its time bounded."""
    outermost = _WORK.depth == 0
    if outermost:
        _WORK.steps = 0
    _WORK.depth += 1
    try:
        with _time_bound() if outermost else contextlib.nullcontext():
            yield
    finally:
        _WORK.depth -= 1


@contextlib.contextmanager
def _time_bound() -> Iterator[None]:
    timer = getattr(signal, "setitimer", None)
    if timer is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    if signal.getitimer(signal.ITIMER_REAL)[0]:  # someone else's timer: not taken from them
        yield
        return

    def late(signum: int, frame: Any) -> None:
        raise TooMuchWork(f"templat berjalan lebih dari {MAX_SECONDS} detik tanpa selesai")

    previous = signal.signal(signal.SIGALRM, late)
    timer(signal.ITIMER_REAL, MAX_SECONDS)
    try:
        yield
    finally:
        timer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
