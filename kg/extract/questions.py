"""Questions: what a question asks is no fact ("Did X meet Y?", "Will they sign?"),
but what a question about how, why, when or where takes for granted is one: "How
did the talks with X go?" and "Why did A and B sign the pact?" tell that the talks
and the signing took place."""

from __future__ import annotations

from spacy.tokens import Span

# Words that open a question about something that took place, and the auxiliaries
# of done deeds after them ("did", not "will" or "would": those ask what may be).
_OPEN_WORDS = frozenset({"how", "why", "when", "where"})
_DONE_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had"})


def ends_with_question(sent: Span) -> bool:
    """The sentence ends with "?" (before closing quotes): read from its last
    tokens, not from the text of the whole sentence."""
    doc, tail = sent.doc, ""
    for i in range(sent.end - 1, sent.start - 1, -1):
        tail = doc[i].text_with_ws + tail
        kept = tail.rstrip().rstrip("\"'")
        if kept:
            return kept.endswith("?")
    return False


def asks_whether(sent: Span) -> bool:
    """The sentence is a question that leaves its event open: a yes-no question
    ("Did X meet Y?"), or one about what will or would be; not "How did the talks
    go?", which takes the talks for granted."""
    return ends_with_question(sent) and not _takes_for_granted(sent)


def _takes_for_granted(sent: Span) -> bool:
    words = [t.lower_ for t in sent[:4] if not t.is_punct]
    return len(words) >= 2 and words[0] in _OPEN_WORDS and words[1] in _DONE_AUXILIARIES
