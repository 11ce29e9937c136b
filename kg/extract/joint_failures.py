"""Talks that came to nothing are an outcome, not a judgement of the talkers.

"X said the two sides failed to agree a ceasefire", "... failed to reach a deal":
"failed" is a negative word, and what a speaker says a party failed to do is
usually blame ("X said Y failed to protect civilians"). Failing to agree, or to
reach, strike or seal an agreement, tells how talks ended: nobody is blamed for it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose failure is talks' outcome by themselves ("failed to agree").
_AGREEING = frozenset({"agree", "settle", "reconcile", "compromise"})
# Verbs whose failure is talks' outcome when their object is an agreement.
_REACHING = frozenset({"reach", "strike", "conclude", "clinch", "seal", "sign", "produce", "find",
                       "secure", "hammer", "broker", "finalise", "finalize"})  # fmt: skip
_AGREEMENTS = frozenset(
    """deal agreement accord ceasefire truce compromise consensus settlement breakthrough
    pact treaty ground deals agreements""".split()
)


def failed_talks(verb: Token) -> bool:
    """Whether ``verb`` is "failed to agree" or "failed to reach a deal"."""
    if verb.lemma_ != "fail":
        return False
    for c in verb.children:
        if c.dep_ != "xcomp":
            continue
        if c.lemma_ in _AGREEING:
            return True
        if c.lemma_ in _REACHING and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _AGREEMENTS for o in c.children
        ):
            return True
    return False
