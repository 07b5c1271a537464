"""Rules within the program/kegiatan/sub kegiatan tables: duplicates, orphans, kode format, budgets,
volumes and units, missing realisation (fisik against volume: rules_kontradiksi)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lkj.findings import Finding, Rule, Severity, finding
from lkj.indonesian import angka
from lkj.model import Dataset, Kegiatan, Program, SubKegiatan, Ukuran
from lkj.settings import Settings

E, W = Severity.ERROR, Severity.WARNING
HIERARCHY_ORPHAN = Rule("hierarchy.orphan", E, "Kegiatan atau sub kegiatan tanpa induk")
KODE_FORMAT = Rule("kode.format", E, "Kode tidak sesuai pola nomenklatur")
KODE_PARENT = Rule("kode.parent", E, "Kode tidak diawali kode induknya")
BUDGET_ABOVE_PAGU = Rule("budget.above-pagu", E, "Realisasi keuangan melebihi pagu")
BUDGET_NO_PAGU = Rule("budget.no-pagu", E, "Realisasi keuangan tanpa pagu")
VOLUME_NO_SATUAN = Rule("volume.no-satuan", W, "Volume tanpa satuan", gap=True)
TARGET_NO_SATUAN = Rule("target.no-satuan", W, "Target program/kegiatan tanpa satuan", gap=True)
VOLUME_NO_TARGET = Rule("volume.no-target", W, "Satuan tanpa target volume", gap=True)
REALISASI_MISSING = Rule("realisasi.missing", W, "Indikator dengan target tetapi tanpa realisasi", gap=True)
BUDGET_REALISASI_MISSING = Rule("budget.realisasi-missing", W, "Realisasi keuangan kosong", gap=True)

RULES = (
    HIERARCHY_ORPHAN,
    KODE_FORMAT,
    KODE_PARENT,
    BUDGET_ABOVE_PAGU,
    BUDGET_NO_PAGU,
    VOLUME_NO_SATUAN,
    TARGET_NO_SATUAN,
    VOLUME_NO_TARGET,
    REALISASI_MISSING,
    BUDGET_REALISASI_MISSING,
)

PATTERNS = {
    "program": re.compile(r"^\d{1,2}\.\d{2}\.\d{2}$"),
    "kegiatan": re.compile(r"^\d{1,2}\.\d{2}\.\d{2}\.\d\.\d{2}$"),
    "sub_kegiatan": re.compile(r"^\d{1,2}\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{2,4}$"),
}
EXAMPLE = {"program": "2.16.03", "kegiatan": "2.16.03.2.01", "sub_kegiatan": "2.16.03.2.01.0001"}
LEVEL = {"program": "program", "kegiatan": "kegiatan", "sub_kegiatan": "sub kegiatan"}


def check(dataset: Dataset, settings: Settings) -> Iterator[Finding]:
    programs = {p.kode for b in dataset.bidang for p in b.program}
    kegiatan = {k.kode for b in dataset.bidang for k in b.kegiatan}
    for bidang in dataset.bidang:
        for p in bidang.program:
            yield from _kode("program", p, None, settings)
            yield from _measures("program", p.ukuran)
        for k in bidang.kegiatan:
            yield from _parent(k, k.program, programs, "program", "Program")
            yield from _kode("kegiatan", k, k.program, settings)
            yield from _measures("kegiatan", k.ukuran)
        for s in bidang.sub_kegiatan:
            yield from _parent(s, s.kegiatan, kegiatan, "kegiatan", "Kegiatan")
            yield from _kode("sub_kegiatan", s, s.kegiatan, settings)
            yield from _sub(s)


def _parent(
    item: Kegiatan | SubKegiatan, parent: str, known: set[str], key: str, sheet: str
) -> Iterator[Finding]:
    if parent and parent not in known:
        yield finding(
            HIERARCHY_ORPHAN,
            item.src.ref(key),
            f'{LEVEL[_level(item)].capitalize()} "{item.nama}" '
            f"menunjuk induk {parent}, tetapi kode itu tidak ada di lembar {sheet} workbook bidang mana pun. "
            f"Pilih kode induk dari daftar, atau tambahkan {sheet.lower()} {parent} terlebih dahulu.",
        )


def _level(item: Program | Kegiatan | SubKegiatan) -> str:
    return (
        "sub_kegiatan"
        if isinstance(item, SubKegiatan)
        else ("kegiatan" if isinstance(item, Kegiatan) else "program")
    )


def _kode(
    level: str, item: Program | Kegiatan | SubKegiatan, parent: str | None, settings: Settings
) -> Iterator[Finding]:
    if settings.format_kode != "permendagri":
        return
    if not PATTERNS[level].match(item.kode):
        yield finding(
            KODE_FORMAT,
            item.src.ref("kode"),
            f"Kode {LEVEL[level]} \u201c{item.kode}\u201d tidak sesuai pola "
            f"nomenklatur Permendagri 90/2019 (contoh: {EXAMPLE[level]}). Perbaiki kodenya, atau pilih "
            "'Bebas' pada Pengaturan › Format Kode Program bila instansi memakai kode lain.",
        )
    elif parent and not item.kode.startswith(parent + "."):
        yield finding(
            KODE_PARENT,
            item.src.ref("kode"),
            f"Kode {item.kode} tidak diawali kode induknya {parent}. "
            "Periksa apakah kode atau induk yang dipilih keliru.",
        )


def _measures(level: str, ukuran: tuple[Ukuran, ...]) -> Iterator[Finding]:
    for u in ukuran:
        if u.target is not None and not u.satuan:
            yield finding(
                TARGET_NO_SATUAN,
                u.src.ref("satuan"),
                f"Target {LEVEL[level]} {angka(u.target.low)} "
                "tidak bersatuan, sehingga laporan menampilkannya tanpa satuan. Isi kolom Satuan.",
            )
        if u.target is not None and u.realisasi is None:
            yield finding(
                REALISASI_MISSING,
                u.src.ref("realisasi"),
                f"Indikator \u201c{u.indikator or '-'}\u201d "
                "bertarget tetapi realisasinya kosong; laporan akan menulis 'belum ada data'. Isi realisasi "
                "bila datanya sudah ada.",
            )


def _sub(s: SubKegiatan) -> Iterator[Finding]:
    yield from _money(s)
    for u in s.ukuran:
        yield from _volume(s, u)


def _money(s: SubKegiatan) -> Iterator[Finding]:
    if s.src.unread & {"pagu", "realisasi_rp"}:
        return  # an unreadable amount is reported already; comparing its stand-in would mislead
    if s.pagu is None:  # not entered yet (a gap, told by the reader): spending without it is not
        if s.realisasi_rp is not None:
            yield finding(
                BUDGET_NO_PAGU,
                s.src.ref("pagu"),
                f"Sub kegiatan {s.kode} memiliki realisasi Rp{angka(s.realisasi_rp)} tetapi pagunya "
                "kosong, sehingga serapannya tidak dapat dinilai. Isi pagu anggaran akhir sub kegiatan "
                "ini.",
            )
        return
    if s.realisasi_rp is not None and s.realisasi_rp > s.pagu:
        yield finding(
            BUDGET_ABOVE_PAGU,
            s.src.ref("realisasi_rp"),
            f"Realisasi Rp{angka(s.realisasi_rp)} melebihi "
            f"pagu Rp{angka(s.pagu)} sub kegiatan {s.kode}. Periksa kedua angka; realisasi tidak boleh "
            "melebihi pagu akhir.",
        )
    if s.realisasi_rp is None and s.pagu > 0:
        yield finding(
            BUDGET_REALISASI_MISSING,
            s.src.ref("realisasi_rp"),
            f"Realisasi keuangan sub kegiatan {s.kode} "
            "kosong dan dihitung 0. Isi realisasinya, atau 0 bila memang tidak ada belanja.",
        )


def _volume(s: SubKegiatan, u: Ukuran) -> Iterator[Finding]:
    if (u.target is not None or u.realisasi is not None) and not u.satuan:
        yield finding(
            VOLUME_NO_SATUAN,
            u.src.ref("satuan"),
            f"Volume sub kegiatan {s.kode} diisi tanpa satuan. Isi kolom Satuan (mis. Dokumen, Orang, Unit).",
        )
    if u.target is None and u.satuan:
        yield finding(
            VOLUME_NO_TARGET,
            u.src.ref("target"),
            f"Sub kegiatan {s.kode} bersatuan \u201c{u.satuan}\u201d "
            "tetapi target volumenya kosong, sehingga capaian kinerjanya tidak dapat dihitung. Isi angka "
            "target volume.",
        )
    elif u.target is not None and u.realisasi is None:
        yield finding(
            REALISASI_MISSING,
            u.src.ref("realisasi_volume"),
            f"Sub kegiatan {s.kode} bertarget "
            f"{angka(u.target.low)} {u.satuan or ''} tetapi realisasi volumenya kosong; laporan akan "
            "menulis 'belum ada data'.".replace("  ", " "),
        )
