"""The evidence of sub-component 3.a (a report exists, periodic, formalised, reviewed, published, on
time): facts of the year's data and of the Penyampaian form of the instansi workbook."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from lkj.indonesian import tanggal
from lkj.periksa.hasil import Butir, Perbaikan
from lkj.periksa.letak import Konteks, form_cell

PENYAMPAIAN = "penyampaian"
PROFIL = "profil"
SAMPUL = "Sampul dan Kata Pengantar (tanda tangan Kepala)"
PERNYATAAN = "Pernyataan Telah Direviu (Lampiran)"
LUAR = "di luar dokumen (bukti penyampaian dan publikasi)"


def disusun(k: Konteks) -> Iterator[Butir]:
    h = k.hasil
    n = len(h.indikator)
    yield Butir(
        f"Laporan Kinerja tahun {h.tahun}",
        n > 0,
        f"laporan disusun dari data tahun {h.tahun}: {len(h.sasaran)} sasaran, {n} indikator"
        if n
        else "belum ada indikator kinerja; laporan tidak memuat capaian apa pun",
        "seluruh dokumen",
        None
        if n
        else form_cell(
            k.instansi_file, "indikator", None, "kode", "isi indikator kinerja di lembar Indikator"
        ),
    )


def berkala(k: Konteks) -> Iterator[Butir]:
    p = k.hasil.instansi.penyampaian
    value = p.lkj_sebelumnya if p else None
    yield Butir(
        f"Laporan Kinerja tahun {k.hasil.tahun - 1}",
        value is True,
        "LKj tahun sebelumnya disusun"
        if value is True
        else "LKj tahun sebelumnya tidak disusun"
        if value is False
        else "belum dinyatakan apakah LKj tahun sebelumnya disusun",
        LUAR,
        None
        if value is True
        else _form(k, "lkj_sebelumnya", "pilih Ya bila Laporan Kinerja tahun sebelumnya disusun"),
    )


def diformalkan(k: Konteks) -> Iterator[Butir]:
    profil = k.hasil.profil
    assert profil is not None
    src = profil.src
    yield Butir(
        "Tanggal penandatanganan",
        profil.tanggal is not None,
        f"ditandatangani {tanggal(profil.tanggal)}" if profil.tanggal else "tanggal penandatanganan kosong",
        SAMPUL,
        None
        if profil.tanggal
        else form_cell(k.instansi_file, PROFIL, src, "tanggal", "tanggal penandatanganan"),
    )
    yield Butir(
        "NIP Kepala",
        bool(profil.kepala_nip),
        f"{profil.kepala_nama}, NIP {profil.kepala_nip}" if profil.kepala_nip else "NIP kepala kosong",
        SAMPUL,
        None if profil.kepala_nip else form_cell(k.instansi_file, PROFIL, src, "kepala_nip", "NIP kepala"),
    )
    blocking = [f for f in k.findings if f.blocks_final]
    first = blocking[0] if blocking else None
    yield Butir(
        "Laporan final",
        first is None,
        "tidak ada temuan yang menghalangi laporan final"
        if first is None
        else f"{len(blocking)} temuan masih menghalangi laporan final (lkj validate menampilkan semuanya); "
        f"yang pertama: {first.message}",
        "seluruh dokumen",
        None
        if first is None
        else Perbaikan(first.file, first.sheet, first.cell, "lengkapi sesuai temuan lkj validate"),
    )


def direviu(k: Konteks) -> Iterator[Butir]:
    p = k.hasil.instansi.penyampaian
    yield _filled(k, "apip_unit", p.apip_unit if p else None, "Unit APIP yang mereviu", PERNYATAAN)
    yield _filled(k, "apip_nama", p.apip_nama if p else None, "Pejabat APIP yang menandatangani", PERNYATAAN)
    on = p.tanggal_reviu if p else None
    yield _filled(k, "tanggal_reviu", tanggal(on) if on else None, "Tanggal reviu", PERNYATAAN)


def dipublikasikan(k: Konteks) -> Iterator[Butir]:
    p = k.hasil.instansi.penyampaian
    yield _filled(k, "alamat_publikasi", p.alamat_publikasi if p else None, "Alamat publikasi", LUAR)
    on = p.tanggal_publikasi if p else None
    yield _filled(k, "tanggal_publikasi", tanggal(on) if on else None, "Tanggal publikasi", LUAR)


def batas(k: Konteks) -> date:
    """The deadline of the year's report: the policy's day of its month in the year after."""
    policy, year = k.kebijakan, k.hasil.tahun + 1
    day = policy.hari or calendar.monthrange(year, policy.bulan)[1]
    return date(year, policy.bulan, min(day, calendar.monthrange(year, policy.bulan)[1]))


def tepat_waktu(k: Konteks) -> Iterator[Butir]:
    p = k.hasil.instansi.penyampaian
    on = p.tanggal_penyampaian if p else None
    deadline = batas(k)
    if on is None:
        bukti = f"tanggal penyampaian belum diisi (batas {tanggal(deadline)})"
    else:
        late = "" if on <= deadline else ", melewati batas"
        bukti = f"disampaikan {tanggal(on)}, batas {tanggal(deadline)}{late}"
    ok = on is not None and on <= deadline
    yield Butir(
        "Tanggal penyampaian",
        ok,
        bukti,
        LUAR,
        None
        if ok
        else _form(
            k,
            "tanggal_penyampaian",
            f"tanggal laporan disampaikan kepada kepala daerah, paling lambat {tanggal(deadline)}",
        ),
    )


def _filled(k: Konteks, key: str, value: str | None, subjek: str, letak: str) -> Butir:
    return Butir(
        subjek,
        bool(value),
        value or f"{subjek} belum diisi",
        letak,
        None if value else _form(k, key, subjek),
    )


def _form(k: Konteks, key: str, isian: str) -> Perbaikan:
    p = k.hasil.instansi.penyampaian
    return form_cell(k.instansi_file, PENYAMPAIAN, p.src if p else None, key, isian)
