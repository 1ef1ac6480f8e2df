"""Two-character search terms: on SQLite the FTS5 vocabulary and two tail indexes
find exactly what scanning every text finds, without scanning (module docstring of
pipeline/store/search.py); on PostgreSQL a grams index serves them (test_search_grams.py)."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.store.articles import Judgement, article_values
from newswatch.pipeline.store.database import (
    Database,
    create_db_engine,
    head_revision,
    open_database,
    upgrade,
)
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue
from newswatch.pipeline.store.schema import Article
from newswatch.pipeline.store.search import (
    TAIL_EXPRESSION,
    apply_search_index,
    matching_ids,
    short_term_ids,
)
from sqlalchemy import Engine, insert, inspect, text

from tests.support.legacy import store_at_0002
from tests.support.web import open_new_database, store
from tests.texts import STORY

# Few letters, so that every pair occurs in many places: inside texts, at the
# very start and the very end of titles and texts, in Latin letters of both cases.
_LETTERS = "社会组织慈善aB"
_WHEN = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
_RELEVANT = Judgement(score=9.0, relevant=True, matched_terms={}, topics={})


@pytest.fixture
def db(any_db_url: str) -> Database:
    database = open_new_database(any_db_url)
    yield database
    database.dispose()


def _searched(db: Database, term: str, cap: int = 1000) -> tuple[list[int], bool]:
    queue = ReviewQueue(db, count_cap=cap)
    flt = QueueFilter(status="all", include_irrelevant=True, search=term)
    total = queue.total(flt)
    return sorted(a.id for a in queue.articles(flt, limit=None)), total.more


def _holds(column: str, term: str) -> bool:
    # What LIKE and the FTS5 index agree on: Latin letters in either case.
    return term.lower() in column.lower()


def write_rows(db: Database, texts: dict[int, tuple[str, str]]) -> None:
    """Articles `id: (title, text)`, written as rows: texts this short and alike
    would be stored as duplicates."""
    # Written as rows: texts this short and alike would be stored as duplicates.
    rows = [
        {"id": number}
        | article_values(
            f"http://a.cn/{number}.html",
            "a",
            ExtractedArticle(url=None, title=title, text=body),
            _RELEVANT,
            fingerprint(f"{number} {body}"),
            _WHEN,
        )
        for number, (title, body) in texts.items()
    ]
    with db.session() as session:
        session.execute(insert(Article), rows)


# Without other articles each pair is frequent (the list is walked); among 400
# others it is rare (the index is read): both plans must find the same.
@pytest.mark.parametrize("others", [0, 400])
def test_two_character_terms_find_what_a_scan_finds(db: Database, others: int) -> None:
    rnd = random.Random(8)
    texts = {
        number: (
            "".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(2, 6))),
            "".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(2, 9))),
        )
        for number in range(1, 41)
    }
    write_rows(
        db, texts | {number: ("其他", f"无关的第{number}篇") for number in range(41, 41 + others)}
    )
    sqlite = db.engine.dialect.name == "sqlite"
    for first in _LETTERS:
        for second in _LETTERS:
            term = first + second
            expected = sorted(
                i for i, (t, b) in texts.items() if _holds(t, term) or _holds(b, term)
            )
            assert _searched(db, term) == (expected, False), term
            if sqlite:  # the index lookup itself, whichever plan the search chose
                with db.engine.connect() as connection:
                    assert short_term_ids(connection, term, cap=1000) == expected, term


def test_a_term_only_at_the_end_of_a_title_or_text_is_found(db: Database) -> None:
    # The last two characters start no trigram: the tail indexes find them.
    in_title = store(
        db, "苏州市召开年度总结会吴江", "全市一百家单位参加了会议。", url="http://a.cn/1.html"
    )
    in_text = store(
        db, "年度总结会", "会议在苏州市民政局召开，主持人来自吴江", url="http://a.cn/2.html"
    )
    inside = store(db, "通知", "吴江区的会议今天召开。", url="http://a.cn/3.html")
    assert _searched(db, "吴江") == ([in_title, in_text, inside], False)
    assert _searched(db, "民政") == ([in_text], False)
    if db.engine.dialect.name == "sqlite":  # the index lookup, not the walk a few rows get
        with db.engine.connect() as connection:
            assert short_term_ids(connection, "吴江", cap=10) == [in_title, in_text, inside]


def test_more_matches_than_the_cap_are_said_to_be_more(db: Database) -> None:
    sqlite = db.engine.dialect.name == "sqlite"
    # Five articles, each with another character after the term: no trigram is in
    # more than one, the union of their rows is over the cap.
    for number, after in enumerate("一二三四五"):
        store(db, "标题", f"今天慈善{after}活动", url=f"http://a.cn/{number}.html")
    ids, more = _searched(db, "慈善", cap=3)
    assert more and len(ids) == 5
    with db.engine.connect() as connection:
        assert matching_ids(connection, "慈善", fts=sqlite, cap=3) is None
        if sqlite:
            assert short_term_ids(connection, "慈善", cap=3) is None
            assert short_term_ids(connection, "慈善", cap=5) is not None
    # One trigram alone in more rows than the cap: no row is read.
    for number in range(5, 10):
        store(db, "标题", f"今天慈善周开幕，第{number}场", url=f"http://a.cn/{number}.html")
    if sqlite:
        with db.engine.connect() as connection:
            assert short_term_ids(connection, "慈善周"[:2], cap=4) is None


def test_tail_lookups_read_their_indexes(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'nw.db'}")
    with db.engine.connect() as connection:
        for column in ("title", "text"):
            query = f"SELECT id FROM articles WHERE {TAIL_EXPRESSION.format(column=column)} = 'ab'"
            plan = " ".join(
                str(row[-1]) for row in connection.execute(text(f"EXPLAIN QUERY PLAN {query}"))
            )
            assert f"ix_articles_{column}_tail" in plan, plan
    with db.engine.begin() as connection:  # the config turns them off with the FTS5 table
        assert apply_search_index(connection, False) == "dropped"
    names = _index_names(db.engine)
    assert not {"ix_articles_title_tail", "ix_articles_text_tail"} & names
    db.dispose()


def _index_names(db_engine: Engine) -> set[str]:
    # SQLAlchemy's inspector leaves out SQLite's indexes on expressions.
    if db_engine.dialect.name != "sqlite":
        return {ix["name"] for ix in inspect(db_engine).get_indexes("articles")}
    with db_engine.connect() as connection:
        query = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'"
        return set(connection.execute(text(query)).scalars())


def test_upgrade_from_0002_adds_the_indexes_and_short_terms_find_old_articles(
    any_db_url: str,
) -> None:
    store_at_0002(any_db_url)
    engine = create_db_engine(any_db_url)
    assert upgrade(engine, any_db_url) == ("0002", head_revision())
    names = _index_names(engine)
    if engine.dialect.name == "sqlite":
        assert {"ix_articles_title_tail", "ix_articles_text_tail"} <= names
    else:
        assert "ix_articles_all_order" in names
    engine.dispose()
    db = open_database(any_db_url, create=False)
    assert _searched(db, STORY[20:22])[0] == [1]
    assert _searched(db, STORY.rstrip("。")[-2:])[0] == [1]
    db.dispose()
