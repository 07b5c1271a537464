"""BAB I Pendahuluan and BAB II Perencanaan Kinerja."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from lkj.indonesian import angka, tanggal, terbilang_rupiah
from lkj.render import tables
from lkj.render.blocks import Content
from lkj.render.report import Report
from lkj.render.texts import PerjanjianKinerja, RencanaStrategis, VersiPk
from lkj.render.views import target_nilai

SISTEMATIKA = (
    "Ikhtisar Eksekutif: ringkasan capaian kinerja, realisasi anggaran dan hal-hal yang belum tercapai.",
    "BAB I Pendahuluan: latar belakang, gambaran umum organisasi, tugas pokok dan fungsi, permasalahan yang "
    "dihadapi, dasar hukum dan sistematika penulisan.",
    "BAB II Perencanaan Kinerja: ringkasan Rencana Strategis dan Perjanjian Kinerja beserta perubahannya.",
    "BAB III Akuntabilitas Kinerja: kerangka pengukuran, capaian kinerja organisasi, analisis capaian setiap "
    "sasaran strategis, capaian program dan kegiatan, serta realisasi anggaran.",
    "BAB IV Penutup: kesimpulan dan langkah peningkatan kinerja ke depan.",
    "Lampiran: Perjanjian Kinerja dan data pendukung lainnya.",
)


# The regulations the report's own method cites (the SAKIP, the LKj's form, the scale of its categories),
# which its Dasar Hukum lists when the agency's list lacks them: how each is recognised, how it is
# written, and its rank in the hierarchy of regulations (where it is placed in the list).
CITED = (
    (
        re.compile(r"(peraturan presiden|perpres)\D*29\s+tahun\s+2014", re.IGNORECASE),
        "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
        3,
    ),
    (
        re.compile(
            r"(menteri\s+(pendayagunaan|pan\b|panrb|pan\s*-\s*rb)|permenpan)\D*53\s+tahun\s+2014",
            re.IGNORECASE,
        ),
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang "
        "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja "
        "Instansi Pemerintah;",
        4,
    ),
    (
        re.compile(r"(menteri dalam negeri|permendagri)\D*86\s+tahun\s+2017", re.IGNORECASE),
        "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan "
        "Evaluasi Pembangunan Daerah;",
        4,
    ),
)
RANKS = (
    (re.compile(r"^(undang|uu\b)", re.IGNORECASE), 1),
    (re.compile(r"^(peraturan pemerintah|pp\b)", re.IGNORECASE), 2),
    (
        re.compile(
            r"^(peraturan presiden|keputusan presiden|instruksi presiden|perpres|keppres|inpres)",
            re.IGNORECASE,
        ),
        3,
    ),
    (
        re.compile(
            r"^(peraturan menteri|keputusan menteri|permen|kepmen|surat edaran menteri)", re.IGNORECASE
        ),
        4,
    ),
)
LOWEST = 5  # regional regulations and anything not recognised


def _rank(item: str) -> int:
    return next((rank for pattern, rank in RANKS if pattern.search(item.strip())), LOWEST)


def dasar_hukum(items: list[str]) -> list[str]:
    """The agency's own list with each regulation the report's method cites that it lacks, placed after
    the last item of the same or a higher rank."""
    out = list(items)
    for pattern, text, rank in CITED:
        if any(pattern.search(item) for item in out):
            continue
        after = max((n for n, item in enumerate(out) if _rank(item) <= rank), default=-1)
        out.insert(after + 1, text)
    return out


def _listed(r: Report, jenis: str, intro: str) -> Content:
    """A list of the Uraian sheet under its introduction; nothing when it has no item (the Catatan
    Penyusunan names the sheet to fill)."""
    items = r.uraian(jenis)
    return Content().text(intro).numbered(items) if items else Content()


def _same(a: str, b: str) -> bool:
    """Two paragraphs that say the same (a retyped copy: other spaces, case, a typo or two)."""
    x, y = (re.sub(r"\W+", " ", t.casefold()).strip() for t in (a, b))
    return x == y or (min(len(x), len(y)) > 40 and SequenceMatcher(None, x, y).ratio() >= 0.9)


def bab_1(r: Report) -> dict[str, Any]:
    nama = r.u.nama_instansi
    gambaran = r.teks("teks/gambaran_umum.j2")
    # a paragraph of Gambaran Umum retyped in Tugas Pokok dan Fungsi is printed once
    tugas = Content().text(
        *(p for p in r.teks("teks/tugas_fungsi.j2") if not any(_same(p, g) for g in gambaran))
    )
    tugas.numbered(r.uraian("fungsi"), labels="huruf")
    hukum = dasar_hukum(r.uraian("dasar_hukum"))
    return {
        "latar_belakang": r.block(Content().text(*r.teks("teks/latar_belakang.j2"))),
        "gambaran_umum": r.block(Content().text(*gambaran)),
        "struktur_organisasi": r.block(_listed(r, "struktur", f"Susunan organisasi {nama} terdiri atas:")),
        "tugas_fungsi": r.block(tugas),
        "permasalahan": r.block(
            _listed(r, "permasalahan", f"Permasalahan utama yang dihadapi {nama} adalah sebagai berikut:")
        ),
        "dasar_hukum": r.block(
            Content().text("Penyusunan Laporan Kinerja ini berpedoman pada:").numbered(hukum)
        ),
        "sistematika": r.block(Content().text(*r.say("teks/sistematika.j2")).numbered(SISTEMATIKA)),
    }


def bab_2(r: Report) -> dict[str, Any]:
    return {
        "perencanaan_pengantar": r.block(Content().text(*r.teks("teks/perencanaan_kinerja.j2"))),
        "rencana_strategis": r.block(_renstra(r)),
        "perjanjian_kinerja": r.block(_perjanjian(r)),
    }


def _renstra(r: Report) -> Content:
    h = r.hasil
    visi = h.profil.visi if h.profil else None
    misi, tujuan = r.uraian("misi"), r.uraian("tujuan")
    content = Content().text(
        *r.say("narasi/rencana_strategis.j2", RencanaStrategis(visi, bool(misi), bool(tujuan)))
    )
    if misi:
        content.text(f"Misi {r.u.nama_instansi}:").numbered(misi)
    if tujuan:
        content.text("Tujuan yang hendak dicapai:").numbered(tujuan)
    lead = "Untuk mewujudkan tujuan tersebut ditetapkan" if tujuan else "Renstra menetapkan"
    content.text(
        f"{lead} {len(h.sasaran)} sasaran strategis dengan {len(h.indikator)} indikator kinerja "
        "sebagaimana tabel berikut."
    )
    content.table("Sasaran strategis dan indikator kinerja", tables.iku(h))
    # every year the Renstra sets a target for, those after the report year included (to its end)
    years = sorted(
        {year for i in h.indikator for year, _ in i.renstra_tahunan}
        | ({h.tahun} if any(i.target for i in h.indikator) else set())
    )
    if len(years) > 1:
        content.text("Target indikator kinerja setiap tahun dalam Renstra ditunjukkan pada tabel berikut.")
        content.table("Target indikator kinerja per tahun", tables.target_renstra(h, years))
    return content


def _perjanjian(r: Report) -> Content:
    """2.2: a sentence for each version of the PK, then the PK once: its targets and its program budgets
    compared across the versions, with the change from the first to the last (the final PK itself, signed,
    is in the Lampiran)."""
    h = r.hasil
    content = Content()
    if not h.pk:
        return content  # instansi.pk-missing tells the staff; the reader sees no sentence about it
    previous = None
    for index, versi in enumerate(h.pk):
        change = versi.perubahan.value if versi.perubahan and versi.perubahan.value else None
        view = VersiPk(
            versi=versi.versi.versi,
            tanggal=tanggal(versi.versi.tanggal) if versi.versi.tanggal else None,
            keterangan=_clause(versi.versi.keterangan),
            total="Rp" + angka(versi.total),
            sebelumnya=previous,
            perubahan="Rp" + angka(abs(change)) if change else None,
            perubahan_naik=bool(change and change > 0),
            perubahan_terbilang=terbilang_rupiah(abs(change)) if change else None,
            perubahan_target=tuple(
                f"{i.nama} dari {target_nilai(a, i.satuan)} menjadi {target_nilai(b, i.satuan)}"
                for i, a, b in versi.perubahan_target
            ),
        )
        content.text(*r.say("narasi/perjanjian_kinerja.j2", PerjanjianKinerja(view, index == 0, len(h.pk))))
        previous = versi.versi.versi
    several = len(h.pk) > 1
    if any(v.target for v in h.pk):
        title = "Target kinerja Perjanjian Kinerja" + (
            " antarversi" if several else f" ({h.pk[0].versi.versi})"
        )
        content.table(title, tables.pk_target_versi(h.pk, h))
    if any(v.anggaran for v in h.pk):
        title = "Anggaran program Perjanjian Kinerja" + (
            " antarversi" if several else f" ({h.pk[0].versi.versi})"
        )
        content.table(title, tables.pk_anggaran_versi(h.pk))
    if several:
        content.note(
            f"Selisih: {h.pk[-1].versi.versi} dibandingkan dengan {h.pk[0].versi.versi} (versi terakhir "
            "dikurangi versi pertama)."
        )
    return content


def _clause(keterangan: str | None) -> str:
    """A version's note as a clause within the sentence about it: no end stop, its first letter small
    unless it starts an abbreviation (APBD-P, DID)."""
    text = (keterangan or "").strip().rstrip(".").strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text
