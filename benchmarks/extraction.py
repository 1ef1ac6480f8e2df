"""Extraction quality and speed on the test corpus: newswatch next to bare trafilatura.

Run from the repository root:  .venv/bin/python benchmarks/extraction.py [--repeat N]

For every layout of tests/corpus/ it prints character-level precision, recall
and F1 of the extracted body against the gold paragraphs, and milliseconds per
page, for:
  newswatch              extract_article with the layout's rules (tests/corpus/layouts.yaml)
  newswatch (no config)  extract_article with the built-in rules only
  trafilatura.extract    trafilatura.extract(html) with its defaults, on the raw bytes

Characters are compared as bags (whitespace ignored): precision is the share
of extracted characters that the gold text has, recall the share of gold
characters that were extracted.  A page that yields nothing scores 0 recall.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Replace the script folder: benchmarks/incremental.py would shadow Twisted's `incremental`.
sys.path[0] = str(Path(__file__).resolve().parents[1])

import trafilatura  # noqa: E402 (after the sys.path fix)
from newswatch.pipeline.article import ExtractionError  # noqa: E402 (after the sys.path fix)
from newswatch.pipeline.extract import extract_article  # noqa: E402 (after the sys.path fix)

from tests.corpus import GoldPage, load_corpus  # noqa: E402 (after the sys.path fix)

Extractor = Callable[[GoldPage], str]


def newswatch(page: GoldPage) -> str:
    """Body text from extract_article with the page's layout rules."""
    return _newswatch_text(page, configured=True)


def newswatch_builtin(page: GoldPage) -> str:
    """Body text from extract_article with the built-in rules only."""
    return _newswatch_text(page, configured=False)


def _newswatch_text(page: GoldPage, *, configured: bool) -> str:
    try:
        return extract_article(page.html, page.url, rules=page.rules if configured else None).text
    except ExtractionError:
        return ""


def bare_trafilatura(page: GoldPage) -> str:
    """trafilatura.extract on the raw page bytes, default options."""
    return trafilatura.extract(page.html, url=page.url) or ""


SYSTEMS: dict[str, Extractor] = {
    "newswatch": newswatch,
    "newswatch (no config)": newswatch_builtin,
    "trafilatura.extract": bare_trafilatura,
}


@dataclass(frozen=True)
class Score:
    """Character-bag overlap of one extraction with its gold text, and its duration."""

    common: int
    extracted: int
    gold: int
    seconds: float


def score(page: GoldPage, extractor: Extractor, repeat: int) -> Score:
    """Score one page; the time is the median of `repeat` runs."""
    times = []
    text = ""
    for _ in range(repeat):
        start = time.perf_counter()
        text = extractor(page)
        times.append(time.perf_counter() - start)
    got, want = _chars(text), _chars("\n".join(page.paragraphs))
    common = sum((got & want).values())
    return Score(common, sum(got.values()), sum(want.values()), statistics.median(times))


def _chars(text: str) -> Counter[str]:
    return Counter(char for char in text if not char.isspace())


def layout_of(page: GoldPage) -> str:
    """The corpus layout a page belongs to (government pages share one)."""
    return page.layout or page.name.split("_")[0]


def summarize(scores: list[Score]) -> tuple[float, float, float, float]:
    """(precision, recall, F1, ms per page) over pages, characters pooled."""
    common = sum(s.common for s in scores)
    extracted = sum(s.extracted for s in scores)
    gold = sum(s.gold for s in scores)
    precision = common / extracted if extracted else 0.0
    recall = common / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, 1000 * statistics.mean(s.seconds for s in scores)


def run(repeat: int) -> list[tuple[str, int, str, tuple[float, float, float, float]]]:
    """One row per layout (and all pages) and system."""
    pages = load_corpus()
    for page in pages:  # warm up imports and caches before timing anything
        for extractor in SYSTEMS.values():
            extractor(page)
    results: dict[str, dict[str, list[Score]]] = {name: {} for name in SYSTEMS}
    for name, extractor in SYSTEMS.items():
        for page in pages:
            results[name].setdefault(layout_of(page), []).append(score(page, extractor, repeat))
    layouts = sorted({layout_of(page) for page in pages})
    rows = []
    for layout in [*layouts, "all"]:
        for name in SYSTEMS:
            scores = (
                [s for group in results[name].values() for s in group]
                if layout == "all"
                else results[name][layout]
            )
            rows.append((layout, len(scores), name, summarize(scores)))
    return rows


def print_table(rows: list[tuple[str, int, str, tuple[float, float, float, float]]]) -> None:
    """The rows as an aligned plain-text table."""
    print(f"{'layout':<10} {'pages':>5}  {'system':<22} {'P':>6} {'R':>6} {'F1':>6} {'ms/page':>8}")
    previous = None
    for layout, pages, system, (precision, recall, f1, ms) in rows:
        label, count = (layout, str(pages)) if layout != previous else ("", "")
        previous = layout
        figures = f"{precision:6.3f} {recall:6.3f} {f1:6.3f} {ms:8.1f}"
        print(f"{label:<10} {count:>5}  {system:<22} {figures}")


def main() -> None:
    """Parse arguments, run the benchmark, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per page (median)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura logs every page it discards
    print_table(run(args.repeat))


if __name__ == "__main__":
    main()
