"""Items the spider yields.

The spider's only item is the pipeline's input type itself, a dataclass
(Scrapy accepts dataclass items), so nothing is copied between the stages.
"""

from newswatch.pipeline.page import FetchedPage as ArticlePage

__all__ = ["ArticlePage"]
