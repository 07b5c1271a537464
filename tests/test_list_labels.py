"""List labels read from Word's numbering definitions (lkj.diff.numbering, lkj.diff.list_labels): what
`lkj dump` prints before a list item and what `lkj diff` compares, counted as Word counts them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from lkj.diff import diff_paths
from lkj.diff.document import read_document
from lkj.diff.dump import dump
from lkj.diff.list_labels import ListLabels, formatted
from lkj.diff.numbering import paragraph_numbering, read_numbering
from tests.conftest import JAMBI, build
from tests.helpers import W_NS, word_document


def _lvl(
    ilvl: int, fmt: str = "decimal", text: str | None = None, start: str | None = "1", extra: str = ""
) -> str:
    text = f"%{ilvl + 1}." if text is None else text
    start_xml = f'<w:start w:val="{start}"/>' if start is not None else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}">{start_xml}<w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def _numbering(abstracts: dict[str, str], nums: dict[str, str]) -> str:
    """abstractNumId → its inner XML; numId → "abstractNumId" or "abstractNumId|overrides XML"."""
    body = "".join(
        f'<w:abstractNum w:abstractNumId="{a}">{xml}</w:abstractNum>' for a, xml in abstracts.items()
    )
    for num_id, spec in nums.items():
        abstract, _, overrides = spec.partition("|")
        body += f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>'
    return f'<w:numbering xmlns:w="{W_NS}">{body}</w:numbering>'


def _styles(styles: str) -> str:
    return f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>'


def _labels(
    numbering: str, paragraphs: list[tuple[str, str | None, str | None]], styles: str = ""
) -> list[str]:
    tree = etree.fromstring(numbering.encode())
    counter = ListLabels(read_numbering(tree, etree.fromstring(_styles(styles).encode())))
    return [counter.label(style, num_id, ilvl) for style, num_id, ilvl in paragraphs]


def _items(num_id: str, *levels: int) -> list[tuple[str, str | None, str | None]]:
    return [("", num_id, str(level)) for level in levels]


def test_decimal_letters_romans_and_bullets_as_word_prints_them():
    abstract = (
        _lvl(0)
        + _lvl(1, "lowerLetter", "%2)")
        + _lvl(2, "lowerRoman")
        + _lvl(3, "bullet", "\uf0b7")
        + _lvl(4, "upperRoman", "%5")
        + _lvl(5, "upperLetter")
        + _lvl(6, "bullet", "§", extra='<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>')
        + _lvl(7, "bullet", "o", extra='<w:rPr><w:rFonts w:ascii="Courier New"/></w:rPr>')
        + _lvl(8, "bullet", "", extra='<w:lvlPicBulletId w:val="0"/>')
    )
    symbol, wingdings = (
        '<w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr>',
        '<w:rPr><w:rFonts w:ascii="Wingdings"/></w:rPr>',
    )
    written_by_libreoffice = (
        _lvl(0, "bullet", "\uf0b7", extra=symbol)
        + _lvl(1, "bullet", "\uf02d", extra=symbol)  # lkj's "–" as LibreOffice saves it
        + _lvl(2, "bullet", "\uf0d8", extra=wingdings)
        + _lvl(3, "bullet", "\uf0b7")  # no font named: a private-use character is a bullet
    )
    numbering = _numbering({"0": abstract}, {"1": "0"})
    assert _labels(numbering, _items("1", 0, 1, 1, 2, 2, 2, 2, 3, 0, 4, 5, 6, 7, 8)) == [
        "1.",
        "a)",
        "b)",
        "i.",
        "ii.",
        "iii.",
        "iv.",
        "•",  # Symbol's private-use bullet printed as a bullet
        "2.",
        "I",
        "A.",
        "▪",  # Wingdings' "§" is the square bullet it draws
        "o",  # a letter o in an ordinary font is what it is
        "•",  # a picture bullet
    ]
    resaved = _numbering({"0": written_by_libreoffice}, {"1": "0"})
    assert _labels(resaved, _items("1", 0, 1, 2, 3)) == ["•", "–", "➢", "•"]


def test_a_level_restarts_when_a_level_above_it_advances_and_references_other_levels():
    abstract = _lvl(0) + _lvl(1, text="%1.%2.") + _lvl(2, "lowerLetter", "%1.%2.%3")
    numbering = _numbering({"0": abstract}, {"1": "0"})
    assert _labels(numbering, _items("1", 0, 1, 1, 2, 2, 1, 2, 0, 1, 2)) == [
        "1.",
        "1.1.",
        "1.2.",
        "1.2.a",
        "1.2.b",
        "1.3.",
        "1.3.a",
        "2.",
        "2.1.",
        "2.1.a",
    ]


def test_start_values_and_a_level_never_restarted():
    abstract = _lvl(0, start="5") + _lvl(1, start="0", extra='<w:lvlRestart w:val="0"/>')
    numbering = _numbering({"0": abstract}, {"1": "0"})
    assert _labels(numbering, _items("1", 0, 1, 0, 1)) == ["5.", "0.", "6.", "1."]


def test_without_w_start_a_level_counts_from_zero_as_the_standard_says():
    numbering = _numbering({"0": _lvl(0, start=None)}, {"1": "0"})
    assert _labels(numbering, _items("1", 0, 0)) == ["0.", "1."]


def test_instances_share_their_definitions_counter_unless_they_restart_it():
    """lkj writes each run of numbers as an instance with a startOverride (lkj.render.lists); Word
    continues an instance without one where the definition's last instance stopped."""
    numbering = _numbering(
        {"0": _lvl(0)},
        {
            "1": "0",
            "2": '0|<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>',
            "3": "0",
            "4": '0|<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride>',
        },
    )
    order = _items("1", 0, 0) + _items("2", 0, 0) + _items("3", 0) + _items("4", 0, 0) + _items("1", 0)
    assert _labels(numbering, order) == ["1.", "2.", "1.", "2.", "3.", "7.", "8.", "9."]


def test_an_overriding_level_replaces_the_definitions():
    override = f'0|<w:lvlOverride w:ilvl="0">{_lvl(0, "upperLetter", "(%1)", start="3")}</w:lvlOverride>'
    numbering = _numbering({"0": _lvl(0)}, {"1": override})
    assert _labels(numbering, _items("1", 0, 0)) == ["(C)", "(D)"]


def test_numbering_from_the_paragraph_style_its_base_and_its_linked_level():
    numbering = _numbering(
        {"0": _lvl(0) + _lvl(1, "lowerLetter", extra='<w:pStyle w:val="Sub"/>')}, {"5": "0"}
    )
    styles = (
        '<w:style w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
        '<w:style w:styleId="Mine"><w:basedOn w:val="ListNumber"/></w:style>'
        '<w:style w:styleId="Sub"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
        '<w:style w:styleId="Subtitle"><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
    )
    paragraphs = [
        ("ListNumber", None, None),
        ("Sub", None, None),
        ("Mine", None, None),
        ("Mine", None, "1"),
        ("Mine", "0", None),  # numId 0: the paragraph takes its style's numbering away
        ("Subtitle", None, None),  # a level without a list
        ("Body", None, None),
    ]
    assert _labels(numbering, paragraphs, styles) == ["1.", "a.", "2.", "a.", "", "", ""]


def test_a_style_linked_definition_is_followed_and_a_cycle_gives_no_label():
    numbering = _numbering(
        {
            "0": '<w:styleLink w:val="Outline"/>' + _lvl(0, "upperRoman"),
            "1": '<w:numStyleLink w:val="Outline"/>',
            "2": '<w:numStyleLink w:val="Loop"/>',
            "3": '<w:numStyleLink w:val="Loop"/>',
        },
        {"1": "0", "2": "1", "3": "2", "4": "3"},
    )
    styles = (
        '<w:style w:styleId="Outline"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:styleId="Loop"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    )
    assert _labels(numbering, _items("2", 0, 0) + _items("3", 0) + _items("1", 0), styles) == [
        "I.",
        "II.",
        "",
        "III.",
    ]


@pytest.mark.parametrize(
    ("numbering", "paragraph"),
    [
        (_numbering({"0": _lvl(0)}, {"1": "0"}), ("", "1", "9")),  # no such level
        (_numbering({"0": _lvl(0)}, {"1": "0"}), ("", "1", "99999999999999999999")),
        (_numbering({"0": _lvl(0)}, {"1": "0"}), ("", "1", "-1")),
        (_numbering({"0": _lvl(0)}, {"1": "0"}), ("", "2", "0")),  # no such instance
        (_numbering({"0": _lvl(0, start="99999999999")}, {"1": "0"}), ("", "1", "0")),
        (_numbering({"0": _lvl(0, start="-4")}, {"1": "0"}), ("", "1", "0")),
        (_numbering({"0": _lvl(0, start="x")}, {"1": "0"}), ("", "1", "0")),
        (_numbering({"0": _lvl(0, text="%1" * 100)}, {"1": "0"}), ("", "1", "0")),
        (
            _numbering(
                {"0": _lvl(0)},
                {"1": '0|<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1e9"/></w:lvlOverride>'},
            ),
            ("", "1", "0"),
        ),
        (_numbering({"0": _lvl(0)}, {"1": "7"}), ("", "1", "0")),  # an instance of no definition
    ],
)
def test_hostile_definitions_give_no_label(numbering, paragraph):
    assert _labels(numbering, [paragraph]) == [""]


def test_large_numbers_stay_readable():
    assert [formatted(n, "lowerLetter") for n in (1, 26, 27, 53)] == ["a", "z", "aa", "aaa"]
    assert formatted(26 * 30 + 1, "lowerLetter") == "781"  # past Word's repeats: the number itself
    assert [formatted(n, "upperRoman") for n in (1, 4, 9, 14, 40, 90, 400, 1994, 3999, 4000)] == [
        "I", "IV", "IX", "XIV", "XL", "XC", "CD", "MCMXCIV", "MMMCMXCIX", "4000",
    ]  # fmt: skip
    assert (
        formatted(3, "decimalZero") == "03" and formatted(3, "none") == "" and formatted(3, "chicago") == "3"
    )


_VALUES = st.one_of(
    st.integers(-3, 12).map(str), st.sampled_from(["", "x", "1e3", "99999999999", "٣", " 2 "]), st.none()
)
_FORMATS = st.sampled_from(["decimal", "lowerLetter", "upperRoman", "bullet", "none", "ordinal", ""])


@st.composite
def _hostile_numbering(draw: st.DrawFn) -> str:
    def attribute(name: str) -> str:
        value = draw(_VALUES)
        return "" if value is None else f' w:{name}="{value}"'

    def element(name: str) -> str:
        value = draw(_VALUES)
        return "" if value is None else f'<w:{name} w:val="{value}"/>'

    abstracts = ""
    for _ in range(draw(st.integers(0, 3))):
        levels = ""
        for _ in range(draw(st.integers(0, 4))):
            text = draw(st.sampled_from(["%1.", "%2)", "%1.%2.%3", "%9", "•", "", "%0"]))
            levels += (
                f"<w:lvl{attribute('ilvl')}>{element('start')}{element('lvlRestart')}"
                f'<w:numFmt w:val="{draw(_FORMATS)}"/><w:lvlText w:val="{text}"/></w:lvl>'
            )
        link = draw(st.sampled_from(["", '<w:numStyleLink w:val="S"/>', '<w:styleLink w:val="S"/>']))
        abstracts += f"<w:abstractNum{attribute('abstractNumId')}>{link}{levels}</w:abstractNum>"
    nums = ""
    for _ in range(draw(st.integers(0, 4))):
        override = f"<w:lvlOverride{attribute('ilvl')}>{element('startOverride')}</w:lvlOverride>"
        override = draw(st.sampled_from(["", override]))
        nums += f"<w:num{attribute('numId')}>{element('abstractNumId')}{override}</w:num>"
    return f'<w:numbering xmlns:w="{W_NS}">{abstracts}{nums}</w:numbering>'


@settings(max_examples=200, deadline=None)
@given(
    numbering=_hostile_numbering(),
    paragraphs=st.lists(st.tuples(st.sampled_from(["", "S", "T"]), _VALUES, _VALUES), max_size=12),
)
def test_any_definitions_never_raise_and_label_alike_every_time(numbering, paragraphs):
    styles = (
        '<w:style w:styleId="S"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:styleId="T"><w:basedOn w:val="T"/></w:style>'
    )
    first = _labels(numbering, paragraphs, styles)
    assert first == _labels(numbering, paragraphs, styles)
    assert all(len(label) <= 200 and "\n" not in label for label in first)


# ---------------------------------------------------------------- documents


def _item(text: str, num_id: str = "1", ilvl: str = "0") -> str:
    numpr = f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return f"<w:p><w:pPr>{numpr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_dump_and_diff_read_a_renumbered_list_alike(tmp_path):
    numbering = _numbering({"0": _lvl(0)}, {"1": "0"})
    old = word_document(
        tmp_path / "lama.docx",
        _item("Sekretariat.") + _item("Bidang A. Dua seksi.") + _item("Bidang B"),
        numbering,
    )
    new = word_document(tmp_path / "baru.docx", _item("Bidang A. Tiga seksi.") + _item("Bidang B"), numbering)
    assert dump(old) == "1. Sekretariat.\n2. Bidang A. Dua seksi.\n3. Bidang B\n"
    for keep_tree in (False, True):
        blocks = read_document(new, keep_tree=keep_tree).blocks
        assert [(b.text, b.list_label) for b in blocks] == [
            ("1. Bidang A. Tiga seksi.", "1."),
            ("2. Bidang B", "2."),
        ]
    # a renumbered item is shown with what it numbers (its label stays with its first sentence)
    changes = [(c.kind, c.old, c.new) for c in diff_paths(old, new).changes]
    assert changes == [
        ("ubah", "2. Bidang A. Dua seksi.", "1. Bidang A. Tiga seksi."),
        ("ubah", "3. Bidang B", "2. Bidang B"),
        ("hapus", "1. Sekretariat.", None),
    ]


@pytest.mark.parametrize(
    "numbering",
    [
        None,
        "<w:numbering",
        f'<w:numbering xmlns:w="{W_NS}"><w:num w:numId="1"/></w:numbering>',
        "\x00\x01",
        # good definitions behind a DTD (its entities could read other files): refused as every part's is
        '<!DOCTYPE n [<!ENTITY e SYSTEM "file:///etc/hostname">]>' + _numbering({"0": _lvl(0)}, {"1": "0"}),
    ],
)
def test_a_missing_or_broken_numbering_part_leaves_the_text_unlabelled(tmp_path, numbering):
    path = word_document(tmp_path / "tanpa.docx", _item("Sekretariat"), numbering)
    assert dump(path) == "Sekretariat\n"
    assert [b.text for b in read_document(path).blocks] == ["Sekretariat"]


def test_a_damaged_numbering_part_leaves_the_text_unlabelled_and_the_command_succeeds(tmp_path, run):
    path = word_document(
        tmp_path / "rusak.docx", _item("Sekretariat"), _numbering({"0": _lvl(0)}, {"1": "0"})
    )
    data = path.read_bytes()
    at = data.index(b"<w:numbering")
    damaged = tmp_path / "rusak-crc.docx"
    damaged.write_bytes(data[:at] + b"<W" + data[at + 2 :])  # stored, not deflated: only its CRC tells
    assert dump(path) == "1. Sekretariat\n"
    result = run("dump", damaged)
    assert result.exit_code == 0 and result.output == "Sekretariat\n"


@pytest.fixture(scope="module")
def jambi(tmp_path_factory) -> Path:
    return build(JAMBI, tmp_path_factory.mktemp("daftar") / "jambi.docx")


def test_a_generated_reports_list_items_carry_their_numbers(jambi):
    text = dump(jambi)
    organisation = text.split("1. Kepala Dinas\n")[1]
    assert organisation.startswith(
        "2. Sekretariat, terdiri dari:\na. Sub bagian umum dan kepegawaian;\nb. Sub bagian Keuangan;\n"
        "3. Bidang Informasi dan Komunikasi Publik.\n"
    )
    assert "\n5. Bidang Tata Kelola TIK dan Statistik, terdiri dari:\na. Seksi Statistik Sektoral;\n" in text
    assert (
        "\n1. Sekretariat\n– Sub Koordinator Perencanaan dan Pelaporan.\n" in text
    )  # a bullet below a number
    paragraphs = [b.text for b in read_document(jambi).blocks if b.kind == "paragraph"]
    assert "2. Sekretariat, terdiri dari:" in paragraphs and "a. Seksi Statistik Sektoral;" in paragraphs


def test_a_list_label_stays_with_its_first_sentence():
    from lkj.diff.compare import sentences

    assert sentences("2. Sekretariat, terdiri dari: Subbagian Umum. Dua.", "2.") == [
        "2. Sekretariat, terdiri dari: Subbagian Umum.",
        "Dua.",
    ]
    assert sentences("2. Sekretariat. Dua.") == ["2.", "Sekretariat.", "Dua."]  # no label known: as before


_TYPED = st.one_of(
    st.integers(1, 30).map(lambda n: f"{n}."),
    st.integers(1, 26).map(lambda n: f"{chr(96 + n)}."),
    st.sampled_from(["-", "•"]),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_TYPED, min_size=1, max_size=8), min_size=1, max_size=4))
def test_what_staff_typed_reads_back_as_typed_through_word_lists(typed):
    """lkj.render.lists turns typed labels into Word lists; reading those lists back gives the labels
    staff typed (a bullet as the level's bullet), whatever the lists before it in the document."""
    from lkj.render import lists

    numbering = etree.fromstring(f'<w:numbering xmlns:w="{W_NS}"/>'.encode())
    lists.ensure_definitions(numbering)
    paragraphs = []
    expected = []
    for labels in typed:
        (items,) = [part for part in lists.split([f"{label} teks" for label in labels]) if part]
        assert isinstance(items, lists.Items)
        ids = lists.add_instances(numbering, items.instances()[1])
        paragraphs += etree.fromstring(f'<w:body xmlns:w="{W_NS}">{lists.paragraphs(items, ids)}</w:body>')
        bullets = [lists.BULLETS[item.depth % len(lists.BULLETS)] for item in items.items]
        expected += [bullet if item.kind == lists.BULLET else label
                     for item, label, bullet in zip(items.items, labels, bullets, strict=True)]  # fmt: skip
    counter = ListLabels(read_numbering(numbering, None))
    read = [counter.label(lists.STYLE, *paragraph_numbering(p.find(f"{{{W_NS}}}pPr"))) for p in paragraphs]
    assert read == expected
