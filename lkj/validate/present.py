"""How findings are shown: grouped by file, most severe first, with a summary line; or as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import groupby

from lkj.findings import Finding, Severity

FOLDER = "(folder masukan)"
GAP_LABEL = "BELUM DIISI"  # a warning of the gap family: data not entered yet


def exit_status(findings: Sequence[Finding], strict: bool = False) -> int:
    worst = Severity.WARNING if strict else Severity.ERROR
    return 1 if any(f.severity >= worst for f in findings) else 0


def render_json(findings: Sequence[Finding]) -> str:
    return json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2)


def ordered(findings: Sequence[Finding]) -> list[Finding]:
    """Folder-level findings first, then by file; within a file the most severe first (stable)."""
    return sorted(findings, key=lambda f: (f.file != "", f.file.casefold(), -f.severity))


def render_text(findings: Sequence[Finding], workbooks: int) -> str:
    return "\n".join([*_by_file(findings), summary(findings, workbooks)])


def render_located(findings: Sequence[Finding]) -> str:
    """What stands between the input and a final report, by file, each at its sheet and cell with what to
    fill or fix (the same list the konsep's Catatan Penyusunan holds)."""
    return "\n".join([*_by_file(findings), f"Laporan final terhalang oleh {len(findings)} hal di atas."])


def _by_file(findings: Sequence[Finding]) -> list[str]:
    lines: list[str] = []
    for file, group in groupby(ordered(findings), key=lambda f: f.file):
        lines.append(file or FOLDER)
        for f in group:
            where = f" {f.where}" if f.sheet or f.cell else ""
            lines.append(f"  {GAP_LABEL if f.gap else f.severity.label}{where} [{f.code}]")
            lines.append(f"      {f.message}")
        lines.append("")
    return lines


def summary(findings: Sequence[Finding], workbooks: int) -> str:
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    gaps = sum(1 for f in findings if f.gap)
    among = f" ({gaps} di antaranya data belum diisi)" if gaps else ""
    text = (
        f"Ringkasan: {counts[Severity.ERROR]} galat, {counts[Severity.WARNING]} peringatan{among}, "
        f"{counts[Severity.NOTICE]} catatan pada {workbooks} workbook."
    )
    if counts[Severity.ERROR]:
        return text + " Perbaiki semua galat sebelum menyusun laporan."
    if counts[Severity.WARNING]:
        return text + " Laporan dapat disusun; periksa peringatan di atas."
    return text + " Semua workbook siap dipakai."
