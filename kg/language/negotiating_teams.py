"""A team named for the talks it holds acts for whoever qualifies it: "the Chilean
negotiating team", "Peru's trade team", "the government negotiation team" (a
"curling team" or a "rescue team" says nothing of whom it acts for)."""

from __future__ import annotations

from spacy.tokens import Token

# Words before "team" that make it a side's team at talks (general words).
_TALKS_WORDS = frozenset({"negotiating", "negotiation", "negotiations", "diplomatic", "trade",
                          "mediation", "bargaining", "peace"})  # fmt: skip
_TEAM_NOUNS = frozenset({"team", "teams", "panel", "panels"})


def negotiating_team(tok: Token) -> bool:
    """Whether ``tok`` is a team named for the talks it holds ("negotiating team")."""
    return tok.lower_ in _TEAM_NOUNS and any(
        c.lower_ in _TALKS_WORDS and c.dep_ in {"compound", "amod", "nmod"} for c in tok.lefts
    )
