"""The article's region: the part of a page trafilatura is given (region.py)."""

from __future__ import annotations

from lxml.html import HtmlElement
from newswatch.pipeline.extract.boilerplate import LineCleaner
from newswatch.pipeline.extract.builtin_rules import load_builtin_rules
from newswatch.pipeline.extract.density import dense_containers
from newswatch.pipeline.extract.document import element_lines, parse_html
from newswatch.pipeline.extract.encoding import decode_html
from newswatch.pipeline.extract.region import article_region, cropped

from tests.corpus.dev import load_dev_corpus
from tests.corpus.full import load_full_corpus

RULES = load_builtin_rules()
TITLE = "全市社会组织工作会议召开部署年度重点工作"
TEXT = (
    "苏州市民政局今天召开全市社会组织工作会议，部署今年社会组织登记管理、培育扶持和执法监管等重点工作。"
    "会议要求各地进一步规范社会组织内部治理，推动社区社会组织参与基层治理。"
)
SIDEBAR = "热门排行：苏州地铁新线开通运营，市民出行更加方便快捷，沿线商圈迎来客流高峰。"


def _page(main: str, *, wrapper: bool = True) -> HtmlElement:
    column = f'<div class="main">{main}</div>'
    if wrapper:
        column = f'<div class="content-wrap">{column}<div class="share">分享到</div></div>'
    return parse_html(
        f"<html><head><title>{TITLE}_某某网</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/sz/">苏州</a></div>'
        f'{column}<div class="rank"><p>{SIDEBAR}</p></div>'
        '<div class="footer">Copyright © 某某网 版权所有</div></body></html>'
    )


def _container(root: HtmlElement, title: str = TITLE) -> HtmlElement:
    found = dense_containers(root, RULES.density.negative, LineCleaner(RULES).is_junk, 1, title)
    assert found
    return found[0]


def test_the_region_is_the_setting_of_headline_and_text_without_the_rest_of_the_page() -> None:
    root = _page(f'<h1>{TITLE}</h1><div class="info">2024-05-06 来源：苏州日报</div><p>{TEXT}</p>')
    region = article_region(root, _container(root), TITLE)
    assert region is not None and region.get("class") == "content-wrap"
    lines = element_lines(cropped(region))
    assert TITLE in lines and TEXT in lines
    assert SIDEBAR not in lines and "首页 苏州" not in lines


def test_a_heading_split_by_markup_is_still_the_headline() -> None:
    root = _page(f"<h1><span>{TITLE[:4]}</span>{TITLE[4:]}</h1><p>{TEXT}</p>")
    assert article_region(root, _container(root), TITLE) is not None


def test_the_page_stays_whole_when_the_setting_is_the_body() -> None:
    root = _page(f"<h1>{TITLE}</h1><p>{TEXT}</p>", wrapper=False)
    assert article_region(root, _container(root), TITLE) is None


def test_the_page_stays_whole_when_no_element_shows_the_headline() -> None:
    root = _page(f"<p>{TEXT}</p>")
    assert article_region(root, _container(root), TITLE) is None
    # a title too short to look for safely
    assert article_region(root, _container(root), "通知") is None


def test_the_region_holds_the_headline_and_the_densest_block_on_every_corpus_page() -> None:
    cropped_pages = 0
    for page in [*load_dev_corpus(), *load_full_corpus()]:
        root = parse_html(decode_html(page.html)[0])
        found = dense_containers(
            root, RULES.density.negative, LineCleaner(RULES).is_junk, 1, page.title
        )
        if not found:
            continue
        region = article_region(root, found[0], page.title)
        if region is None:
            continue
        cropped_pages += 1
        assert any(element is region for element in found[0].iterancestors()), page.name
        text = "".join(region.text_content().split())
        assert "".join(page.title.split())[:6] in text, page.name
    # the property is tried on many pages (small dev pages hold the article in <body> itself)
    assert cropped_pages > 100
