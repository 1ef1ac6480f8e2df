"""published_precision travels from the extractor into the database and back to the reader."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newswatch.pipeline.article import TimePrecision
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.schema import Article
from newswatch.scheduler.display import local_time
from sqlalchemy import select

from tests.corpus.dev import load_dev_corpus

PAGES = {page.name: page for page in load_dev_corpus()}
RELEVANT = Judgement(score=9.0, relevant=True, matched_terms={"社会组织": 3}, topics={})


def test_a_date_only_page_is_stored_as_a_day_and_shown_without_a_time(tmp_path: Path) -> None:
    day_page, minute_page = PAGES["govli_pinggu"], PAGES["people_hangye"]
    db = open_database(f"sqlite:///{tmp_path / 'news.db'}")
    repo = ArticleRepository(db)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    for page in (day_page, minute_page):
        article = extract_article(page.html, page.url)
        repo.save(page.url, "src", article, RELEVANT, fingerprint(article.text), now)
    with db.session() as session:
        rows = {row.url: row for row in session.scalars(select(Article))}
    day, minute = rows[day_page.url], rows[minute_page.url]
    assert (day.published_precision, minute.published_precision) == ("day", "minute")
    assert local_time(day.published_at, "Asia/Shanghai", day.published_precision) == "2024-04-02"
    assert local_time(minute.published_at, "Asia/Shanghai", minute.published_precision) == (
        "2023-06-15 08:18"
    )
    db.dispose()


def test_precision_is_the_enum_and_none_without_a_time() -> None:
    article = extract_article(PAGES["cityafter_duanping"].html)
    assert article.published_precision is TimePrecision.DAY
    assert article.to_json()["published_precision"] == "day"
