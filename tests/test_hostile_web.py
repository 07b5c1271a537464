"""lkj web given hostile uploads: the name an upload comes with never names what is offered back for
download, and a form that cannot be read is told as such (not as a stale form)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj.web.slots import slot_id
from tests.web_helpers import SPBE, SPBE_FILE, Office, csrf, office, upload


@pytest.fixture
def web(sukamaju_copy: Path, workers) -> Office:  # type: ignore[no-untyped-def]
    return office(sukamaju_copy, workers)


@pytest.mark.parametrize(
    ("sent", "offered"),
    [
        ("x\u202eslx.exe", "versi-{}-xslx.exe.xlsx"),  # shown as x‮slx.exe: "x" then "exe.xlsx" backwards
        ("workbook", "versi-{}-workbook.xlsx"),
        ("../../isian bidang.XLSX", "versi-{}-isian-bidang.xlsx"),
    ],
)
def test_a_version_is_offered_under_a_name_of_lkjs_own_ending_in_xlsx(web: Office, sent: str, offered: str):
    client = web.app.test_client()
    page = web.link(SPBE)
    answer = upload(client, page, (web.folder / SPBE_FILE).read_bytes(), sent)
    assert answer.status_code == 302
    number = max(v.number for v in web.work.slots.versions(slot_id(SPBE)))
    download = client.get(page + f"versi/{number}.xlsx")
    assert download.headers["Content-Disposition"] == f"attachment; filename={offered.format(number)}"


def test_an_upload_whose_name_is_not_utf8_is_told_plainly_and_nothing_changes(web: Office):
    client = web.app.test_client()
    page = web.link(SPBE)
    before = [v.number for v in web.work.slots.versions(slot_id(SPBE))]
    boundary = "----lkj"
    body = b"".join(
        [
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n'.encode(),
            csrf(client, page).encode(),
            f"\r\n--{boundary}\r\n".encode(),
            b'Content-Disposition: form-data; name="workbook"; filename="isian-\xff.xlsx"\r\n',
            b"Content-Type: application/octet-stream\r\n\r\n",
            (web.folder / SPBE_FILE).read_bytes(),
            f"\r\n--{boundary}--\r\n".encode(),
        ]
    )
    answer = client.post(page + "unggah", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert answer.status_code == 400
    text = " ".join(answer.get_data(as_text=True).split())
    assert (
        "Isi formulir tidak dapat dibaca, sehingga tidak diproses dan tidak ada yang berubah. Biasanya nama "
        "berkas yang diunggah memuat karakter yang tidak dikenali" in text
    )
    assert "kedaluwarsa" not in text
    assert [v.number for v in web.work.slots.versions(slot_id(SPBE))] == before
