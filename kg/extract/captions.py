"""A photo caption tells what the picture shows, in the present: "A (left) and B
speak to the media after their talks in Jakarta on Friday", "A and B shake hands
at the opening of talks on Tuesday". Its simple present with a day is the moment
pictured, not a plan ("A meets B on Monday" in a story's text is ahead).

A sentence is a caption when it places someone in the picture ("(left)", "(second
right)", "(centre)") or when its verb is one only a picture is told with
("shake hands", "pose", "gesture", "look on").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Words of a position in a picture, in brackets: "(left)", "(second right)", "(L)".
_PLACES = frozenset(
    """
    left right centre center second third fourth front back row top bottom far l r c
    """.split()
)
# Verbs that tell what a picture shows (with "hands" for "shake").
_PICTURED = frozenset({"pose", "gesture", "smile", "wave", "embrace", "hug"})


def captioned(verb: Token) -> bool:
    """Whether ``verb``, a simple present, tells what a photo caption shows."""
    if verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if verb.lemma_ in _PICTURED or (
        verb.lemma_ == "shake" and any(c.lower_ == "hands" for c in verb.children)
    ):
        return True
    if verb.lemma_ == "look" and any(c.lower_ == "on" for c in verb.children):
        return True
    sent = verb.sent
    return any(t.text == ")" and in_picture(verb.doc, t.i) for t in sent)


def in_picture(doc: Doc, close: int) -> bool:
    """Whether the bracket that closes at ``close`` places someone in a picture:
    "(left)", "(second right)", "(C)"."""
    start = max(close - 4, 0)
    words = [t.lower_ for t in doc[start:close]]
    if "(" not in words:
        return False
    inside = words[len(words) - words[::-1].index("(") :]
    return bool(inside) and all(w in _PLACES for w in inside)
