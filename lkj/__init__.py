"""lkj: the Laporan Kinerja (LKj/LKjIP) generator.

Pipeline stages, each a subpackage: `contract` (the workbook contract) → `read` → `validate` → `compute`
→ `render`, plus `cli`, `diff` and `xlsx` (blank templates and annotated copies).
"""

__version__ = "0.1.0"
