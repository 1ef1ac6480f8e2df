"""Screenshots of the review queue at 1366 px and 390 px wide, for the README.

Stores a few sample articles in a temporary SQLite database, serves the
review page on it (`newswatch serve`, loopback, any free port) and drives
Debian's headless Chromium (/usr/bin/chromium) with Playwright:

    .venv/bin/python scripts/screenshots.py            # writes docs/review-queue-*.png
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # the browser and server helpers of the browser tests

from newswatch.pipeline.article import ExtractedArticle  # noqa: E402 (after the sys.path fix)
from newswatch.pipeline.fingerprint import fingerprint  # noqa: E402
from newswatch.pipeline.store.articles import ArticleRepository, Judgement  # noqa: E402
from newswatch.pipeline.store.database import open_database  # noqa: E402

from tests.support.browser import launch_chromium, serve_review_page  # noqa: E402

WIDTHS = (1366, 390)
CONFIG = """\
timezone: Asia/Shanghai
sources:
  - name: xhby-suzhou
    start_urls: [https://www.xhby.net/sz/]
    article_url_pattern: '/content/s[0-9a-f]{24}\\.html$'
"""
# (title, a sentence with the hit, matched terms, relevant)
SAMPLES = [
    (
        "苏州市社会组织党委举办第二届“红社发布”活动",
        "6月28日下午，苏州市社会组织党委举办第二届“红社发布”活动，"
        "30家社会组织展示了党建引领下的公益项目。",
        {"社会组织党委": 1, "社会组织": 3},
        True,
    ),
    (
        "吴江区社工站服务困难家庭三百余户",
        "今年以来，吴江区各镇（街道）社工站联合社区社会组织开展入户走访，为困难家庭链接资源。",
        {"社工站": 2, "社区社会组织": 1},
        True,
    ),
    (
        "姑苏区慈善总会发起“暖冬行动”募捐",
        "姑苏区慈善总会近日发起“暖冬行动”，动员爱心企业和志愿服务组织为独居老人送去冬衣。",
        {"慈善总会": 2, "志愿服务组织": 1},
        True,
    ),
    (
        "工业园区行业协会年检结果公布",
        "园区社会事业局公布2023年度行业协会商会年检结果，12家社会组织年检合格。",
        {"行业协会": 1, "年检": 1},
        True,
    ),
    (
        "相城区举办邻里节",
        "相城区元和街道举办第五届邻里节，居民志愿者协会组织了义诊和手工体验。",
        {"志愿者协会": 1},
        False,
    ),
]


def seed(db_url: str) -> None:
    """The sample articles, published an hour apart."""
    db = open_database(db_url)
    repo = ArticleRepository(db)
    now = datetime.now(UTC)
    for number, (title, sentence, terms, relevant) in enumerate(SAMPLES):
        text = sentence + "\n" + sentence.replace("。", "，记者在现场看到。") * 3
        article = ExtractedArticle(
            url=f"https://www.xhby.net/content/s{number:024x}.html",
            title=title,
            text=text,
            source="新华报业网",
            published_at=now - timedelta(hours=number),
        )
        judgement = Judgement(
            score=sum(terms.values()) * 2.0, relevant=relevant, matched_terms=terms, topics={}
        )
        repo.save(article.url, "xhby-suzhou", article, judgement, fingerprint(text), now)
    db.dispose()


def main() -> int:
    """Write the screenshots; print where they went."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder (default docs/)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        config = folder / "sources.yaml"
        config.write_text(CONFIG, encoding="utf-8")
        db_url = f"sqlite:///{folder / 'nw.db'}"
        seed(db_url)
        options = ("--config", str(config), "--db", db_url)
        with serve_review_page(folder, *options) as (base, _), sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for width in WIDTHS:
                viewport = {"width": width, "height": 900}
                context = browser.new_context(viewport=viewport, locale="zh-CN")
                page = context.new_page()
                page.goto(base + "/")
                page.get_by_placeholder(re.compile("你的名字")).fill("王芳")
                page.keyboard.press("Enter")
                page.wait_for_selector("tr[data-row]")
                page.keyboard.press("j")
                path = args.out / f"review-queue-{width}.png"
                page.screenshot(path=str(path), full_page=True)
                print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
                context.close()
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
