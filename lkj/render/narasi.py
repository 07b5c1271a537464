"""The narrative: Bahasa Indonesia sentences from editable Jinja text templates (templates/narasi,
templates/teks), rendered sandboxed, autoescaped and with StrictUndefined.

A template's output is split into paragraphs at blank lines; inside a paragraph, line breaks of the
template are just spaces (authors may wrap lines freely). Line breaks typed by staff are kept: staff text
reaches a template escaped, its line breaks as character references (staff_text), which the folding of
whitespace does not touch and no typed text can imitate (its "&" is escaped too).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2.bccache import Bucket, BytecodeCache, FileSystemBytecodeCache
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from lkj.errors import system_reason
from lkj.indonesian import angka, daftar, persen, rupiah, tanggal, terbilang, terbilang_rupiah
from lkj.render.problems import TemplateProblem, not_utf8, text_template_problem
from lkj.render.template_limits import (
    BINOPS,
    BoundedTemplate,
    binop,
    bounded_filters,
    check_call,
    counted_range,
)

# The templates shipped with lkj; a folder of one's own (--templat) falls back to them file by file.
DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
_LINE_BREAK = "&#10;"  # a line break typed by staff, in escaped template output
_SINGLE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


# The environment's options that shape the compiled code of a template
COMPILE_OPTIONS: dict[str, Any] = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": False,
}


class _Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, with bounds on the work of a template (lkj.render.template_limits), remembering
    its verdict on each attribute per type: a large report reads the same few attributes of the same few
    types tens of thousands of times. The verdict depends only on the object's type and the attribute's
    name (jinja2.sandbox.is_internal_attribute), so the remembered answer is the one the sandbox itself
    gives."""

    template_class = BoundedTemplate
    intercepted_binops = BINOPS

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._verdicts: dict[tuple[type, str], bool] = {}
        self.globals["range"] = counted_range
        bounded_filters(self.filters)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        return binop(operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        check_call(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        """A template from its source (docxtpl compiles each part of the Word template so, on every build),
        compiled once and then taken from the compiled-templates cache, like the text templates."""
        cache = self.bytecode_cache
        if cache is None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        name = "<teks>" + hashlib.sha1(source.encode("utf-8"), usedforsecurity=False).hexdigest()
        bucket = cache.get_bucket(self, name, None, source)
        if bucket.code is None:
            bucket.code = self.compile(source)
            cache.set_bucket(bucket)
        return (template_class or self.template_class).from_code(
            self, bucket.code, self.make_globals(globals), None
        )


class _CompiledTemplates(FileSystemBytecodeCache):
    """Text templates compiled by earlier builds, kept in the user's cache folder: compiling the thirty
    or so templates of a report takes a twentieth of a second, loading them a few milliseconds. Jinja
    checks each against its source, so an edited template is compiled again; the key also holds the
    options the compiled code depends on (COMPILE_OPTIONS, and that values are finalized), so that a
    change of them is never served code compiled under the old ones. A cache that cannot be read or
    written is simply not used."""

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(f"{COMPILE_OPTIONS!r}:finalize:{name}", filename)

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


class _Loader(FileSystemLoader):
    """The template folder's files; one that cannot be read as UTF-8 text is named with its line, from
    wherever it is loaded (asked for, or included by another template)."""

    def get_source(self, environment: Environment, template: str) -> Any:
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError as exc:
            raise TemplateProblem(not_utf8(template, exc)) from exc
        except TemplateNotFound:  # an OSError too, told by whoever asked for it
            raise
        except OSError as exc:
            raise TemplateProblem(
                f"Templat teks '{template}' tidak dapat dibaca ({system_reason(exc)}). Periksa izin baca "
                "berkas itu, atau salin ulang berkas itu dari folder templates/ repositori lkj."
            ) from exc


def _compiled_templates() -> BytecodeCache | None:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = Path(base) / "lkj" / "templat"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _CompiledTemplates(str(folder))


def environment(template_dir: Path) -> SandboxedEnvironment:
    """The one Jinja environment of the report, for the .docx template and the text templates alike: a
    text template is taken from `template_dir`, else from the built-in ones. Templates do not change
    during a build: they are loaded once, without checking the files again."""
    folders = [template_dir] + ([DEFAULT_TEMPLATES] if template_dir != DEFAULT_TEMPLATES else [])
    env = _Sandbox(
        loader=_Loader([str(folder) for folder in folders]),
        auto_reload=False,
        bytecode_cache=_compiled_templates(),
        undefined=StrictUndefined,
        finalize=printed,
        **COMPILE_OPTIONS,
    )
    env.filters.update(
        angka=angka,
        daftar=daftar,
        persen=persen,
        rupiah=rupiah,
        tanggal=tanggal,
        terbilang=terbilang,
        terbilang_rupiah=terbilang_rupiah,
    )
    return env


def clause(text: str | None) -> str:
    """Staff's sentence as a clause within the report's own: no end stop, its first letter small unless
    it starts an abbreviation (APBD-P, DID)."""
    text = (text or "").strip().rstrip(".").strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def staff_text(text: str | None) -> Markup | None:
    """Staff text for a template, escaped: single line breaks survive, blank lines still separate
    paragraphs."""
    if text is None:
        return None
    return Markup(_SINGLE_NEWLINE.sub(_LINE_BREAK, _escaped(text.strip())))


def printed(value: Any) -> Any:
    """Every value a template prints (the environment's finalize): text escaped with its braces as
    character references too, so that docxtpl's undoing of its own escapes after rendering ("{_{" →
    "{{") cannot change what staff typed."""
    if type(value) is str and ("{" in value or "}" in value):
        return Markup(_escaped(value))
    return value


def _escaped(text: str) -> str:
    return str(escape(text)).replace("{", "&#123;").replace("}", "&#125;")


def split_paragraphs(rendered: str) -> list[str]:
    """Escaped template output → plain paragraphs (blank-line separated; whitespace folded)."""
    out = []
    for chunk in _PARAGRAPHS.split(rendered.strip()):
        text = Markup(" ".join(chunk.split())).unescape()
        text = "\n".join(line.strip() for line in text.split("\n")).strip()
        if text:
            out.append(text)
    return out


class Narasi:
    def __init__(self, template_dir: Path) -> None:
        self.folder = template_dir
        self.env = environment(template_dir)

    def paragraphs(self, name: str, **context: Any) -> list[str]:
        """The paragraphs of one text template (plain text; the caller escapes it for XML)."""
        try:
            rendered = self.env.get_template(name).render(**context)
        except TemplateProblem:
            raise
        except Exception as exc:  # whatever a template's tags raise is the template's (lkj.render.problems)
            raise TemplateProblem(text_template_problem(exc, name, self.folder)) from exc
        return split_paragraphs(rendered)
