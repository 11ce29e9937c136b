"""Firms told by the kind of firm they are, or by their legal form.

The small model tags an invented one-word firm as a person or a place, or not at all.
News says what kind of firm it is, and that makes the name a body:

* an apposition or a noun before the name naming a kind of firm: "Kordax, the drone
  maker", "Gravina, an Italian defence group", "the miner Zantaro", "the steel maker
  Oltrex" (not "an aircraft carrier", "a policy maker": :data:`OTHER_WORDS`);
* a predicate: "Felmont is an oil trader";
* a legal form ending the name: "Danvor AG", "Sorvent SA" (a person to the model);
* a post held only in firms: "the chief executive of Corvane", "Corvane's chief
  executive";
* shares traded in it: "shares in Traxis", "Traxis shares".

A span the model tagged is relabelled a body; an untagged capitalised name (no English
word, no given name, no place) is made one. A name the gazetteer knows as no body, a
place, a people, and a person's full name ("Tom Reyes, an oil trader") stay as they are.
The kind nouns are data (``data/firm-words.txt``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.body_words import FIRM_SUFFIXES
from kg.language.given_names import given_names
from kg.language.legal_forms import LEGAL_FORMS
from kg.language.lexicon import listed_words
from kg.language.token_table import Story

_WORDS = listed_words("firm-words.txt")
FIRM_KINDS = _WORDS["firm"]
OTHER_WORDS = _WORDS["other"]
_POSTS = _WORDS["post"]
_RELABELLED = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
_SHARES = frozenset({"share", "shares", "stock", "stocks"})


def firm_kinds(doc: Doc, spans: list[Span], story: Story, words: frozenset[str]) -> list[Span]:
    """``spans`` with the names told to be firms made ORG spans."""
    out: list[Span] = []
    taken = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        if span.label_ in _RELABELLED and _told_firm(doc, span, story):
            span = Span(doc, span.start, span.end, label="ORG")
        out.append(span)
    # (a Token only for the words that may end a name: a legal form, or a capitalised
    # word of letters, as :func:`_name_word` asks)
    w = story.table
    maybe = [i for i, text in enumerate(w.text)
             if (w.alpha[i] and w.is_title[i] and len(text) > 2) or text.rstrip(".") in LEGAL_FORMS]  # fmt: skip
    for tok in (doc[i] for i in maybe):
        legal = tok.text.rstrip(".") in LEGAL_FORMS
        if tok.i in taken or not (legal or _firm_word(tok, story, words)):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            start -= 1
        # (shares alone make no untagged word a firm)
        if taken.isdisjoint(range(start, tok.i)) and _cue(doc, doc[start : tok.i + 1], False):
            out.append(Span(doc, start, tok.i + 1, label="ORG"))
            taken.update(range(start, tok.i + 1))
    told = {s.text for s in out if s.label_ == "ORG"} - {s.text for s in spans if s.label_ == "ORG"}
    return _again(doc, out, told | _known_firms(doc, out, story, words))


def _again(doc: Doc, spans: list[Span], firms: set[str]) -> list[Span]:
    """``spans`` with each other mention of a name told a firm made a body too
    ("Felmont is an oil trader. Felmont signed ...")."""
    if not firms:
        return sorted(spans, key=lambda s: s.start)
    out = [
        Span(doc, s.start, s.end, label="ORG") if s.text in firms and s.label_ in _RELABELLED else s
        for s in spans
    ]
    taken = {i for s in out for i in range(s.start, s.end)}
    for name in firms:
        n = len(name.split())
        for i in range(len(doc) - n + 1):
            span = doc[i : i + n]
            if span.text == name and taken.isdisjoint(range(i, i + n)):
                out.append(Span(doc, i, i + n, label="ORG"))
                taken.update(range(i, i + n))
    return sorted(out, key=lambda s: s.start)


def _known_firms(doc: Doc, spans: list[Span], story: Story, words: frozenset[str]) -> set[str]:
    """One-word names the text shows to be firms wherever the model tagged them: told
    so ("Zentrix, a software firm, ...": its later "Zentrix said" too) or named before
    a word that ends firms' names ("Zentrix Group ... Zentrix said"); a plain
    capitalised word the model did not tag is none."""
    found: set[str] = set()
    for span in spans:
        if span.label_ != "ORG":
            continue
        first = span[0]
        if len(span) == 1 and _firm_word(first, story, words) and _cue(doc, span):
            found.add(span.text)
        elif (
            len(span) == 2
            and (
                span[1].text.rstrip(".") in LEGAL_FORMS
                or (span[1].is_title and span[1].text.rstrip(".").lower() in FIRM_SUFFIXES)
            )
            and _name_word(first, story, words)
        ):
            found.add(first.text)
    return found


def _told_firm(doc: Doc, span: Span, story: Story) -> bool:
    if _legal_form(span):
        return True  # "Danvor AG"
    entry = story.lookup(span.text)
    if entry is not None or story.is_place(span.text) or story.demonym(span.text):
        return False
    if span.label_ == "PERSON" and len(span) > 1 and span[0].lower_ in given_names():
        return False  # "Tom Reyes, an oil trader": a person
    # "shares in X" with X read as a place may be a market's ("shares in Elvar fell")
    return _cue(doc, span, span.label_ not in {"GPE", "LOC"})


def _cue(doc: Doc, span: Span, traded: bool = True) -> bool:
    """The text tells the name ``span`` names a firm."""
    if _legal_form(span):
        return True  # "Kelpin GmbH"
    root = span[-1]
    if any(c.dep_ == "appos" and _kind(c) for c in root.children):
        return True  # "Kordax, the drone maker"
    if root.dep_ == "appos" and _kind(root.head) and root.head.i < span.start:
        return True  # "the drone maker, Kordax"
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and _kind(before):
        return True  # "the miner Zantaro", "the steel maker Oltrex"
    if (
        root.dep_ == "nsubj"
        and root.head.lemma_ == "be"
        and any(c.dep_ == "attr" and _kind(c) for c in root.head.children)
    ):
        return True  # "Felmont is an oil trader"
    return _held_post(doc, span, root) or (traded and _traded(doc, span, root))


def _legal_form(span: Span) -> bool:
    """ "Danvor AG", "Kelpin GmbH": a name ended by a legal form."""
    return len(span) > 1 and span[-1].text.rstrip(".") in LEGAL_FORMS and span[0].is_title


def _kind(tok: Token) -> bool:
    """``tok`` names a kind of firm: "maker", not "policy maker" or "aircraft carrier"."""
    if tok.lower_ not in FIRM_KINDS or tok.tag_ not in {"NN", "NNP"}:
        return False
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
    if any(m.lower_ in OTHER_WORDS for m in mods):
        return False
    return tok.i == 0 or tok.doc[tok.i - 1].lower_ not in OTHER_WORDS


def _held_post(doc: Doc, span: Span, root: Token) -> bool:
    """ "the chief executive of X", "X's chief executive", "X chief executive"."""
    post = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        post = root.head.head
    elif root.dep_ not in {"poss", "compound"}:
        return False
    if post.lower_ not in _POSTS or post.i < span.start - 4:
        return False
    return post.lower_ == "ceo" or any(c.lower_ == "chief" for c in post.children)


def _traded(doc: Doc, span: Span, root: Token) -> bool:
    """ "shares in X", "X shares", "X's shares"."""
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "of"}:
        return root.head.head.lower_ in _SHARES
    return root.dep_ in {"poss", "compound"} and root.head.lower_ in _SHARES


def _firm_word(t: Token, story: Story, words: frozenset[str]) -> bool:
    """``t`` may end an untagged firm's name: capitalised, no English word, no given
    name, and no place, people or known actor."""
    if t.dep_ == "compound":
        return False  # the end of the name is further on
    return _name_word(t, story, words)


def _name_word(t: Token, story: Story, words: frozenset[str]) -> bool:
    """``t`` may be a firm's one-word name or its first word ("Zentrix" of "Zentrix
    Group"): capitalised, no English word, no given name, place, people or known actor."""
    if not (t.is_alpha and t.is_title and len(t.text) > 2 and t.pos_ in {"PROPN", "NOUN"}):
        return False
    if t.lower_ in words or t.lower_ in given_names():
        return False
    return story.lookup(t.text) is None and not (story.is_place(t.text) or story.demonym(t.text))
