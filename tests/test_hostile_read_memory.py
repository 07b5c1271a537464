"""The reader against workbooks built to exhaust memory, and against a workbook replaced while it is
read. Each memory case runs as a user runs it, in a real lkj process whose address space is capped: a
regression is a process killed by the cap (an abort, not exit 1), never a machine out of memory."""

from __future__ import annotations

import json
import random
import shutil
import string
import textwrap

import openpyxl

from tests.corpus import APL, SEK, edit
from tests.helpers import capped, edit_cells
from tests.hostile import append_rows, far_cell, in_sheet, shared_cells, shared_strings
from tests.test_hostile_read import findings, located, snapshot


def _text(size: int, seed: int) -> str:
    """Letters no zip shrinks much: a workbook holding them stays small only by referring to them."""
    return "".join(random.Random(seed).choices(string.ascii_letters, k=size))


def test_one_shared_string_in_twenty_thousand_cells_is_one_finding_within_the_cap(jambi_copy):
    """100 KB of text, stored once, shown in 20.000 cells: 2 GB of strings once calamine places them."""
    path = jambi_copy / SEK
    shared_strings([_text(100_000, 1)])(path)
    in_sheet(path, "Program", append_rows(shared_cells(1000, 2000, "MNOPQRSTUV", 0)))
    edit(APL, "Program", {"I4": "abc"})(jambi_copy)
    before = snapshot(jambi_copy)
    done = capped("validate", jambi_copy, "--format", "json")
    assert done.returncode == 1, done.stderr[-2000:]
    found = json.loads(done.stdout.decode("utf-8"))
    mine = [f for f in found if f["file"] == SEK]
    assert [(f["code"], f["sheet"], f["cell"]) for f in mine] == [("file.inflated", "", "")]
    assert "shared strings" in mine[0]["message"] and "batas 256,0 MB" in mine[0]["message"]
    assert ("cell.number", APL, "Program", "I4") in located(found)  # the other workbooks are read
    assert snapshot(jambi_copy) == before


def test_long_shared_strings_referred_to_a_few_times_are_read(run, jambi_copy):
    """Counted string by string: a long text in two cells and a short one in 20.000 make 2 MB."""
    path = jambi_copy / SEK
    edit(SEK, "Program", {"I4": "abc"})(jambi_copy)
    shared_strings([_text(1_000_000, 2), "pendek"])(path)
    cells = shared_cells(1000, 2, "M", 0) + shared_cells(1002, 2000, "NOPQRSTUVW", 1)
    in_sheet(path, "Program", append_rows(cells))
    found = findings(run("validate", jambi_copy, "--format", "json"))
    assert not [f for f in found if f["code"] == "file.inflated"]
    assert ("cell.number", SEK, "Program", "I4") in located(found)


# A run of lkj in which the workbook TARGET is replaced by the file REPLACEMENT right after the reader
# ("read") or annotate ("annotate") has checked it, as a sync client or a colleague on a network share
# might replace it.
SWAPPED_LKJ = textwrap.dedent(
    """
    import os, sys
    import lkj.read.workbook, lkj.xlsx.annotate

    target, replacement, stage = sys.argv[1:4]
    module = lkj.read.workbook if stage == "read" else lkj.xlsx.annotate
    real = module.open_package

    def checked_then_replaced(*args, **kwargs):
        opened = real(*args, **kwargs)
        if args[1] == os.path.basename(target) and os.path.exists(replacement):
            os.replace(replacement, target)
        return opened

    module.open_package = checked_then_replaced
    sys.argv = ["lkj", *sys.argv[4:]]
    from lkj.cli import main
    main()
    """
)


def test_a_workbook_replaced_after_its_check_is_read_as_checked(jambi_copy, tmp_path):
    """The replacement holds a value at XFD1048576: read unchecked, it would take hundreds of GB."""
    edit(SEK, "Program", {"I4": "abc"})(jambi_copy)
    replacement = tmp_path / "pengganti.xlsx"
    shutil.copy(jambi_copy / SEK, replacement)
    in_sheet(replacement, "Program", append_rows(far_cell("XFD1048576", "x")))
    args = (jambi_copy / SEK, replacement, "read", "validate", jambi_copy, "--format", "json")
    done = capped(*args, script=SWAPPED_LKJ)
    assert done.returncode == 1, done.stderr[-2000:]
    found = located(json.loads(done.stdout.decode("utf-8")))
    assert ("cell.number", SEK, "Program", "I4") in found
    assert not [code for code, file, _, _ in found if file == SEK and code == "sheet.too-large"]
    assert not replacement.exists()  # it did replace the workbook, after the check


def test_an_annotated_copy_holds_the_workbook_as_checked(jambi_copy, tmp_path):
    edit(SEK, "Program", {"I4": "abc"})(jambi_copy)
    replacement = tmp_path / "pengganti.xlsx"
    shutil.copy(jambi_copy / SEK, replacement)
    edit_cells(replacement, "Program", {"I4": "diganti"})
    out = tmp_path / "catatan"
    args = (jambi_copy / SEK, replacement, "annotate", "validate", jambi_copy, "--annotate", out)
    done = capped(*args, script=SWAPPED_LKJ)
    assert done.returncode == 1, done.stderr[-2000:]
    assert not replacement.exists()
    copy = openpyxl.load_workbook(out / SEK.replace(".xlsx", "-dengan-catatan.xlsx"))
    assert copy["Program"]["I4"].value == "abc" and copy["Program"]["I4"].comment is not None
