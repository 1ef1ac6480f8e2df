"""CSS selectors from configuration, applied to the parsed tree."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from typing import Any

from cssselect import GenericTranslator, SelectorError
from lxml import etree
from lxml.html import HtmlElement
from newswatch.pipeline.extract.document import element_lines
from newswatch.pipeline.extract.text import normalize_line

# cssselect's test for a class name: libxml2 builds three strings per element for it.
_CLASS_TEST = re.compile(r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' ([^' ]+) '\)")


@functools.lru_cache(maxsize=512)
def css_to_xpath(selector: str) -> str | None:
    """The XPath expression equivalent to CSS `selector`; None if it is not valid CSS."""
    try:
        expression = GenericTranslator().css_to_xpath(selector)
    except SelectorError:
        return None
    # A class attribute holding " name " once its spaces are normalized holds
    # "name" as it is: testing that first lets most elements go without the
    # three strings (a third less time per selector on a news page).
    return _CLASS_TEST.sub(lambda m: f"contains(@class, '{m[1]}') and {m[0]}", expression)


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


# A selector of a tag, ids and classes only ("div.share", ".nav", "#menu"): matched
# on attributes alone, so a Pruner checks it in its one pass over the tree.
_SIMPLE_SELECTOR = re.compile(
    r"(?P<tag>[A-Za-z][A-Za-z0-9_-]*)?(?P<rest>(?:[.#][A-Za-z_][A-Za-z0-9_-]*)*)"
)
_SIMPLE_PART = re.compile(r"([.#])([A-Za-z_][A-Za-z0-9_-]*)")
# XPath's normalize-space separates class names at these only (not at U+3000…).
_XML_SPACE = str.maketrans("\t\n\r", "   ")


@dataclass(frozen=True)
class _Simple:
    """One simple selector: every part given must match."""

    tag: str | None
    ids: frozenset[str]
    classes: frozenset[str]

    def matches(self, tag: str, element_id: str | None, classes: Set[str]) -> bool:
        return (
            (self.tag is None or self.tag == tag)
            and all(wanted == element_id for wanted in self.ids)
            and self.classes <= classes
        )


def _simple(selector: str) -> _Simple | None:
    found = _SIMPLE_SELECTOR.fullmatch(selector.strip())
    if found is None or not selector.strip():
        return None
    parts = _SIMPLE_PART.findall(found["rest"])
    return _Simple(
        found["tag"],
        frozenset(name for kind, name in parts if kind == "#"),
        frozenset(name for kind, name in parts if kind == "."),
    )


@dataclass(frozen=True)
class _Pass:
    """Simple selectors checked together, indexed by a class, an id or a tag each."""

    by_class: dict[str, tuple[_Simple, ...]]
    by_id: dict[str, tuple[_Simple, ...]]
    by_tag: dict[str | None, tuple[_Simple, ...]]

    @classmethod
    def of(cls, selectors: list[_Simple]) -> _Pass:
        by_class: dict[str, list[_Simple]] = {}
        by_id: dict[str, list[_Simple]] = {}
        by_tag: dict[str | None, list[_Simple]] = {}
        for selector in selectors:
            if selector.classes:
                by_class.setdefault(min(selector.classes), []).append(selector)
            elif selector.ids:
                by_id.setdefault(min(selector.ids), []).append(selector)
            else:
                by_tag.setdefault(selector.tag, []).append(selector)

        def frozen(index: dict[Any, list[_Simple]]) -> dict[Any, tuple[_Simple, ...]]:
            return {key: tuple(found) for key, found in index.items()}

        return cls(frozen(by_class), frozen(by_id), frozen(by_tag))

    def select(self, root: HtmlElement) -> list[HtmlElement]:
        """The elements of `root` (itself included) that one of the selectors matches."""
        found: list[HtmlElement] = []
        any_tag = self.by_tag.get(None, ())
        for element in root.iter(etree.Element):
            tag = element.tag
            names = element.get("class")
            element_id = element.get("id")
            candidates = self.by_tag.get(tag, ()) + any_tag
            if element_id is not None:
                candidates += self.by_id.get(element_id, ())
            classes: Set[str] = _NO_CLASSES
            if names:
                classes = set(names.translate(_XML_SPACE).split(" "))
                for name in classes:
                    candidates += self.by_class.get(name, ())
            if candidates and any(rule.matches(tag, element_id, classes) for rule in candidates):
                found.append(element)
        return found


_NO_CLASSES: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pruner:
    """Prune rules compiled once: runs of simple CSS selectors (tag, #id, .class) are
    checked in one Python pass over the tree; other selectors and XPaths run as XPath.

    Rules apply in their order, as if each were evaluated on the tree the
    earlier ones left: a run of simple selectors only reads attributes, which
    pruning never changes, so checking the run at once selects the same.
    """

    steps: tuple[_Pass | etree.XPath, ...]

    def prune(self, tree: HtmlElement) -> None:
        """Remove from `tree` every element a rule selects (their tails are kept)."""
        for step in self.steps:
            found = step.select(tree) if isinstance(step, _Pass) else step(tree)
            for element in found if isinstance(found, list) else ():
                if isinstance(element, HtmlElement) and element.getparent() is not None:
                    element.drop_tree()


@functools.lru_cache(maxsize=256)
def compiled_prune(css: tuple[str, ...], xpath: tuple[str, ...]) -> Pruner:
    """Every valid prune rule (CSS, then XPath), compiled once per rule set."""
    steps: list[_Pass | etree.XPath] = []
    run: list[_Simple] = []
    for selector in css:
        simple = _simple(selector)
        if simple is not None:
            run.append(simple)
            continue
        translated = css_to_xpath(selector)
        if translated is None:
            continue
        if run:
            steps.append(_Pass.of(run))
            run = []
        steps.append(etree.XPath(translated))
    if run:
        steps.append(_Pass.of(run))
    steps.extend(etree.XPath(e) for e in xpath if _xpath_compiles(e))
    return Pruner(tuple(steps))
