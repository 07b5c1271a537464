"""Shared fixtures: the two sample data sets, a CLI runner, and helpers that build workbooks in a test."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner, Result

if TYPE_CHECKING:
    from lkj.compute.results import Hasil
    from lkj.pipeline import Kind

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the dev/ transcriptions of the samples

JAMBI = ROOT / "input"
SUKAMAJU = ROOT / "tests" / "data" / "sukamaju"
ARUNIKA = ROOT / "tests" / "data" / "arunika"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.txt and hashes.json from this build",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/NAME (or rewrite it with --update-golden); shows a unified diff."""
    import difflib

    def check(name: str, text: str) -> None:
        path = ROOT / "tests" / "golden" / name
        if request.config.getoption("--update-golden") or not path.exists():
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        expected = path.read_text(encoding="utf-8")
        if text != expected:
            diff = "".join(
                difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "golden", "build")
            )
            pytest.fail(
                f"{name} differs from the golden file (pytest --update-golden to accept):\n{diff[:6000]}"
            )

    return check


def build(folder: Path, out: Path, templates: Path | None = None, kind: Kind = "konsep") -> Path:
    """Build a report as `lkj build` does (lkj.pipeline.build): a konsep, or with kind="final" a final."""
    from lkj.pipeline import build

    return build(folder, out, templates=templates, kind=kind).docx


def computed(folder: Path) -> Hasil:
    """Every figure of a folder's year, as `lkj hitung` computes them (lkj.pipeline.checked_year)."""
    from lkj.pipeline import checked_year

    hasil = checked_year(folder).hasil
    assert hasil is not None
    return hasil


@pytest.fixture
def run() -> Callable[..., Result]:
    """Invoke the lkj CLI in-process; returns click's Result (exit_code, output)."""
    from lkj.cli import cli

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, [str(a) for a in args], prog_name="lkj", catch_exceptions=False)

    return invoke


@pytest.fixture
def jambi_copy(tmp_path: Path) -> Path:
    """A scratch copy of input/ that a test may break."""
    target = tmp_path / "jambi"
    shutil.copytree(JAMBI, target)
    return target


@pytest.fixture
def sukamaju_copy(tmp_path: Path) -> Path:
    target = tmp_path / "sukamaju"
    shutil.copytree(SUKAMAJU, target)
    return target


@pytest.fixture(scope="session")
def workers():  # type: ignore[no-untyped-def]
    """The worker processes of lkj web, started once for the whole run (each start imports lkj anew)."""
    from lkj.web.jobs import Workers

    pool = Workers()
    yield pool
    pool.close()
