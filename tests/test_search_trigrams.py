"""Terms of three or more characters on SQLite: the FTS5 table, which keeps no
positions (detail=none), is asked for every trigram of a term and what it finds
is checked again, so a search finds exactly what a LIKE scan of every title and
text finds (module docstring of pipeline/store/search.py)."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.database import Database, open_database
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue, Total
from newswatch.pipeline.store.search import FTS_TABLE, fts_query, matching_ids
from sqlalchemy import text

# Chinese characters; Latin letters of both cases; LIKE's wildcards and escape
# character; full-width and Greek letters, whose case FTS5 folds and LIKE keeps.
_ALPHABET = "社会组织慈善aAbB%_\\ＡａΣσ"
_WHEN = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
_VERDICT = Judgement(score=1.0, relevant=True, matched_terms={}, topics={})
_ARTICLES = 80


def _random_text(rnd: random.Random, low: int, high: int) -> str:
    return "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(low, high)))


def _swap_some_cases(rnd: random.Random, term: str) -> str:
    return "".join(c.swapcase() if rnd.random() < 0.5 else c for c in term)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, list[tuple[str, str]]]:
    """A database of random titles and texts over a small alphabet, so that every
    trigram is in many of them and most terms' trigrams meet in rows that do not
    hold the term itself."""
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('fts') / 'nw.db'}")
    rnd = random.Random(20261203)
    repo = ArticleRepository(db)
    rows = []
    for number in range(1, _ARTICLES + 1):
        title, body = _random_text(rnd, 3, 12), _random_text(rnd, 30, 60)
        article = ExtractedArticle(url=None, title=title, text=body)
        saved = repo.save(
            f"http://a.cn/{number}.html", "a", article, _VERDICT, fingerprint(body), _WHEN
        )
        assert (saved.status, saved.article_id) == ("stored", number)
        rows.append((title, body))
    yield db, rows
    db.dispose()


def _terms(rows: list[tuple[str, str]]) -> list[str]:
    """Terms of 3, 4 and 8 characters: pieces of the stored titles and texts in
    mixed case, and strings of the alphabet that may be in none."""
    rnd = random.Random(7)
    terms = []
    for length in (3, 4, 8):
        for _ in range(25):
            source = rnd.choice([part for row in rows for part in row if len(part) >= length])
            start = rnd.randrange(len(source) - length + 1)
            terms.append(_swap_some_cases(rnd, source[start : start + length]))
        terms += [_random_text(rnd, length, length) for _ in range(6)]
    return [*terms, "ＡＡａ", "ΣσΣ", "a%_", "\\\\\\", "%%%", "___", "社会组织"]


def _scanned(db: Database, term: str) -> list[int]:
    """What reading every title and text with LIKE finds."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    query = (
        "SELECT id FROM articles WHERE title LIKE :p ESCAPE '\\' OR text LIKE :p ESCAPE '\\' "
        "ORDER BY id"
    )
    with db.engine.connect() as connection:
        return list(connection.execute(text(query), {"p": pattern}).scalars())


def test_trigram_searches_find_what_a_like_scan_finds(
    stored: tuple[Database, list[tuple[str, str]]],
) -> None:
    db, rows = stored
    differs = 0
    for term in _terms(rows):
        expected = _scanned(db, term)
        with db.engine.connect() as connection:
            found = matching_ids(connection, term, fts=True, cap=1000)
        assert found is not None and sorted(found) == expected, term
        with db.engine.connect() as connection:
            # The trigrams alone: what the check removes from (or nothing to remove).
            query = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q")
            candidates = set(connection.execute(query, {"q": fts_query(term)}).scalars())
        assert set(expected) <= candidates, term
        differs += candidates != set(expected)
        # The list and its count, through the index (rare) and walking the list
        # while counting through the index (a cap below the matches).
        everything = QueueFilter(status="all", include_irrelevant=True, search=term)
        for cap in (1000, 3):
            queue = ReviewQueue(db, count_cap=cap)
            listed = sorted(article.id for article in queue.articles(everything, limit=None))
            assert listed == expected, (term, cap)
            shown = Total(cap, more=True) if len(expected) > cap else Total(len(expected))
            assert queue.total(everything) == shown, (term, cap)
    # The trigrams meet in rows without the term often enough to test the check.
    assert differs >= 20


def test_a_trigram_search_reads_the_index_not_every_text(
    stored: tuple[Database, list[tuple[str, str]]],
) -> None:
    db, _rows = stored
    with db.engine.connect() as connection:
        statements: list[str] = []
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.set_trace_callback(statements.append)
        matching_ids(connection, "社会组织", fts=True, cap=1000)
        raw.set_trace_callback(None)
        (query,) = [s for s in statements if "MATCH" in s]
        plan = " | ".join(
            row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}")
        )
    # Rows come off the FTS5 table, each article is read by its id to be checked.
    assert plan.startswith(f"SCAN {FTS_TABLE} VIRTUAL TABLE"), plan
    assert "SEARCH articles USING INTEGER PRIMARY KEY" in plan, plan


def test_the_index_keeps_no_positions(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'nw.db'}")
    with db.engine.connect() as connection:
        sql = connection.scalar(
            text("SELECT sql FROM sqlite_master WHERE name = :name"), {"name": FTS_TABLE}
        )
    assert "detail=none" in sql
    db.dispose()
