"""What the self-check finds: for each criterion the items it looked at (a sasaran, an indicator, a part
of the report, a fact of the Penyampaian form), whether each has what the criterion asks, where that
sits in the report, and for each shortfall the data that would raise it, by workbook, sheet and cell."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lkj.periksa.kebijakan import Kebijakan, Kriteria, Subkomponen


@dataclass(frozen=True)
class Perbaikan:
    """The data to enter: in which workbook, sheet and cell (or new row), and what."""

    file: str
    sheet: str
    cell: str  # "B7", or "baris 12" for a row to add
    isian: str  # what to type there (Bahasa Indonesia)

    def __str__(self) -> str:
        cell = f", {self.cell}" if self.cell.startswith("baris") else f"!{self.cell}"
        where = f"{self.file} › {self.sheet}" + (cell if self.cell else "")
        return f"{where}: {self.isian}"


@dataclass(frozen=True)
class Butir:
    """One item a criterion looks at."""

    subjek: str  # "IK-01 Indeks SPBE", "SS-02 ...", "Struktur organisasi", "Tanggal penyampaian"
    ada: bool  # it has what the criterion asks
    bukti: str  # what lkj found (or did not)
    letak: str  # where in the report it is (or would be) shown
    perbaikan: Perbaikan | None = None  # for a shortfall: what to enter
    dikecualikan: bool = False  # declared not applicable (Keterangan Analisis): left out of the share


@dataclass(frozen=True)
class Penilaian:
    """One criterion judged: its items, the coverage, the predicted answer and its value (0..1)."""

    kriteria: Kriteria
    butir: tuple[Butir, ...]
    cakupan: Decimal  # percent of the items (not excepted) that have it
    jawaban: str  # "Y"/"T", or a letter of the a-e scale
    nilai: Decimal
    alasan: str  # why, in one sentence

    @property
    def kurang(self) -> tuple[Butir, ...]:
        return tuple(b for b in self.butir if not b.ada and not b.dikecualikan)


@dataclass(frozen=True)
class SubkomponenHasil:
    subkomponen: Subkomponen
    penilaian: tuple[Penilaian, ...]
    poin: Decimal | None  # weight x mean value; None for a sub-component not checkable from the report


@dataclass(frozen=True)
class Pemeriksaan:
    """The whole self-check of one year's report."""

    kebijakan: Kebijakan
    instansi: str
    tahun: int
    subkomponen: tuple[SubkomponenHasil, ...]

    @property
    def poin(self) -> Decimal:
        return sum((s.poin for s in self.subkomponen if s.poin is not None), Decimal(0))

    @property
    def bobot_diperiksa(self) -> Decimal:
        return sum((s.subkomponen.bobot for s in self.subkomponen if s.poin is not None), Decimal(0))

    @property
    def penilaian(self) -> tuple[Penilaian, ...]:
        return tuple(p for s in self.subkomponen for p in s.penilaian)
