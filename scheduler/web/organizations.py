"""The review page's 组织 views: organizations by articles, one's timeline, agreement,
and organization names marked in an article's text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import timedelta

from flask import Blueprint, Flask, abort, current_app, render_template, request
from markupsafe import Markup, escape
from newswatch.config import AppConfig
from newswatch.config.organizations import load_organizations, organizations_path
from newswatch.pipeline.feedback import agreement
from newswatch.pipeline.store.organization_index import OrganizationIndex, UnknownOrganization
from newswatch.pipeline.store.schema import Article, utcnow
from newswatch.scheduler.web.context import web_context
from newswatch.scheduler.web.params import text_param

organizations = Blueprint("organizations", __name__)
EVENT_LABELS = "newswatch-event-labels"

AGREEMENT_DAYS = 30
RANKING_SIZE = 100
SPANS = {"": None, "7d": timedelta(days=7), "30d": timedelta(days=30), "365d": timedelta(days=365)}


def event_labels() -> dict[str, str]:
    """Event type -> 成立/登记 …, as `install` read them from the organization lexicon."""
    labels: dict[str, str] = current_app.extensions[EVENT_LABELS]
    return labels


@organizations.get("/organizations")
def ranking() -> str:
    """Organizations by number of articles naming them, and filter/reviewer agreement."""
    ctx = web_context()
    span = request.args.get("since", "")
    if span not in SPANS:
        abort(400, description="未知的时间范围。")
    delta = SPANS[span]
    since = utcnow() - delta if delta else None
    return render_template(
        "organizations.html",
        active="organizations",
        ranking=OrganizationIndex(ctx.db).ranking(since=since, limit=RANKING_SIZE),
        span=span,
        spans=list(SPANS),
        agreement=agreement(ctx.db, utcnow() - timedelta(days=AGREEMENT_DAYS)),
        agreement_days=AGREEMENT_DAYS,
        events=event_labels(),
    )


@organizations.get("/organizations/show")
def timeline() -> str:
    """One organization's articles, newest first, with events and sentences."""
    name = text_param(request.args, "name")
    if not name:
        abort(400, description="缺少组织名称。")
    try:
        found = OrganizationIndex(web_context().db).timeline(name)
    except UnknownOrganization as exc:
        abort(404, description=f"没有名为“{name}”的组织。" + _did_you_mean(exc.suggestions))
    return render_template(
        "organization.html", active="organizations", timeline=found, events=event_labels()
    )


def _did_you_mean(suggestions: list[str]) -> str:
    return f"相近的名称：{'、'.join(suggestions)}" if suggestions else ""


def article_organizations(article: Article) -> list[tuple[str, list[str]]]:
    """The organizations an article names, in order: (name, events of its mentions)."""
    found: dict[str, list[str]] = {}
    for mention in article.mentions:
        events = found.setdefault(mention.organization.name, [])
        if mention.event not in events:
            events.append(mention.event)
    return list(found.items())


def highlight_all(text: str | None, terms: Iterable[str], names: Iterable[str]) -> Markup:
    """`text` as safe HTML with lexicon terms in <mark> and organization names in
    <mark class="org">; the longest match wins where they overlap (an organization's name
    usually holds a term: 苏州市慈善总会 holds 慈善总会)."""
    if not text:
        return Markup("")
    org_names = {n for n in names if n}
    words = sorted({*org_names, *(t for t in terms if t)}, key=lambda w: (-len(w), w))
    if not words:
        return escape(text)
    pattern = re.compile("|".join(map(re.escape, words)))
    pieces: list[Markup] = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        kind = ' class="org"' if match.group() in org_names else ""
        pieces.append(Markup(f"<mark{kind}>{{}}</mark>").format(match.group()))
        position = match.end()
    pieces.append(escape(text[position:]))
    return Markup("").join(pieces)


def install(app: Flask, config: AppConfig) -> None:
    """The 组织 pages, and the filters and globals the templates use for organizations.

    Event labels are read once, from the lexicon the config names (a relative
    name is taken next to the bundled config: the page does not know the file)."""
    lexicon = load_organizations(organizations_path(config, None))
    labels = {e.value: rule.label for e, rule in lexicon.events.items()} | {"other": "其他"}
    app.extensions[EVENT_LABELS] = labels
    app.jinja_env.filters["highlight_all"] = highlight_all
    app.jinja_env.globals["article_organizations"] = article_organizations
    app.jinja_env.globals["event_labels"] = labels
    app.register_blueprint(organizations)
