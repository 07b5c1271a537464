"""The Word template (lkj.docx) as docxtpl renders it, with what lkj needs of it:

- breaks in rendered text resolved only in the parts that hold one (speed: every block is a marker);
- every rendered part made only of characters XML can hold, whatever a tag prints (`{{ "\x01" }}`);
- the document properties (title, author…) stored as the text they render to: the environment escapes
  what it prints, and python-docx escapes again what it stores ("A & B" became "A &amp; B");
- an error a tag raises told as a TemplateProblem naming the part and the paragraph (a Word document has
  no lines its author could find), or the text template and line if it arose in one it includes.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from markupsafe import Markup

from lkj.render.ooxml import legal
from lkj.render.problems import SOURCE, TemplateProblem, explain, where

# docxtpl's own list of the core properties it renders (DocxTemplate.render_properties), by their names
# in Word's File › Info
PROPERTIES = {
    "author": "penulis",
    "comments": "komentar",
    "identifier": "pengenal",
    "language": "bahasa",
    "subject": "subjek",
    "title": "judul",
}
PROPERTY_LENGTH = 255  # python-docx refuses a longer property
_LISTING = re.compile(r"<w:t(?: [^>]*)?>[^<]*[\t\a\n\f]")


class WordTemplate(DocxTemplate):
    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path

    def resolve_listing(self, xml: str) -> str:
        """docxtpl turns tabs, line and page breaks in rendered text into Word's own with a regular-
        expression callback on every paragraph: a part whose text holds none of them is left as it is."""
        return super().resolve_listing(xml) if _LISTING.search(xml) else xml

    def render_xml_part(self, src_xml: str, part: Any, context: Any, jinja_env: Any = None) -> str:
        try:
            xml = super().render_xml_part(src_xml, part, context, jinja_env)
        except TemplateProblem:  # a text template it includes, unreadable
            raise
        except Exception as exc:  # whatever a tag raises is the template's (lkj.render.problems)
            found = where(exc, self.path.parent)
            text = _paragraph(src_xml, found[1]) if found and found[0] == SOURCE else ""
            place = _part_name(str(part.partname)) + (f", pada paragraf “{text}”" if text else "")
            raise TemplateProblem(self._problem(exc, found, place)) from exc
        return legal(xml)

    def render_properties(self, context: Any, jinja_env: Any = None) -> None:
        props = self.docx.core_properties
        for name, shown in PROPERTIES.items():
            source = getattr(props, name)
            try:
                rendered = jinja_env.from_string(source).render(context)
            except TemplateProblem:
                raise
            except Exception as exc:
                place = f"properti dokumen '{shown}' “{source}”"
                raise TemplateProblem(self._problem(exc, where(exc, self.path.parent), place)) from exc
            text = legal(Markup(rendered).unescape())
            setattr(props, name, text if len(text) <= PROPERTY_LENGTH else text[: PROPERTY_LENGTH - 1] + "…")

    def _problem(self, exc: BaseException, found: tuple[str, int] | None, place: str) -> str:
        """The message for an error of a tag at `place`, unless it arose in a text template it includes
        (`found`, lkj.render.problems.where)."""
        if found and found[0] != SOURCE:
            return (
                f"Templat teks '{found[0]}' baris {found[1]} (disertakan templat Word '{self.path.name}'): "
                f"{explain(exc)}."
            )
        return f"Templat Word '{self.path.name}', {place}: {explain(exc)}."


def _part_name(partname: str) -> str:
    for prefix, name in _PARTS.items():
        if partname.startswith(prefix):
            return f"bagian {name} ({partname.lstrip('/')})"
    return "isi dokumen"


_PARTS = {"/word/header": "header", "/word/footer": "footer", "/word/footnotes": "catatan kaki"}


def _paragraph(source: str, line: int) -> str:
    """The text of line `line` of a part as docxtpl renders it (a line per paragraph, its
    render_xml_part), or of the nearest line that has text."""
    lines = re.sub(r"<w:p([ >])", r"\n<w:p\1", source).split("\n")
    for index in (line - 1, line - 2, line, line - 3, line + 1):
        if 0 <= index < len(lines):
            text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", lines[index])).split())
            if text:
                return text if len(text) <= 120 else text[:119] + "…"
    return ""
