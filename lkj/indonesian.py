"""Indonesian formatting of every figure: 1.234.567,89 · 98,08% · Rp1.500.000,00 · 17 Agustus 2024 ·
terbilang ("satu juta seribu rupiah").

Rounding is half-up, as people round by hand; nothing here touches floats.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
_SCALES = (
    "",
    "ribu",
    "juta",
    "miliar",
    "triliun",
    "kuadriliun",
    "kuintiliun",
    "sekstiliun",
    "septiliun",
    "oktiliun",
    "noniliun",
    "desiliun",
)
ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)

Number = Decimal | int


_STEPS = tuple(Decimal(1).scaleb(-d) for d in range(12))
_SWAP = str.maketrans(",.", ".,")
# Rounding gives as many digits as the value has: Decimal's default 28 would refuse (InvalidOperation)
# a capaian of 10^26 % with its two decimals, which bounded input can still make (10^15 ÷ 10^-9)
_WIDE = Context(prec=400, rounding=ROUND_HALF_UP)


def rounded(value: Number, decimals: int) -> Decimal:
    step = _STEPS[decimals] if 0 <= decimals < len(_STEPS) else Decimal(1).scaleb(-decimals)
    return Decimal(value).quantize(step, context=_WIDE)


def angka(value: Number, decimals: int | None = None) -> str:
    """1234567.891 → "1.234.567,89" (decimals=2); decimals=None keeps the value's own decimals."""
    number = value if isinstance(value, Decimal) else Decimal(value)
    if decimals is not None:
        number = rounded(number, decimals)
    elif number == number.to_integral_value():
        return f"{int(number):,}".replace(",", ".")  # a whole number (most figures): no "-0" as int
    else:
        number = number.normalize()
    if number.is_zero():
        number = number.copy_abs()  # no "-0,00"
    return format(number, ",f").translate(_SWAP)


def rentang(low: Number, high: Number) -> str:
    """A target: one number (low == high) or a range, 80 → "80", 80–90 → "80–90"."""
    return angka(low) if low == high else f"{angka(low)}–{angka(high)}"


def rentang_skor(
    dari: Number | None,
    dari_termasuk: bool | None,
    sampai: Number | None,
    sampai_termasuk: bool | None,
    sep: str = "–",
    places: int | None = None,
) -> str:
    """A band of a conversion table: "90–92", "> 92–94", "< 90", "≥ 98"; a bound belongs to the band
    unless its 'termasuk' is False, and an empty bound is open. `places`: the table's one precision."""
    if sampai is None:
        if dari is None:
            return "semua nilai"
        return f"{'>' if dari_termasuk is False else '≥'} {angka(dari, places)}"
    upper = f"{'< ' if sampai_termasuk is False else ''}{angka(sampai, places)}"
    if dari is None:
        return upper if sampai_termasuk is False else f"≤ {upper}"
    return f"{'> ' if dari_termasuk is False else ''}{angka(dari, places)}{sep}{upper}"


def persen(value: Number, decimals: int = 2) -> str:
    """98.0767 → "98,08%"."""
    return f"{angka(value, decimals)}%"


def rupiah(value: Number, sen: bool = True) -> str:
    """14883605435 → "Rp14.883.605.435,00" (PUEBI style: no space, no period after Rp)."""
    number = Decimal(value)
    text = angka(number, 2 if sen or number != number.to_integral_value() else 0)
    if text.startswith("-"):
        return "-Rp" + text[1:]
    return "Rp" + text


def tanggal(value: date) -> str:
    """date(2024, 8, 17) → "17 Agustus 2024"."""
    return f"{value.day} {BULAN[value.month - 1]} {value.year}"


def romawi(value: int) -> str:
    """3 → "III" (chapter numbers)."""
    out = ""
    for arabic, letters in ROMAN:
        count, value = divmod(value, arabic)
        out += letters * count
    return out


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_DIGITS[hundreds], "ratus"]
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest <= 19:
        words += [_DIGITS[rest - 10], "belas"]
    elif rest >= 20:
        tens, ones = divmod(rest, 10)
        words += [_DIGITS[tens], "puluh"] + ([_DIGITS[ones]] if ones else [])
    elif rest:
        words.append(_DIGITS[rest])
    return words


def terbilang_bulat(n: int) -> str:
    """Words for a whole number: 1001000 → "satu juta seribu"."""
    if n < 0:
        return "minus " + terbilang_bulat(-n)
    if n == 0:
        return "nol"
    if n >= 1000 ** len(_SCALES):
        raise ValueError("angka terlalu besar untuk terbilang")
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    words: list[str] = []
    for scale in range(len(groups) - 1, -1, -1):
        group = groups[scale]
        if not group:
            continue
        if scale == 1 and group == 1:
            words.append("seribu")  # seribu in every position, also in 1.001.000
            continue
        words += _below_thousand(group)
        if _SCALES[scale]:
            words.append(_SCALES[scale])
    return " ".join(words)


def terbilang(value: Number) -> str:
    """Whole part in words, decimals read digit by digit: 2.79 → "dua koma tujuh sembilan"."""
    number = Decimal(value)
    whole = int(number)
    text = terbilang_bulat(whole) if not (whole == 0 and number < 0) else "minus nol"
    fraction = f"{abs(number):f}".partition(".")[2].rstrip("0")
    if fraction:
        text += " koma " + " ".join(_DIGITS[int(d)] for d in fraction)
    return text


def terbilang_rupiah(value: Number) -> str:
    """167635000 → "seratus enam puluh tujuh juta enam ratus tiga puluh lima ribu rupiah"."""
    number = rounded(value, 2)
    whole = int(number)
    sen = int((abs(number) - abs(whole)) * 100)
    text = terbilang_bulat(whole) + " rupiah"
    if sen:
        text += " " + terbilang_bulat(sen) + " sen"
    return text


def ukuran_berkas(size: int) -> str:
    """File size for messages: 52428800 → "50,0 MB"."""
    return f"{angka(Decimal(size) / 1048576, 1)} MB"


def daftar(items: Sequence[str], dan: str = "dan") -> str:
    """A list in a sentence: "a", "a dan b", "a, b dan c" (`dan`: the last joining word, e.g. "serta")."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {dan} {items[-1]}"


def tahun_tahun(years: Iterable[int]) -> str:
    """Years in a sentence, each run of consecutive years as one span: "2019–2022 dan 2024"."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return daftar([f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs])
