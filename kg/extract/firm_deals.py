"""A deal of firms told by their countries: countries joined by a dash before a deal's
noun are its sides ("the Peru-Chile gas accord"), unless the deal is one firms make
with each other or the story tells it as a firm's. "The Brazil-Peru steel merger", "a
Chile-Peru joint venture" (nouns as data: ``firm-deals`` in ``data/trade-words.txt``),
and "Peru-Chile mobile deal at risk" over a story of "Andeline's mobile deal" (the same
deal, owned by a firm) are no cooperation of the two states; a state's own deal stays
("Peru-Chile gas accord signed", "Kenya-Norway aid deal"), and so do firms dashed
before the deal ("the Velcorp-Nortane merger": the two firms cooperate).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words
from kg.language.places import places

FIRM_DEALS = listed_words("trade-words.txt", "kg.extract")["firm-deals"]


def firms_deal(ctx: Context, noun: Token) -> bool:
    """Whether the deal ``noun`` names is firms', whatever countries are dashed before
    it: a noun of firms' deals, or a deal the story names again with the same words
    before it and a firm's possessive ("Andeline's mobile deal")."""
    if noun.lower_ in FIRM_DEALS or noun.lemma_.lower() in FIRM_DEALS:
        return True
    kinds = _kind_words(noun)
    if not kinds:
        return False  # "the Peru-Chile deal": nothing to know it again by
    for other in ctx.doc:
        if other.i == noun.i or other.lemma_ != noun.lemma_ or _kind_words(other) != kinds:
            continue
        if any(a_firm(ctx, c) for c in other.children if c.dep_ == "poss"):
            return True
    return False


def _kind_words(noun: Token) -> tuple[str, ...]:
    """The lower-case nouns and adjectives just before ``noun`` that tell its kind:
    "mobile" of "the Peru-Chile mobile deal" (not a country's name or a dash)."""
    words: list[str] = []
    i = noun.i - 1
    while i >= 0 and noun.doc[i].is_lower and noun.doc[i].pos_ in {"NOUN", "ADJ"}:
        words.insert(0, noun.doc[i].lower_)
        i -= 1
    return tuple(words)


def a_firm(ctx: Context, owner: Token) -> bool:
    """Whether ``owner`` names an organisation of the story's own, no body the
    gazetteer lists (a state's organ or a body of the world), or a name no one of the
    story's is read from, the model tags no person and the gazetteer does not know
    (the firm "Andeline" the model missed)."""
    named = [m for m in ctx.actors.mentions if m.start <= owner.i < m.end]
    if any(
        m.kind == "org"
        and m.entry is None
        and ctx.actors.by_mention.get(m.id, "").startswith("org/")
        for m in named
    ):
        return True
    if any(m.entry is not None or m.kind not in {"place", "other"} for m in named):
        return False  # a person's, a state's or a listed body's deal
    gz = gazetteer()
    return (
        owner.pos_ == "PROPN"
        and owner.ent_type_ != "PERSON"
        and not (gz.lookup(owner.text) or gz.demonym(owner.text) or places().lookup(owner.text))
    )


def firms_among(ctx: Context, tokens: list[Token], verb: Token | None = None) -> bool:
    """Whether what a verb or noun of buying or hiring takes names a firm of the
    story's own, itself or in apposition ("bought Norvik Foods", "hired the security
    company Falken Guard"): never a thing, a person or a state ("bought a house",
    "hired a coach", "bought Chile's gas"; the ``firm-object`` flag). A participle
    after a comma that the parser hangs on the clause before is read as what it is:
    the noun before the comma's, so no firm the clause names ("A was part of B,
    bought by C": not A)."""
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > 1:
        before = verb.doc[verb.i - 2]
        if verb.doc[verb.i - 1].text == "," and before.pos_ in {"NOUN", "PROPN"}:
            tokens = [t for t in tokens if t.i == before.i]
    return any(
        a_firm(ctx, x) for t in tokens for x in (t, *(c for c in t.children if c.dep_ == "appos"))
    )
