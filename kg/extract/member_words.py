"""What the words before a member noun say of the membership: "a would-be member
of the bloc", "an aspiring member", "a candidate for membership" name no member
yet (:func:`hoped_for`); "a former member of the EU" names one whose membership
has ended (:func:`former`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.event_words import ENDED, PROSPECTIVE

# a member not yet: "a would-be member", "an aspiring member", "a non-member"
_NOT_YET = PROSPECTIVE | frozenset(
    {"would-be", "aspiring", "hopeful", "candidate", "applicant", "non", "wannabe", "aspirant"}
)


def _modifiers(noun: Token) -> list[str]:
    """The words of ``noun``'s phrase before it, hyphenated words joined ("would-be")."""
    words: list[str] = []
    lo = noun.left_edge.i
    doc = noun.doc
    if (
        lo == noun.i
        and noun.i >= 2
        and doc[noun.i - 1].text == "-"
        and not doc[noun.i - 2].whitespace_
    ):
        lo = noun.i - 2  # "a non-member": the parser may hang the prefix elsewhere
    for t in doc[lo : noun.i]:
        if words and (t.text == "-" or words[-1].endswith("-")) and not t.doc[t.i - 1].whitespace_:
            words[-1] += t.lower_
        else:
            words.append(t.lower_)
    return [w.rstrip("-") for w in words]


def hoped_for(noun: Token) -> bool:
    """Whether a member noun names a membership only sought or foreseen."""
    return any(w in _NOT_YET or w.split("-")[0] in {"non"} for w in _modifiers(noun))


def former(noun: Token) -> bool:
    """Whether a member noun names a membership that has ended ("a former member")."""
    return any(w in ENDED or w.split("-")[0] == "ex" for w in _modifiers(noun))
