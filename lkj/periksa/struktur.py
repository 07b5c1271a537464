"""The evidence of criterion 3.b.1 (prepared to the standard): the parts of a Laporan Kinerja that
PermenPANRB 53/2014 (Lampiran III, sistematika) asks for, each present in the report when its data is
there. lkj always writes every chapter; a part whose data is missing is a chapter with a sentence that it
is missing, which an evaluator does not count."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lkj.contract.lists import URAIAN
from lkj.periksa.hasil import Butir, Perbaikan
from lkj.periksa.letak import Konteks, di, form_cell, instansi_row

JENIS = {value: text for text, value in URAIAN.items()}


@dataclass(frozen=True)
class Bagian:
    nama: str
    letak: str
    uraian: str | None = None  # the Uraian kind that fills it, when it comes from that sheet


PARTS = (
    Bagian("Ikhtisar Eksekutif", "Ikhtisar Eksekutif"),
    Bagian("Tugas dan fungsi organisasi", "BAB I 1.3 Tugas Pokok dan Fungsi", "fungsi"),
    Bagian("Struktur organisasi", "BAB I 1.2.1 Struktur Organisasi", "struktur"),
    Bagian("Permasalahan utama (isu strategis)", "BAB I 1.4 Permasalahan yang Dihadapi", "permasalahan"),
    Bagian("Visi", "BAB II 2.1 Rencana Strategis"),
    Bagian("Misi", "BAB II 2.1 Rencana Strategis", "misi"),
    Bagian("Tujuan", "BAB II 2.1 Rencana Strategis", "tujuan"),
    Bagian("Perjanjian Kinerja", "BAB II 2.2 Perjanjian Kinerja dan Lampiran 1"),
    Bagian("Capaian kinerja organisasi", "BAB III 3.2 Capaian Kinerja Organisasi"),
    Bagian("Realisasi anggaran", "BAB III Realisasi Anggaran"),
    Bagian("Langkah peningkatan kinerja ke depan", "BAB IV 4.2", "strategi"),
)


def standar(k: Konteks) -> Iterator[Butir]:
    added = 0  # rows already proposed for the Uraian sheet: each new kind goes on the next row
    for part in PARTS:
        ok, bukti, fix = _check(k, part, added)
        added += not ok and part.uraian is not None
        yield Butir(part.nama, ok, bukti, part.letak, None if ok else fix)


def _check(k: Konteks, part: Bagian, added: int) -> tuple[bool, str, Perbaikan | None]:
    h = k.hasil
    uraian = h.instansi.uraian
    if part.uraian is not None:
        n = sum(1 for u in uraian if u.jenis == part.uraian)
        if part.uraian == "fungsi" and not n and h.profil is not None and h.profil.tugas_pokok:
            return True, "tugas pokok diisi pada profil", None
        text = JENIS[part.uraian]
        fix = instansi_row(
            k, "uraian", [u.src for u in uraian], f"tambahkan baris Jenis '{text}' dan uraiannya", added
        )
        return n > 0, f"{n} butir uraian" if n else "belum diuraikan", fix
    if part.nama == "Ikhtisar Eksekutif":
        return bool(h.indikator), "disusun dari capaian indikator", None
    if part.nama == "Visi":
        profil = h.profil
        ok = profil is not None and bool(profil.visi)
        fix = form_cell(
            k.instansi_file, "profil", profil.src if profil else None, "visi", "visi kepala daerah"
        )
        return ok, "visi dimuat" if ok else "visi belum diisi", fix
    if part.nama == "Perjanjian Kinerja":
        n = len({t.indikator for t in h.instansi.pk_target if t.target is not None})
        fix = instansi_row(
            k, "pk_target", [t.src for t in h.instansi.pk_target], "target PK setiap indikator kinerja"
        )
        return n > 0, f"target PK {n} indikator" if n else "Perjanjian Kinerja belum diisi", fix
    if part.nama == "Capaian kinerja organisasi":
        value = h.capaian_organisasi.value
        first = h.indikator[0] if h.indikator else None
        first_fix = di(first.indikator.src, "kode", "realisasi dan target indikator") if first else None
        return (
            value is not None,
            "capaian organisasi dihitung" if value is not None else "belum dapat dihitung",
            first_fix,
        )
    total = h.belanja.total
    empty = next((sub for b in k.dataset.bidang for sub in b.sub_kegiatan if not sub.pagu), None)
    fix = (
        di(empty.src, "pagu", f"pagu dan realisasi sub kegiatan {empty.kode}")
        if empty is not None
        else Perbaikan("workbook bidang", "Sub Kegiatan", "", "pagu dan realisasi setiap sub kegiatan")
    )
    return (
        total.pagu > 0,
        f"{h.belanja.jumlah_program} program" if total.pagu > 0 else "pagu belum diisi",
        fix,
    )
