"""The command line speaks Bahasa Indonesia, including click's own help and usage errors."""

from __future__ import annotations

import pytest

COMMANDS = ("templates", "validate", "hitung", "build", "diff", "dump")


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_indonesian(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert result.output.startswith(f"Pemakaian: lkj {command} [OPSI]")
    assert "Opsi:" in result.output and "Tampilkan bantuan ini lalu keluar." in result.output
    assert "Usage" not in result.output and "Show this message" not in result.output


def test_usage_errors_are_indonesian_and_exit_2(run):
    unknown = run("build", "--tidak-ada")
    assert unknown.exit_code == 2 and "Galat: Opsi '--tidak-ada' tidak dikenal." in unknown.output
    missing = run("hitung")
    assert missing.exit_code == 2 and "Argumen belum diberikan 'FOLDER_MASUKAN'" in missing.output
    choice = run("hitung", "input", "--format", "xml")
    assert choice.exit_code == 2 and "'xml' bukan salah satu dari 'text', 'json'" in choice.output
    command = run("bangun")
    assert command.exit_code == 2 and "Perintah 'bangun' tidak dikenal." in command.output
