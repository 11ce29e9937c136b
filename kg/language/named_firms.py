"""A company named before, for :func:`kg.language.descriptions.resolve_description`:
"Orvex Holdings reported a loss. Regulators fined the company" is Orvex Holdings.
Only a plain "the company" or "the firm", and only when the story has named
exactly one body before it that may be a firm: one the gazetteer does not list (it
lists international bodies, parties and chambers, never firms) and whose name does
not end in a word of another kind of body ("the Competition Commission", "the
Treasury Committee", "the Daily Herald newspaper"). Two such names, or none: nobody
(but "the company said" after two firms is the one that was the subject of the last
sentence naming them: "Veltro bid for Kasten. The offer was fair, the company said"
is Veltro; :mod:`kg.language.subject_firms`); nor when one is an item of a list
("brands include A, B and C": firms the model may not all know), and a body named only as a news source ("told the X", "according
to X") is none."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.language.audiences import names_media
from kg.language.body_words import ORG_HEAD_WORDS
from kg.language.coref_state import CorefState
from kg.language.country_descriptions import the_countrys_body
from kg.language.gazetteer import gazetteer
from kg.language.kind_firms import KINDS, firm_of_kind
from kg.language.legal_forms import FOLDED_LEGAL_FORMS
from kg.language.lexicon import FIRM_ANAPHORS, FIRM_ORGANS, ORG_ANAPHORA
from kg.language.mentions import Mention
from kg.language.named_bodies import named_body
from kg.language.subject_firms import speaking_firm

# (and "the lender": a bank named before, or the one firm: "Barclays ... the lender";
# "the chipmaker", "the airline": a kind of firm, kept as data)
_CALLING_BACK = frozenset({"company", "firm", "lender"}) | FIRM_ANAPHORS
FIRM_DESCRIPTIONS = _CALLING_BACK | FIRM_ORGANS | KINDS.keys()  # and "the bank", "the board"
# Words that end a firm's name as well as other bodies' ("Orvex Trust", "Brindle Bank").
_FIRM_ENDS = FOLDED_LEGAL_FORMS | frozenset("co trust bank company group".split())
# Words that end the name of a body that is no firm.
_OTHER_ENDS = (ORG_HEAD_WORDS - _FIRM_ENDS) | frozenset(
    "newspaper paper daily magazine programme bureau police regulator watchdog".split()
)


def named_firm(state: CorefState, m: Mention, earlier: list[tuple[Mention, str]]) -> str | None:
    """The one firm named before a plain "the company" or "the firm", else None; for
    "the carmaker", "the bank", the one of that kind (:mod:`kg.language.kind_firms`)
    first, and "the bank" of no firm so named is a body's (``named_body``); "the
    country's state oil company" is the country's own (``the_countrys_body``)."""
    if (own := the_countrys_body(state, m, earlier)) is not None:
        return own
    kin = firm_of_kind(state, m, earlier)
    if kin is not None:
        return kin or None
    head = state.doc[m.end - 1]
    if head.lower_ in FIRM_ORGANS:  # "the board": a body so named, else the one firm's
        body = named_body(state, m, earlier, ORG_ANAPHORA[head.lower_])
        return body or (_one_firm(state, earlier) if _plain_organ(m, head) else None)
    if head.lower_ not in _CALLING_BACK:
        return named_body(state, m, earlier, ORG_ANAPHORA[head.lower_])
    if m.end - m.start != 1 or [c.lower_ for c in head.lefts] != ["the"]:
        return None  # "the oil company", "its parent company", "a firm": another
    return _one_firm(state, earlier, m)


def _one_firm(
    state: CorefState, earlier: list[tuple[Mention, str]], said: Mention | None = None
) -> str | None:
    """The one firm named before, or None (two, none, or one of a list); of two, the
    subject of the last sentence naming them when ``said``, the description, speaks."""
    named = [(prev, key) for prev, key in earlier if _a_firm(prev, key)]
    named = [(prev, key) for prev, key in named if not _a_source(state.doc[prev.start : prev.end])]
    if any(state.doc[prev.start : prev.end].root.conjuncts for prev, _ in named):
        return None  # one of a list: which of them, or another not known as a name
    firms = {key for _, key in named}
    if len(firms) > 1 and said is not None:
        return speaking_firm(state, said, named)
    return firms.pop() if len(firms) == 1 else None


def _plain_organ(m: Mention, head: Token) -> bool:
    """ "the board", "the board of directors", "the management" and what a verb blames
    it for ("accused the board of betraying workers", hung on the noun); not "the
    management of the economy", "a board", "the company's board" (its owner's)."""
    if m.end - m.start != 1 or [c.lower_ for c in head.lefts] != ["the"]:
        return False
    return all(c.dep_ == "punct" or _of_directors_or_deed(c, head) for c in head.rights)


def _of_directors_or_deed(prep: Token, head: Token) -> bool:
    """ "of directors", or the deed it is blamed "of" or "for" (the parser may hang
    that on the noun): "for the decision", "of greed" after "accused", "of
    betraying workers" (the gerund a modifier of its object)."""
    if prep.lower_ == "for" or (prep.lower_ == "of" and head.head.lemma_ == "accuse"):
        return True
    return prep.lower_ == "of" and all(
        o.lower_ in {"directors", "governors", "trustees"} or o.tag_ == "VBG"
        or any(k.tag_ == "VBG" and k.i < o.i for k in o.children)
        for o in prep.children
    )  # fmt: skip


def _a_source(span: Span) -> bool:
    """ "told the X", "according to X": a news source, which says, not does; and a
    paper or broadcaster one speaks to, is interviewed by or writes in ("Speaking to
    CNBC, X said", "in an interview with Radio X", "writing in the Y")."""
    root = span.root
    if root.dep_ in {"dobj", "dative"} and root.head.lemma_ == "tell":
        return True
    if root.dep_ != "pobj":
        return False
    prep, governor = root.head.lower_, root.head.head.lemma_.lower()
    if prep == "to" and governor == "according":
        return True
    return (prep, governor) in _MEDIA_PREPS and names_media([t.text for t in span])


# A preposition and the word it hangs from that put a paper or broadcaster after them
# as the one spoken to: "speaking to CNBC", "an interview with Bloomberg", "writing in X".
_MEDIA_PREPS = frozenset({("to", "speak"), ("to", "talk"), ("with", "interview"),
                          ("in", "write"), ("on", "appear"), ("to", "say")})  # fmt: skip


def _a_firm(prev: Mention, key: str) -> bool:
    if prev.kind != "org" or prev.locative or not key.startswith("org/"):
        return False
    words = prev.text.lower().split()
    if not words or words[-1] in _OTHER_ENDS:
        return False
    return (prev.entry or gazetteer().lookup(prev.text)) is None
