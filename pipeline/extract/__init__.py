"""Article extraction for Chinese news pages.

`extract_article` turns a downloaded page into an `ExtractedArticle`: the page
is decoded (`decode_html`) and parsed once with lxml; the headline is the
on-page heading <title> confirms (headline.py); the body is chosen among
trafilatura, its recall mode, the configured container and a DOM density
scorer by one score (choice.py), each cleaned by the boilerplate categories
of config/boilerplate.yaml; the publication time comes from wherever the page
states it, with its precision (published.py).
"""

from newswatch.pipeline.extract.core import extract_article, extract_from_tree
from newswatch.pipeline.extract.encoding import decode_html

__all__ = ["decode_html", "extract_article", "extract_from_tree"]
