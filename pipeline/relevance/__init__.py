"""Explainable relevance: does an article concern a configured topic, and why."""

from pipeline.relevance.judge import RelevanceJudge, TopicScorer
from pipeline.relevance.matching import PhraseMatcher, PhraseMatches
from pipeline.relevance.verdict import TermScore, TopicVerdict, Verdict

__all__ = [
    "PhraseMatcher",
    "PhraseMatches",
    "RelevanceJudge",
    "TermScore",
    "TopicScorer",
    "TopicVerdict",
    "Verdict",
]
