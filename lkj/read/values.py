"""Turn what staff type into typed values, or say in Bahasa Indonesia why a cell cannot be read.

Accepted: numbers stored as numbers or as text, Indonesian (1.234.567,89) and US (1,234,567.89)
grouping, "Rp"/"Rp." prefixes, ",-" suffixes, stray spaces, "%" signs, ranges ("80-90", "7 s.d. 8"),
Excel dates and typed dates ("17/08/2024", "17 Agustus 2024").
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from lkj.contract.kinds import NUMBER_DECIMALS, NUMBER_LIMIT
from lkj.findings import printable
from lkj.indonesian import angka
from lkj.model import Target

MONTHS = (
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
)
MONTH_ABBREV = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"agu": 8, "okt": 10, "des": 12, "peb": 2}
EXCEL_EPOCH = date(1899, 12, 30)
# The dates a report can hold (the years lkj templates and reports are made for): anything else is a time,
# a duration or a number that Excel shows as a date (3,5 is 2 January 1900)
FIRST_DATE, LAST_DATE = date(2000, 1, 1), date(2100, 12, 31)
MONEY_STEP = Decimal("0.01")
FLOAT_NOISE = Decimal(1).scaleb(-NUMBER_DECIMALS)

_CURRENCY = re.compile(r"^(?:rp\.?|idr)", re.IGNORECASE)
_DIGITS = re.compile(r"^[0-9][0-9.,]*$")
_RANGE = re.compile(r"^(.+?)\s*(?:–|—|-|s\.?\s*/?\s*d\.?|sampai(?: dengan)?|hingga)\s*(.+)$", re.IGNORECASE)
_XML_INVALID = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_PASTED_BREAKS = re.compile("[\x0b\x0c\r\u2028\u2029]")
_DATE_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_DATE_WORDS = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")


class Unreadable(ValueError):
    """The cell holds something that is not a value of the expected kind. `str()` is the reason."""


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def parse_decimal(raw: object, money: bool = False) -> tuple[Decimal, bool]:
    """A number and whether it was written with a '%' sign (the value is then in percent units), within
    the contract's bounds (below NUMBER_LIMIT, to NUMBER_DECIMALS decimals).

    A lone comma is a decimal comma ("98,5"), except in rupiah, which never has three decimals
    ("154,050" is then US-style grouping).
    """
    value, percent = _unbounded(raw, money)
    return _within(value, raw), percent


def _within(value: Decimal, raw: object) -> Decimal:
    if abs(value) >= NUMBER_LIMIT:
        text = shown(raw)
        if len(text) > 40:
            digits = len(str(abs(int(value))))
            text = f"angka {digits} digit" if isinstance(raw, (int, float)) else f"\u201c{text[:40]}…\u201d"
        raise Unreadable(
            f"berisi {text}, di luar batas angka yang dapat diolah (kurang dari 1.000 triliun): tidak ada "
            "anggaran atau indikator sebesar itu"
        )
    if value.as_tuple().exponent < -NUMBER_DECIMALS:  # type: ignore[operator]
        value = value.quantize(FLOAT_NOISE).normalize()
    return value


def _unbounded(raw: object, money: bool) -> tuple[Decimal, bool]:
    if isinstance(raw, bool):
        raise Unreadable("berisi nilai benar/salah (TRUE/FALSE), bukan angka")
    if isinstance(raw, int):
        return Decimal(raw), False
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise Unreadable("berisi nilai yang bukan bilangan (tak hingga atau NaN)")
        return from_float(raw), False
    if isinstance(raw, (date, datetime)):
        raise Unreadable(f"berisi tanggal ({raw:%d/%m/%Y}), bukan angka")
    if not isinstance(raw, str):
        raise Unreadable(f"berisi {shown(raw)}, bukan angka")
    return _parse_number_text(raw, money)


def from_float(value: float) -> Decimal:
    """Shortest decimal of a float, with binary noise from Excel formulas (81.22000000000001) removed."""
    if value.is_integer():
        return Decimal(int(value))
    number = Decimal(repr(value))
    if number.as_tuple().exponent < -9:  # type: ignore[operator]
        number = number.quantize(FLOAT_NOISE).normalize()
    return number


def _parse_number_text(text: str, money: bool) -> tuple[Decimal, bool]:
    s = "".join(text.split())  # drops spaces, tabs and non-breaking spaces: "13.895.587.102 ,00"
    s = s.replace("\u2212", "-")
    if s.startswith("#") and (s.endswith("!") or s.endswith("A")):
        raise Unreadable(f"berisi galat Excel {s}")
    if s and not s.strip("-\u2013\u2014"):  # a dash, as hand-made tables mark "nothing"
        raise Unreadable(
            f"berisi tanda \u201c{s}\u201d: bila datanya belum ada, kosongkan sel ini; "
            "bila nilainya nol, ketik 0"
        )
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    if s.startswith("-"):
        negative, s = True, s[1:]
    s = _CURRENCY.sub("", s)
    if s.startswith("-"):
        negative, s = True, s[1:]
    percent = s.endswith("%")
    s = s.rstrip("%")
    for suffix in (",-", ".-", "-"):
        if s.endswith(suffix):
            s = s[: -len(suffix)]
            break
    if not s or not _DIGITS.match(s) or s[-1] in ".,":
        raise Unreadable(f"berisi \u201c{shown(text)}\u201d, bukan angka")
    number = _digits_to_decimal(s, text, money)
    return (-number if negative else number), percent


def _digits_to_decimal(s: str, original: str, money: bool) -> Decimal:
    separators = [i for i, ch in enumerate(s) if ch in ".,"]
    if not separators:
        return Decimal(s)
    last = separators[-1]
    kinds = {s[i] for i in separators}
    tail = s[last + 1 :]
    if len(kinds) == 2:
        decimal_at: int | None = last  # both kinds: the last one is the decimal separator
    elif len(separators) > 1:
        decimal_at = None  # one kind, several times: grouping (6,199,463,343 or 1.500.000)
    else:
        head = s[:last]
        grouping = len(tail) == 3 and 1 <= len(head) <= 3 and head != "0"
        if s[last] == "," and not money:
            grouping = False  # Indonesian decimal comma: 98,5 and 2,790
        decimal_at = None if grouping else last  # 1.500 is fifteen hundred; 98.5 and 0.500 are decimals
    whole = s if decimal_at is None else s[:decimal_at]
    fraction = "" if decimal_at is None else s[decimal_at + 1 :]
    groups = re.split(r"[.,]", whole)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise Unreadable(f"berisi \u201c{shown(original)}\u201d: pemisah ribuan tidak beraturan")
    try:
        return Decimal("".join(groups) + ("." + fraction if fraction else ""))
    except InvalidOperation as exc:  # pragma: no cover - guarded by the regex above
        raise Unreadable(f"berisi \u201c{shown(original)}\u201d, bukan angka") from exc


def shown(raw: object) -> str:
    """A cell's content as a message quotes it: text as typed (its first 80 characters, the unprintable
    ones escaped), a number in Indonesian grouping with its shortest digits (1e+26 and 1500.5 would
    puzzle staff)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and math.isfinite(raw):
        return angka(Decimal(repr(raw)))
    if isinstance(raw, time | timedelta):
        return f"jam {clock(raw)}" if isinstance(raw, time) else f"durasi {clock(raw)} (jam.menit)"
    if isinstance(raw, datetime):
        return f"{raw:%d/%m/%Y}" + (f" {clock(raw.time())}" if raw.time() != time() else "")
    if isinstance(raw, date):
        return f"{raw:%d/%m/%Y}"
    text = printable(str(raw).strip())
    return text if len(text) <= 80 else text[:80] + "…"


def parse_number(raw: object, percent_style: bool = False) -> Decimal:
    """A number; cells shown as a percentage in Excel hold a fraction and are scaled to percent units."""
    value, _ = parse_decimal(raw)
    if percent_style and isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = _within((value * 100).normalize(), raw)
    return value


def with_places(value: object, places: int) -> object:
    """A number or target with at least `places` decimals, as its cell's number format shows it (3.4
    shown as "3,40" is 3.40): the typed precision, kept for the report."""
    if isinstance(value, Target):
        return Target(_placed(value.low, places), _placed(value.high, places), value.kategori)
    return _placed(value, places) if isinstance(value, Decimal) else value


def _placed(value: Decimal, places: int) -> Decimal:
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent < places:
        return value.quantize(Decimal(1).scaleb(-places))
    return value


def parse_money(raw: object) -> Decimal:
    value, percent = parse_decimal(raw, money=True)
    if percent:
        raise Unreadable(f"berisi persentase \u201c{shown(raw)}\u201d, padahal yang diminta jumlah rupiah")
    if value != value.quantize(MONEY_STEP):
        rounded = value.quantize(MONEY_STEP)
        if abs(rounded - value) > FLOAT_NOISE:
            raise Unreadable(f"berisi {shown(raw)}: rupiah paling banyak dua angka di belakang koma")
        value = rounded
    return value


def parse_integer(raw: object) -> int:
    value, _ = parse_decimal(raw)
    if value != value.to_integral_value():
        raise Unreadable(f"berisi {shown(raw)}, padahal yang diminta bilangan bulat")
    return int(value)


def parse_year(raw: object) -> int:
    year = parse_integer(raw)
    if not 1900 <= year <= 2100:
        raise Unreadable(f"berisi {shown(raw)}, bukan tahun empat angka")
    return year


def parse_target(raw: object, percent_style: bool = False) -> Target:
    """A single number or a range: "80-90", "80 – 90", "7 s.d. 8", "80% sampai 90%"."""
    if not isinstance(raw, str):
        return Target.single(parse_number(raw, percent_style))
    try:
        return Target.single(parse_decimal(raw)[0])
    except Unreadable:
        pass
    match = _RANGE.match(raw.strip())
    if not match:
        raise Unreadable(f"berisi \u201c{shown(raw)}\u201d, bukan angka atau rentang seperti 80-90")
    low, high = parse_decimal(match.group(1))[0], parse_decimal(match.group(2))[0]
    if low > high:
        raise Unreadable(
            f"berisi rentang \u201c{shown(raw)}\u201d dengan batas bawah lebih besar dari batas atas"
        )
    return Target(low, high)


def clock(value: time | timedelta) -> str:
    """A time or a duration as Indonesian writes the hour: 08.30, 26.00 (hours beyond a day counted on)."""
    if isinstance(value, time):
        hours, minutes, seconds = value.hour, value.minute, value.second
    else:
        whole = int(value.total_seconds())
        hours, minutes, seconds = whole // 3600, whole % 3600 // 60, whole % 60
    return f"{hours:02d}.{minutes:02d}" + (f".{seconds:02d}" if seconds else "")


def parse_date(raw: object) -> date:
    found = _date(raw)
    if not FIRST_DATE <= found <= LAST_DATE:
        what = (
            f"tanggal {shown(raw)}"
            if isinstance(raw, date)
            else f"{shown(raw)}, yang dibaca sebagai tanggal {found:%d/%m/%Y}"
        )
        raise Unreadable(
            f"berisi {what}: di luar tahun {FIRST_DATE.year}–{LAST_DATE.year}, jadi mungkin jam, durasi atau "
            "angka yang diformat sebagai tanggal"
        )
    return found


def _date(raw: object) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if 1 <= raw < 80000:
            return EXCEL_EPOCH + timedelta(days=int(raw))
        raise Unreadable(f"berisi {shown(raw)}, bukan tanggal")
    if isinstance(raw, str):
        return _parse_date_text(raw)
    raise Unreadable(f"berisi {shown(raw)}, bukan tanggal")


def _parse_date_text(text: str) -> date:
    s = " ".join(text.strip().lower().split())
    try:
        if m := _DATE_ISO.match(s):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _DATE_NUMERIC.match(s):
            year = int(m.group(3))
            year += 2000 if year < 100 else 0
            return date(year, int(m.group(2)), int(m.group(1)))
        if m := _DATE_WORDS.match(s):
            month = _month_number(m.group(2))
            if month:
                return date(int(m.group(3)), month, int(m.group(1)))
    except ValueError as exc:
        raise Unreadable(f"berisi \u201c{shown(text)}\u201d: tanggal tidak ada di kalender") from exc
    raise Unreadable(
        f"berisi \u201c{shown(text)}\u201d, bukan tanggal (contoh: 17/08/2024 atau 17 Agustus 2024)"
    )


def _month_number(word: str) -> int | None:
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return MONTH_ABBREV.get(word[:3])


def is_clean(text: str) -> bool:
    """Text that clean_text returns as it is (the common case): nothing to fold, normalise or remove."""
    return text.isascii() and text.isprintable() and "  " not in text and text.strip() == text


def clean_text(raw: object) -> tuple[str, bool]:
    """Text of a cell, and whether characters a .docx cannot hold were found (they are removed).

    Line-break characters pasted from Word (vertical tab, form feed, U+2028) become newlines.
    """
    if type(raw) is str and is_clean(raw):
        return raw, False
    if isinstance(raw, float) and raw.is_integer():
        text = str(int(raw))
    elif isinstance(raw, float):
        text = repr(raw)
    elif isinstance(raw, (datetime, date)):
        text = raw.strftime("%d/%m/%Y")
    elif isinstance(raw, time | timedelta):
        text = clock(raw)
    else:
        text = str(raw)
    text = _PASTED_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    text = unicodedata.normalize("NFC", text)
    cleaned = _XML_INVALID.sub("", text)
    lines = [" ".join(line.split()) for line in cleaned.split("\n")]
    return "\n".join(lines).strip(), cleaned != text


def parse_kode(raw: object) -> str:
    text, _ = clean_text(raw)
    return "".join(text.split())
