"""The workbook contract: the one place that says which workbooks, sheets and columns exist.

The blank templates (`lkj.xlsx.blank`), the reader (`lkj.read`), the validator's cell rules and the
generated reference `docs/kontrak-workbook.md` are all derived from `WORKBOOKS`.
"""

from __future__ import annotations

from lkj.contract.bidang import BIDANG
from lkj.contract.instansi import INSTANSI
from lkj.contract.kinds import Column, FormSheet, Kind, Sheet, TableSheet, WorkbookSpec

# Bump when a sheet or column changes in a way an older filled workbook would not satisfy.
VERSION = 2  # 2: issues 16, 17 and 19 (new columns and sheets, open bands, category targets)

META_SHEET = "_lkj"  # hidden: workbook kind, template version, year
META_FIELDS = ("jenis", "versi", "tahun", "dibuat")  # a row each from the first: name in A, value in B
LIST_SHEET = "_daftar"  # hidden: entries of the closed lists behind the dropdowns
GUIDE_SHEET = "Petunjuk"

WORKBOOKS: dict[str, WorkbookSpec] = {INSTANSI.kind: INSTANSI, BIDANG.kind: BIDANG}

__all__ = [
    "GUIDE_SHEET",
    "LIST_SHEET",
    "META_FIELDS",
    "META_SHEET",
    "VERSION",
    "WORKBOOKS",
    "Column",
    "FormSheet",
    "Kind",
    "Sheet",
    "TableSheet",
    "WorkbookSpec",
]
