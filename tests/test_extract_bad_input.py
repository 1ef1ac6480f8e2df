"""Bad input: every page yields an article or an ExtractionError with a reason, nothing else."""

from __future__ import annotations

import base64
import codecs
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newswatch.pipeline.article import ExtractedArticle, ExtractionError
from newswatch.pipeline.extract import extract_article

from tests.corpus import load_corpus

SEED = next(page for page in load_corpus() if page.name == "xhby_v1_seed")
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def extract_or_reason(body: object, content_type: str | None = None) -> ExtractedArticle | str:
    """The article, or the reason ExtractionError gave; any other exception fails the test."""
    try:
        return extract_article(
            body, "https://www.xhby.net/sz/yw/a.shtml", content_type=content_type
        )  # type: ignore[arg-type]
    except ExtractionError as error:
        reason = str(error)
        assert reason
        assert "\n" not in reason
        return reason


@pytest.mark.parametrize("body", [b"", b"   \r\n\t ", "", " \n "])
def test_empty_page(body: bytes | str) -> None:
    assert str(extract_or_reason(body)).startswith("empty page")


def test_png_bytes() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    assert extract_or_reason(png, "image/png") == "binary content (PNG image), not an HTML page"


def test_nul_heavy_bytes_sent_as_html() -> None:
    body = b"<html><body>" + b"\x00\x01\x02\x00" * 500 + b"</body></html>"
    reason = extract_or_reason(body, "text/html; charset=utf-8")
    assert isinstance(reason, str)
    assert "binary content" in reason
    assert "NUL bytes" in reason


def test_undecodable_noise() -> None:
    rng = random.Random(7)
    noise = bytes(rng.choice(range(0x80, 0x100)) for _ in range(4000))
    assert isinstance(extract_or_reason(noise), str)


def test_not_bytes_at_all() -> None:
    assert extract_or_reason(12345) == "page body must be bytes or str, not int"


def test_page_without_article_text() -> None:
    nav_only = (
        "<html><head><title>首页</title></head><body><ul class='nav'><li><a href='/'>首页</a></li>"
        "<li><a href='/sz/'>苏州</a></li><li><a href='/nj/'>南京</a></li></ul>"
        "<div class='footer'>Copyright © 新华报业网 苏ICP备05007135号</div></body></html>"
    )
    assert str(extract_or_reason(nav_only)).startswith("no article text")


def test_html_that_is_only_boilerplate() -> None:
    page = (
        "<html><body><div class='content'><p>责编：王建旸</p><p>二维码.jpg</p></div></body></html>"
    )
    assert str(extract_or_reason(page)).startswith("no article text")


def test_truncated_download_still_gives_the_paragraphs_it_has() -> None:
    cut = SEED.html[: SEED.html.index(SEED.paragraphs[3][:20].encode())]
    article = extract_or_reason(cut)
    assert isinstance(article, ExtractedArticle)
    assert article.text.split("\n")[:3] == list(SEED.paragraphs[:3])


def test_malformed_markup_is_repaired() -> None:
    body = "".join(f"<p><b>{p}<i></div>" for p in SEED.paragraphs[:4])
    page = f"<html><head><title>残缺页面</title><body><div class=TRS_Editor>{body}</span></td>"
    page += "</html></p>"
    article = extract_or_reason(page)
    assert isinstance(article, ExtractedArticle)
    assert article.text.split("\n") == list(SEED.paragraphs[:4])


def test_xml_declaration_and_control_characters() -> None:
    page = SEED.html.decode("utf-8").replace("<p", "<p\x0b", 1)
    article = extract_or_reason('<?xml version="1.0" encoding="gbk"?>\n' + page + "\x00\x1f")
    assert isinstance(article, ExtractedArticle)
    assert article.text.split("\n") == list(SEED.paragraphs)


def test_five_megabyte_page_of_text_is_extracted() -> None:
    rng = random.Random(1)
    words = (
        "苏州市社会组织党委举办第二届红社发布活动民政局负责人出席并讲话社区服务志愿者公益创投项目"
    )
    text = "".join(rng.choices(words, k=12_000))
    paragraphs = [text[i % 11_000 : i % 11_000 + 300] + f"{i}。" for i in range(5500)]
    page = "<html><head><title>长文</title></head><body><article><h1>长文</h1>"
    page += "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    body = page.encode("utf-8")
    assert len(body) > 5_000_000
    article = extract_or_reason(body)
    assert isinstance(article, ExtractedArticle)
    assert article.text.split("\n")[:100] == paragraphs[:100]
    assert any("fast mode" in warning for warning in article.warnings)


def test_five_megabyte_page_with_an_inline_image_is_extracted() -> None:
    image = base64.b64encode(random.Random(2).randbytes(3_800_000)).decode()
    body = SEED.html.replace(
        b'<div class="TRS_Editor">',
        f'<div class="TRS_Editor"><p><img src="data:image/png;base64,{image}"></p>'.encode(),
    )
    assert len(body) > 5_000_000
    article = extract_or_reason(body)
    assert isinstance(article, ExtractedArticle)
    assert article.text.split("\n") == list(SEED.paragraphs)


def test_five_megabyte_page_of_tiny_elements_is_refused() -> None:
    body = (
        "<html><body>" + "<div><a href='/x'>苏州</a></div>" * 170_000 + "</body></html>"
    ).encode()
    assert len(body) > 5_000_000
    reason = extract_or_reason(body)
    assert isinstance(reason, str)
    assert reason.startswith("page too large to extract")


@PROPERTY
@given(
    st.binary(max_size=3000),
    st.sampled_from(
        [None, "text/html", "text/html; charset=gbk", "image/png", "text/html; charset=bogus"]
    ),
)
def test_arbitrary_bytes_never_raise_anything_else(body: bytes, content_type: str | None) -> None:
    extract_or_reason(body, content_type)


@PROPERTY
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises_anything_else(text: str) -> None:
    extract_or_reason(text)


HTML_PIECES = st.one_of(
    st.sampled_from(
        [
            "<html>",
            "</html>",
            "<head>",
            "<title>",
            "</title>",
            "<body>",
            "<div class='TRS_Editor'>",
            "</div>",
            "<p>",
            "</p>",
            "<br>",
            "<table><tr><td>",
            "</td></tr></table>",
            "<script>",
            "</script>",
            "<meta charset='gbk'>",
            "<h1>",
            "</h1>",
            "<a href='javascript:;'>",
            "</a>",
            "【打印本页】",
            "责编：王建旸",
            "2022/06/28 18:05 新华报业网",
            "（邹玉芬）",
            "版权声明：",
            "<!--",
            "-->",
            "<![CDATA[",
            "&nbsp;",
            "&#0;",
            "&#xD800;",
            "\x00",
            "\ufeff",
        ]
    ),
    st.text(alphabet="苏州市社会组织党委举办活动。，“”（）0123456789 \n", max_size=80),
)


@PROPERTY
@given(st.lists(HTML_PIECES, max_size=60), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_arbitrary_tag_soup_never_raises_anything_else(pieces: list[str], encoding: str) -> None:
    extract_or_reason("".join(pieces).encode(encoding, errors="replace"))


@PROPERTY
@given(
    st.integers(min_value=0, max_value=len(SEED.html)),
    st.binary(max_size=200),
    st.integers(min_value=0, max_value=400),
)
def test_damaged_real_pages_never_raise_anything_else(at: int, insert: bytes, cut: int) -> None:
    body = SEED.html[:at] + insert + SEED.html[at + cut :]
    extract_or_reason(body)


def test_utf16_page_with_bom() -> None:
    body = codecs.BOM_UTF16_LE + SEED.html.decode("utf-8").encode("utf-16-le")
    article = extract_or_reason(body)
    assert isinstance(article, ExtractedArticle)
    assert article.encoding == "utf-16-le"
    assert article.text.split("\n") == list(SEED.paragraphs)
