"""Request guards of the review page.

In order: the `Host` header must name this server (DNS rebinding), HTTP Basic
auth when a password is set (rate-limited per client), a POST must come from
a page of this server (`Origin`/`Referer`) and carry the session's CSRF token;
every response gets headers that keep scraped content inert. `safe_next`
keeps redirects on this site.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

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

# Names under which a browser on this machine reaches a loopback server.
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")

# Wrong passwords a client may send within AUTH_WINDOW seconds before it is
# answered 429 until the window has passed.
AUTH_FAILURES_ALLOWED = 10
AUTH_WINDOW = 600.0


def allowed_hosts(bound: str, port: int, extra: Iterable[str] = ()) -> frozenset[str]:
    """The `Host` values this server answers: the bound address and the loopback
    names, each with the port, plus `extra` (a reverse proxy's public name, as
    `name` or `name:port`, exactly as browsers send it)."""
    bound_name = f"[{bound}]" if ":" in bound and not bound.startswith("[") else bound
    names = {bound_name, *LOOPBACK_NAMES}
    hosts = {f"{name}:{port}".lower() for name in names if name not in ("0.0.0.0", "[::]")}
    return frozenset(hosts | {h.strip().lower() for h in extra if h.strip()})


def check_host(hosts: frozenset[str]) -> None:
    """Refuse (400) a request whose `Host` header names another server.

    A page on `evil.example` whose name is re-bound to 127.0.0.1 reaches this
    server with `Host: evil.example:PORT`; it must not be same-origin with us.
    """
    host = request.headers.get("Host", "").strip().lower()
    if host not in hosts:
        abort(
            400,
            description=f"“{host}”不是审核页的地址（Host 不在允许列表中）。经反向代理或其他"
            "名称访问时，请在环境变量 NEWSWATCH_WEB_HOSTS 中列出该名称。",
        )


def _origin_host(value: str | None) -> str | None:
    if not value or value == "null":
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    return parts.netloc.lower() if parts.scheme in ("http", "https") else ""


def check_origin(hosts: frozenset[str]) -> None:
    """Refuse (403) a state-changing request not sent from one of this server's pages.

    Browsers send `Origin` with every POST (`null` under some referrer
    policies; then the `Referer` of this page, whose policy is same-origin,
    says where the form was).
    """
    if request.method not in _UNSAFE_METHODS:
        return
    origin = _origin_host(request.headers.get("Origin"))
    if origin is None:
        origin = _origin_host(request.headers.get("Referer"))
    if origin not in hosts:
        abort(403, description="请求不是从本审核页发出的（Origin/Referer 不符），已拒绝。")


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


@dataclass
class FailureLimiter:
    """Counts wrong passwords per client; thread-safe (waitress serves from threads)."""

    allowed: int = AUTH_FAILURES_ALLOWED
    window: float = AUTH_WINDOW
    _failures: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._failures.setdefault(client, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def blocked_for(self, client: str) -> float:
        """Seconds `client` must wait before trying again; 0 when it may try now."""
        now = time.monotonic()
        with self._lock:
            times = self._recent(client, now)
            if len(times) < self.allowed:
                return 0.0
            return times[-self.allowed] + self.window - now

    def fail(self, client: str) -> None:
        """Record a wrong password from `client`."""
        now = time.monotonic()
        with self._lock:
            self._recent(client, now).append(now)
            if len(self._failures) > 10_000:  # bounded memory under a spray of addresses
                self._failures = {k: v for k, v in self._failures.items() if v}

    def succeed(self, client: str) -> None:
        """Forget `client`'s failures."""
        with self._lock:
            self._failures.pop(client, None)


def _same(sent: str, expected: str) -> bool:
    return hmac.compare_digest(sent.encode(), expected.encode())


@dataclass(frozen=True)
class BasicAuth:
    """The page's password and, when given, the only user names it accepts."""

    password: str
    users: frozenset[str] = frozenset()
    limiter: FailureLimiter = field(default_factory=FailureLimiter)

    def credentials_ok(self, user: str, password: str) -> bool:
        """Constant-time check of both parts (no early exit that timing could reveal)."""
        password_ok = _same(password, self.password)
        matches = [_same(user, name) for name in self.users]  # every name, always
        user_ok = bool(user) and (not self.users or any(matches))
        return password_ok and user_ok

    def guard(self) -> Response | None:
        """None when the request carries valid credentials; otherwise a 401 or 429."""
        client = request.remote_addr or "?"
        wait = self.limiter.blocked_for(client)
        if wait > 0:
            return Response(
                "登录失败次数过多，请稍后再试。\n",
                status=429,
                headers={"Retry-After": str(max(1, round(wait)))},
                mimetype="text/plain",
            )
        auth = request.authorization
        if auth is not None and auth.type == "basic":
            if self.credentials_ok(auth.username or "", auth.password or ""):
                self.limiter.succeed(client)
                return None
            self.limiter.fail(client)
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


def _invisible_or_space(ch: str) -> bool:
    # Controls (TAB, CR, LF...), format characters (bidi, zero-width) and any
    # space: browsers drop or rewrite them in a Location, never harmlessly.
    return unicodedata.category(ch)[0] in ("C", "Z")


def safe_next(target: str | None, fallback: str) -> str:
    """`target` when it is a path on this site, else `fallback` (no open redirects).

    Parsed, not pattern-matched: no scheme, no host, an absolute path that
    does not start with `//`; backslashes (read as `/` by browsers), control
    characters and spaces anywhere make it unusable.
    """
    if not target or "\\" in target or any(_invisible_or_space(ch) for ch in target):
        return fallback
    try:
        parts = urlsplit(target)
    except ValueError:
        return fallback
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return fallback
    return target


def add_security_headers(response: Response) -> Response:
    """Headers that keep scraped content inert and the page out of frames."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    # Following a link to a news site must not tell it the review page's
    # address; our own forms keep their Origin/Referer (see check_origin).
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def install(
    app: Flask, password: str | None, hosts: frozenset[str], users: frozenset[str] = frozenset()
) -> None:
    """Register the guards on `app`: Host, auth, Origin, CSRF; headers on every response."""
    app.before_request(lambda: check_host(hosts))
    if password:
        app.before_request(BasicAuth(password, users).guard)
    app.before_request(lambda: check_origin(hosts))
    app.before_request(check_csrf)
    app.after_request(add_security_headers)
    app.jinja_env.globals["csrf_token"] = csrf_token
