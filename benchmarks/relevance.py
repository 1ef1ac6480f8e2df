"""Relevance judge figures: precision, recall, F1, confusion table, misjudged items, speed.

Run from the repository root:

    .venv/bin/python benchmarks/relevance.py [--topics FILE] [--labelled FILE] [--text FILE ...]

`--text` adds real article texts (e.g. a seed page) to the speed measurement.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Replace the script folder: benchmarks/incremental.py would shadow Twisted's `incremental`.
sys.path[0] = str(ROOT)

import yaml  # noqa: E402
from newswatch.config.loader import DEFAULT_TOPICS  # noqa: E402
from newswatch.config.topics import load_topics  # noqa: E402
from newswatch.pipeline.relevance import RelevanceJudge, Verdict  # noqa: E402

DEFAULT_LABELLED = ROOT / "tests" / "relevance" / "labelled.yaml"
LONG_ARTICLE_CHARS = 5000


@dataclass(frozen=True)
class Judged:
    """One labelled item with the judge's verdict."""

    item: dict[str, Any]
    verdict: Verdict

    @property
    def correct(self) -> bool:
        return self.verdict.relevant == self.item["relevant"]


def main(argv: list[str] | None = None) -> None:
    """Print quality and speed figures of the relevance judge over the labelled set."""
    args = _parse_args(argv)
    judge = RelevanceJudge.from_config(load_topics(args.topics))
    items = yaml.safe_load(args.labelled.read_text(encoding="utf-8"))["items"]
    judged = [Judged(item, judge.judge(item["title"], item["text"])) for item in items]
    print(f"lexicon: {args.topics}\nlabelled set: {args.labelled} ({len(items)} items)\n")
    _print_quality(judged)
    _print_by_kind(judged)
    _print_misjudged(judged)
    _print_speed(judge, items, args.text)


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=Path, default=DEFAULT_TOPICS)
    parser.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    parser.add_argument("--text", type=Path, action="append", default=[])
    return parser.parse_args(argv)


def _print_quality(judged: list[Judged]) -> None:
    table = Counter((j.item["relevant"], j.verdict.relevant) for j in judged)
    tp, fp, fn, tn = table[True, True], table[False, True], table[True, False], table[False, False]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"precision {precision:.3f}   recall {recall:.3f}   F1 {f1:.3f}\n")
    print("confusion          judged relevant   judged not")
    print(f"labelled relevant  {tp:>15}   {fn:>10}")
    print(f"labelled not       {fp:>15}   {tn:>10}\n")


def _print_by_kind(judged: list[Judged]) -> None:
    print("by kind            items   correct   score min / median / max")
    for kind in ("relevant", "relevant_implicit", "near_miss", "unrelated"):
        group = [j for j in judged if j.item["kind"] == kind]
        if not group:
            continue
        scores = sorted(j.verdict.score for j in group)
        correct = sum(j.correct for j in group)
        median = scores[len(scores) // 2]
        print(
            f"{kind:<18} {len(group):>5}   {correct:>7}   "
            f"{scores[0]:.2f} / {median:.2f} / {scores[-1]:.2f}"
        )
    print()


def _print_misjudged(judged: list[Judged]) -> None:
    wrong = [j for j in judged if not j.correct]
    print(f"misjudged: {len(wrong)}")
    for j in wrong:
        terms = ", ".join(f"{phrase}×{n}" for phrase, n in j.verdict.matched_terms.items())
        expected = "relevant" if j.item["relevant"] else "not relevant"
        print(
            f"  {j.item['id']} [{j.item['kind']}] {j.item['title']}\n"
            f"      labelled {expected}, score {j.verdict.score:.2f}; terms: {terms or '-'}"
        )
    print()


def _print_speed(judge: RelevanceJudge, items: list[dict[str, Any]], texts: list[Path]) -> None:
    articles = [(item["title"], item["text"]) for item in items]
    corpus = "".join(text for _, text in articles)
    long_text = (corpus * (LONG_ARTICLE_CHARS // len(corpus) + 1))[:LONG_ARTICLE_CHARS]
    average = sum(len(title) + len(text) for title, text in articles) / len(articles)
    print("speed (best of 5 runs)")
    per_item = _best_ms_per_article(judge, articles)
    print(f"  labelled items (avg {average:.0f} chars): {per_item:.3f} ms per article")
    per_long = _best_ms_per_article(judge, [("", long_text)] * 20)
    print(f"  {LONG_ARTICLE_CHARS}-char article:              {per_long:.3f} ms per article")
    for path in texts:
        text = path.read_text(encoding="utf-8")
        per_text = _best_ms_per_article(judge, [("", text)] * 20)
        print(f"  {path.name} ({len(text)} chars): {per_text:.3f} ms per article")


def _best_ms_per_article(judge: RelevanceJudge, articles: list[tuple[str, str]]) -> float:
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for title, text in articles:
            judge.judge(title, text)
        best = min(best, time.perf_counter() - start)
    return best * 1000 / len(articles)


if __name__ == "__main__":
    main()
