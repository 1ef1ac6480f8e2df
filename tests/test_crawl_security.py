"""What a crawl child must not do: fetch another service on the site's host, open control ports.

A second server on 127.0.0.1 (another port) stands for an internal service
on the news site's machine: a list link to it and a redirect to it must both
stay unfetched, the redirect recorded as an off-site failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from newswatch.config import SourceConfig
from newswatch.crawler.links import SiteScope
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.schema import Article, UrlState
from sqlalchemy import select

from tests.mockserver import MockServer
from tests.support.site import SITE_WWW, config_for_site

ROOT = Path(__file__).resolve().parent.parent
LIST_PAGE = "sz/yw/index.shtml"
LINKED = "/sz/yw/202206/t20220628_7599901.shtml"  # on the other port, linked directly
REDIRECTING = "/sz/yw/202206/t20220628_7599902.shtml"  # on the site, redirecting there


@pytest.fixture
def internal(tmp_path: Path) -> Iterator[MockServer]:
    """Another server on the same host: it has the pages the attacks point at."""
    root = tmp_path / "internal"
    target = root / LINKED.lstrip("/")
    target.parent.mkdir(parents=True)
    donor = SITE_WWW / "sz/yw/202206/t20220628_7596302.shtml"
    target.write_bytes(donor.read_bytes())
    with MockServer(root) as server:
        yield server


@pytest.mark.slow
def test_same_host_other_port_is_off_site_and_no_control_ports(
    site: MockServer, internal: MockServer, tmp_path: Path
) -> None:
    other = f"http://127.0.0.1:{internal.port}"
    assert site.port != internal.port
    listing = site.root / LIST_PAGE
    html = listing.read_text(encoding="utf-8").replace(
        '<ul id="list14">',
        f'<ul id="list14"><li><a href="{other}{LINKED}">内网文章</a></li>'
        f'<li><a href="{REDIRECTING}">跳转到内网</a></li>',
    )
    listing.write_text(html, encoding="utf-8")
    routes_file = site.root / "_routes.yaml"
    routes = yaml.safe_load(routes_file.read_text(encoding="utf-8"))
    routes[REDIRECTING] = {"status": 302, "redirect": f"{other}{LINKED}"}
    routes_file.write_text(yaml.safe_dump(routes, allow_unicode=True), encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'nw.db'}"
    config = config_for_site(site, tmp_path, db_url)
    # Scrapy's remote control writes a job file (port and token) under the
    # user's state folder; one that cannot be created (like a read-only home
    # under systemd's ProtectHome) makes every crawl log an ERROR about it.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    env = dict(os.environ, XDG_STATE_HOME=str(blocker / "state"))
    command = ["run", "-v", "--config", str(config), "--source", "xhby-suzhou-trs"]

    done = subprocess.run(
        [sys.executable, "-m", "newswatch", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )

    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert internal.paths() == []  # never asked, neither by link nor by redirect
    assert REDIRECTING in site.paths()
    db = open_database(db_url)
    try:
        with db.session() as session:
            failure = session.scalars(
                select(UrlState).where(UrlState.url == f"{site.base_url}{REDIRECTING}")
            ).one()
            stored = set(session.scalars(select(Article.url)))
    finally:
        db.dispose()
    assert "off-site redirect" in (failure.last_error or ""), failure.last_error
    assert failure.last_status == 302
    assert not any(str(internal.port) in url for url in stored)
    # The child ran without Scrapy's control ports and left no state files.
    assert "Remote control" not in output and "ERROR" not in output, output
    assert blocker.read_text(encoding="utf-8") == ""


def test_site_scope_is_host_and_port() -> None:
    scope = SiteScope(
        SourceConfig(name="s", start_urls=["http://www.xhby.net/sz/"], article_url_pattern=".")
    )
    assert scope.contains("https://www.xhby.net/content/a.html")  # http -> https: one site
    assert scope.contains("http://www.xhby.net:80/a") and scope.contains("http://m.www.xhby.net/a")
    assert not scope.contains("http://www.xhby.net:8080/a")
    assert not scope.contains("http://www.xhby.net:bad/a")
    assert not scope.contains("http://evil.example/www.xhby.net/")
    local = SiteScope(
        SourceConfig(name="s", start_urls=["http://127.0.0.1:8001/"], article_url_pattern=".")
    )
    assert local.contains("http://127.0.0.1:8001/a") and not local.contains(
        "http://127.0.0.1:8002/a"
    )
