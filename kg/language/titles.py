"""Title phrases around names: "Peru's Permanent Representative to International
Organizations in Geneva Tomas Reyes", "Soto, director of the central bank,"
(found by :mod:`kg.language.title_search`).

A :class:`Descriptor` keeps the title as written and the actors it speaks for:
those before the title word or after "of" ("Iran's top negotiator", "Secretary of
Iran's Supreme National Security Council"), never those it is *for*, *to* or
*in* ("French Special Envoy for Chad" speaks for France). The functions take
the mention being described and a token -> mention map (any object with
``id``, ``start``, ``end`` and ``kind``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from kg.language.audiences import PRESS_ROLES
from kg.language.lexicon import HONORIFICS, TITLE_WORDS
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.post_dates import ended, time_phrase
from kg.language.seat_parties import foreign_party
from kg.language.unserved_names import (
    a_firm_s_country,
    non_member,
    of_a_populace,
    posted_in,
    where_based,
)

ACTOR_KINDS = frozenset({"person", "country", "org", "group", "agreement"})
_SEGMENT_KINDS = ACTOR_KINDS | {"demonym", "description"}  # what a title's affiliation can be
AFFILIATION_PREPS = {"of"}
STOP_PREPS_IN_TITLE = {"for", "to", "in", "at", "on", "with", "from"}
FOR_EMPLOYER = {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel",
                "campaigner", "chairman", "director", "head", "chief", "economist", "analyst",
                "strategist", "researcher", "correspondent", "reporter", "consultant"}  # fmt: skip
AT_EMPLOYER = {"fellow", "professor", "lecturer", "researcher", "economist", "analyst",
               "strategist", "scholar", "editor", "director", "chief", "head", "official",
               "officer", "manager", "president", "chairman", "chairwoman", "executive",
               "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "partner"}  # fmt: skip
# "an official with the ministry": "with" names the employer after these
WITH_EMPLOYER = {"official", "officer", "economist", "analyst", "researcher", "lawyer",
                 "attorney", "spokesman", "spokeswoman", "spokesperson", "strategist"}  # fmt: skip
# "an MP for the Justice Party", "a lawmaker from the Green Party": a seat held for
# the party ("an MP for Leeds" sits for a place, no party)
PARTY_SEATS = {"mp", "mps", "mep", "msp", "lawmaker", "legislator", "deputy", "senator",
               "congressman", "congresswoman", "councillor", "councilor"}  # fmt: skip
# "chief of staff to the Chilean president", "an adviser to the prime minister":
# whom the leader serves
TO_A_LEADER = {"chief", "adviser", "advisor", "aide", "secretary", "spokesman", "spokeswoman",
               "spokesperson"}  # fmt: skip
# Professions, not posts: a country before them says where the holder is from
# ("US economist X", "British professor X"), never whom they serve.
PROFESSIONS = {"economist", "analyst", "strategist", "researcher", "scholar", "professor",
               "lecturer", "fellow", "lawyer", "editor", "correspondent", "reporter",
               "consultant", "campaigner", "manager", "journalist", "columnist"}  # fmt: skip
# Words of a title held against a state ("Colombian rebel commander X", "the Syrian
# opposition leader X"): a country before them says where the holder is from, not
# whom they serve.
AGAINST_THE_STATE = frozenset({"rebel", "rebels", "insurgent", "insurgents", "guerrilla",
                               "guerrillas", "guerilla", "separatist", "separatists", "militant",
                               "militants", "opposition", "dissident", "dissidents", "exiled",
                               "jihadist", "underground"})  # fmt: skip
FORMER_WORDS = {"former", "ex", "late", "then", "outgoing", "ousted", "deposed"}
# Words that say a holder has left the post before the event ("then" and "outgoing"
# still hold it when it happens).
NO_LONGER = {"former", "ex", "late", "ousted", "deposed"}
# A state's diplomats posted abroad (lemmas): whom a host summons or sends away.
# ("chargé d'affaires": the parser heads the phrase with "d'affaires")
DIPLOMATS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "attaché", "attache",
                       "consul", "d'affaires", "d'affaire", "d’affaires", "d’affaire"})  # fmt: skip


def press_beat(title: str) -> bool:
    """A press role anywhere in the title (``role`` in ``data/press-words.txt``): a state
    in it is the beat, not the employer ("a White House correspondent for the network",
    "the paper's Moscow editor")."""
    return any(w in PRESS_ROLES for w in title.lower().split())


def no_longer_holds(noun: Token) -> bool:
    """Whether a word before a post noun says its holder has left it: "the former US
    ambassador", "an ex-Labour minister" act for the US and Labour no more; also
    "the ex-president of Peru" when the parser splits "ex" off as a word of its own."""
    if any(c.lower_ in NO_LONGER for c in noun.lefts):
        return True
    doc, i = noun.doc, noun.i
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and doc[i - 2].lower_ == "ex"
        and not doc[i - 2].whitespace_
    )


@dataclass(frozen=True)
class Descriptor:
    """A title phrase attached to a name: "former U.S. President"."""

    start: int  # token span of the phrase
    end: int
    title: str  # "President"
    affiliations: tuple[int, ...]  # ids of the mentions it speaks for
    former: bool = False


def describe(doc: Doc, start: int, end: int, by_token: dict[int, Any], m: Any) -> Descriptor:
    """The title phrase ``doc[start:end]`` of ``m`` and the actors it speaks for."""
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
        and not (m.start <= start - 2 < m.end)
    ):
        start -= 2  # "vice-president": the parser may leave "vice-" out of the phrase
        edge = doc[start].left_edge.i  # ... and what qualifies it: "the Chinese vice-premier"
        if edge < start and all(
            t.is_alpha or t.text in POSSESSIVE_ENDINGS for t in doc[edge:start]
        ):
            start = edge
    tokens = [t for t in doc[start:end] if not (m.start <= t.i < m.end)]
    former = any(t.lower_.rstrip("-") in FORMER_WORDS for t in tokens)
    # "Austria's chancellor from 1999 to 2003": the time phrase is no part of the
    # title, and says whether the post was left (also "..., X, minister until 2019")
    dated = next((k for k, t in enumerate(tokens) if time_phrase(t)), None)
    if dated is not None:
        former = former or ended(tokens[dated])
        tokens = tokens[:dated]
    elif end < len(doc) and time_phrase(doc[end]) and _on_the_title(doc[end], start, end, m):
        former = former or ended(doc[end])
    affiliations: list[int] = []
    mode = "affil"
    segment: list[Any] = []

    def close_segment() -> None:
        # "its chief executive X": the body "its" stands for
        actors = [x for x in segment if x.kind in _SEGMENT_KINDS or _possessive_body(x)]
        # "chairman of Spain's biggest bank": a firm's, not Spain's (not "governor of
        # Spain's central bank")
        actors = [x for x in actors if not a_firm_s_country(doc, x)]
        # "head of the India-Pakistan commission": the body, not a country inside its name
        actors = [x for x in actors if not any(
            y.kind == "org" and y.start <= x.start and x.end <= y.end and y.id != x.id
            for y in actors
        )]  # fmt: skip
        if owned:  # "head of Russia's Gazprom": the unknown firm's head, not Russia's
            actors = [x for x in actors if x.kind not in {"country", "demonym"}]
            owned.clear()
        states = [x for x in actors if x.kind in {"country", "demonym"}]
        if states and actors[-1].kind == "org" and _posted_abroad(tokens):
            # "Chile's UN ambassador": an envoy serves the state that sends them, at the body
            affiliations.append(states[-1].id)
        elif actors:
            # the head of the noun phrase is its last actor ("Iran's SNSC" -> SNSC)
            affiliations.append(actors[-1].id)
        segment.clear()

    seen: set[int] = set()
    owned: list[Token] = []  # a name no actor covers after "'s": "Russia's Gazprom"
    last_title = ""
    own = _own_title_words(tokens)
    seat_words = [t.text for t in tokens]
    for t in tokens:
        if t.pos_ == "ADP":
            if mode == "affil":
                close_segment()
            # "of" names whom a title serves; so does "for" after a spokesman or a
            # lawyer ("spokesman for the ministry"), never after an envoy ("envoy for Iran")
            serves = (
                t.lower_ in AFFILIATION_PREPS
                or (t.lower_ == "for" and last_title in FOR_EMPLOYER)
                or (t.lower_ == "at" and last_title in AT_EMPLOYER)
                or (t.lower_ == "with" and last_title in WITH_EMPLOYER)
                or (t.lower_ in {"for", "from"} and last_title in PARTY_SEATS and _a_party(t))
                or (t.lower_ == "to" and last_title in TO_A_LEADER and _a_leader(t, by_token))
            )  # "a senior fellow at X", "an official with X"
            mode = "affil" if serves else "skip"
            continue
        if t.lower_ in TITLE_WORDS:
            last_title = t.lower_
        other = by_token.get(t.i)
        if (other is None or other.kind == "place") and mode == "affil" and _owned_name(t):
            owned.append(t)
        if other is not None and other.id != m.id and other.id not in seen:
            seen.add(other.id)
            if other.kind == "description" and own & set(range(other.start, other.end)):
                continue  # "X, NATO's secretary-general,": the post itself, not whom it serves
            if (
                mode == "affil"
                and not where_based(doc, other)
                and not non_member(doc, other)
                and not posted_in(doc, other, segment)  # "the BBC's Moscow correspondent"
                and not of_a_populace(doc, other)
                and not foreign_party(other, seat_words)  # "Green MSP X": not England's Greens
            ):
                segment.append(other)
    if mode == "affil":
        close_segment()
    # The title starts after the actors that precede the first title word:
    # "Iran's top negotiator" -> "top negotiator".
    title_from = 0
    for k, t in enumerate(tokens):
        if t.lower_ in TITLE_WORDS:
            break
        if (
            _an_actor(t, by_token)
            or t.text in POSSESSIVE_ENDINGS
            or (t.text in {"'", "’"} and t.tag_ == "POS")  # "the Greens' leader"
            or t.pos_ == "DET"
            or t.lower_ in FORMER_WORDS
        ):
            title_from = k + 1
        elif title_from == k and k > 0 and (t.text == "-" or tokens[k - 1].text == "-"):
            title_from = k + 1  # "a London-based spokeswoman": "-based" is no title
    title_tokens = tokens[title_from:]
    # "Secretary of Iran's SNSC": the title stops before the affiliation.
    text = _title_text(title_tokens, by_token, affiliations)
    return Descriptor(start, end, text, tuple(dict.fromkeys(affiliations)), former)


def _on_the_title(prep: Token, start: int, end: int, m: Any) -> bool:
    """A time phrase after a title that is on the title or its holder's name, not on
    a verb: "X, minister until 2019" (not "became professor of Y in 2003", when the
    post began)."""
    head = prep.head
    on = start <= head.i < end or m.start <= head.i < m.end
    return on and head.pos_ in {"NOUN", "PROPN"}


def _owned_name(t: Token) -> bool:
    """``t`` is a proper name right after a possessive and the head of its phrase:
    "Gazprom" of "Russia's Gazprom" (a firm the model took for a place), "Kano" of
    "governor of Nigeria's Kano state" (a place: the post is not the country's)."""
    return (
        t.pos_ == "PROPN"
        and t.i >= 1
        and t.doc[t.i - 1].text in POSSESSIVE_ENDINGS
        and t.dep_ in {"pobj", "appos", "conj"}
        and t.lower_ not in TITLE_WORDS  # "Australia's Minister for Trade": the title
    )


def _an_actor(t: Token, by_token: dict[int, Any]) -> bool:
    """``t`` names an actor before a title. A description that spans the title
    itself ("Greek Prime Minister" read as one) names one only in its named words:
    "Greek", not "Prime"."""
    m = by_token.get(t.i)
    return m is not None and (m.kind != "description" or bool(t.ent_type_))


# Posts held for a state at a body or abroad: "Chile's UN ambassador", "the US NATO envoy".
_SENT = {"ambassador", "envoy", "representative", "delegate", "consul", "emissary"}


def _posted_abroad(tokens: list[Token]) -> bool:
    """The holder's own title is an envoy's, before any preposition."""
    for t in tokens:
        if t.pos_ == "ADP":
            return False
        if t.lower_ in _SENT:
            return True
    return False


def _own_title_words(tokens: list[Token]) -> set[int]:
    """The title words of the holder's own post, before any preposition: "secretary"
    and "general" of "NATO's secretary general" (not "president" of "adviser to
    the president", a post the holder serves)."""
    own: set[int] = set()
    for t in tokens:
        if t.pos_ == "ADP":
            break
        if t.lower_ in TITLE_WORDS:
            own.add(t.i)
    return own


def _a_party(prep: Token) -> bool:
    """ "for the Justice Party", "from the Republican People's Party"."""
    return any(c.dep_ == "pobj" and c.lower_ in {"party", "parties"} for c in prep.children)


def _a_leader(prep: Token, by_token: dict[int, Any]) -> bool:
    """ "to the Chilean president", "to the prime minister", "to the Chilean
    government": a leader's title, or the government itself; or a body by name
    ("an adviser to Toyota", "an aide to the UN"; not "to Ali Reza", a person)."""
    return any(
        c.dep_ == "pobj"
        and (c.lower_ in _LEADERS or getattr(by_token.get(c.i), "kind", None) == "org")
        for c in prep.children
    )


_LEADERS = {"president", "premier", "minister", "chancellor", "king", "queen", "governor",
            "government", "administration", "cabinet"}  # fmt: skip


def _possessive_body(mention: Any) -> bool:
    """ "its" or "their" before a title: whom the holder serves (never "his", a person)."""
    return bool(mention.kind == "pronoun" and mention.text.lower() in {"its", "their"})


def _title_text(tokens: list[Token], by_token: dict[int, Any], affiliations: list[int]) -> str:
    words: list[Token] = []
    for k, t in enumerate(tokens):
        if t.pos_ == "ADP" and t.lower_ == "from" and k and _no_name(tokens[k + 1 :]):
            break  # where the holder comes from: "a loyalist from a mining town"
        if t.pos_ == "ADP" and t.lower_ in {"of", "at", "for", "with", "from"}:  # whom it serves
            rest = tokens[k + 1 :]
            if any(
                by_token.get(r.i) and by_token[r.i].id in affiliations for r in rest
            ) and not any(r.pos_ == "ADP" and r.i not in by_token for r in rest):
                break
        words.append(t)
    while words and words[-1].text.rstrip(".") in HONORIFICS:
        words.pop()  # "Prime Minister Sheikh" -> "Prime Minister"
    text = "".join(t.text_with_ws for t in words).strip()
    return text.strip(" ,()[]")


def _no_name(tokens: list[Token]) -> bool:
    """No name among ``tokens`` but an honorific ("from a farming family Mr")."""
    return bool(tokens) and not any(
        t.pos_ == "PROPN" and t.text.rstrip(".") not in HONORIFICS for t in tokens
    )


def hyphened_title_end(doc: Doc, i: int) -> int:
    """Where a title that the tokenizer split at a hyphen ends: "secretary" of
    "secretary-general", "attorney" of "attorney-general" (one title word)."""
    if (
        0 <= i < len(doc) - 2
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and f"{doc[i].lower_}-{doc[i + 2].lower_}" in TITLE_WORDS
    ):
        return i + 3
    return i + 1
