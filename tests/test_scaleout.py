"""Scale-out end to end: PostgreSQL, two Scrapyd nodes on 127.0.0.1, the daemon in scrapyd mode.

The project is deployed to both nodes with scrapyd-deploy; the daemon sends
each source of the local xhby.net copy to the least busy node.  Two of the
four sources are mirrors (another list page showing the same articles), so
crawls on different workers meet the same articles at the same time: the
database must still hold each story once.  One node is then stopped the way
a machine dies, in the middle of its crawls; the daemon must notice, mark
those runs failed and have the other node complete the work.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from newswatch.config import DEFAULT_CONFIG, DEFAULT_TOPICS, load_config
from newswatch.config.loader import parse_config
from newswatch.crawler.jobs import CONFIG_TEXT, DATABASE, TOPICS_TEXT
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.schema import Alias, Article, Run
from newswatch.scheduler.executors.scrapyd import job_settings
from newswatch.scheduler.wiring import Setup
from sqlalchemy import func, select

from tests.mockserver import MockServer, set_route
from tests.scrapyd_nodes import ScrapydNode, deploy
from tests.support.daemon import (
    TRS,
    TRS_LAYOUT,
    V2,
    DaemonProcess,
    expected_paths,
    wait_for,
)
from tests.support.site import config_for_site

# Every test starts Scrapyd nodes and PostgreSQL.
pytestmark = pytest.mark.slow

V2_LAYOUT = "xhby-2023"
MIRRORS = {
    V2: ("/sz/index.html", "/sz/mirror.html"),
    TRS: ("/sz/yw/index.shtml", "/sz/yw/mirror.shtml"),
}
FINISHED = ("ok", "partial")
SLOW_SECONDS = 2


@pytest.fixture
def nodes(tmp_path: Path) -> Iterator[tuple[ScrapydNode, ScrapydNode]]:
    """Two Scrapyd nodes with the project deployed to both."""
    started = []
    try:
        for name in ("node-a", "node-b"):
            started.append(ScrapydNode(name, tmp_path / name).start())
        deploy(started, tmp_path)
        yield started[0], started[1]
    finally:
        for node in started:
            node.close()


def cluster_config(site: MockServer, folder: Path, database: str, nodes: list[str]) -> Path:
    """The site's sources plus a mirror of each, all crawled by the Scrapyd nodes, once."""
    config = config_for_site(site, folder, database)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    mirrors = []
    for entry in data["sources"]:
        # First runs only (each source's first turn is now): every run of the
        # test is a first crawl or the re-dispatch of one.
        entry["schedule"] = "every 1h"
        original, mirror = MIRRORS[entry["name"]]
        twin = dict(entry, name=entry["name"] + "-mirror", max_list_pages=1)
        twin["start_urls"] = [site.url(mirror)]
        shutil.copyfile(site.root / original.lstrip("/"), site.root / mirror.lstrip("/"))
        mirrors.append(twin)
    data["sources"] += mirrors
    data["executor"] = {
        "kind": "scrapyd",
        "nodes": nodes,
        "poll_interval": 0.5,
        "node_timeout": 3,
    }
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


def stored(db: Database) -> tuple[list[str], list[str]]:
    """URL paths of the article rows and of the aliases."""
    with db.session() as session:
        rows = [urlsplit(url).path for url in session.scalars(select(Article.url))]
        alias_rows = [urlsplit(url).path for url in session.scalars(select(Alias.url))]
    return rows, alias_rows


def article_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Article)) or 0)


def runs_of(db: Database) -> list[Run]:
    with db.session() as session:
        rows = list(session.scalars(select(Run).order_by(Run.id)))
        session.expunge_all()
        return rows


def test_crawls_spread_over_two_nodes_store_each_article_once_and_survive_a_dead_node(
    site: MockServer,
    site_expected: dict[str, Any],
    postgres_url: str,
    nodes: tuple[ScrapydNode, ScrapydNode],
    tmp_path: Path,
    start_daemon: Callable[..., DaemonProcess],
) -> None:
    node_a, node_b = nodes
    config = cluster_config(site, tmp_path, postgres_url, [node_a.url, node_b.url])
    sources = {V2, TRS, f"{V2}-mirror", f"{TRS}-mirror"}
    # Some articles answer slowly, so that the crawls are still under way when
    # a node is stopped.
    slow = sorted(expected_paths(site_expected, TRS_LAYOUT))[:3] + sorted(
        expected_paths(site_expected, V2_LAYOUT)
    )[:3]
    for path in slow:
        set_route(site, path, {"delay": SLOW_SECONDS})

    daemon = start_daemon(config)
    db = daemon.db
    name_a, name_b = (urlsplit(node.url).netloc for node in nodes)

    def crawling_on_b() -> list[Run]:
        running = [r for r in runs_of(db) if r.outcome == "running" and r.node == name_b]
        on_node = {job["id"] for job in node_b.jobs()["running"]}
        return [r for r in running if r.job in on_node] if article_count(db) else []

    doomed = wait_for(crawling_on_b, 90, "node B crawling while articles are being stored")
    assert {r.node for r in runs_of(db)} == {name_a, name_b}, "sources spread over both nodes"
    node_b.kill()
    for path in slow:
        set_route(site, path, None)

    def all_done() -> list[Run]:
        runs = runs_of(db)
        finished = {r.source for r in runs if r.outcome in FINISHED}
        busy = [r for r in runs if r.outcome == "running"]
        return runs if finished == sources and not busy else []

    runs = wait_for(all_done, 120, "every source crawled to the end")

    # The crawls on the stopped node failed, and were completed on the other one.
    for lost in doomed:
        record = next(r for r in runs if r.id == lost.id)
        assert record.outcome == "failed"
        assert f"node {name_b} stopped answering; crawl re-dispatched" in (record.message or "")
        later = [r for r in runs if r.source == lost.source and r.id > lost.id]
        assert [r.node for r in later if r.outcome in FINISHED] == [name_a]
    assert all(r.node == name_a for r in runs if r.outcome in FINISHED and r.id > doomed[0].id)

    # Every article of the copy is stored exactly once (or is an alias of its twin).
    rows, alias_rows = stored(db)
    assert len(rows) == len(set(rows)) == article_count(db)
    assert set(rows) | set(alias_rows) == set(site_expected["articles"])
    assert not set(rows) & set(alias_rows)

    assert daemon.stop() == 0
    log = daemon.log()
    assert "executor scrapyd" in log
    assert f"node {name_b} stopped answering; sending the crawl to another node" in log
    # Each finished run was recorded by its crawl on the node, counts included.
    assert all(r.pages > 0 and r.finished_at for r in runs if r.outcome in FINISHED)


def test_a_job_carries_one_source_and_no_secret(tmp_path: Path) -> None:
    topics = tmp_path / "topics.yaml"
    topics.write_text(DEFAULT_TOPICS.read_text(encoding="utf-8"), encoding="utf-8")
    data = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    data["topics"] = str(topics)
    data["notify"] = ["json://hooks.example.org/secret-token"]
    data["executor"] = {
        "kind": "scrapyd",
        "nodes": [{"url": "http://10.0.0.5:6800", "username": "ops", "password": "node-secret"}],
    }
    config = tmp_path / "sources.yaml"
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    url = "postgresql+psycopg://crawler:db-secret@db.example.org:5432/newswatch"
    setup = Setup(config=load_config(config), config_path=config, db=None)  # type: ignore[arg-type]
    setup = dataclasses.replace(setup, db=_UrlOnly(url))  # type: ignore[arg-type]

    settings = job_settings(setup, TRS, "WARNING", send_database=True)

    assert not [k for k, v in settings.items() if "secret" in v], "no password or token sent"
    assert settings[DATABASE] == "postgresql+psycopg://crawler@db.example.org:5432/newswatch"
    carried = parse_config(settings[CONFIG_TEXT], "<job>")
    assert [s.name for s in carried.sources] == [TRS]
    assert carried.source(TRS) == setup.config.source(TRS)
    source = setup.config.source(TRS)
    assert carried.rules_for(carried.source(TRS)) == setup.config.rules_for(source)
    assert carried.executor.kind == "local"
    assert carried.notify == []
    assert settings[TOPICS_TEXT] == topics.read_text(encoding="utf-8")
    assert DATABASE not in job_settings(setup, TRS, "WARNING", send_database=False)


@dataclasses.dataclass
class _UrlOnly:
    """What job_settings reads of a database: its URL (nothing is opened)."""

    url: str
