"""The LKE criteria as policy data: sub-components, their weights, criteria, answer scales and the
deadline, read from a TOML file (lkj/periksa/kriteria.toml by default, `--kriteria FILE` for an updated
one). The wording of the LKE changes from year to year; the file changes with it, not the code.

A file that cannot be used is refused with every problem told at once, each by the file's line where it
is found (KriteriaProblem, exit status 2)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lkj.errors import LkjError, system_reason

DEFAULT = Path(__file__).with_name("kriteria.toml")
MAX_BYTES = 1 << 20  # a criteria file is a few kilobytes
YT = "yt"
AE = "ae"


class KriteriaProblem(LkjError):
    """The criteria file cannot be used: every problem, each with its line."""


@dataclass(frozen=True)
class Huruf:
    """One band of the a-e answers: the letter given when the coverage is above (or at least) `batas`."""

    huruf: str
    nilai: Decimal
    batas: Decimal
    termasuk: bool  # `minimal` (at least) rather than `lebih_dari` (more than)

    def memuat(self, cakupan: Decimal) -> bool:
        return cakupan >= self.batas if self.termasuk else cakupan > self.batas

    @property
    def syarat(self) -> str:
        return f"{'≥' if self.termasuk else '>'} {self.batas}%"


@dataclass(frozen=True)
class Kriteria:
    kode: str
    uraian: str
    jawaban: str  # YT or AE
    pemeriksaan: str  # the key of the evidence lkj looks for (lkj.periksa.bukti.PEMERIKSAAN)


@dataclass(frozen=True)
class Subkomponen:
    kode: str
    nama: str
    bobot: Decimal
    kriteria: tuple[Kriteria, ...]
    diperiksa: bool = True  # False: not checkable from the report (3.c), listed with its weight


@dataclass(frozen=True)
class Kebijakan:
    nama: str
    sumber: str  # the file's name, as the output names it
    komponen: str
    bobot_komponen: Decimal
    bulan: int  # the deadline: month of the year after the report's
    hari: int | None  # its day; None: the month's last day
    ya: Decimal
    tidak: Decimal
    ae: tuple[Huruf, ...]
    subkomponen: tuple[Subkomponen, ...]

    def huruf(self, cakupan: Decimal) -> Huruf:
        for band in self.ae:
            if band.memuat(cakupan):
                return band
        return self.ae[-1]


def load(path: Path | None, known: Collection[str]) -> Kebijakan:
    """The policy of `path` (the default file when None); `known` are the evidence keys lkj can check."""
    source = path or DEFAULT
    try:
        with open(source, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise KriteriaProblem(
            f"berkas kriteria '{source}' tidak dapat dibaca ({system_reason(exc)}). Periksa nama berkasnya."
        ) from None
    if len(data) > MAX_BYTES:
        raise KriteriaProblem(f"berkas kriteria '{source}' lebih dari 1 MB; itu bukan berkas kriteria LKE.")
    try:
        text = data.decode("utf-8")
        parsed = tomllib.loads(text)
    except UnicodeDecodeError:
        raise KriteriaProblem(f"berkas kriteria '{source}' bukan teks UTF-8; simpan sebagai UTF-8.") from None
    except tomllib.TOMLDecodeError as exc:
        raise KriteriaProblem(
            f"berkas kriteria '{source}' bukan TOML yang sah ({exc}). Bandingkan dengan berkas bawaan "
            "lkj/periksa/kriteria.toml."
        ) from None
    reader = _Reader(source.name, _Lines(text), known)
    policy = reader.policy(parsed)
    if reader.problems:
        raise KriteriaProblem(
            f"berkas kriteria '{source}' tidak dapat dipakai:\n"
            + "\n".join(f"  - {p}" for p in reader.problems)
        )
    assert policy is not None
    return policy


class _Lines:
    """Where a key of the file is written, for the messages: the line of `key =` within the n-th table
    `[[name]]` (or `[name]`), or at the top."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def of(self, key: str | None, *tables: tuple[str, int]) -> int:
        start = 0
        for name, index in tables:
            start = self._header(name, index, start)
        end = self._next_header(start + 1) if tables else self._next_header(0)
        if key is not None:
            pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for number in range(start, end):
                if pattern.match(self.lines[number]):
                    return number + 1
        return start + 1

    def _header(self, name: str, index: int, start: int) -> int:
        pattern = re.compile(rf"^\s*\[\[?\s*{re.escape(name)}\s*\]\]?\s*(#.*)?$")
        seen = -1
        for number in range(start, len(self.lines)):
            if pattern.match(self.lines[number]):
                seen += 1
                if seen == index:
                    return number
        return start

    def _next_header(self, start: int) -> int:
        for number in range(start, len(self.lines)):
            if self.lines[number].lstrip().startswith("["):
                return number
        return len(self.lines)


class _Reader:
    """The policy from the parsed file, collecting every problem with its line."""

    def __init__(self, name: str, lines: _Lines, known: Collection[str]) -> None:
        self.name = name
        self.lines = lines
        self.known = known
        self.problems: list[str] = []

    def fail(self, line: int, message: str) -> None:
        self.problems.append(f"{self.name} baris {line}: {message}")

    def policy(self, data: dict[str, Any]) -> Kebijakan | None:
        nama = self.text(data, "nama", ())
        komponen = self.text(data, "komponen", ())
        bobot = self.number(data, "bobot_komponen", ())
        bulan, hari = self.deadline(data.get("penyampaian"))
        ya, tidak, ae = self.answers(data.get("jawaban"))
        subkomponen = tuple(self.subkomponen_all(data.get("subkomponen")))
        self.totals(bobot, subkomponen)
        if self.problems or None in (nama, komponen, bobot, bulan, ya, tidak):
            return None
        assert nama and komponen and bobot is not None and bulan is not None
        assert ya is not None and tidak is not None
        return Kebijakan(nama, self.name, komponen, bobot, bulan, hari, ya, tidak, ae, subkomponen)

    def text(self, table: Any, key: str, where: tuple[tuple[str, int], ...]) -> str | None:
        value = table.get(key) if isinstance(table, dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.fail(self.lines.of(key, *where), f"'{key}' harus berisi teks, mis. {key} = \"...\".")
        return None

    def number(
        self, table: Any, key: str, where: tuple[tuple[str, int], ...], required: bool = True
    ) -> Decimal | None:
        value = table.get(key) if isinstance(table, dict) else None
        if value is None and not required:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            try:
                number = Decimal(str(value))
            except InvalidOperation:
                number = Decimal(-1)
            if number.is_finite() and number >= 0:
                return number
        self.fail(self.lines.of(key, *where), f"'{key}' harus berisi angka tidak negatif, mis. {key} = 3.")
        return None

    def deadline(self, table: Any) -> tuple[int | None, int | None]:
        where = (("penyampaian", 0),)
        if not isinstance(table, dict):
            self.fail(1, "tabel [penyampaian] (bulan dan hari batas penyampaian) tidak ada.")
            return None, None
        bulan = table.get("bulan")
        if not (isinstance(bulan, int) and not isinstance(bulan, bool) and 1 <= bulan <= 12):
            self.fail(self.lines.of("bulan", *where), "'bulan' harus 1 sampai 12 (2 untuk Februari).")
            bulan = None
        hari = table.get("hari")
        if hari == "akhir":
            return bulan, None
        if isinstance(hari, int) and not isinstance(hari, bool) and 1 <= hari <= 31:
            if bulan is not None and hari > _last_day(bulan):
                self.fail(self.lines.of("hari", *where), f"bulan {bulan} tidak memiliki tanggal {hari}.")
            return bulan, hari
        self.fail(self.lines.of("hari", *where), "'hari' harus 1 sampai 31, atau \"akhir\".")
        return bulan, None

    def answers(self, table: Any) -> tuple[Decimal | None, Decimal | None, tuple[Huruf, ...]]:
        if not isinstance(table, dict):
            self.fail(1, "tabel [jawaban.yt] dan [[jawaban.ae]] (nilai jawaban) tidak ada.")
            return None, None, ()
        yt = table.get("yt")
        where = (("jawaban.yt", 0),)
        ya = self.number(yt, "Y", where)
        tidak = self.number(yt, "T", where)
        bands = table.get("ae")
        if not isinstance(bands, list) or not bands:
            self.fail(self.lines.of(None, ("jawaban.ae", 0)), "daftar [[jawaban.ae]] kosong.")
            return ya, tidak, ()
        return ya, tidak, tuple(self.bands(bands))

    def bands(self, bands: list[Any]) -> Iterator[Huruf]:
        last: Decimal | None = None
        for index, band in enumerate(bands):
            where = (("jawaban.ae", index),)
            huruf = self.text(band, "huruf", where)
            nilai = self.number(band, "nilai", where)
            above = self.number(band, "lebih_dari", where, required=False)
            least = self.number(band, "minimal", where, required=False)
            if (above is None) == (least is None):
                self.fail(
                    self.lines.of(None, *where),
                    "setiap huruf jawaban memakai tepat satu batas: 'lebih_dari' atau 'minimal' (persen).",
                )
                continue
            batas = above if above is not None else least
            assert batas is not None
            if last is not None and batas > last:
                self.fail(self.lines.of(None, *where), "huruf jawaban harus urut dari batas tertinggi.")
            last = batas
            if huruf is not None and nilai is not None:
                yield Huruf(huruf, nilai, batas, least is not None)
        if last is not None and last > 0:
            self.fail(
                self.lines.of(None, ("jawaban.ae", len(bands) - 1)),
                "huruf terakhir harus berbatas 'minimal = 0' agar setiap cakupan mendapat huruf.",
            )

    def subkomponen_all(self, items: Any) -> Iterator[Subkomponen]:
        if not isinstance(items, list) or not items:
            self.fail(1, "daftar [[subkomponen]] kosong.")
            return
        codes: set[str] = set()
        for index, item in enumerate(items):
            found = self.subkomponen(item, index, codes)
            if found is not None:
                yield found

    def subkomponen(self, item: Any, index: int, codes: set[str]) -> Subkomponen | None:
        where = (("subkomponen", index),)
        kode = self.text(item, "kode", where)
        nama = self.text(item, "nama", where)
        bobot = self.number(item, "bobot", where)
        diperiksa = item.get("diperiksa", True) if isinstance(item, dict) else True
        if not isinstance(diperiksa, bool):
            self.fail(self.lines.of("diperiksa", *where), "'diperiksa' harus true atau false.")
            diperiksa = True
        kriteria = item.get("kriteria", []) if isinstance(item, dict) else []
        if not isinstance(kriteria, list) or (diperiksa and not kriteria):
            self.fail(
                self.lines.of(None, *where), f"subkomponen {kode or index + 1} tidak memiliki kriteria."
            )
            kriteria = []
        found = tuple(self.criteria(kriteria, where, codes))
        if kode is None or nama is None or bobot is None:
            return None
        return Subkomponen(kode, nama, bobot, found, diperiksa)

    def criteria(
        self, items: list[Any], parent: tuple[tuple[str, int], ...], codes: set[str]
    ) -> Iterator[Kriteria]:
        for index, item in enumerate(items):
            where = (*parent, ("subkomponen.kriteria", index))
            kode = self.text(item, "kode", where)
            uraian = self.text(item, "uraian", where)
            jawaban = item.get("jawaban") if isinstance(item, dict) else None
            if jawaban not in (YT, AE):
                self.fail(self.lines.of("jawaban", *where), '\'jawaban\' harus "yt" (Y/T) atau "ae" (a-e).')
            check = item.get("pemeriksaan") if isinstance(item, dict) else None
            if check not in self.known:
                self.fail(
                    self.lines.of("pemeriksaan", *where),
                    f"pemeriksaan {check!r} tidak dikenal lkj; pilih salah satu: "
                    + ", ".join(sorted(self.known))
                    + ".",
                )
            if kode is not None and kode in codes:
                self.fail(self.lines.of("kode", *where), f"kode kriteria {kode} dipakai dua kali.")
            if kode is not None:
                codes.add(kode)
            if kode and uraian and jawaban in (YT, AE) and check in self.known:
                yield Kriteria(kode, uraian, str(jawaban), str(check))

    def totals(self, bobot: Decimal | None, subkomponen: tuple[Subkomponen, ...]) -> None:
        total = sum((s.bobot for s in subkomponen), Decimal(0))
        if bobot is not None and subkomponen and total > bobot:
            self.fail(
                self.lines.of("bobot_komponen"),
                f"jumlah bobot subkomponen ({total}) melebihi bobot komponen ({bobot}).",
            )


def _last_day(bulan: int) -> int:
    return 29 if bulan == 2 else (30 if bulan in (4, 6, 9, 11) else 31)
