"""The reviewer's web page: the queue, one article, decisions and source health.

`newswatch.scheduler.web.server` serves it (`newswatch serve`).
"""

from newswatch.scheduler.web.app import create_app
from newswatch.scheduler.web.context import WebSettings

__all__ = ["WebSettings", "create_app"]
