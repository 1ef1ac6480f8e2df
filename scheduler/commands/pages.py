"""Commands on one page or text: `extract`, `score`, `preview`, `explain`."""

from __future__ import annotations

import argparse
import sys
import urllib.request
from pathlib import Path

from newswatch.config import load_config
from newswatch.pipeline.article import ExtractionError
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.store.queue import ReviewQueue, UnknownArticle
from newswatch.scheduler.commands.errors import CommandError, configured_source
from newswatch.scheduler.commands.present import (
    format_explanation,
    format_extracted,
    format_verdict,
)
from newswatch.scheduler.preview import preview
from newswatch.scheduler.wiring import judge_for, load


def extract(args: argparse.Namespace) -> int:
    """`newswatch extract`: one page through the extractor."""
    rules = None
    if args.source:
        config = load_config(args.config)
        rules = config.rules_for(configured_source(config, args.source))
    body, content_type, url = _read_target(args.target, args.url)
    try:
        article = extract_article(
            body, url, rules=rules, content_type=content_type, reject_list_pages=True
        )
    except ExtractionError as exc:
        raise CommandError(f"no article in {args.target}: {exc}") from None
    print(format_extracted(article, args.json))
    return 0


def _read_target(target: str, url: str | None) -> tuple[bytes, str | None, str | None]:
    if target.startswith(("http://", "https://")):
        request = urllib.request.Request(target, headers={"User-Agent": _user_agent()})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.read(), response.headers.get("Content-Type"), url or target
        except OSError as exc:
            raise CommandError(f"cannot fetch {target}: {exc}") from None
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
