"""Organization names on the hand-labelled set: precision and recall, rules alone and with jieba.

Run from the repository root:  .venv/bin/python benchmarks/organizations.py [-v]

tests/organizations/labelled.yaml holds article texts with their social
organizations marked by hand (docs/organizations.md). A reported name is right
when the article's labels have it, wrong when they have neither it nor an
`optional` entry for it; a labelled name not reported is missed. Figures are
over (article, name) pairs, for:
  rules           newswatch's finder with config/organizations.yaml
  jieba-nt        jieba's part-of-speech tagger: words tagged `nt` (organization)
  rules+jieba     the rules, with a name's start moved to a jieba word boundary
                  (after the last verb, adverb, preposition or conjunction)
The event of each labelled mention is scored too (share of labelled events found).
"held out" is the rules' figure on the texts added after the rules were tuned.
jieba variants are skipped when jieba is not installed (`pip install jieba`).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])

from newswatch.config.organizations import (  # noqa: E402 (after the sys.path fix)
    DEFAULT_ORGANIZATIONS,
    load_organizations,
)
from newswatch.pipeline.organizations import OrganizationFinder  # noqa: E402

from tests.organizations import LabelledArticle, Score, load_labelled, score  # noqa: E402

Finder = Callable[[str, str], Iterable[str]]
# texts written after the rules were tuned: the figure least flattered by tuning
HELD_OUT = "blind-"
# jieba tags that cannot be inside an organization's name
_NOT_IN_NAME = ("v", "d", "p", "c", "u", "r", "m", "q", "t", "f")


def rules_finder() -> tuple[Finder, OrganizationFinder]:
    finder = OrganizationFinder(load_organizations(DEFAULT_ORGANIZATIONS))
    return (lambda title, text: [o.name for o in finder.find(title, text)]), finder


def jieba_nt_finder() -> Finder | None:
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:
        return None
    jieba.setLogLevel(60)

    def find(title: str, text: str) -> list[str]:
        names = []
        for part in (title, text):
            names += [w.word for w in pseg.cut(part) if w.flag == "nt"]
        return list(dict.fromkeys(names))

    return find


def rules_jieba_finder(finder: OrganizationFinder) -> Finder | None:
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:
        return None
    jieba.setLogLevel(60)

    def trim(name: str) -> str:
        # Start after the last word jieba tags as verb, adverb, preposition …
        words = list(pseg.cut(name))
        start, position = 0, 0
        for word in words[:-1]:
            position += len(word.word)
            if word.flag.startswith(_NOT_IN_NAME):
                start = position
        return name[start:] if len(name) - start >= 3 else name

    def find(title: str, text: str) -> list[str]:
        return list(dict.fromkeys(trim(o.name) for o in finder.find(title, text)))

    return find


def event_accuracy(finder: OrganizationFinder, articles: list[LabelledArticle]) -> tuple[int, int]:
    right = total = 0
    for article in articles:
        found = {o.name: o for o in finder.find(article.title, article.text)}
        for name, event in article.events.items():
            total += 1
            org = found.get(name)
            right += bool(org and event in {m.event.value for m in org.mentions})
    return right, total


def report(label: str, finder: Finder, articles: list[LabelledArticle], verbose: bool) -> Score:
    started = time.perf_counter()
    result = score(finder, articles)
    ms = (time.perf_counter() - started) * 1000 / len(articles)
    print(
        f"{label:<12} precision {result.precision:.3f}  recall {result.recall:.3f}  "
        f"(tp {result.true_positives}, fp {len(result.false_positives)}, "
        f"fn {len(result.false_negatives)})  {ms:.2f} ms/article"
    )
    if verbose:
        for article_id, name in result.false_positives:
            print(f"    wrong   {article_id}: {name}")
        for article_id, name in result.false_negatives:
            print(f"    missed  {article_id}: {name}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args()
    articles = load_labelled()
    labelled = sum(len(a.organizations) for a in articles)
    print(f"{len(articles)} labelled articles, {labelled} organization names")
    rules, finder = rules_finder()
    report("rules", rules, articles, args.verbose)
    held_out = [a for a in articles if a.id.startswith(HELD_OUT)]
    report("  held out", rules, held_out, False)
    for label, variant in (
        ("jieba-nt", jieba_nt_finder()),
        ("rules+jieba", rules_jieba_finder(finder)),
    ):
        if variant is None:
            print(f"{label:<12} skipped: jieba is not installed")
        else:
            report(label, variant, articles, args.verbose)
    right, total = event_accuracy(finder, articles)
    print(f"events       {right}/{total} labelled mention events found ({right / total:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
