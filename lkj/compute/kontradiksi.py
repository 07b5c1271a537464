"""Contradictions only the computation sees: a realisation typed for an indicator whose realisation the
tool computes (Sumber Realisasi: the share of program indicators reached, the Indeks SPBE or one SPBE
domain's index), when the two differ as printed. The finding names both cells and the value the report
uses; a final report may not carry it (Rule.final).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from lkj.compute.capaian import konversi_of, ukuran_hasil
from lkj.compute.figure import Figure
from lkj.compute.presisi import DEFAULT_COMPUTED
from lkj.compute.rata_rata import indikator_program_tercapai
from lkj.compute.realisasi import computed as is_computed
from lkj.compute.realisasi import realisasi, sources
from lkj.compute.spbe import spbe_from
from lkj.contract.lists import SUMBER_REALISASI
from lkj.findings import Finding, Rule, Severity, finding, named
from lkj.indonesian import angka, rounded
from lkj.model import CapaianIndikator, Dataset, Indikator
from lkj.settings import Settings

SUMBER_DIKETIK = Rule(
    "sumber.typed",
    Severity.WARNING,
    "Realisasi diketik untuk indikator yang realisasinya dihitung aplikasi, dan keduanya berbeda",
    final=True,
)
RULES = (SUMBER_DIKETIK,)

SHOWN = {value: text for text, value in SUMBER_REALISASI.items()}


def findings(
    rows: Mapping[str, CapaianIndikator | None],
    indikator: tuple[Indikator, ...],
    computed: Mapping[str, Figure],
    used: Mapping[str, Decimal | None],
) -> tuple[Finding, ...]:
    """`rows`: the typed realisation row of each indicator (by kode); `used`: the realisation the report
    uses for it (by kode)."""
    return tuple(_findings(rows, indikator, computed, used))


def _findings(
    rows: Mapping[str, CapaianIndikator | None],
    indikator: tuple[Indikator, ...],
    computed: Mapping[str, Figure],
    used: Mapping[str, Decimal | None],
) -> Iterator[Finding]:
    for x in indikator:
        source = x.sumber_realisasi
        row = rows.get(x.kode)
        # the realisation as compute makes it (rounded to the indicator's decimals), not made again here
        figure = realisasi(x, computed)
        if row is None or row.realisasi is None or figure is None or figure.value is None:
            continue
        value = figure.value
        decimals = x.desimal if x.desimal is not None else DEFAULT_COMPUTED
        if rounded(row.realisasi, decimals) == value:
            continue
        unit = "%" if x.satuan.strip() == "%" else ""
        typed = angka(row.realisasi) + unit
        shown = angka(value, decimals) + unit
        chosen = used.get(x.kode)
        report = (
            f"nilai yang diketik ({typed})"
            if chosen is not None and chosen == row.realisasi
            else f"nilai hasil hitung ({shown})"
        )
        yield finding(
            SUMBER_DIKETIK,
            row.src.ref("realisasi"),
            f"Realisasi {x.kode} \u201c{x.nama}\u201d diketik {typed}, padahal realisasi indikator ini "
            f"dihitung aplikasi ({SHOWN.get(source or '', source)}; {named(x.src.ref('sumber_realisasi'))}) "
            f"sebesar {shown}. Laporan memakai {report}. Kosongkan realisasi yang diketik, atau pilih "
            "'Diisi bidang penanggung jawab' pada Sumber Realisasi bila angka ketikan itulah yang benar.",
        )


def year_findings(dataset: Dataset, settings: Settings) -> tuple[Finding, ...]:
    """The same findings for a year that is not computed (only its findings are asked for)."""
    from lkj.compute.indikator import indikator_hasil, realisasi_row, sumber

    instansi = dataset.instansi
    if instansi is None or instansi.profil is None:
        return ()
    wanted = [x for x in instansi.indikator if is_computed(x.sumber_realisasi)]
    if not wanted:
        return ()
    tables = konversi_of(instansi)  # as compute judges them: a score IKU's program indicator by its table
    share = indikator_program_tercapai(
        u for b in dataset.bidang for p in b.program for u in ukuran_hasil(p.ukuran, settings, tables)
    )
    computed_from = sources(share, spbe_from(instansi.spbe, settings))
    src = sumber(dataset, instansi.profil.tahun, settings, computed_from)
    rows = {x.kode: realisasi_row(x, src) for x in wanted}
    # the report is not made here: what it would use is what compute takes for the indicator
    used = {x.kode: indikator_hasil(x, src).realisasi for x in wanted}
    return findings(rows, tuple(wanted), computed_from, used)
