"""The review page attacked over real HTTP: a waitress server on 127.0.0.1, raw requests.

Host header (DNS rebinding), Origin/Referer on POST, `next` redirects, Basic
auth guessing, odd query parameters and a locked database.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import os
import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import pytest
from newswatch.config import AppConfig
from newswatch.pipeline.store.database import Database, open_database
from newswatch.pipeline.store.queue import ReviewQueue
from newswatch.scheduler.web import WebSettings, create_app
from newswatch.scheduler.web.security import allowed_hosts
from newswatch.scheduler.web.server import bind_socket, web_server
from sqlalchemy import event

from tests.support.web import filler, store, write_config

PROXY_NAME = "review.example.org"


@dataclass
class Page:
    status: int
    headers: dict[str, str]
    text: str


@dataclass
class Browser:
    """Raw HTTP to the server, keeping its session cookie, like one browser tab."""

    port: int
    source_address: str = "127.0.0.1"
    cookie: str = ""
    default_headers: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def request(
        self,
        method: str,
        path: str,
        body: dict[str, str | list[str]] | None = None,
        **headers: str,
    ) -> Page:
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=30, source_address=(self.source_address, 0)
        )
        sent = {"Host": self.host, **self.default_headers}
        if self.cookie:
            sent["Cookie"] = self.cookie
        sent.update({k.replace("_", "-"): v for k, v in headers.items()})
        data = None
        if body is not None:
            data = urlencode(body, doseq=True).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=data, headers=sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return Page(response.status, dict(response.getheaders()), text)

    def get(self, path: str, **headers: str) -> Page:
        return self.request("GET", path, **headers)

    def token(self, path: str = "/?status=all") -> str:
        match = re.search(r'name="csrf_token" value="([^"]+)"', self.get(path).text)
        assert match, "no CSRF field"
        return match.group(1)

    def decide(self, ids: list[str], next_path: str = "/", **headers: str) -> Page:
        """A decision form as the page sends it (with its CSRF token), from this origin."""
        form: dict[str, str | list[str]] = {
            "csrf_token": self.token(),
            "ids": ids,
            "decision": "rejected",
            "note": "x",
            "reviewer": "王芳",  # the page's form always has it (asked once per browser)
            "next": next_path,
        }
        sent = {"Origin": f"http://{self.host}"} | headers
        return self.request("POST", "/decide", form, **sent)


Serve = Callable[..., Browser]


@pytest.fixture
def serve(db: Database, config: AppConfig) -> Iterator[Serve]:
    """Start the page on a free loopback port with WebSettings(**settings); a Browser on it."""
    servers = []

    def start(**settings: object) -> Browser:
        sock = bind_socket("127.0.0.1", 0)
        port = sock.getsockname()[1]
        hosts = allowed_hosts("127.0.0.1", port, [PROXY_NAME])
        app = create_app(db, config, WebSettings(allowed_hosts=hosts, **settings))  # type: ignore[arg-type]
        server = web_server(app, sock, threads=2)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        return Browser(port)

    yield start
    for server, thread in servers:
        # close() must run on the server's own loop: its trigger runs it there.
        # The loop may already have closed the trigger (a client's reset under
        # load): then the server is closing anyway.
        with contextlib.suppress(OSError):
            server.trigger.pull_trigger(server.close)
        thread.join(timeout=10)
        server.task_dispatcher.shutdown()


@pytest.fixture
def article(db: Database) -> int:
    return store(db, "社会组织新闻", filler(1), url="https://x.cn/a.html")


def test_only_this_servers_names_are_answered(serve: Serve) -> None:
    browser = serve()
    port = browser.port
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", PROXY_NAME):
        assert browser.get("/", Host=host).status == 200, host
    # A rebound name, the right address without its port, another port: refused.
    for host in (f"evil.example:{port}", "evil.example", "127.0.0.1", f"127.0.0.1:{port + 1}"):
        page = browser.get("/", Host=host)
        assert page.status == 400, host
        assert "Host" in page.text and "csrf_token" not in page.text


def test_post_from_another_origin_is_refused(serve: Serve, db: Database, article: int) -> None:
    browser = serve()
    own = f"http://{browser.host}"

    evil = browser.decide([str(article)], Origin="http://evil.example")
    rebound = browser.decide([str(article)], Origin=f"http://evil.example:{browser.port}")
    null_origin_bad_referer = browser.decide(
        [str(article)], Origin="null", Referer="http://evil.example/x"
    )
    assert (evil.status, rebound.status, null_origin_bad_referer.status) == (403, 403, 403)
    form = {
        "csrf_token": browser.token(),
        "ids": str(article),
        "decision": "rejected",
        "reviewer": "王芳",
    }
    assert browser.request("POST", "/decide", form).status == 403  # neither header
    assert ReviewQueue(db).get(article).status == "new"

    # Our own page: by Origin, or by Referer when the browser sends Origin: null.
    assert browser.decide([str(article)], Origin="null", Referer=f"{own}/").status == 303
    assert ReviewQueue(db).get(article).status == "rejected"
    assert browser.decide([str(article)], Origin=own).status == 303


@pytest.mark.parametrize(
    "target",
    [
        "/\t/evil.example/",
        "\t//evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "//evil.example/",
        " //evil.example/",
        "/\n/evil.example",
        "/\r/evil.example",
        "/\x00/evil.example",
        "/\x0b/evil.example",
        "/\u202e/evil.example",
        "/\u3000/evil.example",
        "https://evil.example/",
        "http:/evil.example",
        "javascript:alert(1)",
        "evil.example",
        "",
    ],
)
def test_next_never_leads_off_site(serve: Serve, article: int, target: str) -> None:
    browser = serve()
    response = browser.decide([str(article)], next_path=target)
    assert response.status == 303 and response.headers["Location"] == "/"
    page = browser.get(f"/articles/{article}?" + urlencode({"next": target}))
    assert '<input type="hidden" name="next" value="/">' in page.text


def test_next_keeps_a_path_on_this_site(serve: Serve, article: int) -> None:
    browser = serve()
    response = browser.decide([str(article)], next_path="/?status=all&page=2")
    assert response.headers["Location"] == "/?status=all&page=2"


def basic(user: str, password: str) -> str:
    """An HTTP Basic `Authorization` value."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_guessing_the_password_is_stopped_per_client(serve: Serve) -> None:
    browser = serve(password="s3cret")
    assert browser.get("/", Authorization=basic("王五", "s3cret")).status == 200

    wrong = [browser.get("/", Authorization=basic("王五", f"guess{n}")).status for n in range(11)]

    assert wrong == [401] * 10 + [429]
    blocked = browser.get("/", Authorization=basic("王五", "s3cret"))  # even the right one
    assert blocked.status == 429 and int(blocked.headers["Retry-After"]) > 0
    # Another client (another loopback address) is not locked out by this one.
    other = Browser(browser.port, source_address="127.0.0.2")
    assert other.get("/", Authorization=basic("王五", "s3cret")).status == 200


def test_user_name_is_checked_when_names_are_configured(serve: Serve) -> None:
    browser = serve(password="s3cret", users=frozenset({"王五", "李四"}))
    assert browser.get("/", Authorization=basic("王五", "s3cret")).status == 200
    assert browser.get("/", Authorization=basic("李四", "s3cret")).status == 200
    assert browser.get("/", Authorization=basic("张三", "s3cret")).status == 401
    assert browser.get("/", Authorization=basic("", "s3cret")).status == 401
    assert browser.get("/").status == 401


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/?page=%C2%B2", 400),  # ²: a digit to str.isdigit, not to int()
        ("/?page=" + "9" * 5000, 400),
        ("/?page=-1", 400),
        ("/?since=0001-01-01", 400),
        ("/?since=9999-12-31", 400),
        ("/?search=%00x", 400),
        ("/?source=" + "x" * 5000, 400),
        ("/articles/99999999999999999999", 404),
        ("/articles/9223372036854775807", 404),
        ("/articles/%C2%B2", 404),
    ],
)
def test_odd_query_parameters_are_refused_not_crashed_on(
    serve: Serve, path: str, status: int
) -> None:
    page = serve().get(path)
    assert page.status == status, page.text[:300]


@pytest.mark.parametrize(
    ("ids", "status"),
    [
        (["9" * 20], 400),
        (["9" * 5000], 400),
        (["²"], 400),
        (["-1"], 400),
        (["1", "x"], 400),
        (["9223372036854775807"], 404),  # a possible id that does not exist
    ],
)
def test_odd_article_ids_are_refused(
    serve: Serve,
    db: Database,
    article: int,
    ids: list[str],
    status: int,
) -> None:
    response = serve().decide(ids)
    assert response.status == status, response.text[:300]
    assert ReviewQueue(db).get(article).status == "new"


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """Hold SQLite's write lock on `path` from another connection, as a crawl would."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_locked_database_answers_busy_not_500(
    serve: Serve,
    db: Database,
    article: int,
    tmp_path: Path,
) -> None:
    # The page's connections give up on a lock after 0.3 s instead of 30 s.
    db.engine.dispose()
    event.listen(
        db.engine, "connect", lambda connection, _: connection.execute("PRAGMA busy_timeout=300")
    )
    browser = serve()
    browser.token()
    with write_lock(tmp_path / "nw.db"):
        busy = browser.decide([str(article)])
        assert busy.status == 503 and busy.headers["Retry-After"] == "5"
        assert "数据库正忙" in busy.text and "稍后重试" in busy.text
    assert ReviewQueue(db).get(article).status == "new"
    assert browser.decide([str(article)]).status == 303
    assert ReviewQueue(db).get(article).status == "rejected"


@pytest.mark.slow
def test_serve_answers_the_proxys_name_from_the_environment(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'nw.db'}"
    open_database(db_url).dispose()
    env = {k: v for k, v in os.environ.items() if k != "NEWSWATCH_WEB_PASSWORD"}
    env["NEWSWATCH_WEB_HOSTS"] = f"{PROXY_NAME}, {PROXY_NAME}:8443"
    command = ["serve", "--port", "0", "--config", str(write_config(tmp_path)), "--db", db_url]
    server = subprocess.Popen(
        [sys.executable, "-m", "newswatch", *command],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, line
        browser = Browser(int(found.group(1)))
        for host in (PROXY_NAME, f"{PROXY_NAME}:8443", browser.host):
            assert browser.get("/", Host=host).status == 200, host
        for host in (f"{PROXY_NAME}:80", f"evil.{PROXY_NAME}", "evil.example"):
            assert browser.get("/", Host=host).status == 400, host
    finally:
        server.terminate()
        server.wait(timeout=30)
