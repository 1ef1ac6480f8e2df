"""The local copy of xhby.net that tests and the demo crawl (see make_site.py)."""
