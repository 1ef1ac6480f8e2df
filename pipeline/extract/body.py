"""The article body: trafilatura on the parsed tree, its recall mode, then body selectors."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from newswatch.pipeline.extract.boilerplate import LineCleaner
from newswatch.pipeline.extract.text import count_cjk, split_lines
from trafilatura.metadata import Document
from trafilatura.settings import set_date_params

LOGGER = logging.getLogger(__name__)

TRAFILATURA = "trafilatura"
TRAFILATURA_RECALL = "trafilatura-recall"
SELECTOR = "selector"


@dataclass(frozen=True)
class BodyCandidate:
    """Lines one strategy produced: as extracted (`raw`) and with boilerplate removed."""

    strategy: str
    raw: list[str]
    lines: list[str]

    @property
    def cjk(self) -> int:
        """Chinese characters in the cleaned lines."""
        return sum(count_cjk(line) for line in self.lines)


def run_trafilatura(
    root: HtmlElement,
    url: str | None,
    prune_xpath: Sequence[str],
    *,
    recall: bool,
    with_metadata: bool,
    fast: bool = False,
) -> Document | None:
    """trafilatura's extraction of the already parsed tree (it works on its own copy).

    Precision mode first: Chinese news pages carry a lot of boilerplate around
    short bodies, and the line rules recover what precision leaves out less
    often than they would have to remove what recall lets in.  `fast` skips
    trafilatura's second opinion from readability and jusText (for big pages).
    """
    try:
        return trafilatura.bare_extraction(
            root,
            url=url,
            fast=fast,
            favor_precision=not recall,
            favor_recall=recall,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=with_metadata,
            prune_xpath=list(prune_xpath) or None,
            deduplicate=False,
            # Structured date markup only: free-text guessing picks up sidebar dates.
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception:  # a third-party failure on odd markup means "no text", not a crash
        LOGGER.warning("trafilatura failed on %s", url, exc_info=True)
        return None


def document_lines(document: Document | None) -> list[str]:
    """The text lines of a trafilatura result ([] for none)."""
    if document is None or not document.text:
        return []
    return split_lines(document.text)


def choose_body(
    strategies: Sequence[tuple[str, Callable[[], list[str]]]],
    cleaner: LineCleaner,
    title: str,
    min_cjk: int,
) -> BodyCandidate | None:
    """The first strategy whose cleaned text has `min_cjk` Chinese characters.

    Strategies run lazily, in order; when none reaches the threshold the one
    with the most Chinese text wins (a genuinely short notice is still an
    article), and None means every strategy came back empty.
    """
    best: BodyCandidate | None = None
    for strategy, produce in strategies:
        raw = produce()
        candidate = BodyCandidate(strategy, raw, cleaner.clean(raw, title))
        if candidate.lines and candidate.cjk >= min_cjk:
            return candidate
        if candidate.lines and (best is None or _more_text(candidate, best)):
            best = candidate
    return best


def _more_text(candidate: BodyCandidate, best: BodyCandidate) -> bool:
    return (candidate.cjk, sum(map(len, candidate.lines))) > (
        best.cjk,
        sum(map(len, best.lines)),
    )
