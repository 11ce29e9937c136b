"""References back to several actors named before: "the two leaders", "both
sides", "the pair", "the foreign ministers" (a plural mention for
:func:`kg.language.common_nouns.common_noun_mentions`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.bloc_groups import STATE_GROUP_NOUNS, counted_group
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import (
    NUMBER_WORDS,
    PLURAL_ORG_NOUNS,
    PLURAL_PEOPLE_NOUNS,
    PLURAL_STATE_NOUNS,
    POST_MODIFIERS,
    ROLE_NOUNS,
)

# Nouns for two parties at odds, and the words that may qualify them: "the old foes",
# "the former enemies", "the two adversaries" are the two countries or groups named before.
RIVAL_NOUNS = frozenset({"foes", "enemies", "adversaries", "rivals"})
_RIVAL_WORDS = frozenset({"the", "old", "former", "longtime", "long-time", "bitter", "arch"})
# Plural nouns for bodies of a kind: "the two committees", "both unions", "the two
# groups" are the two named before (counted or "both", and no more said of them: not
# "the two groups of protesters").
PLURAL_BODY_NOUNS = frozenset(
    "committees unions councils agencies commissions organisations organizations groups "
    "factions movements militias".split()
)
# Words of "each side" and "each ... the other": one of the two named before.
EACH_WORDS = frozenset({"each", "side"})
# Words of a pair of their own: a lone "Both" as a subject, "the duo".
_PAIR_WORDS = frozenset({"both", "duo", "trio"})
# Every word :func:`is_plural_reference` can accept (tested first: few tokens are).
PLURAL_REFERENCE_WORDS = (
    ROLE_NOUNS | PLURAL_PEOPLE_NOUNS | PLURAL_STATE_NOUNS | PLURAL_ORG_NOUNS | RIVAL_NOUNS
) | (EACH_WORDS | PLURAL_BODY_NOUNS | _PAIR_WORDS | STATE_GROUP_NOUNS)
# Roles of people who watch or serve the sides, never stand for them: "A shelled B's
# villages, the monitors said" are not A and B; only people named in the role can be.
ONLOOKER_ROLES = frozenset({"monitors", "observers", "inspectors", "advisers", "advisors", "aides"})


def is_plural_reference(tok: Token) -> bool:
    """ "the two leaders", "both sides", "the pair", "the duo", "the two" (as an
    argument), "each side", a lone "both" as a subject."""
    low = tok.lower_
    if low in EACH_WORDS:
        return _each_of_two(tok)
    if low == "both":  # "Both condemned the raid" (not "both men", "both of them")
        return (
            tok.dep_ in {"nsubj", "nsubjpass"}
            and tok.pos_ == "PRON"
            and not tok.n_lefts + tok.n_rights
        )
    if low in {"duo", "trio"}:  # (not "the duo's album", "a jazz trio")
        return tok.dep_ != "compound" and [c.lower_ for c in tok.lefts] == ["the"]
    if low == "heads" and of_state(tok) and [c.lower_ for c in tok.lefts] == ["the"]:
        return tok.dep_ in {"nsubj", "nsubjpass"}  # "the heads of state met": those named before
    if _named_after(tok):
        return False
    if counted_group(tok):
        return True  # "the three NATO members", "the six Gulf monarchies": countries named before
    if low in ROLE_NOUNS and _group_by_post(tok):
        return True  # "the foreign ministers", "the two countries' prime ministers"
    if low in RIVAL_NOUNS and tok.dep_ in {"nsubj", "nsubjpass"} and not list(tok.rights):
        words = {c.lower_ for c in tok.lefts}  # "The old foes signed" (not "the foes of peace")
        if "the" in words and words <= _RIVAL_WORDS:
            return True
    if not (
        low in PLURAL_PEOPLE_NOUNS
        or low in PLURAL_STATE_NOUNS
        or low in PLURAL_ORG_NOUNS
        or low in PLURAL_BODY_NOUNS
    ):
        return False
    words = {c.lower_ for c in tok.lefts}
    if low == "two":
        return "the" in words and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
    if low == "pair":
        return "the" in words
    if low in PLURAL_BODY_NOUNS and any(c.dep_ in {"prep", "acl", "relcl"} for c in tok.rights):
        return False  # "the two groups of protesters", "both groups that marched": others
    if any(c.dep_ == "poss" or c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} for c in tok.lefts):
        return False  # "Russia's leaders", "G8 ministers": not a reference back
    if low in PLURAL_STATE_NOUNS and words == {"the"} and tok.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "The nations are still at loggerheads": the two just named
    counted = any(w in NUMBER_WORDS for w in words)  # "the three foreign ministers"
    return (counted and bool(words & {"the", "all"})) or "both" in words  # "all four countries"


def _each_of_two(tok: Token) -> bool:
    """ "Each side" as a subject (not "each side of the border", "on each side"),
    or a lone "each" whose verb acts on "the other" ("Each accused the other")."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    kids = [c.lower_ for c in tok.children]
    if tok.lower_ == "side":
        return kids == ["each"]
    return not kids and any(
        o.lower_ == "other" and [d.lower_ for d in o.children if d.dep_ == "det"] == ["the"]
        for o in tok.head.children
        if o.dep_ == "dobj"
    )


def _group_by_post(tok: Token) -> bool:
    """ "the foreign ministers", "both finance ministers", "the two countries'
    defence ministers", "the Norwegian and Chilean prime ministers", "the
    mediators": people named by their post or role and made definite or owned by
    countries (not "ministers say", "three envoys arrived", "the EU ministers",
    "Poland's ministers", "the coup leaders")."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.dep_ == "compound" or tok.ent_type_:
        return False
    if tok.is_title and not tok.is_sent_start:
        return False  # "the Envoys Club": a capitalised plural inside a name
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
        return False  # "the envoys Ann Lowe and Piet Smit": the names say who
    definite = False
    counted = any(c.lower_ in NUMBER_WORDS or c.lower_ == "both" for c in tok.lefts)
    for c in tok.lefts:
        low = c.lower_
        if low in {"the", "these", "those", "both"}:
            definite = True
        elif c.dep_ == "poss" and low in PLURAL_STATE_NOUNS:
            definite = True  # "the two countries' ministers"
        elif low in NUMBER_WORDS:
            continue  # counted, definite only with "the": "three envoys arrived" are new
        elif c.dep_ == "amod" and _country_adjectives(c):
            continue  # "the Norwegian and Chilean foreign ministers"
        elif counted and _region_adjective(c):
            continue  # "the three Baltic foreign ministers": as many as said, of a region
        elif not (c.dep_ in {"amod", "compound"} and low in POST_MODIFIERS and not c.ent_type_):
            return False
    return definite


def _country_adjectives(tok: Token) -> bool:
    """ "Norwegian", "Norwegian and Chilean": adjectives of countries only."""
    words = [tok, *tok.conjuncts]
    return all(
        (e := gazetteer().demonym(w.text)) is not None and e.type == "Country" for w in words
    )


def _region_adjective(tok: Token) -> bool:
    """ "Baltic", "Nordic", "Gulf": a capitalised word before a post that names no
    body or person (not "the two EU ministers", "the two Labour ministers")."""
    return (
        tok.dep_ in {"amod", "compound"}
        and tok.is_title
        and not tok.is_sent_start
        and tok.ent_type_ not in {"ORG", "PERSON", "GPE", "FAC"}
    )


def _named_after(tok: Token) -> bool:
    """ "The two leaders, Chile's president A and B of Peru, met": the list after the
    comma (an apposition, or a second subject of the verb where the parser makes it
    one) names the leaders, who are no one named before."""
    doc = tok.doc
    if (
        tok.dep_ not in {"nsubj", "nsubjpass"}
        or tok.i + 1 >= len(doc)
        or doc[tok.i + 1].text != ","
    ):
        return False
    listed = [c for c in tok.children if c.dep_ == "appos" and c.left_edge.i == tok.i + 2]
    return bool(listed) or any(s.dep_ == tok.dep_ and s.i > tok.i + 1 for s in tok.head.children)


def of_state(head: Token) -> bool:
    """ "heads of state", "heads of government": what "the leaders" are."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and [o.lower_ for o in p.children] in (["state"], ["government"])
        for p in head.rights
    )
