"""URL normalization and content fingerprints."""

from __future__ import annotations

from newswatch.pipeline.fingerprint import fingerprint, similarity
from newswatch.pipeline.urls import normalize_url

from tests.texts import OTHER_STORY, STORY


def test_normalization_folds_spellings_of_one_page() -> None:
    expected = "https://www.xhby.net/content/s62bab1c9e4b0d0a7b9f5b0a1.html"
    for spelling in (
        "https://www.xhby.net/content/s62bab1c9e4b0d0a7b9f5b0a1.html",
        "HTTPS://WWW.XHBY.NET:443/content/s62bab1c9e4b0d0a7b9f5b0a1.html#comments",
        "https://www.xhby.net/content/s62bab1c9e4b0d0a7b9f5b0a1.html?utm_source=wechat&from=timeline",
    ):
        assert normalize_url(spelling) == expected


def test_normalization_keeps_meaningful_query_sorted() -> None:
    assert normalize_url("http://a.cn:8080/list?page=2&cat=sz&spm=x") == (
        "http://a.cn:8080/list?cat=sz&page=2"
    )
    assert normalize_url("http://a.cn") == "http://a.cn/"


def test_fingerprint_ignores_spacing_and_punctuation_and_sees_near_copies() -> None:
    a = fingerprint(STORY)
    spaced = fingerprint(STORY.replace("，", ", ").replace("。", "。\n\n"))
    assert spaced.digest == a.digest
    edited = fingerprint(STORY + "（新华报业网）")
    assert edited.digest != a.digest
    assert similarity(a.sketch, edited.sketch) >= 0.9
    other = fingerprint(OTHER_STORY)
    assert similarity(a.sketch, other.sketch) < 0.2


def test_similarity_falls_with_the_share_of_text_changed() -> None:
    whole = fingerprint(STORY).sketch
    assert similarity(whole, whole) == 1.0
    assert similarity(whole, fingerprint(STORY[: len(STORY) // 2]).sketch) < 0.7
    assert similarity(whole, ()) == 0.0
