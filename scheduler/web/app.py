"""The review page's Flask application: built from a database and a configuration."""

from __future__ import annotations

from flask import Flask, render_template
from jinja2 import StrictUndefined
from newswatch.config import AppConfig
from newswatch.pipeline.store.database import Database
from newswatch.pipeline.store.retry import is_lock_conflict
from newswatch.scheduler.display import local_time
from newswatch.scheduler.health import describe_span
from newswatch.scheduler.web import organizations, security
from newswatch.scheduler.web.context import EXTENSION, WebContext, WebSettings
from newswatch.scheduler.web.flow import excerpt, install_access_log
from newswatch.scheduler.web.highlight import highlight, paragraphs, ranked_terms
from newswatch.scheduler.web.views import LABELS, review
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, ServiceUnavailable

BUSY_RETRY_AFTER = 5  # seconds a browser (or a person) should wait


def create_app(db: Database, config: AppConfig, settings: WebSettings | None = None) -> Flask:
    """The review page for `db`. Scraped text is only ever rendered escaped."""
    settings = settings or WebSettings()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_HTTPONLY=True,
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    app.extensions[EXTENSION] = WebContext(db=db, config=config, settings=settings)
    app.jinja_env.undefined = StrictUndefined
    app.jinja_env.filters["highlight"] = highlight
    app.jinja_env.filters["paragraphs"] = paragraphs
    app.jinja_env.filters["ranked_terms"] = ranked_terms
    app.jinja_env.filters["excerpt"] = excerpt
    app.jinja_env.filters["span"] = describe_span
    app.jinja_env.filters["local"] = lambda value, precision=None: local_time(
        value, config.timezone, precision
    )
    app.jinja_env.globals["labels"] = LABELS
    install_access_log(app)
    security.install(app, settings.password, settings.allowed_hosts, settings.users)
    app.register_blueprint(review)
    organizations.install(app, config)
    app.register_error_handler(HTTPException, _error_page)
    app.register_error_handler(OperationalError, _database_busy)
    return app


def _database_busy(error: OperationalError) -> tuple[str, int, dict[str, str]]:
    """A lock held by someone else (a crawl, a migration): 503 and "try again", not a 500."""
    if not is_lock_conflict(error):
        raise error
    busy = ServiceUnavailable(description="数据库正忙（正被其他程序写入），请稍后重试。")
    page, code = _error_page(busy)
    return page, code, {"Retry-After": str(BUSY_RETRY_AFTER)}


def _error_page(error: HTTPException) -> tuple[str, int]:
    return (
        render_template("error.html", error=error, active=None, new_count=None),
        error.code or 500,
    )
