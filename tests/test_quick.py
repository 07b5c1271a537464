"""quick_init makes the same frozen dataclass instances, faster."""

from __future__ import annotations

import dataclasses
import pickle
from decimal import Decimal as D

import pytest

from lkj.compute.figure import Figure, Input
from lkj.model import CellRef


def test_instances_are_the_frozen_dataclasses_they_were():
    where = CellRef("a.xlsx", "Sub Kegiatan", "G4")
    figure = Figure(D(98), "anggaran.serapan", (Input("Pagu (Rp)", D(100), where),))
    assert figure == Figure(D(98), "anggaran.serapan", (Input("Pagu (Rp)", D(100), where),), "")
    assert figure.note == "" and Input("x", None).where is None  # defaults
    assert Figure(value=None, rule="r").inputs == ()  # by keyword
    assert hash(where) == hash(CellRef("a.xlsx", "Sub Kegiatan", "G4"))
    assert repr(where) == "CellRef(file='a.xlsx', sheet='Sub Kegiatan', cell='G4')"
    assert pickle.loads(pickle.dumps(figure)) == figure
    with pytest.raises(dataclasses.FrozenInstanceError):
        where.cell = "H4"  # type: ignore[misc]
    with pytest.raises(TypeError):
        CellRef("a.xlsx", "Sub Kegiatan")  # type: ignore[call-arg]
