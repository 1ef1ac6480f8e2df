"""The demo site server with what only tests need: fault routes and a request log.

Modelled on Scrapy's tests/mockserver: the product's static server
(`newswatch.scheduler.demosite.server`) extended through its hooks.  On top
of the product's routes, a `_routes.yaml` entry here may say

    /some/path.shtml:
      delay: 0.5             # seconds before answering (at most MAX_DELAY)
      reset: true            # close the connection without any response

and every request is recorded, so tests can prove what was (not) downloaded.

Serve a copy by hand: `.venv/bin/python -m tests.mockserver [--port N] [ROOT]`.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import signal
import socket
import struct
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import yaml
from newswatch.scheduler.demosite import site_root
from newswatch.scheduler.demosite.server import Route, SiteRequestHandler, SiteServer

MAX_DELAY = 30.0


@dataclass(frozen=True)
class FaultRoute(Route):
    """A route that may also delay its answer or drop the connection."""

    delay: float = 0.0
    reset: bool = False

    KEYS: ClassVar[frozenset[str]] = Route.KEYS | {"delay", "reset"}

    @classmethod
    def fields_from(cls, path: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """The product's fields plus `delay` and `reset`."""
        delay = data.get("delay", 0.0)
        if not isinstance(delay, int | float) or not 0 <= delay <= MAX_DELAY:
            raise ValueError(f"route {path!r}: delay must be 0..{MAX_DELAY} seconds")
        return {
            **super().fields_from(path, data),
            "delay": float(delay),
            "reset": bool(data.get("reset", False)),
        }


@dataclass(frozen=True)
class RequestRecord:
    """One request the server answered (or dropped: `status` None for a reset)."""

    method: str
    path: str
    status: int | None
    headers: Mapping[str, str]
    bytes_sent: int
    # time.monotonic() when the answer was sent (the test's own clock: same process).
    at: float = field(default_factory=time.monotonic)


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


class MockRequestHandler(SiteRequestHandler):
    """Applies fault routes and records every request in the server's log."""

    server_version = "mockserver"

    def intercept(self, route: Route | None) -> bool:
        if not isinstance(route, FaultRoute):
            return False
        if route.delay and self.server.stopping.wait(route.delay):
            self._reset()
            return True
        if route.reset:
            self._reset()
            return True
        return False

    def answered(self, status: int | None, bytes_sent: int) -> None:
        site = self.server.site
        assert isinstance(site, MockServer)
        site.log.append(
            RequestRecord(
                method=self.command,
                path=self.path,
                status=status,
                headers=dict(self.headers.items()),
                bytes_sent=bytes_sent,
            )
        )

    def _reset(self) -> None:
        """Drop the connection; a zero linger makes close() send RST instead of FIN."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.answered(None, 0)


class MockServer(SiteServer):
    """A `SiteServer` with fault routes whose every request lands in `log`."""

    handler_class = MockRequestHandler
    route_type = FaultRoute

    def __init__(self, root: str | Path, **kwargs: Any) -> None:
        super().__init__(root, **kwargs)
        self.log = RequestLog()

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


def copy_site(target: Path) -> Path:
    """A private, editable copy of the shipped demo site at `target`."""
    shutil.copytree(site_root(), target)
    return target


def set_route(site: SiteServer, path: str, route: dict[str, object] | None) -> None:
    """Add, replace (or with None remove) a special route of the running copy."""
    routes_file = site.root / "_routes.yaml"
    routes = yaml.safe_load(routes_file.read_text(encoding="utf-8")) or {}
    if route is None:
        routes.pop(path, None)
    else:
        routes[path] = route
    routes_file.write_text(yaml.safe_dump(routes, allow_unicode=True), encoding="utf-8")


def main(argv: Iterable[str] | None = None) -> int:
    """Serve a site copy until Ctrl-C."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.mockserver",
        description="Serve a static site copy on 127.0.0.1 (with _routes.yaml special routes).",
    )
    parser.add_argument(
        "root", nargs="?", type=Path, default=None, help="document root (default: the demo site)"
    )
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    args = parser.parse_args(None if argv is None else list(argv))
    root = args.root or site_root()
    # Ctrl-C (SIGINT) stops it even when started from a background job, which
    # inherits SIGINT ignored (Python then installs no KeyboardInterrupt handler).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        server = MockServer(root, port=args.port, verbose=args.verbose).start()
    except (OSError, ValueError) as exc:
        print(f"mockserver: {exc}", file=sys.stderr)
        return 1
    try:
        # Inside the try: a Ctrl-C right after the line is printed still ends cleanly.
        print(f"serving {root} at {server.base_url}/ (Ctrl-C to stop)", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
