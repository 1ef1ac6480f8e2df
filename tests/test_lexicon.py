"""Learning from reviewers: `lexicon suggest` proposes what the decisions show, nothing else."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from newswatch.config import load_topics
from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.feedback import agreement
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.relevance import RelevanceJudge
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.queue import ReviewQueue
from newswatch.scheduler.cli import main

from tests.support.web import open_new_database

LEXICON = """\
# a small lexicon; comments survive a suggested patch
topics:
  social_organizations:
    threshold: 1.0
    title_boost: 2.0
    phrases:
      # names
      社会组织: 3.0
      社工站: 3.0
      基金会: 3.0
      协会: 2.0
      志愿者: 1.0
"""

# Reviewers reject every 志愿者 story of a sports event (all with 马拉松) and approve the
# social-work stories (all with 邻里互助; one of them has 志愿者 too). 基金会 appears in
# too few reviewed articles to
# say anything; 协会 is approved as often as rejected.
REJECTED = [
    ("马拉松鸣枪开跑", "城东赛道旁两千名志愿者为马拉松选手递水，天气晴好。"),
    ("半程马拉松报名火爆", "组委会招募志愿者八百人，马拉松路线经过古城墙。"),
    ("马拉松赛后清扫", "赛后志愿者清理补给站，马拉松终点秩序井然。"),
    ("夜跑马拉松举行", "夜色中志愿者举灯引路，马拉松参赛者完成比赛。"),
    ("亲子马拉松活动", "家长带孩子参加迷你马拉松，志愿者维持秩序。"),
    ("湖畔马拉松落幕", "湖畔风景吸引选手，志愿者发放奖牌，马拉松圆满结束。"),
    ("马拉松协会发布赛历", "跑步协会公布明年马拉松赛历，志愿者报名同步开启。"),
    ("山地马拉松开赛", "山路崎岖，马拉松选手在志愿者指引下翻越山岭。"),
]
APPROVED = [
    ("社工站开展邻里互助", "街道社工站组织居民结对，邻里互助小组每周探访独居老人。"),
    ("邻里互助社会组织成立", "新登记的社会组织以邻里互助为宗旨，服务百余户家庭。"),
    ("社会组织参与社区治理", "三家社会组织在老旧小区推动邻里互助，化解矛盾纠纷。"),
    ("社工站服务困境儿童", "社工站为困境儿童建立档案，并发动邻里互助志愿者陪伴。"),
    ("邻里互助协会年会召开", "邻里互助协会总结全年工作，会员增至三百人。"),
    ("社会组织孵化成果展", "孵化出的社会组织展示项目，其中邻里互助类占一半。"),
    ("社工站开设四点半课堂", "社工站联合学校开设课堂，邻里互助家长轮流值守。"),
    ("基金会资助邻里互助项目", "慈善基金会出资支持邻里互助项目，惠及老人。"),
]
UNREVIEWED = [("基金会年报公布", "某基金会公布年度报告，公益支出增长。")]


@pytest.fixture
def lexicon_file(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "topics.yaml"
    path.parent.mkdir()
    path.write_text(LEXICON, encoding="utf-8")
    return path


@pytest.fixture
def reviewed_db(tmp_path: Path, lexicon_file: Path) -> Database:
    db = open_new_database(f"sqlite:///{tmp_path / 'nw.db'}")
    judge = RelevanceJudge.from_config(load_topics(lexicon_file))
    repo = ArticleRepository(db)
    ids: dict[str, list[int]] = {"approved": [], "rejected": [], "none": []}
    for decision, stories in (("rejected", REJECTED), ("approved", APPROVED), ("none", UNREVIEWED)):
        for n, (title, text) in enumerate(stories):
            verdict = judge.judge(title, text)
            result = repo.save(
                f"http://a.cn/c/{decision}{n}.html",
                "a",
                ExtractedArticle(url=None, title=title, text=text),
                Judgement(verdict.score, verdict.relevant, dict(verdict.matched_terms), {}),
                fingerprint(text),
                datetime.now(UTC),
            )
            ids[decision].append(result.article_id)
    queue = ReviewQueue(db)
    queue.decide(ids["rejected"], "rejected", "wang", "体育新闻")
    queue.decide(ids["approved"], "approved", "li")
    return db


def sources_file(tmp_path: Path, db: Database) -> str:
    path = tmp_path / "config" / "sources.yaml"
    path.write_text(
        f"database: '{db.url}'\ntopics: topics.yaml\nsources:\n  - name: a\n"
        "    start_urls: [http://a.cn/]\n    article_url_pattern: /c/\n",
        encoding="utf-8",
    )
    return str(path)


def test_suggest_proposes_the_planted_changes_and_nothing_else(
    reviewed_db: Database,
    lexicon_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    config = sources_file(tmp_path, reviewed_db)
    assert main(["lexicon", "suggest", "--config", config]) == 0
    patch, evidence = capsys.readouterr()
    assert "16 reviewed article(s), 8 approved" in evidence
    assert "志愿者: 1 -> 0.5 (1 of 9 reviewed articles with it approved)" in evidence
    changed = [
        line for line in patch.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert changed == [
        "-      志愿者: 1.0",
        "+      志愿者: 0.5  # lexicon suggest: was 1; 1 of 9 reviewed articles with it approved",
        "+      邻里互助: 1  # lexicon suggest: 邻里互助: in 8 of 8 approved and 0 of 8 rejected "
        "articles",
        "+      # lexicon suggest: reviewers reject articles with 马拉松: in 0 of 8 approved and 8 "
        "of 8 rejected articles; consider an exclusion",
    ]
    # Nothing changed by itself: the lexicon is as it was until a person applies the patch.
    assert lexicon_file.read_text(encoding="utf-8") == LEXICON
    (tmp_path / "lexicon.patch").write_text(patch, encoding="utf-8")
    subprocess.run(["git", "apply", "lexicon.patch"], cwd=tmp_path, check=True)
    phrases = load_topics(lexicon_file).topics["social_organizations"].phrases
    assert phrases == {
        "社会组织": 3.0,
        "社工站": 3.0,
        "基金会": 3.0,
        "协会": 2.0,
        "志愿者": 0.5,
        "邻里互助": 1.0,
    }
    assert "# names" in lexicon_file.read_text(encoding="utf-8")


def test_without_enough_evidence_nothing_is_suggested(
    reviewed_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = sources_file(tmp_path, reviewed_db)
    assert main(["lexicon", "suggest", "--config", config, "--min-support", "10"]) == 0
    patch, evidence = capsys.readouterr()
    assert patch == ""
    assert "nothing to suggest" in evidence


def test_report_shows_each_terms_precision_and_the_agreement(
    reviewed_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = sources_file(tmp_path, reviewed_db)
    assert main(["lexicon", "report", "--config", config, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    terms = {t["term"]: (t["approved"], t["rejected"]) for t in report["terms"]}
    assert terms == {
        "志愿者": (1, 8),
        "社会组织": (3, 0),
        "社工站": (3, 0),
        "协会": (1, 1),
        "基金会": (1, 0),
    }
    # Every article was relevant to the filter: it agreed on the 8 approved only.
    assert report["reviewed"] == 16 and report["agreement"] == 0.5
    assert agreement(reviewed_db).agreed == 8
    assert main(["lexicon", "report", "--config", config]) == 0
    assert "agreed with reviewers on 50%" in capsys.readouterr().out
