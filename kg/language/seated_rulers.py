"""Those who rule from a capital stand for its state.

"The government in Ankara said", "officials in Beijing criticised X", "lawmakers in
Kyiv voted": the capital names whose government, officials and lawmakers they are, so
the capital is the state acting (as "Ankara said" is), not a place where some group
met. Only when nothing else says whose they are: "Western diplomats in Beijing", "US
officials in Baghdad", "opposition lawmakers in Kyiv", "city officials in Rome",
"business leaders in London" and "his aides in Paris" are others who happen to be
there; "a rally in Beijing" rules nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns for those who rule or legislate: the singular ones only after "the" ("the
# government in Ankara"; not "a government in exile").
_SINGULAR = frozenset({"government", "administration", "regime", "leadership", "junta"})
_PLURAL = frozenset(
    """authorities officials lawmakers legislators leaders rulers policymakers
    policy-makers generals""".split()
)
SEATED_RULERS = _SINGULAR | _PLURAL
# Words that only rank them ("senior officials in Beijing"); any other word before
# the noun may say whose they are ("Western", "opposition", "business", "US").
_RANKS = frozenset(
    """senior top high-ranking ranking high-level unnamed interim new transitional provisional
    caretaker current incoming outgoing elected""".split()
)
# Nouns before them that still name the state's own ("government officials in Rome").
_STATE_WORDS = frozenset({"government", "state", "administration"})


def seated_ruler(noun: Token) -> bool:
    """Whether ``noun`` names a state's rulers or lawmakers with nothing before it
    that says whose they are, so that an "in" capital after it can say it."""
    low = noun.lower_
    if low not in SEATED_RULERS:
        return False
    has_the = False
    for child in noun.lefts:
        if child.dep_ == "det":
            has_the = has_the or child.lower_ == "the"
            if child.lower_ not in {"the", "some", "many"}:
                return False  # "a government in exile", "these officials"
        elif _rank_or_state(child):
            continue
        elif child.dep_ != "punct":
            return False  # "US officials", "opposition lawmakers", "his aides"
    return has_the or low in _PLURAL


def _rank_or_state(word: Token) -> bool:
    """ "senior" in "senior officials", "government" in "government officials", and
    who backs or leads them ("the UN-backed government in Tripoli": still Libya's)."""
    if _backing(word):
        return True
    if word.dep_ == "amod":
        return word.lower_ in _RANKS
    return word.dep_ == "compound" and word.lower_ in _STATE_WORDS


def _backing(word: Token) -> bool:
    """A word of "UN-backed", "US-led": the participle, its hyphen or its backer."""
    doc = word.doc
    if word.text == "-":
        return word.i + 1 < len(doc) and doc[word.i + 1].tag_ == "VBN"
    if word.tag_ == "VBN":
        return word.i > 0 and doc[word.i - 1].text == "-"
    return word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 2].tag_ == "VBN"
