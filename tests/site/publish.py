"""Publishing new articles on a running copy of the site, as the real site would."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from tests.mockserver import MockServer
from tests.site.make_site import SITE_DIR, build_site

SHANGHAI_OFFSET = timedelta(hours=8)


def new_article(day: int, title: str, paragraphs: list[str]) -> dict[str, Any]:
    """Data of a V2 article published on 2026-11-DAY, its ObjectId path matching the time."""
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


def add_articles(site: MockServer, tmp_path: Path, articles: list[dict[str, Any]]) -> set[str]:
    """Publish articles on the copy the way the site would: new pages, changed lists."""
    data_dir = tmp_path / "site-data"
    shutil.copytree(SITE_DIR, data_dir, ignore=shutil.ignore_patterns("__pycache__"))
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
