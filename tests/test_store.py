"""Storage on real SQLite and PostgreSQL databases: no duplicates by URL or content,
crawler memory, schema checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.database import (
    WAL_AUTOCHECKPOINT_PAGES,
    Database,
    DatabaseError,
    displayed_url,
    open_database,
)
from newswatch.pipeline.store.memory import CrawlMemory, RetryPolicy, Validators
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue, UnknownArticle
from newswatch.pipeline.store.runs import RunCounts, RunLog
from newswatch.pipeline.store.schema import Alias, Article
from newswatch.pipeline.store.search import create_search_index, drop_search_index
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from tests.texts import OTHER_STORY, STORY

NOW = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
BODY = STORY


@pytest.fixture
def db(any_db_url: str) -> Database:
    """An empty newswatch database: each test below runs on SQLite and on PostgreSQL."""
    database = open_database(any_db_url)
    yield database
    database.dispose()


def article(title: str = "红社发布", body: str = BODY) -> ExtractedArticle:
    return ExtractedArticle(url=None, title=title, text=body, source="新华报业网")


RELEVANT = Judgement(score=9.0, relevant=True, matched_terms={"社会组织": 8}, topics={})
IRRELEVANT = Judgement(score=0.0, relevant=False, matched_terms={}, topics={})


def save(
    repo: ArticleRepository,
    url: str,
    body: str = BODY,
    judgement: Judgement = RELEVANT,
    **kw: object,
):
    return repo.save(url, "src", article(body=body), judgement, fingerprint(body), NOW, **kw)


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_same_url_twice_is_one_row(db: Database) -> None:
    repo = ArticleRepository(db)
    first = save(repo, "http://a.cn/1.html")
    again = save(repo, "http://a.cn/1.html")
    assert first.status == "stored"
    assert again.status == "known" and again.article_id == first.article_id
    assert count(db, Article) == 1


def test_same_text_at_another_url_becomes_alias(db: Database) -> None:
    repo = ArticleRepository(db)
    first = save(repo, "http://a.cn/1.html")
    copy = save(repo, "http://b.cn/copy.html", body=BODY.replace("。", "。\n"))
    assert (copy.status, copy.reason, copy.article_id) == (
        "duplicate",
        "same-text",
        first.article_id,
    )
    near = save(repo, "http://b.cn/near.html", body=BODY + "（来源：新华报业网）")
    assert near.status == "duplicate" and near.reason == "near-duplicate"
    assert count(db, Article) == 1
    with db.session() as s:
        assert set(s.scalars(select(Alias.url))) == {
            "http://b.cn/copy.html",
            "http://b.cn/near.html",
        }


def test_different_story_is_stored_undecided_with_its_relevance(db: Database) -> None:
    repo = ArticleRepository(db)
    save(repo, "http://a.cn/1.html")
    result = save(repo, "http://a.cn/2.html", body=OTHER_STORY, judgement=IRRELEVANT)
    assert result.status == "stored"
    with db.session() as s:
        rows = {
            url: (status, relevant)
            for url, status, relevant in s.execute(
                select(Article.url, Article.status, Article.relevant)
            )
        }
    # Review state and relevance are apart: both wait for a reviewer.
    assert rows == {"http://a.cn/1.html": ("new", True), "http://a.cn/2.html": ("new", False)}


def test_redirect_target_and_canonical_become_aliases(db: Database) -> None:
    repo = ArticleRepository(db)
    stored = save(
        repo,
        "http://a.cn/old.html",
        extra_urls=("http://a.cn/new.html",),
        canonical_url="http://a.cn/canonical.html",
    )
    memory = CrawlMemory(db)
    assert memory.known(["http://a.cn/new.html", "http://a.cn/canonical.html", "http://x"]) == {
        "http://a.cn/new.html",
        "http://a.cn/canonical.html",
    }
    # a later page whose canonical points at a stored article is not thereby "known"
    result = save(
        repo, "http://a.cn/x.html", body=OTHER_STORY, canonical_url="http://a.cn/old.html"
    )
    assert result.status == "stored" and result.article_id != stored.article_id


def test_memory_failures_back_off_then_give_up(db: Database) -> None:
    memory = CrawlMemory(db, RetryPolicy(first_delay=timedelta(minutes=10)))
    url = "http://a.cn/500.html"
    state = memory.record_failure(url, "src", 500, "HTTP 500", now=NOW)
    assert state.attempts == 1 and not state.permanent
    assert memory.known([url], now=NOW + timedelta(minutes=5)) == {url}
    assert memory.known([url], now=NOW + timedelta(minutes=11)) == set()
    gone = "http://a.cn/404.html"
    for _ in range(3):
        state = memory.record_failure(gone, "src", 404, "HTTP 404", now=NOW)
    assert state.permanent
    assert memory.known([gone], now=NOW + timedelta(days=365)) == {gone}


def test_storing_a_failed_url_forgets_its_failure(db: Database) -> None:
    memory = CrawlMemory(db)
    memory.record_failure("http://a.cn/1.html", "src", 503, "HTTP 503", now=NOW)
    save(ArticleRepository(db), "http://a.cn/1.html")
    assert memory.failures() == []


def test_list_validators_are_remembered(db: Database) -> None:
    memory = CrawlMemory(db)
    url = "http://a.cn/list.html"
    assert memory.validators(url) == Validators()
    memory.remember_list_page(url, "src", 200, Validators('"abc"', "Sat, 28 Nov 2026 08:00:00 GMT"))
    memory.remember_list_page(url, "src", 304, Validators(None, None))
    assert memory.validators(url) == Validators('"abc"', "Sat, 28 Nov 2026 08:00:00 GMT")


def test_review_decisions_keep_who_when_why(db: Database) -> None:
    repo = ArticleRepository(db)
    stored = save(repo, "http://a.cn/1.html")
    queue = ReviewQueue(db)
    assert [a.id for a in queue.articles(QueueFilter())] == [stored.article_id]
    queue.decide([stored.article_id], "approved", "wang", "转发科室")
    assert queue.articles(QueueFilter()) == []
    shown = queue.get(stored.article_id)
    assert shown.status == "approved"
    assert [(r.decision, r.reviewer, r.note) for r in shown.reviews] == [
        ("approved", "wang", "转发科室")
    ]
    with pytest.raises(UnknownArticle):
        queue.decide([stored.article_id, 999], "rejected", "wang")
    assert queue.get(stored.article_id).status == "approved"  # all or nothing


def test_runs_keep_their_first_ending(db: Database) -> None:
    runs = RunLog(db)
    run_id = runs.start("src")
    runs.finish(run_id, "ok", RunCounts(pages=3, articles_new=2))
    runs.finish(run_id, "failed", RunCounts(), "late")
    run = runs.get(run_id)
    assert (run.outcome, run.pages, run.articles_new) == ("ok", 3, 2)


def test_database_written_by_unknown_revision_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    db = open_database(url)
    with db.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    db.dispose()
    with pytest.raises(DatabaseError, match="revision ffff is unknown"):
        open_database(url)


def test_unusable_database_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="cannot create the folder"):
        open_database(f"sqlite:///{blocker / 'sub' / 'nw.db'}")
    with pytest.raises(DatabaseError, match="not a database URL"):
        open_database("no-such-scheme")


@pytest.mark.slow
def test_passwords_stay_out_of_messages_and_command_lines(postgres_server, tmp_path: Path) -> None:
    from newswatch.scheduler.executors.local import child_command
    from newswatch.scheduler.wiring import load

    secret_url = postgres_server.url("nowhere").replace("newswatch@", "newswatch:s3cret@")
    assert "s3cret" not in displayed_url(secret_url)
    with pytest.raises(DatabaseError) as refused:
        open_database(secret_url)
    assert "s3cret" not in str(refused.value) and "***" in str(refused.value)

    setup = load(None, f"sqlite:///{tmp_path / 'nw.db'}")
    try:
        command = child_command(setup, {"xhby-suzhou": 1}, "WARNING")
    finally:
        setup.db.dispose()
    assert not any(setup.db_url in part for part in command)


def test_a_failure_row_inserted_by_another_writer_meanwhile_is_updated(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two crawl nodes failing on one URL at once: the loser of the insert race updates."""
    from newswatch.pipeline.store.schema import UrlState

    url = "https://example.com/a.html"
    memory = CrawlMemory(db)
    original_get = Session.get
    raced = []

    def get_then_lose_the_race(session: Session, model: type, key: object, **kw: object):
        found = original_get(session, model, key, **kw)
        if model is UrlState and found is None and not raced:
            raced.append(key)
            with db.session() as other:  # the other node commits first
                other.add(UrlState(url=url, source="src", kind="article", attempts=1))
        return found

    # Only the timing is staged: both inserts and the refusal are the database's own.
    monkeypatch.setattr(Session, "get", get_then_lose_the_race)
    state = memory.record_failure(url, "src", 503, "HTTP 503", NOW)
    assert raced == [url]
    assert state.attempts == 2  # the other node's attempt and ours
    assert count(db, UrlState) == 1


def test_long_fields_of_a_new_article_are_cut_to_fit_on_every_backend(db: Database) -> None:
    # PostgreSQL would refuse the whole row; SQLite would keep it whole.
    repo = ArticleRepository(db)
    long = ExtractedArticle(url=None, title="红社发布", text=BODY, author="作者" * 150)
    stored = repo.save(
        "http://a.cn/1.html",
        "s" * 300,
        long,
        RELEVANT,
        fingerprint(BODY),
        NOW,
        extra_urls=("http://a.cn/" + "x" * 3000,),
    )
    with db.session() as s:
        author, source = s.execute(
            select(Article.author, Article.source).where(Article.id == stored.article_id)
        ).one()
        alias = s.scalars(select(Alias)).one()
    assert len(author) == 200 and author.endswith("…")
    assert len(source) == 200 and alias.source == source
    assert len(alias.url) == 2048 and alias.url.endswith("…")


def test_every_page_url_and_canonical_is_recorded_once(db: Database) -> None:
    repo = ArticleRepository(db)
    first = save(
        repo,
        "http://a.cn/1.html",
        extra_urls=("http://a.cn/1.html?from=list", "http://a.cn/1.html"),
        canonical_url="http://a.cn/1.html?from=list",
    )
    # The same story again, through a new redirect and a new canonical link.
    again = save(
        repo,
        "http://a.cn/1.html?from=list",
        extra_urls=("http://m.a.cn/1.html",),
        canonical_url="http://www.a.cn/1.html",
    )
    assert again.status == "known" and again.article_id == first.article_id
    copy = save(repo, "http://b.cn/9.html", canonical_url="http://a.cn/1.html")
    assert copy.status == "duplicate" and copy.article_id == first.article_id
    with db.session() as s:
        aliases = {url: reason for url, reason in s.execute(select(Alias.url, Alias.reason))}
    assert aliases == {
        "http://a.cn/1.html?from=list": "same-page",
        "http://m.a.cn/1.html": "same-url",
        "http://www.a.cn/1.html": "canonical",
        "http://b.cn/9.html": "same-text",
    }


def test_two_writers_racing_on_one_story_store_it_once(db: Database) -> None:
    """Two crawl nodes saving the same story at once: one row, the other page an alias.

    Each round starts both saves together; whoever loses the unique-constraint
    race (or waits for the other's lock) runs its transaction again and finds
    the winner's row.
    """
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from newswatch.config.organizations import EventType
    from newswatch.pipeline.organizations.model import FoundOrganization, Mention
    from newswatch.pipeline.store.schema import Organization

    from tests.support.scale_corpus import Corpus

    writers = [open_database(db.url) for _ in range(2)]
    stories = Corpus(seed=11)
    start = Barrier(2)
    mention = Mention("苏州市慈善总会", "苏州市慈善总会发布。", EventType.OTHER, False, 0)

    def write(writer: Database, url: str, body: str, round_: int):
        found = (FoundOrganization(f"第{round_}慈善总会", ("慈善总会",), (mention,)),)
        start.wait()
        return ArticleRepository(writer).save(
            url, "src", article(body=body), RELEVANT, fingerprint(body), NOW, organizations=found
        )

    try:
        with ThreadPoolExecutor(2) as pool:
            for round_ in range(5):
                body = stories.text()
                same_url = f"http://a.cn/{round_}.html"
                results = list(
                    pool.map(write, writers, [same_url, f"http://b.cn/{round_}.html"], [body] * 2,
                             [round_] * 2)
                )  # fmt: skip
                statuses = sorted(r.status for r in results)
                assert statuses == ["duplicate", "stored"], results
                assert len({r.article_id for r in results}) == 1
    finally:
        for writer in writers:
            writer.dispose()
    assert count(db, Article) == 5 and count(db, Alias) == 5
    assert count(db, Organization) == 5


def _fts_automerge(db: Database) -> int:
    with db.engine.connect() as connection:
        settings = dict(connection.exec_driver_sql("SELECT k, v FROM articles_fts_config").all())
    return int(settings["automerge"])


def test_sqlite_write_settings_hold_for_new_and_rebuilt_indexes(tmp_path: Path) -> None:
    """What keeps a save's page writes flat as articles accumulate (README: Years of
    articles): a larger checkpoint interval, no zeroing of freed pages, FTS5 merging
    eight segments at a time, also after `search_index` rebuilds the index."""
    db = open_database(f"sqlite:///{tmp_path / 'flat.db'}")
    with db.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA wal_autocheckpoint").scalar() == WAL_AUTOCHECKPOINT_PAGES
        assert pragma("PRAGMA secure_delete").scalar() == 2  # FAST
    assert _fts_automerge(db) == 8
    with db.engine.begin() as connection:
        drop_search_index(connection)
        create_search_index(connection)
    assert _fts_automerge(db) == 8
    save(ArticleRepository(db), "http://a.cn/1.html")
    queue = ReviewQueue(db)
    found = queue.articles(QueueFilter(status="all", include_irrelevant=True, search=BODY[2:6]))
    assert [a.url for a in found] == ["http://a.cn/1.html"]
    db.dispose()
