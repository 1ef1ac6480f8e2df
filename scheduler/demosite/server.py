"""A loopback HTTP server for a static copy of a news site (the demo's and the tests').

It behaves like a plain static web server (content types, index files, strong
ETags, Last-Modified, 304s, 404s) plus the deliberate special routes read
from `_routes.yaml` (or `_routes.json`) in the document root:

    /some/path.shtml:
      status: 500            # answer with this status (and `body`, or a stock page)
      headers: {Content-Type: text/html; charset=utf-8}   # replace/add headers
      body: "<html>...</html>"
      redirect: /elsewhere   # Location; status 302 unless `status` says 301/303/307/308

The routes file is re-read when it changes, so a copy can be edited while it
is served.  Fault injection (delays, dropped connections) and request logs
are test concerns: tests/mockserver.py extends `Route`, `SiteRequestHandler`
and `SiteServer` through the hooks below.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import html
import json
import socket
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, Self
from urllib.parse import unquote, urlsplit

import yaml

ROUTE_FILES = ("_routes.yaml", "_routes.yml", "_routes.json")
INDEX_FILES = ("index.shtml", "index.html", "index.htm")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# A request's headers: the handler's Message (case-insensitive) or a plain mapping.
RequestHeaders = Mapping[str, str] | Message

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


# ---------------------------------------------------------------- routes


@dataclass(frozen=True)
class Route:
    """What the server does for one path instead of (or on top of) serving its file."""

    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | None = None
    redirect: str | None = None

    # The keys a routes file may use; a subclass adding fields extends it.
    KEYS: ClassVar[frozenset[str]] = frozenset({"status", "headers", "body", "redirect"})

    @classmethod
    def from_mapping(cls, path: str, data: Any) -> Self:
        """Validate one entry of a routes file; ValueError naming the path otherwise."""
        if not isinstance(data, Mapping):
            raise ValueError(f"route {path!r}: expected a mapping, got {type(data).__name__}")
        unknown = sorted(set(data) - cls.KEYS)
        if unknown:
            raise ValueError(f"route {path!r}: unknown keys {unknown}")
        return cls(**cls.fields_from(path, data))

    @classmethod
    def fields_from(cls, path: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """The validated constructor arguments of an entry (a subclass adds its own)."""
        status = data.get("status")
        if status is not None and not (isinstance(status, int) and 100 <= status <= 599):
            raise ValueError(f"route {path!r}: status must be an HTTP status, got {status!r}")
        redirect = data.get("redirect")
        if redirect is not None and status is not None and status not in REDIRECT_STATUSES:
            raise ValueError(f"route {path!r}: a redirect needs a 3xx status, got {status}")
        headers = data.get("headers") or {}
        if not isinstance(headers, Mapping):
            raise ValueError(f"route {path!r}: headers must be a mapping")
        body = data.get("body")
        return {
            "status": status,
            "headers": {str(k): str(v) for k, v in headers.items()},
            "body": None if body is None else str(body),
            "redirect": None if redirect is None else str(redirect),
        }


def parse_routes(
    text: str, *, json_format: bool = False, route_type: type[Route] = Route
) -> dict[str, Route]:
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
        routes[path] = route_type.from_mapping(path, entry)
    return routes


class RouteTable:
    """The routes of a document root, re-read whenever the routes file changes."""

    def __init__(self, root: Path, route_type: type[Route] = Route) -> None:
        self._root = root
        self._route_type = route_type
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

    def _read(self, found: Path | None) -> dict[str, Route]:
        if found is None:
            return {}
        text = found.read_text(encoding="utf-8")
        try:
            return parse_routes(
                text, json_format=found.suffix == ".json", route_type=self._route_type
            )
        except (ValueError, yaml.YAMLError) as exc:
            raise ValueError(f"{found}: {exc}") from exc


# ---------------------------------------------------------------- HTTP machinery


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def stock_page(status: int) -> Reply:
    """A small HTML error page like the ones web servers send."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    title = html.escape(f"{status} {phrase}".strip())
    page = (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n'
        f"<body><center><h1>{title}</h1></center><hr><center>demosite</center></body></html>\n"
    )
    return Reply(status, {"Content-Type": "text/html; charset=utf-8"}, page.encode("utf-8"))


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


def _not_modified(request_headers: RequestHeaders, etag: str, mtime: int) -> bool:
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


def file_reply(path: Path, request_headers: RequestHeaders) -> Reply:
    """200 with the file's bytes, or 304 if the client's validators still match."""
    data = path.read_bytes()
    mtime = int(path.stat().st_mtime)
    validators = {
        "ETag": _etag(data),
        "Last-Modified": email.utils.formatdate(mtime, usegmt=True),
    }
    if _not_modified(request_headers, validators["ETag"], mtime):
        return Reply(304, validators, b"")
    return Reply(200, {"Content-Type": content_type_for(path), **validators}, data)


def with_headers(reply: Reply, extra: Mapping[str, str]) -> Reply:
    """`reply` with `extra` headers replacing same-named ones (names are case-insensitive)."""
    if not extra:
        return reply
    lowered = {name.lower() for name in extra}
    kept = {k: v for k, v in reply.headers.items() if k.lower() not in lowered}
    return Reply(reply.status, {**kept, **extra}, reply.body)


def route_reply(
    route: Route | None, root: Path, url_path: str, headers: RequestHeaders
) -> Reply:
    """The reply for a request that is not a reset (the route, else the file, else 404)."""
    if route is not None and route.redirect is not None:
        reply = Reply(route.status or 302, {"Location": route.redirect}, b"")
    elif route is not None and route.body is not None:
        default = {"Content-Type": "text/html; charset=utf-8"}
        reply = Reply(route.status or 200, default, route.body.encode("utf-8"))
    elif route is not None and route.status not in (None, 200):
        reply = stock_page(route.status)
    else:
        found = resolve_file(root, url_path)
        reply = file_reply(found, headers) if found is not None else stock_page(404)
    return with_headers(reply, route.headers) if route is not None else reply


class SiteHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its site and can drop open connections on stop."""

    daemon_threads = True
    # A crawler opens several connections at once; with the default backlog
    # of 5 the kernel drops SYNs and the client sees a 1 s connect delay.
    request_queue_size = 64
    # Keep-alive connections from crawlers would otherwise make server_close() wait.
    block_on_close = False

    def __init__(self, address: tuple[str, int], site: SiteServer, routes: RouteTable) -> None:
        super().__init__(address, site.handler_class)
        self.site = site
        self.routes = routes
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


class SiteRequestHandler(BaseHTTPRequestHandler):
    """Answers GET/HEAD from the document root and its routes.

    Subclasses hook in through `intercept` (answer a request some other way)
    and `answered` (learn what was sent).
    """

    protocol_version = "HTTP/1.1"
    server_version = "demosite"
    # Seconds an idle keep-alive connection stays open.
    timeout = 30
    # Headers and body go out in two writes; with Nagle's algorithm the second
    # waits for the client's delayed ACK (~40 ms a response on keep-alive).
    disable_nagle_algorithm = True
    server: SiteHTTPServer

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_POST(self) -> None:
        # The request body is never read, so this connection cannot carry another request.
        self.close_connection = True
        self._send(with_headers(stock_page(405), {"Allow": "GET, HEAD"}), send_body=True)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.site.verbose:
            super().log_message(format, *args)

    def intercept(self, route: Route | None) -> bool:
        """Handle the request without the normal reply; True when done (none here)."""
        return False

    def answered(self, status: int | None, bytes_sent: int) -> None:
        """Called once per request, before the reply is flushed (None: no reply)."""

    def _answer(self, *, send_body: bool) -> None:
        try:
            route = self.server.routes.lookup(self.path)
        except ValueError as exc:
            self.log_error("%s", exc)
            self._send(stock_page(500), send_body=send_body)
            return
        if self.intercept(route):
            return
        url_path = urlsplit(self.path).path
        try:
            reply = route_reply(route, self.server.site.root, url_path, dict(self.headers.items()))
        except UnicodeDecodeError:
            reply = stock_page(400)
        self._send(reply, send_body=send_body)

    def _send(self, reply: Reply, *, send_body: bool) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.status != 304:
            self.send_header("Content-Length", str(len(reply.body)))
        body = reply.body if send_body and reply.status != 304 else b""
        # Before the response is flushed: a client that has read the whole
        # answer finds it reported (tests count requests that way).
        self.answered(reply.status, len(body))
        self.end_headers()
        if body:
            self.wfile.write(body)


# ---------------------------------------------------------------- the server


class SiteServer:
    """Serves a directory on the loopback interface in a background thread.

    Use as a context manager or call `start()` / `stop()`.  `port=0` picks a
    free ephemeral port; `base_url` tells which.
    """

    handler_class: type[SiteRequestHandler] = SiteRequestHandler
    route_type: type[Route] = Route

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
        self.verbose = verbose
        self._requested_port = port
        self._server: SiteHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Self:
        """Bind and start serving; ValueError if the routes file is invalid."""
        if self._server is not None:
            raise RuntimeError("SiteServer is already running")
        if not self.root.is_dir():
            raise FileNotFoundError(f"site root {self.root} is not a directory")
        routes = RouteTable(self.root, self.route_type)
        routes.current()  # a broken routes file fails here, not on the first request
        server = SiteHTTPServer((self.host, self._requested_port), self, routes)
        thread = threading.Thread(
            target=server.serve_forever,
            # stop() waits up to one poll interval for the serving loop to notice.
            kwargs={"poll_interval": 0.01},
            name=f"demosite:{server.server_address[1]}",
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

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
