"""Who a pronoun that speaks cannot be: a person named in what it says before it
("And Ann Lee would lead the campaign, he said": not Ann Lee, even when she is
the person named last before), for :mod:`kg.language.coref`."""

from __future__ import annotations

from typing import TypeVar

from spacy.tokens import Token

_Candidate = TypeVar("_Candidate")

# what a speech verb reports after its subject: then the clause before is no report
_AFTER = {"ccomp", "xcomp", "dobj", "parataxis"}


def not_said_of(pron: Token, earlier: list[tuple[_Candidate, str]],
                said_of: set[tuple[str, str]]) -> list[tuple[_Candidate, str]]:  # fmt: skip
    """``earlier`` without the people named in the clause or quote ``pron`` reports
    before it (``said_of``: kind and key of each mention there), unless its verb
    reports a clause of its own after it ("X's remarks caused anger - he told Y to
    go": the remarks are not what he said)."""
    if not said_of or any(c.dep_ in _AFTER and c.i > pron.i for c in pron.head.children):
        return earlier
    return [(p, k) for p, k in earlier if ("person", k) not in said_of]
