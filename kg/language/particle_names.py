"""Person names whose particle the parser reads as a verb of its own.

"Tom Hale met Belgian minister Luc Van den Broeck in Brussels": the small model
finds the name but parses "den" as a clause of "met" (advcl) with "Van" its
subject and "Broeck" its object, so "met" has no object and the meeting is lost;
"met Brazilian minister Pedro dos Santos" hangs "dos" on "met" (dep) and
"Santos" under it. When the one word of a person's name that hangs outside it is
not its last word, :func:`repair_particle_names` makes the name one noun phrase
again: the last word takes the place of that word (as the verb's object after it,
its subject before it, a preposition's object), the other words are compounds of
it, and what hung on them from outside ("in Brussels") hangs on the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Labels a word keeps when it becomes the head of a name: the name stood there
# as a noun ("dos/nsubj": the name is the subject).
_NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative"})


def repair_particle_names(doc: Doc) -> int:
    """Make each person's name cut apart by the parse one noun phrase again; how
    many were repaired."""
    repaired = 0
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 3:
            continue
        top = _top(ent)
        last = ent[-1]
        if top is None or top.i == last.i or last.text in {"'s", "'"}:
            continue
        dep = _noun_label(top)
        if dep is None:
            continue
        head = top.head
        outside = [c for t in ent if t.i != last.i for c in t.children if c.i not in _range(ent)]
        last.head, last.dep_ = head, dep
        for t in ent:
            if t.i != last.i:
                t.head, t.dep_ = last, "compound"
        for c in outside:
            c.head = head
        repaired += 1
    return repaired


def _range(ent: Span) -> range:
    return range(ent.start, ent.end)


def _top(ent: Span) -> Token | None:
    """The one word of ``ent`` that hangs outside it, if only one does and it is a
    word of a name ("den", "Van"), not the sentence's root."""
    tops = [t for t in ent if t.head.i not in _range(ent)]
    if len(tops) != 1 or tops[0].head.i == tops[0].i:
        return None
    if not all(t.is_alpha or t.text in {"-", "."} for t in ent):
        return None  # "Ana Ruiz and Tom Hale" read as one name: two people
    return tops[0] if tops[0].is_alpha else None


def _noun_label(top: Token) -> str | None:
    """The label the name takes where ``top`` hangs: its own if a noun's ("nsubj"),
    a preposition's object, or the object of a verb before it that has none
    ("met ... Pedro dos Santos") or the subject of one after it that has none."""
    if top.dep_ in _NOMINAL:
        return top.dep_
    head = top.head
    kids = {c.dep_ for c in head.children if c.i != top.i}
    if head.pos_ == "ADP":
        return "pobj"
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    if head.i < top.i and not kids & {"dobj", "ccomp", "xcomp"}:
        return "dobj"
    if head.i > top.i and not kids & {"nsubj", "nsubjpass", "csubj"}:
        return "nsubj"
    return None
