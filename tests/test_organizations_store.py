"""Organizations in the database: the migration, rescore, `orgs`, exports."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from newswatch.config.organizations import DEFAULT_ORGANIZATIONS
from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.fingerprint import fingerprint
from newswatch.pipeline.organizations import OrganizationFinder
from newswatch.pipeline.store.articles import ArticleRepository, Judgement
from newswatch.pipeline.store.database import Database, alembic_config, open_database
from newswatch.pipeline.store.schema import Organization, OrganizationMention
from newswatch.scheduler.cli import main

STORIES = [
    (
        "苏州市慈善总会启动“慈善一日捐”",
        "9月5日，苏州市慈善总会在苏州公益园启动“慈善一日捐”活动。市慈善总会将把善款用于帮扶。",
        datetime(2024, 9, 5, 2, tzinfo=UTC),
    ),
    (
        "苏州市慈善总会获评江苏慈善奖",
        "12月1日，苏州市慈善总会荣获江苏慈善奖。苏州市围棋协会举办公开赛。",
        datetime(2024, 12, 1, 2, tzinfo=UTC),
    ),
    (
        "苏州市民政局撤销苏州市华夏收藏研究会登记",
        "苏州市民政局依法撤销苏州市华夏收藏研究会的登记。该研究会应停止活动。",
        datetime(2024, 6, 1, 2, tzinfo=UTC),
    ),
]


def config_file(tmp_path: Path, db_url: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(
        f"database: '{db_url}'\nsources:\n  - name: a\n    start_urls: [http://a.cn/]\n"
        "    article_url_pattern: /c/\n",
        encoding="utf-8",
    )
    return path


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def store(db: Database, finder: OrganizationFinder | None) -> None:
    repo = ArticleRepository(db)
    for n, (title, text, published) in enumerate(STORIES):
        repo.save(
            f"http://a.cn/c/{n}.html",
            "a",
            ExtractedArticle(url=None, title=title, text=text, published_at=published),
            Judgement(5.0, True, {"慈善总会": 1}, {}),
            fingerprint(text),
            published,
            organizations=finder.find(title, text) if finder else (),
        )


@pytest.fixture
def finder() -> OrganizationFinder:
    return OrganizationFinder.from_file(DEFAULT_ORGANIZATIONS)


def test_stored_articles_keep_their_organizations_and_orgs_ranks_them(
    tmp_path: Path, finder: OrganizationFinder, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    db = open_database(url)
    store(db, finder)
    config = str(config_file(tmp_path, url))
    code, out, _ = cli(capsys, "orgs", "--config", config, "--json")
    assert code == 0
    ranking = json.loads(out)
    assert [(r["name"], r["articles"]) for r in ranking] == [
        ("苏州市慈善总会", 2),
        ("苏州市华夏收藏研究会", 1),
        ("苏州市围棋协会", 1),
    ]
    assert ranking[0]["latest_event"] == "award"
    assert ranking[0]["aliases"] == ["市慈善总会"]
    assert ranking[1]["latest_event"] == "penalty"

    code, out, _ = cli(capsys, "orgs", "--config", config, "--since", "2024-11-01", "--json")
    assert [r["name"] for r in json.loads(out)] == ["苏州市围棋协会", "苏州市慈善总会"]

    code, out, _ = cli(capsys, "orgs", "show", "市慈善总会", "--config", config, "--json")
    timeline = json.loads(out)
    assert timeline["name"] == "苏州市慈善总会"
    assert [(a["title"][:9], a["event"]) for a in timeline["articles"]] == [
        ("苏州市慈善总会获评", "award"),
        ("苏州市慈善总会启动", "activity"),
    ]
    code, out, _ = cli(capsys, "orgs", "show", "苏州市慈善总会", "--config", config)
    assert "[表彰/获奖]" in out and "[活动/项目]" in out

    code, out, _ = cli(capsys, "review", "show", "2", "--config", config)
    assert "organizations: 苏州市慈善总会、苏州市围棋协会" in out

    code, out, err = cli(capsys, "orgs", "show", "慈善", "--config", config)
    assert code == 1
    assert err.count("\n") == 1 and "did you mean 苏州市慈善总会" in err
    code, _, err = cli(capsys, "orgs", "--since", "yesterday", "--config", config)
    assert code == 2 and err.count("\n") == 1


def test_exports_carry_the_organizations(
    tmp_path: Path, finder: OrganizationFinder, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'nw.db'}"
    store(open_database(url), finder)
    config = str(config_file(tmp_path, url))
    _, out, _ = cli(capsys, "export", "--config", config, "--format", "json")
    by_title = {r["title"]: r["organizations"] for r in json.loads(out)}
    assert by_title["苏州市慈善总会获评江苏慈善奖"] == ["苏州市慈善总会", "苏州市围棋协会"]
    _, out, _ = cli(capsys, "export", "--config", config, "--format", "jsonl")
    assert all("organizations" in json.loads(line) for line in out.splitlines())
    _, out, _ = cli(capsys, "export", "--config", config, "--format", "csv")
    header, *rows = out.lstrip("\ufeff").splitlines()
    assert "organizations" in header.split(",")
    assert any("苏州市慈善总会 苏州市围棋协会" in row for row in rows)
    _, out, _ = cli(capsys, "export", "--config", config, "--format", "atom", "--status", "new")
    assert 'term="苏州市华夏收藏研究会"' in out and "newswatch:organization" in out


@pytest.mark.slow
def test_migration_upgrades_a_database_with_data_and_rescore_fills_mentions(
    any_db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A database as the previous release left it: schema 0002, articles stored.
    command.upgrade(alembic_config(any_db_url), "0002")
    engine = sa.create_engine(any_db_url)
    articles = sa.Table("articles", sa.MetaData(), autoload_with=engine)
    now = datetime.now(UTC)
    with engine.begin() as connection:
        for n, (title, text, published) in enumerate(STORIES):
            connection.execute(
                articles.insert().values(
                    url=f"http://a.cn/c/{n}.html",
                    source="a",
                    title=title,
                    text=text,
                    published_at=published,
                    tags=[],
                    strategy="trafilatura",
                    text_digest=f"d{n}",
                    sketch=[],
                    score=5.0,
                    relevant=True,
                    matched_terms={},
                    topics={},
                    status="new",
                    fetched_at=now,
                    created_at=now,
                )
            )
    engine.dispose()
    config = str(config_file(tmp_path, any_db_url))

    code, _, err = cli(capsys, "orgs", "--config", config)
    assert code == 3 and "newswatch db upgrade" in err
    assert cli(capsys, "db", "upgrade", "--config", config)[0] == 0
    code, out, _ = cli(capsys, "orgs", "--config", config, "--json")
    assert json.loads(out) == []

    code, out, _ = cli(capsys, "rescore", "--config", config, "--dry-run")
    assert "organizations: 9 mention(s) in 3 article(s)" in out
    db = open_database(any_db_url)
    with db.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(OrganizationMention)) == 0
    code, out, _ = cli(capsys, "rescore", "--config", config)
    assert code == 0 and "organizations: 9 mention(s) in 3 article(s)" in out
    with db.session() as session:
        assert sorted(session.scalars(sa.select(Organization.name))) == [
            "苏州市华夏收藏研究会",
            "苏州市围棋协会",
            "苏州市慈善总会",
        ]
    # Rescoring again replaces the mentions, it does not add to them.
    cli(capsys, "rescore", "--config", config)
    with db.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(OrganizationMention)) == 9
    code, out, _ = cli(capsys, "orgs", "--config", config, "--json")
    assert json.loads(out)[0]["name"] == "苏州市慈善总会"
    db.dispose()
