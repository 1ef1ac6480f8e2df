"""A loopback HTTP server for a static copy of a news site, and configs pointed at it.

Tests and the offline demo crawl a local copy of xhby.net (`tests/site/www`)
over real HTTP on 127.0.0.1.  The server behaves like a plain static web
server (content types, strong ETags, Last-Modified, 304s, 404s) plus special
routes read from `_routes.yaml` (or `_routes.json`) in the document root:

    /some/path.shtml:
      status: 500            # answer with this status (and `body`, or a stock page)
      headers: {Content-Type: text/html; charset=utf-8}   # replace/add headers
      body: "<html>...</html>"
      delay: 0.5             # seconds before answering (at most MAX_DELAY)
      redirect: /elsewhere   # Location; status 302 unless `status` says 301/303/307/308
      reset: true            # close the connection without any response

`render_config` rewrites a sources file so that its start URLs point at the copy.
Run `python -m newswatch.scheduler.sitecopy [--port N] [ROOT]` to serve a copy by hand.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import email.utils
import hashlib
import html
import json
import socket
import struct
import sys
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import yaml
from newswatch.config.errors import ConfigError, describe_validation_error
from newswatch.config.loader import read_yaml
from newswatch.config.models import AppConfig
from pydantic import ValidationError

MAX_DELAY = 30.0
ROUTE_FILES = ("_routes.yaml", "_routes.yml", "_routes.json")
INDEX_FILES = ("index.shtml", "index.html", "index.htm")
DEFAULT_SITE_ROOT = Path(__file__).resolve().parents[1] / "tests" / "site" / "www"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# HTML goes out without a charset: the page's own <meta> decides, as on many
# Chinese CMS servers.  A route can add a (possibly wrong) charset.
CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".shtml": "text/html",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".svg": "image/svg+xml",
}
DEFAULT_CONTENT_TYPE = "application/octet-stream"
_ROUTE_KEYS = frozenset({"status", "headers", "body", "delay", "redirect", "reset"})


# ---------------------------------------------------------------- routes


@dataclass(frozen=True)
class Route:
    """What the server does for one path instead of (or on top of) serving its file."""

    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | None = None
    delay: float = 0.0
    redirect: str | None = None
    reset: bool = False

    @classmethod
    def from_mapping(cls, path: str, data: Any) -> Route:
        """Validate one entry of a routes file; ValueError naming the path otherwise."""
        if not isinstance(data, Mapping):
            raise ValueError(f"route {path!r}: expected a mapping, got {type(data).__name__}")
        unknown = sorted(set(data) - _ROUTE_KEYS)
        if unknown:
            raise ValueError(f"route {path!r}: unknown keys {unknown}")
        status = data.get("status")
        if status is not None and not (isinstance(status, int) and 100 <= status <= 599):
            raise ValueError(f"route {path!r}: status must be an HTTP status, got {status!r}")
        delay = data.get("delay", 0.0)
        if not isinstance(delay, int | float) or not 0 <= delay <= MAX_DELAY:
            raise ValueError(f"route {path!r}: delay must be 0..{MAX_DELAY} seconds")
        redirect = data.get("redirect")
        if redirect is not None and status is not None and status not in REDIRECT_STATUSES:
            raise ValueError(f"route {path!r}: a redirect needs a 3xx status, got {status}")
        headers = data.get("headers") or {}
        if not isinstance(headers, Mapping):
            raise ValueError(f"route {path!r}: headers must be a mapping")
        body = data.get("body")
        return cls(
            status=status,
            headers={str(k): str(v) for k, v in headers.items()},
            body=None if body is None else str(body),
            delay=float(delay),
            redirect=None if redirect is None else str(redirect),
            reset=bool(data.get("reset", False)),
        )


def parse_routes(text: str, *, json_format: bool = False) -> dict[str, Route]:
    """Parse the text of a routes file: a mapping of URL path -> route."""
    data = json.loads(text) if json_format else yaml.safe_load(text)
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ValueError("a routes file must be a mapping of URL path -> route")
    routes: dict[str, Route] = {}
    for path, entry in data.items():
        if not isinstance(path, str) or not path.startswith("/"):
            raise ValueError(f"route path must start with '/', got {path!r}")
        routes[path] = Route.from_mapping(path, entry)
    return routes


class RouteTable:
    """The routes of a document root, re-read whenever the routes file changes.

    Re-reading lets a test edit `_routes.yaml` in its copy of the site while
    the server runs.
    """

    def __init__(self, root: Path) -> None:
        self._root = root
        self._lock = threading.Lock()
        self._stamp: tuple[str, int, int] | None = None
        self._routes: dict[str, Route] = {}

    def lookup(self, raw_path: str) -> Route | None:
        """The route for a request target: exact match (query included) first, then path."""
        routes = self.current()
        return routes.get(raw_path) or routes.get(urlsplit(raw_path).path)

    def current(self) -> dict[str, Route]:
        """All routes, from the routes file as it is now."""
        with self._lock:
            found = self._routes_file()
            stamp = None
            if found is not None:
                info = found.stat()
                stamp = (found.name, info.st_mtime_ns, info.st_size)
            if stamp != self._stamp:
                self._routes = self._read(found)
                self._stamp = stamp
            return self._routes

    def _routes_file(self) -> Path | None:
        for name in ROUTE_FILES:
            candidate = self._root / name
            if candidate.is_file():
                return candidate
        return None

    @staticmethod
    def _read(found: Path | None) -> dict[str, Route]:
        if found is None:
            return {}
        text = found.read_text(encoding="utf-8")
        try:
            return parse_routes(text, json_format=found.suffix == ".json")
        except (ValueError, yaml.YAMLError) as exc:
            raise ValueError(f"{found}: {exc}") from exc


# ---------------------------------------------------------------- request log


@dataclass(frozen=True)
class RequestRecord:
    """One request the server answered (or dropped: `status` None for a reset)."""

    method: str
    path: str
    status: int | None
    headers: Mapping[str, str]
    bytes_sent: int


class RequestLog:
    """Thread-safe list of the requests a server has seen, oldest first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: list[RequestRecord] = []

    def append(self, record: RequestRecord) -> None:
        """Add one record."""
        with self._lock:
            self._records.append(record)

    def records(self) -> list[RequestRecord]:
        """A snapshot of all records."""
        with self._lock:
            return list(self._records)

    def paths(self) -> list[str]:
        """Requested paths (with query), in order, repeats included."""
        return [record.path for record in self.records()]

    def count(self, path: str) -> int:
        """How often `path` was requested.

        A path with a query counts exact matches; a path without one counts
        every request for that path whatever its query.
        """
        if "?" in path:
            return sum(1 for p in self.paths() if p == path)
        return sum(1 for p in self.paths() if urlsplit(p).path == path)

    def clear(self) -> None:
        """Forget all records."""
        with self._lock:
            self._records.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)


# ---------------------------------------------------------------- HTTP machinery


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def _stock_page(status: int) -> _Reply:
    """A small HTML error page like the ones web servers send."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    title = html.escape(f"{status} {phrase}".strip())
    page = (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n'
        f"<body><center><h1>{title}</h1></center><hr><center>sitecopy</center></body></html>\n"
    )
    return _Reply(status, {"Content-Type": "text/html; charset=utf-8"}, page.encode("utf-8"))


def content_type_for(path: Path) -> str:
    """The Content-Type a static server sends for a file, by extension."""
    return CONTENT_TYPES.get(path.suffix.lower(), DEFAULT_CONTENT_TYPE)


def resolve_file(root: Path, url_path: str) -> Path | None:
    """The file under `root` a URL path names; None if missing, hidden or outside root."""
    relative = unquote(url_path, errors="strict").lstrip("/")
    if "\x00" in relative:
        return None
    base = root.resolve()
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base):
        return None
    if candidate.is_dir():
        index = next((candidate / n for n in INDEX_FILES if (candidate / n).is_file()), None)
        if index is None:
            return None
        candidate = index
    if not candidate.is_file() or candidate.name in ROUTE_FILES:
        return None
    return candidate


def _etag(data: bytes) -> str:
    return '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


def _not_modified(request_headers: Mapping[str, str], etag: str, mtime: int) -> bool:
    """RFC 9110 order: If-None-Match decides when present, else If-Modified-Since."""
    if_none_match = request_headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    since = request_headers.get("If-Modified-Since")
    if since is None:
        return False
    try:
        when = email.utils.parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return mtime <= int(when.timestamp())


def file_reply(path: Path, request_headers: Mapping[str, str]) -> _Reply:
    """200 with the file's bytes, or 304 if the client's validators still match."""
    data = path.read_bytes()
    mtime = int(path.stat().st_mtime)
    validators = {
        "ETag": _etag(data),
        "Last-Modified": email.utils.formatdate(mtime, usegmt=True),
    }
    if _not_modified(request_headers, validators["ETag"], mtime):
        return _Reply(304, validators, b"")
    return _Reply(200, {"Content-Type": content_type_for(path), **validators}, data)


def _with_headers(reply: _Reply, extra: Mapping[str, str]) -> _Reply:
    """`reply` with `extra` headers replacing same-named ones (names are case-insensitive)."""
    if not extra:
        return reply
    lowered = {name.lower() for name in extra}
    kept = {k: v for k, v in reply.headers.items() if k.lower() not in lowered}
    return _Reply(reply.status, {**kept, **extra}, reply.body)


def route_reply(
    route: Route | None, root: Path, url_path: str, headers: Mapping[str, str]
) -> _Reply:
    """The reply for a request that is not a reset (the route, else the file, else 404)."""
    if route is not None and route.redirect is not None:
        reply = _Reply(route.status or 302, {"Location": route.redirect}, b"")
    elif route is not None and route.body is not None:
        default = {"Content-Type": "text/html; charset=utf-8"}
        reply = _Reply(route.status or 200, default, route.body.encode("utf-8"))
    elif route is not None and route.status not in (None, 200):
        reply = _stock_page(route.status)
    else:
        found = resolve_file(root, url_path)
        reply = file_reply(found, headers) if found is not None else _stock_page(404)
    return _with_headers(reply, route.headers) if route is not None else reply


class _SiteHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its site and can drop open connections on stop."""

    daemon_threads = True
    # A crawler opens several connections at once; with the default backlog
    # of 5 the kernel drops SYNs and the client sees a 1 s connect delay.
    request_queue_size = 64
    # Keep-alive connections from crawlers would otherwise make server_close() wait.
    block_on_close = False

    def __init__(
        self,
        address: tuple[str, int],
        root: Path,
        log: RequestLog,
        routes: RouteTable,
        verbose: bool,
    ) -> None:
        super().__init__(address, _SiteRequestHandler)
        self.root = root
        self.log = log
        self.routes = routes
        self.verbose = verbose
        self.stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Shut every open client connection so handler threads end promptly."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _SiteRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "sitecopy"
    # Seconds an idle keep-alive connection stays open.
    timeout = 30
    # Headers and body go out in two writes; with Nagle's algorithm the second
    # waits for the client's delayed ACK (~40 ms a response on keep-alive).
    disable_nagle_algorithm = True
    server: _SiteHTTPServer

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_POST(self) -> None:
        # The request body is never read, so this connection cannot carry another request.
        self.close_connection = True
        self._send(_with_headers(_stock_page(405), {"Allow": "GET, HEAD"}), send_body=True)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _answer(self, *, send_body: bool) -> None:
        try:
            route = self.server.routes.lookup(self.path)
        except ValueError as exc:
            self.log_error("%s", exc)
            self._send(_stock_page(500), send_body=send_body)
            return
        if route is not None and route.delay and self.server.stopping.wait(route.delay):
            self._reset()
            return
        if route is not None and route.reset:
            self._reset()
            return
        url_path = urlsplit(self.path).path
        try:
            reply = route_reply(route, self.server.root, url_path, self.headers)
        except UnicodeDecodeError:
            reply = _stock_page(400)
        self._send(reply, send_body=send_body)

    def _send(self, reply: _Reply, *, send_body: bool) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.status != 304:
            self.send_header("Content-Length", str(len(reply.body)))
        body = reply.body if send_body and reply.status != 304 else b""
        # Recorded before the response is flushed: a client that has read the
        # whole answer must find it in the log (tests count requests that way).
        self._record(reply.status, len(body))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _reset(self) -> None:
        """Drop the connection; a zero linger makes close() send RST instead of FIN."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self._record(None, 0)

    def _record(self, status: int | None, sent: int) -> None:
        self.server.log.append(
            RequestRecord(
                method=self.command,
                path=self.path,
                status=status,
                headers=dict(self.headers.items()),
                bytes_sent=sent,
            )
        )


# ---------------------------------------------------------------- the server


class SiteServer:
    """Serves a directory on the loopback interface in a background thread.

    Use as a context manager or call `start()` / `stop()`.  `port=0` picks a
    free ephemeral port; `base_url` tells which.  Every request is recorded
    in `log` (also reachable through `count`, `paths`, `records`, `clear`).
    """

    def __init__(
        self,
        root: str | Path,
        *,
        port: int = 0,
        host: str = "127.0.0.1",
        verbose: bool = False,
    ) -> None:
        self.root = Path(root)
        self.host = host
        self.log = RequestLog()
        self.verbose = verbose
        self._requested_port = port
        self._server: _SiteHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> SiteServer:
        """Bind and start serving; ValueError if the routes file is invalid."""
        if self._server is not None:
            raise RuntimeError("SiteServer is already running")
        if not self.root.is_dir():
            raise FileNotFoundError(f"site root {self.root} is not a directory")
        routes = RouteTable(self.root)
        routes.current()  # a broken routes file fails here, not on the first request
        server = _SiteHTTPServer(
            (self.host, self._requested_port), self.root, self.log, routes, self.verbose
        )
        thread = threading.Thread(
            target=server.serve_forever,
            # stop() waits up to one poll interval for the serving loop to notice.
            kwargs={"poll_interval": 0.01},
            name=f"sitecopy:{server.server_address[1]}",
            daemon=True,
        )
        thread.start()
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; safe to call twice."""
        server, thread = self._server, self._thread
        if server is None:
            return
        server.stopping.set()
        server.shutdown()
        server.server_close()
        server.drop_connections()
        if thread is not None:
            thread.join(timeout=5)
        self._server, self._thread = None, None

    @property
    def running(self) -> bool:
        """Whether the server is accepting connections."""
        return self._server is not None

    @property
    def port(self) -> int:
        """The bound port (the ephemeral one when started with port 0)."""
        if self._server is None:
            raise RuntimeError("SiteServer is not running")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT`, without a trailing slash."""
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        """Absolute URL of a path on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def records(self) -> list[RequestRecord]:
        """A snapshot of the request log."""
        return self.log.records()

    def paths(self) -> list[str]:
        """Requested paths (with query), in order."""
        return self.log.paths()

    def count(self, path: str) -> int:
        """How often `path` was requested (see `RequestLog.count`)."""
        return self.log.count(path)

    def clear(self) -> None:
        """Forget the request log."""
        self.log.clear()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


# ---------------------------------------------------------------- configs for the copy


def rebase_url(url: str, base_url: str) -> str:
    """`url` with its scheme and host replaced by those of `base_url` (path kept)."""
    parts, base = urlsplit(url), urlsplit(base_url)
    return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, parts.fragment))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _anchor_topics(data: dict[str, Any], config_dir: Path) -> None:
    """Point a relative `topics` file at its original place when it exists there."""
    topics = data.get("topics")
    if isinstance(topics, str) and not Path(topics).is_absolute():
        candidate = (config_dir / topics).resolve()
        if candidate.exists():
            data["topics"] = str(candidate)


def render_config(
    config_path: Path,
    base_url: str,
    out_path: Path,
    *,
    overrides: dict[str, Any] | None = None,
    app_overrides: dict[str, Any] | None = None,
) -> Path:
    """Write a copy of a sources file whose sources crawl the site at `base_url`.

    The origin (scheme and host) of every start URL becomes `base_url`'s: the
    local copy mirrors the real site's paths, so URL patterns written on the
    path keep working.  `overrides` is applied to every source (e.g.
    `{"download_delay": 0, "since": "2018-01-01"}`), `app_overrides` to the top
    level (e.g. `{"database": "sqlite:///tmp/x.db"}`).  A relative `topics`
    file is made absolute so the copy finds it.  The result is validated
    before it is written; ConfigError otherwise.
    """
    config_path = Path(config_path)
    data = read_yaml(config_path)
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ConfigError(f"{config_path}: expected a mapping with a 'sources' list")
    rendered = copy.deepcopy(data)
    for source in rendered["sources"]:
        source["start_urls"] = [rebase_url(u, base_url) for u in _as_list(source.get("start_urls"))]
        source.update(overrides or {})
    rendered.update(app_overrides or {})
    _anchor_topics(rendered, config_path.resolve().parent)
    try:
        AppConfig.model_validate(rendered)
    except ValidationError as exc:
        raise describe_validation_error(Path(out_path), exc, rendered, AppConfig) from None
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(rendered, allow_unicode=True, sort_keys=False)
    out_path.write_text(text, encoding="utf-8")
    return out_path


# ---------------------------------------------------------------- command line


def main(argv: Iterable[str] | None = None) -> int:
    """Serve a site copy until Ctrl-C."""
    parser = argparse.ArgumentParser(
        prog="python -m newswatch.scheduler.sitecopy",
        description="Serve a static site copy on 127.0.0.1 (with _routes.yaml special routes).",
    )
    parser.add_argument(
        "root",
        nargs="?",
        type=Path,
        default=DEFAULT_SITE_ROOT,
        help=f"document root (default: {DEFAULT_SITE_ROOT})",
    )
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    args = parser.parse_args(None if argv is None else list(argv))
    try:
        server = SiteServer(args.root, port=args.port, verbose=args.verbose).start()
    except (OSError, ValueError) as exc:
        print(f"sitecopy: {exc}", file=sys.stderr)
        return 1
    print(f"serving {args.root} at {server.base_url}/ (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
