"""Shared fixtures: the two sample data sets, a CLI runner, and helpers that build workbooks in a test."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the dev/ transcriptions of the samples

JAMBI = ROOT / "input"
SUKAMAJU = ROOT / "tests" / "data" / "sukamaju"


@pytest.fixture
def run() -> Callable[..., Result]:
    """Invoke the lkj CLI in-process; returns click's Result (exit_code, output)."""
    from lkj.cli import cli

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

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
