"""Nouns of a body that also name a tie between parties.

"France's alliance with Germany", "Scotland's union with England", "the US-Japan
alliance", "the Keldar-Varn partnership": the tie between two parties, not a body (as
"the Atlantic alliance" or "the Liberal Alliance" is), so the parties stay named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.hyphenated import part_country

TIES = frozenset({"alliance", "coalition", "union", "partnership"})
# What a part of a hyphenated pair may be tagged as: a country, a people, a body.
_PARTY_TAGS = frozenset({"GPE", "NORP", "ORG"})


def a_tie(doc: Doc, start: int, tok: Token) -> bool:
    """Whether ``doc[start:tok.i + 1]`` names a tie rather than a body: a tie noun in
    lower case with a partner after "with", or after two names joined by a hyphen."""
    if tok.lower_ not in TIES:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return True
    return tok.is_lower and hyphen_pair(doc, start, tok.i)


def hyphen_pair(doc: Doc, start: int, end: int) -> bool:
    """Two names joined by a hyphen with no space among ``doc[start:end]``: "US-Japan"."""
    for j in range(max(start, 1), end - 1):
        dash, before, after = doc[j], doc[j - 1], doc[j + 1]
        if (
            dash.text == "-"
            and not before.whitespace_
            and not dash.whitespace_
            and _party(doc, before)
            and _party(doc, after)
        ):
            return True
    return False


def _party(doc: Doc, tok: Token) -> bool:
    """A part of a pair that names a party: a tagged name, or a country's adjective
    or combining form the model left untagged ("Franco-German", "French-German")."""
    return tok.ent_type_ in _PARTY_TAGS or part_country(doc, tok.i) is not None
