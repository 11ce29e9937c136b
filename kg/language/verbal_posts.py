"""A body's post the parser read as a verb: "NASA head Ann Vale said", "Varnia Rail
chair Ian Moss met the minister".

The small model reads "head" (or "chair") between a body's name and a person's
name as a verb ("NASA heads Ann Vale"), with the name its object, and the verb
that follows the name as a clause of it: the person says nothing, and holds no
post. When a body's name, the post word read as a verb, a person's name and a
finite verb follow one another, :func:`repair_verbal_posts` makes the post a
noun: the body its modifier, the post a modifier of the name, and the name the
subject of the verb after it (which heads the sentence when the post did).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Posts that are verbs too ("to head", "to chair").
_POSTS = frozenset({"head", "chair"})


def repair_verbal_posts(doc: Doc) -> int:
    """Make each such post a noun of the name after it; how many were repaired."""
    repaired = 0
    bodies = {e.end: e for e in doc.ents if e.label_ == "ORG"}
    people = {e.start: e for e in doc.ents if e.label_ == "PERSON"}
    for i, body in bodies.items():
        if i + 1 >= len(doc) or i + 1 not in people:
            continue
        post, person = doc[i], people[i + 1]
        if post.lower_ not in _POSTS or post.pos_ != "VERB" or person.end >= len(doc):
            continue
        verb = _finite_verb(doc[person.end])
        if verb is None or not (post.dep_ == "ROOT" or post.head == verb):
            continue
        _rehang(post, body.root, person, verb)
        repaired += 1
    return repaired


def _finite_verb(t: Token) -> Token | None:
    """The verb of the clause that ``t`` (the word after the name) opens, if a
    finite verb or an auxiliary before its verb: "said", "will visit"."""
    if t.pos_ == "AUX" and t.head.i > t.i and t.head.pos_ == "VERB":
        return t.head
    return t if t.pos_ == "VERB" and t.tag_ in {"VBD", "VBZ", "VBP", "MD"} else None


def _rehang(post: Token, body: Token, person: Span, verb: Token) -> None:
    others = [c for c in post.children if c.i not in {body.i, person.root.i, verb.i}]
    if post.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    name = person.root
    name.head = verb
    name.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    post.head, post.dep_, post.pos_, post.tag_ = name, "compound", "NOUN", "NN"
    body.head, body.dep_ = post, "compound"
    for c in others:
        c.head = verb
