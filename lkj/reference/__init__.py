"""Reference data the tool ships (not typed by staff): SPBE structure and weights of PermenPANRB 59/2020."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class SpbeDomain:
    nomor: int
    nama: str
    bobot: Decimal


@dataclass(frozen=True)
class SpbeAspect:
    nomor: int
    nama: str
    domain: int
    bobot: Decimal


@dataclass(frozen=True)
class SpbeIndicator:
    nomor: int
    nama: str
    aspek: int
    bobot: Decimal


@dataclass(frozen=True)
class SpbeReference:
    source: str
    domains: tuple[SpbeDomain, ...]
    aspects: tuple[SpbeAspect, ...]
    indicators: tuple[SpbeIndicator, ...]
    levels_process: tuple[str, ...]
    levels_service: tuple[str, ...]


@cache
def spbe_reference() -> SpbeReference:
    raw = json.loads((HERE / "spbe_permenpanrb_59_2020.json").read_text(encoding="utf-8"))
    return SpbeReference(
        source=raw["source"],
        domains=tuple(SpbeDomain(d["nomor"], d["nama"], Decimal(d["bobot"])) for d in raw["domains"]),
        aspects=tuple(
            SpbeAspect(a["nomor"], a["nama"], a["domain"], Decimal(a["bobot"])) for a in raw["aspects"]
        ),
        indicators=tuple(
            SpbeIndicator(i["nomor"], i["nama"], i["aspek"], Decimal(i["bobot"])) for i in raw["indicators"]
        ),
        levels_process=tuple(raw["levels"]["proses"]),
        levels_service=tuple(raw["levels"]["layanan"]),
    )
