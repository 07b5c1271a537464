"""The `lkj` command. Each subcommand is a thin shell over one library function; no logic lives here.

Exit status: 0 success, 1 the input has errors (or, for diff, the reports differ), 2 the command cannot
run (no such folder, no workbooks, a broken template, bad usage). Tracebacks only with --debug.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import click

from lkj import __version__

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Trouble(click.ClickException):
    """An expected failure: printed as one clear message, exit status 2."""

    exit_code = 2

    def show(self, file: object = None) -> None:
        click.echo(f"Gagal: {self.format_message()}", err=True)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="lkj")
@click.option("--debug", is_flag=True, help="Tampilkan traceback lengkap bila terjadi kesalahan tak terduga.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """lkj: penyusun Laporan Kinerja (LKj/LKjIP) dari workbook Excel bidang."""
    ctx.obj = {"debug": debug}


@cli.command("templates", context_settings=CONTEXT)
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--tahun", type=click.IntRange(2000, 2100), help="Tahun laporan yang diisikan ke templat.")
@click.option(
    "--dari",
    "source",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder berisi workbook instansi yang sudah diisi: dibuat satu workbook per bidang, lengkap "
    "dengan nama bidang dan daftar pilihan sasaran/indikatornya.",
)
def templates_command(outdir: Path, tahun: int | None, source: Path | None) -> None:
    """Tulis workbook kosong (instansi dan bidang) ke OUTDIR."""
    from lkj.xlsx.handout import write_templates

    for path in write_templates(outdir, tahun, source):
        click.echo(f"ditulis: {path}")


@cli.command("validate", context_settings=CONTEXT)
@click.argument("input_dir", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Bentuk keluaran.",
)
@click.option("--strict", is_flag=True, help="Perlakukan peringatan sebagai galat (exit 1).")
@click.option(
    "--annotate",
    type=click.Path(file_okay=False, path_type=Path),
    help="Tulis salinan setiap workbook dengan sel bermasalah diwarnai merah dan diberi komentar.",
)
def validate_command(input_dir: Path, fmt: str, strict: bool, annotate: Path | None) -> None:
    """Periksa semua workbook di INPUT_DIR dan tampilkan setiap masalah beserta selnya."""
    from lkj.validate import validate_folder
    from lkj.validate.present import exit_status, render_json, render_text

    result = _no_input_guard(lambda: validate_folder(input_dir))
    if annotate is not None:
        from lkj.xlsx.annotate import annotate_copies

        for path in annotate_copies(input_dir, result.findings, annotate):
            click.echo(f"ditulis: {path}", err=True)
    click.echo(
        render_json(result.findings) if fmt == "json" else render_text(result.findings, result.workbooks)
    )
    sys.exit(exit_status(result.findings, strict))


@cli.command("hitung", context_settings=CONTEXT)
@click.argument("input_dir", type=click.Path(path_type=Path))
@click.option(
    "--rinci", is_flag=True, help="Tampilkan cara setiap angka dihitung: aturan, rumus, masukan dan selnya."
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def hitung_command(input_dir: Path, rinci: bool, fmt: str) -> None:
    """Tampilkan angka hasil perhitungan (capaian, predikat, anggaran, efisiensi, PK, SPBE) dari INPUT_DIR."""
    from lkj.compute import compute
    from lkj.compute.table_view import render_json, render_text

    hasil = compute(_valid_dataset(input_dir))
    click.echo(render_json(hasil) if fmt == "json" else render_text(hasil, detail=rinci), nl=False)


@cli.command("build", context_settings=CONTEXT)
@click.argument("input_dir", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Berkas .docx yang ditulis (bawaan: output/LKj-TAHUN-NAMA-INSTANSI.docx).",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder keluaran bila -o tidak diberikan.",
)
@click.option(
    "--pdf", is_flag=True, help="Buat juga PDF melalui LibreOffice (nomor halaman daftar isi diperbarui)."
)
@click.option(
    "--templat",
    "templates",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder templat (lkj.docx, narasi/, teks/); bawaan: templates/ repositori.",
)
def build_command(
    input_dir: Path, output: Path | None, output_dir: Path, pdf: bool, templates: Path | None
) -> None:
    """Periksa INPUT_DIR lalu susun Laporan Kinerja lengkap (.docx); tidak menulis apa pun bila ada galat."""
    from lkj.findings import Severity
    from lkj.render import DEFAULT_TEMPLATES, TemplateProblem, build_report

    result = _no_input_guard(lambda: _checked(input_dir))
    warnings = tuple(f for f in result.findings if f.severity is Severity.WARNING)
    for f in warnings:
        click.echo(f"PERINGATAN {f.file} {f.where}: {f.message}", err=True)
    profil = result.dataset.instansi.profil
    target = output or output_dir / _report_name(profil.nama_instansi, profil.tahun)
    try:
        build_report(result.dataset, warnings, target, templates or DEFAULT_TEMPLATES)
    except TemplateProblem as exc:
        raise Trouble(str(exc)) from exc
    click.echo(f"ditulis: {target}")
    if pdf:
        from lkj.render.pdf import PdfProblem, to_pdf

        try:
            click.echo(f"ditulis: {to_pdf(target)}")
        except PdfProblem as exc:
            raise Trouble(str(exc)) from exc


def _report_name(nama: str, tahun: int) -> str:
    import re

    slug = re.sub(r"[^a-z0-9]+", "-", nama.casefold()).strip("-")
    return f"LKj-{tahun}-{slug}.docx"


def _checked(input_dir: Path):  # type: ignore[no-untyped-def]
    """Validation of a folder that has no errors; otherwise the errors are printed and the command exits 1."""
    from lkj.findings import has_errors
    from lkj.validate import validate_folder
    from lkj.validate.present import render_text

    result = validate_folder(input_dir)
    if has_errors(result.findings):
        click.echo(render_text(result.findings, result.workbooks), err=True)
        click.echo("Gagal: perbaiki galat di atas terlebih dahulu; tidak ada berkas yang ditulis.", err=True)
        sys.exit(1)
    return result


def _valid_dataset(input_dir: Path):  # type: ignore[no-untyped-def]
    """The dataset of a folder without errors; otherwise print the errors and exit 1."""
    return _no_input_guard(lambda: _checked(input_dir)).dataset


def _no_input_guard(action):  # type: ignore[no-untyped-def]
    from lkj.read import NoInput

    try:
        return action()
    except NoInput as exc:
        raise Trouble(str(exc)) from exc


def main() -> None:
    """Entry point of the `lkj` console script."""
    debug = "--debug" in sys.argv
    try:
        cli.main(prog_name="lkj", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Dibatalkan.", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception:  # an lkj bug: say so plainly, keep the traceback for --debug
        if debug:
            traceback.print_exc()
        else:
            click.echo(
                "Gagal: terjadi kesalahan tak terduga di dalam lkj. Jalankan ulang dengan --debug dan "
                "laporkan keluarannya kepada pengembang.",
                err=True,
            )
        sys.exit(2)


def generate_main() -> None:
    """`python generate.py [ARGS]`: `lkj build input/ -o output/` unless arguments say otherwise."""
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        root = Path(__file__).resolve().parent.parent
        args = ["build", str(root / "input"), "--output-dir", str(root / "output"), *args]
    sys.argv = ["lkj", *args]
    main()
