"""The subject the parser swallows into the phrase that opens a sentence.

"In talks brokered by Egypt, Hamas and Israel agreed to a truce": the small
model reads "Hamas and Israel" as more items of a list "Egypt, Hamas and
Israel" inside the by-phrase, and leaves "agreed" without a subject; "At a
dinner hosted by the prime minister, Ivo Marsh, the leaders of Belgium and
Luxembourg agreed" reads "the leaders" as one more apposition of the host.
An opening phrase ends at a comma and the subject follows it: when the main
verb has no subject of its own and the noun phrase between the last comma and
the verb hangs inside the opening phrase, :func:`repair_opening_subjects`
hangs it on the verb as its subject. A coordinated subject takes the bare
names listed before it ("In Brussels, Britain, France and Germany condemned
Iran": all three condemned, Brussels is where). A single person's name or
post is :mod:`kg.language.fronted`'s, which runs first.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.coref_state import SUBJECT_DEPS
from kg.language.fronted import OPENERS, bare_opener

# Prepositions that open a sentence before its subject: "Under a deal brokered
# by X, A and B ...", "Amid talks hosted by X, ...", "With support from X, ...".
_PREPOSITIONS = OPENERS | {"under", "amid", "amidst", "with", "through", "despite", "in"}
# Participles that open one: "Meeting in Geneva, A and B agreed", "Backed by X, A ...".
_PARTICIPLES = frozenset({"VBG", "VBN"})
_NAME_TYPES = frozenset({"GPE", "ORG", "NORP"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def repair_opening_subjects(doc: Doc) -> int:
    """Hang the noun phrase after an opening phrase's last comma on the main verb
    as its subject; how many sentences were repaired."""
    repaired = 0
    for sent in doc.sents:
        opener, verb = sent[0], sent.root
        if not _opens(opener) or verb.pos_ not in {"VERB", "AUX"} or verb.i < 4:
            continue
        taken = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if any(not _read_for_subject(c, opener) for c in taken):
            continue  # the verb has a subject of its own
        opening = {opener.i, *(c.i for c in taken)}
        items = _subject_items(doc, opening, opener, verb)
        if not items:
            continue
        for noun in taken:
            if noun.i == opener.i:  # "Meeting in Geneva, A and B agreed": read as what agreed
                opener.dep_ = "advcl"
            else:  # "After talks mediated by X, A and B signed": "talks" was the subject
                opener.head, opener.dep_ = verb, "prep"
                noun.head, noun.dep_ = opener, "pobj"
        first = items[0]
        first.head, first.dep_ = verb, "nsubj"
        for item in items[1:]:
            if item.head.i < first.i:  # a list item still hung inside the opening phrase
                item.head, item.dep_ = first, "conj"
        repaired += 1
    return repaired


def _opens(opener: Token) -> bool:
    """ "In talks brokered by X, ...", or a participle: "Meeting in Geneva, ..." """
    if opener.lower_ in _PREPOSITIONS:
        return opener.dep_ in {"prep", "mark"}
    if opener.tag_ == "NN" and opener.lower_.endswith("ing"):  # "Meeting" tagged a noun
        return opener.dep_ == "nsubj" and any(c.dep_ == "prep" for c in opener.children)
    return opener.tag_ in _PARTICIPLES and opener.dep_ in {"advcl", "csubj", "nsubj", "amod"}


def _read_for_subject(noun: Token, opener: Token) -> bool:
    """A subject that is really the opening phrase: the participle ("Meeting in
    Geneva" read as what agreed) or the noun right after a bare preposition
    ("After talks mediated by X": "talks" read as the subject of "After")."""
    if noun.i == opener.i:
        return True
    return opener.dep_ == "mark" and bare_opener(opener) and noun.left_edge.i == opener.i + 1


def _subject_items(doc: Doc, opening: set[int], opener: Token, verb: Token) -> list[Token]:
    """The heads of the subject's list items, between the opening phrase and the
    verb; empty when the words before the verb are no subject swallowed by the
    opening phrase."""
    commas = [t.i for t in doc[opener.i + 1 : verb.i] if t.text == ","]
    if not commas:
        return []
    span = doc[commas[-1] + 1 : verb.i]
    head = _head_of(span)
    if head is None or head.pos_ not in _NOUNS or head.dep_ not in {"conj", "appos"}:
        return []
    if not _inside(head, opening, verb) or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return []
    if any(t.dep_ == "cc" and t.head.i < span.start for t in span):
        return []  # "by A, B and C" ends a list, not a subject
    items = [head]
    if not any(c.dep_ == "conj" and c.i < verb.i for c in head.children):
        return items
    # "In Brussels, Britain, France and Germany condemned": the names before the list
    for left, right in zip(reversed(commas[:-1]), reversed(commas[1:]), strict=True):
        name = _head_of(doc[left + 1 : right])
        if name is None or not _bare_name(doc[left + 1 : right]):
            break
        items.insert(0, name)
    return items


def _head_of(span: Span) -> Token | None:
    """The one token of ``span`` whose head lies outside it (None when there is
    no single one, or the span is empty)."""
    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    return heads[0] if len(heads) == 1 else None


def _bare_name(span: Span) -> bool:
    """A list item that is only a country's or a body's name: "Britain", "the EU"."""
    names = [t for t in span if t.pos_ == "PROPN"]
    return (
        bool(names)
        and all(t.ent_type_ in _NAME_TYPES for t in names)
        and all(t.pos_ in {"PROPN", "DET"} for t in span)
    )


def _inside(noun: Token, opening: set[int], verb: Token) -> bool:
    """Whether ``noun`` hangs inside the opening phrase (under its first word, or
    under the noun read as the verb's subject), not under the verb."""
    for head in noun.ancestors:
        if head.i in opening:
            return True
        if head.i == verb.i:
            return False
    return False
