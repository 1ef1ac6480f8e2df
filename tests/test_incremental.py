"""Incremental crawling, counted at the server: 304s, only new articles, retries, resumption."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select, update

from config import load_config
from pipeline.store.database import Database, open_database
from pipeline.store.memory import CrawlMemory
from pipeline.store.schema import Article, Run, UrlState
from scheduler.cli import main
from scheduler.sitecopy import SiteServer
from tests.conftest import SITE_DIR
from tests.site.make_site import build_site

SHANGHAI_OFFSET = timedelta(hours=8)


def cycle(config: Path) -> None:
    assert main(["run", "--quiet", "--config", str(config)]) == 0


def db_of(config: Path) -> Database:
    return open_database(load_config(config).database)


def first_list_pages(expected: dict[str, Any]) -> set[str]:
    return {pages[0] for pages in expected["list_pages"].values()}


def new_article(day: int, title: str, paragraphs: list[str]) -> dict[str, Any]:
    published = datetime(2026, 11, day, 9, 30, tzinfo=UTC) - SHANGHAI_OFFSET
    object_id = f"{int(published.timestamp()):08x}e4b0{day:012x}"
    return {
        "path": f"/content/s{object_id}.html",
        "layout": "xhby-2023",
        "title": title,
        "published_at": (published + SHANGHAI_OFFSET).strftime("%Y-%m-%dT%H:%M:%S+08:00"),
        "source": "新华报业网",
        "author": "周敏",
        "byline": True,
        "editor": "孙蕾",
        "tags": ["社会组织"],
        "kind": "relevant",
        "boilerplate": "outside",
        "paragraphs": paragraphs,
    }


NEW_ARTICLES = [
    new_article(
        20,
        "苏州发布社会组织年度报告 全市登记社会组织突破1.2万家",
        [
            "11月20日，苏州市民政局发布年度社会组织发展报告。截至今年10月底，全市依法登记的社会组织达12316家，"
            "其中社会团体3420家、社会服务机构8711家、基金会185家。",
            "报告显示，社区社会组织活跃度明显提升，全年共承接社区服务项目2400余个，服务居民超过80万人次。",
            "市民政局有关负责人表示，下一步将加强社会组织登记管理和等级评估，推动社会组织规范化发展。",
        ],
    ),
    new_article(
        21,
        "姑苏区社工站开展冬季关爱行动 困难老人有了“暖心包”",
        [
            "入冬以来，姑苏区各街道社工站联合辖区慈善组织，开展冬季关爱困难老人行动，为1800余位独居、高龄老人"
            "送去棉衣、电暖器等“暖心包”。",
            "行动中，社工和志愿者还上门检查老人家中的用电用气安全，帮助更换老化线路120余处。",
            "据悉，关爱行动将持续到明年一月底，区慈善基金会为此提供专项资金50万元。",
        ],
    ),
]


def add_articles(site: SiteServer, tmp_path: Path, articles: list[dict[str, Any]]) -> set[str]:
    """Publish articles on the copy the way the site would: new pages, changed lists."""
    data_dir = tmp_path / "site-data"
    shutil.copytree(SITE_DIR, data_dir, ignore=shutil.ignore_patterns("www", "__pycache__"))
    for article in articles:
        name = article["path"].rsplit("/", 1)[1].replace(".html", ".yaml")
        (data_dir / "articles" / name).write_text(
            yaml.safe_dump(article, allow_unicode=True), encoding="utf-8"
        )
    for relative, content in build_site(data_dir).files.items():
        target = site.root / relative
        if not target.exists() or target.read_bytes() != content:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    return {a["path"] for a in articles}


def test_unchanged_site_costs_one_304_per_source(
    site: SiteServer, site_config: Path, site_expected: dict[str, Any]
) -> None:
    cycle(site_config)
    site.clear()
    cycle(site_config)
    requested = [r for r in site.log.records() if r.path != "/robots.txt"]
    assert {r.path for r in requested} == first_list_pages(site_expected)
    assert {r.status for r in requested} == {304}
    assert len(requested) == len(site_expected["list_pages"])


def test_two_new_articles_cost_exactly_them_and_the_list_pages(
    site: SiteServer, site_config: Path, site_expected: dict[str, Any], tmp_path: Path
) -> None:
    cycle(site_config)
    cycle(site_config)
    added = add_articles(site, tmp_path, NEW_ARTICLES)
    site.clear()
    cycle(site_config)
    requested = [r.path for r in site.log.records() if r.path != "/robots.txt"]
    articles = [p for p in requested if p.startswith("/content/")]
    assert sorted(articles) == sorted(added)
    lists = [p for p in requested if p not in added]
    all_list_pages = {p for pages in site_expected["list_pages"].values() for p in pages}
    assert set(lists) <= all_list_pages
    assert first_list_pages(site_expected) <= set(lists)
    db = db_of(site_config)
    with db.session() as s:
        titles = set(s.scalars(select(Article.title).where(Article.status == "new")))
    assert {a["title"] for a in NEW_ARTICLES} <= titles


def test_failed_article_is_retried_directly_when_due(
    site: SiteServer, site_config: Path, site_expected: dict[str, Any]
) -> None:
    cycle(site_config)
    broken = site_expected["errors"]["server_error"][0]
    # The site fixes the page; time passes beyond the retry delay.
    routes = site.root / "_routes.yaml"
    data = yaml.safe_load(routes.read_text(encoding="utf-8"))
    del data[broken]
    routes.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    fixed = site.root / broken.lstrip("/")
    fixed.parent.mkdir(parents=True, exist_ok=True)
    donor = next(
        p
        for p, a in site_expected["articles"].items()
        if a["layout"] == "xhby-trs" and a["kind"] == "unrelated"
    )
    fixed.write_bytes(
        (site.root / donor.lstrip("/"))
        .read_bytes()
        .replace("轨道交通".encode(), "地铁建设".encode())
    )
    db = db_of(site_config)
    with db.session() as s:
        s.execute(
            update(UrlState)
            .where(UrlState.kind == "article")
            .values(next_attempt_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    site.clear()
    cycle(site_config)
    assert site.count(broken) == 1
    assert site.count(site_expected["list_pages"]["xhby-trs"][0]) == 1  # a 304
    with db.session() as s:
        assert s.scalar(select(UrlState).where(UrlState.url.endswith(broken))) is None
    # stored (here as an alias: the page reuses another story's text), so known ground
    assert CrawlMemory(db).known([site.url(broken)]) == {site.url(broken)}


def test_after_an_interrupted_crawl_the_walk_goes_past_known_ground(
    site: SiteServer, site_config: Path, site_expected: dict[str, Any]
) -> None:
    cycle(site_config)
    db = db_of(site_config)
    # A crawl that died: what a killed child leaves (its run failed, no validators kept).
    with db.session() as s:
        s.execute(update(Run).values(outcome="failed", message="killed"))
        s.execute(
            update(UrlState).where(UrlState.kind == "list").values(etag=None, last_modified=None)
        )
    site.clear()
    cycle(site_config)
    for pages in site_expected["list_pages"].values():
        assert all(site.count(p) == 1 for p in pages), pages
    assert not set(site.paths()) & set(site_expected["articles"])
