"""`lkj web`: the office's own web page for one year's work folder. Each bidang hands in and checks its
workbook through its own link; the secretariat watches who has handed in, builds the report and compares
builds. docs/web.md describes the design; lkj.web.actions is the one place that calls into lkj."""
