"""lkj web served by waitress as `lkj web` serves it, reached over HTTP by many browsers at once: uploads
of two bidang sent together, with corrupt files among them, lose nothing that was handed in before or
beside them; a bidang link reaches nothing but its own workbook, whatever address or form it tries."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest

from lkj.web.slots import INSTANSI, slot_id
from tests.web_helpers import (
    SEKRETARIAT,
    SEKRETARIAT_FILE,
    SPBE,
    SPBE_FILE,
    Browser,
    Office,
    csrf,
    office,
    serving,
    until,
    upload,
    variant,
)


@pytest.fixture
def web(sukamaju_copy: Path, workers) -> Office:  # type: ignore[no-untyped-def]
    return office(sukamaju_copy, workers)


def _folder(web: Office) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in web.folder.iterdir() if p.is_file()}


def test_twenty_concurrent_uploads_and_corrupt_files_over_http_lose_no_upload(
    web: Office, tmp_path: Path
) -> None:
    own, other = web.link(SPBE), web.link(SEKRETARIAT)
    sources = {own: web.folder / SPBE_FILE, other: web.folder / SEKRETARIAT_FILE}
    first = {own: (web.folder / SPBE_FILE).read_bytes(), other: (web.folder / SEKRETARIAT_FILE).read_bytes()}
    sent: dict[str, list[bytes]] = {own: [], other: []}
    for i in range(20):
        page = own if i % 2 else other
        sent[page].append(variant(sources[page], tmp_path / str(i), "Identitas", {"B6": f"Pengisi ke-{i}"}))
    truncated = first[own][: len(first[own]) // 2]
    corrupt = [(own, truncated), (own, b"PK\x03\x04" + b"\0" * 5000), (other, b"%PDF-1.7"), (other, b"")]
    jobs = [(page, data, "valid") for page in sent for data in sent[page]]
    jobs += [(page, data, "corrupt") for page, data in corrupt]
    answers: list[tuple[str, int, str]] = []
    lock = threading.Lock()

    with serving(web) as address:
        start = threading.Barrier(len(jobs))

        def send(page: str, data: bytes, kind: str) -> None:
            browser = Browser(address)
            browser.get(page)  # the session cookie of the form's token
            start.wait()
            status, text = browser.upload(page, data)
            with lock:
                answers.append((kind, status, text))

        threads = [threading.Thread(target=send, args=job) for job in jobs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    assert sorted(kind for kind, *_ in answers) == ["corrupt"] * 4 + ["valid"] * 20
    for kind, status, text in answers:
        assert status == 200
        if kind == "corrupt":
            assert "Unggahan ditolak; tidak ada yang berubah." in text
        else:
            assert "diterima dan dipakai untuk laporan" in text
    for page, slot, file in (
        (own, slot_id(SPBE), SPBE_FILE),
        (other, slot_id(SEKRETARIAT), SEKRETARIAT_FILE),
    ):
        versions = web.work.slots.versions(slot)
        assert [v.number for v in versions] == list(range(len(sent[page]) + 1, 0, -1))
        assert web.work.slots.path(slot, 1).read_bytes() == first[page]  # the earlier upload is kept
        kept = sorted(web.work.slots.path(slot, v.number).read_bytes() for v in versions[:-1])
        assert kept == sorted(sent[page])  # every one sent, none of the corrupt ones
        latest = web.work.slots.path(slot, versions[0].number).read_bytes()
        assert (web.folder / file).read_bytes() == latest
    assert list((web.work.state / "masuk").iterdir()) == []


def test_a_bidang_link_can_neither_read_nor_write_another_workbook_or_any_build(
    web: Office, tmp_path: Path
) -> None:
    client = web.app.test_client()
    board = web.board
    answer = client.post(board + "susun", data={"csrf": csrf(client, board)})
    number = int(answer.headers["Location"].rstrip("/").rsplit("/", 1)[1])
    until(lambda: client.get(f"{board}susun/{number}/status").get_json()["selesai"])
    assert client.get(f"{board}susun/{number}/laporan.docx").status_code == 200
    broken = variant(web.folder / SEKRETARIAT_FILE, tmp_path, "Sub Kegiatan", {"G4": "banyak"})
    upload(client, web.link(SEKRETARIAT), broken)  # a version of theirs with an annotated copy
    assert client.get(f"{board}berkas/{slot_id(SEKRETARIAT)}/versi/2/catatan.xlsx").status_code == 200

    own = web.link(SPBE)
    token = own.split("/")[2]
    theirs, instansi = slot_id(SEKRETARIAT), INSTANSI
    before = _folder(web)
    versions = {slot: len(web.work.slots.versions(slot)) for slot in (slot_id(SPBE), theirs, INSTANSI)}
    reads = [
        f"{own}berkas/{theirs}/versi/1.xlsx",
        f"{own}berkas/{theirs}/versi/2/catatan.xlsx",
        f"{own}berkas/{instansi}/versi/1.xlsx",
        f"{own}susun/{number}/",
        f"{own}susun/{number}/laporan.docx",
        f"{own}susun/{number}/status",
        f"{own}banding?lama=1&baru={number}",
        f"{own}versi/3.xlsx",
        f"{own}versi/2/catatan.xlsx",  # version 2 is the other bidang's, not this link's
        f"/s/{token}/",
        f"/s/{token}/susun/{number}/laporan.docx",
        f"/s/{token}/berkas/{theirs}/versi/1.xlsx",
        f"/b/{token}/../../s/{web.work.access.secretariat_token}/",
    ]
    for path in reads:
        got = client.get(path)
        assert got.status_code == 404, path
        assert got.data != before[SEKRETARIAT_FILE] and b"PK\x03\x04" not in got.data[:4], path

    form = csrf(client, own)
    data = (web.folder / SEKRETARIAT_FILE).read_bytes()
    writes = [
        (f"{own}berkas/{theirs}/unggah", {"workbook": (data, SEKRETARIAT_FILE)}),
        (f"{own}berkas/{theirs}/pulihkan", {"versi": "2"}),
        (f"/s/{token}/berkas/{theirs}/unggah", {"workbook": (data, SEKRETARIAT_FILE)}),
        (f"/s/{token}/berkas/{theirs}/pulihkan", {"versi": "2"}),
        (f"/s/{token}/susun", {}),
        (f"/s/{token}/tautan", {"aksi": "buat-semua"}),
        (f"{own}tautan", {"aksi": "cabut", "nomor": "2"}),
        (f"{own}susun", {}),
    ]
    for path, fields in writes:
        sent = {k: (io.BytesIO(v[0]), v[1]) if isinstance(v, tuple) else v for k, v in fields.items()}
        got = client.post(path, data={"csrf": form, **sent}, content_type="multipart/form-data")
        assert got.status_code in (400, 404), path
    # its own upload form with the other bidang's workbook: refused by what the workbook says it is
    upload(client, own, data, SEKRETARIAT_FILE)
    assert f"Workbook ini untuk {SEKRETARIAT}, bukan {SPBE}" in client.get(own).get_data(as_text=True)

    assert _folder(web) == before
    assert {slot: len(web.work.slots.versions(slot)) for slot in versions} == versions
    assert [b.number for b in web.work.builds.all()] == [number]
    assert [link.revoked for link in web.work.access.links()] == [None, None]
