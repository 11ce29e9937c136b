"""Headline coordination with a comma for "and": "Chile, Peru sign trade pact",
"Ana Ruiz, Tomas Lind meet in Oslo". The parser hangs one of the two names on the
other as an apposition, or on the verb as an adverbial noun, and takes only one for
the subject; the verb's plural form says both are.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import NAME_LABELS


def comma_partner(verb: Token, subject: Token) -> Token | None:
    """The name beside ``subject``, across a comma, that shares its plural verb. The
    verb is a plural present ("agree", not "agrees", nor "will agree", whose number
    does not show); the subject is one singular name; the two names, with only the
    comma between them, open the sentence and stand right before the verb."""
    if not _plural_present(verb) or not _name(subject):
        return None
    doc = verb.doc
    for other in [*subject.children, *verb.children]:
        if other.i == subject.i or not _name(other) or other.dep_ not in {"appos", "npadvmod"}:
            continue
        first, second = sorted((subject, other), key=lambda t: t.i)
        if (
            first.left_edge.is_sent_start
            and doc[first.i + 1].text == ","  # a name ends at its head: "Ana Ruiz ,"
            and second.left_edge.i == first.i + 2
            and second.right_edge.i + 1 == verb.i
        ):
            return other
    return None


def _plural_present(verb: Token) -> bool:
    """ "agree": tagged so, or a bare form the tagger took for another ("condemn"
    as a past, "discuss" as an infinitive) with no auxiliary to explain it."""
    if verb.tag_ == "VBP":
        return True
    return (
        verb.tag_ in {"VB", "VBD"}
        and verb.lower_ == verb.lemma_
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _name(token: Token) -> bool:
    return token.tag_ == "NNP" and token.ent_type_ in NAME_LABELS
