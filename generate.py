"""Build the LKj report: `python generate.py` builds the sample workbooks in input/ into output/.

Any arguments are those of `lkj build` (see `python generate.py --help`).
"""

from lkj._bootstrap import ensure_environment

if __name__ == "__main__":
    ensure_environment()
    from lkj.cli import generate_main

    generate_main()
