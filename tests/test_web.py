"""lkj web through the Flask test client: who may open what, the protections of every form and upload,
and versions that lose nothing."""

from __future__ import annotations

import io
import logging
import threading
from pathlib import Path

import openpyxl
import pytest

from lkj.web.slots import INSTANSI, slot_id
from tests.web_helpers import (
    SEKRETARIAT,
    SEKRETARIAT_FILE,
    SPBE,
    SPBE_FILE,
    Office,
    csrf,
    office,
    until,
    upload,
    variant,
)

BROKEN_MONEY = {"G4": "sembilan puluh lima juta"}


@pytest.fixture
def web(sukamaju_copy: Path, workers) -> Office:  # type: ignore[no-untyped-def]
    return office(sukamaju_copy, workers)


def test_the_work_folder_is_adopted_as_it_is_and_stays_a_plain_folder(web: Office) -> None:
    names = sorted(p.name for p in web.folder.iterdir())
    assert names == [
        ".lkj-web",
        "00-instansi.xlsx",
        SEKRETARIAT_FILE,
        SPBE_FILE,
        "03-informasi-publik.xlsx",
        "04-statistik-persandian.xlsx",
        "logo-sukamaju.png",  # the logo the Profil names, beside the workbooks
    ]
    versions = web.work.slots.versions(slot_id(SPBE))
    assert [(v.number, v.who, v.valid, v.used) for v in versions] == [(1, "folder", True, True)]
    assert web.work.check is not None and web.work.check.findings == ()  # the state folder is not told


def test_the_board_opens_with_the_secretariat_link_only(web: Office) -> None:
    client = web.app.test_client()
    page = client.get(web.board)
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Papan Sekretariat" in text and "4 dari 4 bidang sudah menyerahkan workbook yang sah." in text
    bidang = web.link(SPBE)
    secretariat = web.work.access.secretariat_token
    for wrong in (
        "/s/salah/",
        "/s//",
        f"/s/{secretariat[:-1]}/",
        f"/s{bidang[2:]}",
        f"/b/{secretariat}/",
        "/",
    ):
        refused = client.get(wrong)
        assert refused.status_code == 404, wrong
        assert "Halaman tidak ditemukan" in refused.get_data(as_text=True)


def test_every_page_forbids_framing_sniffing_foreign_code_and_caching(web: Office) -> None:
    client = web.app.test_client()
    for path in (web.board, web.link(SPBE), "/s/salah/"):
        headers = client.get(path).headers
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        assert headers["Cache-Control"] == "no-store"
        policy = headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
        assert "script-src 'self';" in policy and "unsafe" not in policy


def test_a_bidang_link_reads_and_writes_its_own_workbook_only(web: Office, tmp_path: Path) -> None:
    client = web.app.test_client()
    own, other = web.link(SPBE), web.link(SEKRETARIAT)
    page = client.get(own).get_data(as_text=True)
    assert SPBE in page and SEKRETARIAT not in page and "Papan" not in page

    handout = client.get(own + "workbook-bidang.xlsx")
    assert handout.status_code == 200
    assert openpyxl.load_workbook(io.BytesIO(handout.data))["Identitas"]["B4"].value == SPBE
    assert client.get(own + "workbook-terpakai.xlsx").data == (web.folder / SPBE_FILE).read_bytes()

    # nothing of another bidang, of the board or of a build is reachable from the link
    sekretariat_slot = slot_id(SEKRETARIAT)
    for path in (
        f"berkas/{sekretariat_slot}/",
        f"berkas/{sekretariat_slot}/versi/1.xlsx",
        f"berkas/{INSTANSI}/versi/1.xlsx",
        "susun/1/laporan.docx",
        "banding?lama=1&baru=2",
        "versi/2.xlsx",
        "versi/1/../../berkas/instansi/versi/1.xlsx",
    ):
        assert client.get(own + path).status_code == 404, path

    # another bidang's workbook sent through this link is refused, and nothing changes anywhere
    before = {p.name: p.read_bytes() for p in web.folder.iterdir() if p.is_file()}
    theirs = (web.folder / SEKRETARIAT_FILE).read_bytes()
    answer = upload(client, own, theirs, SEKRETARIAT_FILE)
    assert answer.status_code == 302
    shown = client.get(own).get_data(as_text=True)
    assert f"Workbook ini untuk {SEKRETARIAT}, bukan {SPBE}" in shown
    assert {p.name: p.read_bytes() for p in web.folder.iterdir() if p.is_file()} == before
    assert len(web.work.slots.versions(slot_id(SPBE))) == 1
    assert len(web.work.slots.versions(sekretariat_slot)) == 1
    assert client.get(other).status_code == 200  # and the other link still works


def test_a_form_without_its_csrf_token_changes_nothing(web: Office) -> None:
    client = web.app.test_client()
    own, other = web.link(SPBE), web.link(SEKRETARIAT)
    data = (web.folder / SPBE_FILE).read_bytes()
    tries = {
        "none": "",
        "forged": "0" * 64,
        "another link's": csrf(client, other),
    }
    for why, token in tries.items():
        answer = upload(client, own, data, token=token)
        assert answer.status_code == 400, why
        assert "Formulir ini sudah kedaluwarsa" in answer.get_data(as_text=True)
    fresh = web.app.test_client()  # a browser without this session's cookie
    assert upload(fresh, own, data, token=csrf(client, own)).status_code == 400
    board_token = csrf(client, web.board)
    for post in ("tautan", "susun"):
        assert client.post(web.board + post, data={"aksi": "buat-semua"}).status_code == 400
    assert client.post(web.board + "susun", data={"csrf": board_token[:-1] + "x"}).status_code == 400
    assert len(web.work.slots.versions(slot_id(SPBE))) == 1
    assert web.work.builds.all() == []
    assert len(web.work.access.links()) == 2


def test_an_oversized_upload_is_refused_before_it_is_read(sukamaju_copy: Path, workers) -> None:  # type: ignore[no-untyped-def]
    web = office(sukamaju_copy, workers, max_upload=100_000)
    client = web.app.test_client()
    page = web.link(SPBE)
    answer = upload(client, page, b"PK\x03\x04" + b"0" * 300_000)
    assert answer.status_code == 413
    assert "melebihi batas 20 MB" in answer.get_data(as_text=True)
    assert len(web.work.slots.versions(slot_id(SPBE))) == 1
    assert list((web.work.state / "masuk").iterdir()) == []


@pytest.mark.parametrize(
    ("content", "told"),
    [
        (b"", "kosong (0 byte)"),
        (b"%PDF-1.4 laporan", "bukan workbook Excel .xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "bukan workbook Excel .xlsx"),
        ("truncated", "arsip zip terpotong"),
        ("instansi", "bukan workbook bidang"),
    ],
)
def test_a_corrupt_or_wrong_upload_is_refused_and_changes_nothing(
    web: Office, content: object, told: str
) -> None:
    client = web.app.test_client()
    page = web.link(SPBE)
    if content == "truncated":
        content = (web.folder / SPBE_FILE).read_bytes()[:4000]
    elif content == "instansi":
        content = (web.folder / "00-instansi.xlsx").read_bytes()
    before = {p.name: p.read_bytes() for p in web.folder.iterdir() if p.is_file()}
    assert isinstance(content, bytes)
    upload(client, page, content, "../../00-instansi.xlsx")
    shown = client.get(page).get_data(as_text=True)
    assert "Unggahan ditolak; tidak ada yang berubah." in shown and told in shown
    assert {p.name: p.read_bytes() for p in web.folder.iterdir() if p.is_file()} == before
    assert len(web.work.slots.versions(slot_id(SPBE))) == 1
    assert list((web.work.state / "masuk").iterdir()) == []


def test_an_upload_with_errors_is_kept_not_used_and_told_by_cell_then_fixed(
    web: Office, tmp_path: Path
) -> None:
    client = web.app.test_client()
    page = web.link(SPBE)
    original = (web.folder / SPBE_FILE).read_bytes()
    broken = variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", BROKEN_MONEY)

    upload(client, page, broken, "spbe revisi.xlsx")
    shown = client.get(page).get_data(as_text=True)
    assert "Versi 2 disimpan, tetapi belum dipakai karena masih ada 1 galat." in shown
    assert "Lembar Sub Kegiatan" in shown and ">G4<" in shown and "sembilan puluh lima juta" in shown
    assert "Laporan masih memakai versi 1." in shown
    assert (web.folder / SPBE_FILE).read_bytes() == original
    kept = web.work.slots.versions(slot_id(SPBE))[0]
    assert (kept.number, kept.who, kept.original_name, kept.used) == (
        2,
        "tautan 1",
        "spbe revisi.xlsx",
        False,
    )
    assert web.work.slots.path(slot_id(SPBE), 2).read_bytes() == broken

    copy = client.get(page + "versi/2/catatan.xlsx")
    assert copy.status_code == 200
    marked = openpyxl.load_workbook(io.BytesIO(copy.data))["Sub Kegiatan"]["G4"]
    assert marked.comment is not None and "cell.money" in marked.comment.text
    assert marked.fill.fgColor.rgb.endswith("FF9999")

    fixed = variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", {"I4": 94000000})
    upload(client, page, fixed)
    shown = client.get(page).get_data(as_text=True)
    assert "Versi 3 diterima dan dipakai untuk laporan." in shown
    assert (web.folder / SPBE_FILE).read_bytes() == fixed
    assert [(v.number, v.used) for v in web.work.slots.versions(slot_id(SPBE))] == [
        (3, True),
        (2, False),
        (1, True),
    ]


def test_the_secretariat_restores_an_earlier_version(web: Office, tmp_path: Path) -> None:
    client = web.app.test_client()
    slot = slot_id(SPBE)
    original = (web.folder / SPBE_FILE).read_bytes()
    changed = variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", {"I4": 94000000})
    upload(client, web.link(SPBE), changed)
    assert (web.folder / SPBE_FILE).read_bytes() == changed

    place = f"{web.board}berkas/{slot}/"
    answer = client.post(place + "pulihkan", data={"csrf": csrf(client, place), "versi": "1"})
    assert answer.status_code == 302
    assert "Versi 3 diterima dan dipakai untuk laporan." in client.get(place).get_data(as_text=True)
    assert (web.folder / SPBE_FILE).read_bytes() == original
    restored = web.work.slots.versions(slot)[0]
    assert (restored.number, restored.who, restored.note) == (3, "sekretariat", "dipulihkan dari versi 1")
    assert client.get(place + "versi/2.xlsx").data == changed  # nothing lost on the way


def test_a_file_changed_by_hand_in_the_work_folder_is_kept_before_an_upload_replaces_it(
    web: Office, tmp_path: Path
) -> None:
    client = web.app.test_client()
    by_hand = variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", {"I5": 1000})
    (web.folder / SPBE_FILE).write_bytes(by_hand)
    uploaded = variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", {"I5": 2000})
    upload(client, web.link(SPBE), uploaded)
    versions = web.work.slots.versions(slot_id(SPBE))
    assert [(v.number, v.who, v.note) for v in versions] == [
        (3, "tautan 1", ""),
        (2, "folder", "diubah langsung di folder kerja"),
        (1, "folder", ""),
    ]
    assert web.work.slots.path(slot_id(SPBE), 2).read_bytes() == by_hand
    assert (web.folder / SPBE_FILE).read_bytes() == uploaded


def test_twenty_concurrent_uploads_lose_nothing(web: Office, tmp_path: Path) -> None:
    own, other = web.link(SPBE), web.link(SEKRETARIAT)
    sources = {own: web.folder / SPBE_FILE, other: web.folder / SEKRETARIAT_FILE}
    sent: dict[str, list[bytes]] = {own: [], other: []}
    for i in range(20):
        page = own if i % 4 else other  # fifteen of one bidang, five of another, all at once
        sent[page].append(variant(sources[page], tmp_path / str(i), "Identitas", {"B6": f"Pengisi ke-{i}"}))
    answers: list[int] = []
    start = threading.Barrier(20)

    def send(page: str, data: bytes) -> None:
        client = web.app.test_client()
        token = csrf(client, page)
        start.wait()
        answers.append(upload(client, page, data, token=token).status_code)

    threads = [threading.Thread(target=send, args=(page, data)) for page in sent for data in sent[page]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert answers == [302] * 20
    for page, slot, file in (
        (own, slot_id(SPBE), SPBE_FILE),
        (other, slot_id(SEKRETARIAT), SEKRETARIAT_FILE),
    ):
        versions = web.work.slots.versions(slot)
        assert [v.number for v in versions] == list(range(len(sent[page]) + 1, 0, -1))
        kept = sorted(web.work.slots.path(slot, v.number).read_bytes() for v in versions[:-1])
        assert kept == sorted(sent[page])
        assert all(v.used for v in versions)
        assert (web.folder / file).read_bytes() == web.work.slots.path(slot, versions[0].number).read_bytes()
    assert list((web.work.state / "masuk").iterdir()) == []
    assert sorted(p.name for p in web.folder.iterdir() if p.name.startswith(".")) == [".lkj-web"]


def test_links_are_made_and_revoked_by_the_secretariat(web: Office) -> None:
    client = web.app.test_client()
    token = csrf(client, web.board)
    client.post(web.board + "tautan", data={"csrf": token, "aksi": "buat-semua"})
    links = web.work.access.links()
    assert [(link.number, link.revoked) for link in links] == [(n, None) for n in range(1, 5)]
    page = f"/b/{links[1].token}/"
    assert client.get(page).status_code == 200
    assert f"{links[1].token}/" in client.get(web.board).get_data(as_text=True)

    client.post(web.board + "tautan", data={"csrf": token, "aksi": "cabut", "nomor": "2"})
    assert client.get(page).status_code == 404
    assert web.work.access.links()[1].revoked is not None
    client.post(web.board + "tautan", data={"csrf": token, "aksi": "buat", "slot": links[1].slot})
    fresh = web.work.access.active(links[1].slot)
    assert [link.number for link in fresh] == [5]
    assert client.get(f"/b/{fresh[0].token}/").status_code == 200


def test_an_unexpected_error_is_logged_and_told_without_a_trace(
    web: Office, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(slot: str) -> list[object]:
        raise RuntimeError("rahasia-dalam")

    monkeypatch.setattr(web.work.slots, "versions", broken)
    with caplog.at_level(logging.ERROR, logger="lkj.web"):
        answer = web.app.test_client().get(web.board)
    text = answer.get_data(as_text=True)
    assert answer.status_code == 500
    assert "Terjadi kesalahan tak terduga di dalam lkj" in text
    assert "Traceback" not in text and "rahasia-dalam" not in text and "RuntimeError" not in text
    assert "rahasia-dalam" in caplog.text
    assert web.work.access.secretariat_token not in caplog.text  # the log holds no working link


def test_the_state_folder_leaves_the_command_line_build_alone(web: Office, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", web.folder)
    assert result.exit_code == 0
    assert ".lkj-web" not in result.output and "0 catatan" in result.output


def test_the_name_an_upload_comes_with_is_shown_never_used_as_a_path(web: Office) -> None:
    client = web.app.test_client()
    page = web.link(SPBE)
    before = sorted(p.name for p in web.folder.iterdir())
    upload(client, page, (web.folder / SPBE_FILE).read_bytes(), "../../00-instansi\x07.xlsx")
    assert sorted(p.name for p in web.folder.iterdir()) == before
    kept = web.work.slots.versions(slot_id(SPBE))[0]
    assert (kept.number, kept.original_name, kept.used) == (2, "00-instansi.xlsx", True)
    download = client.get(page + "versi/2.xlsx")
    assert download.headers["Content-Disposition"] == "attachment; filename=versi-2-00-instansi.xlsx"


def test_a_year_starts_from_an_instansi_workbook_uploaded_on_the_board(tmp_path: Path, workers) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SUKAMAJU

    folder = tmp_path / "kerja"
    folder.mkdir()
    web = office(folder, workers)
    client = web.app.test_client()
    board = client.get(web.board).get_data(as_text=True)
    assert "Workbook instansi belum ada" in board and "Tautan bidang" not in board
    page = f"{web.board}berkas/{INSTANSI}/"
    upload(client, page, (SUKAMAJU / "00-instansi.xlsx").read_bytes(), "instansi 2024.xlsx")
    assert "Versi 1 diterima dan dipakai untuk laporan." in client.get(page).get_data(as_text=True)
    assert (folder / "00-instansi.xlsx").read_bytes() == (SUKAMAJU / "00-instansi.xlsx").read_bytes()
    board = " ".join(client.get(web.board).get_data(as_text=True).split())
    assert "0 dari 4 bidang sudah menyerahkan workbook yang sah. Belum: Sekretariat, " in board

    bidang = web.link(SPBE)
    upload(client, bidang, (SUKAMAJU / SPBE_FILE).read_bytes())
    assert "Versi 1 diterima dan dipakai untuk laporan." in client.get(bidang).get_data(as_text=True)
    handout = client.get(bidang + "workbook-bidang.xlsx")
    assert handout.headers["Content-Disposition"] == (
        "attachment; filename=02-bidang-infrastruktur-dan-layanan-spbe-2024.xlsx"
    )
    assert (folder / "02-bidang-infrastruktur-dan-layanan-spbe-2024.xlsx").read_bytes() == (
        SUKAMAJU / SPBE_FILE
    ).read_bytes()


def test_the_board_tells_what_each_workbook_still_lacks_for_a_final(web: Office, tmp_path: Path) -> None:
    client = web.app.test_client()
    board = " ".join(client.get(web.board).get_data(as_text=True).split())
    assert "Siap untuk final" in board and board.count(">Lengkap<") == 5

    # a pagu and its realisation not entered yet: gaps (BELUM DIISI); the version is valid and used, and
    # a final must wait for them
    gap = variant(web.folder / SPBE_FILE, tmp_path, "Sub Kegiatan", {"G4": None, "I4": None})
    upload(client, web.link(SPBE), gap)
    assert web.work.slots.versions(slot_id(SPBE))[0].used
    until(web.work.check_is_current)
    board = " ".join(client.get(web.board).get_data(as_text=True).split())
    assert "1 hal</span> masih menghalangi laporan final, 1 di antaranya data yang belum diisi." in board
    assert board.count(">Lengkap<") == 4 and board.count(">1 belum diisi<") == 1
    row = board[board.index(f'<td class="nama">{SPBE}</td>') :].split("</tr>")[0]
    assert ">1 belum diisi<" in row
    listed = board[board.index("Yang masih diperlukan untuk laporan final (1)") :].split("</details>")[0]
    assert SPBE_FILE in listed and "Sub Kegiatan!G4" in listed and "Belum diisi" in listed

    # the bidang sees it on its own page, by sheet and cell, as data to fill before the final
    page = " ".join(client.get(web.link(SPBE)).get_data(as_text=True).split())
    assert "1 hal perlu dilengkapi sebelum laporan final" in page
    assert ">G4<" in page and "Belum diisi" in page


def test_a_token_is_compared_with_every_known_token_in_constant_time(
    web: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hmac

    from lkj.web import access

    links = [web.work.access.create(slot_id(name)) for name in (SPBE, SEKRETARIAT, SPBE)]
    web.work.access.revoke(links[2].number)
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def counted(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(access.hmac, "compare_digest", counted)
    known = 1 + len(links)  # the secretariat's and every link's, revoked ones too
    for token, whose in (
        (web.work.access.secretariat_token, "secretariat"),
        (links[0].token, SPBE),
        (links[2].token, None),  # revoked
        ("x" * 32, None),
        ("", None),
    ):
        compared.clear()
        visitor = web.work.access.visitor(token)
        assert len(compared) == known, token  # no early return: the same work for any token
        if whose is None:
            assert visitor is None
        elif whose == "secretariat":
            assert visitor is not None and visitor.secretariat
        else:
            assert visitor is not None and visitor.link == links[0]
