"""The review page's views: the queue, one article, decisions, source health."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from newswatch.pipeline.store.organization_index import OrganizationIndex
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue, UnknownArticle
from newswatch.pipeline.store.runs import RunLog
from newswatch.pipeline.store.schema import utcnow
from newswatch.pipeline.store.states import DECISIONS, QUEUE_STATUSES
from newswatch.scheduler.health import source_health
from newswatch.scheduler.web.context import web_context
from newswatch.scheduler.web.highlight import ranked_terms
from newswatch.scheduler.web.security import auth_user, safe_next
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

review = Blueprint("review", __name__)

RECENT_RUNS = 30
MAX_NOTE = 4000
MAX_REVIEWER = 200
FLASH_TITLE_CHARS = 40

LABELS = {
    "status": {
        "new": "待审核",
        "approved": "已通过",
        "rejected": "已退回",
        "filtered": "不相关",
        "all": "全部",
    },
    "outcome": {
        "ok": "正常",
        "partial": "部分出错",
        "unreachable": "无法访问",
        "failed": "失败",
        "running": "运行中",
    },
    "state": {
        "ok": "正常",
        "failing": "连续失败",
        "layout-changed": "疑似改版",
        "silent": "久无新文",
        "never-run": "尚未运行",
        "unreachable": "无法访问",
        "disabled": "已停用",
    },
    "decision": {"approved": "通过", "rejected": "退回"},
}


@dataclass(frozen=True)
class QueueQuery:
    """The queue page's filters and page number, as read from the query string."""

    status: str = "new"
    source: str = ""
    org: str = ""
    search: str = ""
    since: str = ""
    page: int = 1

    def params(self, **changes: str | int) -> dict[str, str | int]:
        """Query-string parameters for a link to this view with `changes` (defaults left out)."""
        values = {**asdict(self), **changes}
        defaults = asdict(QueueQuery())
        return {k: v for k, v in values.items() if v != defaults[k]}


def read_queue_query(args: MultiDict[str, str]) -> tuple[QueueQuery, list[str]]:
    """The filters in `args`; values that make no sense are dropped and reported."""
    problems = []
    status = args.get("status", "new")
    if status not in QUEUE_STATUSES:
        problems.append(f"未知的状态 {status!r}，已显示待审核文章。")
        status = "new"
    since = args.get("since", "").strip()
    if since:
        try:
            date.fromisoformat(since)
        except ValueError:
            problems.append(f"日期 {since!r} 无法识别（格式：YYYY-MM-DD），已忽略。")
            since = ""
    page = args.get("page", "1")
    return (
        QueueQuery(
            status=status,
            source=args.get("source", "").strip(),
            org=args.get("org", "").strip()[:200],
            search=args.get("search", "").strip(),
            since=since,
            page=max(1, int(page)) if page.isdigit() else 1,
        ),
        problems,
    )


def queue_filter(query: QueueQuery, timezone: str) -> QueueFilter:
    """The store's filter for `query`; dates are days in the configured zone."""
    since = (
        datetime.combine(date.fromisoformat(query.since), datetime.min.time(), ZoneInfo(timezone))
        if query.since
        else None
    )
    return QueueFilter(
        status=query.status,
        source=query.source or None,
        since=since,
        search=query.search or None,
        organization=query.org or None,
    )


def current_reviewer() -> str:
    """Who decides: the name used last in this browser, the Basic-auth user or the login name."""
    remembered = session.get("reviewer")
    if isinstance(remembered, str) and remembered:
        return remembered
    return auth_user() or web_context().settings.default_reviewer


@review.app_context_processor
def navigation() -> dict[str, object]:
    """The number of articles waiting for review, shown in the header of every page."""
    return {"new_count": ReviewQueue(web_context().db).count(QueueFilter())}


@review.get("/")
def queue() -> str:
    """The review queue with filters and pages."""
    ctx = web_context()
    query, problems = read_queue_query(request.args)
    for problem in problems:
        flash(problem, "warning")
    flt = queue_filter(query, ctx.config.timezone)
    store = ReviewQueue(ctx.db)
    total = store.count(flt)
    size = ctx.settings.page_size
    pages = max(1, math.ceil(total / size))
    query = replace(query, page=min(query.page, pages))
    articles = store.articles(flt, limit=size, offset=(query.page - 1) * size)
    return render_template(
        "queue.html",
        active="queue",
        articles=articles,
        query=query,
        total=total,
        pages=pages,
        first=(query.page - 1) * size + 1,
        statuses=QUEUE_STATUSES,
        sources=[s.name for s in ctx.config.sources],
        org_names=OrganizationIndex(ctx.db).names(),
        here=request.full_path,
        reviewer=current_reviewer(),
    )


@review.get("/articles/<int:article_id>")
def article(article_id: int) -> str:
    """One article: metadata, text with matched terms marked, review history, decision form."""
    try:
        item = ReviewQueue(web_context().db).get(article_id)
    except UnknownArticle:
        abort(404, description=f"没有编号为 {article_id} 的文章。")
    return render_template(
        "article.html",
        active="queue",
        article=item,
        terms=ranked_terms(item.matched_terms),
        back=safe_next(request.args.get("next"), url_for(".queue")),
        here=request.full_path,
        reviewer=current_reviewer(),
    )


@review.post("/decide")
def decide() -> Response:
    """Approve or reject the articles in the form, with the reviewer's name and note."""
    form = request.form
    decision = form.get("decision", "")
    if decision not in DECISIONS:
        abort(400, description="未知的审核决定。")
    try:
        ids = [int(value) for value in form.getlist("ids")]
    except ValueError:
        abort(400, description="文章编号无效。")
    back = safe_next(form.get("next"), url_for(".queue"))
    if not ids:
        flash("没有选中任何文章。", "warning")
        return redirect(back, code=303)
    reviewer = form.get("reviewer", "").strip()[:MAX_REVIEWER] or current_reviewer()
    note = form.get("note", "").strip()[:MAX_NOTE] or None
    try:
        decided = ReviewQueue(web_context().db).decide(ids, decision, reviewer, note)
    except UnknownArticle as exc:
        abort(404, description=f"{exc}；没有做任何修改。")
    session["reviewer"] = reviewer
    flash(decision_message(decision, [a.title for a in decided]), "success")
    return redirect(back, code=303)


def decision_message(decision: str, titles: list[str]) -> str:
    """'已通过：《title》' for one article, '已通过 3 篇文章' for several."""
    verb = LABELS["status"][decision]
    if len(titles) == 1:
        title = titles[0]
        if len(title) > FLASH_TITLE_CHARS:
            title = title[:FLASH_TITLE_CHARS] + "…"
        return f"{verb}：《{title}》"
    return f"{verb} {len(titles)} 篇文章"


@review.get("/favicon.ico")
def favicon() -> Response:
    """No icon: an empty answer instead of a 404 in every browser's console."""
    return Response(status=204)


@review.get("/sources")
def sources() -> str:
    """Per-source health and the latest runs."""
    ctx = web_context()
    return render_template(
        "sources.html",
        active="sources",
        health=source_health(ctx.db, ctx.config, utcnow()),
        runs=RunLog(ctx.db).recent(RECENT_RUNS),
    )
