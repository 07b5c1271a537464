"""Why a template cannot be used (TemplateProblem): the template file and line, or in the Word template
its part and paragraph, what is wrong and what to do, in Bahasa Indonesia, whatever the template did.

Templates are data the secretariat edits: any error their tags raise, of whatever type, is theirs to
fix and is told so. Jinja rewrites a template error's traceback so that its frames name the template
files and lines the error went through; the innermost is where it arose (an included template, a macro
calling itself), not the template that was asked for.
"""

from __future__ import annotations

import os
import re
import traceback
from pathlib import Path

from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError

from lkj.errors import LkjError, detail, shortened
from lkj.render.template_limits import TooMuchWork

SOURCE = "<template>"  # Jinja's file name for a template made from a string: a part of the Word template
DOCS = "docs/templat.md"


class TemplateProblem(LkjError):
    """A template cannot be used; `str()` says which file, where and what, in Bahasa Indonesia."""


def explain(exc: BaseException) -> str:
    """What the error means for the template's author, and what to do."""
    text = shortened(str(exc))
    if isinstance(exc, TemplateSyntaxError):
        return (
            f"kesalahan tag Jinja ({shortened(exc.message or '')}). Perbaiki penulisan tag itu (lihat {DOCS})"
        )
    if isinstance(exc, UndefinedError):
        unknown = re.fullmatch(r"'(.+)' is undefined", text)
        if unknown:
            return (
                f"tag '{{{{ {unknown.group(1)} }}}}' memakai variabel yang tidak dikenal. Periksa ejaannya; "
                f"daftar variabel ada di {DOCS}"
            )
        return f"tag memakai data yang tidak ada ({text}). Periksa nama variabel dan atributnya di {DOCS}"
    if isinstance(exc, SecurityError):
        return (
            f"tag memakai operasi yang tidak diizinkan ({text}). Templat hanya menampilkan data laporan: "
            "hapus operasi itu"
        )
    if isinstance(exc, TooMuchWork):
        return (
            f"tag itu bekerja melewati batas: {exc}. Templat hanya menyusun kalimat dari data laporan; "
            "sederhanakan atau hapus tag itu"
        )
    if isinstance(exc, TemplateNotFound):
        return (
            f"templat '{exc.name}' yang disertakan tidak ada di folder templat. Sertakan hanya berkas di "
            "dalam folder templat, dengan jalur dari folder itu dan tanpa '..' (mis. 'narasi/efisiensi.j2')"
        )
    if isinstance(exc, RecursionError):
        return (
            "makro atau include memanggil dirinya sendiri tanpa henti. Beri pemanggilan berulang itu syarat "
            "berhenti, atau hapus"
        )
    if isinstance(exc, TemplateError):
        return f"kesalahan tag Jinja ({text}). Perbaiki tag itu (lihat {DOCS})"
    return f"tag gagal dijalankan ({detail(exc)}). Periksa ungkapan pada tag itu"


def where(exc: BaseException, folder: Path) -> tuple[str, int] | None:
    """The template (its path in `folder`, or SOURCE) and line where `exc` arose, if a template's."""
    if isinstance(exc, TemplateSyntaxError) and exc.lineno:
        name = _in_folder(exc.filename, folder) if exc.filename else SOURCE
        return (name, exc.lineno) if name else None
    found = None
    for frame, line in traceback.walk_tb(exc.__traceback__):
        if "__jinja_exception__" not in frame.f_globals:  # not one of the frames Jinja made for a template
            continue
        filename = frame.f_code.co_filename
        name = SOURCE if filename == SOURCE else _in_folder(filename, folder)
        if name:
            found = (name, line)
    return found


def _in_folder(filename: str, folder: Path) -> str | None:
    relative = os.path.relpath(os.path.abspath(filename), os.path.abspath(folder))
    return None if relative.startswith("..") else Path(relative).as_posix()


def text_template_problem(exc: BaseException, name: str, folder: Path) -> str:
    """The message for an error met while rendering text template `name` of `folder`."""
    if isinstance(exc, TemplateNotFound) and exc.name == name:
        return (
            f"Templat teks '{name}' tidak ditemukan di folder templat '{folder}'. Salin berkas itu dari "
            "folder templates/ repositori lkj."
        )
    found = where(exc, folder)
    file, line = found if found and found[0] != SOURCE else (name, None)
    return f"Templat teks '{file}'{f' baris {line}' if line else ''}: {explain(exc)}."


def not_utf8(name: str, exc: UnicodeDecodeError) -> str:
    """The message for text template `name`, whose bytes (exc.object, the whole file as Jinja's loader
    reads it) are not UTF-8."""
    data = bytes(exc.object)
    line = data.count(b"\n", 0, exc.start) + 1
    column = len(data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8")) + 1  # in characters
    return (
        f"Templat teks '{name}' baris {line} kolom {column} bukan teks UTF-8 (bita {data[exc.start]:#04x}). "
        "Simpan ulang berkas itu dengan pengodean UTF-8 (di Notepad: Simpan Sebagai › Pengodean UTF-8)."
    )
