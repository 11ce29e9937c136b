"""A plural post before coordinated names, one post each: "Presidents A of Chile and
B of Peru" (both presidents, each of the country after the name), "Foreign
Ministers A and B", "Russian and Chinese foreign ministers A and B" (A Russia's,
B China's, in order). The title before the first name is every name's, in the
singular; whom it speaks for is one country or body for all, or one for each in
order when the phrase names as many as there are names, else none (a country
after "of" the name is read by :mod:`kg.extract.roles`). So is a plural post in
apposition after the names: "A and B, the leaders of Chile and Peru," (A Chile's,
B Peru's), "A and B, the French ministers," (both France's).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.body_titles import members_posts
from kg.language.lexicon import TITLE_WORDS
from kg.language.mention_record import Mention
from kg.language.title_columns import TitleColumns
from kg.language.title_search import pre_title
from kg.language.titles import Descriptor

_HOLDER_KINDS = {"country", "demonym", "org", "group"}


def shared_title(
    doc: Doc, m: Mention, by_token: dict[int, Mention], cols: TitleColumns
) -> Descriptor | None:
    """The plural title a person shares with the names coordinated with theirs."""
    names = _coordinated_names(doc, m, by_token)
    if not names:
        return None
    root = doc[m.start : m.end].root
    title = pre_title(doc, by_token[names[0].i], by_token, cols)
    if title is None or not title.title:
        return None
    post = doc[title.end - 1]
    singular = singular_post(post)
    if singular is None or not title.title.endswith(post.text):
        return None
    role = title.title[: len(title.title) - len(post.text)] + singular
    # the phrase runs over coordinated owners the title search stops at ("Russian and")
    start = min(title.start, post.left_edge.i)
    holders = members_posts(role, _holders(doc, start, title.end, by_token), by_token)
    return Descriptor(start, title.end, role, _whose(holders, names, root), title.former)


def shared_apposition(doc: Doc, m: Mention, by_token: dict[int, Mention]) -> Descriptor | None:
    """The plural post in apposition after the names coordinated with ``m``'s: "A
    and B, the leaders of Chile and Peru," (the parser hangs it on A or on B)."""
    names = _coordinated_names(doc, m, by_token)
    posts = [c for n in names for c in n.children if c.dep_ == "appos" and c.i > names[-1].i]
    if not posts or singular_post(posts[0]) is None or posts[0].tag_ != "NNS":
        return None
    post = posts[0]
    start, end = post.left_edge.i, post.right_edge.i + 1
    holders = _holders(doc, start, end, by_token)
    words = [c.lower_ for c in post.lefts if c.dep_ in {"amod", "compound"}
             and getattr(by_token.get(c.i), "kind", None) not in _HOLDER_KINDS]  # fmt: skip
    role = " ".join([*words, str(singular_post(post))])
    return Descriptor(start, end, role, _whose(holders, names, doc[m.start : m.end].root))


def _coordinated_names(doc: Doc, m: Mention, by_token: dict[int, Mention]) -> list[Token]:
    """The roots of the names coordinated with ``m``'s, ``m``'s among them, in
    order; none when ``m`` is no person or stands alone."""
    if m.kind != "person":
        return []
    root = doc[m.start : m.end].root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    names = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.head.i < t.i)]
    names = [t for t in names if getattr(by_token.get(t.i), "kind", None) == "person"]
    return names if len(names) >= 2 and root in names and names[0] == first else []


def _whose(holders: list[int], names: list[Token], root: Token) -> tuple[int, ...]:
    """One holder for all, or one each in order; none when the counts disagree
    (three lands, two names: whose is whose?)."""
    if len(holders) == len(names):
        return (holders[names.index(root)],)
    return (holders[0],) if len(holders) == 1 else ()


def singular_post(post: Token) -> str | None:
    """ "Presidents" -> "President", "ministers" -> "minister", "Secretaries" ->
    "Secretary"; None for a word that is no plural post."""
    if post.tag_ not in {"NNS", "NNPS", "NNP"}:
        return None  # ("Prime Ministers": the model may tag a capital plural NNP)
    word = post.text
    if word.lower().endswith("ies"):
        one = word[:-3] + "y"
    elif word.lower().endswith("s"):
        one = word[:-1]
    else:
        return None
    return one if one.lower() in TITLE_WORDS else None


def _holders(doc: Doc, start: int, end: int, by_token: dict[int, Mention]) -> list[int]:
    """The countries and bodies the title phrase names, in order ("Russian and
    Chinese"), never after "for" or "to" (whom an envoy is sent to)."""
    found: dict[int, None] = {}
    skipping = False
    for t in doc[start:end]:
        if t.pos_ == "ADP":
            skipping = t.lower_ != "of"
        other = by_token.get(t.i)
        if other is not None and other.kind in _HOLDER_KINDS and not skipping:
            found.setdefault(other.id, None)
    return list(found)
