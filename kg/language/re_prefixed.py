"""Verbs written with the prefix "re-": "re-established ties", "re-imposed sanctions".
spaCy's English tokenizer splits them at the hyphen, and the parser then reads "re" as
the verb and "established" as an adjective of "ties", so the act is lost. Kept whole,
the word parses as the verb it is; its lemma is the prefix on the lemma of the rest,
written as the unhyphenated verb is ("reestablish", "reimpose", "reelect"), since the
rule lemmatizer cuts an unknown word badly ("re-establishe"). So too the British
spellings "co-operate" and "co-ordinate" and their nouns ("co-operation"): lemmas
"cooperate", "coordination", as the words written without the hyphen; and the verbs of
a deed shared with a partner, in their past and "-ing" forms: "co-hosted the summit",
"co-sponsored a resolution", "co-chairing the talks" (lemmas "cohost", "cosponsor",
"cochair"; "the co-chairs" stays split, a post)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

# a deed shared with a partner, done ("co-hosted") or doing ("co-hosting")
_SHARED = (
    r"co-(?:host|sponsor|chair|organi[sz]|author|financ|fund|produc|develop|broker)(?:e?d|ing)"
)
_PREFIXED = re.compile(r"re-[a-z]{3,}|co-(?:operat|ordinat)[a-z]*|" + _SHARED)
_ANY = re.compile(r"(?<![A-Za-z])(?:[Rr]e-[a-z]{3}|[Cc]o-(?:operat|ordinat|[a-z]{3}))")
_CO = ("co-operat", "co-ordinat")
_SHARED_WORD = re.compile(_SHARED, re.IGNORECASE)
_LEMMAS = "kg_re_lemmas"


def install(
    nlp: Language, finder: Callable[[str], Iterator[re.Match[str]]] | None
) -> Callable[[str], Iterator[re.Match[str]]] | None:
    """Keep "re-" words whole and lemmatize them (after the lemmatizer, which keeps
    no lemma it did not set): returns the infix finder ``finder`` becomes (the
    caller sets it on the tokenizer, once: each setting reloads every special case)."""
    from spacy.tokenizer import Tokenizer

    if not isinstance(nlp.tokenizer, Tokenizer) or finder is None:
        return finder
    if "lemmatizer" not in nlp.pipe_names:
        return finder  # a word kept whole would keep its bad lemma

    def finditer(text: str) -> Iterator[re.Match[str]]:
        lower = text[:3].lower()
        if lower != "re-" and not (
            lower == "co-" and (text.lower().startswith(_CO) or _SHARED_WORD.fullmatch(text))
        ):
            return finder(text)  # (most words: the tokenizer calls this for each new one)
        return (m for m in finder(text) if m.start() != 2)

    if not Language.has_factory(_LEMMAS):
        Language.factory(_LEMMAS, func=_make)
    if _LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(_LEMMAS, after="lemmatizer")
    return finditer


def _make(nlp: Language, name: str) -> _Relemmatizer:
    return _Relemmatizer(nlp)


class _Relemmatizer:
    """Set the lemma of every "re-" word: "re-established" -> "reestablish"."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        if not _ANY.search(doc.text):
            return doc  # most texts have none: no walk over their tokens
        for token in doc:
            lower = token.lower_
            if _PREFIXED.fullmatch(lower):
                token.lemma_ = lower[:2] + self._lemma(lower[3:], token.tag_, token.pos_)
        return doc

    def _lemma(self, rest: str, tag: str, pos: str) -> str:
        return _rule_lemma(self.nlp, rest, tag, pos)


@cache
def _rule_lemma(nlp: Language, word: str, tag: str, pos: str) -> str:
    """The lemma the rule lemmatizer gives ``word`` alone with this tag: "established"
    (VBD) -> "establish"."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = Doc(nlp.vocab, words=[word], tags=[tag or "NN"], pos=[pos or "NOUN"])
    found = lemmatizer.rule_lemmatize(doc[0])  # type: ignore[attr-defined]
    return found[0] if found else word
