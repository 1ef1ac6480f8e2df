"""Request guards of the review page: HTTP Basic auth, CSRF tokens, safe redirects, headers."""

from __future__ import annotations

import hmac
import secrets

from flask import Flask, Response, abort, request, session

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# Scripts, styles and images only from the page's own origin, never inline:
# the keyboard shortcuts are static/review.js.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


def csrf_token() -> str:
    """This session's CSRF token, created on first use (for forms: a hidden field)."""
    token = session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[CSRF_FIELD] = token
    return token


def check_csrf() -> None:
    """Refuse (400) a state-changing request whose token is missing or not the session's."""
    if request.method not in _UNSAFE_METHODS:
        return
    expected = session.get(CSRF_FIELD)
    sent = request.form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(expected, sent):
        abort(400, description="表单已失效或缺少校验码（CSRF token），请刷新页面后重试。")


def basic_auth_guard(password: str) -> Response | None:
    """None when the request carries the password; otherwise the 401 that asks for it."""
    auth = request.authorization
    if (
        auth is not None
        and auth.type == "basic"
        and auth.password is not None
        and hmac.compare_digest(auth.password.encode(), password.encode())
    ):
        return None
    return Response(
        "需要登录（HTTP Basic）。\n",
        status=401,
        headers={"WWW-Authenticate": 'Basic realm="newswatch", charset="UTF-8"'},
        mimetype="text/plain",
    )


def auth_user() -> str | None:
    """The user name the browser sent with Basic auth, if any."""
    auth = request.authorization
    return auth.username if auth is not None and auth.username else None


def safe_next(target: str | None, fallback: str) -> str:
    """`target` when it is a path on this site, else `fallback` (no open redirects)."""
    if (
        target
        and target.startswith("/")
        and not target.startswith(("//", "/\\"))
        and not any(ch in target for ch in "\r\n\\")
    ):
        return target
    return fallback


def add_security_headers(response: Response) -> Response:
    """Headers that keep scraped content inert and the page out of frames."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    # Following a link to a news site must not tell it the review page's address.
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


def install(app: Flask, password: str | None) -> None:
    """Register the guards on `app`: auth first, then CSRF, headers on every response."""
    if password:
        app.before_request(lambda: basic_auth_guard(password))
    app.before_request(check_csrf)
    app.after_request(add_security_headers)
    app.jinja_env.globals["csrf_token"] = csrf_token
