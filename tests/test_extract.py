"""extract_article over the whole corpus: clean body text and right metadata on every page."""

from __future__ import annotations

import copy

import pytest
from lxml.html import tostring
from newswatch.config.models import ExtractionRules
from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.extract import extract_article, extract_from_tree
from newswatch.pipeline.extract.builtin_rules import load_builtin_rules
from newswatch.pipeline.extract.document import parse_html
from newswatch.pipeline.extract.encoding import decode_html

from tests.corpus import GoldPage, load_corpus

CORPUS = load_corpus()
PAGES = {page.name: page for page in CORPUS}

# Text that only boilerplate carries on these pages.  A marker may appear in
# the extracted text exactly as often as in the gold paragraphs (a notice can
# legitimately say "主办单位：…").
BOILERPLATE_MARKERS = (
    "版权",
    "免责声明",
    "转载",
    ".jpg",
    ".png",
    "相关网站",
    "相关新闻",
    "相关阅读",
    "热点推荐",
    "热门推荐",
    "推荐阅读",
    "往期回顾",
    "标签",
    "责编",
    "责任编辑",
    "编辑：",
    "校对",
    "审核",
    "ICP",
    "公网安备",
    "主办",
    "网站标识码",
    "Copyright",
    "©",
    "打印本页",
    "关闭窗口",
    "分享到",
    "扫一扫",
    "浏览次数",
    "字号",
    "字体",
    "正文",
    ">",
    "发布日期",
    "发布时间",
    "来源：",
    "上一篇",
    "下一篇",
    "END",
    "写留言",
    "关注该公众号",
    "记者 刘峻",
    "（邹玉芬）",
    "(邹玉芬)",
)


def _extract(page: GoldPage, rules: ExtractionRules | None) -> ExtractedArticle:
    return extract_article(page.html, page.url, rules=rules)


def test_corpus_is_big_and_varied() -> None:
    layouts = {page.layout or page.name.split("_")[0] for page in CORPUS}
    assert len(CORPUS) >= 20
    assert {"xhby_v1", "xhby_v2", "gov", "wechat"} <= layouts
    assert len(layouts) >= 5


@pytest.mark.parametrize("page", CORPUS, ids=lambda page: page.name)
def test_body_is_exactly_the_gold_paragraphs(page: GoldPage) -> None:
    article = _extract(page, page.rules)
    lines = article.text.split("\n")
    missing = [p for p in page.paragraphs if p not in lines]
    extra = [line for line in lines if line not in page.paragraphs]
    assert missing == [], "gold paragraphs missing from the text"
    assert extra == [], "text lines that are not article paragraphs"
    assert lines == list(page.paragraphs)


@pytest.mark.parametrize("page", CORPUS, ids=lambda page: page.name)
def test_no_boilerplate_marker_survives(page: GoldPage) -> None:
    text = _extract(page, page.rules).text
    gold = "\n".join(page.paragraphs)
    leftovers = {m: text.count(m) for m in BOILERPLATE_MARKERS if text.count(m) != gold.count(m)}
    assert leftovers == {}


@pytest.mark.parametrize("page", CORPUS, ids=lambda page: page.name)
def test_metadata_matches_gold(page: GoldPage) -> None:
    article = _extract(page, page.rules)
    got = (
        article.title,
        article.published_at,
        article.source,
        article.author,
        article.editor,
        article.tags,
    )
    want = (page.title, page.published_at, page.source, page.author, page.editor, page.tags)
    assert got == want
    assert article.published_at is not None
    assert article.published_at.utcoffset() is not None
    assert article.published_at.isoformat().endswith("+08:00")


@pytest.mark.parametrize("page", CORPUS, ids=lambda page: page.name)
def test_builtin_rules_alone_give_body_title_and_time(page: GoldPage) -> None:
    """No per-source config at all: the built-in Chinese-news rules must suffice for the text."""
    article = _extract(page, None)
    assert article.text.split("\n") == list(page.paragraphs)
    assert (article.title, article.published_at) == (page.title, page.published_at)


@pytest.mark.parametrize(
    "page", [p for p in CORPUS if p.layout is None], ids=lambda page: page.name
)
def test_government_pages_need_no_config(page: GoldPage) -> None:
    assert page.rules is None
    article = _extract(page, None)
    assert (article.source, article.author, article.editor, article.tags) == (
        page.source,
        page.author,
        page.editor,
        page.tags,
    )


def test_seed_page() -> None:
    article = _extract(PAGES["xhby_v1_seed"], PAGES["xhby_v1_seed"].rules)
    assert article.title == "“八项发布”赋能社会组织,苏州成功举办第二届“红社发布”活动"
    assert article.published_at.isoformat() == "2022-06-28T18:05:00+08:00"
    assert (article.source, article.author, article.editor) == ("新华报业网", "邹玉芬", "王建旸")
    assert article.text.startswith("6月28日下午,苏州市社会组织党委隆重举办")
    assert article.text.endswith("充分发挥社会组织登记管理机关抓党建的职能优势。")
    assert article.canonical_url == "https://www.xhby.net/sz/yw/202206/t20220628_7596302.shtml"
    # the configured container and the DOM scorer agree on a spotless body under
    # the headline: taken without asking trafilatura (choice.py)
    assert article.strategy == "selector"
    assert article.warnings == ()


def test_gbk_pages_decode_as_gb18030_even_when_labelled_utf8() -> None:
    for name in ("xhby_v1_gbk", "xhby_v1_gbk_mislabeled", "gov_gusu_gbk_lying"):
        page = PAGES[name]
        with pytest.raises(UnicodeDecodeError):
            page.html.decode("utf-8")
        article = _extract(page, page.rules)
        assert article.encoding == "gb18030"
        assert article.title == page.title


def test_url_date_overrules_a_page_date_more_than_a_day_off() -> None:
    page = PAGES["xhby_v1_datemismatch"]
    article = _extract(page, page.rules)
    assert article.published_at.isoformat() == "2022-09-15T00:00:00+08:00"
    assert len(article.warnings) == 1
    assert "2019-09-15 10:30" in article.warnings[0]
    assert "URL" in article.warnings[0]


def test_objectid_url_gives_the_time_when_the_page_shows_none() -> None:
    page = PAGES["xhby_v2_urlonly"]
    article = _extract(page, page.rules)
    assert article.published_at.isoformat() == "2025-05-20T16:47:00+08:00"


def test_wechat_body_in_sections_is_recovered_by_another_candidate() -> None:
    # trafilatura's precision mode drops the <section>s; the container holds them all.
    page = PAGES["wechat_community"]
    article = _extract(page, page.rules)
    assert article.strategy != "trafilatura"
    assert article.text.split("\n") == list(page.paragraphs)


_SHORT_PARAGRAPHS = (
    "苏州市民政局今天召开全市社会组织工作会议，部署今年社会组织登记管理、培育扶持和执法监管等重点工作。",
    "会议要求各地进一步规范社会组织内部治理，推动社区社会组织参与基层治理，提升服务群众能力。",
    "会上，三个县级市民政局作交流发言，分享了社会组织培育孵化和信用监管等方面的经验做法。",
)
_SHORT_PAGE = (
    "<html><head><title>全市社会组织工作会议召开_某某网</title></head><body>"
    '<div class="nav"><a href="/">首页</a></div><div class="{cls}">{body}</div>'
    '<div class="footer">Copyright © 某某网</div></body></html>'
)


def test_recall_mode_when_precision_drops_a_keyword_linked_body() -> None:
    # Portals link every keyword; precision mode takes such paragraphs for link lists.
    body = "".join(
        f'<p><a href="/tag/{i}.html">{p}</a></p>' for i, p in enumerate(_SHORT_PARAGRAPHS)
    )
    article = extract_article(_SHORT_PAGE.format(cls="article", body=body))
    assert article.strategy == "trafilatura-recall"
    assert article.text.split("\n") == list(_SHORT_PARAGRAPHS)


def test_body_selector_when_trafilatura_finds_nothing() -> None:
    # trafilatura drops anything whose class names a comment section.
    body = "".join(f"<p>{p}</p>" for p in _SHORT_PARAGRAPHS)
    html = _SHORT_PAGE.format(cls="comment-content", body=body)
    article = extract_article(html, rules=ExtractionRules(body=[".comment-content"]))
    assert article.strategy == "selector"
    assert article.text.split("\n") == list(_SHORT_PARAGRAPHS)


def test_tree_is_parsed_once_and_left_unchanged() -> None:
    page = PAGES["gov_gusu_gbk_lying"]
    root = parse_html(decode_html(page.html)[0])
    before = tostring(root)
    original = copy.deepcopy(root)
    article = extract_from_tree(root, page.url, ExtractionRules(), load_builtin_rules())
    assert tostring(root) == before == tostring(original)
    assert article.text.split("\n") == list(page.paragraphs)


def test_source_rules_add_to_the_builtin_ones() -> None:
    page = PAGES["xhby_v1_community"]
    rules = page.rules.merged(ExtractionRules(drop_lines=["^今年，姑苏区计划"]))
    article = extract_article(page.html, page.url, rules=rules)
    assert article.text.split("\n") == list(page.paragraphs[:-1])


def test_invalid_selectors_in_rules_are_reported_not_fatal() -> None:
    page = PAGES["xhby_v1_seed"]
    with pytest.raises(ValueError, match="invalid CSS selector"):
        ExtractionRules(title=["h1[[["])
    # Config loading refuses them; rules built in code without validation still
    # cannot make the extractor fail.
    rules = ExtractionRules.model_construct(
        **{
            **ExtractionRules().model_dump(),
            "title": ["h1[[["],
            "prune_xpath": ["//div[@"],
            "body": [".TRS_Editor"],
        }
    )
    article = extract_article(page.html, page.url, rules=rules)
    assert article.text.split("\n") == list(page.paragraphs)
    assert any("h1[[[" in warning for warning in article.warnings)
    assert any("//div[@" in warning for warning in article.warnings)


def test_prune_selectors_remove_elements_before_extraction() -> None:
    page = PAGES["xhby_v1_traffic"]
    last = page.paragraphs[-1]
    html = page.html.replace(f"<p>{last}</p>".encode(), f'<p class="promo">{last}</p>'.encode())
    article = extract_article(html, page.url, rules=ExtractionRules(prune=["p.promo"]))
    assert article.text.split("\n") == list(page.paragraphs[:-1])


def test_canonical_url_is_resolved_against_the_page_url() -> None:
    html = """<html><head><title>标题</title><link rel="canonical" href="/sz/yw/a.shtml"></head>
    <body><article><h1>标题</h1><p>苏州市民政局今天召开全市社会组织工作会议，部署今年社会组织登记管理、
    培育扶持和执法监管等重点工作，要求各地进一步规范社会组织内部治理。</p></article></body></html>"""
    article = extract_article(html, "https://www.xhby.net/sz/index.shtml")
    assert article.canonical_url == "https://www.xhby.net/sz/yw/a.shtml"


def test_result_serializes_to_json() -> None:
    page = PAGES["xhby_v2_socialwork"]
    data = _extract(page, page.rules).to_json()
    assert data["published_at"] == "2024-01-11T18:30:00+08:00"
    assert data["tags"] == ["社工站", "社会工作"]
    assert data["strategy"] == "selector"
