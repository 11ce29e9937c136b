"""What the article's actors leave on its words once every mention is linked (the
last steps of :func:`kg.language.actors.resolve_actors`): the titles each actor is
given ("Ann Vale, the foreign minister": "foreign minister") and which actor each
token names (a name's words, then the title words around it).
"""

from __future__ import annotations

from kg.language.article_actors import ArticleActors


def collect_titles(out: ArticleActors) -> None:
    """Each linked mention's titles, in lower case, under its actor (``out.titles``)."""
    for m in out.mentions:
        key = out.by_mention.get(m.id)
        if key and m.descriptors:
            for d in m.descriptors:
                if d.title:
                    out.titles.setdefault(key, []).append(d.title.lower())


def map_tokens(out: ArticleActors) -> None:
    """Token -> actor (``out.by_token``): names first, then the title words around them."""
    named: dict[int, set[int]] = {}  # token -> the mentions whose name holds it
    for o in out.mentions:
        for i in range(o.start, o.end):
            named.setdefault(i, set()).add(o.id)
    for m in out.mentions:
        key = out.by_mention.get(m.id)
        if key is None:
            continue
        lo, hi = m.span
        for i in range(lo, hi):
            if not (m.start <= i < m.end) and (
                i in out.by_token or bool(named.get(i, set()) - {m.id})
            ):
                continue  # a title word already taken, or inside another name
            out.by_token[i] = key
