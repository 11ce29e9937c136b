"""Visible text of scraped, broken and hostile HTML."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.read.html import html_to_text

SENTENCE = "Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo."


def test_scripts_styles_comments_and_templates_are_dropped() -> None:
    html = (
        "<html><head><title>Summit</title><style>p{color:red}</style>"
        "<script>document.write('Otto Brandt resigned')</script></head><body>"
        "<!-- Lena Marsh resigned --><noscript>enable JS</noscript>"
        f"<template><p>hidden</p></template><p>{SENTENCE}</p>"
        "<svg><text>chart label</text></svg><script type=module>x()</script></body></html>"
    )
    assert html_to_text(html) == ("Summit", SENTENCE)


def test_missing_head_and_title_end_tags_do_not_hide_the_body() -> None:
    html = f"<html><head><title>Summit<meta charset=utf-8><body><p>{SENTENCE}"
    assert html_to_text(html) == ("Summit", SENTENCE)


def test_deeply_nested_html() -> None:
    html = "<div>" * 100_000 + f"<p>{SENTENCE}</p>" + "</div>" * 100_000
    assert html_to_text(html) == ("", SENTENCE)


def test_markup_the_standard_parser_rejects_is_skipped() -> None:
    # Python's html.parser raises AssertionError on "<![" followed by junk.
    _title, text = html_to_text(f"<![<p>junk]><p>{SENTENCE}</p><![ if x ]><p>More.</p>")
    assert SENTENCE in text and "More." in text


def test_entities_and_hostile_text_come_out_as_plain_text() -> None:
    html = "<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&quot;&quot; \\ &#128512; &#0;</p>"
    assert html_to_text(html)[1] == '<script>alert(1)</script> """ \\ 😀 \ufffd'


_PIECES = st.sampled_from(
    ["<p>", "</p>", "<script>", "</script>", "<head>", "</head>", "<title>", "</title>",
     "<![", "<!--", "-->", "<!", "</", "<", ">", "&", "&#", "&#x", ";", "<br/>", "<svg>",
     "</svg>", "<style>", "<h1>", "</h1>", "<a href='", "'", '"', "<?", "]]>", "<![CDATA[",
     "<!doctype", "<![if", "<![endif]>", "<body>"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=6), max_size=40).map("".join))
def test_any_markup_gives_text_never_an_exception(html: str) -> None:
    title, text = html_to_text(html)
    assert isinstance(title, str) and isinstance(text, str)
    assert "\n\n\n" not in text and text == text.strip()
