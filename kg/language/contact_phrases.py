"""Phrases of contact the parser splits or hangs on the wrong word.

"A and B met face to face": the parser takes the first "face" for what they met and
the second for a verb, so the pair has an object that is no actor; "came face to face
with X" hangs the partner on the second "face". "held talks by video link with X",
"spoke via videoconference with X": the partner hangs on the medium of the contact,
not on the talks or the verb. The words are mended to read as the sentence does:
"face to face" is a manner phrase of the verb, with whatever the parser hung on its
last word; a partner after the medium is the verb's (or the noun's the "by" hangs on),
and so is one after how long it lasted ("conferred for two hours with X").
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

# A medium of contact on its own ("by phone", "via videoconference", "over Zoom") and
# the words that make one of "link", "call", "line" ("by video link").
_MEDIA = frozenset(
    """phone telephone videophone videolink video-link video videoconference teleconference
    hotline zoom skype""".split()
)
_MEDIUM_KINDS = frozenset("video phone telephone satellite conference secure".split())
_MEDIUM_HEADS = frozenset("link call line conference".split())
_THROUGH = frozenset({"by", "via", "over", "on"})
# A host's verbs (lemmas): who is received, welcomed, greeted or hosted meets the host.
HOSTING_VERBS = frozenset({"receive", "welcome", "greet", "host"})
# Participles of meeting that can open a sentence ("Meeting X in Oslo, Y said"), with
# their verbs (the tagger may take a capitalised one for a name).
_MEETING = {"meeting": "meet", "hosting": "host", "receiving": "receive", "greeting": "greet",
            "welcoming": "welcome", "visiting": "visit", "phoning": "phone"}  # fmt: skip
_STARTS = ids({*_MEETING, "face", *_THROUGH, "for"})  # the words the repair starts from


def repair_contact_phrases(doc: Doc) -> None:
    for t in map(doc.__getitem__, tokens_with(doc, LOWER, _STARTS)):  # (no Token per word)
        if t.lower_ in _MEETING and t.is_sent_start and (t.tag_ == "VBG" or not t.ent_type_):
            _fronted_participle(t)
        elif t.lower_ == "face" and t.i + 2 < len(doc):
            _face_to_face(doc, t)
        elif t.lower_ in _THROUGH and t.dep_ == "prep":
            _partner_after_medium(t)
        elif t.lower_ == "for" and t.dep_ == "prep" and t.head.pos_ in {"VERB", "AUX"}:
            _partner_after_span(t)


def _face_to_face(doc: Doc, first: Token) -> None:
    """ "met face to face", "came face to face with X" (written apart, not the
    hyphenated modifier of "a face-to-face meeting")."""
    to, last = doc[first.i + 1], doc[first.i + 2]
    if to.lower_ != "to" or last.lower_ != "face" or not first.whitespace_:
        return
    verb = first.head
    if (
        verb.pos_ not in {"VERB", "AUX"}
        or verb.i > first.i
        or to.head.i not in {first.i, verb.i, last.i}
    ):
        return
    if not (last.head.i in {first.i, to.i, verb.i} or last.head == last):
        return
    if verb.lemma_ == "bring" or any(c.dep_ == "compound" for c in first.children):
        return  # "brought A face to face with B": read so by the "bring face" row
    moved = [c for c in last.children if c.dep_ in {"prep", "npadvmod", "advmod"} and c.i > last.i]
    first.head, first.dep_ = verb, "advmod"
    to.head, to.dep_, to.pos_, to.tag_ = first, "prep", "ADP", "IN"
    last.head, last.dep_, last.pos_, last.tag_ = to, "pobj", "NOUN", "NN"
    for c in moved:
        c.head = verb  # "with X", "for the first time": the verb's


def _fronted_participle(verb: Token) -> None:
    """ "Meeting President X in Oslo on Monday, Y said ...": the parser can read the
    participle as a word of X's name and hang the name, with its phrases, on the
    sentence's verb. The participle is a clause of that verb and X its object."""
    name = verb.head
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if verb.dep_ not in {"compound", "amod", "nmod"} or name.pos_ != "PROPN":
        return
    main = name.head
    if main.i <= name.i or main.pos_ not in {"VERB", "AUX"} or name.dep_ not in _LOOSE:
        return
    if not any(t.text == "," for t in verb.doc[name.i : main.i]):
        return
    phrases = [c for c in name.children if c.dep_ == "prep" and c.i > name.i]
    verb.head, verb.dep_, verb.pos_, verb.tag_ = main, "advcl", "VERB", "VBG"
    verb.lemma_ = _MEETING[verb.lower_]
    name.head, name.dep_ = verb, "dobj"
    for c in phrases:
        c.head = verb  # "in Oslo", "on Monday": where and when they met


_LOOSE = frozenset({"npadvmod", "dep", "nmod", "appos", "nsubj"})


def _partner_after_medium(through: Token) -> None:
    """ "held talks by video link with X": "with X" hangs on "link"; it belongs where
    "by" hangs (the talks, or the verb of "spoke via videoconference with X")."""
    for medium in (c for c in through.children if c.dep_ == "pobj" and is_medium(c)):
        for c in list(medium.children):
            if c.dep_ == "prep" and c.lower_ == "with" and c.i > medium.i:
                c.head = through.head


def _partner_after_span(span: Token) -> None:
    """ "conferred for two hours with X": "with X" hangs on "hours"; it is the verb's."""
    for length in (c for c in span.children if c.dep_ == "pobj" and c.lemma_ in _LENGTHS):
        for c in list(length.children):
            if c.dep_ == "prep" and c.lower_ == "with" and c.i > length.i:
                c.head = span.head


_LENGTHS = frozenset({"minute", "hour", "day", "week", "month", "year", "while", "time"})


def is_medium(token: Token) -> bool:
    """A word for the means of a contact at a distance: "phone", "videoconference",
    "video link", "secure line" (not a "link" or "line" of another kind)."""
    low = token.lower_
    if low in _MEDIA:
        return True
    kinds = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
    return low in _MEDIUM_HEADS and bool(kinds & _MEDIUM_KINDS)
