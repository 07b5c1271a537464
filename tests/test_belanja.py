"""Budget roll-ups, serapan, SiLPA, fisik, counts (C11, C20) and PK revision deltas."""

from __future__ import annotations

import dataclasses
import itertools
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from lkj.compute.anggaran import fisik_rollup, kode_order, serapan, silpa
from lkj.compute.belanja import belanja
from lkj.indonesian import angka, persen, terbilang_rupiah
from lkj.model import Bidang, Dataset, Kegiatan, Meta, Program, SubKegiatan
from lkj.read.settings import default_settings
from tests.conftest import JAMBI, computed


def test_seed_total_serapan_98_08():
    assert persen(serapan(D(14883605435), D(14597171260)).value) == "98,08%"


def test_seed_3_4_1_table_silpa_and_serapan():
    assert silpa(D(15247484665), D(14739260370)).value == D(508224295)
    assert persen(serapan(D(15247484665), D(14739260370)).value) == "96,67%"


def test_seed_program_i_fisik_is_the_mean_of_its_kegiatan():
    figure = fisik_rollup([D(100), D(100), D(100), D(100), D(50), D(100), D(100)])
    assert angka(figure.value, 2) == "92,86"


def test_fisik_weighted_by_pagu_and_unknown_values_left_out():
    assert fisik_rollup([D(100), D(50)], [D(300), D(100)]).value == D("87.5")
    assert fisik_rollup([D(80), None]).value == D(80)
    assert fisik_rollup([None]).value is None


def test_serapan_of_zero_pagu_is_not_computed():
    assert serapan(D(0), D(0)).value is None


def test_sample_roll_ups_counts_and_program_figures():
    result = computed(JAMBI)
    tree = result.belanja
    assert (tree.jumlah_program, tree.jumlah_kegiatan, tree.jumlah_sub_kegiatan) == (5, 12, 34)
    assert (tree.total.pagu, tree.total.realisasi) == (D(14883605435), D(14597171260))
    assert tree.total.silpa.value == D(286434175)
    by_kode = {p.program.kode: p for p in tree.program}
    assert persen(by_kode["2.16.01"].anggaran.serapan.value) == "96,21%"  # the seed's own figure
    assert persen(by_kode["2.20.02"].anggaran.serapan.value) == "97,91%"  # the seed printed 64,15 (T-35)
    keg = next(k for k in by_kode["2.16.01"].kegiatan if k.kegiatan.kode == "2.16.01.2.02")
    assert persen(keg.anggaran.serapan.value) == "97,07%"  # the seed printed 96,84 (T-17)


def test_pk_did_delta_and_its_terbilang():
    result = computed(JAMBI)
    did = result.pk[-1]
    assert did.perubahan is not None and did.perubahan.value == D(167635000)
    assert terbilang_rupiah(did.perubahan.value) == (
        "seratus enam puluh tujuh juta enam ratus tiga puluh lima ribu rupiah"
    )
    assert [v.total for v in result.pk] == [D(13895587102), D(14715970435), D(14883605435)]
    assert [kode for kode, *_ in did.perubahan_program] == ["2.16.02"]


def test_kode_order_is_numeric():
    assert sorted(["2.16.10", "2.16.02", "2.16.1"], key=kode_order) == ["2.16.1", "2.16.02", "2.16.10"]


money = st.integers(min_value=0, max_value=10**12)


@st.composite
def trees(draw):
    programs, kegiatan, subs = [], [], []
    for p in range(draw(st.integers(1, 4))):
        pk = f"2.16.{p + 1:02d}"
        programs.append(Program(pk, f"P{p}", None, (), "B"))
        for k in range(draw(st.integers(1, 3))):
            kk = f"{pk}.2.{k + 1:02d}"
            kegiatan.append(Kegiatan(kk, pk, f"K{k}", ()))
            for s in range(draw(st.integers(1, 4))):
                pagu = D(draw(money))
                subs.append(
                    SubKegiatan(
                        f"{kk}.{s + 1:04d}",
                        kk,
                        f"S{s}",
                        (),
                        pagu,
                        D(draw(money)) % (pagu + 1),
                        D(draw(st.integers(0, 100))),
                        None,
                        None,
                    )
                )
    return Dataset(
        "",
        None,
        (Bidang("b.xlsx", Meta("bidang", 1, 2024), None, tuple(programs), tuple(kegiatan), tuple(subs), ()),),
    )


@settings(max_examples=60)
@given(trees())
def test_roll_ups_equal_the_sum_of_leaves(dataset):
    tree = belanja(dataset, default_settings())
    leaves = dataset.bidang[0].sub_kegiatan
    assert tree.total.pagu == sum((s.pagu for s in leaves), D(0))
    assert tree.total.realisasi == sum((s.realisasi_rp or D(0) for s in leaves), D(0))
    for program in tree.program:
        assert program.anggaran.pagu == sum((k.anggaran.pagu for k in program.kegiatan), D(0))
        for k in program.kegiatan:
            assert k.anggaran.pagu == sum((s.anggaran.pagu for s in k.sub), D(0))
            assert k.anggaran.realisasi == sum((s.anggaran.realisasi for s in k.sub), D(0))
    assert tree.jumlah_sub_kegiatan == len(leaves)


@settings(max_examples=40)
@given(trees(), st.integers(1, 6))
def test_big_table_rows_made_in_parts_are_the_rows_made_at_once(dataset, parts):
    from lkj.render.big_table import BigTable

    big = BigTable(belanja(dataset, default_settings()))
    cuts = big.cuts(parts)
    assert len(cuts) == parts and cuts[0].start == 0 and cuts[-1].stop == len(big.tree.program)
    assert all(a.stop == b.start for a, b in itertools.pairwise(cuts))
    assert "".join(big.rows(cut) for cut in cuts) == big.rows(slice(None))


@settings(max_examples=40)
@given(trees())
def test_kegiatan_fisik_is_rolled_up_from_the_sub_kegiatan_figures(dataset):
    for weighted in (False, True):
        chosen = dataclasses.replace(default_settings(), fisik="pagu" if weighted else "sederhana")
        for program in belanja(dataset, chosen).program:
            for k in program.kegiatan:
                expected = fisik_rollup(
                    [s.anggaran.fisik.value for s in k.sub],
                    [s.anggaran.pagu for s in k.sub] if weighted else None,
                )
                assert k.anggaran.fisik.value == expected.value
