"""Approval withheld from what another made: a rejection of its maker (CAMEO 120).

"The agency recommended against approving a drug developed by X", "the board voted
against licensing X's pipeline", "the regulator advised against authorising a vaccine
made by X", "the panel refused to approve X's merger": the subject rejects X, whose
thing (by "by", a possessive, or the thing itself) the approval would have been for,
as "rejected a vaccine made by X" does. The words are data
(``kg/language/data/approval-words.txt``). Not an approval recommended ("recommended
approving a drug made by X"), nor one withheld from a thing no one is named as
making ("advised against approving the drug").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.senses import sense
from kg.language.lexicon import listed_words
from kg.records import Event, EventKind


def approval_words() -> dict[str, frozenset[str]]:
    """The approving, against and refusing verbs, by kind."""
    return listed_words("approval-words.txt")


def withholding(lemma: str) -> bool:
    """Whether a verb of this lemma may withhold an approval ("recommend", "refuse")."""
    words = approval_words()
    return lemma in words["against"] or lemma in words["refusing"]


def withheld_approval(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """The rejection of the maker of what ``verb`` advises against approving or
    refuses to approve."""
    words = approval_words()
    if verb.lemma_ in words["against"]:  # "against approving": the gerund the phrase holds
        acts = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
                for c in p.children if c.dep_ == "pcomp"]  # fmt: skip
    else:  # "refused to approve"
        acts = [c for c in verb.children if c.dep_ == "xcomp"]
    acts = [a for a in acts if a.pos_ == "VERB" and a.lemma_.lower() in words["approving"]]
    things = [o for a in acts for o in g.direct_objects(a)]
    targets = [k for o in things for k in targets_of(ctx, o)]
    agents = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)]
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("reject", "120"), agents,
                           targets, [verb, *acts, *things], extractor, 0.6)  # fmt: skip
