"""`lkj templates OUTDIR --dari FOLDER --tahun N+1`: next year's full set of workbooks from this year's
input, everything that carries over pre-filled (lkj.xlsx.carry), with a summary of what was carried and
what must be entered fresh.

It writes only into OUTDIR, never into or over its source (lkj.outputs), never over a workbook someone
filled (lkj.xlsx.filled); every value goes through lkj.xlsx.cells, so text stays text, never a formula.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from lkj import outputs
from lkj.contract import WORKBOOKS
from lkj.model import Bidang, Dataset, Instansi, Target
from lkj.write import replacing
from lkj.xlsx.blank import Prefill
from lkj.xlsx.carry import INSTANSI_FRESH, bidang_data, instansi_data
from lkj.xlsx.fill import filled_workbook
from lkj.xlsx.filled import refuse_filled
from lkj.xlsx.handout import bidang_prefill, slug
from lkj.xlsx.save import save

LOGO = outputs.Kind("logo", (), None)


@dataclass(frozen=True)
class Carried:
    """What `lkj templates --dari --tahun` wrote, and its summary for the secretariat."""

    written: list[Path]
    carried: list[str] = field(default_factory=list)
    fresh: list[str] = field(default_factory=list)


def write_next_year(
    outdir: Path,
    source: Path,
    dataset: Dataset,
    tahun: int,
    realisasi: Mapping[str, Decimal | None],
    target: Mapping[str, Target | None],
    replace: bool = False,
) -> Carried:
    """Write next year's workbooks into `outdir` (checked before anything is written: WriteProblem naming
    every path that may not be written)."""
    instansi = dataset.instansi
    assert instansi is not None and instansi.profil is not None
    planned: list[tuple[Path, Workbook]] = [
        (
            outdir / f"00-instansi-{tahun}.xlsx",
            filled_workbook(
                WORKBOOKS["instansi"], instansi_data(instansi, tahun, realisasi, target), Prefill(tahun)
            ),
        )
    ]
    for number, (nama, bidang) in enumerate(_bidang(instansi, dataset.bidang), start=1):
        own = bidang_data(bidang, tahun) if bidang is not None else {}
        prefill = bidang_prefill(instansi, nama, tahun)
        path = outdir / f"{number:02d}-{slug(nama)}-{tahun}.xlsx"
        planned.append((path, filled_workbook(WORKBOOKS["bidang"], own, prefill)))
    logo = _logo(source, instansi)
    targets = [(path, outputs.BLANK) for path, _ in planned]
    if logo is not None:
        targets.append((outdir / logo.name, LOGO))
    outputs.check(targets, [source], replace)
    refuse_filled([(path, wb) for path, wb in planned if path.exists()])
    for path, wb in planned:
        save(wb, path)
    written = [path for path, _ in planned]
    if logo is not None:
        with replacing(outdir / logo.name) as out:
            out.write(logo.read_bytes())
        written.append(outdir / logo.name)
    return Carried(written, _carried(instansi, dataset.bidang, realisasi, tahun), _fresh(instansi, tahun))


def _bidang(instansi: Instansi, workbooks: tuple[Bidang, ...]) -> list[tuple[str, Bidang | None]]:
    """Each bidang of the Bidang sheet with its workbook of this year (None: it sent none), then any
    workbook of a bidang not listed there."""
    by_name = {b.nama.casefold(): b for b in workbooks}
    out: list[tuple[str, Bidang | None]] = [
        (b.nama, by_name.pop(b.nama.casefold(), None)) for b in instansi.bidang
    ]
    return out + [(b.nama, b) for b in by_name.values()]


def _logo(source: Path, instansi: Instansi) -> Path | None:
    name = instansi.profil.logo if instansi.profil else None
    path = source / name if name else None
    return path if path is not None and path.name == name and path.is_file() else None


def _carried(
    instansi: Instansi, bidang: tuple[Bidang, ...], realisasi: Mapping[str, Decimal | None], tahun: int
) -> list[str]:
    assert instansi.profil is not None
    year = instansi.profil.tahun
    history = sum(1 for x in instansi.indikator if realisasi.get(x.kode) is not None)
    tables = len({r.nama.casefold() for r in instansi.tabel_konversi})
    lines = [
        f"Profil instansi, dengan tahun laporan {tahun}",
        f"{len(instansi.uraian)} uraian (misi, tujuan, tugas dan fungsi, dasar hukum, ...)",
        f"{len(instansi.bidang)} bidang, {len(instansi.sasaran)} sasaran strategis, "
        f"{len(instansi.indikator)} indikator beserta definisi, formula dan sumber datanya",
        f"{len(instansi.target_renstra)} target Renstra; realisasi {year} dari {history} indikator dicatat "
        f"sebagai riwayat di lembar Target Renstra",
        f"{tables} tabel konversi, pengaturan dan skala penilaian",
    ]
    for b in bidang:
        lines.append(
            f"{b.nama}: {len(b.program)} program, {len(b.kegiatan)} kegiatan, {len(b.sub_kegiatan)} sub "
            "kegiatan (kode, nama dan indikatornya)"
        )
    return lines


def _fresh(instansi: Instansi, tahun: int) -> list[str]:
    assert instansi.profil is not None
    lines = [
        "tanggal penandatanganan laporan (lembar Profil)",
        f"target tahun {tahun} indikator program, kegiatan dan sub kegiatan",
        "pagu, realisasi anggaran dan realisasi fisik setiap sub kegiatan",
        f"realisasi {tahun} setiap indikator dan penjelasannya (lembar Capaian Indikator)",
    ]
    lines += [f"{text} tahun {tahun}" for text in INSTANSI_FRESH.values()]
    akhir = instansi.profil.renstra_akhir
    if akhir is not None and tahun > akhir:
        lines.append(
            f"Renstra berakhir pada {akhir}: isi periode Renstra baru (lembar Profil), sasaran, indikator "
            "dan target Renstra barunya"
        )
    elif not any(r.tahun == tahun and r.target is not None for r in instansi.target_renstra):
        lines.append(f"target Renstra tahun {tahun} (lembar Target Renstra)")
    return lines
