"""A headline's surnames, read as the body's people: "Lind criticises Ruiz over budget".

A headline names people by surname alone, and the small model, which knows a name
by its context, often tags an unfamiliar surname there as a common noun or an
adjective and then misparses the whole line ("Lind criticises Ruiz": a noun phrase
with "criticises" a plural noun). The body names them in full ("Finance Minister
Tomas Lind ...", "opposition leader Ana Ruiz"). When a capitalised word of the
headline is the surname of exactly one person the body names in full, and the
model reads at least one such word as no person, the headline is parsed again as
if it gave the full names ("Tomas Lind criticises Ana Ruiz over budget."), and
that parse is laid back on the headline's own words: each surname keeps the
tags and the arcs of its full name and is a person (the body says so, whatever
entity the model gives the full name), the given names are dropped (a
given name's dependants hang on the surname), and the characters are the
headline's own. A surname two people of the body share ("Ana Ruiz and Carlos
Ruiz") or none has is left as the model read it.

>>> people = body_people([["Tomas Lind"], ["Ana Ruiz", "Carlos Ruiz"], ["Grace Mensah"]])
>>> sorted(people.items())
[('Lind', 'Tomas Lind'), ('Mensah', 'Grace Mensah')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from kg.language.dates import MONTH_NAMES, WEEKDAYS

# The model's reading of a word as a person: a PERSON entity.
_PERSON = "PERSON"
# A date the model reads in a month's or a day's name is no surname ("Merkel talks set
# for May"; the model may also read a surname as a date: "attack on Ruiz").
_CALENDAR = frozenset((*MONTH_NAMES, *WEEKDAYS))


def body_people(names: Iterable[Iterable[str]]) -> dict[str, str]:
    """Surname -> full name, for each surname exactly one full name of ``names``
    (the body's people, a list of names a piece) has."""
    full: dict[str, set[str]] = defaultdict(set)
    for piece in names:
        for name in piece:
            words = name.split()
            if len(words) >= 2 and words[-1][:1].isupper():
                full[words[-1]].add(" ".join(words))
    return {surname: next(iter(found)) for surname, found in full.items() if len(found) == 1}


def people_named(doc: Doc) -> list[str]:
    """The full names (two words or more) of the people ``doc`` names."""
    return [
        " ".join(t.text for t in ent if t.tag_ != "POS")
        for ent in doc.ents
        if ent.label_ == _PERSON and len([t for t in ent if t.tag_ != "POS"]) >= 2
    ]


def named_again(head: Doc, people: dict[str, str], parse: Callable[[str], Doc]) -> Doc:
    """``head`` (a parsed headline) as parsed with the body's full names for its
    surnames (``people``: surname -> full name), on its own characters; ``head``
    itself when no surname of it is misread or the two parses do not line up."""
    found = [t for t in head if _bare_surname(t, people)]
    if not any(t.ent_type_ != _PERSON for t in found):
        return head
    text, added, shift = head.text, [], 0
    for tok in found:
        given = people[tok.text][: -len(tok.text)]
        at = tok.idx + shift
        text = text[:at] + given + text[at:]
        added.append((at, at + len(given)))
        shift += len(given)
    again = _laid_back(head, parse(text), added)
    if again is None:
        return head
    # the body tells they are people, whatever the model reads their full names as
    # ("Cabinet anger at Tomas Lind cash raid": a place)
    named = {t.i for t in found}
    kept = [e for e in again.ents if not any(e.start <= i < e.end for i in named)]
    again.ents = sorted([*kept, *(Span(again, i, i + 1, label=_PERSON) for i in named)],
                        key=lambda e: e.start)  # fmt: skip
    return again


def _bare_surname(tok: Token, people: dict[str, str]) -> bool:
    """A headline word that is a body person's surname, without the given name."""
    full = people.get(tok.text)
    if full is None or not tok.text[:1].isupper():
        return False
    if tok.ent_type_ and (
        (tok.ent_type_ == "DATE" and tok.lower_ in _CALENDAR) or _in_longer_entity(tok)
    ):
        return False  # "talks set for May", "White House rejects X": no surname
    given = full[: -len(tok.text)].rstrip().split()
    before = [t.text for t in tok.doc[max(tok.i - len(given), 0) : tok.i]]
    return before != given


def _laid_back(head: Doc, full: Doc, added: list[tuple[int, int]]) -> Doc | None:
    """The parse ``full`` without the tokens of the ``added`` character ranges, as a
    document of ``head``'s words; None when they are not ``head``'s words."""
    dropped = {t.i for t in full if any(a <= t.idx < b for a, b in added)}
    kept = [t for t in full if t.i not in dropped]
    words, spaces = [t.text for t in kept], [bool(t.whitespace_) for t in kept]
    if "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) != head.text:
        return None
    new = {t.i: n for n, t in enumerate(kept)}
    heads = []
    for tok in kept:
        up = tok.head
        while up.i in dropped and up.head.i != up.i:
            up = up.head
        if up.i in dropped:
            return None  # a given name was the root
        heads.append(new[up.i])
    ents = ["O"] * len(kept)
    for ent in full.ents:
        inside = [new[i] for i in range(ent.start, ent.end) if i in new]
        for k, n in enumerate(inside):
            ents[n] = ("B-" if k == 0 else "I-") + ent.label_
    doc = Doc(
        head.vocab,
        words=words,
        spaces=spaces,
        tags=[t.tag_ for t in kept],
        pos=[t.pos_ for t in kept],
        morphs=[str(t.morph) for t in kept],
        lemmas=[t.lemma_ for t in kept],
        heads=heads,
        deps=[t.dep_ for t in kept],
        ents=ents,
    )
    if len(full.tensor):  # (joined with the body, whose tensor has a row a token)
        doc.tensor = full.tensor[[t.i for t in kept]]
    doc.user_data.update(head.user_data)
    return doc


def _in_longer_entity(tok: Token) -> bool:
    """A word of a longer entity ("White" in "White House")."""
    return any(e.start <= tok.i < e.end and len(e) > 1 for e in tok.doc.ents)


__all__ = ["body_people", "named_again", "people_named"]
