"""Incremental crawling, counted at the server: 304s, only new articles, retries, resumption."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from newswatch.config import load_config
from newswatch.pipeline.store.database import Database, open_database
from newswatch.pipeline.store.memory import CrawlMemory
from newswatch.pipeline.store.schema import Article, Run, UrlState
from newswatch.scheduler.cli import main
from sqlalchemy import select, update

from tests.mockserver import MockServer
from tests.site.publish import NEW_ARTICLES, add_articles

# Every test runs real crawls (child processes).
pytestmark = pytest.mark.slow

SHANGHAI_OFFSET = timedelta(hours=8)


def cycle(config: Path) -> None:
    assert main(["run", "--quiet", "--config", str(config)]) == 0


def db_of(config: Path) -> Database:
    return open_database(load_config(config).database)


def first_list_pages(expected: dict[str, Any]) -> set[str]:
    return {pages[0] for pages in expected["list_pages"].values()}


def test_unchanged_site_costs_one_304_per_source(
    site: MockServer, site_config: Path, site_expected: dict[str, Any]
) -> None:
    cycle(site_config)
    site.clear()
    cycle(site_config)
    requested = [r for r in site.log.records() if r.path != "/robots.txt"]
    assert {r.path for r in requested} == first_list_pages(site_expected)
    assert {r.status for r in requested} == {304}
    assert len(requested) == len(site_expected["list_pages"])


def test_two_new_articles_cost_exactly_them_and_the_list_pages(
    site: MockServer, site_config: Path, site_expected: dict[str, Any], tmp_path: Path
) -> None:
    cycle(site_config)
    cycle(site_config)
    added = add_articles(site, tmp_path, NEW_ARTICLES)
    site.clear()
    cycle(site_config)
    requested = [r.path for r in site.log.records() if r.path != "/robots.txt"]
    articles = [p for p in requested if p.startswith("/content/")]
    assert sorted(articles) == sorted(added)
    lists = [p for p in requested if p not in added]
    all_list_pages = {p for pages in site_expected["list_pages"].values() for p in pages}
    assert set(lists) <= all_list_pages
    assert first_list_pages(site_expected) <= set(lists)
    db = db_of(site_config)
    with db.session() as s:
        titles = set(s.scalars(select(Article.title).where(Article.status == "new")))
    assert {a["title"] for a in NEW_ARTICLES} <= titles


def test_failed_article_is_retried_directly_when_due(
    site: MockServer, site_config: Path, site_expected: dict[str, Any]
) -> None:
    cycle(site_config)
    broken = site_expected["errors"]["server_error"][0]
    # The site fixes the page; time passes beyond the retry delay.
    routes = site.root / "_routes.yaml"
    data = yaml.safe_load(routes.read_text(encoding="utf-8"))
    del data[broken]
    routes.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    fixed = site.root / broken.lstrip("/")
    fixed.parent.mkdir(parents=True, exist_ok=True)
    donor = next(
        p
        for p, a in site_expected["articles"].items()
        if a["layout"] == "xhby-trs" and a["kind"] == "unrelated"
    )
    fixed.write_bytes(
        (site.root / donor.lstrip("/"))
        .read_bytes()
        .replace("轨道交通".encode(), "地铁建设".encode())
    )
    db = db_of(site_config)
    with db.session() as s:
        s.execute(
            update(UrlState)
            .where(UrlState.kind == "article")
            .values(next_attempt_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    site.clear()
    cycle(site_config)
    assert site.count(broken) == 1
    assert site.count(site_expected["list_pages"]["xhby-trs"][0]) == 1  # a 304
    with db.session() as s:
        assert s.scalar(select(UrlState).where(UrlState.url.endswith(broken))) is None
    # stored (here as an alias: the page reuses another story's text), so known ground
    assert CrawlMemory(db).known([site.url(broken)]) == {site.url(broken)}


def test_after_an_interrupted_crawl_the_walk_goes_past_known_ground(
    site: MockServer, site_config: Path, site_expected: dict[str, Any]
) -> None:
    cycle(site_config)
    db = db_of(site_config)
    # A crawl that died: what a killed child leaves (its run failed, no validators kept).
    with db.session() as s:
        s.execute(update(Run).values(outcome="failed", message="killed"))
        s.execute(
            update(UrlState).where(UrlState.kind == "list").values(etag=None, last_modified=None)
        )
    site.clear()
    cycle(site_config)
    for pages in site_expected["list_pages"].values():
        assert all(site.count(p) == 1 for p in pages), pages
    assert not set(site.paths()) & set(site_expected["articles"])
