"""The person named after a body and her post, where the parser made the body the
subject: "Committee on Fisheries chair Maria Sousa said", "Council on Ethics head
Peter Hale said" (the model's parse hangs the person inside the body's name and
makes the body's head the verb's subject). The statement is the person's; she
holds the post in the body, which the affiliation rules tell apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.lexicon import TITLE_WORDS

_MAX_POST = 3  # lower-case words of the post ("deputy chief executive")


def posted_holder(ctx: Context, subject: Token) -> Token | None:
    """The last word of the person named after the body ``subject`` names and a post
    ("chair"), inside the subject's phrase; None when no such person follows."""
    body = ctx.actors.mention_at(subject.i)
    if body is None or body.kind not in {"org", "group"}:
        return None
    doc = subject.doc
    k = body.end
    while k < len(doc) and k - body.end < _MAX_POST and doc[k].is_lower:
        k += 1
    if k == body.end or not any(t.lower_ in TITLE_WORDS for t in doc[body.end : k]):
        return None
    person = ctx.actors.mention_at(k) if k < len(doc) else None
    if person is None or person.kind != "person" or person.start != k:
        return None
    last = doc[person.end - 1]
    return last if subject in last.ancestors else None
