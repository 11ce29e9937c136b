"""Ceremonies: who takes part in one together meets.

Constructions: ``X handed the documents to Y at a ceremony``; ``At a ceremony, X
handed the keys to Y``; ``A and B attended the signing ceremony``; ``X attended
the ceremony with Y``; ``the ministers of A and B joined X at the ceremony``;
``X took part in the ceremony alongside Y``; ``the ceremony, attended by A and B``; and, with no ceremony named, what is
only handed over in person: ``X presented Y with the award``, ``Y received the
prize from X``, ``Y accepted the accession papers from X``. One party alone at a ceremony meets no one ("X attended a
ceremony in Riga"), nor does one who watched it; planned, negated and
hypothetical ceremonies are kept but marked (the verb's modality).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact import PARTIES, contact_events, is_audience
from kg.extract.decorations import bestowed_on, given_by
from kg.language.contact_words import (
    ATTENDING_VERBS,
    AWARD_NOUNS,
    CEREMONY_ACTS,
    CEREMONY_NOUNS,
    HANDING_VERBS,
    STATE_PAPER_KINDS,
    STATE_PAPERS,
)
from kg.language.protocol_words import PROTOCOL_WORDS
from kg.records import Event, EventKind

# Prepositions of a ceremony that is where something was done ("at", "during") or
# what one took part in ("took part in", "participated in").
_AT = {"at", "during", "in"}
# Prepositions that name a partner at the ceremony.
_PARTNER_PREPS = {"to", "from", "with", "alongside", "beside"}
_ALONG = {"with", "alongside", "beside"}
# Verbs of handing over in person, and of decorating someone with an honour.
_HANDING = HANDING_VERBS | PROTOCOL_WORDS["decorating"]


def ceremony_events(ctx: Context, start: int = 0, end: int | None = None) -> Iterator[Event]:
    """Meetings of the parties to a ceremony (or to an award handed in person)."""
    for token, lemma, lower, pos in ctx.scan(start, end):
        if pos == "NOUN" and lower in CEREMONY_NOUNS:
            verb = _done_at(token)
            if verb is not None:
                yield from _meetings(ctx, verb, token, g.prep_objects(token, _ALONG))
        elif (
            pos == "VERB"
            and lemma in _HANDING
            and _award_handed(token)
            and not any(_done_at(c) is not None for c in _ceremonies(token))
        ):  # told once, through its ceremony
            yield from _meetings(ctx, token, token, [], in_person=True)


def _done_at(noun: Token) -> Token | None:
    """The verb of what was done at (or taken part in) the ceremony ``noun`` names."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in ATTENDING_VERBS - {"take"}:
        return noun.head  # "attended the ceremony"
    attended = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ == "attend"]
    if attended:
        return attended[0]  # "the ceremony, attended by A and B"
    if noun.dep_ != "pobj" or noun.head.lower_ not in _AT or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB":
        return None
    if noun.head.lower_ == "in":  # "took part in", "participated in" (not "signed in")
        taking = verb.lemma_ == "take" and any(c.lower_ == "part" for c in verb.children)
        return verb if taking or verb.lemma_ == "participate" else None
    return verb if verb.lemma_ in CEREMONY_ACTS else None


def _ceremonies(verb: Token) -> list[Token]:
    return [o for o in g.prep_objects(verb, _AT) if o.lower_ in CEREMONY_NOUNS]


def _award_handed(verb: Token) -> bool:
    """ "presented X with the award", "handed the medal to X", "received the prize
    from X": what is only handed over in person."""
    if any(c.lower_ == "posthumously" for c in verb.children):
        return False  # the one honoured is dead
    things = [*g.direct_objects(verb), *g.prep_objects(verb, {"with"})]
    if g.is_passive(verb):
        things += g.subjects(verb)
    return any(
        t.lemma_.lower() in AWARD_NOUNS
        or t.lower_ in AWARD_NOUNS
        or _state_paper(t)
        or _named_order(t)
        for t in things
    )


def _named_order(noun: Token) -> bool:
    """ "the Order of the Polar Star", "the Order of Merit": a decoration by its name
    (not "an order to withdraw"); the parser may make the name's last word its head."""
    doc = noun.doc
    heads = [noun, *(c for c in noun.lefts if c.dep_ == "compound")]
    while noun.dep_ == "pobj" and noun.head.lower_ == "of":  # up "of" to the name's head
        noun = noun.head.head
        heads.append(noun)
    return any(h.text == "Order" and h.i + 1 < len(doc) and doc[h.i + 1].lower_ == "of"
               for h in heads)  # fmt: skip


def _state_paper(noun: Token) -> bool:
    """ "the accession papers", "the instruments of ratification", "her letters of
    credence": papers of state, handed over in person."""
    if noun.lower_ not in STATE_PAPERS:
        return False
    kinds = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    kinds += g.prep_objects(noun, {"of"})
    return any(
        k.lemma_.lower() in STATE_PAPER_KINDS or k.lower_ in STATE_PAPER_KINDS for k in kinds
    )


def _meetings(
    ctx: Context, verb: Token, trigger: Token, along: list[Token], *, in_person: bool = False
) -> list[Event]:
    """The subjects of ``verb`` meet its partners (or each other): ``along`` are partners
    the parser hung on the ceremony ("attended the ceremony with X"). An award with no
    ceremony is handed in person only between people ("the academy awarded X the
    prize" is no meeting), and presenters of awards do not meet each other ("A and B
    presented awards")."""
    passive = g.is_passive(verb)
    subj_tokens = (g.agents(verb) or g.subjects(verb)) if passive else g.subjects(verb)
    partner_tokens = g.prep_objects(verb, _PARTNER_PREPS) + along
    if passive and subj_tokens != g.subjects(verb):  # "Y was presented with it by X"
        partner_tokens += g.subjects(verb)
    partner_tokens += [o for o in g.direct_objects(verb) if o.lower_ not in CEREMONY_NOUNS]
    if in_person:  # "accepted the papers from X": the phrase hangs on the thing
        partner_tokens += [t for o in g.direct_objects(verb) for t in g.prep_objects(o, {"from"})]
        partner_tokens += bestowed_on(verb)
        if passive and not g.agents(verb) and (givers := given_by(verb)):
            subj_tokens, partner_tokens = givers, [*partner_tokens, *g.subjects(verb)]
    partner_tokens = [t for t in partner_tokens if not is_audience(ctx, t) and not _named_order(t)]
    subj = [k for t in subj_tokens for k in g.actors_of(ctx, t) if k.startswith(PARTIES)]
    partners = [k for t in partner_tokens for k in g.actors_of(ctx, t) if k.startswith(PARTIES)]
    if in_person:
        subj, partners = _people(subj), _people(partners)
    if not subj or (len(subj) < 2 and not partners) or (in_person and not partners):
        return []
    return contact_events(ctx, verb, trigger, EventKind.MEETING, "meet", subj, partners,
                          "participant", "participant", False,
                          [*subj_tokens, *partner_tokens], cameo="040", confidence=0.6)  # fmt: skip


def _people(keys: list[str]) -> list[str]:
    return [k for k in keys if k.startswith("person/")]
