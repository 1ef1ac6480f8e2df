"""Reviewing a big store: `review list` loads only what it uses, a frequent
search term stops counting at a thousand matches."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from newswatch.pipeline.store.database import (
    Database,
    bundled_head,
    head_revision,
    open_database,
)
from newswatch.pipeline.store.queue import SEARCH_COUNT_CAP, QueueFilter, ReviewQueue, Total
from newswatch.pipeline.store.schema import Article
from newswatch.scheduler.cli import main
from sqlalchemy import insert, select, text

from tests.support.web import filler, store, write_config

# Run in a fresh interpreter: this test process has imported everything already.
_LOADED_BY_REVIEW_LIST = """
import sys
from newswatch.scheduler.cli import main
code = main(["review", "list", "--db", sys.argv[1]])
heavy = ("scrapy", "twisted", "trafilatura", "alembic", "lxml", "apscheduler", "flask", "jinja2")
print(code, *sorted({m.split(".")[0] for m in sys.modules} & set(heavy)))
"""


def test_the_head_read_off_the_migration_files_is_alembics() -> None:
    # open_database compares a database with it before (and instead of) loading Alembic.
    assert bundled_head() == head_revision()


@pytest.mark.slow
def test_review_list_loads_no_crawler_extractor_migrations_or_web_page(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    open_database(url).dispose()
    done = subprocess.run(
        [sys.executable, "-c", _LOADED_BY_REVIEW_LIST, url],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert done.stdout.split("\n")[-2] == "0"


def copies(db: Database, article_id: int, count: int) -> None:
    """`count` copies of a stored article (its text's end) under new URLs, written in one go."""
    unique = ("id", "url", "text_digest")
    columns = [c for c in Article.__table__.columns if c.name not in unique]
    with db.session() as session:
        row = session.execute(select(*columns).where(Article.id == article_id)).one()
        values = dict(zip([c.name for c in columns], row, strict=True))
        # A short text: the full-text index is written for each copy.
        text = values["text"][-40:]
        rows = [
            values | {"url": f"https://x.cn/copy/{n}.html", "text_digest": f"copy{n}", "text": text}
            for n in range(count)
        ]
        session.execute(insert(Article), rows)


def test_review_list_says_more_than_a_thousand_for_a_frequent_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    db = open_database(url)
    frequent = store(db, "社会组织新闻", filler(1) + "社工站", url="https://x.cn/a.html")
    store(db, "慈善总会新闻", filler(2) + "慈善总会", url="https://x.cn/b.html")
    copies(db, frequent, SEARCH_COUNT_CAP)  # one match more than the cap
    db.dispose()
    config = str(write_config(tmp_path))

    def listed(*options: str) -> str:
        assert main(["review", "list", "--config", config, "--db", url, *options]) == 0
        return capsys.readouterr().out.splitlines()[-1]

    assert listed("--search", "社工站") == "50 of more than 1,000 article(s) with status new"
    assert listed("--search", "慈善总会") == "1 of 1 article(s) with status new"


def test_the_count_cap_applies_after_the_filters(any_db_url: str) -> None:
    db = open_database(any_db_url)
    frequent = store(db, "社会组织新闻", filler(1) + "社工站", url="https://x.cn/a.html")
    store(db, "社工站也在这里", filler(2), url="https://x.cn/b.html", source="xhby-suzhou-trs")
    copies(db, frequent, 3)
    queue = ReviewQueue(db, count_cap=3)

    # SQLite: through the FTS5 table, and a scan under 3 characters; PostgreSQL: pg_trgm.
    for term in ("社工站", "工站"):
        everywhere = QueueFilter(search=term)
        one_source = QueueFilter(search=term, source="xhby-suzhou-trs")
        assert queue.total(everywhere) == Total(3, more=True)
        assert queue.total(one_source) == Total(1)  # the term is frequent, the filter is not
        assert [a.title for a in queue.articles(one_source)] == ["社工站也在这里"]
        assert len(queue.articles(everywhere)) == 5
        assert ReviewQueue(db).total(everywhere) == Total(5)  # under the default cap: exact
    assert queue.total(QueueFilter()) == Total(5)  # no search: counted whole
    db.dispose()


def test_the_list_of_every_article_is_read_off_an_index(any_db_url: str) -> None:
    # "All articles", newest first and undated last: on PostgreSQL only migration
    # 0008's index has that order (its published_at index read backwards puts NULLs
    # first). Scans are switched off so that the plan shows whether the index CAN
    # serve the order; on a table this small the planner would rather sort.
    db = open_database(any_db_url)
    store(db, "有日期", filler(1), url="https://x.cn/a.html")
    store(db, "无日期", filler(2), url="https://x.cn/b.html", undated=True)
    every = QueueFilter(status="all", include_irrelevant=True)
    statement = ReviewQueue(db)._ordered(every).limit(50)
    compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
    postgres = db.engine.dialect.name == "postgresql"
    with db.engine.begin() as connection:
        if postgres:
            connection.execute(text("SET LOCAL enable_seqscan = off"))
            connection.execute(text("SET LOCAL enable_sort = off"))
        explain = "EXPLAIN" if postgres else "EXPLAIN QUERY PLAN"
        found = connection.execute(text(f"{explain} {compiled}"))
        plan = " ".join(str(row[0] if postgres else row[-1]) for row in found)
    if postgres:
        assert "ix_articles_all_order" in plan and "Sort" not in plan, plan
    else:
        assert "TEMP B-TREE" not in plan and "ix_articles_published_at" in plan, plan
    assert [a.title for a in ReviewQueue(db).articles(every)] == ["有日期", "无日期"]
    db.dispose()
