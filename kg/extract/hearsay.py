"""Who reports an event and whether the writer vouches for it.

``reporting_verb`` finds the speech verb that reports a clause ("X said A met B");
``unvouched`` tells a clause the writer only passes on: what a speaker claims or
denies ("a book claims that ..."), the content of a report ("reports that he told
X"), and what unconfirmed sources say ("unconfirmed reports said troops had shelled
X", "according to unverified reports, jets bombed Y", "rumours said ..."). A report
with no doubt on it is a source the writer cites: "reports said X shelled Y" is told
as a fact.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.event_words import SPEECH_VERBS

# Speech verbs whose clause the writer does not vouch for: "a book claims that ...",
# "she denied that she had met ...".
_DOUBTING_SPEECH = {"claim", "allege", "deny", "suggest", "speculate", "rumour", "rumor",
                    "contend", "insist"}  # fmt: skip
# Nouns whose content is hearsay: "reports that he told X", "rumours of a feud"
# (word forms: "talks" are a meeting, "talk of a split" is hearsay).
HEARSAY_NOUNS = frozenset(
    {"report", "reports", "claim", "claims", "allegation", "allegations", "rumour", "rumours",
     "rumor", "rumors", "suggestion", "suggestions", "speculation", "accusation", "accusations",
     "story", "stories", "talk", "gossip"}
)  # fmt: skip
# Sources that are hearsay by their own word ("rumours said"), and the words that
# take a source's word away ("unconfirmed reports", "unverified accounts").
_RUMOURS = {"rumour", "rumor", "speculation", "gossip", "hearsay"}
_UNCONFIRMED = {"unconfirmed", "unverified", "uncorroborated", "unsubstantiated",
                "unsourced", "unattributed"}  # fmt: skip
_WRONG = {"wrong", "mistaken", "incorrect", "false", "untrue"}


def unvouched(verb: Token, speech: Token | None) -> bool:
    """True when the writer passes on ``verb``'s clause without vouching for it;
    ``speech`` is its reporting verb, if any (see :func:`reporting_verb`)."""
    if speech is not None and (
        speech.lemma_ in _DOUBTING_SPEECH or _said_wrongly(speech) or _doubted_source(speech)
    ):
        return True
    return _hearsay(verb) or _doubted_account(verb)


def _doubted_source(speech: Token) -> bool:
    """ "Unconfirmed reports said ...", "rumours said ...": the speaker is hearsay."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and _doubted(c) for c in speech.children)


def _doubted_account(verb: Token) -> bool:
    """ "According to unconfirmed reports, jets bombed X": the account is doubted
    (also on the speech verb: "according to unverified reports, officials said")."""
    t = verb
    for _ in range(3):
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "according":
                for to in prep.children:
                    if any(o.dep_ == "pobj" and _doubted(o) for o in to.children):
                        return True
        if t.dep_ not in {"ccomp", "conj", "xcomp"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def _doubted(source: Token) -> bool:
    """A source that is hearsay: "rumours", "unconfirmed reports"."""
    return source.lemma_.lower() in _RUMOURS or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _UNCONFIRMED for c in source.children
    )


def _said_wrongly(speech: Token) -> bool:
    """ "They were mistaken when they said ...", "X was wrong to say ...": what was
    said is denied by the sentence itself."""
    if speech.dep_ == "xcomp" and speech.head.lower_ in _WRONG:
        return True  # "wrong to say"
    host = speech.head if speech.dep_ in {"advcl", "xcomp"} else None
    return host is not None and any(
        c.dep_ in {"acomp", "attr"} and c.lower_ in _WRONG for c in host.children
    )


def reporting_verb(verb: Token) -> Token | None:
    """The speech verb a clause is reported by ("X said [A met B]")."""
    t = verb
    for _ in range(4):
        dep = t.dep_
        if dep == "ROOT":
            for child in t.children:
                if child.dep_ == "parataxis" and child.lemma_ in SPEECH_VERBS:
                    return child
            return None
        head = t.head  # read once (each ``.head`` makes a new Token)
        if dep in {"ccomp", "parataxis"} and head.lemma_ in SPEECH_VERBS:
            return head
        t = head
    return None


def _hearsay(verb: Token) -> bool:
    """The clause is the content of a report or claim ("reports that he told X")."""
    t = verb
    for _ in range(4):
        dep, head = t.dep_, t.head
        if dep in {"acl", "ccomp", "relcl", "appos"} and head.lower_ in HEARSAY_NOUNS:
            return not any(c.dep_ == "mark" and c.lower_ != "that" for c in t.children)
        if dep not in {"conj", "xcomp", "ccomp", "advcl"} or head.i == t.i:
            return False
        t = head
    return False
