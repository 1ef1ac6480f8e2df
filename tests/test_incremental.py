"""Incremental crawling, counted at the server: 304s, only new articles, retries, resumption.

Every test starts after one cycle of the site copy. That first cycle (a
crawl child reading every page) runs once for the module: each test gets the
same server with its pages restored as they were (file times and all, so the
validators the cycle stored still match) and its own copy of the database
the cycle left.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from newswatch.config import load_config
from newswatch.pipeline.store.database import Database, open_database
from newswatch.pipeline.store.memory import CrawlMemory
from newswatch.pipeline.store.runs import RunCounts, RunLog
from newswatch.pipeline.store.schema import Article, UrlState
from newswatch.pipeline.store.states import RunOutcome
from newswatch.scheduler.cli import main
from sqlalchemy import select, update

from tests.mockserver import MockServer, copy_site
from tests.site.publish import NEW_ARTICLES, add_articles
from tests.support.site import config_for_site

# Every test runs real crawls (child processes).
pytestmark = pytest.mark.slow

SHANGHAI_OFFSET = timedelta(hours=8)


def cycle(config: Path) -> None:
    assert main(["run", "--quiet", "--config", str(config)]) == 0


def db_of(config: Path) -> Database:
    return open_database(load_config(config).database)


@dataclass(frozen=True)
class FirstCycle:
    """The module's server, its pages as the first cycle saw them, the database it left."""

    site: MockServer
    pages: Path
    database: bytes


@pytest.fixture(scope="module")
def first_cycle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FirstCycle]:
    folder = tmp_path_factory.mktemp("first-cycle")
    pages = copy_site(folder / "pages")
    with MockServer(shutil.copytree(pages, folder / "www")) as site:
        path = folder / "newswatch.db"
        cycle(config_for_site(site, folder, f"sqlite:///{path}"))
        # A backup holds every committed page, whether or not it still sits in the WAL.
        copy = folder / "after-first-cycle.db"
        with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(copy)) as target:
            source.backup(target)
        yield FirstCycle(site, pages, copy.read_bytes())


@pytest.fixture
def crawled(first_cycle: FirstCycle, tmp_path: Path) -> tuple[MockServer, Path]:
    """The site after its first cycle: the server, and a config writing to a copy of its database.

    The pages are put back as they were (a test may have published or
    repaired some), with their file times, and the request log is empty.
    """
    site = first_cycle.site
    shutil.rmtree(site.root)
    shutil.copytree(first_cycle.pages, site.root)  # copies keep their modification times
    path = tmp_path / "newswatch.db"
    path.write_bytes(first_cycle.database)
    site.clear()
    return site, config_for_site(site, tmp_path, f"sqlite:///{path}")


def first_list_pages(expected: dict[str, Any]) -> set[str]:
    return {pages[0] for pages in expected["list_pages"].values()}


def test_unchanged_site_costs_one_304_per_source(
    crawled: tuple[MockServer, Path], site_expected: dict[str, Any]
) -> None:
    site, site_config = crawled
    cycle(site_config)
    requested = [r for r in site.log.records() if r.path != "/robots.txt"]
    assert {r.path for r in requested} == first_list_pages(site_expected)
    assert {r.status for r in requested} == {304}
    assert len(requested) == len(site_expected["list_pages"])


def test_two_new_articles_cost_exactly_them_and_the_list_pages(
    crawled: tuple[MockServer, Path], site_expected: dict[str, Any], tmp_path: Path
) -> None:
    site, site_config = crawled
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
    crawled: tuple[MockServer, Path], site_expected: dict[str, Any]
) -> None:
    site, site_config = crawled
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
    crawled: tuple[MockServer, Path], site_expected: dict[str, Any]
) -> None:
    site, site_config = crawled
    db = db_of(site_config)
    # A later crawl that died: what a killed child leaves (its run failed, no validators
    # kept). The first cycle's runs stay ok: the walk must go deeper because of the
    # interruption, not because the source never walked its list pages.
    runs = RunLog(db)
    for source in load_config(site_config).sources:
        runs.finish(runs.start(source.name), RunOutcome.FAILED, RunCounts(), "killed")
    with db.session() as s:
        s.execute(
            update(UrlState).where(UrlState.kind == "list").values(etag=None, last_modified=None)
        )
    site.clear()
    cycle(site_config)
    for pages in site_expected["list_pages"].values():
        assert all(site.count(p) == 1 for p in pages), pages
    assert not set(site.paths()) & set(site_expected["articles"])
