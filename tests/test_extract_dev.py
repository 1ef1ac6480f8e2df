"""The development corpus (20+ templates of real Chinese sites), with no per-site rules at all."""

from __future__ import annotations

import pytest
from newswatch.pipeline.extract import extract_article

from tests.corpus.dev import DevPage, load_dev_corpus
from tests.corpus.full import load_full_corpus

DEV = load_dev_corpus()
# real-size pages (20–60 KB of chrome) written by tests/corpus/full/build_body.py
# and the unseen_ pages of tests/corpus/full/build_unseen.py (measured on first sight, then fixed)
FULL_BODY = [page for page in load_full_corpus() if page.name.startswith(("body_", "unseen_"))]


def test_corpus_has_60_pages_from_20_templates() -> None:
    assert len(DEV) >= 60
    assert len({page.template for page in DEV}) >= 20


def test_full_corpus_has_real_size_pages_from_10_templates() -> None:
    assert len({page.template for page in FULL_BODY}) >= 10
    assert all(len(page.html) > 10_000 for page in FULL_BODY)


@pytest.mark.parametrize("page", DEV + FULL_BODY, ids=lambda page: page.name)
def test_body_title_and_time_without_configuration(page: DevPage) -> None:
    article = extract_article(page.html, page.url)
    assert article.text.split("\n") == list(page.paragraphs)
    assert article.title == page.title
    assert article.published_at is not None
    shown = article.published_at.strftime(
        "%Y-%m-%d %H:%M" if article.published_precision == "minute" else "%Y-%m-%d"
    )
    assert (shown, article.published_precision) == (page.published, page.precision)
