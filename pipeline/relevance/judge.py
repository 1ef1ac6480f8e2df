"""Scoring an article against the configured topics."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from newswatch.config.topics import RepeatRule, TopicConfig, TopicsConfig
from newswatch.pipeline.relevance.matching import PhraseMatcher
from newswatch.pipeline.relevance.verdict import TermScore, TopicVerdict, Verdict


def repeat_factor(rule: RepeatRule) -> Callable[[int], float]:
    """How many weights `n` occurrences of one phrase are worth under `rule`."""
    match rule:
        case "harmonic":
            return lambda n: sum(1 / k for k in range(1, n + 1))
        case "log":
            return lambda n: 1 + math.log(n) if n > 0 else 0.0
        case "linear":
            return float
    raise ValueError(f"unknown repeat rule {rule!r}")


class TopicScorer:
    """Scores title and text against one topic's lexicon."""

    def __init__(self, name: str, config: TopicConfig) -> None:
        self.name = name
        self._config = config
        self._repeats = repeat_factor(config.repeats)
        self._matcher = PhraseMatcher(
            config.phrases, [exclusion.pattern for exclusion in config.exclusions]
        )

    def score(self, title: str, text: str) -> TopicVerdict:
        """This topic's verdict, with every term's contribution."""
        in_text = self._matcher.find(text)
        in_title = self._matcher.find(title)
        terms = tuple(
            sorted(
                (
                    self._term(phrase, in_text.counts[phrase], in_title.counts[phrase])
                    for phrase in in_text.counts | in_title.counts
                ),
                key=lambda term: (-term.contribution, term.phrase),
            )
        )
        total = sum(term.contribution for term in terms)
        anchored = any(term.weight >= self._config.anchor_weight for term in terms)
        return TopicVerdict(
            topic=self.name,
            score=total,
            threshold=self._config.threshold,
            relevant=anchored and total >= self._config.threshold,
            matched_terms={term.phrase: term.count + term.title_count for term in terms},
            excluded=dict(in_title.excluded + in_text.excluded),
            terms=terms,
            anchor_weight=self._config.anchor_weight,
        )

    def _term(self, phrase: str, count: int, title_count: int) -> TermScore:
        weight = self._config.phrases[phrase]
        return TermScore(
            phrase=phrase,
            weight=weight,
            count=count,
            title_count=title_count,
            text_score=weight * self._repeats(count),
            title_score=weight * self._config.title_boost if title_count else 0.0,
        )


class RelevanceJudge:
    """Judges articles against every configured topic."""

    def __init__(self, scorers: Sequence[TopicScorer]) -> None:
        if not scorers:
            raise ValueError("a relevance judge needs at least one topic")
        self._scorers = tuple(scorers)

    @classmethod
    def from_config(cls, topics: TopicsConfig) -> RelevanceJudge:
        """A judge for every topic of a loaded lexicon file."""
        return cls([TopicScorer(name, config) for name, config in topics.topics.items()])

    def judge(self, title: str, text: str) -> Verdict:
        """The verdict for one article: per-topic detail and the overall decision."""
        verdicts = {scorer.name: scorer.score(title, text) for scorer in self._scorers}
        best = max(verdicts.values(), key=lambda verdict: verdict.score)
        matched: dict[str, int] = {}
        for verdict in verdicts.values():
            for phrase, count in verdict.matched_terms.items():
                matched[phrase] = max(count, matched.get(phrase, 0))
        return Verdict(
            score=best.score,
            relevant=any(verdict.relevant for verdict in verdicts.values()),
            matched_terms=matched,
            topics=verdicts,
        )
