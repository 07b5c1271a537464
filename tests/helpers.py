"""Builders for test workbooks: a valid sample of every contract column, and cell-level edits; the
state of folders and a refusal, for the hostile corpus."""

from __future__ import annotations

import resource
import signal
import stat
import subprocess
import sys
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from click.testing import Result

from lkj.contract import Kind
from lkj.contract.kinds import Column
from lkj.contract.lists import CLOSED
from lkj.model import Target

TYPED: dict[Kind, Any] = {
    Kind.TEXT: "Teks contoh & <uji>",
    Kind.LONGTEXT: "Paragraf satu.\n\nParagraf dua {{ 7*7 }}.",
    Kind.KODE: "2.16.01",
    Kind.NUMBER: Decimal("12.5"),
    Kind.MONEY: 1500000,
    Kind.PERCENT: Decimal("97.5"),
    Kind.INTEGER: 3,
    Kind.YEAR: 2022,
    Kind.DATE: date(2024, 8, 17),
    Kind.TARGET: "80-90",
}
READ: dict[Kind, Any] = {
    **TYPED,
    Kind.MONEY: Decimal(1500000),
    Kind.INTEGER: 3,
    Kind.TARGET: Target(Decimal(80), Decimal(90)),
}


def sample_value(column: Column, read: bool = False) -> Any:
    """A valid value for `column`: as typed into the cell, or (read=True) as the reader returns it."""
    if column.kind is Kind.CHOICE:
        entry = next(iter(CLOSED[column.choices or ""]))
        return CLOSED[column.choices or ""][entry] if read else entry
    value = (READ if read else TYPED)[column.kind]
    if column.maximum is not None and column.kind in (Kind.INTEGER, Kind.PERCENT, Kind.NUMBER):
        value = min(value, type(value)(column.maximum)) if not isinstance(value, Target) else value
    if column.kind is Kind.YEAR and column.minimum and column.minimum > 2022:
        value = int(column.minimum)
    return value


def second_value(column: Column, read: bool = False) -> Any:
    """A valid value different from sample_value, for a second row whose unique columns must differ."""
    first = sample_value(column, read)
    if column.kind is Kind.CHOICE:
        entries = list(CLOSED[column.choices or ""])
        return CLOSED[column.choices or ""][entries[1]] if read else entries[1]
    if column.kind is Kind.KODE:
        return "2.16.02"
    if column.kind in (Kind.TEXT, Kind.LONGTEXT):
        return first + " kedua"
    if column.kind in (Kind.YEAR, Kind.INTEGER):
        return first + 1 if column.maximum is None or first + 1 <= column.maximum else first - 1
    return first


def edit_cells(path: Path, sheet: str, cells: dict[str, Any]) -> None:
    """Type values into cells of a workbook file, as a sub-coordinator would (formulas start with '=')."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)


def state(*folders: Path) -> dict[str, object]:
    """Every file under the folders, hidden ones included, with its bytes and modification time (a folder,
    link, FIFO or device by its kind)."""
    out: dict[str, object] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            found = path.lstat()
            if stat.S_ISREG(found.st_mode):
                out[str(path)] = (path.read_bytes(), found.st_mtime_ns)
            else:
                out[str(path)] = stat.S_IFMT(found.st_mode)
    return out


def refused(result: Result, *named: Path) -> None:
    """The command refused plainly: exit status 2, a message (no internal error) naming each path."""
    assert result.exit_code == 2, result.output
    assert "Gagal:" in result.output and "tak terduga" not in result.output, result.output
    for path in named:
        assert f"'{path}'" in result.output, result.output


def capped(
    *args: object, script: str | None = None, cap: int = 2 * 1024**3, timeout: int = 600
) -> subprocess.CompletedProcess[bytes]:
    """`lkj ARGS` (or the Python `script` given ARGS) run as a user runs it, in a process of its own
    whose address space is capped at `cap` bytes: a regression that would take the machine's memory is a
    process killed by the cap, and one that would hang is stopped after `timeout` seconds (a failure)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    command = ["-c", script] if script else ["-m", "lkj"]
    return subprocess.run(
        [sys.executable, *command, *map(str, args)], capture_output=True, preexec_fn=limit, timeout=timeout
    )


def as_in_a_terminal() -> None:
    """For a child process (Popen's preexec_fn): the signals that end a command as they are in a terminal
    (their default action). A test run as a background job inherits SIGINT ignored, and under nohup SIGHUP:
    a child told to stop by them would not, and its test would wait for it in vain."""
    for signum in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word_document(path: Path, body: str, numbering: str | None = None) -> Path:
    """A minimal .docx: `body` (WordprocessingML, prefix w:) its body, `numbering` its numbering part."""
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>'
        ),
        "word/document.xml": f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>',
    }
    if numbering is not None:
        parts["word/numbering.xml"] = numbering
    with zipfile.ZipFile(path, "w") as zf:
        for name, xml in parts.items():
            zf.writestr(name, xml)
    return path


def text_items(catatan: str) -> list[str]:
    """The item lines of a Catatan Penyusunan as text (lkj.web.actions.catatan_text): its heading and
    closing count left out."""
    lines = catatan.splitlines()
    assert lines[0] == "CATATAN PENYUSUNAN" and lines[-1].startswith("Laporan final terhalang oleh")
    return [line for line in lines[2:-1] if line]


def work_list_items(data: bytes) -> list[str]:
    """The rows of a Catatan Penyusunan work list (lkj.xlsx.catatan), told as the text form tells them:
    each file once, then each item's kind, sheet!cell, code and message. Every cell must hold text."""
    import io

    ws = openpyxl.load_workbook(io.BytesIO(data))["Catatan Penyusunan"]
    header = [c.value for c in ws[4]]
    assert header[:8] == [
        "No",
        "Berkas (bidang)",
        "Lembar",
        "Sel",
        "Jenis",
        "Temuan dan yang perlu diisi atau diperbaiki",
        "Kode aturan",
        "Tindak lanjut bidang",
    ]
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref and ws.auto_filter.ref.startswith("A4:")
    lines: list[str] = []
    current = None
    for n, row in enumerate(ws.iter_rows(min_row=5), 1):
        assert all(c.data_type == "s" for c in row[:7] if c.value is not None)
        number, file, sheet, cell, kind, message, code = (c.value or "" for c in row[:7])
        assert number == str(n)
        if file != current:
            lines.append(file)
            current = file
        where = f" {sheet}!{cell}" if cell else (f" {sheet}" if sheet else "")
        lines += [f"  {kind.upper()}{where} [{code}]", f"      {message}"]
    return lines
