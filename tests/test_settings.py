"""Predikat, kategori and SPBE bands: gap-free, a rule above 100%, and changeable as settings data."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lkj.read.settings import default_settings, settings_of
from lkj.settings import scale_from_rows

P = default_settings()


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("99.99", "Tidak Tercapai"),
        ("99.995", "Tercapai/Sesuai Target"),
        ("100", "Tercapai/Sesuai Target"),
        ("100.004", "Tercapai/Sesuai Target"),
        ("100.005", "Melebihi Target"),
        ("132.35", "Melebihi Target"),
        ("0", "Tidak Tercapai"),
    ],
)
def test_predikat_tabel_3_1(value, label):
    assert P.predikat.label(D(value)) == label


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("150", "Sangat Tinggi"),
        ("100", "Sangat Tinggi"),
        ("93", "Sangat Tinggi"),
        ("90.01", "Sangat Tinggi"),
        ("90.5", "Sangat Tinggi"),
        ("90", "Tinggi"),
        ("75.5", "Tinggi"),
        ("76", "Tinggi"),
        ("75", "Sedang"),
        ("65.5", "Sedang"),
        ("65", "Rendah"),
        ("50.01", "Rendah"),
        ("50", "Sangat Rendah"),
        ("0", "Sangat Rendah"),
    ],
)
def test_kategori_permendagri_86_2017_without_gaps(value, label):
    assert P.kategori.label(D(value)) == label


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("1.69", "Kurang"),
        ("1.8", "Cukup"),
        ("2.59", "Cukup"),
        ("2.6", "Baik"),
        ("2.79", "Baik"),
        ("3.5", "Sangat Baik"),
        ("4.2", "Memuaskan"),
        ("5", "Memuaskan"),
    ],
)
def test_predikat_spbe(value, label):
    assert P.spbe.label(D(value)) == label


def test_every_value_gets_exactly_one_band():
    value = D("-100")
    while value <= 200:
        assert P.kategori.label(value) in {"Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"}
        value += D("0.37")


def test_scale_described_for_the_report():
    assert P.predikat.describe() == [
        ("< 100", "Tidak Tercapai"),
        ("= 100", "Tercapai/Sesuai Target"),
        ("> 100", "Melebihi Target"),
    ]
    assert P.kategori.describe()[-1] == ("> 90", "Sangat Tinggi")
    assert P.kategori.describe()[1] == ("> 50 dan ≤ 65", "Rendah")


def test_a_user_scale_replaces_the_default():
    sampang = scale_from_rows(
        "kategori",
        [
            (None, None, "Sangat Kurang"),
            (D(50), ">", "Kurang"),
            (D(65), ">", "Cukup"),
            (D(75), ">", "Baik"),
            (D(90), ">", "Sangat Baik"),
        ],
    )
    assert sampang.label(D(93)) == "Sangat Baik" and sampang.label(D(40)) == "Sangat Kurang"


def test_policy_from_the_workbook_uses_defaults_for_what_is_blank():
    from lkj.read import read_folder
    from tests.conftest import JAMBI

    settings = settings_of(read_folder(JAMBI).dataset.instansi)
    assert settings.metode_efisiensi == "selisih" and settings.ambang_efisiensi == 5
    assert settings.batas_bawah == 0 and settings.batas_atas is None and settings.kertas == "A4"
    assert settings.kategori.label(D(93)) == "Sangat Tinggi"
