"""`lkj diff` and `lkj dump` on documents of legal but extreme size: every reading takes the same (a text of
20 MB in one paragraph), and a document of more paragraphs than any report holds is refused with a
message naming it, before it costs minutes and gigabytes. Run as a user runs them, in a process whose
address space is capped, so that a regression is a killed process, never a machine out of memory."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SUKAMAJU, build
from tests.helpers import capped


def lkj(*args: object) -> subprocess.CompletedProcess[str]:
    done = capped(*args, cap=3 * 1024**3, timeout=900)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(SUKAMAJU, tmp_path_factory.mktemp("dasar") / "lama.docx")


def _with_body(base: Path, target: Path, body: bytes) -> Path:
    """The report with `body` as its first blocks."""
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                at = data.index(b"<w:body>") + len(b"<w:body>")
                data = data[:at] + body + data[at:]
            out.writestr(info, data)
    return target


def test_a_paragraph_of_20_mb_is_read_alike_by_diff_redline_and_dump(base, tmp_path):
    """libxml2 refuses a text of more than 10 MB in a tree, not in the check that streams a part."""
    text = b"zqx " * (5 * 1024 * 1024)
    new = _with_body(base, tmp_path / "baru.docx", b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>")
    plain = lkj("diff", base, new)
    redlined = lkj("diff", base, new, "--redline", tmp_path / "perubahan.docx")
    dumped = lkj("dump", new)
    assert (plain.returncode, redlined.returncode, dumped.returncode) == (1, 1, 0), (
        plain.stderr[-500:],
        redlined.stderr[-500:],
        dumped.stderr[-500:],
    )
    assert plain.stdout == redlined.stdout and "zqx zqx" in plain.stdout
    assert dumped.stdout.count("zqx") == 5 * 1024 * 1024


@pytest.mark.parametrize("command", ["dump", "diff", "redline"])
def test_more_paragraphs_than_any_report_is_refused_by_name(base, tmp_path, command):
    new = _with_body(base, tmp_path / "baru.docx", b"<w:p/>" * 2_000_001)
    args = {
        "dump": ("dump", new),
        "diff": ("diff", base, new),
        "redline": ("diff", base, new, "--redline", tmp_path / "perubahan.docx"),
    }[command]
    done = lkj(*args)
    assert done.returncode == 2, done.stderr[-1000:]
    assert done.stderr.strip() == (
        f"Gagal: '{new}' memuat lebih dari 2.000.000 paragraf (paragraf di dalam tabel terhitung), "
        "sedangkan laporan lkj untuk seribu bidang pun memuat sekitar 1,3 juta; dokumen sebesar ini tidak "
        "dibaca. Periksa apakah berkas ini memang laporan yang dimaksud."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baru.docx"]
