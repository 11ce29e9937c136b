"""An acronym the model does not know, coordinated with an actor it does: "Colombia
and the ELN signed a ceasefire", "the army and the SPLA clashed", "talks between
Ethiopia and the TPLF". A word of capitals alone, named beside a country, body or
group as the other party of one act, is the name of a body or group; it is tagged
as an organisation. Not a role or a title ("the CEO and the board"), never a word
the story also writes in lower case, nor a modifier of a noun after it ("ELN
rebels" is left to the noun's own rules).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from kg.language.names import is_role_word

_ACRONYM = re.compile(r"[A-Z]{2,6}")
# The labels of the actor a conjunct acronym stands beside.
_ANCHORS = frozenset({"GPE", "ORG", "NORP"})
# Capitals that name no body: a measure, a medium, a rank, a time.
_NOT_BODIES = frozenset(
    """
    GDP GNP VAT CEO CFO COO CTO MD PM MP MPs MEP MSP AM QC KC GP TV PC IT AI HIV AIDS
    DNA AM PM BC AD OK ID PR HQ UK US USA EU UN
    """.split()
)


def coordinated_acronyms(doc: Doc, spans: Iterable[Span]) -> Iterator[Span]:
    """Organisation spans for unknown acronyms coordinated with an actor of ``spans``
    (a known acronym, "UN", "US", is the gazetteer's)."""
    kept = list(spans)
    tagged = {i for s in kept for i in range(s.start, s.end)}
    anchors = {i: s for s in kept if s.label_ in _ANCHORS for i in range(s.start, s.end)}
    lowered: set[str] | None = None
    for token in doc:
        if token.i in tagged or not _ACRONYM.fullmatch(token.text):
            continue
        if token.text in _NOT_BODIES or is_role_word(token.text):
            continue
        if token.dep_ == "compound" or token.pos_ not in {"PROPN", "NOUN"}:
            continue
        if not any(o.i in anchors for o in _coordinated(token)):
            continue
        if lowered is None:
            lowered = {t.lower_ for t in doc if not t.is_upper}
        if token.lower_ in lowered:
            continue  # "IT and HR" beside "it": a word, not a name
        yield Span(doc, token.i, token.i + 1, label="ORG")


def _coordinated(token: Token) -> list[Token]:
    """The heads of the conjuncts ``token`` is coordinated with."""
    return [t for t in token.conjuncts if t.i != token.i]
