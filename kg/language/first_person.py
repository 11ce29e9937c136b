"""An "our" inside a quote is the speaker's country when the quote's speaker is a
person whose title names one country ("'Our troops repelled the attack,' X, an
Armenian army spokesman, said": the troops are Armenia's) or the country itself
("'Our embassy was stormed,' Chile said"). Only before words for a state's forces,
envoys, government or land (:data:`OWNED`): "our" of a party, a firm or a newspaper
is left alone, and so is an "our" whose speaker is unknown, a body, or a person with
no country or with two."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.language.event_words import SPEECH_VERBS
from kg.language.quotes import in_quote

if TYPE_CHECKING:  # (the mentions module reads this one)
    from kg.language.coref_state import CorefState
    from kg.language.mentions import Mention

# What a state owns or sends that a speaker calls "ours".
OWNED = frozenset(
    """troops forces soldiers army navy military jets warplanes ships sailors pilots
    government ambassador embassy diplomats envoy consulate country nation territory
    border positions villages towns bases airspace waters""".split()
)


def quoted_our(tok: Token) -> bool:
    """ "our troops", "our embassy" inside a quote."""
    return (
        tok.lower_ == "our"
        and tok.dep_ == "poss"
        and tok.head.lower_ in OWNED
        and in_quote(tok, by_tag=True)
    )


def speaker_country(state: CorefState, m: Mention) -> tuple[str, ...]:
    """The one country the speaker of the quote holding the "our" of ``m`` speaks
    for, else ()."""
    pron = state.doc[m.start]
    if not quoted_our(pron):
        return ()
    for verb in pron.sent:
        if verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB" or in_quote(verb, by_tag=True):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        keys = {k for s in subjects for k in _speaks_for(state, s)}
        return (keys.pop(),) if len(keys) == 1 else ()
    return ()


def _speaks_for(state: CorefState, subject: Token) -> set[str]:
    """The countries the subject's mention is, or whose title names."""
    found: set[str] = set()
    for x in state.mentions:
        lo, hi = x.span
        if not lo <= subject.i < hi:
            continue
        key = state.linked.get(x.id) or ""
        if key.startswith("country/") and x.kind == "country":
            found.add(key)
        elif key.startswith("person/"):
            found.update(
                k
                for d in x.descriptors
                if not d.former
                for a in d.affiliations
                if (k := state.linked.get(a) or "").startswith("country/")
            )
    return found
