"""Words spoken on air are no meeting and aim at no one.

A broadcaster or programme after "on" is where words are spoken, not whom they are
aimed at: "insisted on BBC Radio 4", "hit out on the Today programme", "demanded on
Sky that ...". Only for words (CAMEO 10-14): "cracked down on the paper" acts on it.

A programme whose title holds a meeting's noun is no meeting ("said on Radio Norvex's
Breakfast with Harper", "told Channel Seven's Talks with Dale"), nor a talk or a
discussion held on air ("A and B took part in a discussion on Radio Norvex",
"speaking with X on Channel Seven": a debate on a programme, which the rounds before
made no meeting either)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.press_people import media_name, name_words
from kg.extract.senses import Sense
from kg.extract.triggers import SAYING_ROOTS
from kg.language.audiences import TOLD_ON_AIR
from kg.language.event_words import MEDIA_WORDS

_WHERE = frozenset({"dobj", "pobj", "prep", "advcl", "acl", "relcl"})  # up to the clause


def on_air(sense: Sense, target: Token) -> bool:
    """Whether ``target``, an object of "on", is the medium of a spoken ``sense``."""
    if target.head.lower_ != "on" or sense.cameo[:2] not in SAYING_ROOTS:
        return False
    return media_name(None, target)


def aired(target: Token) -> bool:
    """Whether ``target``, an object of "on", names a broadcaster, paper or programme:
    "on Radio Norvex", "on the radio", "on Channel Seven's Latenight" (a title owned
    by one; not "on Channel Seven's future", nor a topic named after a medium: "talks on
    TV rights", "on BBC funding", "on the Channel")."""
    medium = target.pos_ == "PROPN" or target.lower_ in MEDIA_WORDS
    if medium and name_words(None, target) != ["Channel"] and media_name(None, target):
        return True
    return target.is_title and any(
        c.dep_ == "poss" and media_name(None, c) for c in target.children
    )


def programme_title(noun: Token) -> bool:
    """Whether a meeting's ``noun`` is written as a programme's title: capitalised
    inside its sentence and owned by a broadcaster ("Channel Seven's Breakfast with
    Harper"), spoken on ("said on Breakfast with Harper") or told ("told Dinner with
    Dale that ...")."""
    if not noun.is_title or noun.i == noun.sent.start:
        return False
    if any(c.dep_ == "poss" and media_name(None, c) for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "on":
        return True
    return noun.dep_ in {"dobj", "dative"} and noun.head.lemma_ in TOLD_ON_AIR


def held_on_air(noun: Token) -> bool:
    """Whether a meeting's ``noun``, the verb it hangs from or its partner is set "on"
    a medium: "a discussion on Radio Norvex", "took part in a discussion on Channel
    Seven", "held talks with X on Channel Seven's Latenight"."""
    steps = [noun]
    while steps[-1].dep_ in _WHERE and steps[-1].head.i != steps[-1].i:
        steps.append(steps[-1].head)
        if steps[-1].pos_ in {"VERB", "AUX"}:
            break
    partners = [o for t in steps for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    return any(_on_a_medium(t) for t in [*steps, *partners])


def partners_on_air(partners: list[Token]) -> bool:
    """ "speaking with X on Radio Norvex": the parser hangs the medium on the partner."""
    return any(_on_a_medium(t) for t in partners)


def _on_a_medium(token: Token) -> bool:
    """Whether an "on" phrase of ``token`` names a medium."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(aired(o) for o in c.children if o.dep_ == "pobj")
        for c in token.children
    )
