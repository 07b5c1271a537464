"""lkj web in a real browser: the system's headless Chromium, driven by selenium, through the flow the
office has today. The secretariat opens the board and makes the bidang links; two bidang open theirs; one
uploads a workbook with errors, sees them by sheet and cell, downloads the annotated copy and uploads a
fixed one; the secretariat builds, downloads the report, builds again after a change and sees the
difference between the two builds. A screenshot of each page is taken at a laptop's width (1366 px), into
$LKJ_WEB_SHOTS when set (to be looked at), else into the test's own folder.

Skipped when Chromium or its driver is not installed (.ci/run installs both from Debian)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

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
def served(sukamaju_copy: Path, workers) -> Iterator[tuple[Office, str]]:  # type: ignore[no-untyped-def]
    """The work folder served by waitress on a free port of the loopback address, as `lkj web` serves it."""
    web = office(sukamaju_copy, workers)
    with serving(web) as address:
        yield web, address


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


def test_the_office_flow_in_a_browser(served: tuple[Office, str], browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    web, address = served
    driver = browser
    find = driver.find_element  # type: ignore[attr-defined]

    # the secretariat opens its board and makes a link for every bidang
    driver.get(address + web.board)  # type: ignore[attr-defined]
    assert "4 dari 4 bidang sudah menyerahkan workbook yang sah." in _text(driver)
    find(By.XPATH, "//button[contains(., 'Buat tautan untuk setiap bidang')]").click()
    _showing(driver, "4 tautan bidang dibuat.")
    links = {
        field.get_attribute("aria-label"): field.get_attribute("value")
        for field in driver.find_elements(By.CSS_SELECTOR, "input.alamat")  # type: ignore[attr-defined]
    }
    assert len(links) == 4 and all(link.startswith(address + "/b/") for link in links.values())
    _shot(driver, tmp_path, "01-papan-sekretariat")
    spbe_link, sekretariat_link = links["Tautan no. 2"], links["Tautan no. 1"]

    # two bidang open their links
    driver.get(sekretariat_link)  # type: ignore[attr-defined]
    assert SEKRETARIAT in _text(driver) and SPBE not in _text(driver)
    driver.get(spbe_link)  # type: ignore[attr-defined]
    assert SPBE in _text(driver) and "Versi 1" in _text(driver)
    _shot(driver, tmp_path, "02-halaman-bidang")

    # one uploads a workbook with errors and sees them by sheet and cell
    broken = tmp_path / "spbe-salah.xlsx"
    broken.write_bytes(
        variant(web.folder / SPBE_FILE, tmp_path / "v", "Sub Kegiatan", {"G4": "sembilan puluh"})
    )
    find(By.ID, "workbook").send_keys(str(broken))
    find(By.XPATH, "//button[contains(., 'Unggah dan periksa')]").click()
    page = _showing(driver, "Versi 2 disimpan, tetapi belum dipakai karena masih ada 1 galat.")
    assert "Lembar Sub Kegiatan" in page and "G4" in page
    _shot(driver, tmp_path, "03-hasil-pemeriksaan-bergalat")

    # … downloads the annotated copy
    find(By.LINK_TEXT, "Unduh salinan bercatatan").click()
    copy = _downloaded(driver, f"{Path(SPBE_FILE).stem}-dengan-catatan.xlsx")
    cell = until(lambda: _loaded(copy))["Sub Kegiatan"]["G4"]
    assert cell.comment is not None and "cell.money" in cell.comment.text

    # … and uploads a fixed one
    fixed = tmp_path / "spbe-benar.xlsx"
    fixed.write_bytes((web.folder / SPBE_FILE).read_bytes())
    find(By.ID, "workbook").send_keys(str(fixed))
    find(By.XPATH, "//button[contains(., 'Unggah dan periksa')]").click()
    _showing(driver, "Versi 3 diterima dan dipakai untuk laporan.")
    _shot(driver, tmp_path, "04-hasil-pemeriksaan-sah")

    # the secretariat builds and downloads the report
    first = _build(driver, address + web.board, tmp_path, shot="05-susunan-selesai")
    find(By.LINK_TEXT, "Unduh laporan (.docx)").click()
    assert _downloaded(driver, "LKj-2024-susunan-1.docx").stat().st_size > 10_000

    # a bidang changes a figure; the secretariat builds again and compares the two builds
    changed = tmp_path / "spbe-berubah.xlsx"
    changed.write_bytes(variant(web.folder / SPBE_FILE, tmp_path / "w", "Sub Kegiatan", {"I4": 94000000}))
    driver.get(spbe_link)  # type: ignore[attr-defined]
    find(By.ID, "workbook").send_keys(str(changed))
    find(By.XPATH, "//button[contains(., 'Unggah dan periksa')]").click()
    _showing(driver, "Versi 4 diterima dan dipakai untuk laporan.")
    second = _build(driver, address + web.board, tmp_path)
    assert (first, second) == (1, 2)

    driver.get(address + web.board)  # type: ignore[attr-defined]
    assert "versi 3 → 4" in _text(driver)
    _shot(driver, tmp_path, "06-papan-dua-susunan")
    find(By.XPATH, "//button[contains(., 'Tampilkan perubahan')]").click()
    until(lambda: len(driver.window_handles) == 2)  # type: ignore[attr-defined]
    driver.switch_to.window(driver.window_handles[1])  # type: ignore[attr-defined]
    page = _showing(driver, "Sumber perubahan di workbook masukan")
    assert "Perubahan: susunan 1 → susunan 2" in page and "Sub Kegiatan!I4" in page and "94.000.000" in page
    _shot(driver, tmp_path, "07-perubahan-antar-susunan")

    # the secretariat's page of one workbook: its versions, any of which it can restore
    driver.switch_to.window(driver.window_handles[0])  # type: ignore[attr-defined]
    find(By.XPATH, "(//a[contains(., 'Versi dan temuan')])[3]").click()
    assert "Tautan bidang no. 2" in _showing(driver, "Pulihkan")
    _shot(driver, tmp_path, "08-versi-workbook")
    driver.get(address + "/s/bukan-tautan/")  # type: ignore[attr-defined]
    assert "Halaman tidak ditemukan" in _text(driver)
    _shot(driver, tmp_path, "09-halaman-tidak-ditemukan")


def _build(driver: object, board: str, tmp_path: Path, shot: str | None = None) -> int:
    from selenium.webdriver.common.by import By

    driver.get(board)  # type: ignore[attr-defined]
    driver.find_element(By.XPATH, "//button[contains(., 'Susun laporan')]").click()  # type: ignore[attr-defined]
    _showing(driver, "Workbook masukan")
    number = int(str(driver.current_url).rstrip("/").rsplit("/", 1)[1])  # type: ignore[attr-defined]
    _showing(driver, "Unduh laporan (.docx)")  # the page reloads itself when done
    if shot:
        _shot(driver, tmp_path, shot)
    return number


def _loaded(path: Path) -> openpyxl.Workbook | None:
    try:
        return openpyxl.load_workbook(path)
    except Exception:  # still being written by the browser
        return None
