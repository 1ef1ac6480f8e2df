"""`newswatch lexicon`: what reviewers' decisions say about the topic lexicon.

`suggest` prints a patch of topics.yaml for a person to read and apply;
nothing here writes the lexicon.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from newswatch.config import load_topics, topics_path
from newswatch.pipeline.feedback import (
    MIN_SUPPORT,
    TermEvidence,
    agreement,
    reviewed_articles,
    suggest,
    term_evidence,
    topics_patch,
)
from newswatch.scheduler.display import safe, table
from newswatch.scheduler.wiring import load


def lexicon_suggest(args: argparse.Namespace) -> int:
    """`newswatch lexicon suggest`."""
    setup = load(args.config, args.db, create=False)
    path = topics_path(setup.config, setup.config_path)
    topics = load_topics(path)
    reviewed = reviewed_articles(setup.db)
    min_support = args.min_support or MIN_SUPPORT
    suggestions = suggest(topics, reviewed, min_support=min_support)
    print(
        f"{suggestions.reviewed} reviewed article(s), {suggestions.approved} approved; "
        f"terms need {min_support} reviewed articles as evidence",
        file=sys.stderr,
    )
    for change in suggestions.changes:
        print(f"  weight  {safe(change.describe())}", file=sys.stderr)
    for term in suggestions.new_terms:
        kind = "new term" if term.for_relevance else "against "
        print(f"  {kind} {safe(term.describe())}", file=sys.stderr)
    if not suggestions:
        print("nothing to suggest", file=sys.stderr)
        return 0
    patch = topics_patch(path.read_text(encoding="utf-8"), _label(path), suggestions)
    if args.output:
        Path(args.output).write_text(patch, encoding="utf-8")
        print(f"patch written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(patch)
    return 0


def _label(path: Path) -> str:
    """The lexicon's path as the patch names it: relative to here when below it."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return os.fspath(resolved).lstrip("/")


def lexicon_report(args: argparse.Namespace) -> int:
    """`newswatch lexicon report`."""
    setup = load(args.config, args.db, create=False)
    topics = load_topics(topics_path(setup.config, setup.config_path))
    db = setup.db
    reviewed = reviewed_articles(db)
    evidence = sorted(term_evidence(topics, reviewed), key=lambda e: (-e.support, e.topic, e.term))
    agreed = agreement(db)
    if args.json:
        print(
            json.dumps(
                {
                    "reviewed": agreed.reviewed,
                    "agreement": agreed.rate,
                    "terms": [_term_json(e) for e in evidence],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    rows = [
        [
            e.topic,
            safe(e.term),
            f"{e.weight:g}",
            str(e.support),
            str(e.approved),
            str(e.rejected),
            "-" if e.precision is None else f"{e.precision:.2f}",
        ]
        for e in evidence
    ]
    print(
        table(
            ["topic", "term", "weight", "reviewed", "approved", "rejected", "precision"],
            rows,
            [24, 20, 6, 8, 8, 8, 9],
        )
    )
    rate = "-" if agreed.rate is None else f"{agreed.rate:.0%}"
    print(
        f"\n{agreed.reviewed} reviewed article(s): {agreed.approved} approved, "
        f"{agreed.rejected} rejected; the filter agreed with reviewers on {rate}"
    )
    return 0


def _term_json(e: TermEvidence) -> dict[str, object]:
    return {
        "topic": e.topic,
        "term": e.term,
        "weight": e.weight,
        "reviewed": e.support,
        "approved": e.approved,
        "rejected": e.rejected,
        "precision": e.precision,
    }
