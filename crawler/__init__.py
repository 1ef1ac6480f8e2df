"""The crawler: a Scrapy project with one config-driven spider.

It follows list pages to article pages and yields the downloaded pages; what
is already known and where pages go are handed to it through its settings
(see crawler.interfaces).
"""
