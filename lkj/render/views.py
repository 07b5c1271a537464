"""What the narrative templates see: computed figures already formatted the Indonesian way, with a
status for every case a sentence must distinguish (exceeded, met, missed, no data, not computable).

Templates receive these frozen objects only; they never format numbers or decide statuses themselves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from lkj.compute.efisiensi import TIDAK_DINILAI
from lkj.compute.figure import Figure
from lkj.compute.presisi import as_typed
from lkj.compute.results import (
    Anggaran,
    Efisiensi,
    IndikatorHasil,
    PembandingHasil,
    ProgramHasil,
    SasaranHasil,
    Tahun,
)
from lkj.contract.lists import JENIS_PEMBANDING
from lkj.indonesian import angka, daftar, persen, tahun_tahun
from lkj.model import KeteranganAnalisis, Target
from lkj.render.fields import doc
from lkj.render.narasi import staff_text

DIMENSIONLESS = {"indeks", "nilai", "skor", "poin", "angka", "rasio", "level", "tingkat"}
POLARITAS = {
    "max": "semakin tinggi realisasi semakin baik",
    "min": "semakin rendah realisasi semakin baik",
    "range": "terbaik bila realisasi berada di dalam rentang target",
}


def nilai(value: Decimal | None, satuan: str) -> str | None:
    """A value with its unit: 81,22% · 12 Dokumen · 2,79 (an index has no unit word)."""
    if value is None:
        return None
    text = as_typed(value)
    unit = satuan.strip()
    if unit == "%":
        return f"{text}%"
    if not unit or unit.casefold() in DIMENSIONLESS:
        return text
    return f"{text} {unit}"


def target_nilai(target: Target | None, satuan: str) -> str | None:
    """A target with its unit, or the kategori it names ("Kabupaten Informatif") as staff typed it."""
    if target is None:
        return None
    if target.kategori is not None:
        return target.kategori
    if not target.is_range:
        return nilai(target.low, satuan)
    return f"{as_typed(target.low)}–{nilai(target.high, satuan)}"


def pct(figure: Figure | None) -> str | None:
    return persen(figure.value) if figure is not None and figure.value is not None else None


def rp(value: Decimal) -> str:
    return "Rp" + angka(value)


@dataclass(frozen=True)
class TrenView:
    HELP: ClassVar[str] = "Perbandingan realisasi dengan tahun sebelumnya."

    tahun_lalu: int = doc("tahun pembanding")
    realisasi_lalu: str = doc("realisasi tahun pembanding")
    selisih: str = doc("selisih mutlak dengan satuannya")
    arah: str = doc("naik, turun atau tetap")
    relatif: str | None = doc("perubahan relatif (kosong bila realisasi tahun lalu nol)")
    membaik: bool | None = doc("perubahan searah polaritas (kosong untuk polaritas range)")


@dataclass(frozen=True)
class RiwayatView:
    HELP: ClassVar[str] = "Target, realisasi dan capaian satu tahun sebelumnya."

    tahun: int = doc("tahun")
    target: str | None = doc("target")
    realisasi: str | None = doc("realisasi")
    capaian: str | None = doc("capaian")


@dataclass(frozen=True)
class LuarTabelView:
    HELP: ClassVar[str] = (
        "Tahun-tahun sebelumnya yang capaiannya tidak dapat ditetapkan karena nilainya di luar tabel "
        "konversi."
    )

    tabel: str = doc("nama tabel konversi indikator")
    cakupan: str = doc("nilai yang dimuat tabel, mis. 90 sampai 100")
    keduanya: bool = doc("realisasi dan target dikonversi (bawaan); bila tidak, hanya realisasi")
    tahun: str = doc("tahun-tahun itu, mis. 2019–2023")
    rincian: str = doc(
        "nilai yang di luar tabel per tahun, mis. target dan realisasi tahun 2019–2022 serta …"
    )


_LUAR = {("realisasi", "target"): "target dan realisasi", ("target",): "target", ("realisasi",): "realisasi"}


def luar_tabel_view(history: Iterable[Tahun]) -> LuarTabelView | None:
    """The earlier years whose capaian the conversion table cannot give, grouped by what lies outside it."""
    outside = [t for t in history if t.luar_tabel is not None]
    if not outside:
        return None
    groups: dict[tuple[str, ...], list[int]] = {}
    for t in outside:
        assert t.luar_tabel is not None
        groups.setdefault(t.luar_tabel.nilai, []).append(t.tahun)
    first = outside[0].luar_tabel
    assert first is not None
    return LuarTabelView(
        tabel=first.tabel,
        cakupan=first.cakupan,
        keduanya=first.keduanya,
        tahun=tahun_tahun(t.tahun for t in outside),
        rincian=daftar([f"{_LUAR[k]} tahun {tahun_tahun(years)}" for k, years in groups.items()], "serta"),
    )


@dataclass(frozen=True)
class RenstraView:
    HELP: ClassVar[str] = "Perbandingan realisasi dengan target akhir Renstra."

    tahun_akhir: int | None = doc("tahun akhir Renstra")
    target_akhir: str = doc("target akhir Renstra")
    capaian: str | None = doc("capaian terhadap target akhir")
    catatan: str = doc("penjelasan bila capaian disesuaikan atau kosong")


@dataclass(frozen=True)
class StandarView:
    HELP: ClassVar[str] = "Perbandingan realisasi dengan standar nasional."

    standar: str = doc("nilai standar")
    selisih: str = doc("selisih mutlak dengan satuannya")
    posisi: str = doc("di atas, di bawah atau sama dengan")
    memenuhi: bool | None = doc("realisasi memenuhi standar menurut polaritas")


JENIS_PEMBANDING_TEKS = {value: text for text, value in JENIS_PEMBANDING.items()}


@dataclass(frozen=True)
class PembandingView:
    HELP: ClassVar[str] = (
        "Perbandingan realisasi dengan satu nilai pembanding (lembar Pembanding), dengan sumbernya."
    )

    pembanding: str = doc("siapa atau apa pembandingnya, mis. rata-rata nasional")
    jenis: str | None = doc("Nasional, Provinsi, Daerah Lain, Internasional atau Standar")
    tahun: int = doc("tahun nilai pembanding")
    nilai: str = doc("nilai pembanding dengan satuan")
    sumber: str = doc("dokumen sumber nilai pembanding")
    selisih: str | None = doc("selisih mutlak realisasi dengan nilai pembanding, dengan satuannya")
    posisi: str | None = doc("realisasi di atas, di bawah atau sama dengan nilai pembanding")
    lebih_baik: bool | None = doc("realisasi lebih baik dari pembanding menurut polaritas")


@dataclass(frozen=True)
class KeteranganView:
    HELP: ClassVar[str] = (
        "Perbandingan yang dinyatakan tidak dapat disajikan bagi suatu indikator (Keterangan Analisis)."
    )

    alasan: str = doc("indikator-baru, tengah-periode, tanpa-standar atau lainnya")
    penjelasan: str | None = doc("penjelasan alasan, seperti diketik")


@dataclass(frozen=True)
class IndikatorView:
    HELP: ClassVar[str] = "Satu indikator kinerja dengan target, realisasi, capaian dan analisisnya."

    kode: str = doc("kode indikator")
    nama: str = doc("nama indikator")
    satuan: str = doc("satuan")
    jenis: str = doc("IKU atau IKT")
    polaritas: str = doc("max, min atau range")
    polaritas_teks: str = doc("arti polaritas dalam kalimat")
    bidang: str = doc("bidang penanggung jawab")
    target: str | None = doc("target tahun ini dengan satuan")
    sumber_target: str = doc("dokumen asal target (versi PK terakhir)")
    realisasi: str | None = doc("realisasi dengan satuan")
    capaian: str | None = doc("capaian dalam persen")
    catatan: str = doc("mengapa capaian kosong, atau bagaimana capaian disesuaikan/dikonversi")
    status: str = doc(
        "melebihi, tercapai, tidak_tercapai, belum_ada_data, tanpa_target atau tidak_dapat_dihitung"
    )
    posisi: str | None = doc("realisasi terhadap target: di atas, di bawah, sama dengan, di dalam rentang")
    predikat: str | None = doc("predikat capaian")
    kategori: str | None = doc("kategori skala nilai")
    predikat_nilai: str | None = doc("predikat nilai untuk indikator berskala (mis. indeks SPBE: Baik)")
    konversi: bool = doc("capaian diambil dari Tabel Konversi")
    konversi_realisasi: str | None = doc("nilai Tabel Konversi untuk realisasi, mis. 85%")
    konversi_target: str | None = doc(
        "nilai Tabel Konversi untuk target, bila keduanya dikonversi lalu dibandingkan (mis. 80%)"
    )
    tren: TrenView | None = doc("perbandingan dengan tahun lalu")
    riwayat: tuple[RiwayatView, ...] = doc("target, realisasi dan capaian tahun-tahun sebelumnya")
    luar_tabel: LuarTabelView | None = doc(
        "tahun-tahun sebelumnya yang capaiannya tidak dapat ditetapkan karena nilainya di luar tabel konversi"
    )
    renstra: RenstraView | None = doc("perbandingan dengan target akhir Renstra")
    standar: StandarView | None = doc("perbandingan dengan standar nasional")
    pembanding: tuple[PembandingView, ...] = doc("perbandingan dengan nilai pembanding bersumber")
    penyebab: str | None = doc("penjelasan penyebab keberhasilan/kegagalan dari bidang")
    upaya: str | None = doc("upaya/solusi dari bidang")
    program_pendukung: str | None = doc("program/kegiatan pendukung dari bidang")
    kendala: str | None = doc("kendala/hambatan yang dihadapi, dari bidang")
    rencana_tindak_lanjut: str | None = doc(
        "rencana tindak lanjut (langkah antisipatif tahun depan), dari bidang"
    )
    tw: tuple[str | None, ...] = doc("realisasi triwulan I–IV")
    tanpa_tren: KeteranganView | None = doc("alasan perbandingan dengan tahun sebelumnya tidak disajikan")
    tanpa_renstra: KeteranganView | None = doc(
        "alasan perbandingan dengan target akhir Renstra tidak disajikan"
    )
    tanpa_standar: KeteranganView | None = doc("alasan perbandingan dengan standar nasional tidak disajikan")


def _posisi(i: IndikatorHasil) -> str | None:
    if i.realisasi is None or i.target is None:
        return None
    if i.target.is_range and i.target.low <= i.realisasi <= i.target.high:
        return "di dalam rentang"
    if i.realisasi > i.target.high:
        return "di atas"
    return "di bawah" if i.realisasi < i.target.low else "sama dengan"


def _table_value(i: IndikatorHasil, label: str) -> str | None:
    """A conversion table's value among the capaian's inputs (realisasi and target both converted)."""
    value = next((x.value for x in i.capaian.inputs if x.label == label), None)
    return f"{angka(value)}%" if isinstance(value, Decimal) else None


def indikator_view(
    i: IndikatorHasil, renstra_akhir: int | None, keterangan: Mapping[str, KeteranganAnalisis] | None = None
) -> IndikatorView:
    """The view of one indicator; `keterangan`: its comparisons declared not applicable, by analysis."""
    satuan = i.indikator.satuan
    declared = keterangan or {}
    text = i.penjelasan
    return IndikatorView(
        kode=i.indikator.kode,
        nama=i.indikator.nama,
        satuan=satuan,
        jenis=i.indikator.jenis,
        polaritas=i.indikator.polaritas,
        polaritas_teks=POLARITAS[i.indikator.polaritas],
        bidang=i.indikator.penanggung_jawab,
        target=target_nilai(i.target, satuan),
        sumber_target=i.sumber_target,
        realisasi=nilai(i.realisasi, satuan),
        capaian=pct(i.capaian),
        catatan=i.capaian.note,
        status=i.status,
        posisi=_posisi(i),
        predikat=i.predikat,
        kategori=i.kategori,
        predikat_nilai=i.predikat_nilai,
        konversi=i.capaian.rule in ("capaian.konversi", "capaian.konversi-tabel"),
        konversi_realisasi=_table_value(i, "Nilai tabel realisasi")
        or (pct(i.capaian) if i.capaian.rule == "capaian.konversi-tabel" else None),
        konversi_target=_table_value(i, "Nilai tabel target"),
        tren=_tren(i),
        riwayat=tuple(
            RiwayatView(
                t.tahun,
                target_nilai(t.target, satuan),
                nilai(t.realisasi, satuan),
                pct(t.capaian),
            )
            for t in i.riwayat
        ),
        luar_tabel=luar_tabel_view(i.riwayat),
        renstra=_renstra(i, renstra_akhir),
        standar=_standar(i),
        pembanding=tuple(_pembanding(b, i.indikator.satuan) for b in i.pembanding),
        penyebab=staff_text(text.penyebab) if text else None,
        upaya=staff_text(text.upaya) if text else None,
        program_pendukung=staff_text(text.program_pendukung) if text else None,
        kendala=staff_text(text.kendala) if text else None,
        rencana_tindak_lanjut=staff_text(text.rencana_tindak_lanjut) if text else None,
        tanpa_tren=_keterangan(declared.get("tahun-sebelumnya")),
        tanpa_renstra=_keterangan(declared.get("target-akhir")),
        tanpa_standar=_keterangan(declared.get("standar")),
        tw=tuple(nilai(v, satuan) for v in ((text.tw1, text.tw2, text.tw3, text.tw4) if text else ())),
    )


def _keterangan(row: KeteranganAnalisis | None) -> KeteranganView | None:
    if row is None or row.alasan is None:
        return None
    return KeteranganView(row.alasan, staff_text(row.penjelasan))


def _difference(value: Decimal, satuan: str) -> str:
    unit = satuan.strip()
    # a difference of two figures as typed carries the decimals of the finer one (Decimal subtraction)
    amount = as_typed(abs(value))
    if unit == "%":
        return f"{amount} poin persentase"
    if not unit or unit.casefold() in DIMENSIONLESS:
        return f"{amount} poin"
    return f"{amount} {unit}"


def _side(difference: Decimal, above: str, below: str, equal: str) -> str:
    return above if difference > 0 else (below if difference < 0 else equal)


def _tren(i: IndikatorHasil) -> TrenView | None:
    t = i.tren
    if t is None or t.selisih.value is None:
        return None
    assert i.realisasi is not None  # a trend has this year's realisation
    change = t.selisih.value  # exact: the difference of the two figures as printed (lkj.compute.presisi)
    arah = _side(change, "naik", "turun", "tetap")
    relatif = persen(abs(t.relatif.value)) if t.relatif.value is not None else None
    return TrenView(
        t.tahun_lalu,
        nilai(t.realisasi_lalu, i.indikator.satuan) or "",
        _difference(change, i.indikator.satuan),
        arah,
        relatif,
        t.membaik,
    )


def _renstra(i: IndikatorHasil, tahun_akhir: int | None) -> RenstraView | None:
    if i.indikator.target_akhir is None:
        return None
    assert i.renstra is not None
    return RenstraView(
        tahun_akhir,
        target_nilai(i.indikator.target_akhir, i.indikator.satuan) or "",
        pct(i.renstra),
        i.renstra.note,
    )


def _pembanding(b: PembandingHasil, satuan: str) -> PembandingView:
    p = b.pembanding
    assert p.nilai is not None
    gap = b.selisih.value
    return PembandingView(
        p.pembanding,
        JENIS_PEMBANDING_TEKS.get(p.jenis or ""),
        p.tahun,
        nilai(p.nilai, satuan) or "",
        p.sumber or "",
        _difference(gap, satuan) if gap is not None else None,
        _side(gap, "di atas", "di bawah", "sama dengan") if gap is not None else None,
        b.lebih_baik,
    )


def _standar(i: IndikatorHasil) -> StandarView | None:
    s = i.standar
    if s is None or s.selisih.value is None:
        return None
    assert i.realisasi is not None  # a comparison with the standard has this year's realisation
    gap = s.selisih.value
    posisi = _side(gap, "di atas", "di bawah", "sama dengan")
    return StandarView(
        nilai(s.standar, i.indikator.satuan) or "",
        _difference(gap, i.indikator.satuan),
        posisi,
        s.memenuhi,
    )


@dataclass(frozen=True)
class AnggaranView:
    HELP: ClassVar[str] = "Pagu dan realisasi anggaran, sudah diformat rupiah."

    pagu: str = doc("pagu")
    realisasi: str = doc("realisasi")
    serapan: str | None = doc("serapan (realisasi/pagu)")
    silpa: str = doc("sisa anggaran (SiLPA)")
    fisik: str | None = doc("rata-rata realisasi fisik")


def anggaran_view(a: Anggaran) -> AnggaranView:
    return AnggaranView(
        rp(a.pagu), rp(a.realisasi), pct(a.serapan), rp(a.silpa.value or Decimal(0)), pct(a.fisik)
    )


@dataclass(frozen=True)
class ProgramView:
    HELP: ClassVar[str] = "Satu program dengan anggaran dan indikator programnya."

    kode: str = doc("kode program")
    nama: str = doc("nama program")
    bidang: str = doc("bidang pelaksana")
    anggaran: AnggaranView = doc("anggaran program")
    indikator: tuple[tuple[str, str | None, str | None, str | None], ...] = doc(
        "indikator program: nama, target, realisasi, capaian"
    )


def program_view(p: ProgramHasil) -> ProgramView:
    rows = tuple(
        (
            u.ukuran.indikator or "",
            target_nilai(u.ukuran.target, u.ukuran.satuan or ""),
            nilai(u.ukuran.realisasi, u.ukuran.satuan or ""),
            pct(u.capaian),
        )
        for u in p.ukuran
    )
    return ProgramView(p.program.kode, p.program.nama, p.program.bidang, anggaran_view(p.anggaran), rows)


@dataclass(frozen=True)
class EfisiensiView:
    HELP: ClassVar[str] = "Efisiensi penggunaan sumber daya menurut metode di lembar Pengaturan."

    metode: str = doc("metode efisiensi")
    label: str = doc("kesimpulan (Efisien, Tidak Efisien …)")
    nilai: str | None = doc("nilai efisiensi")
    catatan: str = doc("ambang atau penjelasan")


def efisiensi_view(e: Efisiensi | None) -> EfisiensiView | None:
    if e is None:
        return None
    value = e.nilai.value
    shown = None if value is None else (angka(value, 2) if e.metode != "pmk" else persen(value))
    return EfisiensiView(e.metode, e.label, shown, e.nilai.note)


def efisiensi_sasaran(overall: Efisiensi | None, per_sasaran: Iterable[Efisiensi | None]) -> str | None:
    """How the sasaran were judged, when that is not all the overall judgement: "1 sasaran efisien dan 4
    sasaran cukup efisien" (None when they agree, or when there is nothing to compare)."""
    if overall is None or overall.label == TIDAK_DINILAI:
        return None
    labels = [e.label for e in per_sasaran if e is not None and e.label != TIDAK_DINILAI]
    if not labels or all(label == overall.label for label in labels):
        return None
    counts = Counter(labels)
    return daftar(
        [f"{n} sasaran {label.lower()}" for label, n in sorted(counts.items(), key=lambda x: -x[1])]
    )


@dataclass(frozen=True)
class SasaranView:
    HELP: ClassVar[str] = "Satu sasaran strategis dengan capaian, indikator, program dan anggarannya."

    nomor: int = doc("nomor urut sasaran")
    kode: str = doc("kode sasaran")
    nama: str = doc("rumusan sasaran")
    capaian: str | None = doc("capaian sasaran (rata-rata capaian indikatornya)")
    catatan: str = doc("penjelasan bila capaian tidak dapat dihitung")
    predikat: str | None = doc("predikat capaian (mis. Melebihi Target)")
    kategori: str | None = doc("kategori skala nilai (mis. Sangat Tinggi)")
    indikator: tuple[IndikatorView, ...] = doc("indikator sasaran")
    program: tuple[ProgramView, ...] = doc("program yang mendukung sasaran")
    anggaran: AnggaranView | None = doc("anggaran program pendukung")
    efisiensi: EfisiensiView | None = doc("efisiensi penggunaan anggaran sasaran")


def sasaran_view(nomor: int, s: SasaranHasil, views: Mapping[str, IndikatorView]) -> SasaranView:
    """`views`: every indicator's view by kode, made once for the whole report."""
    return SasaranView(
        nomor=nomor,
        kode=s.sasaran.kode,
        nama=s.sasaran.nama,
        capaian=pct(s.capaian),
        catatan=s.capaian.note,
        predikat=s.predikat,
        kategori=s.kategori,
        indikator=tuple(views[i.indikator.kode] for i in s.indikator),
        program=tuple(program_view(p) for p in s.program),
        anggaran=anggaran_view(s.anggaran) if s.anggaran else None,
        efisiensi=efisiensi_view(s.efisiensi),
    )
