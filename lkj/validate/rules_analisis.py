"""Rules on what feeds the analyses of an indicator beyond its figures: the declarations that an analysis
does not apply (Keterangan Analisis) and an indicator whose realisation the tool computes (Sumber
Realisasi), which no program indicator may in turn be counted into."""

from __future__ import annotations

from collections.abc import Iterator

from lkj.contract.lists import ALASAN, ALASAN_ANALISIS, ANALISIS, SUMBER_REALISASI
from lkj.findings import Finding, Rule, Severity, finding
from lkj.model import Dataset, Indikator, Instansi
from lkj.settings import Settings

E, W = Severity.ERROR, Severity.WARNING
KETERANGAN_ALASAN = Rule("keterangan.alasan", E, "Alasan tidak sesuai dengan analisis yang dinyatakan")
KETERANGAN_PENJELASAN = Rule("keterangan.penjelasan", W, "Penjelasan alasan 'Lainnya' belum diisi", gap=True)
SUMBER_POLARITAS = Rule("sumber.polaritas", W, "Realisasi yang dihitung tidak sesuai satuan atau polaritas")
SUMBER_CIRCULAR = Rule(
    "sumber.circular", E, "Indikator program dikaitkan dengan indikator yang dihitung dari indikator program"
)

RULES = (KETERANGAN_ALASAN, KETERANGAN_PENJELASAN, SUMBER_POLARITAS, SUMBER_CIRCULAR)

SHOWN = {value: text for mapping in (ANALISIS, ALASAN, SUMBER_REALISASI) for text, value in mapping.items()}


def check(dataset: Dataset, settings: Settings) -> Iterator[Finding]:
    instansi = dataset.instansi
    if instansi is None:
        return
    yield from _keterangan(instansi)
    computed = {x.kode: x for x in instansi.indikator if x.sumber_realisasi not in (None, "diketik")}
    for x in computed.values():
        yield from _fits(x)
    for bidang in dataset.bidang:
        for p in bidang.program:
            for u in p.ukuran:
                counted = computed.get(u.indikator_kode or "")
                if counted is not None and counted.sumber_realisasi == "indikator-program":
                    yield finding(
                        SUMBER_CIRCULAR,
                        u.src.ref("indikator_kode"),
                        f"Indikator program ini dikaitkan dengan {counted.kode} \u201c{counted.nama}\u201d, "
                        "padahal realisasi indikator itu dihitung dari persentase indikator program yang "
                        "tercapai, termasuk indikator ini. Kosongkan Kode Indikator Sasaran pada baris ini.",
                    )


def _keterangan(instansi: Instansi) -> Iterator[Finding]:
    for row in instansi.keterangan_analisis:
        if row.alasan is None:
            continue  # not filled yet: the reader tells it
        fits = ALASAN_ANALISIS.get(row.alasan)
        if fits is not None and fits != row.analisis:
            yield finding(
                KETERANGAN_ALASAN,
                row.src.ref("alasan"),
                f"Alasan \u201c{SHOWN[row.alasan]}\u201d tidak menjelaskan mengapa "
                f"\u201c{SHOWN[row.analisis]}\u201d tidak disajikan bagi indikator {row.indikator}; alasan "
                f"ini hanya untuk \u201c{SHOWN[fits]}\u201d. Pilih alasan yang sesuai, atau 'Lainnya' "
                "dengan penjelasannya.",
            )
        elif row.alasan == "lainnya" and not row.penjelasan:
            yield finding(
                KETERANGAN_PENJELASAN,
                row.src.ref("penjelasan"),
                f"Alasan 'Lainnya' bagi indikator {row.indikator} belum dijelaskan; laporan memuat "
                "penjelasan ini untuk pembaca. Isi kolom Penjelasan.",
            )


def _fits(x: Indikator) -> Iterator[Finding]:
    """A computed realisation is a share or an index where more is better."""
    source = SHOWN[x.sumber_realisasi or "diketik"]
    if x.polaritas != "max":
        yield finding(
            SUMBER_POLARITAS,
            x.src.ref("polaritas"),
            f"Realisasi {x.kode} dihitung aplikasi ({source}), yang makin tinggi makin baik, tetapi "
            "polaritasnya bukan Maksimal. Pilih polaritas Maksimal, atau kosongkan Sumber Realisasi bila "
            "realisasinya diketik.",
        )
    if x.sumber_realisasi == "indikator-program" and x.satuan.strip() != "%":
        yield finding(
            SUMBER_POLARITAS,
            x.src.ref("satuan"),
            f"Realisasi {x.kode} dihitung sebagai persentase indikator program yang tercapai, tetapi "
            f"satuannya \u201c{x.satuan}\u201d. Ubah satuannya menjadi %.",
        )
