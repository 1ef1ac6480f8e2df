"""Commands on one page or text: `extract`, `score`, `preview`, `explain`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newswatch.config import ExtractionRules, load_config
from newswatch.pipeline.article import ExtractionError
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.sanitize import clean_article
from newswatch.pipeline.store.queue import ReviewQueue, UnknownArticle
from newswatch.scheduler.commands.errors import CommandError, configured_source
from newswatch.scheduler.commands.present import (
    format_explanation,
    format_extracted,
    format_extracted_line,
    format_verdict,
)
from newswatch.scheduler.fetch import FetchLimits, fetch
from newswatch.scheduler.preview import preview
from newswatch.scheduler.wiring import judge_for, load


def extract(args: argparse.Namespace) -> int:
    """`newswatch extract`: one page through the extractor."""
    rules = None
    limits = FetchLimits()  # the crawl's size cap and timeout
    if args.source:
        config = load_config(args.config)
        source = configured_source(config, args.source)
        rules = config.rules_for(source)
        limits = FetchLimits(timeout=source.download_timeout)
    if Path(args.target).is_dir():
        return _extract_folder(Path(args.target), rules, args.json)
    body, content_type, url = _read_target(args.target, args.url, limits)
    try:
        article = extract_article(
            body, url, rules=rules, content_type=content_type, reject_list_pages=True
        )
    except ExtractionError as exc:
        raise CommandError(f"no article in {args.target}: {exc}") from None
    # What the store would keep: terminals never get control characters.
    print(format_extracted(clean_article(article), args.json))
    return 0


def _extract_folder(folder: Path, rules: ExtractionRules | None, as_json: bool) -> int:
    """Every file in `folder` (sorted): one JSON line each with --json, else each page's
    text under its name. A page without an article is reported, counted, exit 1."""
    failed = 0
    pages = sorted(p for p in folder.iterdir() if p.is_file())
    for page in pages:
        article, error = None, None
        try:
            article = clean_article(
                extract_article(page.read_bytes(), None, rules=rules, reject_list_pages=True)
            )
        except (ExtractionError, OSError) as exc:
            error = str(exc)
            failed += 1
        if as_json:
            print(format_extracted_line(page.name, article, error), flush=True)
        elif article is not None:
            print(f"== {page.name}\n{format_extracted(article, False)}\n", flush=True)
        else:
            print(f"== {page.name}: no article: {error}\n", flush=True)
    print(f"newswatch: {len(pages) - failed} of {len(pages)} page(s) extracted", file=sys.stderr)
    return 1 if failed else 0


def _read_target(
    target: str, url: str | None, limits: FetchLimits
) -> tuple[bytes, str | None, str | None]:
    if target.startswith(("http://", "https://")):
        try:
            page = fetch(target, _user_agent(), limits)
        except OSError as exc:
            raise CommandError(f"cannot fetch {target}: {exc}") from None
        if page.status != 200:
            raise CommandError(f"cannot fetch {target}: HTTP {page.status}")
        return page.body, page.content_type, url or target
    if target == "-":
        return sys.stdin.buffer.read(), None, url
    try:
        return Path(target).read_bytes(), None, url
    except OSError as exc:
        raise CommandError(f"cannot read {target}: {exc.strerror}") from None


def _user_agent() -> str:
    from newswatch.crawler.settings import USER_AGENT

    return USER_AGENT


def score(args: argparse.Namespace) -> int:
    """`newswatch score`: the relevance verdict for one text."""
    judge = judge_for(load_config(args.config), args.config)
    if args.text_file == "-":
        text = sys.stdin.read()
    elif args.text_file:
        try:
            text = Path(args.text_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {args.text_file}: {exc}") from None
    else:
        text = ""
    print(format_verdict(judge.judge(args.title, text), args.json))
    return 0


def preview_command(args: argparse.Namespace) -> int:
    """`newswatch preview SOURCE`: check a source's config against the live site."""
    config = load_config(args.config)
    source = configured_source(config, args.source)
    try:
        problems = preview(config, source, args.limit)
    except OSError as exc:
        raise CommandError(f"cannot reach {source.start_urls[0]}: {exc}") from None
    return 1 if problems else 0


def explain(args: argparse.Namespace) -> int:
    """`newswatch explain ID`: why a stored article was judged as it was."""
    setup = load(args.config, args.db, create=False)
    try:
        article = ReviewQueue(setup.db).get(args.id)
    except UnknownArticle as exc:
        raise CommandError(str(exc)) from None
    verdict = setup.judge().judge(article.title, article.text)
    print(format_explanation(article, verdict))
    return 0
