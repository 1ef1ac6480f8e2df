"""`newswatch serve`: the review page on a waitress server, loopback unless a password is set."""

from __future__ import annotations

import getpass
import ipaddress
import os
import socket
import sys
from dataclasses import dataclass

import waitress
from newswatch.scheduler.web.app import create_app
from newswatch.scheduler.web.context import WebSettings
from newswatch.scheduler.wiring import load

PASSWORD_ENV = "NEWSWATCH_WEB_PASSWORD"


@dataclass(frozen=True)
class ServeOptions:
    """Where to listen and what to serve. Port 0 takes any free port."""

    host: str = "127.0.0.1"
    port: int = 8000
    config_path: str | None = None
    db_url: str | None = None
    threads: int = 4


class UnsafeBind(Exception):
    """The page would be reachable from other machines without a password."""


def is_loopback(host: str) -> bool:
    """True when every address `host` stands for is on this machine only."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(
        ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_loopback for info in infos
    )


def check_bind(host: str, password: str | None) -> None:
    """Raise UnsafeBind for a non-loopback address when no password protects the page."""
    if not password and not is_loopback(host):
        raise UnsafeBind(
            f"refusing to serve the review page on {host}: it is reachable from other "
            f"machines; set a password in the environment variable {PASSWORD_ENV} "
            "(every request then needs it, HTTP Basic auth) or bind 127.0.0.1"
        )


def login_name() -> str:
    """The name of the user running the server: the reviewer when nobody gives one."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def serve(options: ServeOptions) -> int:
    """Serve the review page until interrupted; returns the exit code."""
    password = os.environ.get(PASSWORD_ENV) or None
    check_bind(options.host, password)
    setup = load(options.config_path, options.db_url)
    app = create_app(
        setup.db, setup.config, WebSettings(password=password, default_reviewer=login_name())
    )
    server = waitress.create_server(
        app, host=options.host, port=options.port, threads=options.threads
    )
    host = f"[{options.host}]" if ":" in options.host else options.host
    print(
        f"newswatch: review page at http://{host}:{server.effective_port}/ "
        f"({setup.db_url}; Ctrl-C stops)",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.run()
    finally:
        server.close()
        setup.db.dispose()
    return 0
