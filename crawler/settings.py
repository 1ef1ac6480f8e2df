"""Scrapy settings of the newswatch crawler (Scrapy's project-settings convention).

The scheduler starts crawls with these settings plus the per-source values
(download delay, concurrency), the config file and the database URL.
"""

from scrapy.settings.default_settings import EXTENSIONS_BASE as _SCRAPY_EXTENSIONS

from newswatch import __version__ as NEWSWATCH_VERSION

PROJECT_URL = "https://github.com/newswatch/newswatch"

BOT_NAME = "newswatch"
SPIDER_MODULES = ["newswatch.crawler.spiders"]
NEWSPIDER_MODULE = "newswatch.crawler.spiders"

USER_AGENT = f"newswatch/{NEWSWATCH_VERSION} (+{PROJECT_URL})"
ROBOTSTXT_OBEY = True

# Politeness: AutoThrottle adapts to the server; DOWNLOAD_DELAY (per source)
# is its floor and its start.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS = 16
# An article page yields one item and a list page a few requests; Scrapy's
# default (100) starts 100 consumer tasks for every response to drain them.
CONCURRENT_ITEMS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Per source: `download_timeout` in the config (see NewsSpider.for_source).
DOWNLOAD_TIMEOUT = 30
# Article pages are 50-500 KB; pages with inline (base64) pictures reach a few
# MB and are still read. Anything over the maximum is abandoned unread and
# recorded as "too large" (given up after a few tries).
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024

# One quick retry inside a crawl; slower retries across cycles are the
# crawler memory's job (backoff recorded per URL).
RETRY_ENABLED = True
RETRY_TIMES = 1

# Real redirect chains are 1-3 hops (http→https, old→new URL).
REDIRECT_MAX_TIMES = 5

COOKIES_ENABLED = False
# No control ports in a crawl child: the telnet console and Scrapy 2.19's
# remote control (an HTTP endpoint that runs Python, its token written as a
# job file under the user's state folder, left behind by killed crawls).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
# Not even imported: Scrapy imports every key of EXTENSIONS, None ones too,
# and the remote control's module pulls in aiohttp (about 0.1 s of every
# crawl child's start-up), so the two are left out of the base list instead.
EXTENSIONS_BASE = {
    **{
        name: order
        for name, order in _SCRAPY_EXTENSIONS.items()
        if name
        not in (
            "scrapy.extensions.telnet.TelnetConsole",
            "scrapy.extensions.remote_control.RemoteControl",
        )
    },
    # In the base list, so a Scrapyd job's own EXTENSIONS keep it (crawler.extensions).
    "newswatch.crawler.extensions.CollectorTuning": 0,
}
# Objects the garbage collector's youngest generation holds before it runs
# (Python's default is 700; see crawler.extensions.CollectorTuning).
NEWSWATCH_GC_YOUNG_OBJECTS = 5000
LOG_LEVEL = "WARNING"
LOG_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s"
LOG_DATEFORMAT = "%Y-%m-%d %H:%M:%S"
# The scheduler's crawl child sets up its own handler (see scheduler.crawl).
LOG_INSTALL_ROOT_HANDLER = False

DOWNLOADER_MIDDLEWARES = {
    # robots.txt that cannot be read forbids instead of allowing (RFC 9309).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newswatch.crawler.robots.StrictRobotsTxtMiddleware": 100,
    "newswatch.crawler.middlewares.ConditionalListMiddleware": 560,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newswatch.crawler.middlewares.RetryAfterAwareRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newswatch.crawler.middlewares.SameSiteRedirectMiddleware": 600,
}
ITEM_PIPELINES = {
    "newswatch.crawler.pipelines.SinkPipeline": 300,
}
# Threads per crawler that extract and store pages off the reactor
# (crawler.offload): one extracting while another writes; SQLite has one
# writer anyway, and extraction holds the GIL.
NEWSWATCH_STORE_THREADS = 2

# Builds the crawler's memory of known URLs and its page sink from these
# settings (see crawler.interfaces.CrawlServices).
# Set by whoever starts the crawl (see crawler.jobs.SERVICES_FACTORY).
NEWSWATCH_SERVICES = None
NEWSWATCH_CONFIG = None  # path of the sources file; None: the bundled default
NEWSWATCH_DATABASE = None  # SQLAlchemy URL; None: the config's `database`
