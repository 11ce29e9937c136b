"""The bodies states bring complaints and cases to are where, not who.

"Canada lodged a WTO complaint against Russia", "an ICJ case against X": the WTO and
the International Court of Justice hear the complaint; the one who lodges it is the
subject.
"""

from __future__ import annotations

from spacy.tokens import Token

# bodies states bring complaints and cases to, and what is lodged there
_FORUMS = frozenset({"org/WTO", "org/ICJ"})
_LODGED = frozenset({"complaint", "case", "challenge", "petition"})


def lodged_in(noun: Token, key: str) -> bool:
    """The body a complaint or case compounded with it is lodged in: "a WTO complaint"."""
    return key in _FORUMS and noun.lemma_.lower() in _LODGED
