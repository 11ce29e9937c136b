"""Newspapers named in common words: "The Observer said", "the Independent reported",
"The Mail on Sunday claimed", "Le Monde reported". The small model tags none of them
(or only "Sunday", as a date), so a paper's report had no speaker.

The titles are data (``data/press-titles.txt``). An English title is a name only
with "the" before it and capitalised as printed ("the independent inquiry" is no
paper), and only where it stops: "the Independent candidate", "the Times Educational
Supplement" or "the Observer Mission" name something else. A noun of the press may
follow ("the Observer newspaper", "a Times columnist").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span

from kg.language.token_table import TokenTable

# Nouns of the kinds of paper: "the Observer newspaper said" is the paper speaking.
PAPER_KINDS = frozenset("newspaper paper daily weekly magazine tabloid broadsheet".split())
# Nouns that may follow a paper's title without making it part of a longer name:
# its kind, or the people who write for it ("a Times columnist").
PRESS_NOUNS = PAPER_KINDS | frozenset(
    "website columnist editor reporter journalist correspondent writer".split()
)


# Nouns of the press that may stand before what it prints: "a Spanish newspaper report",
# "Argentine media reports", "a Chilean radio broadcast" (the demonym is the paper's).
REPORTING_KINDS = PAPER_KINDS | frozenset("media press television tv radio news".split())


# What a paper prints, after its title: "the Sunday Telegraph report said".
PIECES = frozenset("report reports story article editorial survey poll investigation".split())
# What the press prints or airs, after a noun of the press with a demonym before it ("an
# Argentine newspaper report", "Chilean media claims"; not "the Russian media crackdown").
PRINTED = PIECES | frozenset("broadcast broadcasts claim claims allegation allegations".split())


@cache
def _titles() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(titles printed after "the", titles with their own article), as word tuples."""
    text = resources.files("kg.language").joinpath("data", "press-titles.txt").read_text("utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]
    after_the = frozenset(tuple(line.split()) for line in lines if line[0] != "=")
    own = frozenset(tuple(line[1:].split()) for line in lines if line[0] == "=")
    return after_the, own


def press_spans(doc: Doc, table: TokenTable | None = None) -> list[Span]:
    """Papers' titles, as ORG spans without "the": "The Observer" -> "Observer"
    (``table`` is ``doc``'s, if read already)."""
    after_the, own = _titles()
    longest = max(len(t) for t in after_the | own)
    firsts = _first_words()
    text = (table or TokenTable(doc)).text  # (spaCy makes a new Token at every doc[i])
    found = []
    for i, word in enumerate(text):
        if word not in firsts:
            continue  # no title starts here: most words of a text
        titles = after_the if i > 0 and text[i - 1].lower() == "the" else own
        for size in range(longest, 0, -1):
            if tuple(text[i : i + size]) in titles and _ends(doc, i + size):
                found.append(Span(doc, i, i + size, label="ORG"))
                break
    return found


@cache
def _first_words() -> frozenset[str]:
    after_the, own = _titles()
    return frozenset(t[0] for t in after_the | own)


def _ends(doc: Doc, end: int) -> bool:
    """The title stops at ``end``: no capitalised word, noun or "of X" runs on from it
    ("the Independent MP", "the Independent candidate", "the Times of India"), apart
    from a noun of the press ("the Observer newspaper")."""
    if end >= len(doc):
        return True
    nxt = doc[end]
    if nxt.lower_ in PRESS_NOUNS | PIECES:
        return True  # "the Observer newspaper", "the Sunday Telegraph report"
    if (nxt.is_title and not nxt.is_sent_start) or nxt.pos_ in {"NOUN", "PROPN", "NUM"}:
        return False
    return not (nxt.lower_ == "of" and end + 1 < len(doc) and doc[end + 1].is_title)
