"""lkj web: builds from a copy of the inputs taken at their start, their downloads, a build refused with
its located list, the comparison of two builds; and the `lkj web` command itself."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from markupsafe import escape

from lkj.web.builds import DONE, REFUSED
from lkj.web.pages import XLSX
from lkj.web.slots import slot_id
from tests.conftest import ROOT
from tests.helpers import as_in_a_terminal, text_items, work_list_items
from tests.web_helpers import SPBE, SPBE_FILE, Office, csrf, office, until, upload, variant


@pytest.fixture
def web(sukamaju_copy: Path, workers) -> Office:  # type: ignore[no-untyped-def]
    return office(sukamaju_copy, workers)


def _build(web: Office, kind: str = "konsep") -> int:
    """A build of `kind` pressed on the board, waited for; its number."""
    client = web.app.test_client()
    answer = client.post(web.board + "susun", data={"csrf": csrf(client, web.board), "jenis": kind})
    assert answer.status_code == 302
    number = int(answer.headers["Location"].rstrip("/").rsplit("/", 1)[1])
    until(lambda: client.get(f"{web.board}susun/{number}/status").get_json()["selesai"])
    return number


def _text(docx: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)


def test_a_build_writes_the_report_of_the_inputs_as_they_were_when_it_started(
    web: Office, tmp_path: Path
) -> None:
    client = web.app.test_client()
    original = (web.folder / SPBE_FILE).read_bytes()
    first = _build(web)
    build = web.work.builds.get(first)
    assert build is not None and build.status == DONE and build.docx and not build.pdf
    assert [(i.file, i.version) for i in build.inputs][:3] == [
        ("00-instansi.xlsx", 1),
        ("01-sekretariat.xlsx", 1),
        (SPBE_FILE, 1),
    ]
    report = client.get(f"{web.board}susun/{first}/laporan.docx")
    assert report.status_code == 200
    assert "attachment" in report.headers["Content-Disposition"]
    assert (
        "LKj-2024-dinas-komunikasi-informatika-dan-statistik-kabupaten-sukamaju-konsep-1.docx"
        in report.headers["Content-Disposition"]
    )
    assert "Dinas Komunikasi, Informatika dan Statistik" in _text(report.data)
    assert (web.work.builds.inputs_dir(first) / SPBE_FILE).read_bytes() == original

    changed = variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", {"I4": 94000000})
    upload(client, web.link(SPBE), changed)
    second = _build(web)
    assert (web.work.builds.inputs_dir(first) / SPBE_FILE).read_bytes() == original  # kept as it was
    assert (web.work.builds.inputs_dir(second) / SPBE_FILE).read_bytes() == changed
    board = client.get(web.board).get_data(as_text=True)
    assert "Susunan 2" in board and f'{SPBE_FILE} <span class="keterangan">(versi 1 → 2)' in board

    # the comparison: started, then shown as lkj diff's page, with the cells that changed in the inputs
    address = f"{web.board}banding?lama={first}&baru={second}"
    waiting = client.get(address)
    assert "Kedua laporan sedang dibandingkan" in waiting.get_data(as_text=True)
    until(lambda: client.get(f"{web.board}banding/status?lama=1&baru=2").get_json()["selesai"])
    page = client.get(address)
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and '<meta name="generator" content="lkj diff">' in text
    assert "Perubahan: susunan 1 → susunan 2" in text
    assert "Sumber perubahan di workbook masukan" in text and "Sub Kegiatan!I4" in text
    assert "<del>93.100.000</del>" in text and "<ins>94.000.000</ins>" in text
    policy = page.headers["Content-Security-Policy"]
    assert "style-src 'sha256-" in policy and "unsafe" not in policy and "script-src 'self'" in policy

    # a bidang link reaches none of it
    own = web.link(SPBE)
    for path in ("susun/1/laporan.docx", f"banding?lama={first}&baru={second}", "susun/1/status"):
        assert client.get(own + path).status_code == 404


def test_a_build_with_errors_is_refused_with_its_located_list_and_writes_nothing(
    web: Office, tmp_path: Path
) -> None:
    broken = variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", {"G4": "banyak"})
    (web.folder / SPBE_FILE).write_bytes(broken)  # by hand: an upload with errors would not be used
    number = _build(web)
    build = web.work.builds.get(number)
    assert build is not None and build.status == REFUSED and not build.docx
    assert [(f.code, f.file, f.where) for f in build.errors] == [("cell.money", SPBE_FILE, "Sub Kegiatan!G4")]
    assert not (web.work.builds.dir(number) / "laporan.docx").exists()
    page = web.app.test_client().get(f"{web.board}susun/{number}/").get_data(as_text=True)
    assert "Laporan belum dapat disusun: 1 galat" in page and "Sub Kegiatan!G4" in page
    assert web.app.test_client().get(f"{web.board}susun/{number}/laporan.docx").status_code == 404


def test_an_upload_during_a_build_is_taken_and_the_build_keeps_its_own_copy(
    web: Office, tmp_path: Path
) -> None:
    client = web.app.test_client()
    original = (web.folder / SPBE_FILE).read_bytes()
    changed = variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", {"I4": 94000000})
    answer = client.post(web.board + "susun", data={"csrf": csrf(client, web.board)})
    number = int(answer.headers["Location"].rstrip("/").rsplit("/", 1)[1])
    upload(client, web.link(SPBE), changed)
    assert web.work.slots.versions(slot_id(SPBE))[0].used
    until(lambda: client.get(f"{web.board}susun/{number}/status").get_json()["selesai"])
    build = web.work.builds.get(number)
    assert build is not None and build.status == DONE
    assert (web.work.builds.inputs_dir(number) / SPBE_FILE).read_bytes() == original
    assert (web.folder / SPBE_FILE).read_bytes() == changed


def test_lkj_web_serves_the_folder_until_interrupted_and_refuses_a_second_server(sukamaju_copy: Path) -> None:
    lkj = Path(sys.executable).with_name("lkj")
    command = [str(lkj), "web", str(sukamaju_copy), "--port", "0"]
    server = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        preexec_fn=as_in_a_terminal,
    )
    try:
        lines = []
        assert server.stdout is not None
        for line in server.stdout:
            lines.append(line)
            if line.startswith("Papan sekretariat"):
                break
        address = lines[-1].split(": ", 1)[1].strip()
        assert address.startswith("http://127.0.0.1:") and "/s/" in address
        assert "hanya komputer ini" in "".join(lines)
        with urllib.request.urlopen(address) as page:  # loopback only
            assert "Papan Sekretariat" in page.read().decode("utf-8")

        second = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert second.returncode == 2
        assert "sudah dilayani oleh `lkj web` lain" in second.stderr
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=120)
    assert server.returncode == 0, err
    assert "Halaman web lkj dihentikan." in out


def test_lkj_web_refuses_a_missing_folder(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("web", tmp_path / "tidak-ada")
    assert result.exit_code == 2
    assert "Folder kerja" in result.output and "tidak ditemukan" in result.output


def test_lkj_web_is_listed_in_the_help(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--help")
    assert result.exit_code == 0 and "web" in result.output


@pytest.mark.libreoffice
def test_a_build_with_pdf_offers_both_downloads(web: Office) -> None:
    if not web.work.libreoffice:
        pytest.skip("LibreOffice is not installed")
    client = web.app.test_client()
    answer = client.post(web.board + "susun", data={"csrf": csrf(client, web.board), "pdf": "1"})
    number = int(answer.headers["Location"].rstrip("/").rsplit("/", 1)[1])
    until(lambda: client.get(f"{web.board}susun/{number}/status").get_json()["selesai"])
    build = web.work.builds.get(number)
    assert build is not None and (build.status, build.docx, build.pdf) == (DONE, True, True)
    pdf = client.get(f"{web.board}susun/{number}/laporan.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    assert "Unduh PDF" in client.get(f"{web.board}susun/{number}/").get_data(as_text=True)


def test_a_build_offers_the_lke_self_check_of_its_inputs_and_the_kertas_kerja(
    web: Office,
    run,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    client = web.app.test_client()
    number = _build(web)
    page = client.get(f"{web.board}susun/{number}/").get_data(as_text=True)
    assert "Lihat swa-evaluasi" in page and "Unduh kertas kerja reviu (.xlsx)" in page

    # the page: what `lkj periksa` finds in the same inputs, criterion by criterion
    expected = json.loads(run("periksa", web.work.builds.inputs_dir(number), "--format", "json").output)
    shown = " ".join(client.get(f"{web.board}susun/{number}/swa-evaluasi").get_data(as_text=True).split())
    assert f"{expected['instansi']} tahun {expected['tahun']}" in shown
    for sub in expected["subkomponen"]:
        assert f"{sub['kode']} {sub['nama']}" in shown
        for criterion in sub["kriteria"]:
            assert f'<td class="kol-sel">{criterion["kode"]}</td>' in shown
            assert escape(criterion["alasan"]) in shown
            for item in criterion["butir"]:
                fix = item["perbaikan"]
                if not item["ada"] and not item["dikecualikan"] and fix:
                    assert escape(f"Isi {fix['berkas']} › {fix['lembar']}") in shown

    # the kertas kerja: what `lkj periksa --reviu` writes, cell for cell
    sheet = client.get(f"{web.board}susun/{number}/kertas-kerja-reviu.xlsx")
    assert sheet.status_code == 200
    assert "kertas-kerja-reviu-2024-susunan-1.xlsx" in sheet.headers["Content-Disposition"]
    reviu = tmp_path / "reviu.xlsx"
    assert run("periksa", web.work.builds.inputs_dir(number), "--reviu", reviu).exit_code == 0
    got, want = openpyxl.load_workbook(io.BytesIO(sheet.data)), openpyxl.load_workbook(reviu)
    assert [list(ws.values) for ws in got.worksheets] == [list(ws.values) for ws in want.worksheets]

    own = web.link(SPBE)
    for path in (f"susun/{number}/swa-evaluasi", f"susun/{number}/kertas-kerja-reviu.xlsx"):
        assert client.get(own + path).status_code == 404


def test_a_final_is_refused_with_its_located_list_a_konsep_carries_it_and_the_final_builds_after_the_fix(
    web: Office,
    run,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    client = web.app.test_client()
    original = (web.folder / SPBE_FILE).read_bytes()
    upload(
        client,
        web.link(SPBE),
        variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", {"G4": None, "I4": None}),
    )
    board = client.get(web.board).get_data(as_text=True)
    assert 'value="konsep"' in board and 'value="final"' in board

    # a final while a pagu is not entered yet: refused, with the list `lkj build --final` tells
    refused = _build(web, "final")
    build = web.work.builds.get(refused)
    assert build is not None and (build.status, build.kind, build.refused_final) == (REFUSED, "final", True)
    assert [(f.file, f.where, f.gap) for f in build.blocking] == [(SPBE_FILE, "Sub Kegiatan!G4", True)]
    page = " ".join(client.get(f"{web.board}susun/{refused}/").get_data(as_text=True).split())
    assert "Laporan final belum dapat disusun: 1 hal" in page
    heading = f'<h3 class="berkas">{SPBE_FILE} <span class="keterangan">(1 hal)</span></h3>'
    assert heading in page and "Lembar Sub Kegiatan" in page and ">G4<" in page and "Belum diisi" in page
    assert not list(web.work.builds.dir(refused).glob("*.docx"))
    assert client.get(f"{web.board}susun/{refused}/laporan.docx").status_code == 404
    assert "Final ditolak: 1 hal" in client.get(web.board).get_data(as_text=True)

    # a konsep of the same input builds: watermarked, ending with the Catatan Penyusunan, which is also
    # a page and a file of its own
    konsep = _build(web, "konsep")
    build = web.work.builds.get(konsep)
    assert build is not None and (build.status, build.kind, build.docx) == (DONE, "konsep", True)
    docx = client.get(f"{web.board}susun/{konsep}/laporan.docx").data
    assert "CATATAN PENYUSUNAN" in _text(docx) and b"KONSEP" in _headers(docx)
    page = " ".join(client.get(f"{web.board}susun/{konsep}/catatan").get_data(as_text=True).split())
    assert "1 hal</span> masih menghalangi laporan final" in page
    assert heading in page and "Lembar Sub Kegiatan" in page and ">G4<" in page
    text = client.get(f"{web.board}susun/{konsep}/catatan-penyusunan.txt")
    assert "catatan-penyusunan-2024-susunan-2.txt" in text.headers["Content-Disposition"]
    told = run("build", web.work.builds.inputs_dir(konsep), "--final", "-o", tmp_path / "final.docx").output
    located = told[: told.index("Laporan final terhalang")]
    assert located.strip() and located in text.get_data(as_text=True)
    assert "Unduh daftar kerja untuk bidang (.xlsx)" in page
    work_list = client.get(f"{web.board}susun/{konsep}/catatan-penyusunan.xlsx")
    assert "catatan-penyusunan-2024-susunan-2.xlsx" in work_list.headers["Content-Disposition"]
    assert work_list.mimetype == XLSX
    assert work_list_items(work_list.data) == text_items(text.get_data(as_text=True))

    # the bidang fixes it; the final builds, without watermark or Catatan
    upload(client, web.link(SPBE), original)
    final = _build(web, "final")
    build = web.work.builds.get(final)
    assert build is not None and (build.status, build.kind, build.docx) == (DONE, "final", True)
    docx = client.get(f"{web.board}susun/{final}/laporan.docx").data
    assert "CATATAN PENYUSUNAN" not in _text(docx) and b"KONSEP" not in _headers(docx)
    assert client.get(f"{web.board}susun/{final}/catatan").status_code == 404
    page = client.get(f"{web.board}susun/{final}/").get_data(as_text=True)
    assert "Susunan 3: laporan final" in page and "siap ditandatangani" in page

    own = web.link(SPBE)
    for path in (
        f"susun/{konsep}/catatan",
        f"susun/{konsep}/catatan-penyusunan.txt",
        f"susun/{konsep}/catatan-penyusunan.xlsx",
        f"susun/{refused}/",
    ):
        assert client.get(own + path).status_code == 404


def _headers(docx: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return b"".join(package.read(n) for n in package.namelist() if n.startswith("word/header"))
