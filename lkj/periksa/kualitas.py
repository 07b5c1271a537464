"""The evidence of sub-component 3.b (the report's quality): per indicator, the comparisons of BAB III
(annual target, Renstra end target, earlier years, benchmark); per sasaran, the causes with efforts or
obstacles and the efficiency; per failed indicator, the recommendation; and the chapters PermenPANRB
53/2014 asks for. Each item says where it sits in the report and, when it lacks, what to enter."""

from __future__ import annotations

from collections.abc import Iterator

from lkj.compute.results import IndikatorHasil, SasaranHasil
from lkj.contract.bidang import BIDANG
from lkj.contract.kinds import TableSheet
from lkj.contract.lists import ALASAN
from lkj.indonesian import angka, persen
from lkj.model import Sasaran
from lkj.periksa.hasil import Butir, Perbaikan
from lkj.periksa.letak import Konteks, capaian_cell, di, header, instansi_row, nilai, subjek

MEASURED = ("melebihi", "tercapai", "tidak_tercapai")
EXCEPTION = {"b": "tahun-sebelumnya", "c": "target-akhir", "d": "standar"}
ALASAN_TEKS = {value: text.lower() for text, value in ALASAN.items()}


def _excepted(k: Konteks, i: IndikatorHasil, letter: str) -> str | None:
    """Why the report says this comparison cannot be made for the indicator (Keterangan Analisis)."""
    for row in k.hasil.instansi.keterangan_analisis:
        if row.indikator == i.indikator.kode and row.analisis == EXCEPTION[letter] and row.alasan:
            return row.penjelasan or ALASAN_TEKS.get(row.alasan, row.alasan)
    return None


def _realisasi_fix(k: Konteks, i: IndikatorHasil) -> Perbaikan:
    return capaian_cell(k, i, "realisasi", f"realisasi {i.indikator.kode} tahun {k.hasil.tahun}")


def seluruh_informasi(k: Konteks) -> Iterator[Butir]:
    """Every indicator the report shows, of the sasaran and of the programs, has its realisation."""
    for i in k.hasil.indikator:
        ok = i.realisasi is not None
        yield Butir(
            subjek(i),
            ok,
            f"realisasi {nilai(i.realisasi, i.indikator.satuan)}" if ok else "realisasi belum diisi",
            "BAB III 3.2 Capaian Kinerja Organisasi",
            None if ok else _realisasi_fix(k, i),
        )
    for program in k.hasil.belanja.program:
        levels = [("Program", program.program.kode, program.ukuran)]
        for keg in program.kegiatan:
            levels.append(("Kegiatan", keg.kegiatan.kode, keg.ukuran))
            levels += [("Sub kegiatan", s.sub.kode, s.ukuran) for s in keg.sub]
        for level, kode, ukuran in levels:
            for u in ukuran:
                ok = u.ukuran.realisasi is not None
                name = u.ukuran.indikator or "indikator"
                key = "realisasi" if "realisasi" in u.ukuran.src.layout.positions else "realisasi_volume"
                yield Butir(
                    f"{level} {kode}: {name}",
                    ok,
                    f"realisasi {nilai(u.ukuran.realisasi, u.ukuran.satuan)}"
                    if ok
                    else "realisasi belum diisi",
                    "BAB III 3.4 Capaian Program, Kegiatan dan Sub Kegiatan",
                    None if ok else di(u.ukuran.src, key, f"realisasi {name}"),
                )


def target_tahunan(k: Konteks) -> Iterator[Butir]:
    for i in k.hasil.indikator:
        ok = i.status in MEASURED
        fix: Perbaikan | None = None
        if i.target is None:
            bukti = "target tahun ini belum ada (PK maupun Renstra)"
            fix = instansi_row(
                k,
                "pk_target",
                [r.src for r in k.hasil.instansi.pk_target],
                f"tambahkan target {i.indikator.kode} pada versi PK terakhir",
            )
        elif i.realisasi is None:
            bukti = "realisasi belum diisi"
            fix = _realisasi_fix(k, i)
        elif not ok:
            bukti = "capaian tidak dapat dihitung dari target dan realisasinya"
            fix = _realisasi_fix(k, i)
        else:
            bukti = f"capaian {persen(i.capaian.value or 0)} ({i.sumber_target})"
        yield Butir(subjek(i), ok, bukti, k.bagian(i, "a"), fix)


def target_jangka_menengah(k: Konteks) -> Iterator[Butir]:
    for i in k.hasil.indikator:
        why = _excepted(k, i, "c")
        ok = i.renstra is not None and i.renstra.value is not None
        if ok:
            assert i.renstra is not None and i.renstra.value is not None
            bukti = f"capaian {persen(i.renstra.value)} terhadap target akhir Renstra"
        elif i.indikator.target_akhir is None:
            bukti = "target akhir Renstra belum diisi"
        else:
            bukti = "target akhir Renstra ada, realisasi tahun ini belum diisi"
        fix = None
        if not ok and why is None:
            fix = (
                di(i.indikator.src, "target_akhir", f"target akhir Renstra {i.indikator.kode}")
                if i.indikator.target_akhir is None
                else _realisasi_fix(k, i)
            )
        yield _item(i, ok, bukti, k.bagian(i, "c"), fix, why)


def tahun_sebelumnya(k: Konteks) -> Iterator[Butir]:
    tahun = k.hasil.tahun
    rows = k.hasil.instansi.target_renstra
    added = 0
    for i in k.hasil.indikator:
        why = _excepted(k, i, "b")
        years = [t.tahun for t in i.riwayat if t.realisasi is not None]
        ok = bool(years)
        bukti = (
            f"realisasi tahun {', '.join(str(y) for y in years)}"
            if ok
            else "realisasi tahun-tahun sebelumnya belum diisi"
        )
        fix = None
        if not ok and why is None:
            last = next((r for r in rows if r.indikator == i.indikator.kode and r.tahun == tahun - 1), None)
            fix = (
                di(last.src, "realisasi", f"realisasi {i.indikator.kode} tahun {tahun - 1}")
                if last is not None
                else instansi_row(
                    k,
                    "target_renstra",
                    [r.src for r in rows],
                    f"tambahkan baris {i.indikator.kode}, Tahun {tahun - 1}, "
                    f"{header('target_renstra', 'realisasi')} tahun itu (dan tahun-tahun sebelumnya)",
                    added,
                )
            )
            added += last is None
        yield _item(i, ok, bukti, k.bagian(i, "b"), fix, why)


def pembanding(k: Konteks) -> Iterator[Butir]:
    instansi = k.hasil.instansi
    added = 0
    for i in k.hasil.indikator:
        why = _excepted(k, i, "d")
        standard = i.indikator.standar_nasional
        parts = [f"standar nasional {nilai(standard, i.indikator.satuan)}"] if standard is not None else []
        parts += [
            f"{b.pembanding.pembanding} {nilai(b.pembanding.nilai, i.indikator.satuan)} "
            f"({b.pembanding.tahun}; {b.pembanding.sumber})"
            for b in i.pembanding
        ]
        ok = bool(parts)
        fix = None
        if not ok and why is None:
            fix = instansi_row(
                k,
                "pembanding",
                [p.src for p in instansi.pembanding],
                f"tambahkan baris {i.indikator.kode} dengan Pembanding (mis. rata-rata nasional), Jenis, "
                "Tahun, Nilai dan Sumber resminya; atau isi Standar Nasional di lembar Indikator",
                added,
            )
            added += 1
        bukti = "; ".join(parts) if ok else "belum ada standar nasional maupun nilai pembanding"
        yield _item(i, ok, bukti, k.bagian(i, "d"), fix, why)


def _item(
    i: IndikatorHasil, ok: bool, bukti: str, letak: str, fix: Perbaikan | None, why: str | None
) -> Butir:
    if not ok and why is not None:
        return Butir(subjek(i), False, f"tidak dapat disajikan: {why}", letak, None, dikecualikan=True)
    return Butir(subjek(i), ok, bukti, letak, fix)


def _groups(
    k: Konteks,
) -> Iterator[tuple[str, Sasaran | None, tuple[IndikatorHasil, ...], SasaranHasil | None]]:
    """Each sasaran with indicators, then each IKU outside any sasaran (BAB III analyses each alike)."""
    for s in k.hasil.sasaran:
        if s.indikator:
            yield f"{s.sasaran.kode} {s.sasaran.nama}", s.sasaran, s.indikator, s
    for i in k.hasil.iku_instansi:
        yield subjek(i), None, (i,), None


def upaya_hambatan(k: Konteks) -> Iterator[Butir]:
    """Per sasaran: each of its indicators has the cause of success or failure, with the efforts made or
    the obstacles met."""
    for name, _, members, _ in _groups(k):
        lacking: list[tuple[IndikatorHasil, str]] = []
        for i in members:
            p = i.penjelasan
            if p is None or not p.penyebab:
                lacking.append((i, "penyebab"))
            elif not (p.upaya or p.kendala):
                lacking.append((i, "upaya"))
        ok = not lacking
        if ok:
            bukti = f"penyebab dan upaya/hambatan ada untuk {len(members)} indikator"
        else:
            bukti = "belum ada " + "; ".join(
                f"{'penyebab' if what == 'penyebab' else 'upaya/hambatan'} {i.indikator.kode}"
                for i, what in lacking
            )
        fix = None
        if lacking:
            i, what = lacking[0]
            col = BIDANG.sheet("capaian").column(what).header
            more = f" (juga {len(lacking) - 1} indikator lain di sasaran ini)" if len(lacking) > 1 else ""
            fix = capaian_cell(k, i, what, f"{col} {i.indikator.kode}, diisi bidang penanggung jawab{more}")
        yield Butir(name, ok, bukti, k.bagian(members[0], "e"), fix)


def efisiensi(k: Konteks) -> Iterator[Butir]:
    for s in k.hasil.sasaran:
        if not s.indikator:
            continue
        e = s.efisiensi
        ok = e is not None and e.nilai.value is not None
        bukti = (
            f"{e.label} ({e.metode}, nilai {angka(e.nilai.value, 2)})"
            if e is not None and e.nilai.value is not None
            else "efisiensi tidak dapat dinilai: tidak ada program yang dikaitkan ke sasaran ini"
            if not s.program
            else "efisiensi tidak dapat dinilai dari capaian dan anggaran programnya"
        )
        yield Butir(
            f"{s.sasaran.kode} {s.sasaran.nama}",
            ok,
            bukti,
            k.bagian(s.indikator[0], "f"),
            None if ok else _link_program(k, s.sasaran),
        )


def _link_program(k: Konteks, s: Sasaran) -> Perbaikan:
    sheet = BIDANG.sheet("program")
    assert isinstance(sheet, TableSheet)
    for b in k.dataset.bidang:
        for p in b.program:
            if not p.sasaran:
                return di(p.src, "sasaran", f"Kode Sasaran {s.kode} bila program {p.kode} mendukungnya")
    return Perbaikan(
        "workbook bidang",
        sheet.name,
        "",
        f"isi Kode Sasaran {s.kode} pada program yang mendukung sasaran ini",
    )


def informasi_keuangan(k: Konteks) -> Iterator[Butir]:
    """The variant for Perangkat Daerah: the budget of the programs behind each sasaran."""
    for s in k.hasil.sasaran:
        if not s.indikator:
            continue
        a = s.anggaran
        ok = a is not None and a.pagu > 0
        yield Butir(
            f"{s.sasaran.kode} {s.sasaran.nama}",
            ok,
            f"pagu Rp{angka(a.pagu)}, realisasi Rp{angka(a.realisasi)}"
            if ok and a
            else "tidak ada anggaran program",
            k.bagian(s.indikator[0], "f"),
            None if ok else _link_program(k, s.sasaran),
        )


def rekomendasi(k: Konteks) -> Iterator[Butir]:
    """Each indicator below its target has its follow-up plan (Rencana Tindak Lanjut); when every target
    is met, BAB IV's steps ahead (Strategi ke Depan) are the recommendation."""
    failed = [i for i in k.hasil.indikator if i.status == "tidak_tercapai"]
    for i in failed:
        p = i.penjelasan
        ok = p is not None and bool(p.rencana_tindak_lanjut)
        yield Butir(
            subjek(i),
            ok,
            f"capaian {persen(i.capaian.value or 0)}; rencana tindak lanjut ada"
            if ok
            else f"capaian {persen(i.capaian.value or 0)}, belum ada rencana tindak lanjut",
            "Ikhtisar Eksekutif dan BAB IV 4.2 Langkah Peningkatan Kinerja ke Depan",
            None
            if ok
            else capaian_cell(
                k,
                i,
                "rencana_tindak_lanjut",
                f"langkah tahun berikutnya agar {i.indikator.kode} mencapai target",
            ),
        )
    if failed:
        return
    uraian = k.hasil.instansi.uraian
    ok = any(u.jenis == "strategi" for u in uraian)
    yield Butir(
        "Langkah peningkatan kinerja ke depan",
        ok,
        "semua indikator mencapai target; langkah ke depan diuraikan"
        if ok
        else "semua indikator mencapai target, tetapi langkah ke depan belum diuraikan",
        "BAB IV 4.2 Langkah Peningkatan Kinerja ke Depan",
        None
        if ok
        else instansi_row(
            k,
            "uraian",
            [u.src for u in uraian],
            "tambahkan baris Jenis 'Strategi ke Depan' dengan langkahnya",
        ),
    )
