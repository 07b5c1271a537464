"""`lkj templates`: the set of blank workbooks the secretariat hands out.

Without a source folder: one instansi and one bidang workbook. With `--dari`, the instansi workbook that
the secretariat already filled is read, and each listed bidang gets its own workbook with its name filled in
and dropdowns for the sasaran and the indicators it is responsible for.
"""

from __future__ import annotations

import re
from pathlib import Path

from lkj import outputs
from lkj.contract import WORKBOOKS
from lkj.contract.lists import SELURUH_BIDANG
from lkj.model import Instansi
from lkj.xlsx.blank import Prefill, build_blank, write_blank
from lkj.xlsx.filled import refuse_filled


def write_templates(
    outdir: Path, tahun: int | None, source: Path | None = None, replace: bool = False
) -> list[Path]:
    """Write the blank workbooks into `outdir` and give their paths. Nothing is written when a workbook
    of that name exists already (unless `replace`), or when `outdir` is, or lies inside, `source`
    (WriteProblem naming each)."""
    inputs = [source] if source else []
    outputs.check_folder(outdir, inputs)  # before reading: a handout never goes into its source folder
    instansi = _read_instansi(source) if source else None
    if instansi is not None and instansi.profil is not None:
        tahun = tahun or instansi.profil.tahun
    suffix = f"-{tahun}" if tahun else ""
    # from a filled instansi workbook, the blank one is named apart from it: copied back among the
    # returned workbooks, it must not take the filled one's place
    instansi_name = f"00-instansi-kosong{suffix}.xlsx" if source else f"00-instansi{suffix}.xlsx"
    planned = [(outdir / instansi_name, WORKBOOKS["instansi"], Prefill(tahun=tahun))]
    if instansi is None or not instansi.bidang:
        planned.append((outdir / f"bidang{suffix}.xlsx", WORKBOOKS["bidang"], Prefill(tahun=tahun)))
    else:
        for number, entry in enumerate(instansi.bidang, start=1):
            path = outdir / f"{number:02d}-{slug(entry.nama)}{suffix}.xlsx"
            planned.append((path, WORKBOOKS["bidang"], bidang_prefill(instansi, entry.nama, tahun)))
    outputs.check([(path, outputs.BLANK) for path, _, _ in planned], inputs, replace)
    refuse_filled([(path, build_blank(spec, prefill)) for path, spec, prefill in planned if path.exists()])
    for path, spec, prefill in planned:
        write_blank(spec, path, prefill)
    return [path for path, _, _ in planned]


def _read_instansi(source: Path) -> Instansi | None:
    from lkj.read import read_folder

    return read_folder(source).dataset.instansi


def bidang_prefill(instansi: Instansi, nama: str, tahun: int | None) -> Prefill:
    """The bidang's name, and dropdowns of the sasaran and of the indicators it reports: its own and
    those of every bidang (any one of them may report those)."""
    mine = {nama.casefold(), SELURUH_BIDANG.casefold()}
    own = [i.kode for i in instansi.indikator if i.penanggung_jawab.casefold() in mine]
    return Prefill(
        tahun=tahun,
        values={"nama_bidang": nama},
        lists={
            "bidang": [b.nama for b in instansi.bidang],
            "sasaran": [s.kode for s in instansi.sasaran],
            "indikator": own or [i.kode for i in instansi.indikator],
        },
    )


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "bidang"
