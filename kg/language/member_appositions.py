"""Member nouns set off by commas after a pair of names, which the parser coordinates.

"Kenya and Uganda, fellow members of the EAC, signed a deal": the small model may read
"members" as a third conjunct of "Kenya" (so the EAC would sign too, and no one would
be a member). :func:`repair_member_appositions` hangs such a noun on the first name as
an apposition, as it does on its own for "A and B, both members of Y,".

The other way round, "the three Baltic members of the EU, Estonia, Latvia and Lithuania,
met": the parser may read the countries as conjuncts of the body after "of" (so the
EU would meet them, and no one would be a member); the first of them is made an
apposition of the member noun, as it is in "NATO's newest members, Finland and Sweden,".
So are the names a comma sets after a body's member noun that the parser hangs elsewhere
("Two of the EU's members, Spain and Italy, objected": on "Two"), the others their
conjuncts.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.language.lexicon import NUMBER_WORDS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_MEMBER_NOUNS = frozenset({"members", "member", "signatories", "allies", "partners"})
_MEMBER_IDS = ids(_MEMBER_NOUNS)


def repair_member_appositions(doc: Doc) -> int:
    """Make each such member noun an apposition of the first name; how many."""
    repaired = 0
    for noun in map(doc.__getitem__, tokens_with(doc, LOWER, _MEMBER_IDS)):  # (no Token per word)
        if noun.lower_ in _MEMBER_NOUNS and noun.dep_ == "conj" and _set_off(noun):
            noun.dep_ = "appos"
            repaired += 1
        elif noun.lower_ in _MEMBER_NOUNS and (first := _listed_after_body(noun)) is not None:
            first.head, first.dep_ = noun, "appos"
            repaired += 1
        elif noun.lower_ in _MEMBER_NOUNS and (listed := _listed_after_noun(noun)):
            _hang_list(noun, listed)
            repaired += 1
    return repaired


def _listed_after_noun(noun: Token) -> list[Token]:
    """The names (each its root) of "the bloc's members, A, B and C," after a plural
    member noun with an owner, when the parser has not made the first an apposition of
    it. Another comma (or a bracket) must close the list, or a number count it ("Two of
    its members, A and B."): "met NATO members, Russia and China" lists three."""
    doc = noun.doc
    if noun.tag_ != "NNS" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    if not any(c.dep_ == "poss" or (c.dep_ == "compound" and c.ent_type_ in _BODY_TYPES)
               for c in noun.children):  # fmt: skip
        return []  # "the bloc's members", "NATO members"; not "the members, A and B"
    listed, end = _closed_list(doc, noun.i + 2)
    if len(listed) < 2 or (listed[0].head == noun and listed[0].dep_ == "appos"):
        return []
    closer = doc[end] if end < len(doc) else None
    counted = noun.dep_ == "pobj" and noun.head.head.like_num and noun.head.head.i < noun.i
    if (closer is None or closer.text not in {",", ")"}) and not (
        counted and _counted(noun.head.head, len(listed), of_itself=True)
    ):
        return []
    return listed


def _closed_list(doc: Doc, start: int) -> tuple[list[Token], int]:
    """The places named from ``start``, parted by commas and one "and", up to a comma,
    a bracket or the sentence's end: "A, B and C," (the root token of each), and where
    the list ends."""
    ents = {e.start: e for e in doc.ents if e.label_ in _PLACE_TYPES}
    found: list[Token] = []
    i = start
    while True:
        if i < len(doc) and doc[i].lower_ == "the" and i + 1 in ents:
            i += 1  # "the Philippines"
        if i not in ents:
            return [], i
        found.append(ents[i].root)
        i = ents[i].end
        if i >= len(doc) or doc[i].text in {".", ")"}:
            return found, i
        if doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "and":
            i += 2  # "A, B, and C"
        elif doc[i].lower_ == "and":
            i += 1
        elif doc[i].text == ",":
            if any(t.lower_ == "and" for t in doc[start:i]):
                return found, i  # the comma that closes "A, B and C,"
            i += 1
        else:
            return [], i


def _hang_list(noun: Token, listed: list[Token]) -> None:
    """Make the first name an apposition of ``noun`` (with the comma before it) and the
    others its conjuncts."""
    first, doc = listed[0], noun.doc
    if any(t.is_ancestor(noun) for t in listed) or any(n.is_ancestor(first) for n in listed[1:]):
        return  # re-hanging would make a loop in the tree (spaCy does not check)
    first.head, first.dep_ = noun, "appos"
    doc[noun.i + 1].head = noun
    for name in listed[1:]:
        name.head, name.dep_ = first, "conj"
        if doc[name.left_edge.i - 1].lower_ == "and":
            doc[name.left_edge.i - 1].head, doc[name.left_edge.i - 1].dep_ = first, "cc"


def _listed_after_body(noun: Token) -> Token | None:
    """The first of the names a comma sets after the body of "the (three) members of
    the EU, A, B and C," that another comma closes, when they are places (countries)
    and the body is not one: "members of NATO, the EU and the OSCE" lists bodies."""
    if noun.tag_ != "NNS" or not any(
        c.lower_ == "the" or c.dep_ == "nummod" for c in noun.children
    ):
        return None  # "members of the EU, Estonia and Latvia" with no "the": a list of three
    doc = noun.doc
    for body in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"):  # fmt: skip
        if body.ent_type_ not in _BODY_TYPES:
            continue
        names = [c for c in body.children if c.dep_ == "conj" and c.i > body.i]
        if not names or doc[names[0].i - 1].text != ",":
            continue
        listed = [names[0], *_conjuncts_under(names[0])]
        if len(listed) < 2 or any(t.ent_type_ not in _PLACE_TYPES for t in listed):
            continue  # "members of the EU, Estonia": no closed list
        end = max(t.right_edge.i for t in listed) + 1
        if end < len(doc) and doc[end].text not in {",", ".", ")"}:
            continue  # the list runs on: "members of the EU, Estonia and Latvia's envoys"
        if not _counted(noun, len(listed)):
            continue
        return names[0]
    return None


def _conjuncts_under(first: Token) -> list[Token]:
    """The conjuncts hung on ``first`` and on each other (not the body above it)."""
    found: list[Token] = []
    todo = [first]
    while todo:
        todo += (new := [c for c in todo.pop().children if c.dep_ == "conj"])
        found += new
    return found


_BODY_TYPES = frozenset({"ORG", "NORP"})
_PLACE_TYPES = frozenset({"GPE"})


def _counted(noun: Token, listed: int, *, of_itself: bool = False) -> bool:
    """No number on the member noun, or the number of names listed: "the three
    members of the EU, A, B and C" (``of_itself``: the token is the number, "Two of
    its members, A and B")."""
    for c in [noun] if of_itself else noun.children:
        if of_itself or c.dep_ == "nummod":
            n = NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
            return (n is None and not of_itself) or n == listed
    return True


def _set_off(noun: Token) -> bool:
    """``noun`` follows a comma after the last of two or more coordinated names and
    a comma (or the sentence's end) closes its phrase: "A and B, fellow members of Y,"."""
    head, doc = noun.head, noun.doc
    start, end = noun.left_edge.i, noun.right_edge.i
    if head.pos_ != "PROPN" or not head.ent_type_ or start < 1 or doc[start - 1].text != ",":
        return False
    names = [c for c in head.children if c.dep_ == "conj" and c.i < noun.i and c.pos_ == "PROPN"]
    if not names or not any(c.dep_ == "cc" and c.i < names[-1].i for c in head.children):
        return False  # "A, members of Y" or "A, B, members of Y": no pair closed by "and"
    if names[-1].right_edge.i != start - 2:
        return False
    return end + 1 >= len(doc) or doc[end + 1].text in {",", "."}
