"""A speaker set between commas inside what is said: "Ruiz, Lind told reporters, had
lied", "Ruiz, Lind said, had lied", "The plan, Kell said, was reckless".

The parser reads these shapes three ways, and each gives the speech verb a wrong or
missing speaker or drops what is said:

* both names as subjects of the speech verb ("Ruiz" and "Lind" of "told", "had
  lied" its clause with no subject): the one next to the verb speaks;
* the speaker as an apposition of the name before it ("Lind, Kell said, is a
  liar": "Kell" an apposition of "Lind", "Lind" the subject of "said"): the
  apposition speaks, when both are names of different actors;
* the speech verb hung on the clause said ("said" a parataxis of "lied", whose
  subject "Ruiz" comes before it): its own subject speaks, as parsed.

In each, the name before the speaker is the subject of what is said (so what the
statement is about), and the words said are that name and the clause after the
speaker, without the speaker.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from kg.extract.base import Context
from kg.extract.speech_scope import OWN_SUBJECT

_NOT_NAMES = {"description", "pronoun", "place", "demonym", "people"}


def inserted(ctx: Context, verb: Token) -> tuple[list[Token], list[Token]] | None:
    """(the speaker's tokens, the words said) when ``verb`` is a speech verb set
    between commas inside what is said, else None."""
    clause = _clause_after(verb)
    if clause is None:
        return None
    head_subject = _own_subject(clause[0])
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    speaker: list[Token] = []
    fronted: Token | None = None
    if head_subject is None and len(subjects) == 2 and _comma(verb, subjects[0], subjects[1]):
        fronted, speaker = subjects[0], [subjects[1]]
    elif head_subject is None and len(subjects) == 1:
        appos = _named_apposition(ctx, subjects[0], verb)
        if appos is not None:
            fronted, speaker = subjects[0], [appos]
    elif (
        verb.dep_ == "parataxis"
        and head_subject is not None
        and head_subject.i < verb.i
        and len(subjects) == 1
        and _comma(verb, head_subject, subjects[0])
    ):
        speaker = subjects  # "Ruiz, Lind said, had lied": the parse is right
    if not speaker:
        return None
    spoken = {t.i for s in speaker for t in s.subtree} | {verb.i}
    said = {t.i: t for t in fronted.subtree} if fronted is not None else {}
    said.update((t.i, t) for t in clause[1])
    words = [t for i, t in sorted(said.items()) if i not in spoken and not t.is_punct]
    return speaker, words


def spaced(tokens: list[Token]) -> str:
    """The words' text, a space kept between two that are not next to each other
    ("Ruiz ... had lied" read as "Ruiz had lied", not "Ruizhad lied")."""
    gaps = [b.i != a.i + 1 for a, b in itertools.pairwise(tokens)] + [False]
    pairs = zip(tokens, gaps, strict=True)
    return "".join(t.text + (" " if t.whitespace_ or gap else "") for t, gap in pairs)


def _clause_after(verb: Token) -> tuple[Token, list[Token]] | None:
    """The clause said after the speaker, past a comma: the verb's own clause
    ("A, B told C, had lied"), or the one it hangs on ("A, B said, had lied")."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and _has_comma(doc[verb.i + 1 : c.left_edge.i]):
            return c, list(c.subtree)
    head = verb.head
    if verb.dep_ == "parataxis" and head.i > verb.i and _has_comma(doc[verb.i + 1 : head.i]):
        own = {t.i for t in verb.subtree}
        return head, [t for t in head.subtree if t.i not in own]
    return None


def _own_subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in OWN_SUBJECT), None)


def _has_comma(tokens: object) -> bool:
    return any(t.text == "," for t in tokens)  # type: ignore[attr-defined]


def _comma(verb: Token, first: Token, second: Token) -> bool:
    """A comma between the name said of and the speaker."""
    return _has_comma(verb.doc[first.right_edge.i + 1 : second.left_edge.i]) or any(
        c.dep_ == "punct" and c.text == "," and first.i < c.i < second.left_edge.i
        for c in first.children
    )


def _named_apposition(ctx: Context, subject: Token, verb: Token) -> Token | None:
    """ "Lind, Kell said, ...": an apposition right before the speech verb that is
    the name of another actor than its noun (not "Lind, the party leader, said")."""
    for appos in subject.children:
        if appos.dep_ != "appos" or appos.right_edge.i + 1 != verb.i:
            continue
        if appos.pos_ != "PROPN" or subject.pos_ != "PROPN":
            continue
        own, other = ctx.actors.mention_at(subject.i), ctx.actors.mention_at(appos.i)
        if own is None or other is None or {own.kind, other.kind} & _NOT_NAMES:
            continue
        keys = ctx.actors.at(subject.i), ctx.actors.at(appos.i)
        if None not in keys and keys[0] != keys[1]:
            return appos
    return None
