"""Job titles the small model takes for organisations (for
:mod:`kg.language.entity_repair`): "Minister of International Trade and Industry
Hajime Tamura", "Secretary of State", "Culture Secretary", "X Party Holyrood
leader". Each reads the document's :class:`~kg.language.token_table.TokenTable`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.body_words import COMPANY_WORDS, ORG_HEAD_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.kind_names import titled_body
from kg.language.lexicon import (
    HONORIFICS,
    NAME_PARTICLES,
    PORTFOLIO_TITLES,
    PORTFOLIO_WORDS,
    POST_MODIFIERS,
    TITLE_WORDS,
)
from kg.language.places import WORLD_REGIONS
from kg.language.ranks import rank_words
from kg.language.token_table import Lookup, TokenTable


def is_job_title(doc: Doc, w: TokenTable, start: int, end: int, lookup: Lookup) -> bool:
    """Whether the "organisation" ``doc[start:end]`` is (part of) a job title."""
    if lookup(w.span_text(start, end)):
        return False
    words = w.lower[start:end]
    if (
        words[0] in TITLE_WORDS
        or doc[start:end].root.lower_ in TITLE_WORDS
        or rank_words(words) > 1  # "Field Marshal Ade Kanu", "Senior General X"
    ):
        return not titled_body(words, bool(w.title[end - 1]))  # (not "General Dental Council")
    if _people_title_name(w, start, end, lookup):
        return True  # "Kazakh President Tokayev": a people's title, then the holder's name
    if "of" not in words and _region_title(doc, w, start, end):
        return True  # "Supreme Allied Commander Europe, Admiral X": the region it covers
    # "Secretary of State", "Minister of Defence": the ORG is part of the title.
    if start >= 2 and w.lower[start - 1] == "of" and w.lower[start - 2] in TITLE_WORDS:
        return not titled_body(words, bool(w.title[end - 1]))  # ("leader of X Council")
    # "International Development Secretary Ruth Gale", "Deputy Trade Representative X"
    if end < len(w.text) and w.lower[end] in PORTFOLIO_TITLES and w.title[end]:
        return True
    return (
        end < len(w.text)
        and w.lower[end] in TITLE_WORDS
        and all(word in PORTFOLIO_WORDS or word in {"and", "&"} for word in words)
    )


def _region_title(doc: Doc, w: TokenTable, start: int, end: int) -> bool:
    """``start:end`` is a capitalised title before a region the model tags a place
    and a comma: "Supreme Allied Commander (Europe), X" (the region the post covers)."""
    return (
        w.lower[end - 1] in TITLE_WORDS
        and bool(w.title[end - 1])
        and end + 1 < len(doc)
        and doc[end].ent_type_ == "LOC"
        and doc[end].text in WORLD_REGIONS
        and doc[end + 1].text == ","
        and not titled_body(w.lower[start:end], True)
    )


# Fields a minister's title names besides the cabinet's portfolio words, which are also
# the last words of firms' names: "Oil Minister", "Mines and Energy Minister".
MINISTER_FIELDS = (
    PORTFOLIO_WORDS
    | COMPANY_WORDS
    | frozenset("mines minerals gas power water natural resources petroleum and &".split())
)


def post_portfolio(w: TokenTable, start: int, end: int, lookup: Lookup) -> bool:
    """The "organisation" ``start:end`` is the portfolio of the minister's post after
    it: "Energy" of "Kazakhstan's Energy Minister X", "Deputy Energy" of "Ukrainian
    Deputy Energy Minister X" (a firm's name word, yet no firm has a minister)."""
    if end >= len(w.text) or w.lower[end] not in {"minister", "ministers"}:
        return False
    words = w.lower[start:end]
    return (
        not lookup(w.span_text(start, end))
        and all(word in MINISTER_FIELDS or word in POST_MODIFIERS for word in words)
        and any(word in MINISTER_FIELDS and word not in {"and", "&"} for word in words)
    )


def trailing_name(doc: Doc, w: TokenTable, start: int, end: int) -> int | None:
    """Start of a person's name at the end of a title-shaped span, if any."""
    i, dashes = end, 0
    while i > start and end - i - dashes < 3:
        low = w.lower[i - 1]
        if _particle(w, start, i - 1, end):
            i, dashes = i - 1, dashes + 1  # "Eline de Boer", "Anne van der Berg"
            continue
        if not (w.title[i - 1] and w.alpha[i - 1]) or low in PORTFOLIO_WORDS or low in TITLE_WORDS:
            break
        if low in ORG_HEAD_WORDS or doc[i - 1].is_stop:
            break
        i -= 1
        if i - 2 > start and w.text[i - 1] == "-" and not w.spaced[i - 2] and not w.spaced[i - 1]:
            i, dashes = i - 1, dashes + 1  # "MEP Jean-Claude X": one hyphenated given name
    if i > start and end - i == 1 and w.lower[i - 1] in TITLE_WORDS:
        return i  # one name after a title: "Kazakh President Tokayev"
    return i if end - i - dashes >= 2 and i > start else None


def _particle(w: TokenTable, start: int, k: int, end: int) -> bool:
    """A lower-case particle inside a name, between its capitalised words: "de" of
    "Eline de Boer", "van" and "der" of "Anne van der Berg"."""
    if w.lower[k] not in NAME_PARTICLES or w.title[k] or k + 1 >= end:
        return False
    before = k - 1
    while before > start and w.lower[before] in NAME_PARTICLES and not w.title[before]:
        before -= 1
    return before >= start and bool(w.title[before]) and w.lower[before] not in TITLE_WORDS


def portfolio_tail(w: TokenTable, start: int) -> int:
    """Where a title's capitalised field from ``start`` ends ("for Culture", "of State
    for Trade" after "Secretary"), or ``start`` when none follows."""
    end, n = start, len(w.text)
    while end + 1 < n and w.lower[end] in {"for", "of"}:
        k = end + 1
        while k < n and w.title[k] and w.lower[k] in PORTFOLIO_WORDS | {"and"} and k - end <= 3:
            k += 1
        if k == end + 1:
            break
        end = k
    return end


def _people_title_name(w: TokenTable, start: int, end: int, lookup: Lookup) -> bool:
    """A people's or a country's name, a capitalised title and a name the model read
    as one body's ("Kazakh President Tokayev", "Bolivia Foreign Minister Ana Paz"):
    at most three name words, none a body's head word ("Chinese Premier League")."""
    first = w.text[start]
    entry = lookup(first)
    if not (gazetteer().demonym(first) or (entry is not None and entry.type == "Country")):
        return False
    # the title runs to its last title word: "Prime Minister", "Foreign Minister"
    last = max((k for k in range(start + 1, end) if w.lower[k] in TITLE_WORDS), default=start)
    names = range(last + 1, end)
    return (
        last > start
        and all(w.title[k] for k in range(start + 1, last))
        and 1 <= len(names) <= 3
        and all(w.title[k] and w.alpha[k] and w.lower[k] not in ORG_HEAD_WORDS for k in names)
    )


def is_title_word(text: str) -> bool:
    """An honorific or a title: "Dr.", "Chancellor"."""
    return text.rstrip(".") in HONORIFICS or text.lower() in TITLE_WORDS


def before_a_post(w: TokenTable, start: int, end: int, lookup: Lookup) -> int:
    """Where a known body's name ends when the model ran it into the word that
    qualifies a post after it: "Scottish National Party Holyrood" of "... Holyrood
    leader X" is the party (the post is its leader at Holyrood)."""
    if end >= len(w.text) or w.lower[end] not in TITLE_WORDS or lookup(w.span_text(start, end)):
        return end
    for cut in (end - 1, end - 2):
        body = lookup(w.span_text(start, cut)) if cut > start else None
        if (
            body is not None
            and body.type == "Organization"
            and all(w.title[i] for i in range(cut, end))
        ):
            return cut  # (a country before a body's field is its name: "UK Athletics chief")
    return end


def portfolio_after(w: TokenTable, start: int, end: int) -> bool:
    """Words ``start:end`` name a portfolio before a post ("Treasury" of "... Treasury
    spokesman"): the model ran a party's label into it and called it a person."""
    following = w.lower[end] if end < len(w.text) else ""
    return following in TITLE_WORDS and all(
        w.lower[i] in PORTFOLIO_WORDS for i in range(start, end)
    )
