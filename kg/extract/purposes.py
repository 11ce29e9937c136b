"""What a meeting or a journey is for: "A and B met to coordinate their positions",
"flew to Lima to sign a deal with X". The infinitive says the aim, not what was done
(the meeting is a fact, the coordination is not)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import has_to

# Verbs of coming together or going somewhere, whose purpose infinitive is an aim.
GATHERING_VERBS = frozenset(
    "meet gather convene assemble confer travel fly go come arrive head visit return".split()
)


def aim_of_gathering(head: Token, via: str, below: Token) -> bool:
    """``below`` is the purpose infinitive ("to coordinate") of ``head``, a verb of
    meeting or travelling ("met", "flew"), reached through ``via``."""
    return (
        via == "advcl"
        and head.pos_ == "VERB"
        and head.lemma_ in GATHERING_VERBS
        and has_to(below)
        and below.i > head.i
    )
