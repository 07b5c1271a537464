"""The Flask application: pages in Bahasa Indonesia rendered on the server, and the ordinary protections
of a web application in one place.

- Who may open a page is the token in its address (lkj.web.access): /s/TOKEN/ the secretariat's board,
  /b/TOKEN/ a bidang's page. An unknown or revoked token is 'page not found', as any wrong address.
- Every form carries a CSRF token: an HMAC, under a key made at each start, of a random value kept in
  the browser's session cookie (signed, HttpOnly, SameSite=Strict) and of the link's token; a POST
  without the right one changes nothing.
- Uploads are limited in size (MAX_CONTENT_LENGTH); the name an upload comes with is only shown, never a
  path.
- No stack trace reaches a browser: an error is logged with its traceback and told on an Indonesian page.
- Every response forbids framing and content sniffing and loads nothing but this server's own style and
  script (Content-Security-Policy); pages behind a token are never cached nor leak it as a referrer.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import datetime
from decimal import Decimal
from typing import Any

from flask import Flask, Response, abort, g, render_template, request, session
from werkzeug.exceptions import HTTPException

from lkj.indonesian import angka, persen, tanggal, ukuran_berkas
from lkj.web.current import CSP
from lkj.web.work import MAX_UPLOAD, Work

log = logging.getLogger("lkj.web")

FORM_OVERHEAD = 64 * 1024  # bytes a multipart form adds around the workbook it carries
TITLES = {
    400: "Permintaan tidak dapat diproses",
    403: "Akses ditolak",
    404: "Halaman tidak ditemukan",
    405: "Cara membuka halaman ini tidak dikenal",
    413: "Berkas terlalu besar",
    500: "Terjadi kesalahan",
}
EXPLAINED = {
    404: "Alamat ini tidak dikenal, atau tautannya sudah dicabut. Mintalah tautan baru kepada sekretariat.",
    413: "Berkas yang diunggah melebihi batas 20 MB untuk satu workbook. Hapus gambar atau lembar yang tidak "
    "diperlukan, simpan ulang, lalu unggah lagi. Tidak ada yang berubah.",
    500: "Terjadi kesalahan tak terduga di dalam lkj. Rinciannya dicatat di log server; sampaikan waktu "
    "kejadiannya kepada pengelola. Tidak ada berkas yang berubah karena kesalahan ini.",
}


def create_app(work: Work, *, max_upload: int = MAX_UPLOAD) -> Flask:
    from lkj.web import bidang, board

    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secrets.token_bytes(32),
        MAX_CONTENT_LENGTH=max_upload + FORM_OVERHEAD,
        SESSION_COOKIE_NAME="lkj_sesi",
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
        TEMPLATES_AUTO_RELOAD=False,
    )
    app.extensions["lkj.work"] = work
    app.jinja_env.globals.update(csrf_token=csrf_token)
    app.jinja_env.filters.update(waktu=_waktu, ukuran=_ukuran, angka=_angka, persen=_persen)
    app.register_blueprint(board.pages, url_prefix="/s/<token>")
    app.register_blueprint(bidang.pages, url_prefix="/b/<token>")
    app.before_request(_check_csrf)
    app.after_request(_protect)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
    return app


def csrf_token() -> str:
    """The token every form of this page carries: bound to this browser's session and to the link."""
    nonce = session.get("csrf")
    if not isinstance(nonce, str):
        nonce = session["csrf"] = secrets.token_urlsafe(16)
    from flask import current_app

    link = g.get("link_token", "")
    return hmac.new(current_app.config["SECRET_KEY"], f"{nonce}|{link}".encode(), hashlib.sha256).hexdigest()


def _check_csrf() -> None:
    if request.method != "POST":
        return
    given = request.form.get("csrf", "")
    expected = csrf_token() if isinstance(session.get("csrf"), str) else ""
    if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
        g.explanation = UNREADABLE_FORM if _form_lost() else STALE_FORM
        abort(400)


STALE_FORM = (
    "Formulir ini sudah kedaluwarsa atau tidak berasal dari halaman ini, sehingga tidak diproses dan tidak "
    "ada yang berubah. Muat ulang halaman lalu ulangi."
)
UNREADABLE_FORM = (
    "Isi formulir tidak dapat dibaca, sehingga tidak diproses dan tidak ada yang berubah. Biasanya nama "
    "berkas yang diunggah memuat karakter yang tidak dikenali: ganti namanya dengan huruf, angka dan tanda "
    "hubung biasa (mis. 02-bidang.xlsx), lalu unggah lagi."
)


def _form_lost() -> bool:
    """A form sent with content of which nothing could be read: Werkzeug drops the whole of a multipart
    form one of whose headers is not UTF-8 (a file name from an old Windows), its token with it."""
    sent = request.content_length or 0
    return request.mimetype == "multipart/form-data" and sent > 0 and not request.form and not request.files


def _protect(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "no-referrer"
    headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if not request.path.startswith("/static/"):
        headers["Cache-Control"] = "no-store"
    return response


def _http_error(exc: HTTPException) -> Any:
    code = exc.code or 500
    text = getattr(g, "explanation", None) or EXPLAINED.get(code) or TITLES.get(code, "")
    return render_template(
        "galat.html", judul=TITLES.get(code, "Permintaan tidak dapat diproses"), pesan=text
    ), code


def _unexpected(exc: Exception) -> Any:
    log.exception("kesalahan tak terduga pada %s %s", request.method, _safe_path())
    return render_template("galat.html", judul=TITLES[500], pesan=EXPLAINED[500]), 500


def _safe_path() -> str:
    """The request's path with its token hidden: the log never holds a working link."""
    parts = request.path.split("/")
    if len(parts) > 2 and parts[1] in ("s", "b"):
        parts[2] = "…"
    return "/".join(parts)


def _waktu(iso: str) -> str:
    """'2024-03-05T14:07:09' → '5 Maret 2024 pukul 14.07'."""
    try:
        when = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return ""
    return f"{tanggal(when.date())} pukul {when:%H.%M}"


def _ukuran(size: int) -> str:
    """A workbook's size as staff read it: '25 KB', '1,4 MB'."""
    return ukuran_berkas(size) if size >= 1 << 20 else f"{angka(max(1, round(size / 1024)))} KB"


def _angka(value: float | int, decimals: int | None = None) -> str:
    """A figure of a JSON record as staff read it: 12.5 → '12,50' (decimals=2)."""
    return angka(Decimal(str(value)), decimals)


def _persen(value: float | int) -> str:
    return persen(Decimal(str(value)))
