"""Rules within the instansi workbook: what every report needs, references between its sheets, scales
and conversion tables that hold together, SPBE levels."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from lkj.contract.instansi import PK_VERSI, PROFIL, SASARAN
from lkj.contract.lists import SELURUH_BIDANG
from lkj.contract.pengaturan import SPBE
from lkj.findings import Finding, Rule, Severity, finding
from lkj.indonesian import angka, rentang_skor
from lkj.model import Dataset, Instansi, KonversiRow, PkAnggaran, PkTarget, TargetRenstra
from lkj.reference import spbe_reference
from lkj.settings import Settings

E, W = Severity.ERROR, Severity.WARNING
INSTANSI_PROFIL_MISSING = Rule("instansi.profil-missing", E, "Lembar Profil belum diisi")
INSTANSI_SASARAN_MISSING = Rule("instansi.sasaran-missing", E, "Belum ada sasaran strategis")
INSTANSI_PK_MISSING = Rule("instansi.pk-missing", W, "Belum ada Perjanjian Kinerja", gap=True)
SASARAN_NO_INDICATOR = Rule("sasaran.no-indicator", W, "Sasaran tanpa indikator", gap=True)
INDICATOR_NO_TARGET = Rule("indicator.no-target", W, "Indikator tanpa target tahun laporan", gap=True)
REF_SASARAN = Rule("ref.sasaran", E, "Kode sasaran tidak dikenal")
REF_INDIKATOR = Rule("ref.indikator", E, "Kode indikator tidak dikenal")
REF_BIDANG = Rule("ref.bidang", E, "Nama bidang tidak dikenal")
REF_PK_VERSI = Rule("ref.pk-versi", E, "Versi PK tidak dikenal")
REF_KONVERSI = Rule("ref.konversi", E, "Tabel konversi tidak dikenal")
SCALE_INVALID = Rule("scale.invalid", E, "Skala predikat/kategori tidak lengkap")
KONVERSI_OVERLAP = Rule("konversi.overlap", E, "Rentang tabel konversi tumpang tindih")
KONVERSI_BOUND = Rule("konversi.bound", E, "Batas rentang tabel konversi tidak lengkap")
KONVERSI_GAP = Rule("konversi.gap", W, "Nilai batas yang tidak masuk rentang mana pun")
RENSTRA_CURRENT_YEAR = Rule("renstra.current-year", W, "Realisasi tahun laporan diisi di Target Renstra")
SPBE_INCOMPLETE = Rule("spbe.incomplete", W, "Tingkat kematangan SPBE tidak lengkap", gap=True)
# an indicator under no sasaran: the report shows it apart from every sasaran and PK, which a final may not
OUTSIDE_CASCADE = Rule("report.outside-cascade", W, "Indikator kinerja di luar sasaran strategis", final=True)

RULES = (
    INSTANSI_PROFIL_MISSING,
    INSTANSI_SASARAN_MISSING,
    INSTANSI_PK_MISSING,
    SASARAN_NO_INDICATOR,
    INDICATOR_NO_TARGET,
    REF_SASARAN,
    REF_INDIKATOR,
    REF_BIDANG,
    REF_PK_VERSI,
    REF_KONVERSI,
    SCALE_INVALID,
    KONVERSI_OVERLAP,
    KONVERSI_BOUND,
    KONVERSI_GAP,
    RENSTRA_CURRENT_YEAR,
    SPBE_INCOMPLETE,
    OUTSIDE_CASCADE,
)


def check(dataset: Dataset, settings: Settings) -> Iterator[Finding]:
    instansi = dataset.instansi
    if instansi is None:
        return
    yield from _essentials(instansi)
    yield from _references(instansi)
    yield from _targets(instansi)
    yield from _scales(instansi)
    yield from _konversi(instansi)
    yield from _spbe(instansi)


def _essentials(i: Instansi) -> Iterator[Finding]:
    if i.profil is None:
        yield finding(
            INSTANSI_PROFIL_MISSING,
            PROFIL.blank(i.file).ref("nama_instansi"),
            "Lembar Profil belum diisi. Isi nama "
            "instansi, tahun, tempat, kepala instansi dan kepala daerah; laporan tidak dapat disusun "
            "tanpanya.",
        )
    if not i.sasaran:
        yield finding(
            INSTANSI_SASARAN_MISSING,
            SASARAN.blank(i.file).ref("kode"),
            "Belum ada sasaran strategis. Isi lembar Sasaran sesuai Perjanjian Kinerja.",
        )
    if not i.pk_versi:
        yield finding(
            INSTANSI_PK_MISSING,
            PK_VERSI.blank(i.file).ref("versi"),
            "Belum ada Perjanjian Kinerja. Isi lembar PK Versi, PK Target dan PK Anggaran; selama belum "
            "ada, target tahun ini diambil dari lembar Target Renstra.",
        )
    yield from _cascade(i)


def _cascade(i: Instansi) -> Iterator[Finding]:
    """Sasaran and indicators the cascade leaves apart: a sasaran no indicator measures (its capaian
    cannot be measured), an indicator under no sasaran (shown apart from every sasaran and PK). An
    indicator naming an unknown sasaran is ref.sasaran's."""
    measured = {x.sasaran for x in i.indikator}
    for s in i.sasaran:
        if s.kode not in measured:
            yield finding(
                SASARAN_NO_INDICATOR,
                s.src.ref("kode"),
                f"Sasaran {s.kode} \u201c{s.nama}\u201d belum "
                "memiliki indikator, sehingga capaiannya belum dapat diukur. Tambahkan indikatornya di "
                "lembar Indikator (kolom Kode Sasaran), atau hapus sasaran ini bila tidak diperjanjikan.",
            )
    for x in i.indikator:
        if not x.sasaran:
            yield finding(
                OUTSIDE_CASCADE,
                x.src.ref("sasaran"),
                f"Indikator {x.kode} \u201c{x.nama}\u201d tidak berada di bawah sasaran strategis mana pun, "
                "sehingga laporan menyajikannya terpisah dari sasaran dan Perjanjian Kinerja. Isi Kode "
                "Sasaran dengan sasaran yang diukurnya dan cantumkan targetnya di lembar PK Target.",
            )


def _references(i: Instansi) -> Iterator[Finding]:
    sasaran = {s.kode for s in i.sasaran}
    indikator = {x.kode for x in i.indikator}
    bidang = {b.nama.casefold() for b in i.bidang} | {SELURUH_BIDANG.casefold()}
    versi = {v.versi for v in i.pk_versi}
    tables = {r.nama.casefold() for r in i.tabel_konversi}
    for x in i.indikator:
        if x.sasaran and x.sasaran not in sasaran:
            yield finding(
                REF_SASARAN,
                x.src.ref("sasaran"),
                f"Indikator {x.kode} menunjuk sasaran {x.sasaran} yang "
                "tidak ada di lembar Sasaran. Pilih kode sasaran dari daftar.",
            )
        if i.bidang and x.penanggung_jawab and x.penanggung_jawab.casefold() not in bidang:
            yield finding(
                REF_BIDANG,
                x.src.ref("penanggung_jawab"),
                f"Penanggung jawab \u201c{x.penanggung_jawab}\u201d "
                "tidak ada di lembar Bidang. Tulis nama bidang persis seperti pada lembar Bidang, atau "
                f"\u201c{SELURUH_BIDANG}\u201d bila indikator ini didukung semua bidang.",
            )
        if x.tabel_konversi and x.tabel_konversi.casefold() not in tables:
            yield finding(
                REF_KONVERSI,
                x.src.ref("tabel_konversi"),
                f"Tabel konversi \u201c{x.tabel_konversi}\u201d "
                "tidak ada di lembar Tabel Konversi. Tambahkan tabelnya atau kosongkan kolom ini.",
            )
    versioned: list[PkTarget | PkAnggaran] = [*i.pk_target, *i.pk_anggaran]
    for row in versioned:
        if row.versi not in versi:
            yield finding(
                REF_PK_VERSI,
                row.src.ref("versi"),
                f"Versi PK \u201c{row.versi}\u201d tidak ada di lembar PK Versi. Pilih versi dari daftar.",
            )
    targeted: list[PkTarget | TargetRenstra] = [*i.pk_target, *i.target_renstra]
    for t in [*targeted, *i.keterangan_analisis, *i.pembanding]:
        if t.indikator not in indikator:
            yield finding(
                REF_INDIKATOR,
                t.src.ref("indikator"),
                f"Kode indikator {t.indikator} tidak ada di lembar Indikator. Pilih kode dari daftar.",
            )


def _targets(i: Instansi) -> Iterator[Finding]:
    if i.profil is None:
        return
    tahun = i.profil.tahun
    with_target = {t.indikator for t in i.pk_target if t.target is not None}
    with_target |= {t.indikator for t in i.target_renstra if t.tahun == tahun and t.target is not None}
    for x in i.indikator:
        if x.kode not in with_target and not x.tabel_konversi:
            yield finding(
                INDICATOR_NO_TARGET,
                x.src.ref("kode"),
                f"Indikator {x.kode} \u201c{x.nama}\u201d tidak "
                f"memiliki target tahun {tahun} di PK Target maupun Target Renstra, sehingga capaiannya "
                "belum dapat diukur. Isi targetnya.",
            )
    for t in i.target_renstra:
        if t.tahun == tahun and t.realisasi is not None:
            yield finding(
                RENSTRA_CURRENT_YEAR,
                t.src.ref("realisasi"),
                f"Realisasi {t.indikator} tahun {tahun} "
                "diisi di lembar Target Renstra dan tidak dipakai: realisasi tahun laporan diisi bidang "
                "penanggung jawab di workbook bidang (lembar Capaian Indikator). Kosongkan sel ini.",
            )


def _scales(i: Instansi) -> Iterator[Finding]:
    by_scale = defaultdict(list)
    for row in i.skala:
        by_scale[row.skala].append(row)
    for name, rows in by_scale.items():
        lowest = [r for r in rows if r.batas is None]
        bounds = Counter((r.batas, r.operator) for r in rows if r.batas is not None)
        problem = None
        if len(lowest) != 1:
            problem = "harus memiliki tepat satu baris tanpa batas bawah (baris terendah)"
        elif any(r.batas is not None and r.operator is None for r in rows):
            problem = "setiap baris berbatas harus memiliki Syarat ('minimal' atau 'lebih dari')"
        elif any(count > 1 for count in bounds.values()):
            problem = "memiliki dua baris dengan batas dan syarat yang sama"
        if problem:
            yield finding(
                SCALE_INVALID,
                rows[0].src.ref("skala"),
                f"Skala \u201c{name}\u201d pada lembar Skala Nilai "
                f"{problem}. Perbaiki baris-barisnya atau hapus semua barisnya untuk memakai skala bawaan.",
            )


def _konversi(i: Instansi) -> Iterator[Finding]:
    tables = defaultdict(list)
    for row in i.tabel_konversi:
        if row.dari is None and row.sampai is None:
            yield finding(
                KONVERSI_BOUND,
                row.src.ref("dari"),
                f"Rentang tabel \u201c{row.nama}\u201d tidak memiliki Nilai Dari maupun Nilai Sampai, "
                "sehingga setiap skor masuk rentang ini. Isi salah satu batasnya, atau keduanya.",
            )
        elif row.dari is not None and row.dari_termasuk is None and "dari_termasuk" not in row.src.unread:
            yield finding(
                KONVERSI_BOUND,
                row.src.ref("dari_termasuk"),
                f"Rentang {_band(row)} tabel \u201c{row.nama}\u201d memiliki Nilai Dari tetapi kolom "
                "'Termasuk Nilai Dari?' kosong, sehingga tidak jelas apakah skor sama dengan batas itu masuk "
                "rentang ini. Pilih Ya atau Tidak.",
            )
        else:
            tables[row.nama.casefold()].append(row)
    for rows in tables.values():
        for before, after in pairwise(sorted(rows, key=_from_below)):
            yield from _neighbours(before, after)


def _band(row: KonversiRow) -> str:
    return rentang_skor(row.dari, row.dari_termasuk, row.sampai, row.sampai_termasuk)


def _from_below(row: KonversiRow) -> tuple[bool, Decimal, bool]:
    """Bands from the lowest: one open below first, then by the lower bound (an included one first)."""
    return (row.dari is not None, row.dari or Decimal(0), row.dari_termasuk is False)


def _neighbours(before: KonversiRow, after: KonversiRow) -> Iterator[Finding]:
    """Two bands next to each other from below: they must not share a value, nor leave out the bound
    they meet at."""
    if after.dari is None or before.sampai is None:  # both open below, or one open above before another
        yield _overlap(before, after)
        return
    upper_in, lower_in = before.sampai_termasuk is not False, after.dari_termasuk is not False
    touching = before.sampai == after.dari
    if before.sampai > after.dari or (touching and upper_in and lower_in):
        yield _overlap(before, after)
    elif touching and not upper_in and not lower_in:
        yield finding(
            KONVERSI_GAP,
            after.src.ref("dari_termasuk"),
            f"Nilai {angka(after.dari)} tidak masuk rentang {_band(before)} maupun {_band(after)} tabel "
            f"\u201c{after.nama}\u201d, sehingga skor tepat sebesar itu tidak dapat dikonversi. Pilih "
            "'Ya' pada salah satu kolom 'Termasuk'.",
        )


def _overlap(before: KonversiRow, after: KonversiRow) -> Finding:
    return finding(
        KONVERSI_OVERLAP,
        after.src.ref("dari"),
        f"Rentang {_band(after)} tabel \u201c{after.nama}\u201d tumpang tindih dengan rentang "
        f"{_band(before)}. Setiap nilai harus masuk tepat satu rentang; pilih 'Tidak' pada 'Termasuk "
        "Nilai Dari?' untuk batas yang sama.",
    )


def _spbe(i: Instansi) -> Iterator[Finding]:
    filled = [r for r in i.spbe if r.tingkat is not None]
    total = len(spbe_reference().indicators)
    if filled and len(filled) < total:
        missing = sorted({ind.nomor for ind in spbe_reference().indicators} - {r.nomor for r in filled})
        shown = ", ".join(str(n) for n in missing[:12]) + (" …" if len(missing) > 12 else "")
        yield finding(
            SPBE_INCOMPLETE,
            SPBE.blank(i.file).ref("tingkat"),
            f"Tingkat kematangan baru diisi untuk {len(filled)} "
            f"dari {total} indikator SPBE (belum: {shown}), sehingga Indeks SPBE tidak dihitung. Lengkapi "
            "semuanya atau kosongkan semuanya.",
        )
