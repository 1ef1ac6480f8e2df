"""`newswatch serve`: the review page on a waitress server, loopback unless a password is set."""

from __future__ import annotations

import getpass
import ipaddress
import os
import socket
import sys
from dataclasses import dataclass

import waitress
from flask import Flask
from newswatch.scheduler.web.app import create_app
from newswatch.scheduler.web.context import WebSettings
from newswatch.scheduler.web.security import allowed_hosts
from newswatch.scheduler.wiring import load
from waitress.server import BaseWSGIServer

PASSWORD_ENV = "NEWSWATCH_WEB_PASSWORD"
# Comma-separated extra `Host` values (a reverse proxy's public name) and the
# only user names Basic auth accepts (empty: any name, which names the reviewer).
HOSTS_ENV = "NEWSWATCH_WEB_HOSTS"
USERS_ENV = "NEWSWATCH_WEB_USERS"


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


def env_list(name: str) -> frozenset[str]:
    """The comma-separated, non-empty items of environment variable `name`."""
    return frozenset(item.strip() for item in os.environ.get(name, "").split(",") if item.strip())


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening-ready TCP socket on `host`:`port` (port 0: any free one).

    Bound before the application is built, so that the allowed `Host` values
    can name the port actually used.
    """
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def web_server(app: Flask, sock: socket.socket, threads: int = 4) -> BaseWSGIServer:
    """A waitress server of `app` on the bound `sock`; `.run()` serves until `.close()`."""
    server = waitress.create_server(app, sockets=[sock], threads=threads)
    assert isinstance(server, BaseWSGIServer)
    return server


def serve(options: ServeOptions) -> int:
    """Serve the review page until interrupted; returns the exit code."""
    password = os.environ.get(PASSWORD_ENV) or None
    check_bind(options.host, password)
    setup = load(options.config_path, options.db_url)
    sock = bind_socket(options.host, options.port)
    port = sock.getsockname()[1]
    settings = WebSettings(
        password=password,
        default_reviewer=login_name(),
        allowed_hosts=allowed_hosts(options.host, port, env_list(HOSTS_ENV)),
        users=env_list(USERS_ENV),
    )
    server = web_server(create_app(setup.db, setup.config, settings), sock, options.threads)
    host = f"[{options.host}]" if ":" in options.host else options.host
    print(
        f"newswatch: review page at http://{host}:{port}/ "
        f"({setup.db.displayed_url}; Ctrl-C stops)",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.run()
    finally:
        server.close()
        setup.db.dispose()
    return 0
