"""Reviewers' tools: `lkj dump` (a stable text form of a report) and `lkj diff` (what changed between two
reports, or two input folders, located by chapter, table, row and column, with the workbook cells that
caused it), as text, HTML or a Word redline with tracked changes."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lkj.diff.compare import Change, compare
from lkj.diff.document import Document, read_document
from lkj.diff.dump import NotADocx
from lkj.diff.sources import SourceChange, source_changes


class DiffProblem(Exception):
    """The two sides cannot be compared; `str()` says why."""


@dataclass
class DiffResult:
    changes: list[Change]
    old: Document
    new: Document
    sources: list[SourceChange] = field(default_factory=list)


def diff_paths(old: Path, new: Path, templates: Path | None = None, redline: bool = False) -> DiffResult:
    """What changed from `old` to `new` (two reports, or two input folders). `redline`: keep the
    documents' trees, which write_redline needs (memory-hungry for a large report)."""
    for path in (old, new):
        if not path.exists():
            raise DiffProblem(f"'{path}' tidak ditemukan.")
    if old.is_dir() and new.is_dir():
        return _diff_folders(old, new, templates, redline)
    if old.is_dir() or new.is_dir():
        raise DiffProblem("Bandingkan dua laporan .docx, atau dua folder masukan; jangan campuran keduanya.")
    try:
        before, after = read_document(old, redline), read_document(new, redline)
    except NotADocx as exc:
        raise DiffProblem(str(exc)) from exc
    return DiffResult(compare(before, after), before, after)


def _diff_folders(old: Path, new: Path, templates: Path | None, redline: bool) -> DiffResult:
    from lkj.findings import Severity, has_errors
    from lkj.read import NoInput
    from lkj.render import DEFAULT_TEMPLATES, TemplateProblem, build_report
    from lkj.render.package import PackageTooLarge
    from lkj.validate import validate_folder

    with tempfile.TemporaryDirectory(prefix="lkj-diff-") as work:
        documents, datasets = [], []
        for side, folder in (("lama", old), ("baru", new)):
            try:
                result = validate_folder(folder)
            except NoInput as exc:
                raise DiffProblem(str(exc)) from exc
            if has_errors(result.findings):
                raise DiffProblem(
                    f"Folder {side} '{folder}' masih memiliki galat; jalankan 'lkj validate {folder}'."
                )
            warnings = tuple(f for f in result.findings if f.severity is Severity.WARNING)
            out = Path(work) / f"{side}.docx"
            try:
                build_report(result.dataset, warnings, out, templates or DEFAULT_TEMPLATES)
            except (TemplateProblem, PackageTooLarge) as exc:
                raise DiffProblem(str(exc)) from exc
            documents.append(read_document(out, redline))
            datasets.append(result.dataset)
    return DiffResult(
        compare(documents[0], documents[1]),
        documents[0],
        documents[1],
        source_changes(datasets[0], datasets[1]),
    )


__all__ = ["Change", "DiffProblem", "DiffResult", "SourceChange", "diff_paths"]
