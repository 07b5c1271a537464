"""Write a .docx package (a zip archive): reproducibly, atomically, and with the compression on the
other core.

zlib releases the GIL while it deflates, so members are deflated on worker threads while this thread
goes on producing the next ones. A large member is cut into segments of about a megabyte, each deflated
on its own and ended with a sync flush (a byte-aligned empty block); the segments, followed by one empty
final block, form a single valid deflate stream, so one member can be shared by several threads. The
CRC is computed here, in order, as the pieces pass (zlib.crc32 is ten times faster than deflate).

Every entry carries the same fixed date and the archive has no comment or extra fields: the same members
give the same bytes. The archive is written to a temporary file beside `out`, which it replaces only
once complete; on any failure nothing is left behind.
"""

from __future__ import annotations

import os
import struct
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

SEGMENT = 1 << 20  # bytes of input per deflate job
# Members of more than one segment (a big report's document.xml, tens of megabytes) are deflated at level
# 1: the default level takes more than twice the time for a file a third smaller. Small members at the
# default level cost little and keep a small report small.
FAST, DEFAULT = 1, 6
FINAL_BLOCK = b"\x03\x00"  # an empty, final, fixed-Huffman block: ends the concatenated segments
DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1 January 1980, the earliest date a zip entry can carry
DOS_TIME = 0
ZIP32_LIMIT = 0xFFFFFFFF
THREADS = 2

Content = bytes | Iterable[bytes]


class PackageTooLarge(Exception):
    """A member or the archive exceeds what a zip without ZIP64 extensions holds (4 GB), far beyond what
    Word opens. `str()` is the message for the user."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"Laporan terlalu besar untuk satu berkas .docx ({what} melebihi 4 GB). Pisahkan masukan "
            "menjadi beberapa laporan."
        )


def _deflate(data: bytes, level: int) -> bytes:
    engine = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    return engine.compress(data) + engine.flush(zlib.Z_SYNC_FLUSH)


@dataclass
class _Member:
    name: bytes
    crc: int
    size: int
    segments: list[Future[bytes]]


def _segments(content: Content) -> Iterator[bytes]:
    """The content cut (or joined) into pieces of about SEGMENT bytes."""
    if isinstance(content, bytes):
        for start in range(0, len(content), SEGMENT):
            yield content[start : start + SEGMENT]
        return
    pending: list[bytes] = []
    size = 0
    for piece in content:
        pending.append(piece)
        size += len(piece)
        if size >= SEGMENT:
            yield b"".join(pending)
            pending, size = [], 0
    if pending:
        yield b"".join(pending)


def write_package(members: Iterable[tuple[str, Content]], out: Path) -> None:
    """Zip `members` (name, bytes or an iterable of byte pieces) into `out`, replacing it atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".lkj-", suffix=".docx", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as raw, ThreadPoolExecutor(THREADS) as pool:
            queued = []
            for name, content in members:
                crc, size, segments = 0, 0, []
                for segment in _segments(content):
                    crc = zlib.crc32(segment, crc)
                    size += len(segment)
                    level = FAST if size >= SEGMENT else DEFAULT
                    segments.append(pool.submit(_deflate, segment, level))
                queued.append(_Member(name.encode("utf-8"), crc, size, segments))
            _write_archive(raw, queued)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # mkstemp creates 0600; a report is an ordinary file
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _write_archive(raw: BinaryIO, members: list[_Member]) -> None:
    central = []
    offset = 0
    for m in members:
        data = b"".join(f.result() for f in m.segments) + FINAL_BLOCK
        if max(m.size, len(data), offset) >= ZIP32_LIMIT:
            raise PackageTooLarge(m.name.decode("utf-8"))
        flags = 0 if m.name.isascii() else 0x800  # bit 11: the name is UTF-8
        common = (20, flags, 8, DOS_TIME, DOS_DATE, m.crc, len(data), m.size, len(m.name))
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, *common, 0) + m.name
        raw.write(header)
        raw.write(data)
        central.append(
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHHHHHII", *common, 0, 0, 0, 0, 0o644 << 16, offset)
            + m.name
        )
        offset += len(header) + len(data)
    directory = b"".join(central)
    if offset + len(directory) >= ZIP32_LIMIT:
        raise PackageTooLarge("direktori arsip")
    raw.write(directory)
    raw.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0)
    )
