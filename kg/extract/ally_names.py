"""An ally word's holder named right after it, allies named together, and allies that
are no more, for :func:`kg.extract.cooperation._allies`: "Chad's ally Niger", "its
ally, Japan," (the parser reads the name as an apposition, or as a second subject); "A
and B are close allies" (each the other's); "a former ally of X" is none now."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.event_words import ENDED

_ONCE = {"once", "formerly", "previously", "longer"}  # "were once allies", "are no longer allies"


def named_after(noun: Token) -> Token | None:
    """The name right after a singular ally word that has an owner."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if noun.tag_ != "NN" or not owners:
        return None  # (a plural group, "Iran's allies Syria and Iraq", is a group of its own)
    named = _named_after(noun)
    if (
        named is not None
        and noun.lower_ == "partner"
        and "PERSON" in {named.ent_type_, owners[0].ent_type_}
    ):
        return None  # "the singer's partner Ann Vale": his companion, no alliance
    return named


def _named_after(noun: Token) -> Token | None:
    appos = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None and appos.i <= noun.i + 2:  # "Chad's ally Niger", "Chad's ally, Niger,"
        return appos
    if noun.dep_ == "nsubj":  # "Russia's ally (the) Saudi Arabia hosted": two subjects
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                     and c.left_edge.i == noun.i + 1), None)  # fmt: skip
    nxt = noun.nbor() if noun.i + 1 < len(noun.doc) else None
    # "the US and its ally Japan": a conjunct
    return nxt if nxt is not None and nxt.pos_ == "PROPN" and noun.dep_ == "conj" else None


def no_more(noun: Token) -> bool:
    """ "a former ally", "its erstwhile partner": no alliance now."""
    return any(c.lower_ in ENDED for c in noun.children)


def allied_together(noun: Token, holders: list[str]) -> tuple[list[str], list[str]]:
    """ "Turkey and Qatar have been close allies": the first the others' ally (owners,
    holders), when states or groups are called allies or partners of no one named."""
    be = noun.head
    if (
        noun.dep_ == "attr"
        and noun.tag_ == "NNS"
        and be.tag_ in {"VBZ", "VBP", "VBN"}  # "are", "have been"; not "were allies until"
        and not any(c.lower_ in _ONCE for c in be.children)
        and len(holders) >= 2
        and all(h.startswith(("country/", "group/")) for h in holders)
    ):
        return holders[:1], holders[1:]
    return [], holders
