"""lkj web in a real browser: the system's headless Chromium, driven by selenium, through the office's
whole flow. The secretariat starts a new year's work folder from last year's folder; in this year's
folder two bidang open their links, one uploads a workbook with errors, sees them by sheet and cell,
downloads the annotated copy and uploads a fixed one; the secretariat builds a konsep, downloads it with
its Catatan Penyusunan and self-check, tries a final that is refused with its located list, and after the
fix builds the final and sees what changed between the two builds. A screenshot of each page is taken at
a laptop's width (1366 px), into $LKJ_WEB_SHOTS when set (to be looked at), else into the test's own folder.

Skipped when Chromium or its driver is not installed (.ci/run installs both from Debian)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import SUKAMAJU
from tests.helpers import edit_cells, state
from tests.web_helpers import SEKRETARIAT, SPBE, SPBE_FILE, Office, office, serving, until, variant

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)),
        reason="Chromium or chromedriver not installed",
    ),
]
WIDTH, HEIGHT = 1366, 768


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    pytest.importorskip("selenium")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=id-ID",
        f"--user-data-dir={tmp_path / 'profil'}",
        f"--window-size={WIDTH},{HEIGHT}",
    ):
        options.add_argument(flag)
    downloads = tmp_path / "unduhan"
    downloads.mkdir()
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver: object, tmp_path: Path, name: str) -> None:
    """The whole page at 1366 px wide, however long it is."""
    import base64

    folder = Path(os.environ.get("LKJ_WEB_SHOTS") or tmp_path / "layar")
    folder.mkdir(parents=True, exist_ok=True)
    cdp = driver.execute_cdp_cmd  # type: ignore[attr-defined]
    height = cdp("Page.getLayoutMetrics", {})["cssContentSize"]["height"]
    clip = {"x": 0, "y": 0, "width": WIDTH, "height": max(HEIGHT, height), "scale": 1}
    shot = cdp("Page.captureScreenshot", {"captureBeyondViewport": True, "clip": clip})
    (folder / f"{name}.png").write_bytes(base64.b64decode(shot["data"]))


def _text(driver: object) -> str:
    """The page's text; empty while a page is being replaced by the next one."""
    from selenium.common.exceptions import (
        NoSuchElementException,
        StaleElementReferenceException,
        WebDriverException,
    )
    from selenium.webdriver.common.by import By

    try:
        return str(driver.find_element(By.TAG_NAME, "body").text)  # type: ignore[attr-defined]
    except (StaleElementReferenceException, NoSuchElementException):
        return ""
    except WebDriverException as exc:  # Chromium's word for a body replaced while it was read
        if "does not belong to the document" in str(exc):
            return ""
        raise


def _showing(driver: object, text: str) -> str:
    """The page's text once it shows `text` (after a click, the next page may still be loading)."""
    return str(until(lambda: (found := _text(driver)) and text in found and found))


def _downloaded(driver: object, name: str) -> Path:
    folder: Path = driver.downloads  # type: ignore[attr-defined]
    return until(lambda: next((p for p in folder.iterdir() if p.name == name), None))


# this year's workbooks as the office hands them in, filled (the sample's), by the name of the slot the new
# year gave each
FILLED = {
    "00-instansi-2024.xlsx": "00-instansi.xlsx",
    "01-sekretariat-2024.xlsx": "01-sekretariat.xlsx",
    "02-bidang-infrastruktur-dan-layanan-spbe-2024.xlsx": SPBE_FILE,
    "03-bidang-informasi-dan-komunikasi-publik-2024.xlsx": "03-informasi-publik.xlsx",
    "04-bidang-statistik-dan-persandian-2024.xlsx": "04-statistik-persandian.xlsx",
}


def _last_year(tmp_path: Path) -> Path:
    """Last year's folder: the sample's workbooks as they were for 2023."""
    folder = tmp_path / "lkj-2023"
    shutil.copytree(SUKAMAJU, folder)
    edit_cells(folder / "00-instansi.xlsx", "Profil", {"B7": 2023})
    for bidang in sorted(folder.glob("0[1-9]-*.xlsx")):
        edit_cells(bidang, "Identitas", {"B5": 2023})
    return folder


def test_the_office_flow_in_a_browser(workers, browser: object, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    last_year = _last_year(tmp_path)
    before = state(last_year)
    folder = tmp_path / "lkj-2024"
    folder.mkdir()
    web = office(folder, workers)
    with serving(web) as address:
        _flow(browser, web, address, last_year, tmp_path)
    assert state(last_year) == before  # last year's folder was only read


def _flow(driver: object, web: Office, address: str, last_year: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    find = driver.find_element  # type: ignore[attr-defined]
    board = address + web.board

    # the secretariat starts the year from last year's folder
    driver.get(board)  # type: ignore[attr-defined]
    _showing(driver, "Mulai tahun baru dari folder tahun lalu")
    _shot(driver, tmp_path, "00-papan-folder-kosong")
    find(By.ID, "folder").send_keys(str(last_year))
    find(By.XPATH, "//button[contains(., 'Mulai tahun baru')]").click()
    page = _showing(driver, "Tahun 2024 dimulai dari workbook tahun lalu:")
    assert "Perjanjian Kinerja (versi, target dan anggaran) tahun 2024" in page  # to be entered fresh
    assert "0 dari 4 bidang sudah menyerahkan workbook yang sah." in page  # made, not handed in yet
    assert "masih menghalangi laporan final" in page  # the year's own data is not entered yet
    assert sorted(p.name for p in web.folder.glob("*.xlsx")) == sorted(FILLED)
    _shot(driver, tmp_path, "01-tahun-baru-dimulai")

    # … and makes a link for every bidang
    find(By.XPATH, "//button[contains(., 'Buat tautan untuk setiap bidang')]").click()
    _showing(driver, "4 tautan bidang dibuat.")
    links = {
        field.get_attribute("aria-label"): field.get_attribute("value")
        for field in driver.find_elements(By.CSS_SELECTOR, "input.alamat")  # type: ignore[attr-defined]
    }
    assert len(links) == 4 and all(link.startswith(address + "/b/") for link in links.values())
    _shot(driver, tmp_path, "02-papan-sekretariat")
    sekretariat_link, spbe_link = links["Tautan no. 1"], links["Tautan no. 2"]

    # two bidang open their links; each sees its own workbook only, and what it still has to fill
    driver.get(sekretariat_link)  # type: ignore[attr-defined]
    page = _showing(driver, "perlu dilengkapi sebelum laporan final")
    assert SEKRETARIAT in page and SPBE not in page and "Papan" not in page
    driver.get(spbe_link)  # type: ignore[attr-defined]
    page = _showing(driver, "perlu dilengkapi sebelum laporan final")
    assert SPBE in page and SEKRETARIAT not in page
    _shot(driver, tmp_path, "03-halaman-bidang")

    # one uploads its workbook with an error and sees it by sheet and cell at once
    spbe_slot = "02-bidang-infrastruktur-dan-layanan-spbe-2024.xlsx"
    filled = SUKAMAJU / FILLED[spbe_slot]
    broken = tmp_path / "spbe-salah.xlsx"
    broken.write_bytes(variant(filled, tmp_path / "v", "Sub Kegiatan", {"G4": "sembilan puluh"}))
    _upload(driver, broken)
    page = _showing(driver, "Versi 2 disimpan, tetapi belum dipakai karena masih ada 1 galat.")
    assert "Lembar Sub Kegiatan" in page and "G4" in page and "Laporan masih memakai versi 1." in page
    _shot(driver, tmp_path, "04-hasil-pemeriksaan-bergalat")

    # … downloads the annotated copy, its cell marked
    find(By.LINK_TEXT, "Unduh salinan bercatatan").click()
    copy = _downloaded(driver, f"{Path(spbe_slot).stem}-dengan-catatan.xlsx")
    cell = until(lambda: _loaded(copy))["Sub Kegiatan"]["G4"]
    assert cell.comment is not None and "cell.money" in cell.comment.text

    # … and uploads the fixed one
    _upload(driver, filled)
    page = _showing(driver, "Versi 3 diterima dan dipakai untuk laporan.")
    assert "Tidak ada masalah yang ditemukan." in page
    _shot(driver, tmp_path, "05-hasil-pemeriksaan-sah")

    # the secretariat builds a konsep and downloads it, with its Catatan Penyusunan and self-check
    konsep = _build(driver, board, "Susun konsep", "Unduh laporan (.docx)")
    _shot(driver, tmp_path, "06-konsep-selesai")
    find(By.LINK_TEXT, "Unduh laporan (.docx)").click()
    assert (
        _downloaded(
            driver,
            f"LKj-2024-dinas-komunikasi-informatika-dan-statistik-kabupaten-sukamaju-konsep-{konsep}.docx",
        )
        .stat()
        .st_size
        > 10_000
    )
    find(By.LINK_TEXT, "Lihat Catatan Penyusunan").click()
    page = _showing(driver, "masih menghalangi laporan final")
    assert "01-sekretariat-2024.xlsx" in page and spbe_slot not in page
    _shot(driver, tmp_path, "07-catatan-penyusunan")
    driver.back()  # type: ignore[attr-defined]
    find(By.LINK_TEXT, "Lihat swa-evaluasi").click()
    assert "3.b" in _showing(driver, "Perkiraan nilai")
    _shot(driver, tmp_path, "08-swa-evaluasi")

    # … tries a final: refused, with its list by file, sheet and cell
    refused = _build(driver, board, "Susun final", "Laporan final belum dapat disusun:")
    page = _text(driver)
    assert "00-instansi-2024.xlsx" in page and "01-sekretariat-2024.xlsx" in page and "Belum diisi" in page
    assert "Unduh laporan" not in page
    _shot(driver, tmp_path, "09-final-ditolak")

    # the other bidang hand in their filled workbooks, one through its link, the rest by the secretariat
    driver.get(sekretariat_link)  # type: ignore[attr-defined]
    _upload(driver, SUKAMAJU / FILLED["01-sekretariat-2024.xlsx"])
    _showing(driver, "Versi 2 diterima dan dipakai untuk laporan.")
    for number, slot in (
        (1, "00-instansi-2024.xlsx"),
        (4, "03-bidang-informasi-dan-komunikasi-publik-2024.xlsx"),
        (5, "04-bidang-statistik-dan-persandian-2024.xlsx"),
    ):
        driver.get(board)  # type: ignore[attr-defined]
        find(By.XPATH, f"(//a[contains(., 'Versi dan temuan')])[{number}]").click()
        _showing(driver, "Unggah versi baru")
        _upload(driver, SUKAMAJU / FILLED[slot])
        _showing(driver, "Versi 2 diterima dan dipakai untuk laporan.")
    driver.get(board)  # type: ignore[attr-defined]
    _showing(driver, "Siap untuk final")

    # … the final builds
    final = _build(driver, board, "Susun final", "Unduh laporan (.docx)")
    assert "siap ditandatangani" in _text(driver)
    _shot(driver, tmp_path, "10-final-selesai")
    assert (konsep, refused, final) == (1, 2, 3)

    # … and the secretariat sees what changed between the konsep and the final, with the input cells
    driver.get(board)  # type: ignore[attr-defined]
    page = _showing(driver, "Final ditolak:")
    assert "01-sekretariat-2024.xlsx (versi 1 → 2)" in page
    _shot(driver, tmp_path, "11-papan-tiga-susunan")
    Select(find(By.ID, "lama")).select_by_value(str(konsep))
    Select(find(By.ID, "baru")).select_by_value(str(final))
    find(By.XPATH, "//button[contains(., 'Tampilkan perubahan')]").click()
    until(lambda: len(driver.window_handles) == 2)  # type: ignore[attr-defined]
    driver.switch_to.window(driver.window_handles[1])  # type: ignore[attr-defined]
    page = _showing(driver, "Sumber perubahan di workbook masukan")
    assert f"Perubahan: susunan {konsep} → susunan {final}" in page
    assert "CATATAN PENYUSUNAN" in page and "01-sekretariat-2024.xlsx › Sub Kegiatan!" in page
    _shot(driver, tmp_path, "12-perubahan-konsep-final")

    # the secretariat's page of one workbook: its versions, who handed each in and when, any restorable
    driver.switch_to.window(driver.window_handles[0])  # type: ignore[attr-defined]
    find(By.XPATH, "(//a[contains(., 'Versi dan temuan')])[3]").click()
    page = _showing(driver, "Pulihkan")
    assert "Tautan bidang no. 2" in page and "dibuat dari workbook tahun lalu" in page
    _shot(driver, tmp_path, "13-versi-workbook")
    driver.get(address + "/s/bukan-tautan/")  # type: ignore[attr-defined]
    assert "Halaman tidak ditemukan" in _text(driver)
    _shot(driver, tmp_path, "14-halaman-tidak-ditemukan")


def _upload(driver: object, workbook: Path) -> None:
    from selenium.webdriver.common.by import By

    driver.find_element(By.ID, "workbook").send_keys(str(workbook))  # type: ignore[attr-defined]
    driver.find_element(By.XPATH, "//button[contains(., 'Unggah dan periksa')]").click()  # type: ignore[attr-defined]


def _build(driver: object, board: str, button: str, done: str) -> int:
    """Press `button` on the board, follow the build's progress page until it shows `done`; its number."""
    from selenium.webdriver.common.by import By

    driver.get(board)  # type: ignore[attr-defined]
    driver.find_element(By.XPATH, f"//button[contains(., '{button}')]").click()  # type: ignore[attr-defined]
    _showing(driver, "Workbook masukan")
    number = int(str(driver.current_url).rstrip("/").rsplit("/", 1)[1])  # type: ignore[attr-defined]
    _showing(driver, done)  # the page reloads itself when done
    return number


def _loaded(path: Path) -> openpyxl.Workbook | None:
    try:
        return openpyxl.load_workbook(path)
    except Exception:  # still being written by the browser
        return None


@pytest.mark.libreoffice
def test_a_konsep_with_its_pdf_downloads_in_a_browser(
    workers, browser: object, sukamaju_copy: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The secretariat asks for the PDF with a konsep, clicks it on the build's page and gets the report
    as a PDF (its content type, an Indonesian name that says whose report, which year and which build),
    and the page tells where on the office PC the build's files are kept."""
    import subprocess
    import urllib.request

    from selenium.webdriver.common.by import By

    web = office(sukamaju_copy, workers)
    if not web.work.libreoffice or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice or poppler-utils not installed")
    with serving(web) as address:
        driver, find = browser, browser.find_element  # type: ignore[attr-defined]
        driver.get(address + web.board)  # type: ignore[attr-defined]
        _showing(driver, "Buat juga PDF")
        find(By.NAME, "pdf").click()
        find(By.XPATH, "//button[contains(., 'Susun konsep')]").click()
        page = _showing(driver, "Unduh PDF")
        _shot(driver, tmp_path, "15-konsep-dengan-pdf")
        number = int(str(driver.current_url).rstrip("/").rsplit("/", 1)[1])  # type: ignore[attr-defined]
        kept = web.work.report(number, pdf=True)
        assert kept is not None and str(kept.parent) in page  # where it is kept, for the office PC

        link = find(By.LINK_TEXT, "Unduh PDF")
        name = f"LKj-2024-dinas-komunikasi-informatika-dan-statistik-kabupaten-sukamaju-konsep-{number}.pdf"
        assert name in page  # the page names the file it downloads
        link.click()
        pdf = _downloaded(driver, name)
        with urllib.request.urlopen(link.get_attribute("href"), timeout=60) as answer:
            assert answer.headers.get_content_type() == "application/pdf"
            assert answer.headers.get_filename() == name
            assert answer.read() == until(lambda: pdf.read_bytes() if pdf.stat().st_size else None)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "LAPORAN KINERJA" in text.upper() and "SUKAMAJU" in text.upper()
    assert "CATATAN PENYUSUNAN" in text  # the konsep's last chapter: this build's report, not another
