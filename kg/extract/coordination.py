"""The tokens coordinated with an argument: "A, B and C", "A plus B", "A, along with
B, ...", lists the parser read as appositions or modifiers ("The US, Russia, and
Switzerland met", "Chile and the ever cautious Peru") and a list's first name hung on
the verb ("Chad, Niger and Mali met"), as tokens (:mod:`kg.extract.arguments` finds
the arguments themselves)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.arguments import ALONG, SUBJECT_DEPS, along_with
from kg.extract.base import per_word
from kg.extract.paired_absolutes import opens_absolute
from kg.extract.set_aside import set_aside


@per_word
def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("A, B and C", "A plus B")."""
    # not "instead of B", nor C of "with A backing B and C opposing her"
    joined = [] if opens_absolute(token) else [c for c in token.conjuncts if not opens_absolute(c)]
    out = [c for c in (token, *joined) if not set_aside(c)]
    for t in list(out):
        children = list(t.children)  # read once: spaCy makes new Tokens at every pass
        appos = [c for c in children if c.dep_ == "appos" and c.i > t.i]
        for child in children:
            dep, low, after = child.dep_, child.lower_, child.i > t.i
            # "The US, Russia, and Switzerland met": a list the parser read as apposition
            if dep == "appos" and after and child.conjuncts:
                out.extend([child, *child.conjuncts])
            elif dep == "appos" and after and child.pos_ == "NOUN":  # "A, his counterpart B and C"
                out.extend(n for a in child.children if a.dep_ == "appos" and a.i > child.i
                           and a.pos_ == "PROPN" and a.conjuncts for n in [a, *a.conjuncts])  # fmt: skip
            # "Chile, the tiny Peru, and Bolivia": a country is no description of another,
            # so one the parser set in apposition inside a list is one more of the list
            elif (dep == "appos" and after and child.ent_type_ == "GPE" and t.ent_type_ == "GPE"
                  and any(c.dep_ == "cc" for c in [*children, *child.children])):  # fmt: skip
                out.append(child)
            # "Nigerian President A and Malawian President B met": the parser made both
            # names appositions of the first title, the "and" hanging on the first name
            if (dep == "appos" and len(appos) >= 2 and child.i > appos[0].i
                    and any(c.dep_ == "cc" for c in appos[0].children)):  # fmt: skip
                out.extend([appos[0], child])
            if low == "with" and any(c.lower_ in ALONG for c in child.children):
                # "A, together with B, met C": B is with A
                out.extend(c for o in child.children if o.dep_ == "pobj" for c in [o, *o.conjuncts])
            if low in ALONG and after and t.dep_ in SUBJECT_DEPS:
                # "A, along with B, condemned C", "A, alongside B, ...": B acts with A
                out.extend(c for o in along_with(child) for c in [o, *o.conjuncts])
            if low == "plus":
                out.extend(c for c in child.children if c.dep_ == "pobj")
                out.extend(c for c in child.subtree if c.dep_ == "conj")
            # "Chile and the ever cautious Peru": a place name cannot modify another, so
            # one the parser hung on the next as a modifier is coordinated with it
            if (dep in {"nmod", "compound"} and child.i < t.i and child.ent_type_ == "GPE"
                    and t.ent_type_ == "GPE" and child.ent_iob_ == "B"
                    and (t.ent_iob_ == "B" or t.i - 1 > child.i)  # "North and South Korea"
                    and any(c.dep_ in {"cc", "conj"} for c in child.children)):  # fmt: skip
                # with the rest of its list: "A, B and the evil C"
                out.extend([child, *(c for c in child.conjuncts if c.ent_type_ == "GPE")])
    if token.dep_ == "nsubj" and out and out[0].i == token.i:
        out.extend(_fellow_doers(token.head))  # "A fought alongside B": B fought too
    if len(out) > 1:
        out.extend(_list_head(token))
    seen: dict[int, Token] = {}
    for t in out:
        seen.setdefault(t.i, t)
    return [seen[i] for i in sorted(seen)]


def _list_head(token: Token) -> list[Token]:
    """ "Chad, Niger and Mali met": the parser hung the first name of the list on
    the verb; it is the name right before the comma that opens the rest."""
    doc = token.doc
    lo = token.left_edge.i
    if lo < 2 or doc[lo - 1].text != ",":
        return []
    first = doc[lo - 2]
    if (
        first.pos_ == "PROPN"
        and first.head.i == token.head.i
        and first.dep_ in {"parataxis", "dep", "npadvmod", "nmod", "nsubj"}
        and first.ent_type_
        and all(t.dep_ == "compound" for t in doc[first.left_edge.i : first.i])
    ):
        return [first]
    return []


def shared_demonyms(noun: Token) -> list[Token]:
    """The people-word (demonym) before the first of two coordinated nouns that the
    second, bare one shares: "Polish media and government criticised X" (a Polish
    government), "Kenyan diplomats and officials"; not when the second has words of its
    own before it ("Polish media and the government", "Polish media and its staff")."""
    head = noun.head
    if noun.dep_ != "conj" or head.pos_ != "NOUN" or noun.n_lefts or head.i > noun.i:
        return []
    return [c for c in head.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"]


def _fellow_doers(verb: Token) -> list[Token]:
    """Who an along-phrase hung on ``verb`` names as one more doer: "Chile fought
    alongside Peru against Bolivia", "Ghana condemned the raid, alongside Togo"; not
    one right after an object, who may be one more of those done to ("praised Chile
    alongside Peru", "listed Peru along with Bolivia as sponsors")."""
    doc = verb.doc
    return [o for c in verb.children if c.i > verb.i and c.dep_ in {"prep", "advmod"}
            and (doc[c.left_edge.i - 1].text == "," or c.left_edge.i - 1 == verb.i)
            for o in companions_at(c)]  # fmt: skip


def companions_at(word: Token) -> list[Token]:
    """Who the along-phrase that opens at ``word`` names ("alongside B", "along with B",
    "together with B and C"), with B's conjuncts."""
    found: list[Token] = []
    if word.lower_ in ALONG:
        found = along_with(word)
    elif word.lower_ == "with" and any(a.lower_ in ALONG for a in word.children):
        found = [o for o in word.children if o.dep_ == "pobj"]
    return [c for o in found for c in [o, *o.conjuncts]]


_CLAUSE_PATH = {"prep", "pobj", "dobj", "attr", "oprd"}  # the words of one clause's objects


def companions(head: Token) -> list[Token]:
    """Who an along-phrase after ``head`` names, hung on it or on its objects within the
    clause: "Latvia joined NATO alongside Estonia and Lithuania", "belongs to the EEA
    together with Iceland", "is a member of the EU along with Spain" (a partner in what
    the subject does); not one in a clause of its own, nor "unlike"/"instead of" B."""
    found: list[Token] = []
    todo = [head]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.i < head.i:
                continue
            if c.dep_ in {"prep", "advmod"} and (named := companions_at(c)):
                found += named
            elif c.dep_ in _CLAUSE_PATH:
                todo.append(c)
    return sorted(found, key=lambda o: o.i)
