"""The article body: trafilatura on the parsed tree, its recall mode, then body selectors."""

from __future__ import annotations

import copy
import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from newswatch.pipeline.extract.boilerplate import LineCleaner
from newswatch.pipeline.extract.choice import (
    PageLines,
    ScoreWeights,
    closing_junk_chars,
    contiguous,
    is_link_title,
    score,
    spotless,
)
from newswatch.pipeline.extract.document import element_lines
from newswatch.pipeline.extract.selectors import Pruner
from newswatch.pipeline.extract.stoplist import install as install_hashed_stoplist
from newswatch.pipeline.extract.text import ENDS_SENTENCE, count_cjk, split_lines
from trafilatura.settings import Document, Extractor

LOGGER = logging.getLogger(__name__)

# jusText's stoplist look-up hashed 150,000 words on every page (see stoplist.py).
install_hashed_stoplist()

TRAFILATURA = "trafilatura"
TRAFILATURA_RECALL = "trafilatura-recall"
SELECTOR = "selector"
DENSITY = "density"
# the smallest element holding every density candidate (a gallery's lead, slides and end)
SHARED_BLOCK = "shared-block"


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
    tree: HtmlElement, url: str | None, *, recall: bool, fast: bool = False
) -> Document | None:
    """trafilatura's extraction of an already parsed and pruned tree (it works on its own copy).

    Precision mode first: Chinese news pages carry a lot of boilerplate around
    short bodies, and the line rules recover what precision leaves out less
    often than they would have to remove what recall lets in.  `fast` skips
    trafilatura's second opinion from readability and jusText (for big pages).
    Metadata is read by our own rules, so trafilatura only extracts text.
    """
    try:
        result = trafilatura.bare_extraction(tree, url=url, options=_options(recall, fast))
    except Exception:  # a third-party failure on odd markup means "no text", not a crash
        LOGGER.warning("trafilatura failed on %s", url, exc_info=True)
        return None
    return result if isinstance(result, Document) else None


@functools.cache
def _options(recall: bool, fast: bool) -> Extractor:
    """trafilatura's options for a mode, built once per process (trafilatura never changes them)."""
    return Extractor(
        output_format="python",
        fast=fast,
        precision=not recall,
        recall=recall,
        comments=False,
        tables=True,
        images=False,
        links=False,
        dedup=False,
        with_metadata=False,
    )


def pruned_copy(root: HtmlElement, pruner: Pruner) -> HtmlElement:
    """A copy of `root` without the elements `pruner`'s rules select (their tails are kept)."""
    tree = copy.deepcopy(root)
    pruner.prune(tree)
    return tree


def document_lines(document: Document | None) -> list[str]:
    """The text lines of a trafilatura result ([] for none)."""
    if document is None or not document.text:
        return []
    return split_lines(document.text)


def choose_body(
    strategies: Sequence[tuple[str, Callable[[], list[str]]]],
    cleaner: LineCleaner,
    title: str,
    page: PageLines,
    weights: ScoreWeights,
    *,
    enough: float,
    extra: Sequence[tuple[str, Callable[[], list[str]]]] = (),
) -> BodyCandidate | None:
    """The candidate with the best score (see choice.py); None when every one is empty.

    `strategies` all run; `extra` (costlier ones) run only while no candidate
    scores `enough`.  Ties go to the earlier strategy.
    """
    best: tuple[float, BodyCandidate] | None = None
    scored: list[tuple[float, BodyCandidate]] = []
    for index, (strategy, produce) in enumerate([*strategies, *extra]):
        if index >= len(strategies) and best is not None and best[0] >= enough:
            break
        raw = produce()
        cleaned = cleaner.clean(raw, title)
        lines = contiguous(cleaned, page, weights.max_gap_lines)
        candidate = BodyCandidate(strategy, raw, lines)
        cut_off = sum(map(len, cleaned)) - sum(map(len, lines))
        if lines:
            cut_off += closing_junk_chars(raw, lines, cleaner.is_junk)
        value = score(raw, candidate.lines, page, weights, cut_off=cut_off)
        if value > 0:
            scored.append((value, candidate))
        if value > 0 and (best is None or value > best[0]):
            best = (value, candidate)
    if best is None:
        return None
    return _filled(best[1], scored, page)


def _filled(
    best: BodyCandidate, scored: Sequence[tuple[float, BodyCandidate]], page: PageLines
) -> BodyCandidate:
    """`best`, or a container candidate holding the same text plus lines inside it.

    trafilatura leaves out short lines between paragraphs (a sub-heading in a
    styled <section>, the items of a list): a container that starts and ends
    with trafilatura's first and last lines and holds all of them in order
    has the article whole, as long as what it adds is neither a link title
    nor from a chrome-named block (both still in a candidate after cleaning),
    nor a whole sentence: one trafilatura left out is a picture's caption or
    a note more often than text (and whether a caption is text is the
    corpus's call, not this rule's).
    """
    if best.strategy not in (TRAFILATURA, TRAFILATURA_RECALL) or not best.lines:
        return best
    fuller = [
        (value, candidate)
        for value, candidate in scored
        if candidate.strategy not in (TRAFILATURA, TRAFILATURA_RECALL)
        and len(candidate.lines) > len(best.lines)
        and _fills(best.lines, candidate.lines, page)
    ]
    return max(fuller, key=lambda pair: pair[0])[1] if fuller else best


def _fills(inner: Sequence[str], outer: Sequence[str], page: PageLines) -> bool:
    """Whether `outer` is `inner` with lines added only between its first and last."""
    if outer[0] != inner[0] or outer[-1] != inner[-1]:
        return False
    wanted = iter(inner)
    expected: str | None = next(wanted)
    for line in outer:
        if line == expected:
            expected = next(wanted, None)
        elif (
            ENDS_SENTENCE.search(line)
            or line in page.aside_texts
            or is_link_title(line, page.link_texts)
        ):
            return False
    return expected is None


def agreed_body(
    strategy: str,
    raw: list[str],
    cleaner: LineCleaner,
    title: str,
    page: PageLines,
    weights: ScoreWeights,
    *,
    enough: float,
) -> BodyCandidate | None:
    """`raw` as the body when two strategies agreed on it and it is spotless, else None.

    No other candidate is looked at then (the short-cut of choice.py).
    """
    cleaned = cleaner.clean(raw, title)
    lines = contiguous(cleaned, page, weights.max_gap_lines)
    if not spotless(raw, lines, page, weights, enough, cleaner.is_junk):
        return None
    return BodyCandidate(strategy, raw, lines)


def shared_block_lines(
    containers: Sequence[HtmlElement], is_junk: Callable[[str], bool]
) -> list[str]:
    """The lines of shared_block of the candidates holding a sentence (not an info
    line), from the first line of the first of them on: what stands above, the
    headline and its info line, is not the article."""
    texts = [element_lines(container) for container in containers]
    kept = [
        (container, lines)
        for container, lines in zip(containers, texts, strict=True)
        if any(ENDS_SENTENCE.search(line) and not is_junk(line) for line in lines)
    ]
    block = shared_block([container for container, _ in kept])
    if block is None:
        return []
    lines = element_lines(block)
    firsts = {lines[0] for _, lines in kept}
    start = next((index for index, line in enumerate(lines) if line in firsts), 0)
    return lines[start:]


def shared_block(containers: Sequence[HtmlElement]) -> HtmlElement | None:
    """The smallest element holding all `containers` (None for fewer than two, or <body>).

    An article split into blocks side by side (a gallery's lead, its slides
    each with a caption, its closing lines) has no one element holding most
    of its text: each block is a density candidate, their common ancestor
    is the article.
    """
    if len(containers) < 2:
        return None
    common = [containers[0], *containers[0].iterancestors()]
    for other in containers[1:]:
        mine = {id(element) for element in (other, *other.iterancestors())}
        common = [element for element in common if id(element) in mine]
    if not common or common[0].tag in ("body", "html"):
        return None
    return common[0]
