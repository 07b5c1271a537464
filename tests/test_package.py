"""The package writer: segments deflated apart must still read back as one member, byte for byte."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj.render import package
from lkj.render.package import PackageTooLarge, write_package


def _read(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None  # every member's CRC checks
        return {name: zf.read(name) for name in zf.namelist()}


def test_members_of_many_segments_read_back_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "SEGMENT", 1000)  # many segments from small data
    pieces = [f"<w:p>baris {n}</w:p>".encode() * (n % 7 + 1) for n in range(2000)]
    blob = bytes(range(256)) * 50
    out = tmp_path / "a.docx"
    write_package([("word/document.xml", iter(pieces)), ("blob.bin", blob), ("kosong.xml", b"")], out)
    assert _read(out) == {"word/document.xml": b"".join(pieces), "blob.bin": blob, "kosong.xml": b""}


def test_same_members_give_the_same_bytes_and_a_fixed_date(tmp_path):
    members = [("a.xml", b"<a/>" * 10_000), ("b/\u00e9.xml", "éé".encode())]
    write_package(members, tmp_path / "1.docx")
    write_package(members, tmp_path / "2.docx")
    assert (tmp_path / "1.docx").read_bytes() == (tmp_path / "2.docx").read_bytes()
    with zipfile.ZipFile(tmp_path / "1.docx") as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert zf.namelist() == ["a.xml", "b/\u00e9.xml"]


def test_an_existing_file_is_replaced_only_when_the_package_is_complete(tmp_path):
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"versi lama")

    def failing() -> object:
        yield b"<awal/>"
        raise RuntimeError("gagal di tengah")

    with pytest.raises(RuntimeError):
        write_package([("a.xml", failing())], out)  # type: ignore[list-item]
    assert out.read_bytes() == b"versi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.docx"]


def test_a_package_beyond_four_gigabytes_is_refused_plainly(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "ZIP32_LIMIT", 100)
    with pytest.raises(PackageTooLarge, match="terlalu besar"):
        write_package([("besar.xml", b"x" * 1000)], tmp_path / "a.docx")
    assert not list(tmp_path.iterdir())


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=3000), max_size=30), st.integers(min_value=1, max_value=4096))
def test_any_pieces_and_segment_size_round_trip(tmp_path_factory, pieces, segment):
    original = package.SEGMENT
    package.SEGMENT = segment
    try:
        out = tmp_path_factory.mktemp("p") / "a.zip"
        write_package([("x", iter(pieces))], out)
        assert _read(out) == {"x": b"".join(pieces)}
    finally:
        package.SEGMENT = original


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.binary(max_size=3000)), max_size=12))
def test_members_of_packed_and_plain_pieces_round_trip(tmp_path_factory, pieces):
    content = [package.Packed.of(data) if packed else data for packed, data in pieces]
    out = tmp_path_factory.mktemp("p") / "a.zip"
    write_package([("x", content), ("satu", [package.Packed.of(b"<c/>" * 50)])], out)
    assert _read(out) == {"x": b"".join(data for _, data in pieces), "satu": b"<c/>" * 50}


def test_segments_of_both_deflaters_join_in_one_member(tmp_path):
    """ISA-L deflates the small and the big segments, zlib the ones in between: one stream all the same."""
    middle = b"".join(f"<w:p>baris {n}</w:p>".encode() for n in range(10_000))  # between INLINE and SEGMENT
    assert package.INLINE <= len(middle) < package.SEGMENT
    big = bytes(range(256)) * 5000  # more than a SEGMENT: its segments are deflated FAST
    content = [package.Packed.of(b"<a/>" * 100), middle, package.Packed.of(big), b"<akhir/>"]
    write_package([("x", content)], tmp_path / "a.zip")
    assert _read(tmp_path / "a.zip") == {"x": b"<a/>" * 100 + middle + big + b"<akhir/>"}


_SEGMENT = st.sampled_from(["word", "charts", "media", "_rels", "a", "b"])


@settings(max_examples=80, deadline=None)
@given(st.lists(_SEGMENT, max_size=3), st.lists(_SEGMENT, max_size=3), st.sampled_from(["c.xml", "d.png"]))
def test_relationship_targets_are_relative_as_python_docx_makes_them(base, folders, name):
    from docx.opc.packuri import PackURI

    from lkj.render.members import _relative

    part = "/" + "/".join([*folders, name])
    folder = "/" + "/".join(base)
    assert _relative(part, folder) == PackURI(part).relative_ref(folder)
