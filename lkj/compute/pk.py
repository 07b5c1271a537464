"""Perjanjian Kinerja versions: targets and program budgets per version, and what changed between them."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from lkj.compute.figure import Figure, Input
from lkj.compute.results import PkVersiHasil
from lkj.model import Indikator, Instansi, PkAnggaran, Target


def pk_hasil(
    instansi: Instansi, indikator: Mapping[str, Indikator], program_names: Mapping[str, str]
) -> tuple[PkVersiHasil, ...]:
    out: list[PkVersiHasil] = []
    previous: PkVersiHasil | None = None
    for versi in instansi.pk_versi:
        # a target or an amount not filled yet is left out (the validator tells it as a gap)
        targets = tuple(
            (indikator[t.indikator], target)
            for t in instansi.pk_target
            if t.versi == versi.versi and t.indikator in indikator and (target := t.target) is not None
        )
        rows = tuple(
            (a, program_names.get(a.program) or a.nama_program or a.program)
            for a in instansi.pk_anggaran
            if a.versi == versi.versi and a.anggaran is not None
        )
        total = sum((a.anggaran or Decimal(0) for a, _ in rows), Decimal(0))
        change = None
        changed_programs: tuple[tuple[str, str, Decimal, Decimal], ...] = ()
        changed_targets: tuple[tuple[Indikator, Target, Target], ...] = ()
        if previous is not None:
            inputs = (
                Input(f"Total {versi.versi}", total),
                Input(f"Total {previous.versi.versi}", previous.total),
            )
            change = Figure(total - previous.total, "anggaran.perubahan-pk", inputs)
            changed_programs = _budget_changes(previous.anggaran, rows)
            changed_targets = _target_changes(previous.target, targets)
        result = PkVersiHasil(versi, targets, rows, total, change, changed_programs, changed_targets)
        out.append(result)
        previous = result
    return tuple(out)


def _budget_changes(
    before: tuple[tuple[PkAnggaran, str], ...], after: tuple[tuple[PkAnggaran, str], ...]
) -> tuple[tuple[str, str, Decimal, Decimal], ...]:
    old = {a.program: (a.anggaran or Decimal(0), name) for a, name in before}
    new = {a.program: (a.anggaran or Decimal(0), name) for a, name in after}
    changes = []
    for kode in list(old) + [k for k in new if k not in old]:
        was = old.get(kode, (Decimal(0), ""))[0]
        now, name = new.get(kode, (Decimal(0), old.get(kode, (0, kode))[1]))
        if was != now:
            changes.append((kode, name, was, now))
    return tuple(changes)


def _target_changes(
    before: tuple[tuple[Indikator, Target], ...], after: tuple[tuple[Indikator, Target], ...]
) -> tuple[tuple[Indikator, Target, Target], ...]:
    old = {i.kode: t for i, t in before}
    return tuple((i, old[i.kode], t) for i, t in after if i.kode in old and old[i.kode] != t)
