"""Stage 3, compute: every figure and fact of the LKj from the typed model, by the rules in
lkj.compute.rules, and the findings about the year that only the computation sees (lkj.compute.gaps).

Pure functions over the model; nothing is read from or written to disk here. `compute` reads like the
report's own order: indicators, sasaran, organisation, budget, efficiency, PK, SPBE. Everything it gives
is frozen and complete: the render stage only selects and formats.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from decimal import Decimal

from lkj.compute import gaps, kontradiksi
from lkj.compute.efisiensi import efisiensi
from lkj.compute.figure import Figure
from lkj.compute.gaps import empty_analyses, spbe_differs
from lkj.compute.indikator import indikator_hasil, realisasi_row, sumber
from lkj.compute.pembanding import pembanding_hasil
from lkj.compute.pk import pk_hasil
from lkj.compute.rata_rata import indikator_program_tercapai, rata_rata
from lkj.compute.realisasi import computed as realisasi_computed
from lkj.compute.realisasi import sources
from lkj.compute.results import Hasil, IndikatorHasil, Jumlah, ProgramHasil, SasaranHasil
from lkj.compute.spbe import spbe_from
from lkj.errors import LkjError
from lkj.findings import Finding
from lkj.model import Dataset, Instansi, Sasaran
from lkj.settings import Settings

RULES = gaps.RULES + kontradiksi.RULES


class NotComputable(LkjError):
    """The dataset lacks what every report needs (the instansi workbook and its profile)."""


def computable(dataset: Dataset) -> bool:
    return dataset.instansi is not None and dataset.instansi.profil is not None


def compute(dataset: Dataset, settings: Settings) -> Hasil:
    instansi = dataset.instansi
    if instansi is None or instansi.profil is None:
        raise NotComputable("workbook instansi atau lembar Profil belum diisi")
    from lkj.compute.belanja import belanja  # pandas: imported only by the commands that compute

    tahun = instansi.profil.tahun
    tree = belanja(dataset, settings)
    program_tercapai = indikator_program_tercapai(u for p in tree.program for u in p.ukuran)
    spbe = spbe_from(instansi.spbe, settings)
    src = sumber(dataset, tahun, settings, sources(program_tercapai, spbe))
    indikator = tuple(_with_benchmarks(indikator_hasil(i, src), instansi, tahun) for i in instansi.indikator)
    by_sasaran: dict[str | None, list[IndikatorHasil]] = defaultdict(list)
    for i in indikator:
        by_sasaran[i.indikator.sasaran].append(i)
    supporting: dict[str | None, list[ProgramHasil]] = defaultdict(list)
    for p in tree.bagian:  # each bidang's part of a program supports the sasaran it names
        supporting[p.program.sasaran].append(p)
    empty = empty_analyses(dataset)
    sasaran = tuple(
        _sasaran(s, tuple(by_sasaran[s.kode]), tuple(supporting[s.kode]), settings, empty.get(s.kode, ()))
        for s in instansi.sasaran
    )
    organisasi = _organisasi(sasaran, settings)
    known = {s.kode for s in instansi.sasaran}
    index = spbe.indeks.value if spbe is not None else None
    berbeda = _spbe_berbeda(indikator, index)
    typed = kontradiksi.findings(
        {x.kode: realisasi_row(x, src) for x in instansi.indikator},
        instansi.indikator,
        src.hitung,
        {i.indikator.kode: i.realisasi for i in indikator},
    )
    return Hasil(
        tahun=tahun,
        profil=instansi.profil,
        instansi=instansi,
        settings=settings,
        indikator=indikator,
        sasaran=sasaran,
        iku_instansi=tuple(i for i in indikator if i.indikator.sasaran not in known),
        capaian_organisasi=organisasi,
        kategori_organisasi=settings.kategori.label(organisasi.value)
        if organisasi.value is not None
        else None,
        indikator_program_tercapai=program_tercapai,
        belanja=tree,
        efisiensi=efisiensi(organisasi, tree.total, settings, tree.program),
        pk=pk_hasil(
            instansi,
            {i.kode: i for i in instansi.indikator},
            {p.program.kode: p.program.nama for p in tree.program},
        ),
        spbe=spbe,
        spbe_berbeda=berbeda,
        jumlah=_jumlah(indikator),
        findings=gaps.findings(
            dataset,
            [
                (i.indikator, i.penjelasan)
                for i in berbeda
                if i.penjelasan and not realisasi_computed(i.indikator.sumber_realisasi)
            ],
            index,
            [i.indikator for i in indikator if i.status == "tidak_tercapai"],
        )
        + typed,
    )


def _with_benchmarks(i: IndikatorHasil, instansi: Instansi, tahun: int) -> IndikatorHasil:
    """The indicator with its benchmarks of the Pembanding sheet (C15's other comparisons), if any."""
    found = pembanding_hasil(instansi, i.indikator, i.realisasi, tahun)
    return dataclasses.replace(i, pembanding=found) if found else i


def _spbe_berbeda(indikator: tuple[IndikatorHasil, ...], index: Decimal | None) -> tuple[IndikatorHasil, ...]:
    """The IKU on the SPBE scale whose typed realisation is not the index computed from the levels (one
    whose realisation is computed from the SPBE sheet, the index or a domain's, is that figure)."""
    return tuple(
        i
        for i in indikator
        if i.indikator.skala_nilai == "spbe"
        and i.realisasi_hitung is None
        and spbe_differs(i.realisasi, index)
    )


def _jumlah(indikator: tuple[IndikatorHasil, ...]) -> Jumlah:
    statuses = [i.status for i in indikator]
    return Jumlah(
        statuses.count("melebihi"),
        statuses.count("tercapai"),
        statuses.count("tidak_tercapai"),
        sum(1 for i in indikator if i.capaian.value is None),
    )


def _organisasi(sasaran: tuple[SasaranHasil, ...], settings: Settings) -> Figure:
    """The organisation's capaian: the mean of its sasaran's (weighted when the settings say so)."""
    return rata_rata(
        [(s.sasaran.nama, s.capaian, s.sasaran.bobot) for s in sasaran],
        settings.rata_rata == "tertimbang",
        "capaian.organisasi",
        "capaian.organisasi-tertimbang",
        "sasaran",
    )


def _sasaran(
    sasaran: Sasaran,
    own: tuple[IndikatorHasil, ...],
    supporting: tuple[ProgramHasil, ...],
    settings: Settings,
    kosong: tuple[str, ...],
) -> SasaranHasil:
    """One sasaran from its own indicators and the programs that support it."""
    figure = rata_rata(
        [(i.indikator.nama, i.capaian, i.indikator.bobot) for i in own],
        settings.rata_rata == "tertimbang",
        "capaian.sasaran",
        "capaian.sasaran-tertimbang",
        "indikator",
    )
    from lkj.compute.belanja import gabung, gabung_program

    weighted = settings.fisik == "pagu"
    by_kode: dict[str, list[ProgramHasil]] = {}
    for p in supporting:  # two bidang's parts of one program supporting this sasaran: one program here
        by_kode.setdefault(p.program.kode, []).append(p)
    supporting = tuple(gabung_program(parts, weighted) for parts in by_kode.values())
    anggaran = gabung(p.anggaran for p in supporting)
    return SasaranHasil(
        sasaran=sasaran,
        indikator=own,
        capaian=figure,
        predikat=settings.predikat.label(figure.value) if figure.value is not None else None,
        kategori=settings.kategori.label(figure.value) if figure.value is not None else None,
        program=supporting,
        anggaran=anggaran,
        efisiensi=efisiensi(figure, anggaran, settings, supporting),
        kosong=kosong,
    )


def year_findings(dataset: Dataset, settings: Settings) -> tuple[Finding, ...]:
    """The findings about the year for a year that is not computed (its input has errors, or only its
    findings are asked for): the same as compute's."""
    return gaps.year_findings(dataset, settings) + kontradiksi.year_findings(dataset, settings)


__all__ = ["RULES", "NotComputable", "computable", "compute", "year_findings"]
