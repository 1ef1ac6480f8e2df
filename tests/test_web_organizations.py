"""The review page's organizations: names marked in the article, the 组织 page, the filter."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from newswatch.config import load_config
from newswatch.config.organizations import DEFAULT_ORGANIZATIONS
from newswatch.pipeline.organizations import OrganizationFinder
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.organizations import replace_mentions
from newswatch.pipeline.store.queue import ReviewQueue
from newswatch.scheduler.web import WebSettings, create_app

from tests.support.web import filler, store, write_config

STORIES = {
    "award": (
        "苏州市慈善总会获评江苏慈善奖",
        "苏州市慈善总会荣获江苏慈善奖<script>alert(1)</script>。市慈善总会将继续开展项目。",
    ),
    "penalty": (
        "苏州市民政局撤销一社团登记",
        "苏州市民政局依法撤销苏州市华夏收藏研究会的登记。",
    ),
    "other": ("苏州地铁客流创新高", "轨道交通线网客流创新高。"),
}


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    finder = OrganizationFinder.from_file(DEFAULT_ORGANIZATIONS)
    stored = {}
    for n, (key, (title, text)) in enumerate(STORIES.items()):
        stored[key] = store(
            db,
            title,
            text + filler(n),
            url=f"https://x.cn/{key}.html",
            terms={"慈善总会": 2},
            published=datetime(2024, 12, n + 1, tzinfo=UTC),
        )
        with db.session() as session:
            replace_mentions(session, stored[key], finder.find(title, text))
    return stored


@pytest.fixture
def client(db: Database, tmp_path: Path) -> FlaskClient:
    app = create_app(db, load_config(write_config(tmp_path)), WebSettings(default_reviewer="t"))
    app.testing = True
    return app.test_client()


def test_article_page_marks_organizations_escaped(client: FlaskClient, ids: dict[str, int]) -> None:
    page = client.get(f"/articles/{ids['award']}").get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    # the full name and the short form are both marked as the organization, not as a term
    assert '<mark class="org">苏州市慈善总会</mark>荣获' in page
    assert '<mark class="org">市慈善总会</mark>将继续' in page
    assert "<mark>慈善总会</mark>" not in page
    assert 'href="/organizations/show?name=%E8%8B%8F' in page and "表彰/获奖" in page


def test_organizations_page_ranks_and_shows_agreement(
    client: FlaskClient, db: Database, ids: dict[str, int]
) -> None:
    ReviewQueue(db).decide([ids["award"]], "approved", "li")
    ReviewQueue(db).decide([ids["other"]], "rejected", "li")
    page = client.get("/organizations").get_data(as_text=True)
    assert page.index("苏州市华夏收藏研究会") < page.index(
        "苏州市慈善总会"
    )  # 1 article each: by name
    assert "处罚/撤销/取缔" in page and "又称 市慈善总会" in page
    assert "近 30 天审核 2 篇：通过 1 篇，退回 1 篇" in page
    assert "过滤器与审核人一致 <strong>50%</strong>" in page
    assert client.get("/organizations?since=bogus").status_code == 400


def test_timeline_page_and_unknown_names(client: FlaskClient, ids: dict[str, int]) -> None:
    page = client.get("/organizations/show", query_string={"name": "市慈善总会"}).get_data(
        as_text=True
    )
    assert "<h1>苏州市慈善总会</h1>" in page and "苏州市慈善总会获评江苏慈善奖" in page
    assert "&lt;script&gt;" in page and "<script>alert" not in page
    missing = client.get("/organizations/show", query_string={"name": "慈善"})
    assert missing.status_code == 404 and "苏州市慈善总会" in missing.get_data(as_text=True)
    assert client.get("/organizations/show").status_code == 400


def test_queue_filters_by_organization(client: FlaskClient, ids: dict[str, int]) -> None:
    page = client.get("/", query_string={"org": "苏州市华夏收藏研究会"}).get_data(as_text=True)
    assert "苏州市民政局撤销一社团登记" in page
    assert "苏州市慈善总会获评江苏慈善奖" not in page and "苏州地铁客流创新高" not in page
    assert '<option value="苏州市慈善总会">' in page
    # every queued article shows its organizations, each a link to this filter
    page = client.get("/").get_data(as_text=True)
    assert 'href="/?org=%E8%8B%8F%E5%B7%9E%E5%B8%82%E6%85%88' in page
    assert '<mark class="org">苏州市华夏收藏研究会</mark>' in page
