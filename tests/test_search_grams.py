"""Terms of one and two characters on PostgreSQL: the grams index (every character
and pair of the lower-cased title and text, pipeline/store/search.py) finds
exactly what ILIKE over every row finds, and the planner reads it."""

from __future__ import annotations

import random
from typing import Any

import pytest
from alembic import command
from newswatch.pipeline.store.database import (
    Database,
    alembic_config,
    create_db_engine,
    head_revision,
    open_database,
    upgrade,
)
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue, Total, view_clause
from newswatch.pipeline.store.schema import Article
from newswatch.pipeline.store.search import (
    GRAMS_FUNCTION,
    GRAMS_INDEX,
    apply_search_index,
    gram_ids,
    gram_query,
    matches_first,
    matching_ids,
)
from newswatch.pipeline.store.states import QueueView
from sqlalchemy import Connection, Engine, Select, select, text

from tests.databases import PostgresServer
from tests.support.legacy import store_at_0002
from tests.test_search_short import write_rows
from tests.texts import STORY

pytestmark = pytest.mark.slow  # a PostgreSQL server

# Chinese, Latin letters of both cases, full-width letters and punctuation,
# LIKE's wildcards and escape, a space, a newline, and a letter (İ) whose
# lower-case form is another letter: every pair occurs in many places.
_LETTERS = "慈善社工aBＡｂ，。%_\\ \nİi"


@pytest.fixture
def db(postgres_server: PostgresServer) -> Database:
    database = open_database(postgres_server.create_database_with_schema())
    yield database
    database.dispose()


def _random_texts(seed: int, count: int) -> dict[int, tuple[str, str]]:
    rnd = random.Random(seed)
    return {
        number: (
            "".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(1, 6))),
            "".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(0, 9))),
        )
        for number in range(1, count + 1)
    }


def _ilike(connection: Connection, term: str) -> list[int]:
    """The plain scan: PostgreSQL's own ILIKE over every row, no index read."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    connection.execute(text("SET LOCAL enable_bitmapscan = off"))
    connection.execute(text("SET LOCAL enable_indexscan = off"))
    found = connection.scalars(
        text("SELECT id FROM articles WHERE title ILIKE :p OR text ILIKE :p ORDER BY id"),
        {"p": pattern},
    ).all()
    connection.rollback()
    return list(found)


def _searched(db: Database, term: str, cap: int = 1000) -> tuple[list[int], Total]:
    queue = ReviewQueue(db, count_cap=cap)
    flt = QueueFilter(status="all", include_irrelevant=True, search=term)
    total = queue.total(flt)
    return sorted(a.id for a in queue.articles(flt, limit=None)), total


def _found(db: Database, term: str) -> list[int]:
    return _searched(db, term)[0]


def _terms(rnd: random.Random) -> list[str]:
    pairs = [first + second for first in _LETTERS for second in _LETTERS]
    triples = ["".join(rnd.choice(_LETTERS) for _ in range(3)) for _ in range(40)]
    return list(_LETTERS) + pairs + triples


# Without other articles most terms are frequent (the search walks the list); among
# 400 others they are rare (the index is read): both must find what ILIKE finds.
@pytest.mark.parametrize("others", [0, 400])
def test_short_terms_find_what_ilike_finds(db: Database, others: int) -> None:
    texts = _random_texts(seed=9, count=60)
    write_rows(db, texts | {n: ("其他", f"无关的第{n}篇") for n in range(61, 61 + others)})
    with db.engine.connect() as connection:
        for term in _terms(random.Random(9)):
            expected = _ilike(connection, term)
            assert _searched(db, term) == (expected, Total(len(expected))), repr(term)
            # Past a cap of 3 the count reads the grams index (matches_first).
            more = Total(3, more=True) if len(expected) > 3 else Total(len(expected))
            assert _searched(db, term, cap=3) == (expected, more), repr(term)
            found = matching_ids(connection, term, fts=False, cap=1000)
            assert found is None or found == expected, repr(term)
            if len(term) <= 2:  # the index lookup itself, whichever plan the search chose
                ids = gram_ids(connection, term, cap=1000)
                assert ids == expected, repr(term)


def test_a_pair_across_title_and_text_is_not_found(db: Database) -> None:
    # "善社" is neither in the title nor in the text, only in their concatenation.
    write_rows(
        db, {1: ("慈善", "社工"), 2: ("一二", "三四")} | {n: ("其他", "无关") for n in range(3, 40)}
    )
    with db.engine.connect() as connection:
        assert gram_ids(connection, "善社", cap=10) == []
        assert gram_ids(connection, "善", cap=10) == [1]
        assert gram_ids(connection, "社工", cap=10) == [1]
    assert _found(db, "善社") == []


def test_more_matches_than_the_cap_are_said_to_be_more(db: Database) -> None:
    write_rows(db, {n: ("标题", f"今天慈善活动第{n}场") for n in range(1, 6)})
    with db.engine.connect() as connection:
        assert gram_ids(connection, "慈善", cap=4) is None
        assert gram_ids(connection, "慈善", cap=5) == [1, 2, 3, 4, 5]


def _plan(connection: Connection, query: Select[Any]) -> str:
    compiled = query.compile(connection)
    rows = connection.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
    return "\n".join(str(row[0]) for row in rows)


def test_the_planner_reads_the_grams_index(db: Database) -> None:
    write_rows(db, _random_texts(seed=3, count=2000))
    with db.engine.begin() as connection:
        connection.execute(text("ANALYZE articles"))
    with db.engine.connect() as connection:
        # Its statistics are off, so every gram is estimated rare (search.py): the
        # index is read even for a pair in most rows, on a table of 2,000 rows.
        for term in ("慈善", "aB", "，", "社", "İ"):
            assert GRAMS_INDEX in _plan(connection, gram_query(term, cap=1000)), term
            # The capped count of a term with more matches than the cap, as total() runs it.
            new_ones = select(Article.id).where(view_clause(QueueView.NEW))
            counted = matches_first(new_ones, term, fts=False, postgres=True, grams=True)
            assert GRAMS_INDEX in _plan(connection, counted.limit(1001)), term


def _indexes(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(
            connection.scalars(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'articles'")
            )
        )


def _function_exists(engine: Engine) -> bool:
    with engine.connect() as connection:
        found = connection.scalar(text("SELECT to_regproc(:name)"), {"name": GRAMS_FUNCTION})
        return found is not None


def test_migration_builds_it_on_an_existing_database_and_removes_it(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database()
    store_at_0002(url)
    engine = create_db_engine(url)
    assert upgrade(engine, url) == ("0002", head_revision())
    assert GRAMS_INDEX in _indexes(engine) and _function_exists(engine)
    db = open_database(url, create=False)
    assert _found(db, STORY[20:22]) == [1]  # stored before the index existed
    assert _found(db, STORY[20]) == [1]
    cfg = alembic_config(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0008")
    assert GRAMS_INDEX not in _indexes(engine) and not _function_exists(engine)
    assert "ix_articles_text_trgm" in _indexes(engine)  # 0003's, kept
    assert _found(db, STORY[20:22]) == [1]  # a scan now, same answer
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    assert GRAMS_INDEX in _indexes(engine)
    db.dispose()
    engine.dispose()


def test_the_search_index_key_builds_and_drops_it(db: Database) -> None:
    write_rows(db, {1: ("慈善", "社工")})
    with db.engine.begin() as connection:
        assert apply_search_index(connection, False) == "dropped"
    assert GRAMS_INDEX not in _indexes(db.engine) and not _function_exists(db.engine)
    assert _found(db, "慈善") == [1]
    # A database upgraded with the index off gets none from the migration either.
    cfg = alembic_config(db.url)
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0008")
        command.upgrade(cfg, "head")
    assert GRAMS_INDEX not in _indexes(db.engine)
    with db.engine.begin() as connection:
        assert apply_search_index(connection, True) == "built"
    assert GRAMS_INDEX in _indexes(db.engine) and _function_exists(db.engine)
    with db.engine.connect() as connection:
        assert gram_ids(connection, "慈善", cap=10) == [1]
