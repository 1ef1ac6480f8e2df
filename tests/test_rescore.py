"""Rescoring stored articles after a lexicon change: the queue moves, reviewed items stay."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswatch.config import load_topics
from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.relevance import RelevanceJudge
from newswatch.pipeline.rescore import rescore
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue
from newswatch.scheduler.cli import main

from tests.support.web import open_new_database

LEXICON = """
topics:
  social_organizations:
    threshold: {threshold}
    title_boost: 2.0
    phrases:
      基金会: 3.0
      社工站: 3.0
"""

ARTICLES = {
    # title, text: scores 3 (one text hit) / 12 (title + text hits) / 0 under LEXICON
    "weak": (
        "姑苏区举办邻里节",
        "活动由区慈善基金会支持，居民踊跃参加，现场气氛热烈，共有三百余人参加。",
    ),
    "strong": (
        "吴江社工站服务千户家庭",
        "吴江各镇社工站今年累计服务困难家庭一千余户，社工站还开设了课堂。",
    ),
    "other": (
        "苏州地铁客流创新高",
        "苏州轨道交通线网单日客流首次突破两百万人次，各线路运行平稳有序。",
    ),
}


def lexicon(tmp_path: Path, threshold: float) -> RelevanceJudge:
    path = tmp_path / f"topics-{threshold}.yaml"
    path.write_text(LEXICON.format(threshold=threshold), encoding="utf-8")
    return RelevanceJudge.from_config(load_topics(path))


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_new_database(f"sqlite:///{tmp_path / 'nw.db'}")
    judge = lexicon(tmp_path, 4.0)
    repo = ArticleRepository(database)
    for key, (title, text) in ARTICLES.items():
        verdict = judge.judge(title, text)
        repo.save(
            f"http://a.cn/{key}.html",
            "src",
            ExtractedArticle(url=None, title=title, text=text),
            Judgement(verdict.score, verdict.relevant, dict(verdict.matched_terms), {}),
            fingerprint(text),
            datetime.now(UTC),
        )
    yield database
    database.dispose()


def queue_titles(db: Database) -> set[str]:
    return {a.title for a in ReviewQueue(db).articles(QueueFilter(status="new"))}


def test_lower_threshold_moves_items_in_and_reviewed_items_keep_status(
    db: Database, tmp_path: Path
) -> None:
    assert queue_titles(db) == {"吴江社工站服务千户家庭"}
    strong = ReviewQueue(db).articles(QueueFilter())[0]
    ReviewQueue(db).decide([strong.id], "rejected", "wang", "旧闻")

    report = rescore(db, lexicon(tmp_path, 2.0))
    assert [t for _, t in report.entered_queue] == ["姑苏区举办邻里节"]
    assert report.left_queue == []
    assert queue_titles(db) == {"姑苏区举办邻里节"}
    assert ReviewQueue(db).get(strong.id).status == "rejected"

    report = rescore(db, lexicon(tmp_path, 20.0))
    assert [t for _, t in report.left_queue] == ["姑苏区举办邻里节"]
    assert [t for _, t in report.reviewed_verdict_changed] == ["吴江社工站服务千户家庭"]
    assert queue_titles(db) == set()
    assert ReviewQueue(db).get(strong.id).status == "rejected"


def test_dry_run_changes_nothing(db: Database, tmp_path: Path) -> None:
    report = rescore(db, lexicon(tmp_path, 2.0), dry_run=True)
    assert len(report.entered_queue) == 1
    assert queue_titles(db) == {"吴江社工站服务千户家庭"}


def test_score_command_json_and_bad_lexicon(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "body.txt"
    text.write_text(ARTICLES["strong"][1], encoding="utf-8")
    assert (
        main(["score", "--title", ARTICLES["strong"][0], "--text-file", str(text), "--json"]) == 0
    )
    import json

    verdict = json.loads(capsys.readouterr().out)
    assert verdict["relevant"] is True
    assert verdict["matched_terms"]["社工站"] == 3
    assert set(verdict) >= {"score", "relevant", "matched_terms"}

    bad = tmp_path / "sources.yaml"
    (tmp_path / "broken.yaml").write_text(
        "topics:\n  so:\n    treshold: 3\n    phrases: {基金会: 3}\n", encoding="utf-8"
    )
    bad.write_text(
        "topics: broken.yaml\nsources:\n  - name: s\n    start_urls: http://a.cn/\n"
        "    article_url_pattern: x\n",
        encoding="utf-8",
    )
    assert main(["score", "--title", "x", "--config", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "broken.yaml" in err and "topic 'so'" in err and "did you mean 'threshold'?" in err
