"""Visible text of an HTML page: scripts, styles and comments dropped, blocks on new lines.

Scraped pages are often broken: a missing ``</head>`` or ``</title>`` ends at
the first body tag, an unclosed ``<svg>`` or ``<noscript>`` only hides what is
inside it, and markup the standard parser chokes on (``<![junk``) is skipped.

>>> html_to_text("<html><head><title>T</title><script>x()</script></head>"
...              "<body><h1>Head</h1><p>One &amp; two.</p><!-- c --><p>Three</p></body></html>")
('T', 'Head\\n\\nOne & two.\\n\\nThree')
>>> html_to_text("<head><title>Summit<meta charset=utf-8><p>Envoys met.")
('Summit', 'Envoys met.')
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

log = logging.getLogger(__name__)

_INVISIBLE = {"script", "style", "noscript", "template", "svg", "iframe", "object", "math"}
_BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "figcaption",
    "main", "nav", "aside", "td", "th", "dl", "figure", "address", "body",
}  # fmt: skip
_HEAD_ONLY = {"head", "title", "meta", "link", "base", "style", "script", "noscript", "template"}
_TITLE_LIMIT = 1000


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self._hidden: list[str] = []  # open invisible elements
        self._in_head = False
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self._in_head = True
        elif tag not in _HEAD_ONLY:
            # body content: a missing </head> or </title> ends here
            self._in_head = self._in_title = False
        if tag == "title" and not self.title_parts:
            self._in_title = True
        elif tag in _INVISIBLE:
            self._hidden.append(tag)
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _INVISIBLE:  # <svg/> hides nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "head":
            self._in_head = False
        elif tag in self._hidden:
            while self._hidden.pop() != tag:
                pass
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._hidden or self._in_head:
            return
        if self._in_h1:
            self.h1_parts.append(data)
        self.parts.append(data)

    def parse_html_declaration(self, i: int) -> int:
        try:
            return super().parse_html_declaration(i)
        except AssertionError:  # "<![junk": skip to the next ">" like a browser
            j = self.rawdata.find(">", i + 2)
            return -1 if j < 0 else j + 1


def html_to_text(html: str) -> tuple[str, str]:
    """Return ``(title, body text)`` of an HTML document. The title is the
    ``<title>`` (or first ``<h1>``); the body keeps paragraph breaks."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError as exc:  # markup the standard parser cannot take
        log.info("HTML parser gave up (%s); keeping the text between tags", exc)
        parser = _TextExtractor()
        parser.parts = [re.sub(r"<[^>]*>", "\n\n", html)]
    title = " ".join("".join(parser.title_parts).split())[:_TITLE_LIMIT]
    h1 = " ".join("".join(parser.h1_parts).split())[:_TITLE_LIMIT]
    raw = "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
    paragraphs = [p for p in paragraphs if p]
    if not title and h1:
        title = h1
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return title, "\n\n".join(paragraphs)
