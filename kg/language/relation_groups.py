"""Plural nouns that tell how some stand to someone, and name no actor of their own.

"the firm's creditors", "its lenders": those who hold a stake in someone known only
as a pronoun or a common noun are part of that one's story (unlike "the US and its
partners", "the party's lawmakers"). "his former allies", "its erstwhile partners":
those someone was once allied to are whoever the story names as such, no group of
their own ("A and B, former allies, met" names its pair; "met his former allies"
names no one). "the president's allies", "his allies", "Mr Holt's donors": a person's
political friends are that person's tie, no actor of their own (unlike "the US and its
allies", "America's allies": a state's).

A class of them names no one either: "Foreign lenders agreed to extend loans to X",
"Official creditors pledged debt relief", "International donors pledged $2bn" say only
where such actors come from or what kind they are ("Chinese lenders", "Gulf donors",
a people or a name, and the bare "the banks" of a debt story stay groups). The class
words are data (``data/class-groups.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import PERSON_POSSESSIVES, TITLE_WORDS, listed_words

_STAKEHOLDERS = frozenset({"creditors", "lenders", "banks", "donors", "shareholders", "investors"})
# Nouns for those who stand by someone, a person's as readily as a state's.
_SUPPORTERS = frozenset({"allies", "donors", "backers", "loyalists", "supporters", "partners"})
# Modifiers of a tie that has ended.
_PAST_WORDS = frozenset({"former", "erstwhile", "one-time", "onetime", "ex", "ex-", "past"})
_CLASSES = listed_words("class-groups.txt")["classes"]


def relation_only(tok: Token) -> bool:
    """Whether a plural group noun names only a tie to someone: stakeholders of one
    unnamed, or a tie that has ended ("former allies", "ex-allies")."""
    return owned_by_unnamed(tok) or ended_tie(tok) or owned_by_person(tok)


def owned_by_unnamed(tok: Token) -> bool:
    """ "the firm's creditors", "its lenders" (not "the US and its partners")."""
    return tok.lower_ in _STAKEHOLDERS and any(
        c.dep_ == "poss" and (c.pos_ == "PRON" or (c.pos_ == "NOUN" and not c.ent_type_))
        for c in tok.children
    )


def ended_tie(tok: Token) -> bool:
    """ "his former allies", "their one-time partners", "ex-allies"."""
    if tok.lower_.startswith("ex-"):
        return True
    words = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "advmod"}]
    words += [g for c in words for g in c.lefts if g.dep_ in {"amod", "advmod", "compound"}]
    return any(w.lower_ in _PAST_WORDS for w in words) or any(
        w.lower_ == "time" and w.i > 0 and w.doc[w.i - 1].lower_ == "one" for w in words
    )


def owned_by_person(tok: Token) -> bool:
    """ "the president's allies", "his allies", "Mr Holt's donors" (not "its allies",
    "Peru's allies", "the country's allies")."""
    return tok.lower_ in _SUPPORTERS and any(
        c.dep_ == "poss"
        and (
            c.lower_ in PERSON_POSSESSIVES
            or c.ent_type_ == "PERSON"
            or (c.pos_ == "NOUN" and not c.ent_type_ and c.lower_ in TITLE_WORDS)
        )
        for c in tok.children
    )


def class_only(tok: Token) -> bool:
    """ "foreign lenders", "official creditors", "some international donors", "foreign
    commercial banks": a class word among the plural's modifiers and no other word but
    plain lower-case ones (not "Chinese lenders", "Gulf donors", "foreign Gulf donors")."""
    words = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}]
    words += [g for c in words for g in c.lefts if g.dep_ in {"amod", "compound", "advmod"}]
    return any(w.lower_ in _CLASSES for w in words) and all(
        (w.is_lower or w.is_sent_start) and (w.lower_ in _CLASSES or not w.ent_type_) for w in words
    )  # (not a name: "the International Donors Group")
