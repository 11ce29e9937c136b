"""Posts in a region's government: "Scottish First Minister X", "X, Scotland's first
minister,", "the first minister of Wales, X", "Catalan regional president X", "Quebec
Premier X", "Scotland's Net Zero Secretary X" serve the region's government (an
organisation: "Scottish government"), never the region, a place that holds no posts
(see :mod:`kg.language.regional_governments`). A seat, a party's or a shadow post, and
a title that names another actor keep their reading ("Scottish MP X", "Scottish Labour
leader X", "Welsh Secretary X").

Each yields (person, body, tokens, role, current) for :mod:`kg.extract.roles`.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import Context
from kg.extract.led_posts import Post
from kg.language.regional_governments import regional_posts


def region_posts(ctx: Context) -> Iterator[Post]:
    """The posts of the document's people in a region's government."""
    for m, d, region, post in regional_posts(ctx.doc, ctx.actors.mentions):
        person = ctx.actors.by_mention.get(m.id)
        if person is None or not person.startswith("person/"):
            continue
        if region.key not in ctx.actors.actors:
            continue
        yield person, region.key, [ctx.doc[d.start], ctx.doc[m.end - 1]], post, not d.former
