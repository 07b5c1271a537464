"""lkj web: a year started from last year's workbooks (`lkj templates --dari LAST --tahun N+1` into the work
folder), from a folder on this computer or from the workbooks uploaded; last year's folder is only read."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from markupsafe import escape

from lkj.web.slots import INSTANSI
from tests.conftest import SUKAMAJU
from tests.helpers import state
from tests.web_helpers import Office, csrf, office


@pytest.fixture
def web(tmp_path: Path, workers) -> Office:  # type: ignore[no-untyped-def]
    folder = tmp_path / "kerja-2025"
    folder.mkdir()
    return office(folder, workers)


@pytest.fixture
def last_year(sukamaju_copy: Path) -> Path:
    return sukamaju_copy


def _start(web: Office, **form: object) -> str:
    client = web.app.test_client()
    answer = client.post(
        web.board + "tahun-baru",
        data={"csrf": csrf(client, web.board), **form},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 302
    return " ".join(client.get(web.board).get_data(as_text=True).split())


def _cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    workbook = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in workbook.worksheets}


def _same_as_the_command(web: Office, run, tahun: int, tmp_path: Path, last_year: Path) -> str:  # type: ignore[no-untyped-def]
    """The work folder holds what `lkj templates OUT --dari LAST --tahun TAHUN` writes, cell for cell."""
    expected = tmp_path / "perintah"
    told = run("templates", expected, "--dari", last_year, "--tahun", str(tahun))
    assert told.exit_code == 0
    made = sorted(p.name for p in web.folder.iterdir() if not p.name.startswith("."))
    assert made == sorted(p.name for p in expected.iterdir())
    for name in made:
        if name.endswith(".xlsx"):
            assert _cells(web.folder / name) == _cells(expected / name), name
        else:  # the logo the instansi workbook names, copied beside it
            assert (web.folder / name).read_bytes() == (expected / name).read_bytes(), name
    return told.output


def test_a_year_starts_from_last_years_folder_which_is_only_read(
    web: Office,
    last_year: Path,
    run,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    before = state(last_year)
    board = _start(web, folder=str(last_year))
    assert before == state(last_year)
    assert "Tahun 2025 dimulai dari workbook tahun lalu:" in board
    assert "Folder tahun lalu tidak diubah." in board
    told = _same_as_the_command(web, run, 2025, tmp_path, last_year)
    # the summary the command prints: what was carried over, and what must be entered fresh
    fresh = told[told.index("Harus diisi baru untuk tahun 2025:") :].splitlines()[1:]
    assert fresh and all(f"<li>{escape(line.strip()[2:])}</li>" in board for line in fresh if line.strip())
    carried = told[told.index("Dibawa dari") : told.index("Harus diisi baru")].splitlines()[1:]
    assert all(f"<li>{escape(line.strip()[2:])}</li>" in board for line in carried if line.strip())
    held = web.work.slots.current(INSTANSI)
    assert held is not None and (web.folder / held.file).is_file()
    first = web.work.slots.versions(INSTANSI)[0]
    assert (first.number, first.note) == (1, "dibuat dari workbook tahun lalu")
    assert "Mulai tahun baru dari folder tahun lalu" not in board  # a year is started once
    # the workbooks the year was started with are in use, not handed in
    assert "0 dari 4 bidang sudah menyerahkan workbook yang sah. Belum: Sekretariat, " in board
    assert board.count('Versi 1 <span class="keterangan">(dari tahun lalu)</span>') == 5

    again = _start(web, folder=str(last_year))
    assert "Tahun baru belum dimulai; tidak ada yang berubah. Folder kerja ini sudah berisi" in again


def test_a_year_starts_from_last_years_workbooks_uploaded(
    web: Office,
    last_year: Path,
    run,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    files = [(io.BytesIO(p.read_bytes()), p.name) for p in sorted(last_year.iterdir())]  # the logo too
    board = _start(web, tahun="2026", tahun_lalu=files)
    assert "Tahun 2026 dimulai dari workbook tahun lalu:" in board
    _same_as_the_command(web, run, 2026, tmp_path, last_year)
    kept = list((web.work.state / "tahun-lalu").iterdir())
    assert len(kept) == 1 and sorted(p.name for p in kept[0].iterdir()) == sorted(
        p.name for p in last_year.iterdir()
    )


@pytest.mark.parametrize("where", ["missing", "nul", "file", "empty", "itself", "parent"])
def test_last_years_folder_must_exist_hold_workbooks_and_not_the_work_folder(
    web: Office, where: str, tmp_path: Path
) -> None:
    (tmp_path / "kosong").mkdir()
    (tmp_path / "berkas.txt").write_text("bukan folder")
    folder = {
        "missing": str(tmp_path / "tidak-ada"),
        "nul": f"{tmp_path}/a\x00b",
        "file": str(tmp_path / "berkas.txt"),
        "empty": str(tmp_path / "kosong"),
        "itself": str(web.folder),
        "parent": str(tmp_path),
    }[where]
    before = state(tmp_path)
    board = _start(web, folder=folder)
    assert "Tahun baru belum dimulai; tidak ada yang berubah." in board
    told = {
        "missing": "tidak ditemukan di komputer ini",
        "nul": "tidak ditemukan di komputer ini",
        "file": "tidak ditemukan di komputer ini",
        "empty": "tidak berisi workbook instansi yang dapat dibaca",
        "itself": "tidak boleh sama",
        "parent": "memuatnya",
    }
    assert told[where] in board
    after = state(tmp_path)
    assert {k: v for k, v in after.items() if ".lkj-web" not in k} == {
        k: v for k, v in before.items() if ".lkj-web" not in k
    }
    assert web.work.slots.current(INSTANSI) is None


def test_uploads_of_last_year_that_are_no_workbooks_change_nothing(web: Office) -> None:
    good = (SUKAMAJU / "00-instansi.xlsx").read_bytes()
    board = _start(web, tahun_lalu=[(io.BytesIO(good), "00-instansi.xlsx"), (io.BytesIO(b"%PDF"), "x.xlsx")])
    assert "Tahun baru belum dimulai; tidak ada yang berubah. Berkas ini bukan workbook Excel" in board
    assert sorted(p.name for p in web.folder.iterdir()) == [".lkj-web"]
    assert not (web.work.state / "tahun-lalu").exists() or not any((web.work.state / "tahun-lalu").iterdir())
    nothing = _start(web, tahun="2025")
    assert "Pilih workbook tahun lalu yang akan diunggah, atau sebutkan foldernya." in nothing
