"""Treaties, accords and funds told in lower case by their field, as the thing a
country signs, ratifies, joins or gives to: "Samoa signed the fisheries accord",
"Fiji ratified the test-ban treaty", "Fiji joined the climate fund", "Japan pledged
$10m to the loss-and-damage fund". The pact or fund so done is an actor of its
article (another story's "fisheries accord" is another accord), so the sentence's
own relation follows: a signatory is a party to the pact, a giver aids the fund.
Only where a verb of signing, joining or giving names it: "ministers discussed the
fisheries accord" makes no actor, nor does "the new treaty" (no field), "a climate
fund" (no one fund), "Japan's climate fund", a pact "with" a partner (the partners'
deal, read as such) or a pact the story names in capitals before ("the Lima Accord
... the trade accord" may be it). The words are data
(``data/lower-pacts.txt``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.body_words import DESCRIBING_WORDS
from kg.language.lexicon import listed_words
from kg.language.slugs import own_key

_WORDS = listed_words("lower-pacts.txt")
_VERBS = {"pact": _WORDS["pact-verbs"], "fund": _WORDS["fund-verbs"]}
_NOT_FIELDS = _WORDS["not-fields"] | DESCRIBING_WORDS
_MAX_FIELD = 5  # "loss - and - damage"
PACT_HEADS = _WORDS["pacts"] | _WORDS["funds"]


def lower_pact(doc: Doc, tok: Token) -> tuple[int, str] | None:
    """Where a lower-case pact or fund ending at ``tok`` begins and the kind of its
    mention ("agreement" or "org"), when a verb of signing, joining or giving names
    it; else None."""
    kind = (
        "pact" if tok.lower_ in _WORDS["pacts"] else "fund" if tok.lower_ in _WORDS["funds"] else ""
    )
    if not kind or tok.tag_ != "NN" or not tok.is_lower:
        return None
    start = tok.i
    while start > 0 and tok.i - start < _MAX_FIELD and _field_word(doc, start - 1):
        start -= 1
    if start == tok.i or start == 0 or doc[start - 1].lower_ != "the" or doc[start].text == "-":
        return None
    if _verb_of(tok) not in _VERBS[kind]:
        return None
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in tok.children):
        return None  # "ratified the fisheries treaty with Peru": the partners' deal, told so
    if any(t.lower_ == tok.lower_ and t.is_title for t in doc[: tok.i]):
        return None  # "the Lima Accord ... the trade accord": perhaps that one
    return start, "agreement" if kind == "pact" else "org"


def _field_word(doc: Doc, i: int) -> bool:
    """A word of a pact's field: "fisheries", "test-ban", "loss-and-damage"."""
    t = doc[i]
    if t.text == "-" or (t.lower_ == "and" and i > 0 and doc[i - 1].text == "-"):
        return True
    return (
        t.is_lower
        and t.is_alpha
        and t.pos_ in {"NOUN", "ADJ", "PROPN"}
        and (t.lower_ not in _NOT_FIELDS)
    )


def _verb_of(tok: Token) -> str:
    """The lemma of the verb whose object ``tok`` is ("signed the accord", "pledged
    $10m to the fund", "the accord was signed"), through a list; else ""."""
    while tok.dep_ == "conj":
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":
        head = head.head  # "acceded to the treaty", "pledged $10m to the fund"
    elif tok.dep_ not in {"dobj", "nsubjpass"}:
        return ""
    return head.lemma_.lower() if head.pos_ == "VERB" else ""


def article_key(key: str, name: str, scope: str) -> str:
    """``key`` made the article's own for a pact or fund told in lower case ("fisheries
    accord": another story's is another accord), as an unnamed group's is."""
    words = name.split()
    if not scope or not words or not name.islower() or words[-1] not in PACT_HEADS:
        return key
    return own_key(key, scope)
