"""A "hit" that praises a work, not a blow: "hit presenters X and Y", "the hit show",
"her hit single". The tagger can read the adjective as the verb ("alongside hit
presenters X and Y": X struck), so a "hit" right before a noun of a show, a record or
its performers is made the adjective it is, and no frame reads an attack from it."""

from __future__ import annotations

from spacy.tokens import Token

# Works and performers a "hit" right before them calls popular (lemmas).
_WORKS = frozenset(
    """show single song record album film movie series sitcom musical play
    comedy drama programme program presenter host band group novel game track singer
    comedian""".split()
)


def popular_work(word: Token) -> bool:
    """Make a "hit" read as a verb before a noun of a work or performer an adjective;
    whether it did."""
    doc = word.doc
    if word.lower_ != "hit" or word.pos_ != "VERB" or word.i + 1 >= len(doc):
        return False
    after = doc[word.i + 1]
    if after.pos_ != "NOUN" or after.lemma_.lower() not in _WORKS:
        return False  # "hit the show", "hit rebel positions": a blow
    word.pos_, word.tag_ = "ADJ", "JJ"
    return True
