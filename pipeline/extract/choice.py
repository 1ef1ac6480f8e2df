"""Choosing the article body among several candidates by one score.

The score of a candidate (the lines one strategy produced, before and after
the boilerplate rules) is

    score = article_chars × (1 − junk_share)² × nearness

  article_chars  Chinese characters left after the boilerplate rules;
  junk_share     the share of the candidate's characters the rules removed,
                 or that are whole link texts of the page and no sentence
                 (teaser titles, menu entries), or that sit in blocks whose
                 class names them as chrome (related, comment, statement):
                 a strategy that pulled in comment notices, disclaimers and
                 menus is less trustworthy about what the rules did not know
                 (but the few junk lines closing it, a platform's read-more
                 prompt or 公众号 credit, are left out of the count: they
                 close the article's own container, see closing_junk_chars);
  nearness       1 / (1 + max(0, d − slack) / scale), where d counts the page
                 lines between the headline and the candidate's first line:
                 the article starts right under its headline, a sidebar or a
                 teaser list further away.

A candidate of which the rules removed more than `max_junk_share` is mostly
boilerplate and never chosen.  Before scoring, a candidate is cut down to the
stretch of the page nearest below the headline (see contiguous).  Ties go to the earlier
strategy (trafilatura, its recall mode, the configured container, the DOM
scorer).

One short-cut comes first, since trafilatura costs more than all the rest:
when the configured or built-in body container and the DOM scorer's best
container yield the same lines, and that body is spotless (see spotless:
the rules remove nothing from it but a few closing junk lines, no line of
it is a link title or sits in a chrome-named block, it holds at least
`enough` Chinese characters, and it
starts right under a found headline: within `slack_lines`, or below only
lines the rules drop, such as the time and source lines), two independent
strategies agree on a clean article and it is taken as the container's
(strategy "selector") without running trafilatura.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newswatch.pipeline.extract.headline import headline_line
from newswatch.pipeline.extract.text import ENDS_SENTENCE, count_cjk

_FLOOR = 1e-3
# The shortest link text that makes a list item a teaser.
_TEASER_TITLE_CHARS = 8
# The line prefix that locates a candidate's first line among the page's lines.
_ANCHOR_CHARS = 12
# How much further a line above the headline counts than one below it.
_ABOVE_HEADLINE = 6
# A spotless body may end in this many lines the rules drop (a read-more prompt,
# a platform's credit and stance lines): the container is still the article's.
_CLOSING_JUNK_LINES = 3


@dataclass(frozen=True)
class ScoreWeights:
    """The constants of the score (config/boilerplate.yaml `limits`)."""

    max_junk_share: float
    slack_lines: int
    scale_lines: int
    max_gap_lines: int = 10


@dataclass(frozen=True)
class PageLines:
    """The page's visible lines and where the headline sits among them."""

    lines: Sequence[str]
    headline_at: int | None
    link_texts: frozenset[str] = frozenset()
    aside_texts: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        lines: Sequence[str],
        title: str,
        link_texts: frozenset[str] = frozenset(),
        aside_texts: frozenset[str] = frozenset(),
    ) -> PageLines:
        """`lines` with the index of the first line holding `title` (None if none does).

        `link_texts` are the texts of the page's links, `aside_texts` the lines
        inside blocks named as chrome (related, comment, statement…).
        """
        return cls(lines, headline_line(lines, title), link_texts, aside_texts)

    def around_headline(self, above: int, below: int) -> list[str]:
        """The lines from `above` lines over the headline to `below` under it."""
        if self.headline_at is None:
            return list(self.lines[:below])
        return list(self.lines[max(0, self.headline_at - above) : self.headline_at + below])

    def position(self, line: str, start: int) -> int | None:
        """The index of the first page line from `start` on that holds `line`'s opening."""
        prefix = line.removeprefix("- ")[:_ANCHOR_CHARS]
        for index in range(start, len(self.lines)):
            if prefix in self.lines[index]:
                return index
        return None

    def distance(self, first_line: str) -> int:
        """Lines between the headline and the first page line starting like `first_line`."""
        if self.headline_at is None:
            return 0
        prefix = first_line.removeprefix("- ")[:_ANCHOR_CHARS]
        for offset, line in enumerate(self.lines[self.headline_at :]):
            if line.startswith(prefix) or prefix in line:
                return offset
        # Before the headline: an article starts under its headline, so a line
        # above it counts _ABOVE_HEADLINE times as far (a side column's 简介).
        for index, line in enumerate(self.lines[: self.headline_at]):
            if prefix in line:
                return (self.headline_at - index) * _ABOVE_HEADLINE
        return 0


def contiguous(cleaned: Sequence[str], page: PageLines, max_gap: int) -> list[str]:
    """The run of `cleaned` that starts nearest below the headline, cut at big gaps.

    An article is one stretch of the page; a candidate that also holds text
    from far away (a disclaimer below a share bar and a menu, a sidebar
    block) has more than `max_gap` page lines it skipped between two of its
    lines; nor does it straddle its own headline (a side column's 简介 above
    it).  Lines not found among the page lines (trafilatura's table rows)
    never cut.
    """
    runs: list[list[str]] = [[]]
    starts: list[int | None] = [None]
    previous: int | None = None
    unplaced = False
    headline_at = page.headline_at
    for line in cleaned:
        at = page.position(line, previous + 1 if previous is not None else 0)
        straddles = (
            headline_at is not None and previous is not None and at is not None
            and previous < headline_at <= at
        )  # fmt: skip
        if at is None:
            unplaced = True
        elif previous is not None and (at - previous - 1 > max_gap or straddles) and not unplaced:
            runs.append([])
            starts.append(None)
        if at is not None:
            starts[-1] = at if starts[-1] is None else starts[-1]
            previous, unplaced = at, False
        runs[-1].append(line)
    if len(runs) == 1:
        return list(cleaned)
    headline = page.headline_at or 0
    for run, start in zip(runs, starts, strict=True):
        if start is not None and start >= headline:
            return run
    return runs[0]


def is_link_title(line: str, link_texts: frozenset[str]) -> bool:
    """A teaser title or menu entry: a whole link's text and no sentence, or a list
    item opening with a headline link (trafilatura's "- title summary")."""
    text = line.removeprefix("- ")
    if text in link_texts and not ENDS_SENTENCE.search(line):
        return True
    return line.startswith("- ") and any(
        text[:end] in link_texts for end in range(_TEASER_TITLE_CHARS, min(len(text), 80) + 1)
    )


def score(
    raw: Sequence[str],
    cleaned: Sequence[str],
    page: PageLines,
    weights: ScoreWeights,
    *,
    cut_off: int = 0,
) -> float:
    """The candidate's score (0 for one that is empty or mostly boilerplate).

    `cut_off` characters were left out as another stretch of the page (see
    contiguous) or as the platform's closing lines (closing_junk_chars):
    they are not part of the candidate, nor junk.
    """
    raw_chars = sum(len(line) for line in raw) - cut_off
    if not cleaned or raw_chars <= 0:
        return 0.0
    kept_chars = sum(len(line) for line in cleaned)
    if 1 - kept_chars / raw_chars > weights.max_junk_share:
        return 0.0
    linked = sum(len(line) for line in cleaned if is_link_title(line, page.link_texts))
    aside = sum(len(line) for line in cleaned if line in page.aside_texts)
    junk_share = min(1.0, max(0.0, 1 - (kept_chars - linked - aside) / raw_chars))
    distance = page.distance(cleaned[0])
    nearness = 1 / (1 + max(0, distance - weights.slack_lines) / weights.scale_lines)
    article = sum(count_cjk(line) for line in cleaned)
    # A candidate made only of chrome-named blocks still beats having none.
    return article * max((1 - junk_share) ** 2, _FLOOR) * nearness


def spotless(
    raw: Sequence[str],
    cleaned: Sequence[str],
    page: PageLines,
    weights: ScoreWeights,
    enough: float,
    is_junk: Callable[[str], bool],
) -> bool:
    """Whether a candidate is a clean article right under the headline.

    `cleaned` (after the rules and contiguous) is all of `raw`, or all but at
    most `_CLOSING_JUNK_LINES` last lines the rules drop one by one (a
    "点击阅读原文" prompt, a 公众号 credit closing the container); none of its
    lines is a link title or from a chrome-named block; it holds at least
    `enough` Chinese characters; and it starts right under a headline the
    page shows: within `slack_lines`, or further down with only lines the
    rules call junk (`is_junk`: the info lines of time, source and author)
    in between, no more than `max_gap_lines` of them.
    """
    if not cleaned or page.headline_at is None:
        return False
    if not _whole_but_closing_junk(raw, cleaned, is_junk):
        return False
    if any(line in page.aside_texts or is_link_title(line, page.link_texts) for line in cleaned):
        return False
    if sum(count_cjk(line) for line in cleaned) < enough:
        return False
    distance = page.distance(cleaned[0])
    if distance <= weights.slack_lines:
        return True
    between = page.lines[page.headline_at + 1 : page.headline_at + distance]
    return distance <= weights.max_gap_lines + 1 and all(is_junk(line) for line in between)


def closing_junk_chars(
    raw: Sequence[str], cleaned: Sequence[str], is_junk: Callable[[str], bool]
) -> int:
    """Characters of the last lines of `raw` (at most `_CLOSING_JUNK_LINES`) that are each
    junk and were removed (are not in `cleaned`).

    A container ends with what the platform appends (a read-more prompt, a
    公众号 credit, a stance line); trafilatura often leaves it out.  The
    score does not hold it against the container (see score's `cut_off`).
    """
    kept = set(cleaned)
    closing = 0
    for line in list(raw)[::-1][:_CLOSING_JUNK_LINES]:
        if line in kept or not is_junk(line):
            break
        closing += len(line)
    return closing


def _whole_but_closing_junk(
    raw: Sequence[str], cleaned: Sequence[str], is_junk: Callable[[str], bool]
) -> bool:
    """`cleaned` is `raw`, or `raw` less a few closing lines that are each junk."""
    kept = len(cleaned)
    rest = raw[kept:]
    return (
        list(raw[:kept]) == list(cleaned)
        and len(rest) <= _CLOSING_JUNK_LINES
        and all(is_junk(line) for line in rest)
    )
