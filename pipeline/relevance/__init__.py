"""Explainable relevance: does an article concern a configured topic, and why."""

from newswatch.pipeline.relevance.judge import RelevanceJudge, TopicScorer
from newswatch.pipeline.relevance.matching import PhraseMatcher, PhraseMatches
from newswatch.pipeline.relevance.verdict import TermScore, TopicVerdict, Verdict

__all__ = [
    "PhraseMatcher",
    "PhraseMatches",
    "RelevanceJudge",
    "TermScore",
    "TopicScorer",
    "TopicVerdict",
    "Verdict",
]
