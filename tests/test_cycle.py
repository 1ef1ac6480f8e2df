"""End to end: `newswatch run` crawls the local xhby.net copy over real HTTP into a real
database: every test here runs once on a SQLite file and once on a PostgreSQL server.

The server counts every request, which is how these tests prove what was and
was not downloaded.  One first crawl per backend serves every test of the
module (`crawled`); the tests only read it, except the second cycle's, which
leaves the articles and the first crawl's request log as they were.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from newswatch.config import load_config
from newswatch.pipeline.store.database import Database, open_database
from newswatch.pipeline.store.schema import Alias, Article, Run, UrlState
from newswatch.scheduler.cli import main
from sqlalchemy import select

from tests.databases import BACKENDS, fresh_database_url
from tests.mockserver import MockServer, copy_site
from tests.support.site import config_for_site

# Every test reads a real crawl (a child process) of the site copy.
pytestmark = pytest.mark.slow

BOILERPLATE = re.compile(
    r"版权|免责声明|相关网站|相关阅读|相关新闻|责编|责任编辑|标签[:：]|ICP|"
    r"\.(?:jpg|png|gif)\b|新华报业网\s*>|打印本页|关闭窗口|分享到|扫一扫"
)


def path(url: str) -> str:
    return urlsplit(url).path


def open_db(config: Path) -> Database:
    return open_database(load_config(config).database)


def run_cycle(config: Path) -> int:
    return main(["run", "--config", str(config)])


@dataclass(frozen=True)
class Crawled:
    """The site copy after one cycle of the default config over it."""

    site: MockServer
    config: Path
    db: Database
    first_requests: tuple[str, ...]  # what the first cycle requested, in order


@pytest.fixture(scope="module", params=BACKENDS)
def crawled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Crawled]:
    """A first cycle into SQLite, then into PostgreSQL (see tests/databases.py)."""
    folder = tmp_path_factory.mktemp(f"cycle-{request.param}")
    with MockServer(copy_site(folder / "www")) as site:
        config = config_for_site(site, folder, fresh_database_url(request.param, folder, request))
        assert run_cycle(config) == 0
        db = open_db(config)
        yield Crawled(site, config, db, tuple(site.paths()))
        db.dispose()


@pytest.fixture
def first_cycle(crawled: Crawled) -> Database:
    return crawled.db


def articles(db: Database) -> dict[str, Article]:
    with db.session() as s:
        rows = list(s.scalars(select(Article)))
        s.expunge_all()
    return {path(a.url): a for a in rows}


def aliases(db: Database) -> dict[str, str]:
    with db.session() as s:
        return {path(a.url): path(a.article.url) for a in s.scalars(select(Alias))}


def test_cycle_stores_exactly_the_expected_relevant_articles(
    first_cycle: Database, site_expected: dict[str, Any]
) -> None:
    expected = site_expected["articles"]
    stored = articles(first_cycle)
    alias = aliases(first_cycle)
    # Every expected article is stored, or is an alias of its twin.
    assert set(stored) | set(alias) == set(expected)
    relevant = {p for p, a in stored.items() if a.relevant}
    want = {p for p, a in expected.items() if a["relevant"]} - set(alias)
    assert relevant == want
    assert {a.status for a in stored.values()} == {"new"}  # nobody decided yet
    queued = {p for p, a in stored.items() if a.relevant}
    assert queued == want
    assert {p for p, a in stored.items() if not a.relevant} == set(stored) - want


def test_stored_articles_are_clean_and_carry_their_metadata(
    first_cycle: Database, site_expected: dict[str, Any]
) -> None:
    for page, article in articles(first_cycle).items():
        truth = site_expected["articles"][page]
        assert article.title == truth["title"], page
        want_time = datetime.fromisoformat(truth["published_at"]).replace(second=0)
        assert article.published_at == want_time, page
        assert article.origin == truth["source"], page
        assert article.editor == truth["editor"], page
        assert article.author == truth["author"], page
        assert article.text.startswith(truth["first_paragraph"]), page
        assert article.text.endswith(truth["last_paragraph"]), page
        leaks = [line for line in article.text.splitlines() if BOILERPLATE.search(line)]
        assert leaks == [], page


def test_syndicated_copy_is_stored_once_with_an_alias(
    first_cycle: Database, site_expected: dict[str, Any]
) -> None:
    pairs = [
        (p, a["duplicate_of"]) for p, a in site_expected["articles"].items() if a["duplicate_of"]
    ]
    assert pairs, "the copy must contain a syndicated article"
    stored, alias = articles(first_cycle), aliases(first_cycle)
    for copy, original in pairs:
        kept, other = (original, copy) if original in stored else (copy, original)
        assert kept in stored and other not in stored
        assert alias[other] == kept


def test_errors_are_recorded_and_do_not_stop_the_cycle(
    crawled: Crawled, first_cycle: Database, site_expected: dict[str, Any]
) -> None:
    with first_cycle.session() as s:
        failures = {
            path(u.url): u for u in s.scalars(select(UrlState).where(UrlState.kind == "article"))
        }
        runs = list(s.scalars(select(Run)))
    errors = site_expected["errors"]
    for page in errors["not_found"]:
        assert failures[page].last_status == 404
    for page in errors["server_error"]:
        assert failures[page].last_status == 500
        assert failures[page].next_attempt_at is not None and not failures[page].permanent
    assert {r.outcome for r in runs} <= {"ok", "partial"}
    assert sum(r.errors for r in runs) >= 2
    # nothing the crawler must not touch was requested
    requested = set(crawled.first_requests)
    forbidden = set(site_expected["not_followed"])
    assert requested & forbidden == set()


def test_second_cycle_downloads_no_article_again(
    crawled: Crawled, first_cycle: Database, site_expected: dict[str, Any]
) -> None:
    first = Counter(path(p) for p in crawled.first_requests)
    after_first = {p: first[p] for p in site_expected["articles"]}
    assert all(count == 1 for count in after_first.values()), after_first
    errors = [*site_expected["errors"]["not_found"], *site_expected["errors"]["server_error"]]
    errors_first = {p: first[p] for p in errors if first[p]}
    site = crawled.site
    site.clear()
    assert run_cycle(crawled.config) == 0
    requested = site.paths()
    assert not set(requested) & set(site_expected["articles"])
    assert not set(requested) & set(errors), "failed URLs wait for their retry time"
    assert errors_first
    with first_cycle.session() as s:
        latest = list(s.scalars(select(Run).order_by(Run.id.desc()).limit(2)))
    assert all(r.outcome == "ok" and r.articles_new == 0 for r in latest)


def test_export_and_review_show_the_queue(
    crawled: Crawled, first_cycle: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    site_config = crawled.config
    capsys.readouterr()
    assert main(["export", "--config", str(site_config), "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported
    keys = {
        "id",
        "url",
        "source",
        "title",
        "published_at",
        "author",
        "editor",
        "text",
        "relevant",
        "score",
        "matched_terms",
        "status",
        "fetched_at",
    }
    assert all(keys <= set(item) for item in exported)
    assert all(item["relevant"] and item["status"] == "new" for item in exported)
    assert all(item["published_at"].endswith("+08:00") for item in exported)
    assert main(["review", "list", "--config", str(site_config)]) == 0
    listing = capsys.readouterr().out
    assert f"{len(exported)} of {len(exported)} article(s)" in listing
    seed = next(i for i in exported if "红社发布" in i["title"])
    assert main(["review", "show", str(seed["id"]), "--config", str(site_config)]) == 0
    shown = capsys.readouterr().out
    assert "邹玉芬" in shown and "王建旸" in shown and "社会组织" in shown
