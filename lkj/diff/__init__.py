"""Reviewers' tools: `lkj dump` (a stable text form of a report) and `lkj diff` (what changed between two
reports, or two input folders, located by chapter, table, row and column, with the workbook cells that
caused it), as text, HTML or a Word redline with tracked changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lkj.diff.compare import Change, compare
from lkj.diff.document import Document, read_document
from lkj.diff.kertas_kerja import compare_kertas_kerja, is_workbook
from lkj.diff.safezip import unreachable
from lkj.diff.sources import SourceChange, source_changes
from lkj.errors import LkjError
from lkj.write import scratch_folder

if TYPE_CHECKING:
    from lkj.findings import Finding


class DiffProblem(LkjError):
    """The two sides cannot be compared; `str()` says why."""


@dataclass
class DiffResult:
    changes: list[Change]
    old: Document
    new: Document
    sources: list[SourceChange] = field(default_factory=list)
    kertas_kerja: bool = False  # two kertas kerja reviu (two reviu rounds), not two reports


def diff_paths(old: Path, new: Path, templates: Path | None = None, redline: bool = False) -> DiffResult:
    """What changed from `old` to `new` (two reports, or two input folders). `redline`: keep the
    documents' trees, which write_redline needs (memory-hungry for a large report)."""
    for path in (old, new):
        problem = unreachable(path)
        if problem is not None:
            raise DiffProblem(problem)
    if old.is_dir() and new.is_dir():
        return _diff_folders(old, new, templates, redline)
    if is_workbook(old) or is_workbook(new):
        return _diff_kertas_kerja(old, new, redline)
    if old.is_dir() or new.is_dir():
        folder, report = (old, new) if old.is_dir() else (new, old)
        raise DiffProblem(
            f"'{folder}' adalah folder, bukan berkas, sedangkan '{report}' bukan folder. Bandingkan dua "
            "laporan .docx, atau dua folder masukan; jangan campuran keduanya."
        )
    before, after = read_document(old, redline), read_document(new, redline)
    return DiffResult(compare(before, after), before, after)


def _diff_kertas_kerja(old: Path, new: Path, redline: bool) -> DiffResult:
    """Two kertas kerja reviu (lkj periksa --reviu): two reviu rounds, compared row by row."""
    if not (is_workbook(old) and is_workbook(new)):
        raise DiffProblem(
            f"'{old.name}' dan '{new.name}' tidak sejenis: bandingkan dua kertas kerja reviu (.xlsx), dua "
            "laporan .docx, atau dua folder masukan."
        )
    if redline:
        raise DiffProblem("--redline hanya untuk laporan .docx; kertas kerja reviu dibandingkan per baris.")
    empty = Document([], None, {})
    return DiffResult(compare_kertas_kerja(old, new), empty, empty, kertas_kerja=True)


def _diff_folders(old: Path, new: Path, templates: Path | None, redline: bool) -> DiffResult:
    from lkj.pipeline import InputHasErrors, build

    with scratch_folder("lkj-diff-") as work:  # removed whatever ends the command, signals included
        documents, datasets = [], []
        for side, folder in (("lama", old), ("baru", new)):
            try:
                built = build(folder, work / f"{side}.docx", templates=templates)
            except InputHasErrors as exc:
                raise DiffProblem(_folder_errors(side, folder, exc.checked.findings)) from exc
            documents.append(read_document(built.docx, redline))
            datasets.append(built.checked.dataset)
    return DiffResult(
        compare(documents[0], documents[1]),
        documents[0],
        documents[1],
        source_changes(datasets[0], datasets[1]),
    )


def _folder_errors(side: str, folder: Path, findings: Sequence[Finding]) -> str:
    """The errors that keep a folder's report from being built, the first of them listed."""
    from lkj.findings import Severity
    from lkj.validate.present import FOLDER, ordered

    errors = ordered([f for f in findings if f.severity is Severity.ERROR])
    lines = [
        f"folder {side} '{folder}' memiliki {len(errors)} galat, sehingga laporannya tidak dapat disusun "
        "untuk dibandingkan:"
    ]
    for f in errors[:_LISTED]:
        lines.append(f"  {' › '.join(part for part in (f.file, f.where) if part) or FOLDER}: {f.message}")
    if len(errors) > _LISTED:
        lines.append(f"  … dan {len(errors) - _LISTED} galat lainnya.")
    lines.append(
        f"Perbaiki galat tersebut lalu ulangi; 'lkj validate {folder}' menampilkan semuanya, beserta "
        "peringatannya."
    )
    return "\n".join(lines)


_LISTED = 20

__all__ = ["Change", "DiffProblem", "DiffResult", "SourceChange", "diff_paths"]
