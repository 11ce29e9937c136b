"""A photo caption tells what the picture shows, in the present: "A (left) and B
speak to the media after their talks in Jakarta on Friday", "A and B shake hands
at the opening of talks on Tuesday". Its simple present with a day is the moment
pictured, not a plan ("A meets B on Monday" in a story's text is ahead).

A sentence is a caption when it places someone in the picture ("(left)", "(second
right)", "(centre)") or when its verb is one only a picture is told with
("shake hands", "pose", "gesture", "look on").
"""

from __future__ import annotations

from spacy.tokens import Token

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
    words = [t.lower_ for t in sent]
    for i, word in enumerate(words):
        if word != "(":
            continue
        inside = words[i + 1 : i + 4]
        end = inside.index(")") if ")" in inside else -1
        if end > 0 and all(w in _PLACES for w in inside[:end]):
            return True
    return False
