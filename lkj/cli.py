"""The `lkj` command. Each subcommand is a thin shell over one library function; no logic lives here.

Exit status: 0 success, 1 the input has errors (or, for diff, the reports differ), 2 the command cannot
run (no such folder, no workbooks, a broken template, bad usage). Tracebacks only with --debug.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import click

from lkj import __version__, cli_bahasa

cli_bahasa.install()  # before the commands below are declared: click names path types at declaration

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
COMMAND: dict[str, Any] = {"context_settings": CONTEXT, "options_metavar": "[OPSI]"}


# What a command leaves to the end of the process, which lkj.cli.main ends with os._exit, instead of
# freeing it one object at a time: a large input's millions of objects take tens of milliseconds to free.
# None where the commands run inside another program (the tests), which wants its memory back.
_HELD: list[object] | None = None


def _hold(*objects: object) -> None:
    if _HELD is not None:
        _HELD.extend(objects)


class _Commands(click.Group):
    """The lkj commands. Every expected failure (lkj.errors.LkjError) of any of them is told here, and
    only here: what it found (`detail`), then what failed, and the command ends with its exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        from lkj.errors import LkjError

        try:
            return super().invoke(ctx)
        except LkjError as exc:
            if exc.detail:
                click.echo(exc.detail, err=True)
            click.echo(f"Gagal: {exc.message}", err=True)
            sys.exit(exc.exit_code)


class _Path(click.Path):
    """A file or folder argument; an empty one is refused (pathlib takes '' for the current folder: `lkj
    validate ''` checked it, `--output-dir ''` wrote into it)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail("nama berkas atau folder kosong; sebutkan namanya", param, ctx)
        return super().convert(value, param, ctx)


def _file(*names: str, **more: Any) -> Any:
    """An option that names a file (a folder is refused)."""
    return click.option(*names, type=_Path(dir_okay=False, path_type=Path), **more)


def _folder(*names: str, **more: Any) -> Any:
    """An option that names a folder (a file is refused)."""
    return click.option(*names, type=_Path(file_okay=False, path_type=Path), **more)


REPLACE = click.option(
    "--ganti",
    is_flag=True,
    help="Timpa berkas keluaran yang sudah ada (workbook kosong, atau berkas yang bukan keluaran lkj atau "
    "sudah diubah orang); workbook yang sudah diisi dan masukan tetap tidak pernah ditimpa.",
)


FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Bentuk keluaran: teks untuk dibaca, atau JSON untuk program lain.",
)
KRITERIA = _file(
    "--kriteria",
    help="Berkas kriteria LKE (TOML) untuk swa-evaluasi (lkj periksa, dan Catatan Penyusunan konsep); "
    "bawaan: lkj/periksa/kriteria.toml (PermenPANRB 88/2021). Berkas yang tidak dapat dipakai ditolak "
    "(exit 2) sebelum masukan dibaca.",
)


@click.group(cls=_Commands, **COMMAND, subcommand_metavar="PERINTAH [ARGUMEN]...")
@click.version_option(__version__, prog_name="lkj")
@click.option("--debug", is_flag=True, help="Tampilkan traceback lengkap bila terjadi kesalahan tak terduga.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """lkj: penyusun Laporan Kinerja (LKj/LKjIP) dari workbook Excel yang diisi sekretariat dan setiap
    bidang. Bantuan setiap perintah: lkj PERINTAH --help.

    \b
    Contoh (dari folder lkj; input/ berisi data contoh):
      lkj templates masukan-2025/ --tahun 2025   workbook kosong untuk diisi
      lkj validate input/                        periksa isian; setiap masalah dengan selnya
      lkj build input/                           konsep laporan (.docx) ke output/
      lkj build input/ --pdf                     konsep beserta PDF-nya
      lkj periksa input/                         perkiraan nilai LKE komponen Pelaporan Kinerja

    \b
    Status keluar: 0 berhasil; 1 masukan bergalat, laporan final ditolak, atau
    (diff) keduanya berbeda; 2 perintah tidak dapat dijalankan."""
    ctx.obj = {"debug": debug}


@cli.command("templates", **COMMAND, short_help="Tulis workbook kosong, atau workbook tahun berikutnya.")
@click.argument("outdir", metavar="FOLDER_KELUARAN", type=_Path(file_okay=False, path_type=Path))
@click.option(
    "--tahun",
    metavar="TAHUN",
    type=click.IntRange(2000, 2100),
    help="Tahun laporan workbook yang ditulis (dengan --dari: tahun sesudah tahun laporan folder itu).",
)
@click.option(
    "--dari",
    "source",
    type=_Path(exists=True, file_okay=False, path_type=Path),
    help="Folder berisi workbook instansi yang sudah diisi: dibuat satu workbook per bidang, lengkap "
    "dengan nama bidang dan daftar pilihan sasaran/indikatornya. Bersama --tahun setelah tahun laporan "
    "folder itu: workbook lengkap tahun berikutnya (instansi dan setiap bidang) berisi profil, sasaran, "
    "indikator, target Renstra, tabel konversi, bidang serta kode dan nama program/kegiatan/sub kegiatan; "
    "realisasi tahun ini dicatat sebagai riwayat; anggaran dan realisasi dikosongkan. Folder itu tidak "
    "pernah ditulisi.",
)
@REPLACE
def templates_command(outdir: Path, tahun: int | None, source: Path | None, ganti: bool) -> None:
    """Tulis workbook kosong (instansi dan bidang) ke FOLDER_KELUARAN; workbook yang sudah ada tidak
    ditimpa. Dengan --dari FOLDER dan --tahun setelah tahun laporan folder itu: workbook tahun berikutnya,
    berisi semua yang berlanjut dari tahun ini.

    \b
    Contoh:
      lkj templates masukan-2025/ --tahun 2025                 workbook kosong tahun 2025
      lkj templates masukan-2023/ --dari input/ --tahun 2023   tahun 2023, lanjutan contoh 2022"""
    if source is not None and tahun is not None:
        from lkj.pipeline import next_year

        carried = next_year(source, outdir, tahun, replace=ganti)
        if carried is not None:
            for path in carried.written:
                click.echo(f"ditulis: {path}")
            click.echo(f"\nDibawa dari {source} ke tahun {tahun}:")
            click.echo("\n".join(f"  - {line}" for line in carried.carried))
            click.echo(f"\nHarus diisi baru untuk tahun {tahun}:")
            click.echo("\n".join(f"  - {line}" for line in carried.fresh))
            return
    from lkj.xlsx.handout import write_templates

    for path in write_templates(outdir, tahun, source, replace=ganti):
        click.echo(f"ditulis: {path}")


@cli.command("validate", **COMMAND, short_help="Periksa isian workbook; setiap masalah dengan selnya.")
@click.argument("input_dir", metavar="FOLDER_MASUKAN", type=_Path(path_type=Path))
@FORMAT
@click.option("--strict", is_flag=True, help="Perlakukan peringatan sebagai galat (exit 1).")
@_folder(
    "--annotate",
    help="Tulis ke folder ini (di luar FOLDER_MASUKAN) salinan setiap workbook dengan sel bermasalah "
    "diwarnai merah dan diberi komentar.",
)
@REPLACE
def validate_command(input_dir: Path, fmt: str, strict: bool, annotate: Path | None, ganti: bool) -> None:
    """Periksa semua workbook di FOLDER_MASUKAN dan tampilkan setiap masalah beserta selnya. Exit 0 tanpa
    galat, 1 ada galat (dengan --strict: juga peringatan), 2 tidak dapat dijalankan.

    \b
    Contoh:
      lkj validate input/
      lkj validate input/ --annotate bercatatan/   salinan workbook dengan sel bermasalah ditandai"""
    from lkj.pipeline import check
    from lkj.validate.present import exit_status, render_json, render_text

    result = check(input_dir)
    _hold(result)
    click.echo(
        render_json(result.findings) if fmt == "json" else render_text(result.findings, result.workbooks)
    )
    if annotate is not None:  # after the findings: they are printed whatever a workbook holds
        from lkj.xlsx.annotate import annotate_copies

        done = annotate_copies(input_dir, result.findings, annotate, replace=ganti)
        for path in done.written:
            click.echo(f"ditulis: {path}", err=True)
        for name, why in done.unannotated:  # told; the findings above still say what is wrong in it
            click.echo(f"tidak ditulis: salinan bercatatan {name}: {why}.", err=True)
        for problem in done.failed:
            click.echo(f"Gagal: {problem}", err=True)
        if done.failed:
            sys.exit(2)
    sys.exit(exit_status(result.findings, strict))


@cli.command("hitung", **COMMAND, short_help="Tampilkan angka hasil perhitungan dan cara menghitungnya.")
@click.argument("input_dir", metavar="FOLDER_MASUKAN", type=_Path(path_type=Path))
@click.option(
    "--rinci", is_flag=True, help="Tampilkan cara setiap angka dihitung: aturan, rumus, masukan dan selnya."
)
@FORMAT
def hitung_command(input_dir: Path, rinci: bool, fmt: str) -> None:
    """Tampilkan angka hasil perhitungan (capaian, predikat, anggaran, efisiensi, PK, SPBE). Exit 1 bila
    masukan bergalat (lihat lkj validate), 2 bila tidak dapat dijalankan.

    \b
    Contoh:
      lkj hitung input/
      lkj hitung input/ --rinci   dengan aturan, rumus dan sel asal setiap angka"""
    from lkj.compute.table_view import render_json, render_text
    from lkj.pipeline import checked_year

    checked = checked_year(input_dir)
    _hold(checked)
    hasil = checked.hasil
    assert hasil is not None
    click.echo(render_json(hasil) if fmt == "json" else render_text(hasil, detail=rinci), nl=False)


@cli.command("build", **COMMAND, short_help="Susun Laporan Kinerja (.docx, juga PDF): konsep atau final.")
@click.argument("input_dir", metavar="FOLDER_MASUKAN", type=_Path(path_type=Path))
@_file("-o", "--output", help="Berkas .docx yang ditulis (bawaan: output/LKj-TAHUN-NAMA-INSTANSI.docx).")
@_folder(
    "--output-dir", default=Path("output"), show_default=True, help="Folder keluaran bila -o tidak diberikan."
)
@click.option(
    "--pdf",
    is_flag=True,
    help="Buat juga PDF melalui LibreOffice: bertanda (tagged) untuk pembaca layar, berbahasa Indonesia, "
    "nomor halaman daftar isi diperbarui.",
)
@click.option(
    "--pdf-arsip",
    "pdf_arsip",
    is_flag=True,
    help="Buat juga PDF untuk arsip, berformat PDF/A-2b (juga bertanda); tidak perlu --pdf.",
)
@_folder(
    "--templat", "templates", help="Folder templat (lkj.docx, narasi/, teks/); bawaan: templates/ repositori."
)
@click.option(
    "--final",
    is_flag=True,
    help="Susun laporan final untuk ditandatangani: tanpa tanda KONSEP dan tanpa Catatan Penyusunan. "
    "Ditolak (exit 1, dengan daftar sel yang harus dilengkapi) selama masih ada data yang belum diisi "
    "atau saling bertentangan. Tanpa opsi ini disusun konsep.",
)
@click.option(
    "--catatan-xlsx",
    "catatan_xlsx",
    is_flag=True,
    help="Tulis juga Catatan Penyusunan konsep sebagai daftar kerja (.xlsx) untuk bidang, di samping "
    "laporan (NAMA-LAPORAN-catatan-penyusunan.xlsx): satu baris per hal yang menghalangi laporan final, "
    "dengan berkas, lembar dan selnya serta kolom tindak lanjut bidang. Hanya untuk konsep.",
)
@KRITERIA
@REPLACE
def build_command(
    input_dir: Path,
    output: Path | None,
    output_dir: Path,
    pdf: bool,
    pdf_arsip: bool,
    templates: Path | None,
    final: bool,
    catatan_xlsx: bool,
    kriteria: Path | None,
    ganti: bool,
) -> None:
    """Periksa FOLDER_MASUKAN lalu susun Laporan Kinerja (.docx): konsep bertanda KONSEP yang diakhiri
    Catatan Penyusunan, atau dengan --final laporan final. Tidak menulis apa pun bila ada galat (exit 1).

    \b
    Contoh:
      lkj build input/                          konsep ke output/LKj-TAHUN-NAMA-INSTANSI.docx
      lkj build input/ -o konsep.docx --pdf     konsep dan PDF-nya
      lkj build input/ --catatan-xlsx           konsep dan daftar kerja Catatan Penyusunan (.xlsx)
      lkj build masukan-2025/ --final --pdf-arsip
                                                laporan final dan PDF/A untuk arsip; ditolak, dengan
                                                daftar sel yang harus dilengkapi, selama data belum
                                                lengkap (seperti contoh input/)"""
    from lkj.pipeline import Pdf, build
    from lkj.validate.present import GAP_LABEL

    if final and catatan_xlsx:
        raise click.UsageError(
            "--catatan-xlsx hanya untuk konsep: laporan final tidak memuat Catatan Penyusunan. Hapus salah "
            "satu dari --final dan --catatan-xlsx."
        )
    kind: Pdf | None = "archival" if pdf_arsip else ("tagged" if pdf else None)
    built = build(
        input_dir,
        output,
        output_dir=output_dir,
        templates=templates,
        pdf=kind,
        replace=ganti,
        kind="final" if final else "konsep",
        kriteria=kriteria,
        catatan_xlsx=catatan_xlsx,
    )
    _hold(built)
    for f in built.checked.warnings:
        click.echo(f"{GAP_LABEL if f.gap else 'PERINGATAN'} {f.file} {f.where}: {f.message}", err=True)
    for warning in built.template_warnings:
        click.echo(f"PERINGATAN {warning}", err=True)
    click.echo(f"ditulis: {built.docx} ({'laporan final' if built.kind == 'final' else 'konsep'})")
    if built.catatan is not None:
        click.echo(f"ditulis: {built.catatan} (daftar kerja Catatan Penyusunan)")
    if built.pdf_failure is not None:
        raise built.pdf_failure
    if built.pdf is not None:
        click.echo(f"ditulis: {built.pdf}")


@cli.command("periksa", **COMMAND, short_help="Swa-evaluasi LKE: perkiraan nilai Pelaporan Kinerja.")
@click.argument("input_dir", metavar="FOLDER_MASUKAN", type=_Path(path_type=Path))
@FORMAT
@KRITERIA
@_file(
    "--reviu",
    help="Tulis juga kertas kerja reviu (.xlsx) untuk APIP: satu baris per pemeriksaan, dengan letaknya di "
    "laporan, buktinya dan kolom simpulan pereviu.",
)
@REPLACE
def periksa_command(
    input_dir: Path, fmt: str, kriteria: Path | None, reviu: Path | None, ganti: bool
) -> None:
    """Swa-evaluasi LKE komponen Pelaporan Kinerja: bukti setiap kriteria di laporan, cakupan, perkiraan
    jawaban dan nilai, serta data yang perlu diisi untuk menaikkannya. Exit 0; 2 bila tidak dapat
    dijalankan.

    \b
    Contoh:
      lkj periksa input/
      lkj periksa input/ --reviu kertas-kerja-reviu.xlsx   juga kertas kerja reviu untuk APIP"""
    from lkj.periksa.present import render_json, render_text
    from lkj.pipeline import examine

    if reviu is not None:
        from lkj.xlsx.kertas_kerja import may_write

        may_write(reviu, [input_dir, kriteria], ganti)
    result = examine(input_dir, kriteria=kriteria)
    _hold(result)
    click.echo(render_json(result) if fmt == "json" else render_text(result), nl=False)
    if reviu is not None:
        from lkj.xlsx.kertas_kerja import write_kertas_kerja

        write_kertas_kerja(result, reviu)
        click.echo(f"ditulis: {reviu}", err=True)


@cli.command(
    "diff", **COMMAND, short_help="Bandingkan dua laporan, dua folder masukan atau dua kertas kerja."
)
@click.argument("old", metavar="LAMA", type=_Path(path_type=Path))
@click.argument("new", metavar="BARU", type=_Path(path_type=Path))
@_file("--html", "html_out", help="Tulis juga halaman HTML mandiri untuk pereviu.")
@_file("--redline", help="Tulis dokumen Word dengan perubahan terlacak (track changes) dari LAMA ke BARU.")
@_folder(
    "--templat",
    "templates",
    help="Folder templat untuk menyusun laporan bila LAMA dan BARU adalah folder masukan.",
)
@REPLACE
def diff_command(
    old: Path, new: Path, html_out: Path | None, redline: Path | None, templates: Path | None, ganti: bool
) -> None:
    """Bandingkan dua laporan (.docx), dua folder masukan (laporannya disusun lalu dibandingkan, dengan sel
    workbook yang berubah), atau dua kertas kerja reviu (.xlsx). Exit 0 sama, 1 berbeda, 2 gagal.

    \b
    Contoh:
      lkj diff lama.docx baru.docx --html perubahan.html
      lkj diff masukan-lama/ masukan-baru/
      lkj diff reviu-1.xlsx reviu-2.xlsx   dua putaran reviu APIP"""
    from lkj import outputs
    from lkj.diff import diff_paths
    from lkj.diff.present import render_html, render_text
    from lkj.write import write_bytes

    if templates is None and old.is_dir():  # folders are built with the default templates: an input too
        from lkj.render import DEFAULT_TEMPLATES

        templates = DEFAULT_TEMPLATES
    outputs.check([(html_out, outputs.HTML), (redline, outputs.REDLINE)], [old, new, templates], ganti)

    result = diff_paths(old, new, templates, redline=redline is not None)
    click.echo(render_text(result.changes, result.sources, result.kertas_kerja), nl=False)
    if html_out is not None:
        title = f"Perubahan: {old.name} → {new.name}"
        page = render_html(result.changes, title, result.sources, result.kertas_kerja)
        write_bytes(html_out, page.encode("utf-8"))
        click.echo(f"ditulis: {html_out}", err=True)
    if redline is not None:
        from lkj.diff.redline import write_redline

        write_redline(result, redline)
        click.echo(f"ditulis: {redline}", err=True)
    sys.exit(1 if result.changes or result.sources else 0)


@cli.command("dump", **COMMAND, short_help="Cetak isi laporan .docx sebagai teks stabil.")
@click.argument("report", metavar="LAPORAN", type=_Path(dir_okay=False, path_type=Path))
def dump_command(report: Path) -> None:
    """Cetak bentuk teks stabil dari laporan .docx (judul, paragraf, tabel per baris), mis. untuk git
    diff.

    \b
    Contoh:
      lkj dump output/LKj-2022-dinas-komunikasi-dan-informatika-kota-jambi.docx   (lkj build input/)"""
    from lkj.diff.dump import dump

    click.echo(dump(report), nl=False)


@cli.command("web", **COMMAND, short_help="Jalankan halaman web kantor untuk satu tahun.")
@click.argument("folder", metavar="[FOLDER_KERJA]", default=".", type=_Path(file_okay=False, path_type=Path))
@click.option(
    "--jaringan",
    is_flag=True,
    help="Layani juga komputer lain di jaringan kantor (bawaan: hanya komputer ini).",
)
@click.option(
    "--host", metavar="ALAMAT", help="Alamat yang dilayani (bawaan 127.0.0.1; dengan --jaringan 0.0.0.0)."
)
@click.option(
    "--port",
    metavar="PORT",
    type=click.IntRange(0, 65535),
    help="Nomor port (bawaan 8720, atau port bebas bila 8720 sedang dipakai).",
)
def web_command(folder: Path, jaringan: bool, host: str | None, port: int | None) -> None:
    """Jalankan halaman web kantor untuk folder kerja satu tahun: setiap bidang mengunduh, mengunggah dan
    memeriksa workbook-nya lewat tautannya sendiri; sekretariat memantau penyerahan dan menyusun laporan.
    Folder kerja tetap dapat disusun dengan `lkj build`.

    \b
    Contoh:
      lkj web masukan-2025/               hanya dari komputer ini: http://127.0.0.1:8720/
      lkj web masukan-2025/ --jaringan    juga dari komputer lain di jaringan kantor"""
    from lkj.web.serve import serve

    gc.enable()  # a server runs for days: its reference cycles must be collected (main disables it)
    serve(folder, host=host, port=port, network=jaringan, echo=click.echo)


def main() -> None:
    """Entry point of the `lkj` console script."""
    as_a_command()
    global _HELD
    _HELD = []
    code = _run()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):  # the reader went away (`lkj dump … | head`)
            stream.flush()
    # Everything is written and closed; tearing the objects down one by one would take a tenth of a
    # large build more.
    os._exit(code)


def as_a_command() -> None:
    """What this process is set to as a command, before it imports anything heavy (main; the benchmark's
    stage laps do the same)."""
    # A run makes millions of small objects and few reference cycles, then exits: the cyclic garbage
    # collector's full passes over them cost a third of a large build and free nothing worth having.
    gc.disable()
    # lkj does no linear algebra, but loading numpy (with pandas) starts OpenBLAS's thread pool, whose
    # threads spin for a tenth of a second of CPU: the core that the workers reading workbooks need. A
    # user's own setting is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _run() -> int:
    debug = "--debug" in sys.argv
    try:
        cli.main(prog_name="lkj", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Dibatalkan.", err=True)
        return 2
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception:  # an lkj bug: say so plainly, keep the traceback for --debug
        if debug:
            traceback.print_exc()
        else:
            click.echo(
                "Gagal: terjadi kesalahan tak terduga di dalam lkj. Jalankan ulang dengan --debug dan "
                "laporkan keluarannya kepada pengembang.",
                err=True,
            )
        return 2
    return 0


def generate_main() -> None:
    """`python generate.py [ARGS]`: `lkj build input/ -o output/` unless arguments say otherwise."""
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        root = Path(__file__).resolve().parent.parent
        args = ["build", str(root / "input"), "--output-dir", str(root / "output"), *args]
    sys.argv = ["lkj", *args]
    main()
