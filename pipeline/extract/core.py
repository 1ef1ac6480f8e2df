"""extract_article: one page's bytes in, one clean article with its metadata out."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from datetime import datetime

from lxml import etree
from lxml.html import HtmlElement
from newswatch.config.models import ExtractionRules
from newswatch.config.regex import UserPattern, compile_user_pattern
from newswatch.pipeline.article import (
    ExtractedArticle,
    ExtractionError,
    ListPageError,
    TimePrecision,
)
from newswatch.pipeline.extract.body import (
    DENSITY,
    SELECTOR,
    SHARED_BLOCK,
    TRAFILATURA,
    TRAFILATURA_RECALL,
    BodyCandidate,
    agreed_body,
    choose_body,
    document_lines,
    pruned_copy,
    run_trafilatura,
    shared_block_lines,
)
from newswatch.pipeline.extract.boilerplate import LineCleaner
from newswatch.pipeline.extract.builtin_rules import BuiltinRules, Limits, load_builtin_rules
from newswatch.pipeline.extract.captions import picture_labels
from newswatch.pipeline.extract.choice import PageLines, ScoreWeights
from newswatch.pipeline.extract.credits import byline_near_headline, take_credits
from newswatch.pipeline.extract.dates import date_from_url, reconcile
from newswatch.pipeline.extract.density import aside_lines, dense_containers, record_blocks
from newswatch.pipeline.extract.document import (
    canonical_url,
    element_lines,
    link_texts,
    page_lines,
    page_title,
    parse_html,
)
from newswatch.pipeline.extract.encoding import binary_reason, decode_html
from newswatch.pipeline.extract.headline import account_names, find_headline
from newswatch.pipeline.extract.layout_tables import without_layout_tables
from newswatch.pipeline.extract.lead import lead_caption
from newswatch.pipeline.extract.listpage import list_page_reason
from newswatch.pipeline.extract.metadata import (
    find_labelled,
    labelled_value,
    lines_after,
    parse_tags,
    strip_label,
)
from newswatch.pipeline.extract.published import find_published
from newswatch.pipeline.extract.region import article_region, cropped
from newswatch.pipeline.extract.selectors import (
    compiled_prune,
    invalid_selectors,
    invalid_xpaths,
    select_lines,
    select_text,
)
from newswatch.pipeline.extract.text import ascii_forms, count_cjk

# More replacement characters than this share of the text: the bytes were not text.
_MAX_REPLACEMENT_SHARE = 0.1
_SNIFF_CHARS = 8192


def extract_article(
    body: bytes | str,
    url: str | None = None,
    *,
    rules: ExtractionRules | None = None,
    content_type: str | None = None,
    reject_list_pages: bool = False,
) -> ExtractedArticle:
    """The article on a page: clean body text, title, time, source, author, editor, tags.

    `body` is the page as downloaded (bytes, decoded here) or already decoded
    text; `url` is where it came from (its date cross-checks the page's);
    `rules` are the source's selectors and patterns, applied on top of the
    built-in Chinese-news rules; `content_type` is the HTTP header, for its
    charset.  Raises ExtractionError, with a one-line reason, for empty or
    binary bodies and pages without article text; never anything else for
    bad input.  `reject_list_pages` raises ListPageError for a channel or
    list page (`newswatch extract` asks for it).
    """
    text, encoding = page_text(body, content_type)
    root = parse_html(text)
    return extract_from_tree(
        root,
        url,
        rules or ExtractionRules.model_validate({}),
        load_builtin_rules(),
        encoding=encoding,
        reject_list_pages=reject_list_pages,
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
    reject_list_pages: bool = False,
) -> ExtractedArticle:
    """extract_article on a page already parsed into `root` (which is left unchanged).

    `rules` are the source's rules and `builtin` the built-in ones
    (load_builtin_rules()); `encoding` is only recorded on the result.  With
    `reject_list_pages`, a channel or list page raises ListPageError instead
    of yielding its teasers as an article.
    """
    warnings = _rule_warnings(rules)
    fast = _needs_fast_mode(root, builtin.limits, warnings)
    lines = page_lines(root)
    headline = find_headline(root, rules.title, builtin, page_title(root))
    title = headline.text
    page = PageLines.of(
        lines, title, link_texts(root), aside_lines(root, builtin.density.negative, title)
    )
    body = _body(root, url, rules, builtin, title, page, fast)
    caption = lead_caption(root, page, body.lines, LineCleaner(builtin).is_junk)
    if caption:
        body = dataclasses.replace(body, lines=[caption, *body.lines])
    if reject_list_pages and not headline.confirmed:
        reason = list_page_reason(root, body.lines, builtin.limits.list_min_links)
        if reason:
            raise ListPageError(reason)
    credited = take_credits(body.lines, builtin.credits, builtin.limits.credit_scan_paragraphs)
    if not credited.paragraphs:
        raise ExtractionError("no article text: only boilerplate and credits were found")
    text = "\n".join(credited.paragraphs)
    if count_cjk(text) < builtin.limits.min_body_cjk:
        warnings.append(f"short article text: {count_cjk(text)} Chinese characters")
    if not title:
        warnings.append("no title found")
    canonical = canonical_url(root, url)
    meta = _metadata(root, url or canonical, rules, builtin, body.raw, page)
    return ExtractedArticle(
        url=url,
        title=ascii_forms(title),
        text=text,
        published_at=meta.published_at,
        published_precision=meta.precision,
        source=meta.source,
        author=meta.selected_author or " ".join(credited.names) or meta.labelled_author,
        editor=meta.editor,
        tags=meta.tags,
        strategy=body.strategy,
        encoding=encoding,
        canonical_url=canonical,
        warnings=tuple(warnings + meta.warnings),
    )


@functools.lru_cache(maxsize=256)
def _source_drops(patterns: tuple[str, ...]) -> tuple[UserPattern, ...]:
    """A source's drop_lines compiled once, and joined into one RE2 pattern.

    RE2 has no backreferences or lookaround, so an alternation of the
    patterns finds a match exactly when one of them does; a line is then
    searched once instead of once per pattern.  Patterns quoting with \\Q
    (which runs to the end of the pattern when not closed) stay apart.
    """
    compiled = tuple(compile_user_pattern(pattern) for pattern in patterns)
    if len(compiled) < 2 or any("\\Q" in pattern for pattern in patterns):
        return compiled
    try:
        return (compile_user_pattern("|".join(f"(?:{pattern})" for pattern in patterns)),)
    except ValueError:  # a repeated group name: they stay apart
        return compiled


# Every node lxml's iter() yields (elements, comments, processing instructions), counted in C.
# A union of the three kinds: a node() test with a predicate on every node, text
# included, took 25 times as long (2-3% of a small page's extraction).
_NODE_COUNT = etree.XPath(
    "count(descendant-or-self::* | descendant::comment() | descendant::processing-instruction())"
)


def _needs_fast_mode(root: HtmlElement, limits: Limits, warnings: list[str]) -> bool:
    """Whether the page is big enough for trafilatura's fast mode; too big is an error."""
    counted = _NODE_COUNT(root)
    size = int(counted) if isinstance(counted, float) else sum(1 for _ in root.iter())
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
    url: str | None,
    rules: ExtractionRules,
    builtin: BuiltinRules,
    title: str,
    page: PageLines,
    fast: bool,
) -> BodyCandidate:
    """The cleaned body lines of the best-scoring candidate (see choice.py)."""
    limits = builtin.limits
    prune = compiled_prune(
        (*builtin.prune, *rules.prune), (*builtin.prune_xpath, *rules.prune_xpath)
    )
    pruned = pruned_copy(root, prune)
    # Teaser and comment records go before any strategy sees them: their
    # summaries and comments read like article text (see density.record_blocks).
    # Likely ones stay but count as chrome in the score.
    sure, likely = record_blocks(pruned)
    if likely:
        found = {line for block in likely for line in element_lines(block)}
        page = dataclasses.replace(page, aside_texts=page.aside_texts | found)
    for block in sure:
        block.drop_tree()
    source_drops = _source_drops(tuple(rules.drop_lines))
    cleaner = LineCleaner(
        builtin,
        source_drops,
        page.link_texts,
        picture_labels(pruned),
        account_names(root, builtin.selectors.account),
    )

    containers = dense_containers(
        pruned, builtin.density.negative, cleaner.is_junk, limits.density_candidates, title
    )

    @functools.cache
    def densest(rank: int) -> list[str]:
        return element_lines(containers[rank]) if rank < len(containers) else []

    weights = ScoreWeights(
        limits.max_junk_share,
        limits.headline_slack_lines,
        limits.headline_scale_lines,
        limits.max_gap_lines,
    )
    selected = select_lines(pruned, [*rules.body, *builtin.selectors.body])
    if selected and containers and selected == densest(0):
        agreed = agreed_body(
            SELECTOR, selected, cleaner, title, page, weights, enough=limits.min_body_cjk
        )
        if agreed is not None:
            return agreed

    @functools.cache
    def tree() -> HtmlElement:
        region = article_region(pruned, containers[0], title) if containers else None
        whole = pruned if region is None else cropped(region)
        return without_layout_tables(whole, limits.layout_table_cell_chars, title)

    body = choose_body(
        [
            (
                TRAFILATURA,
                lambda: document_lines(run_trafilatura(tree(), url, recall=False, fast=fast)),
            ),
            (SELECTOR, lambda: selected),
            *((DENSITY, functools.partial(densest, rank)) for rank in range(len(containers))),
        ],
        cleaner,
        title,
        page,
        weights,
        enough=limits.min_body_cjk,
        extra=[
            (SHARED_BLOCK, lambda: shared_block_lines(containers, cleaner.is_junk)),
            (
                TRAFILATURA_RECALL,
                lambda: document_lines(run_trafilatura(tree(), url, recall=True, fast=fast)),
            ),
        ],
    )
    if body is None:
        raise ExtractionError(
            "no article text: trafilatura, the body selectors and the DOM scorer found none"
        )
    return body


@dataclass(frozen=True)
class _Metadata:
    """What the page says about the article besides its text."""

    published_at: datetime | None
    precision: TimePrecision | None
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
    body_lines: list[str],
    page: PageLines,
) -> _Metadata:
    """Time, source, author, editor and tags: selectors first, then labelled lines.

    Lines are searched in the extracted body (before cleaning), then in the
    page from the headline down.
    """
    headline_down = lines_after(
        page.lines, page.lines[page.headline_at] if page.headline_at is not None else ""
    )
    line_groups = (body_lines, headline_down)
    labels = builtin.labels
    url_date = date_from_url(url, builtin.url_dates)
    published = find_published(
        root,
        rules.published,
        builtin,
        body_lines,
        headline_down,
        page.around_headline(3, 6),
        page.lines,
        page.aside_texts,
        url_date,
        url,
        page.link_texts,
    )
    when = reconcile(published, url_date)
    selected_author = select_text(root, [*rules.author, *builtin.selectors.author])
    precision = None
    if when.value is not None:
        precision = TimePrecision.MINUTE if when.has_time else TimePrecision.DAY
    return _Metadata(
        published_at=when.value,
        precision=precision,
        source=find_labelled(
            root, [*rules.source, *builtin.selectors.source], labels.source, builtin, line_groups
        ),
        selected_author=strip_label(selected_author, builtin) if selected_author else None,
        labelled_author=labelled_value(line_groups, labels.author)
        or " ".join(byline_near_headline(page.around_headline(0, 4), builtin.credits))
        or None,
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
