"""Rows the blank template carries already: the 47 SPBE indicators and the regulation's default scales."""

from __future__ import annotations

from collections.abc import Iterator

from lkj.contract import defaults
from lkj.reference import spbe_reference


def prefilled_rows(sheet_key: str) -> Iterator[dict[str, object]]:
    if sheet_key == "spbe":
        ref = spbe_reference()
        aspects = {a.nomor: a.nama for a in ref.aspects}
        for ind in ref.indicators:
            yield {"nomor": ind.nomor, "nama": ind.nama, "aspek": aspects[ind.aspek]}
    elif sheet_key == "skala":
        for row in defaults.SKALA:
            yield {
                "skala": row.skala,
                "batas": float(row.batas) if row.batas is not None else None,
                "operator": row.operator,
                "label": row.label,
            }
