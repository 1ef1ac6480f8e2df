"""What the relevance judge decided and why, in a form fit for storage and for people."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TermScore:
    """One phrase's share of a topic score."""

    phrase: str
    weight: float
    count: int  # occurrences in the text
    title_count: int  # occurrences in the title
    text_score: float  # weight with diminishing returns over `count`
    title_score: float  # weight × title boost when `title_count` > 0

    @property
    def contribution(self) -> float:
        """What this phrase adds to the topic score."""
        return self.text_score + self.title_score

    def to_json(self) -> dict[str, Any]:
        """Plain-data form for storage and `--json` output."""
        return {
            "phrase": self.phrase,
            "weight": self.weight,
            "count": self.count,
            "title_count": self.title_count,
            "contribution": round(self.contribution, 4),
        }


@dataclass(frozen=True)
class TopicVerdict:
    """The verdict for one topic.

    `matched_terms` counts each phrase over title and text; `excluded` counts the
    near-miss contexts (matched exclusion spans) that suppressed phrase occurrences.
    `relevant` needs the threshold reached and, when `anchor_weight` > 0, at least
    one phrase of that weight among the terms.
    """

    topic: str
    score: float
    threshold: float
    relevant: bool
    matched_terms: dict[str, int]
    excluded: dict[str, int]
    terms: tuple[TermScore, ...] = field(default=())
    anchor_weight: float = 0.0

    @property
    def anchored(self) -> bool:
        """Whether a phrase heavy enough to decide on its own was found."""
        return any(term.weight >= self.anchor_weight for term in self.terms)

    def to_json(self) -> dict[str, Any]:
        """Plain-data form for storage and `--json` output."""
        return {
            "score": round(self.score, 4),
            "threshold": self.threshold,
            "anchor_weight": self.anchor_weight,
            "relevant": self.relevant,
            "matched_terms": dict(self.matched_terms),
            "excluded": dict(self.excluded),
            "terms": [term.to_json() for term in self.terms],
        }

    def explain(self) -> list[str]:
        """One line per term and exclusion, then the threshold and the verdict."""
        lines = [f"topic {self.topic}:"]
        for term in self.terms:
            lines.append(f"  {_describe_term(term)}")
        if not self.terms:
            lines.append("  no phrase found")
        for context, count in self.excluded.items():
            lines.append(f"  excluded: {context} ×{count} (near-miss context, not counted)")
        outcome = "relevant" if self.relevant else "not relevant"
        comparison = "≥" if self.score >= self.threshold else "<"
        if self.terms and not self.anchored:
            lines.append(
                f"  no phrase of weight ≥ {self.anchor_weight:g}: "
                "lighter phrases are supporting evidence only"
            )
        lines.append(
            f"  score {self.score:.2f} {comparison} threshold {self.threshold:.2f}: {outcome}"
        )
        return lines


def _describe_term(term: TermScore) -> str:
    parts = []
    if term.count:
        parts.append(f"{term.count}× in text → {term.text_score:.2f}")
    if term.title_count:
        parts.append(f"in title → +{term.title_score:.2f}")
    detail = ", ".join(parts)
    return f"{term.phrase}: weight {term.weight:g}, {detail}; contributes {term.contribution:.2f}"


@dataclass(frozen=True)
class Verdict:
    """The verdict over all topics: relevant when relevant to any of them."""

    score: float  # the best topic's score
    relevant: bool
    matched_terms: dict[str, int]  # union over topics, phrase -> count
    topics: dict[str, TopicVerdict]

    def to_json(self) -> dict[str, Any]:
        """Plain-data form for storage and `--json` output."""
        return {
            "score": round(self.score, 4),
            "relevant": self.relevant,
            "matched_terms": dict(self.matched_terms),
            "topics": {name: verdict.to_json() for name, verdict in self.topics.items()},
        }

    def explain(self) -> list[str]:
        """Human-readable lines: each topic's terms, exclusions and threshold, then the verdict."""
        lines = [line for verdict in self.topics.values() for line in verdict.explain()]
        relevant_to = [name for name, verdict in self.topics.items() if verdict.relevant]
        if relevant_to:
            lines.append(f"verdict: relevant ({', '.join(relevant_to)}); score {self.score:.2f}")
        else:
            lines.append(f"verdict: not relevant; best score {self.score:.2f}")
        return lines
