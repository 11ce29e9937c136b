"""A government named by whoever leads it: "Golan's government", "the Ruiz
administration", "Assad's regime". It acts for the leader's country when the story
gives the leader one ("Israeli Prime Minister Yair Golan ... Golan's government
accused Syria": Israel); with no country for the leader it names no one (neither the
leader nor a party is the government).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from kg.language.lexicon import PERSON_POSSESSIVES
from kg.language.mention_record import Mention

RULED_NOUNS = frozenset({"government", "administration", "regime", "cabinet"})
# what a person's pronoun or "whose" owns that is the country of their post: "her
# country imposed sanctions", "X, whose country filed the case"
OWNED_STATES = frozenset({"country", "nation"})
_OWNERS = PERSON_POSSESSIVES | {"whose"}


def leader_before(doc: Doc, tok: Token) -> int | None:
    """Where the name of the person who owns or qualifies the ruling noun ``tok``
    begins ("Golan's government", "the Ruiz administration"); None when no person
    does ("Kenya's government", "the Labour government")."""
    if tok.lower_ not in RULED_NOUNS and tok.lower_ not in OWNED_STATES:
        return None
    for c in tok.children:
        if c.lower_ == "whose" and whose_owner(c) is None:
            return None
        if c.dep_ == "poss" and c.i == tok.i - 1 and c.lower_ in _OWNERS:
            return c.i  # "his government": whoever "his" is (owned_governments.py)
        if tok.lower_ in OWNED_STATES:
            continue
        if c.dep_ in {"poss", "compound"} and c.i < tok.i and _a_persons_name(doc, c):
            start = c.i
            while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_:
                start -= 1  # the whole name: "Yair Golan's government"
            return start
    return None


def whose_owner(whose: Token) -> Token | None:
    """The word of the person or country a relative "whose" stands for: "A, whose
    government", "A, Chile's minister, whose country" (through the post set off
    after the name), "Peru, whose government"; None for anyone else."""
    verb = whose.head
    for _ in range(4):  # "whose government Brazil took to the WTO": up to "took"
        if verb.dep_ == "relcl" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    owner = verb.head
    if owner.ent_type_ not in {"PERSON", "GPE"} and owner.dep_ == "appos":
        owner = owner.head  # the post after the name
    return owner if owner.ent_type_ in {"PERSON", "GPE"} and owner.i < whose.i else None


def _a_persons_name(doc: Doc, c: Token) -> bool:
    """A person's name, or the surname of a person the story names in full (the
    model may take "Golan" of "Golan's government" for a body)."""
    if c.ent_type_ == "PERSON":
        return True
    return c.pos_ == "PROPN" and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == c.text for e in doc.ents
    )


def leaders_country(
    doc: Doc, mentions: Sequence[Mention], by_mention: Mapping[int, str], m: Mention
) -> str | None:
    """The country whose post a title of the story gives the person who leads the
    ruling noun phrase ``m`` (the titles of the mentions resolved so far)."""
    name = [t.text for t in doc[m.start : m.end - 1] if t.text not in {"'s", "’s", "the"}]
    people = {by_mention.get(o.id) or "" for o in mentions
              if o.kind == "person" and name and o.text.split()[-1] == name[-1]}  # fmt: skip
    people = {k for k in people if k.startswith("person/")}
    if len(people) != 1:
        return None  # no one, or two people of that name
    for o in mentions:
        if by_mention.get(o.id) not in people:
            continue
        for d in o.descriptors:
            for a in d.affiliations:
                key = by_mention.get(a) or ""
                if key.startswith("country/") and not d.former:
                    return key
    return None
