"""Templates that would compute, loop or print without end: each build stops with a message naming the
template file (and its line, where the work arose in a tag), exit status 2, and writes nothing. Each
runs in a process of its own under a memory cap and a timeout, so that a regression fails instead of
filling the memory or hanging the tests."""

from __future__ import annotations

import pytest

from tests.conftest import JAMBI
from tests.helpers import capped
from tests.test_hostile_render import KESIMPULAN, _templates

LIMIT = "Templat hanya menyusun kalimat dari data laporan; sederhanakan atau hapus tag itu."
TEXT_CASES = {
    "pangkat-raksasa": (
        "Kesimpulan.\n\n{{ 10 ** (10 ** 9) }}\n",
        "baris 3: tag itu bekerja melewati batas: pangkat itu menghasilkan bilangan lebih dari 33.333 angka "
        "(ungkapan '**').",
    ),
    "perkalian-berulang": (
        "Kesimpulan.\n{% set n = namespace(x=3) %}{% for i in range(40) %}{% set n.x = n.x * n.x %}"
        "{% endfor %}\n{{ n.x }}\n",
        "baris 2: tag itu bekerja melewati batas: perkalian itu menghasilkan bilangan lebih dari 33.333 "
        "angka (ungkapan '*').",
    ),
    "teks-berlipat": (
        'Kesimpulan.\n{{ "x" * 10 ** 10 }}\n',
        "baris 2: tag itu bekerja melewati batas: tag itu menyusun teks atau daftar lebih dari 1.000.000 "
        "karakter atau butir.",
    ),
    "teks-berganda": (
        'Kesimpulan.\n{% set n = namespace(s="x") %}{% for i in range(40) %}{% set n.s = n.s + n.s %}'
        "{% endfor %}\n",
        "baris 2: tag itu bekerja melewati batas: tag itu menyusun teks atau daftar lebih dari 1.000.000 "
        "karakter atau butir.",
    ),
    "filter-center": (
        'Kesimpulan.\n{{ "x"|center(10 ** 10) }}\n',
        "baris 2: tag itu bekerja melewati batas: lebar 10.000.000.000 melewati batas 1.000.000 karakter.",
    ),
    "metode-ljust": (
        'Kesimpulan.\n{{ "x".ljust(10 ** 10) }}\n',
        "baris 2: tag itu bekerja melewati batas: lebar 10.000.000.000 melewati batas 1.000.000 karakter.",
    ),
    "format-persen": (
        'Kesimpulan.\n{{ "%09999999999d" % 1 }}\n',
        "baris 2: tag itu bekerja melewati batas: format '%' dengan lebar 9999999999 tidak diizinkan.",
    ),
    "replace-berganda": (
        'Kesimpulan.\n{{ ("x" * 1000)|replace("x", "x" * 10000) }}\n',
        "baris 2: tag itu bekerja melewati batas: tag itu menyusun teks atau daftar lebih dari 1.000.000 "
        "karakter atau butir.",
    ),
    "perulangan-bersarang": (
        "Kesimpulan.\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n",
        "baris 2: tag itu bekerja melewati batas: perulangan range() melewati 1.000.000 langkah dalam satu "
        "templat.",
    ),
    "keluaran-raksasa": (
        'Kesimpulan.\n{% for i in range(100000) %}{{ "x" * 200 }}{% endfor %}\n',
        ": tag itu bekerja melewati batas: hasilnya melebihi 10.000.000 karakter.",
    ),
    "berjalan-terlalu-lama": (
        'Kesimpulan.\n{% set s = "x" * 1000000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}\n',
        "baris 2: tag itu bekerja melewati batas: templat berjalan lebih dari 10 detik tanpa selesai.",
    ),
}


@pytest.mark.parametrize("case", TEXT_CASES)
def test_a_text_template_that_works_without_end_is_stopped_and_named(tmp_path, case):
    content, expected = TEXT_CASES[case]
    templates = _templates(tmp_path, files={KESIMPULAN: content.encode()})
    done = capped("build", JAMBI, "-o", tmp_path / "laporan.docx", "--templat", templates, timeout=300)
    assert done.returncode == 2, done.stderr[-2000:]
    told = done.stderr.decode("utf-8").splitlines()[-1]
    where = "" if expected.startswith(":") else " "
    assert told == f"Gagal: Templat teks '{KESIMPULAN}'{where}{expected} {LIMIT}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["templat"]


def test_a_word_template_that_works_without_end_is_stopped_and_named(tmp_path):
    templates = _templates(tmp_path, {"word/document.xml": ("{{ tahun_terbit }}", "{{ 10 ** (10 ** 9) }}")})
    done = capped("build", JAMBI, "-o", tmp_path / "laporan.docx", "--templat", templates, timeout=300)
    assert done.returncode == 2, done.stderr[-2000:]
    told = done.stderr.decode("utf-8").splitlines()[-1]
    assert told.startswith("Gagal: Templat Word 'lkj.docx'")
    assert told.endswith(
        "tag itu bekerja melewati batas: pangkat itu menghasilkan bilangan lebih dari 33.333 angka "
        f"(ungkapan '**'). {LIMIT}"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["templat"]
