"""A claim quoted in a headline: "Ruiz 'said she would resign'", "Chile 'to expel envoys'".

A headline puts in quote marks what someone else says of its subject: a book, a
report, unnamed sources ("Lind 'lied over gas deal' - report", "Okafor 'backed
Togo rebels'"). When the headline's main verb stands inside quote marks that open
after its subject, what the quote tells is that claim, not a fact the headline
vouches for, so its events are alleged. The subject's own words are no such claim:
"Ruiz: 'We will not resign'" (the quote's verb has its own subject inside it), "'No
deal', says Lind" and "Tokyo says deflation 'controlled'" (the main verb, a verb of
speech, stands outside the quote)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.language.headline_names import headline_start

_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "`", "``", "''"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def quoted_claim(token: Token) -> bool:
    """Whether ``token`` (an event's verb or noun) stands inside a claim a headline
    quotes (see the module docstring)."""
    at = headline_start(token.doc)
    if at is None or token.idx < at:
        return False
    sent = token.sent
    root = sent.root
    for start, end in quoted_spans(sent):
        if not (start < root.i < end and start < token.i < end):
            continue
        subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
        return bool(subjects) and all(s.i < start for s in subjects)
    return False


def quoted_spans(sent: Span) -> list[tuple[int, int]]:
    """Token spans (opening mark, closing mark or the sentence's end) of the quotes
    of ``sent``; a possessive's apostrophe ("Tories' plans") is none."""
    marks = [t.i for t in sent if t.text in _QUOTES and t.tag_ != "POS"]
    marks.append(sent.end)
    return [(marks[n], marks[n + 1]) for n in range(0, len(marks) - 1, 2)]


__all__ = ["quoted_claim", "quoted_spans"]
