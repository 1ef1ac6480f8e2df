"""A small site of faulty article pages, served by `tests.mockserver.MockServer`.

One list page links to one article per fault plus a few good articles; the
faults are `_routes.yaml` entries (statuses, headers, delays, resets,
redirects) and odd files (a 5 MB page, binary bytes, broken HTML, GBK bytes).
Good pages are real articles of the xhby.net copy (the demo site), so a
single crawl of this site exercises every fault next to normal work.
"""

from __future__ import annotations

import base64
import random
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from tests.support.site import SITE_WWW

LIST_PAGE = "/news/index.html"
ARTICLE_PATTERN = r"/news/a/[\w-]+\.html$"
OFF_SITE = "http://elsewhere.example/news/a/moved.html"
DOWNLOAD_TIMEOUT = 1.0
RETRY_AFTER_SECONDS = 7200
# Scrapy's DOWNLOAD_MAXSIZE in crawler/settings.py is 20 MiB.
OVERSIZE_BYTES = 21 * 1024 * 1024


@dataclass(frozen=True)
class Fault:
    """One article URL of the fault site and what the crawler must make of it.

    `stored`: the page ends up as an article. Otherwise the URL is recorded as
    failed with `status` (None: no HTTP answer), and `gives_up` says whether
    repeated failures become permanent (3 tries) or keep being retried with
    backoff (8 tries).
    """

    name: str
    fault: str
    route: dict[str, Any] | None = None
    donor: str | None = None
    stored: bool = False
    status: int | None = None
    reason: str = ""
    gives_up: bool = False
    requested: bool = True  # False: the crawler must never send it (robots.txt)
    extra: dict[str, Any] = field(default_factory=dict)
    # the wait the server asked for (Retry-After), as the retry policy caps it
    retry_after: timedelta | None = None

    @property
    def path(self) -> str:
        """The article's URL path on the fault site."""
        return f"/news/a/{self.name}.html"


GBK_DONOR = "/sz/yw/201903/t20190321_6093418.shtml"
DONORS = {
    "good-1": "/sz/yw/202012/t20201202_6873350.shtml",
    "good-2": "/content/s64f6d6a0e4b086194459fecf.html",
    "good-3": "/content/s65af7c8ce4b08d554c204c6d.html",
    "moved-target": "/content/s6757aeb0e4b0310a72c82f68.html",
    "huge-5mb": "/sz/yw/202206/t20220628_7596302.shtml",
    "malformed": "/content/s691c1970e4b0df0e55aa0ca8.html",
    "gbk-labelled-utf8": GBK_DONOR,
    "poison-canonical": "/content/s662071bce4b034f48fb11fe2.html",
}
# Links on the fault list page that are no article URL at all or too long to
# keep: skipped and counted, never a reason to lose the page's other links.
MALFORMED_HREFS = ("http://ad.example.com:8O80/x", "http://[::1/x")
TOO_LONG_HREF = "/news/a/" + "l" * 2100 + ".html"
HUGE_RETRY_AFTER = "9" * 30

FAULTS: tuple[Fault, ...] = (
    Fault("good-1", "a normal article", stored=True),
    Fault("good-2", "a normal article", stored=True),
    Fault("good-3", "a normal article", stored=True),
    Fault("not-found", "404 Not Found", {"status": 404}, status=404, gives_up=True),
    Fault("gone", "410 Gone", {"status": 410}, status=410, gives_up=True),
    Fault("server-error", "500 Internal Server Error", {"status": 500}, status=500),
    Fault(
        "unavailable",
        f"503 with Retry-After: {RETRY_AFTER_SECONDS}",
        {"status": 503, "headers": {"Retry-After": str(RETRY_AFTER_SECONDS)}},
        status=503,
        retry_after=timedelta(seconds=RETRY_AFTER_SECONDS),
    ),
    Fault(
        "unavailable-forever",
        "503 with a 30-digit Retry-After",
        {"status": 503, "headers": {"Retry-After": HUGE_RETRY_AFTER}},
        status=503,
        retry_after=timedelta(hours=24),  # RetryPolicy.max_delay
    ),
    Fault("reset", "connection reset (RST, no answer)", {"reset": True}, reason="Connection"),
    Fault(
        "timeout",
        f"no answer within download_timeout ({DOWNLOAD_TIMEOUT:g} s)",
        {"delay": DOWNLOAD_TIMEOUT * 3, "body": "<html><body>late</body></html>"},
        reason="TimeoutError",
    ),
    Fault(
        "redirect-loop",
        "redirect loop (A → B → A)",
        {"status": 302, "redirect": "/news/loop-b.html"},
        status=302,
        reason="redirect loop",
        gives_up=True,
    ),
    Fault(
        "off-site",
        "301 to another domain",
        {"status": 301, "redirect": OFF_SITE},
        status=301,
        reason="off-site redirect",
        gives_up=True,
    ),
    Fault(
        "moved",
        "301 to another article URL of the site",
        {"status": 301, "redirect": "/news/moved-target.html"},
        stored=True,
    ),
    Fault("huge-5mb", "a 5 MB page (an inline base64 image)", stored=True),
    Fault(
        "oversize",
        "a 21 MB page (over DOWNLOAD_MAXSIZE)",
        reason="too large",
        gives_up=True,
    ),
    Fault(
        "binary",
        "binary bytes served as text/html",
        {"headers": {"Content-Type": "text/html; charset=utf-8"}},
        status=200,
        reason="extraction",
        gives_up=True,
    ),
    Fault("malformed", "malformed HTML (unclosed, misnested, truncated)", stored=True),
    Fault(
        "gbk-labelled-utf8",
        "GBK bytes labelled charset=utf-8",
        {"headers": {"Content-Type": "text/html; charset=utf-8"}},
        stored=True,
    ),
    Fault(
        "robots-disallowed",
        "an article robots.txt disallows",
        reason="robots.txt",
        gives_up=True,
        requested=False,
    ),
    Fault(
        "poison-canonical",
        "a canonical link with a bad port (`:8O80`): processing raises",
        status=200,
        reason="processing failed",
        gives_up=True,
    ),
    Fault(
        "empty",
        "empty 200",
        {"status": 200, "body": ""},
        status=200,
        reason="extraction",
        gives_up=True,
    ),
)


def donor_bytes(path: str) -> bytes:
    """A page of the xhby.net copy."""
    return (SITE_WWW / path.lstrip("/")).read_bytes()


def _huge(page: bytes) -> bytes:
    """`page` with a ~5 MB inline image in its body, as pasted by some CMS editors."""
    noise = random.Random(5).randbytes(3_900_000)
    image = b'<p><img src="data:image/png;base64,' + base64.b64encode(noise) + b'"></p>'
    return page.replace(b"</body>", image + b"</body>", 1)


def _malformed(page: bytes) -> bytes:
    """`page` with its tags misnested and unclosed, cut off before its end."""
    broken = page.replace(b"</p>", b"<div></span>", 3).replace(b"</div>", b"", 5)
    return broken[: int(len(broken) * 0.9)]


def _poison(page: bytes) -> bytes:
    """`page` calling itself by a URL whose port is not a number."""
    link = b'<link rel="canonical" href="http://127.0.0.1:8O80/news/a/poison.html">'
    return page.replace(b"<head>", b"<head>" + link, 1)


def _list_page(faults: tuple[Fault, ...]) -> str:
    odd = [*MALFORMED_HREFS, TOO_LONG_HREF]
    items = "\n".join(
        [f'<li><a href="{f.path}">{f.fault}</a></li>' for f in faults]
        + [f'<li><a href="{href}">odd link</a></li>' for href in odd]
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>faults</title></head>\n'
        f"<body><ul>\n{items}\n</ul></body></html>\n"
    )


def build_fault_site(root: Path) -> Path:
    """Write the fault site (pages and `_routes.yaml`) under `root`; returns `root`."""
    articles = root / "news" / "a"
    articles.mkdir(parents=True)
    (root / LIST_PAGE.lstrip("/")).write_text(_list_page(FAULTS), encoding="utf-8")
    (root / "robots.txt").write_text(
        "User-agent: *\nDisallow: /private/\nDisallow: /news/a/robots-disallowed.html\n",
        encoding="utf-8",
    )
    for name, donor in DONORS.items():
        target = "moved-target" if name == "moved-target" else name
        page = donor_bytes(donor)
        if name == "huge-5mb":
            page = _huge(page)
        elif name == "malformed":
            page = _malformed(page)
        elif name == "poison-canonical":
            page = _poison(page)
        folder = root / "news" if name == "moved-target" else articles
        (folder / f"{target}.html").write_bytes(page)
    (articles / "binary.html").write_bytes(random.Random(7).randbytes(64 * 1024))
    (articles / "oversize.html").write_bytes(b"<html><body>" + b"x" * OVERSIZE_BYTES)
    routes = {f.path: f.route for f in FAULTS if f.route is not None}
    routes["/news/loop-b.html"] = {"status": 302, "redirect": "/news/a/redirect-loop.html"}
    (root / "_routes.yaml").write_text(yaml.safe_dump(routes, allow_unicode=True), "utf-8")
    return root


def fault_config(base_url: str, db_url: str, out: Path) -> Path:
    """A sources file with one source crawling the fault site at `base_url`."""
    data = {
        "database": db_url,
        "autothrottle": False,
        "sources": [
            {
                "name": "faults",
                "start_urls": [base_url + LIST_PAGE],
                "article_url_pattern": ARTICLE_PATTERN,
                "download_delay": 0,
                "concurrency": 4,
                "download_timeout": DOWNLOAD_TIMEOUT,
                "since": "2000-01-01",
            }
        ],
    }
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


# ------------------------------------------------------------ source-level faults
#
# A second site, one folder per case, for faults that decide a whole source's
# outcome (tests/test_outcomes.py): every list page failing, a list page in a
# redirect loop, a sitemap index of indexes, a flood of links, a user pattern
# that backtracks catastrophically in Python's `re`, a poison article.

FLOOD_LINKS = 5000
SITEMAP_FANOUT = 10
# Python's `re` needs about 2**2000 steps to fail this URL against `/(a+)+$`.
EVIL_PATTERN = r"/(a+)+$"
EVIL_HREF = "/evil/" + "a" * 2000 + "!"
POISON_DONOR = "/content/s670a5db8e4b0196a91726bdd.html"
GOOD_DONOR = "/content/s6673c7b8e4b0454ba9733220.html"


def _links_page(hrefs: list[str]) -> str:
    items = "\n".join(f'<li><a href="{href}">link</a></li>' for href in hrefs)
    head = '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
    return f"{head}<body><ul>\n{items}\n</ul></body></html>\n"


def _sitemap(kind: str, locs: list[str], base_url: str) -> str:
    tag = "sitemap" if kind == "sitemapindex" else "url"
    entries = "".join(f"<{tag}><loc>{base_url}{loc}</loc></{tag}>" for loc in locs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<{kind} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</{kind}>'
    )


def build_source_site(root: Path, base_url: str) -> Path:
    """Write the source-level fault site under `root` (sitemaps need the absolute `base_url`)."""

    def write(path: str, text: str | bytes) -> None:
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")

    # dead: /dead/index.html does not exist (404)
    write("/fine/index.html", _links_page(["/fine/a/one.html"]))
    write("/fine/a/one.html", donor_bytes(GOOD_DONOR))
    write("/empty/index.html", _links_page(["/elsewhere/nothing.html"]))
    write("/flood/index.html", _links_page([f"/flood/a/{n}.html" for n in range(FLOOD_LINKS)]))
    write("/evil/index.html", _links_page([EVIL_HREF, "/evil/aaaa"]))
    write("/poison/index.html", _links_page(["/poison/a/good.html", "/poison/a/bad.html"]))
    write("/poison/a/good.html", donor_bytes(GOOD_DONOR))
    write("/poison/a/bad.html", _poison(donor_bytes(POISON_DONOR)))
    subs = [f"/maps/sub-{n}.xml" for n in range(SITEMAP_FANOUT)]
    write("/maps/index.xml", _sitemap("sitemapindex", subs, base_url))
    for n, sub in enumerate(subs):
        leaves = [f"/maps/leaf-{n}-{m}.xml" for m in range(SITEMAP_FANOUT)]
        write(sub, _sitemap("sitemapindex", leaves, base_url))
    routes = {
        "/loop/index.html": {"status": 302, "redirect": "/loop/b.html"},
        "/loop/b.html": {"status": 302, "redirect": "/loop/index.html"},
    }
    write("/_routes.yaml", yaml.safe_dump(routes))
    return root


# name -> (entry key, entry path, article pattern, extra source keys)
SOURCE_CASES: dict[str, tuple[str, str, str, dict[str, Any]]] = {
    "dead": ("start_urls", "/dead/index.html", r"/dead/a/\d+\.html$", {}),
    "loop": ("start_urls", "/loop/index.html", r"/loop/a/\d+\.html$", {}),
    "fine": ("start_urls", "/fine/index.html", r"/fine/a/\w+\.html$", {}),
    "empty": ("start_urls", "/empty/index.html", r"/empty/a/\w+\.html$", {}),
    "maps": ("sitemap_urls", "/maps/index.xml", r"/maps/a/\w+\.html$", {"max_list_pages": 3}),
    "flood": ("start_urls", "/flood/index.html", r"/flood/a/\d+\.html$", {}),
    "evil": ("start_urls", "/evil/index.html", EVIL_PATTERN, {}),
    "poison": ("start_urls", "/poison/index.html", r"/poison/a/\w+\.html$", {}),
}


def source_config(
    base_url: str,
    db_url: str,
    out: Path,
    names: list[str],
    extra: dict[str, dict[str, Any]] | None = None,
    notify: list[str] | None = None,
) -> Path:
    """A sources file with the named SOURCE_CASES (plus per-source `extra` keys)."""
    sources = []
    for name in names:
        key, path, pattern, keys = SOURCE_CASES[name]
        entry = {
            "name": name,
            key: [base_url + path],
            "article_url_pattern": pattern,
            "download_delay": 0,
            "concurrency": 4,
            "download_timeout": 5,
            "since": "2000-01-01",
            **keys,
            **(extra or {}).get(name, {}),
        }
        sources.append(entry)
    data: dict[str, Any] = {
        "database": db_url,
        "autothrottle": False,
        "crawl_timeout": 120,
        "sources": sources,
    }
    if notify:
        data["notify"] = notify
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out
