"""The extractor's cheaper paths give what the full one gives (choice.py short-cut, parsing)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import trafilatura
from lxml.html import HtmlElement
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.extract.document import element_lines, parse_html

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


def test_a_body_the_rules_clean_is_still_weighed_against_trafilatura(
    trafilatura_runs: list[str],
) -> None:
    notice = "<p>（责任编辑：王建旸）</p>"
    article = extract_article(_page(f'<div class="content">{_paragraphs(notice)}</div>'))
    assert article.text.split("\n") == list(PARAGRAPHS)
    assert trafilatura_runs
    # equal scores: the tie goes to trafilatura, as without the short-cut
    assert article.strategy == "trafilatura"


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
