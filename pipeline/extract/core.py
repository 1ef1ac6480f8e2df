"""extract_article: one page's bytes in, one clean article with its metadata out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from lxml.html import HtmlElement
from newswatch.config.models import ExtractionRules
from newswatch.config.regex import compile_user_pattern
from newswatch.pipeline.article import ExtractedArticle, ExtractionError
from newswatch.pipeline.extract.body import (
    SELECTOR,
    TRAFILATURA,
    TRAFILATURA_RECALL,
    BodyCandidate,
    choose_body,
    document_lines,
    run_trafilatura,
)
from newswatch.pipeline.extract.boilerplate import LineCleaner
from newswatch.pipeline.extract.builtin_rules import BuiltinRules, Limits, load_builtin_rules
from newswatch.pipeline.extract.credits import take_credits
from newswatch.pipeline.extract.dates import date_from_url, reconcile
from newswatch.pipeline.extract.document import canonical_url, page_lines, page_title, parse_html
from newswatch.pipeline.extract.encoding import binary_reason, decode_html
from newswatch.pipeline.extract.layout_tables import without_layout_tables
from newswatch.pipeline.extract.metadata import (
    find_labelled,
    find_published,
    find_title,
    labelled_value,
    lines_after,
    parse_tags,
    strip_label,
)
from newswatch.pipeline.extract.selectors import (
    invalid_selectors,
    invalid_xpaths,
    prune_expressions,
    select_lines,
    select_text,
)
from newswatch.pipeline.extract.text import count_cjk
from trafilatura.metadata import Document

# More replacement characters than this share of the text: the bytes were not text.
_MAX_REPLACEMENT_SHARE = 0.1
_SNIFF_CHARS = 8192


def extract_article(
    body: bytes | str,
    url: str | None = None,
    *,
    rules: ExtractionRules | None = None,
    content_type: str | None = None,
) -> ExtractedArticle:
    """The article on a page: clean body text, title, time, source, author, editor, tags.

    `body` is the page as downloaded (bytes, decoded here) or already decoded
    text; `url` is where it came from (its date cross-checks the page's);
    `rules` are the source's selectors and patterns, applied on top of the
    built-in Chinese-news rules; `content_type` is the HTTP header, for its
    charset.  Raises ExtractionError, with a one-line reason, for empty or
    binary bodies and pages without article text; never anything else for
    bad input.
    """
    text, encoding = page_text(body, content_type)
    root = parse_html(text)
    return extract_from_tree(
        root, url, rules or ExtractionRules(), load_builtin_rules(), encoding=encoding
    )


def page_text(body: bytes | str, content_type: str | None = None) -> tuple[str, str | None]:
    """The page as text and the encoding it was decoded from (None for str input)."""
    if isinstance(body, str):
        _reject_unusable(body.encode("utf-8", errors="replace")[:_SNIFF_CHARS])
        return body, None
    if not isinstance(body, bytes | bytearray | memoryview):
        raise ExtractionError(f"page body must be bytes or str, not {type(body).__name__}")
    data = bytes(body)
    _reject_unusable(data)
    text, encoding = decode_html(data, content_type)
    if text.count("\ufffd") > _MAX_REPLACEMENT_SHARE * len(text):
        raise ExtractionError(f"undecodable content: not text in {encoding} or any known charset")
    return text, encoding


def _reject_unusable(data: bytes) -> None:
    if not data:
        raise ExtractionError("empty page: the body is empty")
    if not data.strip():
        raise ExtractionError("empty page: the body is only whitespace")
    reason = binary_reason(data)
    if reason:
        raise ExtractionError(reason)


def extract_from_tree(
    root: HtmlElement,
    url: str | None,
    rules: ExtractionRules,
    builtin: BuiltinRules,
    *,
    encoding: str | None = None,
) -> ExtractedArticle:
    """extract_article on a page already parsed into `root` (which is left unchanged).

    `rules` are the source's rules and `builtin` the built-in ones
    (load_builtin_rules()); `encoding` is only recorded on the result.
    """
    warnings = _rule_warnings(rules)
    fast = _needs_fast_mode(root, builtin.limits, warnings)
    trafilatura_run = partial(
        run_trafilatura,
        without_layout_tables(root, builtin.limits.layout_table_cell_chars),
        url,
        prune_expressions(
            [*builtin.prune, *rules.prune], [*builtin.prune_xpath, *rules.prune_xpath]
        ),
        fast=fast,
    )
    first = trafilatura_run(recall=False, with_metadata=True)
    title_tag = page_title(root)
    title = find_title(root, rules.title, builtin, title_tag, first.title if first else None)
    body = _body(root, rules, builtin, title, first, trafilatura_run)
    credited = take_credits(body.lines, builtin.credits, builtin.limits.credit_scan_paragraphs)
    if not credited.paragraphs:
        raise ExtractionError("no article text: only boilerplate and credits were found")
    text = "\n".join(credited.paragraphs)
    if count_cjk(text) < builtin.limits.min_body_cjk:
        warnings.append(f"short article text: {count_cjk(text)} Chinese characters")
    if not title:
        warnings.append("no title found")
    canonical = canonical_url(root, url)
    meta = _metadata(root, url or canonical, rules, builtin, title, body.raw, first)
    return ExtractedArticle(
        url=url,
        title=title,
        text=text,
        published_at=meta.published_at,
        source=meta.source,
        author=meta.selected_author or " ".join(credited.names) or meta.labelled_author,
        editor=meta.editor,
        tags=meta.tags,
        strategy=body.strategy,
        encoding=encoding,
        canonical_url=canonical,
        warnings=tuple(warnings + meta.warnings),
    )


def _needs_fast_mode(root: HtmlElement, limits: Limits, warnings: list[str]) -> bool:
    """Whether the page is big enough for trafilatura's fast mode; too big is an error."""
    size = sum(1 for _ in root.iter())
    if size > limits.max_elements:
        raise ExtractionError(
            f"page too large to extract: {size} HTML elements (limit {limits.max_elements})"
        )
    if size <= limits.fast_mode_elements:
        return False
    warnings.append(f"large page ({size} HTML elements): trafilatura ran in fast mode")
    return True


def _body(
    root: HtmlElement,
    rules: ExtractionRules,
    builtin: BuiltinRules,
    title: str,
    first: Document | None,
    trafilatura_run: Callable[..., Document | None],
) -> BodyCandidate:
    """The cleaned body lines of the first strategy that finds enough article text."""
    body = choose_body(
        [
            (TRAFILATURA, lambda: document_lines(first)),
            (
                TRAFILATURA_RECALL,
                lambda: document_lines(trafilatura_run(recall=True, with_metadata=False)),
            ),
            (SELECTOR, lambda: select_lines(root, [*rules.body, *builtin.selectors.body])),
        ],
        LineCleaner(builtin, tuple(compile_user_pattern(p) for p in rules.drop_lines)),
        title,
        builtin.limits.min_body_cjk,
    )
    if body is None:
        raise ExtractionError(
            "no article text: trafilatura, its recall mode and the body selectors found none"
        )
    return body


@dataclass(frozen=True)
class _Metadata:
    """What the page says about the article besides its text."""

    published_at: datetime | None
    source: str | None
    selected_author: str | None
    labelled_author: str | None
    editor: str | None
    tags: tuple[str, ...]
    warnings: list[str]


def _metadata(
    root: HtmlElement,
    url: str | None,
    rules: ExtractionRules,
    builtin: BuiltinRules,
    title: str,
    body_lines: list[str],
    first: Document | None,
) -> _Metadata:
    """Time, source, author, editor and tags: selectors first, then labelled lines.

    Lines are searched in the extracted body (before cleaning), then in the
    page from the headline down.
    """
    line_groups = (body_lines, lines_after(page_lines(root), title))
    labels = builtin.labels
    published = find_published(
        root, rules.published, builtin, line_groups, first.date if first else None
    )
    when = reconcile(published, date_from_url(url, builtin.url_dates))
    selected_author = select_text(root, [*rules.author, *builtin.selectors.author])
    return _Metadata(
        published_at=when.value,
        source=find_labelled(
            root, [*rules.source, *builtin.selectors.source], labels.source, builtin, line_groups
        ),
        selected_author=strip_label(selected_author, builtin) if selected_author else None,
        labelled_author=labelled_value(line_groups, labels.author),
        editor=find_labelled(
            root, [*rules.editor, *builtin.selectors.editor], labels.editor, builtin, line_groups
        ),
        tags=parse_tags(labelled_value(line_groups, labels.tags)),
        warnings=[when.warning] if when.warning else [],
    )


def _rule_warnings(rules: ExtractionRules) -> list[str]:
    """One warning per selector or XPath in `rules` that cannot be used (it is skipped)."""
    css = [
        *rules.title,
        *rules.published,
        *rules.source,
        *rules.author,
        *rules.editor,
        *rules.body,
        *rules.prune,
    ]
    return [
        f"invalid CSS selector {selector!r} in extraction rules (ignored)"
        for selector in invalid_selectors(css)
    ] + [
        f"invalid XPath {expression!r} in extraction rules (ignored)"
        for expression in invalid_xpaths(rules.prune_xpath)
    ]
