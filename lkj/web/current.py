"""What every page of the application shares, apart from the application itself: the year's Work of the
running app, and the policy of what a page may load (the blueprints import these, the app registers
them)."""

from __future__ import annotations

from lkj.web.work import Work

CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def work_of() -> Work:
    from flask import current_app

    found: Work = current_app.extensions["lkj.work"]
    return found
