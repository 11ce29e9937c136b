"""Sports reports: a match is no meeting and a tackle no attack.

"Ireland meet France in Dublin on Saturday", "Ruiz ousted the top seed 6-2 6-1",
"passed fit for the Cup clash with Italy": in a report on sport, meeting, visiting
and force name fixtures and plays between teams and players. An article that uses
three or more different words only sport uses (``data/sport-words.txt``: "striker",
"semi-final", "wicket"; a scoreline such as "19-13" counts as one) is a sports
report, and there such events are left out. What people say of each other stays:
"the coach criticised the referee" is criticism, "the club backed its manager"
support.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.senses import FORCE_ROOTS
from kg.language.lexicon import listed_words
from kg.language.short_forms import sport_word
from kg.records import Event, EventKind

REPORT_CUES = 3  # different sport words that make an article a sports report

# "19-13", "6-1 6-2": two small numbers joined by a dash (not "2004-05", "1.5-2")
# (the look back after the first digit: a pattern that opens with a digit is searched fast)
_SCORELINE = re.compile(r"\d(?<![\d.,-]\d)\d?-\d{1,2}(?![\d-])")


def sport_cues(doc: Doc) -> frozenset[str]:
    """The sport words a parsed text uses, with "scoreline" for a score."""
    text = doc.text  # (joined from the tokens at every ``doc.text``)
    found = set(sport_word().findall(text))
    if _SCORELINE.search(text):
        found.add("scoreline")
    return frozenset(found)


def is_sports_report(cues: frozenset[str]) -> bool:
    return len(cues) >= REPORT_CUES


def is_contest(event: Event) -> bool:
    """A meeting, a visit, an act of force (CAMEO 18-20) or plain coercion (170): in a sports report, a
    fixture or a play ("Spain host Italy", "ousted the champion", "a clash with
    Wales"), not a contact or an attack."""
    if event.kind is EventKind.VISIT:
        return True
    if event.kind is EventKind.MEETING:
        return event.type == "meet"
    # force (18-20) and plain coercion ("ousted the champion", 170); a federation's
    # ban or suspension of a player (172) is a sanction in sport too
    return event.kind is EventKind.CONFLICT and (
        event.cameo == "170" or event.cameo[:2] in FORCE_ROOTS
    )


def in_a_fixture(verb: Token) -> bool:
    """ "hosted Ghana in a World Cup qualifier", "played host to Italy in a friendly",
    "met Nadal in the final": the sides of a game, in any report; hosting someone
    for talks ("hosted X for two days of talks") stays a visit."""
    games = listed_words("thing-words.txt")["fixture"]
    return any(
        o.dep_ == "pobj" and o.lower_ in games
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"in", "for"}
        for o in p.children
    )
