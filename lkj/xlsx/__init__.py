"""Excel files written by lkj: blank templates, filled workbooks (samples, tests) and annotated copies."""
