"""Run the whole test suite: `python run_tests.py` (extra arguments go to pytest)."""

import subprocess
import sys

from lkj._bootstrap import ensure_environment

if __name__ == "__main__":
    ensure_environment()
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", *sys.argv[1:]]))
