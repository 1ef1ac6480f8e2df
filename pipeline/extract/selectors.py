"""CSS selectors from configuration, applied to the parsed tree."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from cssselect import GenericTranslator, SelectorError
from lxml import etree
from lxml.html import HtmlElement
from newswatch.pipeline.extract.document import element_lines
from newswatch.pipeline.extract.text import normalize_line


@functools.lru_cache(maxsize=512)
def css_to_xpath(selector: str) -> str | None:
    """The XPath expression equivalent to CSS `selector`; None if it is not valid CSS."""
    try:
        return GenericTranslator().css_to_xpath(selector)
    except SelectorError:
        return None


@functools.lru_cache(maxsize=512)
def _compiled(selector: str) -> etree.XPath | None:
    expression = css_to_xpath(selector)
    return etree.XPath(expression) if expression is not None else None


def invalid_selectors(selectors: Iterable[str]) -> list[str]:
    """The selectors of `selectors` that are not valid CSS."""
    return [selector for selector in selectors if css_to_xpath(selector) is None]


def invalid_xpaths(expressions: Iterable[str]) -> list[str]:
    """The expressions of `expressions` that are not valid XPath."""
    return [expression for expression in expressions if not _xpath_compiles(expression)]


@functools.lru_cache(maxsize=512)
def _xpath_compiles(expression: str) -> bool:
    try:
        etree.XPath(expression)
    except etree.XPathSyntaxError:
        return False
    return True


def select_elements(root: HtmlElement, selector: str) -> list[HtmlElement]:
    """Elements matching CSS `selector` in document order ([] for invalid selectors)."""
    xpath = _compiled(selector)
    if xpath is None:
        return []
    found = xpath(root)
    return (
        [node for node in found if isinstance(node, HtmlElement)] if isinstance(found, list) else []
    )


def select_text(root: HtmlElement, selectors: Iterable[str]) -> str | None:
    """Text of the first element, over all `selectors` in order, that has any.

    <meta> elements give their `content` attribute; other elements their
    visible text on one line.
    """
    for selector in selectors:
        for element in select_elements(root, selector):
            if element.tag == "meta":
                text = normalize_line(element.get("content") or "")
            else:
                text = " ".join(element_lines(element))
            if text:
                return text
    return None


def select_lines(root: HtmlElement, selectors: Iterable[str]) -> list[str]:
    """Text lines of the first element, over all `selectors` in order, that has any."""
    for selector in selectors:
        for element in select_elements(root, selector):
            lines = element_lines(element)
            if lines:
                return lines
    return []


@functools.lru_cache(maxsize=256)
def compiled_prune(css: tuple[str, ...], xpath: tuple[str, ...]) -> tuple[etree.XPath, ...]:
    """Every valid prune rule as a compiled XPath (CSS translated), compiled once per rule set."""
    translated = [css_to_xpath(selector) for selector in css]
    valid_xpath = [expression for expression in xpath if _xpath_compiles(expression)]
    return tuple(etree.XPath(e) for e in [*(t for t in translated if t), *valid_xpath])
