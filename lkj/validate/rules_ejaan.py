"""Staff text checked, never rewritten: the narrative cells a sub-coordinator types (penyebab, upaya,
kendala, tugas pokok, the report's texts: every long-text column of the contract) are checked for a word
typed twice in a row ("berdasarkan berdasarkan"), for words an Indonesian dictionary does not know, for
non-standard spellings with their KBBI form (lkj/reference/kata_tidak_baku.txt: "resiko" -> risiko), and
for a figure written with a decimal point ("sebesar 3.0", "98.5%"), which a reader of Indonesian takes for
a thousands separator.

The dictionary is hunspell's id_ID (Debian's hunspell-id), read here: its stems, and a word is known
when taking off Indonesian affixes leaves one (hunspell's own affix rules give them to some stems only:
"hubung" but not "terhubung"); where it is not installed, spelling is skipped and doubled words are
still told.
Agency terms the dictionary lacks (SPBE, Diskominfo, e-government words) are in
lkj/reference/kata_tambahan.txt. One finding per cell, however many words it holds: the report prints
the text as typed; the finding only points at it.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path

from lkj.contract import WORKBOOKS
from lkj.contract.kinds import Kind
from lkj.findings import Finding, Rule, Severity, finding
from lkj.model import Dataset, Source
from lkj.settings import Settings

W = Severity.WARNING
TEKS_KATA_GANDA = Rule("teks.kata-ganda", W, "Kata yang sama diketik dua kali berturut-turut", final=True)
TEKS_EJAAN = Rule("teks.ejaan", W, "Kata yang tidak ada dalam kamus bahasa Indonesia")

TEKS_TIDAK_BAKU = Rule("teks.tidak-baku", W, "Kata tidak baku yang punya bentuk baku (KBBI)")
TEKS_DESIMAL_TITIK = Rule("teks.desimal-titik", W, "Angka desimal ditulis dengan titik, bukan koma")

RULES = (TEKS_KATA_GANDA, TEKS_EJAAN, TEKS_TIDAK_BAKU, TEKS_DESIMAL_TITIK)

# Where hunspell's Indonesian dictionary is installed (Debian's hunspell-id); LKJ_KAMUS names another
# (the path without .dic/.aff)
DICTIONARIES = ("/usr/share/hunspell/id_ID", "/usr/local/share/hunspell/id_ID")
SHOWN_WORDS = 8  # unknown words named per cell; the rest are counted
LONGEST = 40  # no Indonesian word is longer: a longer one is unknown as it is, and shown cut

# a web or mail address, searched inside one whitespace-free token (a pattern over the whole text with a
# leading \S+ took time growing with the square of a long token's length: a 32.000-character cell ran
# for seconds)
_ADDRESS = re.compile(r".(?:://|@|www\.)|.\.(?:go\.id|com|id|org|net)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# a figure with a point and one or two decimals (a thousands group has three digits: 1.234 is not one),
# where it reads as a figure: after a word that introduces one, or before a percent, poin or unit word
_FIGURE = r"(?<![\d.,])\d+\.\d{1,2}(?!\d|[.,]\d)"
_DECIMAL_POINT = re.compile(
    r"(?:\b(?:sebesar|menjadi|mencapai|nilai|nilainya|target|targetnya|realisasi|realisasinya|capaian|"
    r"capaiannya|indeks|rata-rata|hanya|naik|turun|meningkat|menurun)\s+(?:\S+\s+){0,1}?)(" + _FIGURE + r")"
    r"|(" + _FIGURE + r")\s?(?:%|persen\b|poin\b)",
    re.IGNORECASE,
)
_DOUBLED = re.compile(r"\b([^\W\d_]{2,})(\s+)(\1)\b", re.IGNORECASE)
# hunspell's id_ID gives its affixes to some stems only ("hubung" but not "terhubung"): a word is also
# known when taking off Indonesian affixes leaves a word the dictionary knows (prefixes with their nasal
# assimilation: meny+sapu, mem+pakai, men+tulis, meng+kirim)
_PREFIXES = (
    ("memper", ""), ("diper", ""), ("meng", ""), ("meng", "k"), ("meny", "s"), ("mem", ""), ("mem", "p"),
    ("men", ""), ("men", "t"), ("peng", ""), ("peng", "k"), ("peny", "s"), ("pem", ""), ("pem", "p"),
    ("pen", ""), ("pen", "t"), ("ber", ""), ("ter", ""), ("per", ""), ("me", ""), ("pe", ""), ("be", ""),
    ("te", ""), ("di", ""), ("ke", ""), ("se", ""),
)  # fmt: skip
_SUFFIXES = ("nyalah", "nya", "lah", "kah", "pun", "kan", "an", "ku", "mu", "i")
# di and ke before a place are prepositions, written apart: "di bawah", never "dibawah"
_PLACES = frozenset(
    [
        "atas",
        "bawah",
        "mana",
        "dalam",
        "luar",
        "samping",
        "depan",
        "belakang",
        "sini",
        "situ",
        "sana",
        "antara",
        "tengah",
        "sekitar",
        "lingkungan",
        "masa",
        "sebelah",
        "seberang",
        "muka",
    ]
)


def check(dataset: Dataset, settings: Settings) -> Iterator[Finding]:
    cells = list(_staff_text(dataset))
    if not cells:
        return
    known = speller()
    for src, key, text in cells:
        yield from _doubled(src, key, text)
        yield from _non_standard(src, key, text)
        yield from _decimal_point(src, key, text)
        if known is not None:
            yield from _spelling(src, key, text, known)


def _staff_text(dataset: Dataset) -> Iterator[tuple[Source, str, str]]:
    """(record's source, column key, text) of every long-text cell of the folder, by the contract."""
    holders: list[tuple[str, object]] = []
    if dataset.instansi is not None:
        holders.append(("instansi", dataset.instansi))
    holders += [("bidang", b) for b in dataset.bidang]
    for kind, holder in holders:
        for sheet in WORKBOOKS[kind].sheets:
            columns = [
                c.key
                for c in getattr(sheet, "columns", getattr(sheet, "fields", ()))
                if c.kind is Kind.LONGTEXT
            ]
            if not columns:
                continue
            held = getattr(holder, sheet.key, None)
            records = held if isinstance(held, tuple) else (held,) if held is not None else ()
            for record in records:
                src = getattr(record, "src", None)
                if not isinstance(src, Source):
                    continue
                for key in columns:
                    text = getattr(record, key, None)
                    if isinstance(text, str) and text.strip():
                        yield src, key, text


def _doubled(src: Source, key: str, text: str) -> Iterator[Finding]:
    seen = [m.group(0) for m in _DOUBLED.finditer(text)]
    if seen:
        said = ", ".join(f"\u201c{s}\u201d" for s in dict.fromkeys(" ".join(x.split()) for x in seen))
        yield finding(
            TEKS_KATA_GANDA,
            src.ref(key),
            f"Kata diketik dua kali berturut-turut: {said}. Laporan memuat teks ini apa adanya; hapus salah "
            "satunya (kata ulang ditulis dengan tanda hubung, mis. kata-kata).",
        )


def _non_standard(src: Source, key: str, text: str) -> Iterator[Finding]:
    standard = _standard_forms()
    seen: dict[str, str] = {}  # one mention per word, whatever its case
    for word in _WORD.findall(_without_addresses(text)):
        form = standard.get(word.casefold())
        # the standard form itself ("LKj") and a word in capitals (a title) are not told
        if form is not None and word != form and not word.isupper():
            seen.setdefault(word.casefold(), word)
    if seen:
        said = ", ".join(f"\u201c{w}\u201d (baku: {standard[k]})" for k, w in seen.items())
        yield finding(
            TEKS_TIDAK_BAKU,
            src.ref(key),
            f"Kata tidak baku: {said}. Laporan memuat teks ini apa adanya; gunakan bentuk bakunya.",
        )


def _decimal_point(src: Source, key: str, text: str) -> Iterator[Finding]:
    seen = dict.fromkeys(m.group(1) or m.group(2) for m in _DECIMAL_POINT.finditer(text))
    if seen:
        said = ", ".join(f"\u201c{n}\u201d (tulis {n.replace('.', ',')})" for n in seen)
        yield finding(
            TEKS_DESIMAL_TITIK,
            src.ref(key),
            f"Angka desimal ditulis dengan titik: {said}. Dalam bahasa Indonesia titik memisahkan ribuan "
            "(1.234) dan koma memisahkan desimal (3,0); laporan memuat teks ini apa adanya.",
        )


def _spelling(src: Source, key: str, text: str, known: Callable[[str], bool]) -> Iterator[Finding]:
    words = _WORD.findall(_without_addresses(text))  # web and mail addresses are no words
    unknown = list(dict.fromkeys(w for w in words if _checked(w) and not known(w)))
    if not unknown:
        return
    shown = ", ".join(f"\u201c{_cut(w)}\u201d" for w in unknown[:SHOWN_WORDS])
    more = f" dan {len(unknown) - SHOWN_WORDS} kata lain" if len(unknown) > SHOWN_WORDS else ""
    yield finding(
        TEKS_EJAAN,
        src.ref(key),
        f"Kata yang tidak ada dalam kamus bahasa Indonesia: {shown}{more}. Laporan memuat teks ini apa "
        "adanya; periksa ejaannya (istilah yang memang benar, mis. nama aplikasi, boleh dibiarkan).",
    )


def _without_addresses(text: str) -> str:
    """The text's whitespace-separated tokens but those holding a web or mail address (no words)."""
    return " ".join(token for token in text.split() if not _ADDRESS.search(token))


def _cut(word: str) -> str:
    return word if len(word) <= LONGEST else word[:LONGEST] + "\u2026"


def _checked(word: str) -> bool:
    """Words a dictionary can judge: not an acronym or a name (a capital after the first letter, or a
    capitalised word: names of places, applications and units are not in it), not a single letter."""
    return len(word) > 2 and word[1:].islower() and word[0].islower()


@functools.lru_cache(maxsize=1)
def speller() -> Callable[[str], bool] | None:
    """Whether a word is Indonesian: a stem of hunspell's id_ID with Indonesian affixes (lkj's own reading
    of its .dic and .aff), or a word of lkj's own list; None where the dictionary is not installed."""
    base = _dictionary()
    if base is None:
        return None
    try:
        stems = read_hunspell(Path(base + ".dic"), Path(base + ".aff"))
    except (OSError, UnicodeDecodeError, LookupError):  # unreadable: skipped, as where there is none
        return None
    words = stems | _extra_words()

    @functools.lru_cache(maxsize=65536)
    def known(word: str) -> bool:
        lower = word.casefold()
        if len(lower) > LONGEST:
            return lower in words
        if lower[:2] in ("di", "ke") and lower[2:] in _PLACES and lower not in words:
            return False
        if any(stem in words for stem in _stems(lower)):
            return True
        # a compound or a reduplication the dictionary does not list as a whole: each part known
        return "-" in lower and all(known(part) for part in lower.split("-") if part)

    return known


def read_hunspell(dic: Path, aff: Path) -> frozenset[str]:
    """The stems of a hunspell dictionary, case-folded: each line of the .dic after its count, without
    its flags ("abadi/DkMkO0k0nl") and morphological fields, in the encoding its .aff names (SET)."""
    encoding = "utf-8"
    for line in aff.read_bytes().decode("latin-1").splitlines():
        if line.startswith("SET "):
            encoding = line.split()[1]
            break
    lines = dic.read_bytes().decode(encoding).splitlines()[1:]
    return frozenset(
        stem.casefold() for line in lines if (stem := line.split("/", 1)[0].split("\t", 1)[0].strip())
    )


def _stems(word: str) -> Iterator[str]:
    """The word, then what is left of it without its suffixes (up to two) and prefixes (up to two)."""
    yield word
    bare = [word]
    for _ in range(2):
        bare += [w[: -len(s)] for w in bare for s in _SUFFIXES if w.endswith(s) and len(w) - len(s) >= 3]
    for _ in range(2):
        bare += [
            fill + w[len(p) :]
            for w in list(bare)
            for p, fill in _PREFIXES
            if w.startswith(p) and len(w) - len(p) + len(fill) >= 3
        ]
    seen = {word}
    for stem in bare:
        if stem not in seen:
            seen.add(stem)
            yield stem


def _dictionary() -> str | None:
    chosen = os.environ.get("LKJ_KAMUS")
    for base in [chosen] if chosen else DICTIONARIES:
        if Path(base + ".dic").is_file() and Path(base + ".aff").is_file():
            return base
    return None


@functools.lru_cache(maxsize=1)
def _standard_forms() -> dict[str, str]:
    text = resources.files("lkj.reference").joinpath("kata_tidak_baku.txt").read_text(encoding="utf-8")
    pairs = (line.split("#", 1)[0].split() for line in text.splitlines())
    return {pair[0].casefold(): pair[1] for pair in pairs if len(pair) == 2}


def _extra_words() -> frozenset[str]:
    text = resources.files("lkj.reference").joinpath("kata_tambahan.txt").read_text(encoding="utf-8")
    return frozenset(_words(text))


def _words(lines: Iterable[str] | str) -> Iterator[str]:
    for line in lines.splitlines() if isinstance(lines, str) else lines:
        word = line.split("#", 1)[0].strip().casefold()
        if word:
            yield word
