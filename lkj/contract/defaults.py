"""The regulation's default scales, pre-filled in the blank template and used when a sheet is empty.

Tabel 3.1 (predikat per indicator) and Tabel 3.2 (kategori, Permendagri 86/2017) as printed in LKj
documents leave gaps (90 < x < 91 …) and say nothing above 100%; here every value falls in exactly one
band: a band holds from its lower bound up to the next band's bound, the top band has no upper bound.
"""

from __future__ import annotations

from typing import NamedTuple


class ScaleRow(NamedTuple):
    skala: str  # entry of lists.SKALA
    batas: str | None  # lower bound as typed in the sheet (decimal point), None = lowest band
    operator: str | None  # entry of lists.OPERATOR
    label: str


SKALA = (
    ScaleRow("Predikat Capaian", None, None, "Tidak Tercapai"),
    ScaleRow("Predikat Capaian", "100", "minimal", "Tercapai/Sesuai Target"),
    ScaleRow("Predikat Capaian", "100", "lebih dari", "Melebihi Target"),
    ScaleRow("Kategori Capaian", None, None, "Sangat Rendah"),
    ScaleRow("Kategori Capaian", "50", "lebih dari", "Rendah"),
    ScaleRow("Kategori Capaian", "65", "lebih dari", "Sedang"),
    ScaleRow("Kategori Capaian", "75", "lebih dari", "Tinggi"),
    ScaleRow("Kategori Capaian", "90", "lebih dari", "Sangat Tinggi"),
    ScaleRow("Predikat SPBE", None, None, "Kurang"),
    ScaleRow("Predikat SPBE", "1.8", "minimal", "Cukup"),
    ScaleRow("Predikat SPBE", "2.6", "minimal", "Baik"),
    ScaleRow("Predikat SPBE", "3.5", "minimal", "Sangat Baik"),
    ScaleRow("Predikat SPBE", "4.2", "minimal", "Memuaskan"),
)
