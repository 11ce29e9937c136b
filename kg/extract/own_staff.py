"""Acts on one's own people, which are no conflict between actors: "the firm suspended
its chief executive", "the party suspended two of its own members" (discipline within
the subject, not a reduction of relations with another; trigger flag ``not-own-staff``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import OWN_POSSESSIVES, TITLE_WORDS

# Who serves under an actor without holding a titled post.
_STAFF = frozenset("member members staff employee employees worker workers player players "
                   "official officials officer officers".split())  # fmt: skip


def own_staff(objects: list[Token]) -> bool:
    """Whether one of ``objects`` is the subject's own post-holder or member ("its chief
    executive", "two of its own members", "X, its former leader": the title hung on the
    name); "suspended X's envoy" is no such thing, nor "X and its officials" (a
    conjunct, no title of X)."""
    words = [w for noun in objects for w in (noun, *_of_objects(noun), *_titles(noun))]
    return any(
        (w.lemma_.lower() in TITLE_WORDS or w.lemma_.lower() in _STAFF)
        and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in w.children)
        for w in words
    )


def _titles(noun: Token) -> list[Token]:
    """ "Ann Holt, its former leader", "its leader Ann Holt" read with the title below
    the name: the title."""
    return [c for c in noun.children if c.dep_ in {"appos", "compound"}]


def _of_objects(noun: Token) -> list[Token]:
    """ "two of its members": the members."""
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"]  # fmt: skip
