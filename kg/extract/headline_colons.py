"""A headline that gives a speaker's words after a colon: "Ruiz: 'We will not
resign'", "Larsen: Tax plan 'a fraud on voters'", "Ann Holt: Budget 'will hurt families'".

Newspapers head a story with the name of who speaks, a colon and what they said,
quoted in part or whole. The name must fill all that stands before the colon, so a
label ("Obituary: Dame X", "Q&A: the new rules", "Japan's farmers: built to last")
speaks nothing; what follows must end with words in quote marks, so a profile ("Mark
Doyle: The quiet reformer", "Mark Doyle: The 'quiet man' who won") is no statement
either; and the words must not name
their own speaker ("Ruiz: 'No deal', says Lind"). Only a person speaks so: a
country or a firm before a colon labels a topic ("Iraq: 'The troops will stay'",
"Norbank: Chief executive 'will quit'"). What the words name is what the statement
is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.headline_claims import quoted_spans
from kg.language.headline_names import headline_start
from kg.records import Event, EventKind, Participant

NAME = "headline_colons"
# Who speaks so: a person. A country or a firm before a colon labels a topic ("Iraq:
# 'The troops will stay'", "Norbank: Chief executive 'will quit'").
_SPEAKERS = frozenset({"person"})


def extract(ctx: Context) -> Iterator[Event]:
    at = headline_start(ctx.doc)
    if at is None:
        return
    heads = [s for s in ctx.doc.sents if s.start_char >= at]
    if not heads:
        return
    sent = heads[0]
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return
    mention = ctx.actors.mention_at(sent.start)
    key = ctx.actors.at(sent.start)
    if mention is None or key is None or mention.kind not in _SPEAKERS:
        return
    if mention.span != (sent.start, colon.i):
        return  # the name is not all before the colon: "Japan's farmers: ..."
    words = ctx.doc[colon.i + 1 : sent.end]
    if not _quotes_in(sent, colon.i):
        return  # a label or a profile, not words spoken
    if any(t.pos_ == "VERB" and t.lemma_ in g.SPEECH_VERBS for t in words):
        return  # the words name their own speaker: "Ruiz: 'No deal', says Lind"
    topics = [k for t in words if (k := ctx.actors.at(t.i)) and k != key
              and not k.startswith("place/")]  # fmt: skip
    participants = [Participant(key, "speaker")]
    participants += [Participant(k, "topic") for k in dict.fromkeys(topics)]
    yield Event(
        kind=EventKind.STATEMENT,
        type="statement",
        participants=tuple(participants),
        evidence=ctx.evidence([ctx.doc[sent.start], colon], f"{NAME}/v1", 0.7),
        trigger=colon.text,
        quote=re.sub(r"\s+", " ", words.text).strip(" .\"'\u2018\u2019\u201c\u201d"),
    )


def _quotes_in(sent: Span, colon: int) -> bool:
    """Whether the words after ``colon`` end with a quote: words in quote marks that
    close the headline ("Tax plan 'a fraud on voters'"), not a phrase quoted inside a
    profile's words ("The 'greased piglet' who slipped away")."""
    last = max((t.i for t in sent if not t.is_punct), default=sent.start)
    return any(start > colon and start + 1 < end and end > last for start, end in quoted_spans(sent))


__all__ = ["extract"]
