"""The extractor's cheaper paths give what the full one gives (choice.py short-cut, parsing)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

import pytest
import trafilatura
from cssselect import GenericTranslator
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement, tostring
from newswatch.config.regex import compile_user_pattern
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.extract.body import pruned_copy
from newswatch.pipeline.extract.builtin_rules import join_patterns, load_builtin_rules
from newswatch.pipeline.extract.core import _source_drops, page_text
from newswatch.pipeline.extract.document import element_lines, page_lines, parse_html
from newswatch.pipeline.extract.selectors import compiled_prune, css_to_xpath
from newswatch.pipeline.extract.text import newline_lines, normalize_line

from tests.corpus import load_corpus
from tests.corpus.dev import load_dev_corpus
from tests.corpus.full import load_full_corpus

CORPUS_HTML = [
    *(page.html for page in load_dev_corpus()),
    *(page.html for page in load_full_corpus()),
    *(page.html for page in load_corpus()),
]

PARAGRAPHS = (
    "苏州市民政局今天召开全市社会组织工作会议，部署今年社会组织登记管理、培育扶持和执法监管等重点工作。",
    "会议要求各地进一步规范社会组织内部治理，推动社区社会组织参与基层治理，提升服务群众能力。",
    "会上，三个县级市民政局作交流发言，分享了社会组织培育孵化和信用监管等方面的经验做法。",
)
TITLE = "全市社会组织工作会议召开"


def _page(body: str, *, between: str = "") -> str:
    return (
        f"<html><head><title>{TITLE}_某某网</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/sz/">苏州</a></div>'
        f"<h1>{TITLE}</h1>{between}{body}"
        '<div class="footer">Copyright © 某某网 版权所有</div></body></html>'
    )


def _paragraphs(extra: str = "") -> str:
    return "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + extra


@pytest.fixture
def trafilatura_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """How often trafilatura extracted (the third-party call is counted, not replaced)."""
    calls: list[str] = []
    original: Callable[..., object] = trafilatura.bare_extraction

    def counted(*args: object, **kwargs: object) -> object:
        calls.append("run")
        return original(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", counted)
    return calls


def test_container_and_density_agreeing_on_a_spotless_body_skip_trafilatura(
    trafilatura_runs: list[str],
) -> None:
    article = extract_article(_page(f'<div class="content">{_paragraphs()}</div>'))
    assert article.text.split("\n") == list(PARAGRAPHS)
    assert article.strategy == "selector"
    assert trafilatura_runs == []


def test_info_lines_between_headline_and_body_do_not_stop_the_short_cut(
    trafilatura_runs: list[str],
) -> None:
    info = (
        '<div class="info"><div>2024-03-28 15:06</div><div>来源：苏州日报</div>'
        "<div>作者：沈家宁</div><div>浏览次数：12</div></div>"
    )
    article = extract_article(_page(f'<div class="content">{_paragraphs()}</div>', between=info))
    assert article.text.split("\n") == list(PARAGRAPHS)
    assert (article.source, article.author) == ("苏州日报", "沈家宁")
    assert article.strategy == "selector"
    assert trafilatura_runs == []


def test_a_body_the_rules_clean_inside_is_still_weighed_against_trafilatura(
    trafilatura_runs: list[str],
) -> None:
    inside = "".join(
        f"<p>{p}</p>" for p in (PARAGRAPHS[0], "（责任编辑：王建旸）", *PARAGRAPHS[1:])
    )
    article = extract_article(_page(f'<div class="content">{inside}</div>'))
    assert article.text.split("\n") == list(PARAGRAPHS)
    assert trafilatura_runs
    # equal scores: the tie goes to trafilatura, as without the short-cut
    assert article.strategy == "trafilatura"


def test_a_body_ending_in_lines_the_rules_drop_is_taken_as_it_is(
    trafilatura_runs: list[str],
) -> None:
    # a platform's closing prompt and credit inside the article's container
    closing = "<p>（责任编辑：王建旸）</p><p>点击【阅读原文】，马上报名吧！</p>"
    article = extract_article(_page(f'<div class="content">{_paragraphs(closing)}</div>'))
    assert article.text.split("\n") == list(PARAGRAPHS)
    assert article.strategy == "selector"
    assert trafilatura_runs == []


def test_a_body_far_below_the_headline_is_still_weighed_against_trafilatura(
    trafilatura_runs: list[str],
) -> None:
    menu = "".join(f"<div>栏目{i}</div>" for i in range(8))
    article = extract_article(_page(f'<div class="content">{_paragraphs()}</div>', between=menu))
    assert article.text.split("\n") == list(PARAGRAPHS)
    assert trafilatura_runs


def test_without_a_body_container_trafilatura_is_asked(trafilatura_runs: list[str]) -> None:
    article = extract_article(_page(f'<div class="wrap">{_paragraphs()}</div>'))
    assert article.text.split("\n") == list(PARAGRAPHS)
    assert trafilatura_runs


def test_every_parsed_element_is_an_html_element_form_tags_included() -> None:
    root = parse_html(
        "<html><body><form action='/s'><label>搜索</label><input name='q' value='x'>"
        "<select><option>全部</option></select><textarea>留言</textarea></form>"
        f"<div><p>{PARAGRAPHS[0]}</p></div></body></html>"
    )
    assert all(isinstance(element, HtmlElement) for element in root.iter())
    assert {element.tag for element in root.iter()} >= {"form", "label", "input", "select"}
    assert element_lines(root) == ["搜索", PARAGRAPHS[0]]
    assert root.find(".//form").text_content() == "搜索全部留言"


# ------------------------------------------------------------------ pruning
# The reference: every rule as XPath, evaluated in order on what the earlier left.
EXTRA_CSS = (
    "div.share",
    ".a.b",
    "#x",
    "li:last-child",
    "ul > li.ad",
    "p:first-child",
    "section",
    "div#x.y",
    "bad[",
)


def _pruned_by_xpath(root: HtmlElement, css: tuple[str, ...], xpath: tuple[str, ...]) -> str:
    tree = copy.deepcopy(root)
    expressions = [css_to_xpath(selector) for selector in css]
    for expression in [*(e for e in expressions if e), *xpath]:
        for element in tree.xpath(expression):
            if element.getparent() is not None:
                element.drop_tree()
    return tostring(tree, encoding="unicode")


def _pruned(root: HtmlElement, css: tuple[str, ...], xpath: tuple[str, ...]) -> str:
    return tostring(pruned_copy(root, compiled_prune(css, xpath)), encoding="unicode")


@pytest.mark.parametrize("extra", [(), EXTRA_CSS], ids=["builtin", "builtin+extra"])
def test_the_pruner_removes_what_the_rules_as_xpath_remove_on_the_corpus(
    extra: tuple[str, ...],
) -> None:
    rules = load_builtin_rules()
    css = (*rules.prune, *extra)
    xpath = (*rules.prune_xpath, "//div[not(p)][@class='tiny']")
    for html in CORPUS_HTML:
        root = parse_html(page_text(html)[0])
        assert _pruned(root, css, xpath) == _pruned_by_xpath(root, css, xpath)


_CLASSES = st.lists(
    st.sampled_from(["a", "b", "nav", "share", "A", "a-b", "x"]), max_size=3
).flatmap(
    lambda names: st.sampled_from([" ", "  ", "\t", "\n", "\u3000", " \u00a0"]).map(
        lambda space: space.join(names)
    )
)


@st.composite
def _trees(draw: st.DrawFn, depth: int = 0) -> str:
    children = draw(st.integers(0, 3 if depth < 3 else 0))
    tag = draw(st.sampled_from(["div", "p", "ul", "li", "span", "section"]))
    attributes = ""
    if draw(st.booleans()):
        attributes += f' class="{draw(_CLASSES)}"'
    if draw(st.booleans()):
        attributes += f' id="{draw(st.sampled_from(["x", "y", "nav", "X"]))}"'
    inner = "".join(draw(_trees(depth + 1)) + f"t{depth}" for _ in range(children))
    return f"<{tag}{attributes}>s{depth}{inner}</{tag}>"


@given(
    body=_trees(),
    css=st.lists(
        st.sampled_from(
            [".a", ".nav", "#x", "#nav", "div", "li.a", ".a.b", "div#x.a", "li:last-child",
             "p > span", ".a-b", "span#y"]
        ),
        max_size=4,
    ),
)  # fmt: skip
@settings(max_examples=300, deadline=None)
def test_the_pruner_removes_what_the_rules_as_xpath_remove_on_any_tree(
    body: str, css: list[str]
) -> None:
    root = parse_html(f"<html><body>{body}</body></html>")
    assert _pruned(root, tuple(css), ()) == _pruned_by_xpath(root, tuple(css), ())


@given(
    body=_trees(),
    css=st.sampled_from(
        [".a", ".nav", ".a .b", "li.a", ".a.b", "div#x.a", ".a-b", "[class~='a']", ".A", "#x"]
    ),
)
@settings(max_examples=300, deadline=None)
def test_selectors_select_what_cssselect_translates_them_to(body: str, css: str) -> None:
    root = parse_html(f"<html><body>{body}</body></html>")
    plain = etree.XPath(GenericTranslator().css_to_xpath(css))
    translated = css_to_xpath(css)
    assert translated is not None
    assert etree.XPath(translated)(root) == plain(root)


# ------------------------------------------------------------ joined line rules
def _every_rule_group() -> dict[str, tuple[re.Pattern[str], ...]]:
    rules = load_builtin_rules()
    groups = {
        "info_lines": rules.info_lines,
        "footer_lead": rules.footer_lead,
        "block_starts": rules.block_starts,
        "footer_starts": rules.footer_patterns,
        "junk": (*rules.info_lines, *rules.drop_patterns, *rules.footer_patterns,
                 *rules.block_starts),
    }  # fmt: skip
    groups.update({f"drop_lines.{name}": group for name, group in rules.drop_lines.items()})
    return groups


def _corpus_lines() -> list[str]:
    lines = {line for html in CORPUS_HTML for line in page_lines(parse_html(page_text(html)[0]))}
    return sorted(lines)


def test_joined_rules_match_the_lines_their_rules_match_on_the_corpus() -> None:
    lines = _corpus_lines()
    for name, group in _every_rule_group().items():
        together = join_patterns(group)
        assert len(together.anywhere) <= 1, name
        expected = [line for line in lines if any(rule.search(line) for rule in group)]
        assert [line for line in lines if together.finds(line)] == expected, name


@given(
    st.text(
        alphabet="版权声明：本文原创转载请注明来源作者编辑2024年-05月07日 第06版 :©©\u3000Aa",
        max_size=40,
    )
)
@settings(max_examples=300, deadline=None)
def test_joined_rules_match_the_lines_their_rules_match_on_any_line(line: str) -> None:
    for name, group in _every_rule_group().items():
        expected = any(rule.search(line) for rule in group)
        assert join_patterns(group).finds(line) == expected, name


def test_rules_keep_their_flags_and_rules_with_groups_stay_alone() -> None:
    rules = (
        re.compile("(?i)^copyright"),
        re.compile("^SHARE", re.IGNORECASE),
        re.compile("^end$", re.MULTILINE),
        re.compile(r"^[|(]?版权|声明$"),
        re.compile(r"^\|a\(|b"),
        re.compile(r"(\d)\1"),
        re.compile("(?x) ^ a \\ b  # comment"),
    )
    together = join_patterns(rules)
    assert together.anywhere[-2:] == (rules[5], rules[6])
    for line, expected in [("COPYRIGHT 2024", True), ("share it", True), ("x\nend\ny", True),
                           ("|版权所有", True), ("免责声明", True), ("|a(", True), ("xb", True),
                           ("11", True), ("a b", True), ("a copyright", False), ("endx", False),
                           ("x|版权", False), ("12", False)]:  # fmt: skip
        assert together.finds(line) is expected, line
        assert any(rule.search(line) for rule in rules) is expected, line


SOURCE_DROPS = (
    r"^\s*[（(]?\s*(标签|责编|责任编辑|编辑)\s*[:：]",
    r"(?i)^\s*[^\s]+\.(jpe?g|png|gif|bmp|webp)\s*$",
    r"^\s*分享到\s*[:：]?",
    r"(?P<word>推荐)阅读$",
)


@pytest.mark.parametrize(
    "patterns",
    [SOURCE_DROPS, (*SOURCE_DROPS, r"\Q(注)"), (r"(?P<a>x)", r"(?P<a>y)"), SOURCE_DROPS[:1]],
    ids=["joined", "quoting", "same-group-names", "one"],
)
def test_a_sources_drop_lines_drop_the_lines_each_pattern_drops(patterns: tuple[str, ...]) -> None:
    lines = [*_corpus_lines(), "（责编：王建旸）", "微信图片_2019.JPG", "分享到：", "推荐阅读",
             "(注)", "xy", "正文推荐阅读的书"]  # fmt: skip
    compiled = [compile_user_pattern(pattern) for pattern in patterns]
    together = _source_drops(patterns)  # RE2: any of them finds, as before
    expected = [line for line in lines if any(p.search(line) for p in compiled)]
    assert expected
    assert [line for line in lines if any(p.search(line) for p in together)] == expected


# Every character `\s` matches, the two zero-width spaces it does not, text.
_SPACE_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\ufeff"


@given(st.text(alphabet=_SPACE_CHARS + "社会组织ab", max_size=40))
@settings(max_examples=500, deadline=None)
def test_split_and_join_normalize_like_the_spaces_pattern(text: str) -> None:
    spaces = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
    expected = [line for line in (spaces.sub(" ", p).strip() for p in text.split("\n")) if line]
    assert newline_lines(text) == expected
    assert normalize_line(text) == spaces.sub(" ", text).strip()
