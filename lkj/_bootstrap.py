"""Make the two quick-start commands work on a fresh machine.

`python generate.py` and `python run_tests.py` call :func:`ensure_environment` before importing anything
outside the standard library. It creates `.venv/` in the repository, installs the project into it (once,
and again whenever `pyproject.toml` changes) and re-runs the command inside it. Set `LKJ_NO_VENV=1` to use
the current interpreter as it is (for packagers and for environments managed by hand).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".lkj-installed"
EXTRAS = "dev"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _wanted_stamp() -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest} [{EXTRAS}]"


def _inside_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def _install() -> None:
    if not venv_python().exists():
        print("lkj: menyiapkan lingkungan Python di .venv/ (sekali saja) ...", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("lkj: memasang dependensi (pip install -e .) ...", file=sys.stderr)
    cmd = [str(venv_python()), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[{EXTRAS}]"]
    if subprocess.call(cmd) != 0:
        sys.exit("lkj: pemasangan dependensi gagal; periksa koneksi ke PyPI lalu ulangi perintah.")
    # an editable install leaves lkj's own modules uncompiled; where bytecode is not written on the fly
    # (PYTHONDONTWRITEBYTECODE), every run would compile them again
    subprocess.call([str(venv_python()), "-m", "compileall", "-q", str(ROOT / "lkj")])
    STAMP.write_text(_wanted_stamp(), encoding="utf-8")


def ensure_environment() -> None:
    """Return when the current interpreter can run lkj; otherwise install and re-exec inside .venv."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this file must still run on an old interpreter, to say so
        sys.exit("lkj membutuhkan Python 3.11 atau lebih baru.")
    if os.environ.get("LKJ_NO_VENV"):
        return
    installed = STAMP.exists() and STAMP.read_text(encoding="utf-8") == _wanted_stamp()
    if not installed:
        _install()
    if _inside_venv():
        return
    python = str(venv_python())
    args = [python, *sys.argv]
    if os.name == "nt":  # os.execv does not replace the process on Windows
        sys.exit(subprocess.call(args))
    os.execv(python, args)
