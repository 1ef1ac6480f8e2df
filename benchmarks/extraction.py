"""Extraction quality and speed: newswatch next to the generic extractors, in one run.

Run from the repository root:  .venv/bin/python benchmarks/extraction.py [--repeat N] [--pages]
                                 [--corpus dev|full|original] [--only NAMES] [--corpus-dir DIR]

Pages: the development corpus (tests/corpus/dev: 20+ templates of Chinese
news, government, WeChat and self-media pages, 1–3 KB each), the full corpus
(tests/corpus/full: real-size pages, 20–60 KB of menus, hot lists, teasers
with summaries, comments and disclaimers around the article) and the
original corpus (tests/corpus), every page extracted WITHOUT per-site rules, as a new user
adding a source would.  --corpus-dir DIR scores the pages of any folder instead (your
own saved pages, say): every DIR/NAME.html that has a DIR/NAME.json beside it, the
JSON in the corpus gold format (url, title, published "YYYY-MM-DD[ HH:MM]",
paragraphs; "template" optional, the name's first "_" part when absent; other keys
ignored).  Systems:

  newswatch           extract_article(page bytes, url)
  trafilatura         trafilatura.extract(page bytes, url, with_metadata=True, output_format="json")
  readability-lxml    Document(text).summary() and .short_title()  (no dates)
  GNE                 GeneralNewsExtractor().extract(text)
  newspaper4k         Article(url, language="zh") on the page text

A system whose package is not installed is skipped with a note
(`pip install -e '.[test]'` installs all of them).  Figures per system:

  P / R / F1   body precision, recall and F1 over character bigrams
               (whitespace removed, bigrams counted as a multiset), averaged
               over pages; a page yielding nothing scores 0
  title        pages whose title is exactly the gold headline
  date         pages whose publication date is the gold date
  time         of the pages that show a time, those whose time is right to the minute
  leaks        pages with at least one leaked line (a line that is not article
               text: what is left of it once the gold paragraphs it contains
               are removed has 2+ letters), and the number of such lines
  ms/page      mean over pages of the median of --repeat timed runs (CPU time of
               this process: process_time, which load disturbs less than wall time)

The table covers all pages; one line per corpus and system follows it.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Replace the script folder: benchmarks/incremental.py would shadow Twisted's `incremental`.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from newswatch.pipeline.article import ExtractionError  # noqa: E402 (after the sys.path fix)
from newswatch.pipeline.extract import decode_html, extract_article  # noqa: E402
from newswatch.pipeline.extract.dates import parse_published  # noqa: E402

from tests.corpus import load_corpus  # noqa: E402
from tests.corpus.dev import load_dev_corpus  # noqa: E402
from tests.corpus.full import load_full_corpus  # noqa: E402


@dataclass(frozen=True)
class Gold:
    """What a page must yield: title, "YYYY-MM-DD[ HH:MM]", paragraphs."""

    name: str
    group: str
    corpus: str
    html: bytes
    url: str
    title: str
    published: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Output:
    """What a system returned: title, "YYYY-MM-DD[ HH:MM]" or None, body text."""

    title: str
    published: str | None
    text: str


System = Callable[[Gold], Output]


def gold_pages() -> list[Gold]:
    """The development, full and original corpora as one list."""
    dev = [
        Gold(p.name, p.template, "dev", p.html, p.url, p.title, p.published, p.paragraphs)
        for p in load_dev_corpus()
    ]
    full = [
        Gold(p.name, p.template, "full", p.html, p.url, p.title, p.published, p.paragraphs)
        for p in load_full_corpus()
    ]
    original = [
        Gold(
            p.name,
            "xhby" if p.name.startswith("xhby") else p.name.split("_")[0],
            "original",
            p.html,
            p.url,
            p.title,
            p.published_at.strftime("%Y-%m-%d %H:%M")
            if (p.published_at.hour, p.published_at.minute) != (0, 0)
            else p.published_at.strftime("%Y-%m-%d"),
            p.paragraphs,
        )
        for p in load_corpus()
    ]
    return dev + full + original


def folder_pages(folder: Path) -> list[Gold]:
    """The NAME.html / NAME.json pairs of any folder, in the corpus gold format, sorted by name.

    A page without its JSON is skipped: a folder of saved pages may hold some not yet labelled.
    """
    pages = []
    for path in sorted(folder.glob("*.html")):
        gold_path = path.with_suffix(".json")
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pages.append(
            Gold(
                path.stem,
                gold.get("template") or path.stem.split("_")[0],
                folder.name,
                path.read_bytes(),
                gold["url"],
                gold["title"],
                gold["published"],
                tuple(gold["paragraphs"]),
            )
        )
    return pages


def _as_published(value: object) -> str | None:
    """Any date value a system returns, as "YYYY-MM-DD[ HH:MM]" (no time when it gave none)."""
    if value is None or value == "":
        return None
    found = parse_published(str(value))
    if found is None:
        return None
    return found.value.strftime("%Y-%m-%d %H:%M" if found.has_time else "%Y-%m-%d")


def newswatch(page: Gold) -> Output:
    """extract_article with the built-in rules only."""
    try:
        article = extract_article(page.html, page.url)
    except ExtractionError:
        return Output("", None, "")
    published = None
    if article.published_at is not None:
        minute = article.published_precision == "minute"
        published = article.published_at.strftime("%Y-%m-%d %H:%M" if minute else "%Y-%m-%d")
    return Output(article.title, published, article.text)


def _text(page: Gold) -> str:
    return decode_html(page.html)[0]


def _trafilatura() -> System | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(page: Gold) -> Output:
        raw = trafilatura.extract(page.html, url=page.url, with_metadata=True, output_format="json")
        if not raw:
            return Output("", None, "")
        data = json.loads(raw)
        return Output(
            data.get("title") or "", _as_published(data.get("date")), data.get("text") or ""
        )

    return run


def _readability() -> System | None:
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        return None

    def run(page: Gold) -> Output:
        document = Document(_text(page))
        summary = lxml.html.fromstring(document.summary())
        blocks = summary.xpath("//p|//h1|//h2|//h3|//h4|//li|//td|//div[not(.//p|.//div)]")
        found = blocks if isinstance(blocks, list) else []
        texts = (b.text_content().strip() for b in found if isinstance(b, lxml.html.HtmlElement))
        text = "\n".join(t for t in texts if t)
        return Output(document.short_title() or "", None, text)

    return run


def _gne() -> System | None:
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    extractor = GeneralNewsExtractor()

    def run(page: Gold) -> Output:
        try:
            result = extractor.extract(_text(page))
        except Exception:  # a third-party failure scores as "nothing extracted"
            return Output("", None, "")
        return Output(
            result.get("title") or "",
            _as_published(result.get("publish_time")),
            result.get("content") or "",
        )

    return run


def _newspaper() -> System | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import newspaper
    except ImportError:
        return None

    def run(page: Gold) -> Output:
        article = newspaper.Article(page.url, language="zh")
        try:
            article.download(input_html=_text(page))
            article.parse()
        except Exception:  # a third-party failure scores as "nothing extracted"
            return Output("", None, "")
        return Output(article.title or "", _as_published(article.publish_date), article.text or "")

    return run


def systems() -> tuple[dict[str, System], list[str]]:
    """The installed systems by name, and notes on the missing ones."""
    found: dict[str, System] = {"newswatch": newswatch}
    notes = []
    for name, factory, package in (
        ("trafilatura", _trafilatura, "trafilatura"),
        ("readability-lxml", _readability, "readability-lxml"),
        ("GNE", _gne, "gne"),
        ("newspaper4k", _newspaper, "newspaper4k"),
    ):
        system = factory()
        if system is None:
            notes.append(f"{name} skipped: package {package} is not installed")
        else:
            found[name] = system
    return found, notes


_SPACE = re.compile(r"\s+")
_LETTERS = re.compile(r"[\w\u4e00-\u9fff]")


def _bigrams(text: str) -> Counter[str]:
    squeezed = _SPACE.sub("", text)
    return Counter(squeezed[i : i + 2] for i in range(len(squeezed) - 1))


def prf(got: str, page: Gold) -> tuple[float, float, float]:
    """Bigram precision, recall and F1 of `got` against the gold paragraphs."""
    have, want = _bigrams(got), _bigrams("".join(page.paragraphs))
    common = sum((have & want).values())
    precision = common / sum(have.values()) if have else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def leaked_lines(got: str, page: Gold) -> list[str]:
    """Lines of `got` that carry text which is not the article's."""
    gold = _SPACE.sub("", "".join(page.paragraphs))
    squeezed_paragraphs = sorted(
        (_SPACE.sub("", p) for p in page.paragraphs), key=len, reverse=True
    )
    leaks = []
    for line in got.splitlines():
        rest = _SPACE.sub("", line)
        if not rest or rest in gold:
            continue
        for paragraph in squeezed_paragraphs:
            rest = rest.replace(paragraph, "")
        if len(_LETTERS.findall(rest)) >= 2 and rest not in gold:
            leaks.append(line)
    return leaks


@dataclass
class Tally:
    """One system's figures over the pages."""

    p: list[float]
    r: list[float]
    f1: list[float]
    title: int = 0
    date: int = 0
    time_shown: int = 0
    time_right: int = 0
    leak_pages: int = 0
    leak_lines: int = 0
    ms: list[float] | None = None
    # per page: (corpus, F1, leaked, ms) for the per-corpus lines
    rows: list[tuple[str, float, bool, float]] | None = None


def evaluate(
    pages: list[Gold], found: dict[str, System], repeat: int, show_pages: bool
) -> dict[str, Tally]:
    """Every system on every page: the tallies, and per-page misses printed on request."""
    tallies = {name: Tally([], [], [], ms=[], rows=[]) for name in found}
    for page in pages:
        for name, system in found.items():
            times = []
            out = Output("", None, "")
            for _ in range(repeat):
                start = time.process_time()
                out = system(page)
                times.append(time.process_time() - start)
            tally = tallies[name]
            assert tally.ms is not None
            tally.ms.append(1000 * statistics.median(times))
            p, r, f1 = prf(out.text, page)
            tally.p.append(p)
            tally.r.append(r)
            tally.f1.append(f1)
            title_ok = _SPACE.sub("", out.title) == _SPACE.sub("", page.title)
            tally.title += title_ok
            date_ok = out.published is not None and out.published[:10] == page.published[:10]
            tally.date += date_ok
            shows_time = len(page.published) > 10
            time_ok = shows_time and out.published == page.published
            tally.time_shown += shows_time
            tally.time_right += time_ok
            leaks = leaked_lines(out.text, page)
            tally.leak_pages += bool(leaks)
            tally.leak_lines += len(leaks)
            assert tally.rows is not None
            tally.rows.append((page.corpus, f1, bool(leaks), tally.ms[-1]))
            if show_pages and name == "newswatch":
                problems = []
                if f1 < 0.999:
                    problems.append(f"F1 {f1:.3f} (P {p:.3f} R {r:.3f})")
                if not title_ok:
                    problems.append(f"title {out.title!r}")
                if not date_ok or (shows_time and not time_ok) or out.published != page.published:
                    problems.append(f"published {out.published} want {page.published}")
                problems += [f"leak {line[:60]!r}" for line in leaks]
                if problems:
                    print(f"{page.name}: " + "; ".join(problems))
    return tallies


def print_table(pages: list[Gold], tallies: dict[str, Tally], notes: list[str]) -> None:
    """The tallies as a Markdown table."""
    n = len(pages)
    groups = len({page.group for page in pages})
    shown = next(iter(tallies.values())).time_shown
    print(f"{n} pages, {groups} templates; {shown} pages show a time\n")
    print(
        "| extractor | P | R | body F1 | title right | date right | time right "
        "| pages leaking (lines) | ms/page |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, t in tallies.items():
        assert t.ms is not None
        print(
            f"| {name} | {statistics.mean(t.p):.3f} | {statistics.mean(t.r):.3f} | "
            f"{statistics.mean(t.f1):.3f} | {t.title}/{n} | {t.date}/{n} | "
            f"{t.time_right}/{t.time_shown} | {t.leak_pages} ({t.leak_lines}) | "
            f"{statistics.mean(t.ms):.1f} |"
        )
    print()
    for corpus in dict.fromkeys(page.corpus for page in pages):
        for name, t in tallies.items():
            assert t.rows is not None
            rows = [row for row in t.rows if row[0] == corpus]
            f1 = statistics.mean(row[1] for row in rows)
            ms = statistics.mean(row[3] for row in rows)
            leaking = sum(row[2] for row in rows)
            print(
                f"{corpus} ({len(rows)} pages) {name}: "
                f"F1 {f1:.3f}, {leaking} leaking, {ms:.1f} ms/page"
            )
    ratio = _ratio(tallies)
    if ratio is not None:
        print(f"\nnewswatch ms/page ÷ trafilatura ms/page: {ratio:.2f}")
    for note in notes:
        print(f"\nnote: {note}")


def _ratio(tallies: dict[str, Tally]) -> float | None:
    """newswatch's time per page over trafilatura's (None without trafilatura)."""
    ours, theirs = tallies.get("newswatch"), tallies.get("trafilatura")
    if ours is None or theirs is None or not ours.ms or not theirs.ms:
        return None
    return statistics.mean(ours.ms) / statistics.mean(theirs.ms)


def main() -> None:
    """Parse arguments, run every installed system on every page, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page (median)")
    parser.add_argument("--pages", action="store_true", help="list newswatch's misses per page")
    parser.add_argument(
        "--only", help="only pages whose name contains one of these (comma-separated)"
    )
    parser.add_argument("--corpus", choices=("dev", "full", "original"), help="only this corpus")
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        help="score the NAME.html/NAME.json pairs of this folder instead of the built-in corpora",
    )
    args = parser.parse_args()
    if args.corpus_dir is not None and args.corpus is not None:
        parser.error("--corpus picks a built-in corpus, --corpus-dir replaces them: give one")
    if args.corpus_dir is not None and not args.corpus_dir.is_dir():
        parser.error(f"--corpus-dir {args.corpus_dir}: not a folder")
    logging.disable(logging.WARNING)  # the libraries log every page they discard
    warnings.simplefilter("ignore")
    candidates = gold_pages() if args.corpus_dir is None else folder_pages(args.corpus_dir)
    pages = [
        page
        for page in candidates
        if (not args.only or any(part in page.name for part in args.only.split(",")))
        and args.corpus in (None, page.corpus)
    ]
    if not pages:
        parser.error("no pages to score")
    found, notes = systems()
    for page in pages:  # warm up imports and caches before timing anything
        for system in found.values():
            system(page)
    print_table(pages, evaluate(pages, found, args.repeat, args.pages), notes)


if __name__ == "__main__":
    main()
