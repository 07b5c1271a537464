"""lkj periksa: the LKE self-check. For each criterion of the component Pelaporan Kinerja (PermenPANRB
88/2021; the criteria are policy data, lkj.periksa.kebijakan) the evidence found in the computed report,
the coverage share, the predicted answer and its points, and for every shortfall the data that would
raise it. It stands between compute and render: the konsep's Catatan Penyusunan shows it
(lkj.periksa.present), the kertas kerja reviu (lkj.xlsx.kertas_kerja) writes it; lkj.pipeline.examine
feeds it.

    examine(hasil, dataset, findings, kebijakan) -> Pemeriksaan
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path

from lkj.compute.results import Hasil
from lkj.findings import Finding
from lkj.indonesian import persen
from lkj.model import Dataset
from lkj.periksa import kualitas, pelaporan, struktur
from lkj.periksa.hasil import Butir, Pemeriksaan, Penilaian, Perbaikan, SubkomponenHasil
from lkj.periksa.kebijakan import AE, Kebijakan, Kriteria, KriteriaProblem, Subkomponen, load
from lkj.periksa.letak import Konteks

Check = Callable[[Konteks], Iterable[Butir]]

# The evidence lkj can look for, by the key a criterion names in the policy file (`pemeriksaan`), with
# what it counts (docs/perhitungan.md lists them from here).
PEMERIKSAAN: dict[str, tuple[Check, str]] = {
    "disusun": (pelaporan.disusun, "laporan dapat disusun dari data tahun itu"),
    "berkala": (pelaporan.berkala, "LKj tahun sebelumnya disusun (Penyampaian)"),
    "diformalkan": (
        pelaporan.diformalkan,
        "tanggal penandatanganan dan NIP kepala terisi, tidak ada temuan yang menghalangi laporan final",
    ),
    "direviu": (pelaporan.direviu, "unit APIP, pejabat dan tanggal reviu terisi (Penyampaian)"),
    "dipublikasikan": (pelaporan.dipublikasikan, "alamat dan tanggal publikasi terisi (Penyampaian)"),
    "tepat_waktu": (pelaporan.tepat_waktu, "tanggal penyampaian paling lambat batas pada berkas kriteria"),
    "standar": (struktur.standar, "bagian laporan menurut PermenPANRB 53/2014 yang berisi data"),
    "seluruh_informasi": (
        kualitas.seluruh_informasi,
        "indikator sasaran dan indikator program/kegiatan/sub kegiatan yang realisasinya terisi",
    ),
    "target_tahunan": (kualitas.target_tahunan, "indikator yang capaiannya terhadap target tahunan dihitung"),
    "target_jangka_menengah": (
        kualitas.target_jangka_menengah,
        "indikator yang dibandingkan dengan target akhir Renstra",
    ),
    "tahun_sebelumnya": (
        kualitas.tahun_sebelumnya,
        "indikator yang memiliki realisasi tahun-tahun sebelumnya (lembar Target Renstra)",
    ),
    "pembanding": (
        kualitas.pembanding,
        "indikator yang memiliki standar nasional atau nilai pembanding bersumber (lembar Pembanding)",
    ),
    "upaya_hambatan": (
        kualitas.upaya_hambatan,
        "sasaran yang setiap indikatornya memiliki penyebab beserta upaya atau hambatan",
    ),
    "efisiensi": (kualitas.efisiensi, "sasaran yang efisiensi penggunaan sumber dayanya dapat dinilai"),
    "informasi_keuangan": (
        kualitas.informasi_keuangan,
        "sasaran yang anggaran program pendukungnya disajikan (varian LKE Perangkat Daerah)",
    ),
    "rekomendasi": (
        kualitas.rekomendasi,
        "indikator yang belum mencapai target dan memiliki rencana tindak lanjut (bila semua tercapai: "
        "langkah ke depan)",
    ),
}
HUNDRED = Decimal(100)


def kebijakan(path: Path | None = None) -> Kebijakan:
    """The LKE criteria of `path` (the default file when None); KriteriaProblem when it cannot be used."""
    return load(path, PEMERIKSAAN)


def examine(hasil: Hasil, dataset: Dataset, findings: tuple[Finding, ...], policy: Kebijakan) -> Pemeriksaan:
    """The self-check of one computed year against the policy's criteria."""
    k = Konteks(hasil, dataset, findings, policy)
    parts = tuple(_subkomponen(k, s) for s in policy.subkomponen)
    assert hasil.profil is not None
    return Pemeriksaan(policy, hasil.profil.nama_instansi, hasil.tahun, parts)


def _subkomponen(k: Konteks, s: Subkomponen) -> SubkomponenHasil:
    if not s.diperiksa:
        return SubkomponenHasil(s, (), None)
    judged = tuple(judge(k.kebijakan, c, tuple(PEMERIKSAAN[c.pemeriksaan][0](k))) for c in s.kriteria)
    mean = sum((p.nilai for p in judged), Decimal(0)) / len(judged) if judged else Decimal(0)
    return SubkomponenHasil(s, judged, s.bobot * mean)


def judge(policy: Kebijakan, c: Kriteria, items: tuple[Butir, ...]) -> Penilaian:
    """A criterion's answer from its items: the share of those not declared inapplicable that have what
    it asks; a letter of the a-e bands, or Y only when every one has it."""
    counted = [b for b in items if not b.dikecualikan]
    have = sum(1 for b in counted if b.ada)
    # nothing counted: nothing to look at (0), or every item declared inapplicable with its reason (100)
    share = Decimal(have) * HUNDRED / Decimal(len(counted)) if counted else (HUNDRED if items else Decimal(0))
    excepted = len(items) - len(counted)
    said = f"{have} dari {len(counted)} ({persen(share)})" if counted else "tidak ada yang dapat diperiksa"
    if excepted:
        said += f"; {excepted} dinyatakan tidak dapat disajikan"
    if c.jawaban == AE:
        band = policy.huruf(share)
        return Penilaian(
            c, items, share, band.huruf, band.nilai, f"{said}: jawaban {band.huruf} ({band.syarat})"
        )
    yes = share == HUNDRED and bool(items)
    return Penilaian(
        c,
        items,
        share,
        "Y" if yes else "T",
        policy.ya if yes else policy.tidak,
        f"{said}: jawaban {'Y' if yes else 'T (belum semuanya terpenuhi)'}",
    )


__all__ = [
    "PEMERIKSAAN",
    "Butir",
    "Kebijakan",
    "KriteriaProblem",
    "Pemeriksaan",
    "Penilaian",
    "Perbaikan",
    "examine",
    "judge",
    "kebijakan",
]
