"""Article extraction for Chinese news pages.

`extract_article` turns a downloaded page into an `ExtractedArticle`: the page
is decoded (`decode_html`), parsed once with lxml, configured selectors read
its metadata, trafilatura extracts the body from the same tree, and the
built-in rules of config/boilerplate.yaml strip Chinese-news boilerplate.
"""

from newswatch.pipeline.extract.core import extract_article, extract_from_tree
from newswatch.pipeline.extract.encoding import decode_html

__all__ = ["decode_html", "extract_article", "extract_from_tree"]
