"""The command line speaks Bahasa Indonesia, including click's own help and usage errors."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys

import pytest

COMMANDS = ("templates", "validate", "hitung", "periksa", "build", "diff", "dump", "web")
EXAMPLE = re.compile(r"^ +lkj (\S.*?)(?: {2,}.*)?$", flags=re.M)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_indonesian(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert result.output.startswith(f"Pemakaian: lkj {command} [OPSI]")
    assert "Opsi:" in result.output and "Tampilkan bantuan ini lalu keluar." in result.output
    assert "Usage" not in result.output and "Show this message" not in result.output


def test_every_example_of_the_help_is_a_command_lkj_takes(run, monkeypatch):
    """The examples of `lkj --help` and of each command's help parse as those commands (their options,
    their arguments, an input that must exist: run from the repository, where input/ is the sample), and
    the report the dump example names is the one `lkj build input/` writes."""
    from lkj.cli import cli
    from lkj.pipeline import check, report_name
    from tests.conftest import JAMBI, ROOT

    monkeypatch.chdir(ROOT)
    seen: dict[str, list[list[str]]] = {}
    for command in ((), *((c,) for c in COMMANDS)):
        text = run(*command, "--help").output
        examples = [shlex.split(line) for line in EXAMPLE.findall(text)]
        assert examples, f"lkj {' '.join(command)} --help has no example"
        for name, *rest in examples:
            assert not command or name == command[0], (command, name)
            cli.commands[name].make_context(name, list(rest))  # a usage error raises
            seen.setdefault(name, []).append(rest)
    assert set(seen) == set(COMMANDS)
    profil = check(JAMBI).dataset.instansi.profil
    built = ["output/" + report_name(profil.nama_instansi, profil.tahun)]
    assert built in seen["dump"]


def test_usage_errors_are_indonesian_and_exit_2(run):
    unknown = run("build", "--tidak-ada")
    assert unknown.exit_code == 2 and "Galat: Opsi '--tidak-ada' tidak dikenal." in unknown.output
    missing = run("hitung")
    assert missing.exit_code == 2 and "Argumen belum diberikan 'FOLDER_MASUKAN'" in missing.output
    choice = run("hitung", "input", "--format", "xml")
    assert choice.exit_code == 2 and "'xml' bukan salah satu dari 'text', 'json'" in choice.output
    command = run("bangun")
    assert command.exit_code == 2 and "Perintah 'bangun' tidak dikenal." in command.output


PROCESS = """
import os
from lkj.cli import as_a_command
as_a_command()
import pandas  # noqa: F401  (loads numpy, and with it OpenBLAS)
print(os.environ["OPENBLAS_NUM_THREADS"], len(os.listdir("/proc/self/task")))
"""


def _as_a_command(setting: str | None) -> tuple[str, int]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    if setting is not None:
        env["OPENBLAS_NUM_THREADS"] = setting
    done = subprocess.run(
        [sys.executable, "-c", PROCESS], env=env, capture_output=True, text=True, check=True
    )
    value, threads = done.stdout.split()
    return value, int(threads)


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads are counted in /proc")
def test_a_command_loads_numpy_without_a_blas_thread_pool():
    """lkj does no linear algebra: OpenBLAS's threads would only spin on the core the reading workers need."""
    assert _as_a_command(None) == ("1", 1)


def test_a_command_keeps_the_users_blas_setting():
    assert _as_a_command("3")[0] == "3"
