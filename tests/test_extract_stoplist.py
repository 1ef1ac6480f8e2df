"""trafilatura with the hashed jusText stoplist (pipeline/extract/stoplist.py) says the same."""

from __future__ import annotations

import justext.core
import pytest
import trafilatura
from newswatch.pipeline.extract import stoplist
from newswatch.pipeline.extract.stoplist import HashedTuple
from trafilatura import external

from tests.corpus import load_corpus
from tests.corpus.dev import load_dev_corpus
from tests.corpus.full import load_full_corpus

PAGES = [
    *((page.name, page.html, page.url) for page in load_dev_corpus()),
    *((page.name, page.html, page.url) for page in load_full_corpus()),
    *((page.name, page.html, page.url) for page in load_corpus()),
]


def _plain_words() -> tuple[str, ...]:
    stoplist.install()
    words = external.JT_STOPLIST or external.jt_stoplist_init()
    return tuple(words)


def _extract_all(words: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    monkeypatch.setattr(external, "JT_STOPLIST", words)
    justext.core.define_stoplist.cache_clear()
    return [trafilatura.extract(html, url=url, output_format="txt") for _, html, url in PAGES]


@pytest.mark.slow
def test_trafilatura_output_is_identical_with_the_hashed_stoplist(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = _plain_words()
    plain = _extract_all(words, monkeypatch)
    hashed = _extract_all(HashedTuple(words), monkeypatch)
    assert hashed == plain
    assert sum(1 for text in plain if text) > len(PAGES) // 2


def test_the_hashed_tuple_equals_and_hashes_like_the_plain_one() -> None:
    words = ("的", "了", "and", "the")
    hashed = HashedTuple(words)
    assert hashed == words and hash(hashed) == hash(words)
    assert {words: "found"}[hashed] == "found"
    assert justext.core.define_stoplist(hashed) == frozenset(words)


def test_install_makes_the_built_stoplist_hashed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(external, "JT_STOPLIST", None)
    monkeypatch.setattr(external, "jt_stoplist_init", lambda: ("的", "了"))
    assert stoplist.install()
    built = external.jt_stoplist_init()
    assert isinstance(built, HashedTuple) and external.JT_STOPLIST is built
    assert built == ("的", "了")
    assert stoplist.install()  # a second install leaves the wrapper alone


def test_install_wraps_an_already_built_stoplist(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(external, "JT_STOPLIST", ("的", "了"))
    assert stoplist.install()
    assert isinstance(external.JT_STOPLIST, HashedTuple)


@pytest.mark.parametrize("value", [["的", "了"], frozenset({"的"}), "的"])
def test_install_leaves_a_stoplist_of_another_type_alone(
    monkeypatch: pytest.MonkeyPatch, value: object
) -> None:
    monkeypatch.setattr(external, "JT_STOPLIST", value)
    assert not stoplist.install()
    assert external.JT_STOPLIST is value


def test_install_does_nothing_without_the_attribute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(external, "JT_STOPLIST")
    assert not stoplist.install()
