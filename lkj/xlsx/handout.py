"""`lkj templates`: the set of blank workbooks the secretariat hands out.

Without a source folder: one instansi and one bidang workbook. With `--dari`, the instansi workbook that
the secretariat already filled is read, and each listed bidang gets its own workbook with its name filled in
and dropdowns for the sasaran and the indicators it is responsible for.
"""

from __future__ import annotations

import re
from pathlib import Path

from lkj.contract import WORKBOOKS
from lkj.model import Instansi
from lkj.xlsx.blank import Prefill, write_blank


def write_templates(outdir: Path, tahun: int | None, source: Path | None = None) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    instansi = _read_instansi(source) if source else None
    if instansi is not None and instansi.profil is not None:
        tahun = tahun or instansi.profil.tahun
    suffix = f"-{tahun}" if tahun else ""
    written = [outdir / f"00-instansi{suffix}.xlsx"]
    write_blank(WORKBOOKS["instansi"], written[0], Prefill(tahun=tahun))
    if instansi is None or not instansi.bidang:
        written.append(outdir / f"bidang{suffix}.xlsx")
        write_blank(WORKBOOKS["bidang"], written[-1], Prefill(tahun=tahun))
        return written
    for number, entry in enumerate(instansi.bidang, start=1):
        path = outdir / f"{number:02d}-{_slug(entry.nama)}{suffix}.xlsx"
        write_blank(WORKBOOKS["bidang"], path, _bidang_prefill(instansi, entry.nama, tahun))
        written.append(path)
    return written


def _read_instansi(source: Path) -> Instansi | None:
    from lkj.read import read_folder

    return read_folder(source).dataset.instansi


def _bidang_prefill(instansi: Instansi, nama: str, tahun: int | None) -> Prefill:
    own = [i.kode for i in instansi.indikator if i.penanggung_jawab.casefold() == nama.casefold()]
    return Prefill(
        tahun=tahun,
        values={"nama_bidang": nama},
        lists={
            "bidang": [b.nama for b in instansi.bidang],
            "sasaran": [s.kode for s in instansi.sasaran],
            "indikator": own or [i.kode for i in instansi.indikator],
        },
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "bidang"
