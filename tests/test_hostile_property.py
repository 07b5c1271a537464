"""Whatever text, number or file name a workbook holds, validate, hitung, build and validate --annotate
end with exit 0 or 1 and no traceback, print valid UTF-8 JSON, leave the input as it was, and every XML
part of a report they write is well-formed. Values are written into copies of the sample workbooks at the
XML level, as any program (or hand) could have written them: cells of every kind the contract has."""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.conftest import JAMBI
from tests.corpus import INS, SEK
from tests.hostile import in_sheet
from tests.test_hostile_read import no_crash, snapshot

CELLS = (  # (workbook, sheet, cell): one or more of each kind of the contract
    (INS, "Profil", "B4"),  # text: the instansi's name, on the cover and everywhere
    (INS, "Profil", "B12"),  # date (empty in the sample)
    (INS, "Profil", "B20"),  # long text
    (INS, "Teks", "B4"),  # long text: the foreword
    (INS, "PK Target", "C4"),  # target
    (INS, "PK Anggaran", "D4"),  # money
    (SEK, "Program", "B4"),  # text
    (SEK, "Program", "G4"),  # target
    (SEK, "Program", "I4"),  # number
    (SEK, "Sub Kegiatan", "A4"),  # kode
    (SEK, "Sub Kegiatan", "G4"),  # money
    (SEK, "Sub Kegiatan", "K4"),  # long text (empty in the sample)
    (INS, "Pengaturan", "B12"),  # choice: "Ya" annexes the warnings, file names among them, to the report
)
TRICKY = (
    "1E+30",
    "NaN",
    "Infinity",
    "-0",
    "1.000.000.000.000.000",
    "0,000000000000000000001",
    "Rp 999.999.999.999.999,99",
    "80-90",
    "90-80",
    "31/02/2023",
    "17 Agustus 2024",
    "=cmd|' /C calc'!A0",
    "{{ 7*7 }}",
    "LKJBLOK-00000",
    "LKJBLOK-00002",
    "LKJBLOK-99999",
    "{% for x in y %}",
    "_x0007_",
    "\ue000",
    "\x0c",
    "Ya",
    "a\nb\r\nc",
    " ",
    "",
)
NUMBERS = (1e30, 1e-30, 5e-324, 1.7976931348623157e308, -0.0, 999_999_999_999_999.0, 1e15, 45000.0)
values = st.one_of(
    st.text(max_size=60),
    st.sampled_from(TRICKY),
    st.floats(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from(NUMBERS),
)
file_names = st.binary(min_size=1, max_size=40).filter(lambda b: b"/" not in b and b"\0" not in b)
# A character XML 1.0 cannot hold is written as Excel escapes it, _xHHHH_, which the reader decodes
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def cell_xml(ref: str, value: object) -> bytes:
    if isinstance(value, str):
        text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = _NOT_XML.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'.encode()
    number = repr(value) if not isinstance(value, float) or math.isfinite(value) else str(value)
    return f'<c r="{ref}"><v>{number}</v></c>'.encode()


def put(folder: Path, book: str, sheet: str, ref: str, value: object) -> None:
    """Write `value` into the cell, replacing what is there, in a row of its own when it has none."""
    element = cell_xml(ref, value)
    row = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    def change(xml: bytes) -> bytes:
        cell = re.compile(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)'.encode(), re.S)
        if cell.search(xml):
            return cell.sub(lambda _: element, xml, count=1)
        tag = re.compile(rf'<row r="{row}"[^>]*?(?:/>|>)'.encode())
        if tag.search(xml):
            return tag.sub(
                lambda m: (
                    m.group(0).rstrip(b"/>")
                    + b">"
                    + element
                    + (b"</row>" if m.group(0).endswith(b"/>") else b"")
                ),
                xml,
                count=1,
            )
        return xml.replace(b"</sheetData>", f'<row r="{row}">'.encode() + element + b"</row></sheetData>", 1)

    in_sheet(folder / book, sheet, change)


def invoke(*args: object) -> Result:
    from lkj.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="lkj", catch_exceptions=False)


def finished(result: Result) -> Result:
    no_crash(result)
    assert result.exit_code in (0, 1), result.output[-2000:]
    return result


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    edits=st.lists(st.tuples(st.sampled_from(CELLS), values), min_size=1, max_size=4),
    rename=st.one_of(st.none(), st.tuples(st.sampled_from((INS, SEK)), file_names)),
)
def test_no_value_or_file_name_crashes_a_command_or_breaks_a_report(edits, rename):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "masukan"
        shutil.copytree(JAMBI, folder)
        for (book, sheet, ref), value in edits:
            put(folder, book, sheet, ref, value)
        if rename is not None:
            book, raw = rename
            os.rename(folder / book, os.path.join(os.fsencode(folder), raw + b".xlsx"))
        before = snapshot(folder)
        result = finished(invoke("validate", folder, "--format", "json"))
        json.loads(result.stdout_bytes.decode("utf-8"))
        finished(invoke("hitung", folder))
        report = Path(scratch) / "lkj.docx"
        if finished(invoke("build", folder, "-o", report)).exit_code == 0:
            with zipfile.ZipFile(report) as docx:
                for name in docx.namelist():
                    if name.endswith((".xml", ".rels")):
                        etree.fromstring(docx.read(name))
        finished(invoke("validate", folder, "--annotate", Path(scratch) / "catatan"))
        assert snapshot(folder) == before
