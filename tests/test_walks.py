"""How far a crawl goes: a source's `since`, `newswatch backfill`, feeds and sitemaps."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from newswatch.config import load_config
from newswatch.pipeline.store.database import open_database
from newswatch.pipeline.store.schema import Article
from newswatch.pipeline.urls import url_published
from newswatch.scheduler.cli import main
from sqlalchemy import select

from tests.mockserver import MockServer

# Every test runs real crawls (child processes).
pytestmark = pytest.mark.slow

CUTOFF = "2023-01-01"


def with_sources(config_path: Path, change: Any) -> Path:
    data = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    for source in data["sources"]:
        change(source)
    config_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return config_path


def stored_paths(config: Path) -> set[str]:
    db = open_database(load_config(config).database)
    with db.session() as s:
        return {"/" + a.split("/", 3)[3] for a in s.scalars(select(Article.url))}


def old(path: str, expected: dict[str, Any]) -> bool:
    return expected["articles"][path]["published_at"] < CUTOFF


def test_since_bounds_the_first_cycle_and_backfill_goes_deeper(
    site: MockServer,
    site_config: Path,
    site_expected: dict[str, Any],
    capfd: pytest.CaptureFixture[str],
) -> None:
    config = with_sources(site_config, lambda s: s.update(since=CUTOFF))
    assert main(["run", "--quiet", "--config", str(config)]) == 0
    requested = set(site.paths())
    articles = set(site_expected["articles"])
    assert {p for p in requested & articles if old(p, site_expected)} == set()
    recent = {p for p in articles if not old(p, site_expected)}
    assert recent - requested <= {
        p for p, a in site_expected["articles"].items() if a["duplicate_of"]
    }
    # the TRS list's pages beyond the boundary were not walked
    trs_pages = site_expected["list_pages"]["xhby-trs"]
    assert site.count(trs_pages[-1]) == 0

    site.clear()
    capfd.readouterr()
    assert (
        main(["backfill", "xhby-suzhou-trs", "--since", "2018-01-01", "--config", str(config)]) == 0
    )
    progress = capfd.readouterr().err
    assert "[scrapy" not in progress
    assert "article links" in progress and "to fetch" in progress
    fetched = set(site.paths()) & articles
    assert fetched and all(old(p, site_expected) for p in fetched)
    assert all(site.count(p) == 1 for p in trs_pages)
    trs_articles = {p for p, a in site_expected["articles"].items() if a["layout"] == "xhby-trs"}
    assert trs_articles <= stored_paths(config) | {
        a["duplicate_of"] or p for p, a in site_expected["articles"].items()
    }


def test_url_dates_seen_by_the_crawler() -> None:
    assert url_published(
        "http://x.cn/sz/yw/202206/t20220628_7596302.shtml"
    ) == datetime.fromisoformat("2022-06-28T00:00:00+08:00")
    assert url_published("http://x.cn/content/s69cf8f3fe4b09a6c3e096de6.html").year == 2026
    assert url_published("http://x.cn/news/today.html") is None


def feed_and_sitemap(site: MockServer, expected: dict[str, Any]) -> tuple[str, str, list[str]]:
    v2 = sorted(p for p, a in expected["articles"].items() if a["layout"] == "xhby-2023")[:4]
    items = "".join(
        f"<item><title>{expected['articles'][p]['title']}</title>"
        f"<link>{site.base_url}{p}?utm_source=rss</link></item>"
        for p in v2[:2]
    )
    (site.root / "rss.xml").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>苏州</title>'
        f"{items}<item><link>https://elsewhere.example/content/s{'0' * 24}.html</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    urls = "".join(f"<url><loc>{site.base_url}{p}</loc></url>" for p in v2[2:])
    (site.root / "sitemap-news.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
        encoding="utf-8",
    )
    (site.root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{site.base_url}/sitemap-news.xml</loc></sitemap></sitemapindex>",
        encoding="utf-8",
    )
    return "/rss.xml", "/sitemap.xml", v2


def test_feed_and_sitemap_sources_share_the_known_ground(
    site: MockServer, site_config: Path, site_expected: dict[str, Any]
) -> None:
    feed, sitemap, pages = feed_and_sitemap(site, site_expected)

    def feeds_only(source: dict[str, Any]) -> None:
        source.pop("start_urls")
        source["feed_urls" if source["name"] == "xhby-suzhou" else "sitemap_urls"] = [
            site.base_url + (feed if source["name"] == "xhby-suzhou" else sitemap)
        ]
        source["article_url_pattern"] = r"/content/s[0-9a-f]{24}\.html$"

    config = with_sources(site_config, feeds_only)
    assert main(["run", "--quiet", "--config", str(config)]) == 0
    assert set(pages) <= stored_paths(config)
    assert all(site.count(p) == 1 for p in pages)
    assert "/sitemap-news.xml" in site.paths()
    site.clear()
    assert main(["run", "--quiet", "--config", str(config)]) == 0
    statuses = {r.path: r.status for r in site.log.records() if r.path != "/robots.txt"}
    assert statuses == {feed: 304, sitemap: 304}


def test_a_new_source_walks_past_articles_other_sources_already_stored(
    site: MockServer, site_config: Path, site_expected: dict[str, Any]
) -> None:
    """A mirror stored the top of the TRS list; the TRS source's first walk still goes deeper."""
    trs_pages = site_expected["list_pages"]["xhby-trs"]
    config = with_sources(site_config, lambda s: None)
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    trs = next(s for s in data["sources"] if s["name"] == "xhby-suzhou-trs")
    mirror = dict(trs, name="trs-top", max_list_pages=1)
    data["sources"] = [mirror, trs]
    config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    assert main(["run", "--quiet", "--config", str(config), "--source", "trs-top"]) == 0
    assert site.count(trs_pages[1]) == 0
    site.clear()
    assert main(["run", "--quiet", "--config", str(config), "--source", "xhby-suzhou-trs"]) == 0
    assert site.count(trs_pages[1]) == 1
    site.clear()
    # Once the source has walked, known ground stops it again: page 1 only (a 304).
    assert main(["run", "--quiet", "--config", str(config), "--source", "xhby-suzhou-trs"]) == 0
    assert site.count(trs_pages[1]) == 0
