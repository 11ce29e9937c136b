"""What a meeting or a journey is for: "A and B met to coordinate their positions",
"flew to Lima to sign a deal with X". The infinitive says the aim, not what was done
(the meeting is a fact, the coordination is not)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import has_to
from kg.extract.trip_purposes import met_on_the_trip, stay_somewhere

# Verbs of coming together or going somewhere, whose purpose infinitive is an aim.
GATHERING_VERBS = frozenset(
    "meet gather convene assemble confer travel fly go come arrive head visit return".split()
)


def aim_of_gathering(head: Token, via: str, below: Token, verb: Token) -> bool:
    """``below`` is the purpose infinitive ("to coordinate") of ``head``, a verb of
    meeting or travelling ("met", "flew", "is visiting Quito") or a stay somewhere
    ("is in Lima"), reached through ``via``; ``verb``, the event asked about, is no aim
    when it is a meeting a journey told as done was made for ("flew to Lima to meet
    X": kg.extract.trip_purposes)."""
    return (
        via in {"advcl", "xcomp"}
        and ((head.pos_ == "VERB" and head.lemma_ in GATHERING_VERBS) or stay_somewhere(head))
        and has_to(below)
        and below.i > head.i
        and not _next_step(head)
        and not met_on_the_trip(head, below, verb)
    )


def _next_step(head: Token) -> bool:
    """ "went on to accuse X", "came to accept the plan": what was done next or in
    the end, not an aim; "go" and "come" aim only with somewhere to go ("went to
    Lima to sign", "came here to talk")."""
    if head.lemma_ not in {"go", "come"}:
        return False
    if any(c.dep_ == "prt" for c in head.children):
        return True  # "went on to", "went ahead to"
    return not any(c.dep_ == "prep" or (c.dep_ == "advmod" and c.lower_ in _PLACES_TO_GO)
                   for c in head.children)  # fmt: skip


_PLACES_TO_GO = frozenset({"here", "there", "home", "abroad", "back", "overseas"})
