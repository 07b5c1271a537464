"""The full LKj document: chapters, tables, narrative, determinism, template safety, golden text."""

from __future__ import annotations

import io
import posixpath
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from lkj.diff.dump import dump
from tests.conftest import JAMBI, ROOT, SUKAMAJU, build
from tests.helpers import edit_cells

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"

CHAPTERS = [
    "# KATA PENGANTAR",
    "# DAFTAR ISI",
    "# DAFTAR TABEL",
    "# DAFTAR GAMBAR",
    "# IKHTISAR EKSEKUTIF",
    "# BAB I PENDAHULUAN",
    "## 1.1 Latar Belakang",
    "## 1.6 Sistematika Penulisan",
    "# BAB II PERENCANAAN KINERJA",
    "## 2.2 Perjanjian Kinerja",
    "# BAB III AKUNTABILITAS KINERJA",
    "## 3.1 Kerangka Pengukuran Kinerja",
    "## 3.4 Capaian Program, Kegiatan dan Sub Kegiatan",
    "# BAB IV PENUTUP",
    "## 4.1 Kesimpulan",
    "# LAMPIRAN",
]
ANALYSES = [
    "#### a. Perbandingan Target dan Realisasi Kinerja",
    "#### b. Perbandingan Realisasi dengan Tahun",
    "#### c. Perbandingan Realisasi dengan Target Akhir Renstra",
    "#### d. Perbandingan Realisasi dengan Standar Nasional",
    "#### e. Penyebab Keberhasilan",
    "#### f. Efisiensi",
    "#### g. Program dan Kegiatan",
]
MISSING = re.compile(r"belum tersedia|belum diisi|belum menyampaikan|belum dapat (diukur|disajikan|dinilai)")


@pytest.fixture(scope="module")
def jambi(tmp_path_factory) -> tuple[Path, str]:
    out = build(JAMBI, tmp_path_factory.mktemp("jambi") / "jambi.docx")
    return out, dump(out)


@pytest.fixture(scope="module")
def sukamaju(tmp_path_factory) -> tuple[Path, str]:
    """The complete fictional set, built as the final report the Kepala Dinas signs."""
    out = build(SUKAMAJU, tmp_path_factory.mktemp("sukamaju") / "sukamaju.docx", kind="final")
    return out, dump(out)


def test_generate_py_builds_the_sample_into_output(tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(ROOT / "generate.py"), "--output-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env={"LKJ_NO_VENV": "1", "PATH": ""},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = tmp_path / "LKj-2022-dinas-komunikasi-dan-informatika-kota-jambi.docx"
    assert report.exists() and "(konsep)" in done.stdout  # the default build is a konsep
    with zipfile.ZipFile(report) as z:
        assert 'string="KONSEP"' in z.read("word/header2.xml").decode()


def test_every_chapter_and_seven_analyses_per_sasaran(jambi):
    _, text = jambi
    for heading in CHAPTERS:
        assert heading in text, heading
    for heading in ANALYSES:
        assert text.count(heading) == 6, heading  # 5 sasaran + the instansi-level IKU (Indeks SPBE)


def test_tables_hold_the_seed_amounts_and_recomputed_percentages(jambi):
    _, text = jambi
    assert "|  |  | JUMLAH | 14.883.605.435 | 14.597.171.260 | 98,08% | 286.434.175 |" in text
    assert (
        "| 6 | (IKU tingkat instansi) | Indeks SPBE | Indeks | 3,0 | 2,79 | 93,00% | Tidak Tercapai | "
        "Sangat Tinggi |" in text
    )
    assert (
        "| 4 | Meningkatnya Penyelenggaraan Statistik Sektoral | 1 | 132,35% | Melebihi Target | "
        "Sangat Tinggi |" in text
    )
    assert "|  | Rata-rata capaian sasaran |  | 106,78% |  | Sangat Tinggi |" in text
    assert (
        "menambah jumlah anggaran program PK Perubahan APBD-P sebesar Rp167.635.000 (seratus enam puluh "
        "tujuh juta enam ratus tiga puluh lima ribu rupiah) menjadi Rp14.883.605.435." in text
    )
    assert "5 program, 12 kegiatan dan 34 sub kegiatan" in text
    # the seed's wrong 64,15% for the statistik program is recomputed from its amounts
    assert (
        "| 2.20.02 | Program Penyelenggaraan statistik sektoral | Tersedianya data statistik sektoral | 60 | "
        "% | 60 | 100,00 | 85.317.516 | 83.531.260 | 97,91 | 100,00 |" in text
    )


def test_analyses_without_data_say_so_to_the_reader_in_one_sentence(jambi):
    text = jambi[1].split("# CATATAN PENYUSUNAN")[0]
    assert (
        "Perbandingan realisasi indikator Persentase Pengamanan Informasi dengan tahun-tahun sebelumnya "
        "tidak disajikan dalam laporan ini." in text
    )
    standar = "Perbandingan indikator Indeks SPBE dengan standar nasional tidak disajikan dalam laporan ini."
    assert standar in text
    # visi, misi and tujuan all missing: nothing said to the reader, the Catatan names the cells
    assert "Rumusan" not in text and "Visi Dinas" not in text and "Misi Dinas" not in text
    assert "Jambi, ............................ 2023" in text  # the seed's undated signature stays undated


def test_the_fictional_set_has_no_analysis_left_without_data(sukamaju):
    _, text = sukamaju
    assert MISSING.search(text) is None, MISSING.search(text)
    for heading in ANALYSES:
        assert text.count(heading) == 4, heading
    assert "Karena indikator ini semakin rendah realisasi semakin baik" in text
    assert (
        "Menurut tabel konversi, realisasi tersebut setara dengan 85% dan targetnya setara dengan 80%; "
        "dibandingkan pada skala yang sama, capaiannya 106,25%." in text
    )
    assert "sebesar 2,5 Hari, turun 0,7 Hari dibanding realisasi tahun 2023 sebesar 3,2 Hari" in text
    assert "perubahan tersebut menunjukkan kinerja yang membaik" in text
    assert "# LAMPIRAN" in text and "Lampiran 3. Realisasi Indikator Kinerja per Triwulan" in text
    # the KI Award's earlier targets lie below its conversion table: the "-" in its history is told
    assert "| 〃 | 2023 | 88 | 91,2 | - |" in text
    assert (
        "Capaian indikator Nilai Keterbukaan Informasi Publik (KI Award) tahun 2019\u20112023 ditandai “-” "
        "pada tabel di atas karena tidak dapat ditetapkan" in text
    )
    assert (
        "tabel itu hanya memuat nilai 90 sampai 100, sedangkan target dan realisasi tahun 2019\u20112022 "
        "serta target tahun 2023 berada di luar rentang tersebut." in text
    )


def test_a_reader_checking_with_a_pencil_finds_the_figures_agree(jambi, sukamaju):
    """Issue 16: the printed difference is that of the printed operands; the scales of one figure are told
    apart; the overall efficiency names the sasaran judged otherwise; one capaian for the KI Award."""
    _, text = jambi
    assert "sebesar 101,53%, selisih capaian dan serapan adalah 2,41 poin" in text
    assert (
        "Ketiga sebutan ini mengukur hal yang berbeda: predikat Tidak Tercapai menilai capaian terhadap "
        "target tahun ini, kategori Sangat Tinggi menempatkan besarnya capaian 93,00%" in text
    )
    assert "menurut analisis per sasaran, 4 sasaran cukup efisien dan 1 sasaran efisien." in text
    assert (
        "indikator program yang tercapai (menurut polaritas masing-masing indikator) sebesar 80,00%" in text
    )
    _, text = sukamaju
    ki = [line for line in text.splitlines() if "KI Award" in line and "%" in line]
    assert ki and all("85,00%" not in line and "103,89%" not in line for line in ki), ki
    assert "| Nilai Keterbukaan Informasi Publik | 90 | 93,5 | 106,25% |" in text  # each as typed


def test_the_overall_efficiency_is_reconciled_with_the_sasaran_wherever_it_is_stated(jambi):
    """Jambi: 'efisien' overall, four of five sasaran 'cukup efisien': the Ikhtisar, 3.5 and BAB IV say
    the one judgement and the same sentence on what it weighs against the sasaran's."""
    _, text = jambi
    said = (
        "Penilaian keseluruhan ini membandingkan rata-rata capaian seluruh sasaran dengan serapan seluruh "
        "anggaran, sedangkan analisis efisiensi setiap sasaran membandingkan capaian sasaran itu dengan "
        "serapan program pendukungnya; menurut analisis per sasaran, 4 sasaran cukup efisien dan 1 sasaran "
        "efisien."
    )
    ikhtisar = text.split("# IKHTISAR EKSEKUTIF", 1)[1].split("# BAB I ", 1)[0]
    realisasi = text.split("## 3.5 Realisasi Anggaran", 1)[1].split("# BAB IV", 1)[0]
    penutup = text.split("## 4.1 Kesimpulan", 1)[1].split("## 4.2", 1)[0]
    for part in (ikhtisar, realisasi, penutup):
        assert "secara keseluruhan dinilai efisien" in part and said in part
    assert text.count(said) == 3


def test_golden_text_and_tables(jambi, sukamaju, golden):
    golden("jambi.txt", jambi[1])
    golden("sukamaju.txt", sukamaju[1])


def test_same_input_gives_byte_identical_docx(jambi, tmp_path):
    again = build(JAMBI, tmp_path / "again.docx")
    assert again.read_bytes() == jambi[0].read_bytes()


def test_structure_landscape_toc_captions_and_charts(sukamaju):
    path, _ = sukamaju
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode()
        names = zf.namelist()
    assert xml.count('w:orient="landscape"') == 1 and "<w:tblHeader/>" in xml and "<w:cantSplit/>" in xml
    assert (
        'TOC \\o "1-3" \\h \\z \\u' in xml
        and 'TOC \\h \\z \\c "Tabel"' in xml
        and 'TOC \\h \\z \\c "Gambar"' in xml
    )
    assert xml.count("SEQ Tabel") >= 10 and xml.count("SEQ Gambar") >= 3
    assert '<w:vMerge w:val="restart"/>' in xml
    assert sum(1 for n in names if re.fullmatch(r"word/charts/chart\d+\.xml", n)) >= 5
    assert 'w:fmt="lowerRoman"' in xml or "lowerRoman" in zf_text(path, "word/document.xml")


def test_charts_are_native_word_charts_with_their_data(sukamaju):
    """Each chart: a chart part Word and LibreOffice draw from, and an embedded workbook for Edit Data."""
    path, _ = sukamaju
    with zipfile.ZipFile(path) as zf:
        charts = sorted(n for n in zf.namelist() if re.fullmatch(r"word/charts/chart\d+\.xml", n))
        types = zf.read("[Content_Types].xml").decode()
        document_rels = zf.read("word/_rels/document.xml.rels").decode()
        for name in charts:
            space = etree.fromstring(zf.read(name))
            assert f'PartName="/{name}"' in types and f'Target="charts/{Path(name).name}"' in document_rels
            rels = zf.read(f"word/charts/_rels/{Path(name).name}.rels").decode()
            target = re.search(r'Target="([^"]+)"', rels).group(1)
            data = zipfile.ZipFile(
                io.BytesIO(zf.read(posixpath.normpath(posixpath.join("word/charts", target))))
            )
            sheet = data.read("xl/worksheets/sheet1.xml").decode()
            cached = space.xpath("//c:ser[1]/c:val//c:pt/c:v/text()", namespaces={"c": C})
            assert cached and all(f"<v>{value}</v>" in sheet for value in cached)  # same numbers both places
        budget = next(zf.read(n).decode() for n in charts if b"Rupiah (miliar)" in zf.read(n))
    assert "Program Aplikasi Informatika" in budget and "<c:v>3.485</c:v>" in budget  # pagu, in miliar
    assert "<a:t>98,06%</a:t>" in budget  # its realisation labelled with its serapan, Indonesian style


def zf_text(path: Path, member: str) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read(member).decode()


def test_staff_text_appears_literally_whatever_it_holds(sukamaju_copy, tmp_path):
    tricky = '{{ 7*7 }} <b>tebal</b> & {% if true %}x{% endif %} "kutip"'
    edit_cells(sukamaju_copy / "02-infrastruktur-spbe.xlsx", "Capaian Indikator", {"G4": tricky})
    edit_cells(sukamaju_copy / "00-instansi.xlsx", "Sasaran", {"B4": "Sasaran <i>A</i> & B {{ x }}"})
    text = dump(build(sukamaju_copy, tmp_path / "tricky.docx"))
    assert tricky in text
    assert "Sasaran <i>A</i> & B {{ x }}" in text
    assert "49" not in text.split(tricky)[0][-5:]


def _broken_templates(tmp_path: Path, find: str, replace: str) -> Path:
    folder = tmp_path / "templat"
    shutil.copytree(ROOT / "templates", folder)
    docx = folder / "lkj.docx"
    with zipfile.ZipFile(docx) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members["word/document.xml"] = members["word/document.xml"].replace(find.encode(), replace.encode(), 1)
    with zipfile.ZipFile(docx, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return folder


@pytest.mark.parametrize(
    ("find", "replace", "expected"),
    [
        (
            "{{p latar_belakang }}",
            "{{ latar_belakang_salah }}",
            "'{{ latar_belakang_salah }}' memakai variabel yang tidak dikenal",
        ),
        ("{%p for a in analisis %}", "{%p for a in analisis", "kesalahan tag Jinja"),
        ("{{ tahun_terbit }}", "{{ tahun.__class__.__mro__ }}", "tidak diizinkan"),
    ],
)
def test_a_broken_template_is_named_clearly_and_nothing_is_written(run, tmp_path, find, replace, expected):
    templates = _broken_templates(tmp_path, find, replace)
    out = tmp_path / "laporan.docx"
    result = run("build", JAMBI, "-o", out, "--templat", templates)
    assert result.exit_code == 2, result.output
    assert expected in result.output and "lkj.docx" in result.output
    assert not out.exists() and not list(tmp_path.glob(".lkj-*"))


def test_a_broken_text_template_names_its_file(run, tmp_path):
    templates = tmp_path / "templat"
    shutil.copytree(ROOT / "templates", templates)
    (templates / "narasi" / "efisiensi.j2").write_text("{{ s.tidak_ada }}", encoding="utf-8")
    result = run("build", JAMBI, "-o", tmp_path / "x.docx", "--templat", templates)
    assert result.exit_code == 2 and "narasi/efisiensi.j2" in result.output


def test_the_sandbox_judges_an_attribute_by_the_type_that_holds_it(tmp_path):
    from lkj.render.narasi import Narasi, TemplateProblem

    (tmp_path / "a.j2").write_text("{{ x.mro }}", encoding="utf-8")

    class Plain:
        mro = "boleh"

    narasi = Narasi(tmp_path)
    for _ in range(2):  # the verdict is remembered per type: asked again, it must not change
        assert narasi.paragraphs("a.j2", x=Plain()) == ["boleh"]
        with pytest.raises(TemplateProblem, match=r"a\.j2"):
            narasi.paragraphs("a.j2", x=Plain)  # a class's mro() opens the way to every class


def test_compiled_templates_are_kept_but_an_edited_template_is_read_again(tmp_path, monkeypatch):
    from lkj.render.narasi import Narasi

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "a.j2").write_text("Versi {{ n }}.", encoding="utf-8")
    assert Narasi(tmp_path).paragraphs("a.j2", n=1) == ["Versi 1."]
    assert list((tmp_path / "cache" / "lkj" / "templat").iterdir())
    (tmp_path / "a.j2").write_text("Versi baru {{ n }}.", encoding="utf-8")
    assert Narasi(tmp_path).paragraphs("a.j2", n=2) == ["Versi baru 2."]


def test_templates_from_source_are_compiled_once_and_stay_sandboxed(tmp_path, monkeypatch):
    from jinja2.sandbox import SecurityError

    from lkj.render.narasi import environment

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = "<w:t>{{ nama }}</w:t>"
    assert environment(tmp_path).from_string(source).render(nama="A & B") == "<w:t>A &amp; B</w:t>"
    env = environment(tmp_path)
    monkeypatch.setattr(env, "compile", lambda *a, **k: pytest.fail("compiled again"))
    assert env.from_string(source).render(nama="<x>") == "<w:t>&lt;x&gt;</w:t>"  # from the cache
    with pytest.raises(SecurityError):
        environment(tmp_path).from_string("{{ x.__class__.__mro__ }}").render(x=1)


def test_a_cache_folder_that_cannot_be_made_is_not_used(tmp_path, monkeypatch):
    from lkj.render.narasi import Narasi

    (tmp_path / "bukan-folder").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "bukan-folder"))
    (tmp_path / "a.j2").write_text("Isi.", encoding="utf-8")
    assert Narasi(tmp_path).paragraphs("a.j2") == ["Isi."]


def test_errors_block_the_build_and_leave_an_existing_report_untouched(run, jambi_copy, tmp_path):
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"versi lama")
    edit_cells(jambi_copy / "01-sekretariat.xlsx", "Sub Kegiatan", {"G4": "abc"})
    result = run("build", jambi_copy, "-o", out, "--ganti")  # may replace it, but not with errors
    assert result.exit_code == 1 and "G4" in result.output
    assert out.read_bytes() == b"versi lama"


def test_errors_the_rules_find_while_the_year_is_computed_block_the_build(
    run, jambi_copy, tmp_path, monkeypatch
):
    import lkj.pipeline

    monkeypatch.setattr(lkj.pipeline, "PARALLEL_FROM", 0)  # the rules in a worker, as on a large input
    out = tmp_path / "laporan.docx"
    out.write_bytes(b"versi lama")
    edit_cells(jambi_copy / "02-informasi-komunikasi-publik.xlsx", "Program", {"A4": "2.16.01"})
    result = run("build", jambi_copy, "-o", out, "--ganti")
    assert result.exit_code == 1 and "[cross.shared-name]" in result.output  # one kode, two names
    assert out.read_bytes() == b"versi lama" and not list(tmp_path.glob(".lkj-*"))


def test_an_existing_report_is_replaced(run, tmp_path):
    """A report lkj wrote is replaced by the next build; any other file only with --ganti (the hostile
    corpus, tests/test_hostile_write.py, has every case)."""
    out = tmp_path / "laporan.docx"
    build(JAMBI, out)
    assert run("build", SUKAMAJU, "-o", out).exit_code == 0
    assert "Sukamaju" in zf_text(out, "docProps/core.xml")
    out.write_bytes(b"versi lama")
    assert run("build", SUKAMAJU, "-o", out, "--ganti").exit_code == 0
    assert zipfile.is_zipfile(out)


def test_f4_paper_setting(sukamaju_copy, tmp_path):
    edit_cells(sukamaju_copy / "00-instansi.xlsx", "Pengaturan", {"B10": "F4"})
    xml = zf_text(build(sukamaju_copy, tmp_path / "f4.docx"), "word/document.xml")
    assert '<w:pgSz w:w="12189" w:h="18709"/>' in xml
    assert '<w:pgSz w:w="18709" w:h="12189" w:orient="landscape"/>' in xml


@pytest.mark.libreoffice
def test_pdf_has_toc_page_numbers_and_a_landscape_table(run, tmp_path):
    from lkj.render.pdf import find_soffice

    if find_soffice() is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice atau poppler-utils tidak terpasang")
    import subprocess

    out = tmp_path / "jambi.docx"
    result = run("build", JAMBI, "-o", out, "--pdf")
    assert result.exit_code == 0, result.output
    pdf = out.with_suffix(".pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 25 <= pages <= 80
    toc = subprocess.run(
        ["pdftotext", "-layout", "-f", "3", "-l", "3", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    # the page number on the entry's own line (not the next entry's "1.1")
    assert re.search(r"^ *BAB I PENDAHULUAN\.+ *1 *$", toc, re.M), toc
    assert re.search(r"^ *BAB IV PENUTUP\.+ *\d+ *$", toc, re.M) and re.search(
        r"^ *KATA PENGANTAR\.+ *i *$", toc, re.M
    )
    body = [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True
        ).stdout
        for n in range(1, pages + 1)
    ]
    wide = next(
        n
        for n, page in enumerate(body, 1)
        if "program, kegiatan dan sub kegiatan tahun 2022" in page and "Tabel 3." in page and "Kode" in page
    )
    size = subprocess.run(
        ["pdfinfo", "-f", str(wide), "-l", str(wide), str(pdf)], capture_output=True, text=True
    ).stdout
    width, height = map(float, re.search(rf"Page\s+{wide} size:\s+([\d.]+) x ([\d.]+)", size).groups())
    assert width > height
    assert "Tabel 3.3 Capaian indikator kinerja tahun 2022" in "".join(body)
    # LibreOffice drew the native charts: their axis titles and Indonesian labels are on the pages
    charts = "".join(body)
    assert "Rupiah (miliar)" in charts and "Capaian (%)" in charts and "132,35%" in charts


def test_warnings_go_to_the_validation_annex_when_configured(sukamaju_copy, tmp_path):
    edit_cells(sukamaju_copy / "00-instansi.xlsx", "Profil", {"B14": "1980 01 01"})  # a NIP that is too short
    text = dump(build(sukamaju_copy, tmp_path / "catatan.docx"))
    annex = text.split("Catatan Validasi Data")[-1]
    assert "NIP “1980 01 01” tidak terdiri atas 18 angka" in annex and "Profil!B14" in annex


def test_breaks_in_rendered_text_still_become_word_breaks():
    from lkj.render.blocks import MARKER
    from lkj.render.word_template import WordTemplate

    with_break = '<w:p><w:r><w:t xml:space="preserve">Jl. Merdeka 1\nJambi</w:t></w:r></w:p>'
    plain = "<w:p><w:r><w:t>Jambi</w:t></w:r></w:p>" + MARKER.format(1)
    template = WordTemplate.__new__(WordTemplate)  # resolve_listing reads nothing of the template itself
    assert "<w:br/>" in template.resolve_listing(with_break)
    assert template.resolve_listing(plain) is plain


@pytest.mark.parametrize("name", ["00-instansi.xlsx", "/dev/null"])
def test_an_output_that_may_not_be_written_is_refused_before_anything_is_read(
    run, jambi_copy, name, monkeypatch
):
    import lkj.pipeline

    def must_not_read(*args: object, **kwargs: object) -> None:
        pytest.fail("the workbooks were read before the output was refused")

    monkeypatch.setattr(lkj.pipeline, "read_folder", must_not_read)
    out = jambi_copy / name if not name.startswith("/") else name
    result = run("build", jambi_copy, "-o", out)
    assert result.exit_code == 2 and result.output.startswith(f"Gagal: '{out}'")
    assert "PERINGATAN" not in result.output
