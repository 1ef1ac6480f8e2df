"""trafilatura's jusText stoplist hashed once per process instead of once per page.

When its own extraction looks thin, trafilatura asks jusText for a second
opinion (trafilatura.external.try_justext) with the stopwords of every
language merged into one tuple of ~150,000 words, `external.JT_STOPLIST`.
justext.core.classify_paragraphs looks that tuple up in the lru_cache of
define_stoplist, and a tuple's hash is not stored: every look-up hashes all
150,000 words again, touching megabytes of memory, 1-3 ms a page (more than
trafilatura's own extraction of a short article).

A tuple that keeps its hash makes the look-up O(1).  Its words, its
equality with the plain tuple and the frozenset define_stoplist makes of it
are the same, so trafilatura's output is unchanged
(tests/test_extract_stoplist.py compares both on the corpus).

This reaches into trafilatura's internals, so it is guarded: install()
does nothing unless trafilatura.external has `jt_stoplist_init` and a
`JT_STOPLIST` that is None (not built yet) or a tuple.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from trafilatura import external


class HashedTuple(tuple[str, ...]):
    """A tuple of strings whose hash is computed once, when it is made.

    Equal to, and hashing like, the plain tuple of the same words.
    """

    _hash: int

    def __new__(cls, words: Iterable[str]) -> HashedTuple:
        """The tuple of `words`, its hash computed now."""
        made = super().__new__(cls, words)
        made._hash = tuple.__hash__(made)
        return made

    def __hash__(self) -> int:
        """The plain tuple's hash, as computed in __new__."""
        return self._hash


def install() -> bool:
    """Make trafilatura's merged jusText stoplist a HashedTuple; whether it could.

    The stoplist is still built lazily, on the first page that needs it
    (building it reads every language's list: no cost at import).
    """
    current = getattr(external, "JT_STOPLIST", _MISSING)
    build = getattr(external, "jt_stoplist_init", None)
    if current is _MISSING or not callable(build):
        return False
    if isinstance(current, HashedTuple):
        return True
    if isinstance(current, tuple):
        _set("JT_STOPLIST", HashedTuple(current))
        return True
    if current is not None or getattr(build, "_newswatch_hashed", False):
        return current is None
    _set("jt_stoplist_init", _hashed_init(build))
    return True


def _hashed_init(build: Callable[[], object]) -> Callable[[], object]:
    def init() -> object:
        words = build()
        if isinstance(words, tuple) and not isinstance(words, HashedTuple):
            words = HashedTuple(words)
            _set("JT_STOPLIST", words)
        return words

    init._newswatch_hashed = True  # type: ignore[attr-defined]
    return init


def _set(name: str, value: object) -> None:
    # setattr: trafilatura's annotations (JT_STOPLIST: None) do not cover these values
    setattr(external, name, value)


_MISSING = object()
