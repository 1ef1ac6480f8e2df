"""The spider a Scrapyd node runs: NewsSpider, started by name with a source name.

`scrapy crawl newswatch -a source=NAME [-a run_id=N]` (what Scrapyd runs for
`schedule.json?spider=newswatch&source=NAME`): the source comes from the
job's config (see crawler.jobs), its politeness becomes the crawl's settings
as `NewsSpider.for_source` would make them, and a `run_id` is finished by
crawler.extensions.RunRecorder when the crawl ends.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Self
from zoneinfo import ZoneInfo

from newswatch.crawler.jobs import job_config
from newswatch.crawler.spiders.news import NewsSpider
from newswatch.crawler.walk import WalkOptions
from scrapy.crawler import Crawler


class NewsJobSpider(NewsSpider):
    """A configured source's crawl, for `scrapy crawl` and Scrapyd."""

    name = "newswatch"
    custom_settings: dict[str, Any] | None = {  # noqa: RUF012 (Scrapy's own declaration)
        "EXTENSIONS": {"newswatch.crawler.extensions.RunRecorder": 500},
    }
    run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        """Look the `source` argument up in the job's config; Scrapy settings may still change."""
        name = kwargs.pop("source", None)
        if not name:
            raise ValueError("give the source to crawl: -a source=NAME")
        run_id = kwargs.pop("run_id", None)
        config = job_config(crawler.settings)
        source = config.source(name)
        per_source = NewsSpider.for_source(source).custom_settings or {}
        crawler.settings.setdict(dict(per_source), priority="spider")
        if config.user_agent:
            crawler.settings.set("USER_AGENT", config.user_agent, priority="spider")
        crawler.settings.set("AUTOTHROTTLE_ENABLED", config.autothrottle, priority="spider")
        walk = WalkOptions(since=source.since_cutoff(datetime.now(ZoneInfo(config.timezone))))
        spider = super().from_crawler(crawler, *args, source=source, walk=walk, **kwargs)
        spider.run_id = int(run_id) if run_id not in (None, "") else None
        return spider
