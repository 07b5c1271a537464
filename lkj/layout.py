"""Where things sit on a sheet. The writer places them here; the reader searches near here."""

TITLE_ROW = 1
INTRO_ROW = 2
HEADER_ROW = 3
FIRST_DATA_ROW = 4
HEADER_SEARCH_ROWS = 12  # the reader looks for the header row this far down (rows inserted above it)

# Form sheets: label, value and help in columns A, B, C from FIRST_DATA_ROW on.
FORM_LABEL_COL = 1
FORM_VALUE_COL = 2
FORM_HELP_COL = 3


def column_letter(index: int) -> str:
    """1 → A, 27 → AA (kept here so the reader need not import openpyxl)."""
    if 0 < index < len(_LETTERS):
        return _LETTERS[index]  # every provenance reference asks: spelled out once
    return _spelled(index)


def address(column: int, row: int) -> str:
    """A cell's address as Excel writes it: (3, 12) → "C12"."""
    return f"{column_letter(column)}{row}"


def row_of(cell: str) -> int:
    """The row number of a cell's address: "G23" → 23."""
    return int(cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def _spelled(index: int) -> str:
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_LETTERS = tuple(_spelled(i) for i in range(703))  # "" and A … ZZ
