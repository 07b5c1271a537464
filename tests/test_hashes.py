"""The report does not change unless a change means to: the SHA-256 of the .docx built from both samples,
the Jambi sample with its warnings annexed, the thin year of test_minimal and two sizes of the
benchmark's synthetic input (one read by worker processes, both rendered in parallel) are pinned in
tests/golden/hashes.json. `pytest --update-golden` rewrites an entry; say so in the commit."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from lkj.pipeline import Kind
from tests.conftest import JAMBI, ROOT, SUKAMAJU, build

HASHES = ROOT / "tests" / "golden" / "hashes.json"


def _copy(source: Path) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        shutil.copytree(source, folder)
        return folder

    return make


def _jambi_annexed(folder: Path) -> Path:
    """Jambi, whose seventeen warnings go into the report's Catatan Validasi annex, in their order."""
    from dev.make_samples import write_dataset
    from dev.samples import jambi_2022

    class Module:
        TAHUN = jambi_2022.TAHUN
        WORKBOOKS = copy.deepcopy(jambi_2022.WORKBOOKS)

    _, data = next(v for v in Module.WORKBOOKS.values() if v[0] == "instansi")
    data["pengaturan"] = {"lampiran_validasi": "Ya"}
    write_dataset(Module, folder)  # type: ignore[arg-type]
    return folder


def _thin(folder: Path) -> Path:
    from lkj.contract import WORKBOOKS
    from lkj.xlsx.blank import Prefill
    from lkj.xlsx.fill import fill_workbook
    from tests.test_minimal import BIDANG_WB, INSTANSI, TAHUN

    folder.mkdir()
    fill_workbook(WORKBOOKS["instansi"], INSTANSI, folder / "00-instansi.xlsx", Prefill(tahun=TAHUN))
    fill_workbook(WORKBOOKS["bidang"], BIDANG_WB, folder / "01-yankes.xlsx", Prefill(tahun=TAHUN))
    return folder


def _synthetic(bidang: int, sub_kegiatan: int, indikator: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        from bench.fastxlsx import write_dataset
        from bench.synth import Size, dataset

        write_dataset(dataset(Size(bidang, sub_kegiatan, indikator)), folder, 2024)
        return folder

    return make


CASES: dict[str, Callable[[Path], Path]] = {
    "jambi": _copy(JAMBI),
    "jambi-lampiran-validasi": _jambi_annexed,
    "sukamaju": _copy(SUKAMAJU),
    "sukamaju-final": _copy(SUKAMAJU),
    "tahun-tipis": _thin,
    "sintetis-10-bidang": _synthetic(10, 500, 50),
    "sintetis-20-bidang": _synthetic(20, 400, 40),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_report_is_byte_identical(
    name: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lkj.validate.rules_ejaan import speller

    folder = CASES[name](tmp_path / "masukan")
    kind: Kind = "final" if name.endswith("-final") else "konsep"
    # the annexed findings are the same on every machine: without the spelling, which needs a dictionary
    monkeypatch.setenv("LKJ_KAMUS", str(tmp_path / "tanpa-kamus"))
    speller.cache_clear()
    try:
        out = build(folder, tmp_path / "laporan.docx", kind=kind)
        digest = hashlib.sha256(out.read_bytes()).hexdigest()
    finally:
        speller.cache_clear()
    pinned = json.loads(HASHES.read_text(encoding="utf-8")) if HASHES.exists() else {}
    if request.config.getoption("--update-golden"):
        pinned[name] = digest
        HASHES.write_text(json.dumps(pinned, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return
    assert name in pinned, f"no hash pinned for {name}: pytest --update-golden"
    assert digest == pinned[name], f"the report of {name} changed (pytest --update-golden if meant)"
