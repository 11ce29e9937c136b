"""When a post was held, read from a time phrase on the title: "Austria's
chancellor from 1999 to 2003", "Poland's prime minister between 2007 and 2014",
"Croatia's defence minister until last year" were held and left (a former post);
"Germany's economy minister since 2022" is held now. The phrase is no part of
the title ("chancellor", not "chancellor from 1999 to 2003").
"""

from __future__ import annotations

from spacy.tokens import Token

# Prepositions that open a time phrase on a post, and whether the post has ended
# by the time named ("from" ends it only with an end point: "from 1999 to 2003").
_TIME_PREPS = {"from", "between", "until", "till", "since", "in", "during"}
_ENDED = {"between", "until", "till", "in", "during"}
_ENDS = {"to", "until", "till", "through"}
# A date that is still ahead ("until next year", "until the end of the year"):
# the post is held now.
_AHEAD = {"next", "coming", "this", "end", "future"}


def time_phrase(t: Token) -> bool:
    """``t`` opens a time phrase on a post: a preposition whose object is a date
    ("from 1999", "until last year", "in the 1990s", "between 2007 and 2014")."""
    return (
        t.lower_ in _TIME_PREPS
        and t.pos_ in {"ADP", "SCONJ"}
        and any(c.dep_ == "pobj" and _a_date(c) for c in t.children)
    )


def ended(t: Token) -> bool:
    """The time phrase opened by ``t`` says the post was left: "from 1999 to 2003",
    "until last year", "in the 1990s" (never "since 2022", "until next year")."""
    date = [d for c in t.children if c.dep_ == "pobj" for d in c.subtree]
    if t.lower_ == "from":  # "to" hangs on "from", its date or the title
        after = t.doc[t.i + 1 : t.i + 5]
        return any(d.lower_ in _ENDS and d.pos_ in {"ADP", "SCONJ"} for d in after)
    if t.lower_ in {"in", "during"}:
        return any(d.like_num or d.text[:1].isdigit() for d in date)  # "in 2003", not "in May"
    if t.lower_ in {"until", "till"}:
        return not any(d.lower_ in _AHEAD for d in date)
    return t.lower_ in _ENDED


def _a_date(t: Token) -> bool:
    return t.ent_type_ == "DATE" or (len(t.text) == 4 and t.text.isdigit())
