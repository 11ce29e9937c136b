"""Two firms joined by a dash or a slash before the tie they share.

News names a merger, an alliance or a joint venture by its two firms joined by a
dash or a slash: "the Velcorp-Nortane merger", "the Astrion/Belvane alliance". The
small model tags the pair as one body ("Velcorp-Nortane"), tags one half only, or
none. When the noun right after the pair is such a tie, each half is one firm of
its own: one capitalised word that is no English word, no given name, no title,
and names no place, country, people or person ("the Velcorp-Paris route", "the
London-Paris link" and "a Pentagon-style building" stay as they are).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from kg.language.firm_kinds import firm_kinds
from kg.language.given_names import given_names
from kg.language.joined_firms import joined_firms
from kg.language.lexicon import NAME_JOINTS, PORTFOLIO_WORDS, TITLE_WORDS
from kg.language.title_columns import ids
from kg.language.token_table import Story, tokens_with

# Ties two firms share, named after them: "the A-B merger", "the A/B joint venture".
TIE_NOUNS = frozenset(
    "merger mergers alliance alliances venture ventures partnership partnerships "
    "tie-up tie-ups link-up deal deals pact".split()
)
# A venture two firms form: "formed a joint venture".
_VENTURES = frozenset({"venture", "ventures"})
_VENTURE_IDS = ids(_VENTURES)
# The joints between the two names.
# Words between the pair and the tie: "the A-B joint venture".
_BETWEEN = frozenset({"joint", "proposed", "planned", "failed", "mooted", "$"})


def firm_names(doc: Doc, spans: list[Span], story: Story, words: frozenset[str]) -> list[Span]:
    """``spans`` with the firms named after two people made one ("Marks and Spencer
    has", :mod:`kg.language.joined_firms`), two firms joined by a dash made two, and
    names told to be firms made bodies (:mod:`kg.language.firm_kinds`)."""
    spans = paired_firms(doc, joined_firms(doc, spans, story), story, words)
    return firm_kinds(doc, venture_partners(doc, spans, story, words), story, words)


def venture_partners(
    doc: Doc, spans: list[Span], story: Story, words: frozenset[str]
) -> list[Span]:
    """``spans`` with an untagged one-word firm that forms a joint venture beside a
    named body made a body: "Zarvex and Tolmar Steel formed a joint venture", "Orvex set
    up a joint venture with Nabira Group" (a firm's name, by :func:`_firm_word`)."""
    found: list[Span] = []
    for venture in map(doc.__getitem__, tokens_with(doc, LOWER, _VENTURE_IDS)):
        if venture.lower_ not in _VENTURES or venture.dep_ != "dobj":
            continue
        if not any(c.lower_ == "joint" for c in venture.children):
            continue
        sides = [t for s in venture.head.children if s.dep_ == "nsubj" for t in (s, *s.conjuncts)]
        sides += [o for p in (*venture.children, *venture.head.children)
                  if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        tagged = [t for t in sides if any(s.start <= t.i < s.end for s in spans)]
        if not any(doc[t.i].ent_type_ == "ORG" or _in_body(t, spans) for t in tagged):
            continue
        found += [Span(doc, t.i, t.i + 1, label="ORG") for t in sides
                  if t not in tagged and _alone(t) and _firm_word(t, story, words)]  # fmt: skip
    return sorted([*spans, *found], key=lambda s: s.start) if found else spans


def _in_body(t: Token, spans: list[Span]) -> bool:
    return any(s.start <= t.i < s.end and s.label_ == "ORG" for s in spans)


def _alone(t: Token) -> bool:
    """One word with nothing of its own before it: not the end of a longer name."""
    return not any(c.i < t.i and c.dep_ in {"compound", "amod", "det", "poss"} for c in t.children)


def paired_firms(doc: Doc, spans: list[Span], story: Story, words: frozenset[str]) -> list[Span]:
    """``spans`` with each "A-B" pair before a tie noun made two ORG spans, A and B;
    model spans on either half (the pair as one, or one half) give way."""
    pairs = [(i - 1, i + 1) for i in range(1, len(doc) - 2) if _pair_at(doc, i, story, words)]
    if not pairs:
        return spans
    taken = {i for lo, hi in pairs for i in range(lo, hi + 1)}
    kept = [s for s in spans if taken.isdisjoint(range(s.start, s.end))]
    for lo, hi in pairs:
        kept += [Span(doc, lo, lo + 1, label="ORG"), Span(doc, hi, hi + 1, label="ORG")]
    return sorted(kept, key=lambda s: s.start)


def _pair_at(doc: Doc, joint: int, story: Story, words: frozenset[str]) -> bool:
    """``doc[joint]`` is the dash or slash of "A-B" before a tie noun."""
    if doc[joint].text not in NAME_JOINTS or joint < 1:
        return False
    left, right = doc[joint - 1], doc[joint + 1]
    if left.whitespace_ or doc[joint].whitespace_:
        return False  # "A - B": a dash between clauses, not a joined pair
    if joint > 1 and (doc[joint - 2].text in NAME_JOINTS or _name_word(doc[joint - 2])):
        return False  # "A-B-C", or the last word of a longer name
    nxt = joint + 2
    while nxt < len(doc) and doc[nxt].lower_ in _BETWEEN:
        nxt += 1
    if nxt >= len(doc) or doc[nxt].lower_ not in TIE_NOUNS or doc[nxt].is_title:
        return False
    return _firm_word(left, story, words) and _firm_word(right, story, words)


def _name_word(t: Token) -> bool:
    """``t`` may end a longer name: a capitalised word, no determiner."""
    return t.is_title and not t.is_stop and t.pos_ in {"PROPN", "NOUN", "ADJ"}


def _firm_word(t: Token, story: Story, words: frozenset[str]) -> bool:
    """``t`` may be a firm's one-word name: capitalised, no English word, no given
    name, title or portfolio word, and no place, country, people or known person."""
    low = t.lower_
    if not (t.is_alpha and t.text[:1].isupper() and len(t.text) > 2):
        return False
    if low in words or low in given_names() or low in TITLE_WORDS or low in PORTFOLIO_WORDS:
        return False
    if t.ent_type_ in {"GPE", "LOC", "NORP", "PERSON", "FAC"}:
        return False
    entry = story.lookup(t.text)
    if entry is not None and entry.type != "Organization":
        return False
    return not (story.is_place(t.text) or story.demonym(t.text))
