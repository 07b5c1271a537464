"""Write a .docx package (a zip archive): reproducibly, atomically, and with the compression on the
other core.

Deflating releases the GIL, so members are deflated on worker threads while this thread goes on
producing the next ones. A large member is cut into segments of about a megabyte, each deflated
on its own and ended with a sync flush (a byte-aligned empty block); the segments, followed by one empty
final block, form a single valid deflate stream, so one member can be shared by several threads, and a
piece can even arrive deflated already from another process (Packed). The CRC is computed here, in order,
as the pieces pass (zlib.crc32 is ten times faster than deflate); a packed piece's is joined to it
(ISA-L's crc32_combine).

Every entry carries the same fixed date and the archive has no comment or extra fields: the same members
give the same bytes. The archive replaces `out` only once complete, and on any failure or ending signal
nothing is left behind (lkj.write).
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from isal import isal_zlib
from isal.isal_zlib import crc32_combine

from lkj.errors import LkjError
from lkj.write import replacing

SEGMENT = 1 << 20  # bytes of input per deflate job on a thread
# Smaller pieces are deflated here, fast: a thread that gives the GIL back for the few microseconds spent
# on them waits up to the interpreter's switch interval (5 ms) to take it again while this thread runs
# Python; a large report has a thousand of them (its charts).
INLINE = 1 << 16
# The big segments of a large member (a big report's document.xml, tens of megabytes) are deflated fast
# too: zlib's default level takes more than twice the time of its level 1 for a file a third smaller,
# and ISA-L's level 1 (FAST) takes a fifth of zlib's level 1 for a file no larger. The few members in
# between (styles, a small report's document) take zlib's default level on the threads, which ISA-L
# cannot match in size.
FAST, DEFAULT = 1, 6
FINAL_BLOCK = b"\x03\x00"  # an empty, final, fixed-Huffman block: ends the concatenated segments
DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1 January 1980, the earliest date a zip entry can carry
DOS_TIME = 0
ZIP32_LIMIT = 0xFFFFFFFF
THREADS = 2
STORED, DEFLATED = 0, 8  # zip compression methods


@dataclass(frozen=True)
class Packed:
    """A piece of a member deflated where it was made (in another process, say): its segments end with a
    sync flush like any other, and its CRC joins the member's by ISA-L's crc32_combine."""

    crc: int
    size: int
    segments: tuple[bytes, ...]

    def unpacked(self) -> bytes:
        return zlib.decompressobj(-zlib.MAX_WBITS).decompress(b"".join(self.segments))

    @classmethod
    def of(cls, data: bytes) -> Packed:
        cuts = range(0, len(data), SEGMENT)
        return cls(zlib.crc32(data), len(data), tuple(_deflate(data[i : i + SEGMENT], FAST) for i in cuts))


Content = bytes | Iterable[bytes | Packed]


class PackageTooLarge(LkjError):
    """A member or the archive exceeds what a zip without ZIP64 extensions holds (4 GB), far beyond what
    Word opens. `str()` is the message for the user."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"Laporan terlalu besar untuk satu berkas .docx ({what} melebihi 4 GB). Pisahkan masukan "
            "menjadi beberapa laporan."
        )


def _deflate(data: bytes, level: int) -> bytes:
    """Raw deflate of `data` ended by a sync flush: at FAST by ISA-L, at DEFAULT by zlib (either's segments
    join the other's in one stream)."""
    engine = isal_zlib if level == FAST else zlib
    deflater = engine.compressobj(level, engine.DEFLATED, -zlib.MAX_WBITS)
    return deflater.compress(data) + deflater.flush(engine.Z_SYNC_FLUSH)


@dataclass
class _Deflated:
    """A member's content on its way through the deflate threads: its CRC and size are known already."""

    crc: int
    size: int
    segments: list[bytes | Future[bytes]]  # deflated already, or on a thread

    def data(self) -> bytes:
        return b"".join(s if isinstance(s, bytes) else s.result() for s in self.segments) + FINAL_BLOCK


class _Deflater:
    """The deflate threads: content handed over is compressed while this thread goes on with the next."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(THREADS, thread_name_prefix="lkj-deflate")

    def __enter__(self) -> _Deflater:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(cancel_futures=True)

    def deflate(self, content: Content) -> _Deflated:
        crc, size = 0, 0
        segments: list[bytes | Future[bytes]] = []
        for segment in _segments(content):
            if isinstance(segment, Packed):
                crc = crc32_combine(crc, segment.crc, segment.size)
                size += segment.size
                segments += segment.segments
                continue
            crc = zlib.crc32(segment, crc)
            size += len(segment)
            level = FAST if size >= SEGMENT or len(segment) < INLINE else DEFAULT
            if len(segment) < INLINE:
                segments.append(_deflate(segment, level))
            else:
                segments.append(self._pool.submit(_deflate, segment, level))
        return _Deflated(crc, size, segments)


def _segments(content: Content) -> Iterator[bytes | Packed]:
    """The content cut (or joined) into pieces of about SEGMENT bytes; packed pieces pass as they are."""
    if isinstance(content, bytes):
        for start in range(0, len(content), SEGMENT):
            yield content[start : start + SEGMENT]
        return
    pending: list[bytes] = []
    size = 0
    for piece in content:
        if isinstance(piece, Packed):
            if pending:
                yield b"".join(pending)
                pending, size = [], 0
            yield piece
            continue
        pending.append(piece)
        size += len(piece)
        if size >= SEGMENT:
            yield b"".join(pending)
            pending, size = [], 0
    if pending:
        yield b"".join(pending)


def write_package(members: Iterable[tuple[str, Content]], out: Path) -> None:
    """Zip `members` (name, bytes or an iterable of byte pieces) into `out`, replacing it atomically."""
    with replacing(out) as raw, _Deflater() as deflater:
        _write_archive(raw, [(name.encode("utf-8"), deflater.deflate(c)) for name, c in members])


def _write_archive(raw: BinaryIO, members: list[tuple[bytes, _Deflated]]) -> None:
    _archive(raw, ((name, DEFLATED, d.crc, d.size, d.data()) for name, d in members))


def stored_archive(members: Iterable[tuple[str, bytes]]) -> bytes:
    """A small zip made in memory, uncompressed, with the same fixed dates: the workbook embedded behind a
    chart (the package deflates it with everything else)."""
    buffer = io.BytesIO()
    _archive(buffer, ((n.encode("utf-8"), STORED, zlib.crc32(d), len(d), d) for n, d in members))
    return buffer.getvalue()


def _archive(raw: BinaryIO, entries: Iterable[tuple[bytes, int, int, int, bytes]]) -> None:
    """Write the entries (name, method, crc, size, stored data) as a zip archive."""
    central = []
    offset = 0
    for name, method, crc, size, data in entries:
        if max(size, len(data), offset) >= ZIP32_LIMIT:
            raise PackageTooLarge(name.decode("utf-8"))
        flags = 0 if name.isascii() else 0x800  # bit 11: the name is UTF-8
        common = (20, flags, method, DOS_TIME, DOS_DATE, crc, len(data), size, len(name))
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, *common, 0) + name
        raw.write(header)
        raw.write(data)
        central.append(
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHHHHHII", *common, 0, 0, 0, 0, 0o644 << 16, offset)
            + name
        )
        offset += len(header) + len(data)
    directory = b"".join(central)
    if offset + len(directory) >= ZIP32_LIMIT:
        raise PackageTooLarge("direktori arsip")
    raw.write(directory)
    raw.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0)
    )
