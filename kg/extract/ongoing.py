"""Supply that goes on: the future of carrying on is no plan.

"Turkey will continue to supply Azerbaijan with drones", "Iran will keep arming X":
what "will continue" names is being done now, so the supply is told as a fact, not
planned. Only acts of supplying (a meeting that "will continue" is still to come), only
after "continue" or "keep" ("will start supplying X" is planned), and only the future
auxiliary on the carrying verb: "would continue to supply X if ..." stays hypothetical,
and "refused to continue supplying X" is negated by its own verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import listed_words

_WORDS = listed_words("ongoing-words.txt")
_CONTINUING, _SUPPLYING = _WORDS["continuing"], _WORDS["supplying"]


def goes_on(chain: list[tuple[Token, str]], n: int) -> bool:
    """Whether the n-th verb of a mood chain (each verb with the dependency by which
    the one below hangs on it) carries on the supply below it: "will [continue] to
    supply X"."""
    if n != 1 or chain[n][1] != "xcomp":
        return False
    act, carrier = chain[0][0], chain[n][0]
    return (
        carrier.lemma_.lower() in _CONTINUING
        and act.pos_ == "VERB"
        and act.lemma_.lower() in _SUPPLYING
    )
