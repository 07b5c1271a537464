"""Rules across workbooks: who fills what, the year, PK programs that no bidang has, IKU outside the PK,
and references from bidang workbooks into the instansi workbook (budgets and targets that disagree:
rules_kontradiksi)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from lkj.contract.bidang import IDENTITAS
from lkj.contract.lists import SELURUH_BIDANG
from lkj.findings import Finding, Rule, Severity, finding
from lkj.model import Bidang, CapaianIndikator, CellRef, Dataset, Instansi
from lkj.settings import Settings
from lkj.validate.rules_instansi import REF_INDIKATOR, REF_SASARAN

E, W = Severity.ERROR, Severity.WARNING
FILE_YEAR = Rule("file.year", E, "Tahun workbook berbeda dengan tahun laporan")
FILE_BIDANG_MISSING = Rule("file.bidang-missing", E, "Workbook sebuah bidang tidak ada")
FILE_BIDANG_UNKNOWN = Rule("file.bidang-unknown", E, "Bidang tidak terdaftar di workbook instansi")
CROSS_DUPLICATE_KODE = Rule("cross.duplicate-kode", E, "Kode sub kegiatan yang sama diisi oleh dua bidang")
CROSS_SHARED_NAME = Rule("cross.shared-name", E, "Kode program/kegiatan yang sama dengan nama berbeda")
CROSS_DUPLICATE_REALISASI = Rule(
    "cross.duplicate-realisasi", E, "Realisasi indikator yang sama diisi oleh dua bidang"
)
CROSS_PK_PROGRAM = Rule("cross.pk-program", E, "Program di PK tidak ada di workbook bidang")
CROSS_IKU_NOT_IN_PK = Rule("cross.iku-not-in-pk", W, "IKU tidak tercantum dalam Perjanjian Kinerja")
CROSS_REALISASI_OTHER_BIDANG = Rule(
    "cross.realisasi-other-bidang", W, "Realisasi diisi bukan oleh bidang penanggung jawab"
)
CROSS_NO_REALISASI = Rule("cross.no-realisasi", W, "Realisasi indikator belum dilaporkan", gap=True)
IDENTITAS_MISSING = Rule("identitas.missing", E, "Identitas bidang belum diisi")

RULES = (
    FILE_YEAR,
    FILE_BIDANG_MISSING,
    FILE_BIDANG_UNKNOWN,
    CROSS_DUPLICATE_KODE,
    CROSS_SHARED_NAME,
    CROSS_DUPLICATE_REALISASI,
    CROSS_PK_PROGRAM,
    CROSS_IKU_NOT_IN_PK,
    CROSS_REALISASI_OTHER_BIDANG,
    CROSS_NO_REALISASI,
    IDENTITAS_MISSING,
)


def check(dataset: Dataset, settings: Settings) -> Iterator[Finding]:
    instansi = dataset.instansi
    for bidang in dataset.bidang:
        if bidang.identitas is None:
            yield finding(
                IDENTITAS_MISSING,
                IDENTITAS.blank(bidang.file).ref("nama_bidang"),
                "Lembar Identitas belum diisi: "
                "isi Nama Bidang dan Tahun Laporan agar workbook ini dapat dikenali.",
            )
    yield from _duplicates(dataset)
    if instansi is None or instansi.profil is None:
        return
    yield from _membership(dataset, instansi)
    yield from _references(dataset, instansi)
    yield from _pk_programs(dataset, instansi)
    yield from _iku_in_pk(instansi)
    yield from _realisasi(dataset, instansi)


def _duplicates(dataset: Dataset) -> Iterator[Finding]:
    seen: dict[tuple[str, str], tuple[Bidang, str, CellRef]] = {}
    for bidang in dataset.bidang:
        items = [("program", p.kode, p.nama, p.src) for p in bidang.program] + [
            ("kegiatan", k.kode, k.nama, k.src) for k in bidang.kegiatan
        ]
        items += [("sub kegiatan", s.kode, s.nama, s.src) for s in bidang.sub_kegiatan]
        for level, kode, nama, src in items:
            other, other_nama, other_at = seen.setdefault((level, kode), (bidang, nama, src.ref("nama")))
            if other is bidang:
                continue
            if level != "sub kegiatan" and _plain(nama) != _plain(other_nama):
                yield finding(
                    CROSS_SHARED_NAME,
                    src.ref("nama"),
                    f"Kode {level} {kode} bernama \u201c{nama}\u201d di sini, tetapi "
                    f"\u201c{other_nama}\u201d di workbook '{other.file}' ({other.nama}, "
                    f"{other_at.sheet}!{other_at.cell}). Satu kode hanya memiliki satu nama: samakan "
                    "keduanya sesuai nomenklatur.",
                )
            elif level != "sub kegiatan":
                continue  # a program or kegiatan several bidang carry out, each its own part of it
            else:
                yield finding(
                    CROSS_DUPLICATE_KODE,
                    src.ref("kode"),
                    f"Kode {level} {kode} juga diisi di workbook "
                    f"'{other.file}' ({other.nama}). Satu {level} hanya diisi oleh satu bidang; hapus dari "
                    "salah satu workbook.",
                )
    owners: dict[str, Bidang] = {}
    for bidang in dataset.bidang:
        for row in bidang.capaian:
            other = owners.setdefault(row.indikator, bidang)
            if other is not bidang:
                yield finding(
                    CROSS_DUPLICATE_REALISASI,
                    row.src.ref("indikator"),
                    f"Realisasi indikator "
                    f"{row.indikator} juga diisi di workbook '{other.file}' ({other.nama}). Hanya bidang "
                    "penanggung jawab yang mengisinya; hapus baris ini dari salah satu workbook.",
                )


def _membership(dataset: Dataset, instansi: Instansi) -> Iterator[Finding]:
    assert instansi.profil is not None
    tahun = instansi.profil.tahun
    listed = {b.nama.casefold(): b for b in instansi.bidang}
    present = {b.nama.casefold() for b in dataset.bidang if b.identitas}
    for bidang in dataset.bidang:
        if bidang.identitas is None:
            continue
        if bidang.identitas.tahun != tahun:
            yield finding(
                FILE_YEAR,
                bidang.identitas.src.ref("tahun"),
                f"Tahun laporan workbook ini "
                f"{bidang.identitas.tahun}, sedangkan workbook instansi {tahun}. Pastikan workbook berasal "
                "dari "
                "tahun yang sama; perbaiki tahunnya atau keluarkan workbook ini dari folder.",
            )
        if listed and bidang.nama.casefold() not in listed:
            yield finding(
                FILE_BIDANG_UNKNOWN,
                bidang.identitas.src.ref("nama_bidang"),
                f"Bidang \u201c{bidang.nama}\u201d "
                "tidak terdaftar di lembar Bidang workbook instansi. Samakan penulisan namanya, atau "
                "tambahkan "
                "bidang ini ke lembar Bidang.",
            )
    for key, entry in listed.items():
        if key not in present:
            yield finding(
                FILE_BIDANG_MISSING,
                entry.src.ref("nama"),
                f"Workbook {entry.nama} tidak ada di folder "
                "masukan, sehingga program dan realisasi indikatornya tidak akan dimuat. Tambahkan workbook "
                "bidang itu, atau hapus bidang ini dari lembar Bidang bila tidak melapor.",
            )


def _references(dataset: Dataset, instansi: Instansi) -> Iterator[Finding]:
    sasaran = {s.kode for s in instansi.sasaran}
    indikator = {x.kode for x in instansi.indikator}
    for bidang in dataset.bidang:
        for p in bidang.program:
            if p.sasaran and p.sasaran not in sasaran:
                yield finding(
                    REF_SASARAN,
                    p.src.ref("sasaran"),
                    f"Program {p.kode} menunjuk sasaran {p.sasaran} yang "
                    "tidak ada di workbook instansi. Pilih kode sasaran yang benar.",
                )
            for u in p.ukuran:
                if u.indikator_kode and u.indikator_kode not in indikator:
                    yield finding(
                        REF_INDIKATOR,
                        u.src.ref("indikator_kode"),
                        f"Kode indikator {u.indikator_kode} "
                        "tidak ada di workbook instansi. Pilih kode yang benar atau kosongkan.",
                    )
        for row in bidang.capaian:
            if row.indikator not in indikator:
                yield finding(
                    REF_INDIKATOR,
                    row.src.ref("indikator"),
                    f"Kode indikator {row.indikator} tidak ada di "
                    "lembar Indikator workbook instansi. Periksa kodenya.",
                )


def _pk_programs(dataset: Dataset, instansi: Instansi) -> Iterator[Finding]:
    if not instansi.pk_versi:
        return
    final = instansi.pk_versi[-1].versi
    programs = {p.kode for b in dataset.bidang for p in b.program}
    for row in instansi.pk_anggaran:
        if row.versi == final and row.program not in programs:
            yield finding(
                CROSS_PK_PROGRAM,
                row.src.ref("program"),
                f"Program {row.program} pada {final} tidak ada di "
                "workbook bidang mana pun. Periksa kode programnya.",
            )


def _iku_in_pk(instansi: Instansi) -> Iterator[Finding]:
    in_pk = {t.indikator for t in instansi.pk_target}
    for x in instansi.indikator:
        if x.jenis == "IKU" and x.kode not in in_pk and instansi.pk_versi:
            yield finding(
                CROSS_IKU_NOT_IN_PK,
                x.src.ref("kode"),
                f"IKU {x.kode} \u201c{x.nama}\u201d tidak tercantum "
                "dalam Perjanjian Kinerja mana pun; targetnya diambil dari Target Renstra. IKU semestinya "
                "diperjanjikan: tambahkan ke PK Target bila memang demikian.",
            )


def _realisasi(dataset: Dataset, instansi: Instansi) -> Iterator[Finding]:
    reported: dict[str, list[tuple[Bidang, CapaianIndikator]]] = defaultdict(list)
    for b in dataset.bidang:
        for row in b.capaian:
            reported[row.indikator].append((b, row))
    for x in instansi.indikator:
        rows = reported.get(x.kode, [])
        everyone = x.penanggung_jawab.casefold() == SELURUH_BIDANG.casefold()
        typed = x.sumber_realisasi in (None, "diketik")  # a computed realisation is never to be typed
        if typed and (not rows or all(r.realisasi is None for _, r in rows)):
            who = "bidang mana pun" if everyone else x.penanggung_jawab
            yield finding(
                CROSS_NO_REALISASI,
                x.src.ref("penanggung_jawab"),
                f"Realisasi {x.kode} \u201c{x.nama}\u201d "
                f"tahun ini belum dilaporkan oleh {who} (lembar Capaian Indikator); laporan akan "
                "menulis 'belum ada data'.",
            )
            continue
        for bidang, row in rows:
            if not everyone and bidang.nama.casefold() != x.penanggung_jawab.casefold():
                yield finding(
                    CROSS_REALISASI_OTHER_BIDANG,
                    row.src.ref("indikator"),
                    f"Realisasi {x.kode} diisi oleh {bidang.nama}, padahal penanggung jawabnya "
                    f"{x.penanggung_jawab}. Pastikan angkanya disepakati penanggung jawab.",
                )


def _plain(name: str) -> str:
    """A name as two workbooks are compared: without case and any spacing ("Kabupaten/ Kota" is
    "Kabupaten/Kota")."""
    return "".join(name.casefold().split())
