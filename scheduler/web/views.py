"""The review page's views: the queue, one article, decisions, source health."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from itertools import chain
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from flask import (
    Blueprint,
    abort,
    flash,
    redirect,
    render_template,
    request,
    session,
    stream_with_context,
    url_for,
)
from newswatch.pipeline.store.organization_index import OrganizationIndex
from newswatch.pipeline.store.queue import QueueFilter, ReviewQueue, UnknownArticle
from newswatch.pipeline.store.retry import is_lock_conflict
from newswatch.pipeline.store.runs import RunLog
from newswatch.pipeline.store.schema import utcnow
from newswatch.pipeline.store.states import DECISIONS, QUEUE_STATUSES
from newswatch.scheduler.health import source_health
from newswatch.scheduler.web.context import web_context
from newswatch.scheduler.web.flow import next_article_url
from newswatch.scheduler.web.highlight import ranked_terms
from newswatch.scheduler.web.params import (
    EARLIEST_DAY,
    LATEST_DAY,
    MAX_ARTICLE_ID,
    article_ids,
    page_param,
    text_param,
)
from newswatch.scheduler.web.security import auth_user, safe_next
from sqlalchemy.exc import OperationalError
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
        "filtered": "未入选",
        "approved": "已通过",
        "rejected": "已退回",
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
            day = date.fromisoformat(since)
        except ValueError:
            problems.append(f"日期 {since!r} 无法识别（格式：YYYY-MM-DD），已忽略。")
            since = ""
        else:
            if not EARLIEST_DAY <= day <= LATEST_DAY:
                span = f"{EARLIEST_DAY.year}–{LATEST_DAY.year}"
                abort(400, description=f"日期 {since} 超出范围（{span} 年）。")
    return (
        QueueQuery(
            status=status,
            source=text_param(args, "source"),
            org=text_param(args, "org"),
            search=text_param(args, "search"),
            since=since,
            page=page_param(args),
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
    """Who decides: the name used last in this browser, else the Basic-auth user, else
    nobody yet (the page asks; never the login name of whoever runs the server)."""
    remembered = session.get("reviewer")
    if isinstance(remembered, str) and remembered:
        return remembered
    return auth_user() or ""


@review.app_context_processor
def navigation() -> dict[str, object]:
    """The number of articles waiting for review, shown in the header of every page.

    None (not shown) while the database is locked: the "busy" page must not fail too.
    """
    try:
        return {"new_count": ReviewQueue(web_context().db).count(QueueFilter())}
    except OperationalError as exc:
        if not is_lock_conflict(exc):
            raise
        return {"new_count": None}


@review.get("/")
def queue() -> str:
    """The review queue with filters and pages."""
    ctx = web_context()
    query, problems = read_queue_query(request.args)
    for problem in problems:
        flash(problem, "warning")
    flt = queue_filter(query, ctx.config.timezone)
    store = ReviewQueue(ctx.db, ctx.settings.search_count_cap)
    total = store.total(flt)
    size = ctx.settings.page_size
    pages: int | None = None  # unknown: a search that stopped counting
    if total.more:
        # One row more than a page says whether a next page exists.
        articles = store.articles(flt, limit=size + 1, offset=(query.page - 1) * size)
        further = len(articles) > size
        articles = articles[:size]
    else:
        pages = max(1, math.ceil(total.count / size))
        query = replace(query, page=min(query.page, pages))
        articles = store.articles(flt, limit=size, offset=(query.page - 1) * size)
        further = query.page < pages
    return render_template(
        "queue.html",
        active="queue",
        articles=articles,
        query=query,
        total=total.count,
        more=total.more,
        pages=pages,
        further=further,
        first=(query.page - 1) * size + 1,
        statuses=QUEUE_STATUSES,
        sources=[s.name for s in ctx.config.sources],
        org_names=OrganizationIndex(ctx.db).names(),
        here=request.full_path,
        reviewer=current_reviewer(),
        feeds={
            fmt: _with_query(url_for(f".export_{fmt}"), query.params(page=1))
            for fmt in EXPORT_LINKS
        },
    )


# The exports linked from the queue page: the current filter as a file.
EXPORT_LINKS = ("csv", "atom")


def _with_query(path: str, params: dict[str, str | int]) -> str:
    return f"{path}?{urlencode(params)}" if params else path


@review.get("/export.csv")
def export_csv() -> Response:
    """The current filter's articles as CSV (the `newswatch export` columns)."""
    return _export("csv", "text/csv; charset=utf-8", "newswatch.csv")


@review.get("/export.atom")
def export_atom() -> Response:
    """The current filter's articles as an Atom feed."""
    return _export("atom", "application/atom+xml; charset=utf-8", None)


def _export(fmt: str, mimetype: str, filename: str | None) -> Response:
    from newswatch.scheduler import export as exporting

    ctx = web_context()
    query, problems = read_queue_query(request.args)
    if problems:
        abort(400, description=" ".join(problems))
    flt = queue_filter(query, ctx.config.timezone)
    store = ReviewQueue(ctx.db)
    updated = store.newest(flt) if fmt == "atom" else None
    records = (exporting.article_record(a) for a in store.stream(flt))
    body = _in_chunks(exporting.pieces(records, fmt, updated))
    # The first chunk is read here, so that a database that cannot be read
    # (locked, gone) still gets its error page rather than a cut-off download.
    first = next(body, b"")
    response = Response(stream_with_context(chain([first], body)), mimetype=mimetype)
    if filename:
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Bytes sent at a time by a streamed export: one batch of rows is in memory, not the file.
EXPORT_CHUNK = 64 * 1024


def _in_chunks(pieces: Iterator[str]) -> Iterator[bytes]:
    """`pieces` as UTF-8, joined into chunks of about EXPORT_CHUNK bytes."""
    held: list[bytes] = []
    size = 0
    for piece in pieces:
        data = piece.encode("utf-8")
        held.append(data)
        size += len(data)
        if size >= EXPORT_CHUNK:
            yield b"".join(held)
            held, size = [], 0
    if held:
        yield b"".join(held)


@review.get(f"/articles/<int(max={MAX_ARTICLE_ID}):article_id>")
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
    ids = article_ids(form.getlist("ids"))
    back = safe_next(form.get("next"), url_for(".queue"))
    ctx = web_context()
    if not ids:
        flash("没有选中任何文章。", "warning")
        return redirect(back, code=303)
    reviewer = form.get("reviewer", "").strip()[:MAX_REVIEWER] or current_reviewer()
    if not reviewer:
        flash("请先填写审核人姓名（只需填写一次，本浏览器会记住）。", "warning")
        return redirect(back, code=303)
    note = form.get("note", "").strip()[:MAX_NOTE] or None
    store = ReviewQueue(ctx.db)
    try:
        decided = store.decide(ids, decision, reviewer, note)
    except UnknownArticle as exc:
        abort(404, description=f"{exc}；没有做任何修改。")
    session["reviewer"] = reviewer
    flash(decision_message(decision, [a.title for a in decided]), "success")
    if form.get("then") == "next" and len(ids) == 1:
        tz = ctx.config.timezone
        back = next_article_url(
            store, back, ids[0], lambda args: queue_filter(read_queue_query(args)[0], tz)
        )
    return redirect(back, code=303)


@review.post("/reviewer")
def remember_reviewer() -> Response:
    """Remember the reviewer's name in this browser's session (asked once)."""
    name = request.form.get("reviewer", "").strip()[:MAX_REVIEWER]
    if name:
        session["reviewer"] = name
    return redirect(safe_next(request.form.get("next"), url_for(".queue")), code=303)


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
