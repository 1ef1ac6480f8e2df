"""The hand-labelled organization set (labelled.yaml) and how a finder is scored on it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

LABELLED = Path(__file__).resolve().parent / "labelled.yaml"

# A finder under test: (title, text) -> the organization names it reports.
NameFinder = Callable[[str, str], Iterable[str]]


@dataclass(frozen=True)
class LabelledArticle:
    """One article text with its organizations marked by hand."""

    id: str
    title: str
    text: str
    organizations: frozenset[str]
    optional: frozenset[str]
    events: dict[str, str]


@dataclass
class Score:
    """Name-level precision and recall over (article, name) pairs, with the errors."""

    true_positives: int = 0
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    false_negatives: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + len(self.false_positives)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + len(self.false_negatives)
        return self.true_positives / wanted if wanted else 1.0


def load_labelled(path: Path = LABELLED) -> list[LabelledArticle]:
    """The labelled set."""
    return [
        LabelledArticle(
            id=item["id"],
            title=item["title"],
            text=item["text"],
            organizations=frozenset(item.get("organizations") or ()),
            optional=frozenset(item.get("optional") or ()),
            events=dict(item.get("events") or {}),
        )
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def score(finder: NameFinder, articles: Iterable[LabelledArticle]) -> Score:
    """How `finder` does on `articles`: a name in `optional` counts neither way."""
    result = Score()
    for article in articles:
        found = set(finder(article.title, article.text))
        result.true_positives += len(found & article.organizations)
        result.false_positives += [
            (article.id, n) for n in sorted(found - article.organizations - article.optional)
        ]
        result.false_negatives += [(article.id, n) for n in sorted(article.organizations - found)]
    return result
