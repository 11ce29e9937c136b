"""The governments of regions that have one of their own (``data/regional-governments.tsv``:
devolved nations, autonomous communities, federal states, provinces). The region stays a
place and never acts; its government is an organisation, one actor for every form of its
name ("the Scottish Government", "the Scottish government", "Scotland's government", "the
government of Scotland", "the Scottish Executive": "Scottish government"), and the body
its posts serve ("Scottish First Minister X", "X, Scotland's health secretary,", "the
premier of Quebec, X", "Catalan regional president X").

>>> government_named("Scotland's government".split()).government
'Scottish government'
>>> government_named(["the", "government", "of", "Quebec"]).key
'org/quebec-government'
>>> government_named(["Scottish", "Parliament"]) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from kg.language.gazetteer import gazetteer
from kg.language.mention_record import Mention
from kg.language.names import POSSESSIVE_MARKS
from kg.language.slugs import slug
from kg.language.titles import Descriptor

# Heads of a government's own name ("the Welsh government", "Ontario's provincial government").
# ("executive" only in a name the table lists: "the Scottish Executive"; a "Scottish
# executive" may run a firm.)
GOVERNMENT_HEADS = frozenset({"government", "governments"})
# Words between the region and the head that keep the phrase the region's government.
_GOVERNMENT_QUALIFIERS = frozenset({"regional", "devolved", "provincial", "state", "autonomous"})
# The posts of a regional government, by their head word(s): "first minister", "premier"
# (any words may come between: "Scotland's net zero secretary"). "Secretary" needs a field
# before it: a bare "Scottish Secretary" or "Welsh Secretary" sits in the UK cabinet.
# "President" needs "regional" ("Catalan regional president"): a region's "president" may
# head a club or a council.
_POSTS = ("first minister", "premier", "governor", "chief minister", "minister-president",
          "minister", "ministers", "secretary", "regional president")  # fmt: skip
_FIELDED = frozenset({"secretary"})
# After a region's name (not its adjective) "minister" needs a field too: "Northern
# Ireland minister X" and "Wales minister X" sit in the UK government, as "Scotland
# Secretary" does; "Scottish minister X" and "Northern Ireland finance minister X" are the
# region's. (A region known by its name alone, "Ontario minister X", keeps the post.)
_NAME_FIELDED = frozenset({"minister"})
# The posts whose "of" names the region's government: "the premier of Quebec, X", "the
# first ministers of Scotland and Wales, X and Y".
_POST_NOUNS = frozenset({"premier", "premiers", "minister", "ministers", "governor", "governors"})
# What every word of GOVERNMENT_HEADS and _POST_NOUNS contains: a text with none of them
# has no region standing for its government.
_HEAD_STEMS = ("government", "premier", "minister", "governor")
# Words that make the post no post of the region's government: a shadow post, a seat.
_NOT_GOVERNMENT = frozenset({"shadow", "mp", "msp", "mla", "ms", "mep", "party", "opposition",
                             "office", "uk", "british", "federal", "former-"})  # fmt: skip


@dataclass(frozen=True)
class Region:
    """A region with a government; ``key`` and ``name`` are its government's."""

    name: str
    adjectives: tuple[str, ...]
    country: str  # ISO alpha-3

    @property
    def government(self) -> str:
        """ "Scottish government", "Ontario government"."""
        return f"{(self.adjectives or (self.name,))[0]} government"

    @property
    def key(self) -> str:
        return f"org/{slug(self.government)}"


@cache
def _table() -> tuple[dict[str, Region], dict[str, Region]]:
    """Regions by the lower-case words of a name or adjective, and by another name
    of their government ("scottish executive")."""
    text = resources.files("kg.language").joinpath("data", "regional-governments.tsv")
    by_word: dict[str, Region] = {}
    others: dict[str, Region] = {}
    gz = gazetteer()
    for line in text.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, adjectives, country, names = [*line.split("\t"), "", "", ""][:4]
        known = gz.lookup(name)
        if known is not None and known.type == "Country":
            continue  # a state the gazetteer knows keeps its reading
        region = Region(name, tuple(a for a in adjectives.split("|") if a), country)
        for form in (name, *region.adjectives):
            by_word.setdefault(form.lower(), region)
        for other in names.split("|"):
            if other:
                others[other.lower()] = region
    return by_word, others


@cache
def _first_words() -> frozenset[str]:
    """The first word of every region's name and adjective, lower case ("new" of "New
    South Wales")."""
    return frozenset(form.split()[0] for form in _table()[0])


def region_named(words: Sequence[str]) -> Region | None:
    """The region the capitalised words name, by name or adjective ("Scotland",
    "Scottish", "New South Wales"), None for any other words."""
    if not words or not all(w[:1].isupper() for w in words):
        return None
    return _table()[0].get(" ".join(words).lower())


def government_named(words: Sequence[str]) -> Region | None:
    """The region whose government the words of a name name: "[the] Scottish [devolved]
    government", "Scotland's government", "[the] government of Scotland", "the Scottish
    Executive"; None otherwise ("Scottish Parliament", "Scotland")."""
    words = [w for w in words if w.lower() != "the"]
    if not words:
        return None
    other = _table()[1].get(" ".join(words).lower())
    if other is not None:
        return other
    if words[0].lower() in GOVERNMENT_HEADS and len(words) > 2 and words[1].lower() == "of":
        return region_named(words[2:])  # "the government of Wales"
    if words[-1].lower() not in GOVERNMENT_HEADS:
        return None
    owner = words[:-1]
    while owner and owner[-1].lower() in _GOVERNMENT_QUALIFIERS:
        owner = owner[:-1]
    if owner and owner[-1] in POSSESSIVE_MARKS:
        owner = owner[:-1]
    elif owner and owner[-1][-2:] in POSSESSIVE_MARKS:
        owner = [*owner[:-1], owner[-1][:-2]]
    return region_named(owner)


def regional_post(words: Sequence[str]) -> tuple[Region, str] | None:
    """The region whose government a title serves and the post, from the title's
    words (the holder's name left out): "Scottish First Minister", "Scotland 's first
    minister", "first minister of Wales", "Quebec Premier", "Catalan regional president";
    None for a seat, a party's or a shadow post, a region's "Secretary" with no field,
    a title of no region's ("Scottish MP", "Welsh Secretary", "Wales minister", "Scottish
    Labour leader"), a region's word hyphen-joined to the next ("Quebec-born minister")."""
    words = [w for w in words if w.lower() not in {"the", "a", "an", ","}]
    lowered = [w.lower() for w in words]
    if set(lowered) & _NOT_GOVERNMENT:
        return None
    for start in range(len(words)):
        for end in range(len(words), start, -1):
            region = region_named(words[start:end])
            if region is None:
                continue
            if end < len(words) and words[end] == "-":
                return None  # "Quebec-born finance minister": born there, not its post
            kept = [*range(start), *range(end, len(words))]
            if start and lowered[start - 1] == "of":
                kept = list(range(start - 1))  # "first minister of Wales"
            elif kept and kept[0] == end and lowered[end] in POSSESSIVE_MARKS:
                kept = kept[1:]  # "Scotland 's first minister"
            named = bool(region.adjectives) and lowered[start:end] == region.name.lower().split()
            fielded = _FIELDED | _NAME_FIELDED if named and kept[:1] == [end] else _FIELDED
            post = _post([words[k] for k in kept], fielded)
            return (region, post) if post is not None else None
    return None


def _post(words: list[str], fielded: frozenset[str]) -> str | None:
    phrase = " ".join(words).lower()
    for post in _POSTS:
        if phrase == post or phrase.endswith(" " + post):
            if post in fielded and phrase == post:
                return None  # "Scottish Secretary": the UK's
            return " ".join(words)
    return None


def regional_posts(
    doc: Doc, mentions: Sequence[Mention]
) -> list[tuple[Mention, Descriptor, Region, str]]:
    """Each person's title that serves a region's government and names no actor of
    its own (a country, a party or a body named in it keeps its reading): the person,
    the title, the region and the post."""
    found = []
    for m in mentions:
        if m.kind != "person":
            continue
        for d in m.descriptors:
            if d.affiliations:
                continue
            words = [t.text for t in doc[d.start : d.end] if not m.start <= t.i < m.end]
            if (post := regional_post(words)) is not None:
                found.append((m, d, *post))
    return found


def governed_region(doc: Doc, start: int, end: int) -> Region | None:
    """The region that ``doc[start:end]`` names when it stands for its government,
    coordinated or after "of": "the Scottish and Welsh governments", "the governments
    of Scotland and Wales", "the government of Wales" (not "Scotland" alone, nor "the
    Scottish government", one name the model finds whole)."""
    region = region_named([t.text for t in doc[start:end]])
    if region is None:
        return None
    tok = doc[start:end].root
    coordinated = False
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok, coordinated = tok.head, True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        owner = head.head  # "the government of Wales", "the first ministers of A and B"
        return region if _government_noun(owner) or owner.lower_ in _POST_NOUNS else None
    if tok.dep_ in {"amod", "compound", "nmod"} and _government_noun(head):
        plural = head.lower_ == "governments"
        return region if plural or coordinated or _conjoined(tok) else None
    return None


def _government_noun(tok: Token) -> bool:
    return tok.lower_ in GOVERNMENT_HEADS


def _conjoined(tok: Token) -> bool:
    return any(c.dep_ == "conj" for c in tok.children)


def region_government_mentions(doc: Doc, sent_of: list[int], taken: set[int]) -> list[Mention]:
    """Mentions for the regions that stand for their governments in a coordination
    or after "of" (:func:`governed_region`), where no other mention is."""
    out: list[Mention] = []
    text = doc.text.lower()
    if not any(stem in text for stem in _HEAD_STEMS):
        return out  # no government and no post: no region stands for one (most texts)
    i = 0
    while i < len(doc):
        if doc[i].lower_ not in _first_words():
            i += 1  # no region's name or adjective starts here
            continue
        for end in range(min(len(doc), i + 4), i, -1):
            if any(k in taken for k in range(i, end)) or governed_region(doc, i, end) is None:
                continue
            out.append(Mention(0, i, end, sent_of[i], "org", doc[i:end].text))
            taken.update(range(i, end))
            i = end - 1
            break
        i += 1
    return out
