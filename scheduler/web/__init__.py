"""The reviewer's web page: the queue, one article, decisions and source health.

`scheduler.web.server` serves it (`newswatch serve`).
"""

from scheduler.web.app import create_app
from scheduler.web.context import WebSettings

__all__ = ["WebSettings", "create_app"]
