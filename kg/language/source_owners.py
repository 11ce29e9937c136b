"""Whose post a possessive before the source of a closing attribution names.

A sentence that tells a side's deed and ends by citing the side's own official
gives the official's post to the side it tells of, the subject of the clause
reported, not the actor named nearest before the possessive:

- "Peru signed a pact with Chile on Friday, the country's foreign minister, Lucia
  Paredes, said": Paredes is Peru's minister (not Chile's);
- "The UN mission in Mali will close, its head, Pierre Dubois, said": Dubois heads
  the UN's mission (not Mali);
- "The Azure Front rejected the offer, the group's spokesman Hassan Khalil said",
  also "..., said its president, Ana Ruiz", "..., Ana Ruiz, its president, said" and
  "..., according to its president, Ana Ruiz".

"its" stands for a country or a body, "the country's" (``COUNTRY_ANAPHORA``) for a
country, "the group's" and the other nouns of ``ORG_ANAPHORA`` for a body. When the
subject names two that fit ("Peru and Chile signed a pact, the country's foreign
minister said") the possessive stays unresolved; when it names none (a person, a
thing), the other rules of coreference decide.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.coref_state import SUBJECT_DEPS, CorefState
from kg.language.event_words import SPEECH_VERBS
from kg.language.lexicon import COUNTRY_ANAPHORA, ORG_ANAPHORA
from kg.language.mentions import Mention
from kg.language.names import POSSESSIVE_ENDINGS

_BODIES = ("org/", "group/")
# what a title's words and the holder's name are made of, between the possessive
# and the verb of saying
_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
# the words of a subject's noun that name whose it is: "the UN mission", "Chile's army"
_OWNING_DEPS = frozenset({"compound", "poss", "amod", "nmod", "det"})


def source_owner(state: CorefState, m: Mention) -> tuple[str | None] | None:
    """For a possessive ``m`` ("its", "the country's", "the group's") before the
    title of a closing attribution's source, the subject of the clause reported, or
    ``(None,)`` when two fit; ``None`` when the construction is not there or its
    subject names none that fits."""
    doc = state.doc
    fits = _fits(doc, m)
    if fits is None:
        return None
    first = m.start - 1 if m.kind == "description" and m.start > 0 else m.start
    if m.kind == "description" and doc[first].lower_ != "the":
        return None
    after = m.end + (m.kind == "description")
    clause_end, said_before = _opening(doc, first)
    if clause_end is None or not _closing(doc, after, said_before):
        return None
    subject = _subject(doc, doc[first].sent.start, clause_end)
    if subject is None:
        return None
    words = _subject_words(subject)
    keys = {
        key
        for x in state.mentions[: m.id]
        if (key := state.linked.get(x.id)) is not None
        and key.startswith(fits)
        and any(x.start <= i < x.end for i in words)
    }
    if not keys:
        return None
    return (keys.pop(),) if len(keys) == 1 else (None,)


def _fits(doc: Doc, m: Mention) -> tuple[str, ...] | None:
    """The kinds of actor the possessive may stand for, or None for no possessive."""
    if m.kind == "pronoun":
        return ("country/", *_BODIES) if m.text.lower() == "its" else None
    if m.kind != "description" or m.end >= len(doc) or doc[m.end].text not in POSSESSIVE_ENDINGS:
        return None
    words = m.text.lower().split()
    if len(words) != 1:
        return None  # "the regional group's": which one is for the other rules
    if words[0] in COUNTRY_ANAPHORA:
        return ("country/",)
    return _BODIES if words[0] in ORG_ANAPHORA else None


def _speech(t: Token) -> bool:
    return t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in SPEECH_VERBS


def _opening(doc: Doc, first: int) -> tuple[int | None, bool]:
    """The comma that closes the clause reported before the possessive at ``first``
    (the holder's name, "said" or "according to" may stand between), and whether a
    verb of saying stands there; (None, False) when there is no such comma."""
    k = first - 1
    said = False
    comma = None
    while k > doc[first].sent.start:
        t = doc[k]
        if t.text == ",":
            comma = k
        elif _speech(t) or (t.lower_ == "to" and doc[k - 1].lower_ == "according"):
            said = True
            k -= t.lower_ == "to"  # (and "according")
        elif t.ent_type_ != "PERSON":
            break
        k -= 1
    if comma is None or comma != k + 1:
        return None, False
    return comma, said


def _closing(doc: Doc, after: int, said_before: bool) -> bool:
    """Whether the title and name after the possessive end in a verb of saying (or
    the sentence ends there, after "said" or "according to")."""
    sent_end = doc[after - 1].sent.end
    for k in range(after, sent_end):
        t = doc[k]
        if t.text in {",", "-", "of"} or t.pos_ in _TITLE_POS or t.ent_type_ == "PERSON":
            continue
        if t.pos_ == "AUX" and k + 1 < sent_end and _speech(doc[k + 1]):
            continue  # "..., the party's election chief, X, has said"
        if _speech(t):
            return not said_before
        return said_before and (t.is_punct or t.pos_ == "ADP")  # "..., on Friday."
    return said_before


def _subject(doc: Doc, start: int, end: int) -> Token | None:
    """The subject of the main verb of the clause ``doc[start:end]``."""
    for t in doc[start:end]:
        top = t.head.i == t.i or not start <= t.head.i < end
        if top and t.pos_ in {"VERB", "AUX"}:
            return next((c for c in t.children if c.dep_ in SUBJECT_DEPS and c.i < end), None)
    return None


def _subject_words(subject: Token) -> set[int]:
    """The subject's words that name who it is: the noun and its conjuncts, with the
    words before each that say whose it is ("The UN mission in Mali": the UN, not
    Mali)."""
    out: set[int] = set()
    for noun in (subject, *subject.conjuncts):
        out.add(noun.i)
        stack = [c for c in noun.lefts if c.dep_ in _OWNING_DEPS]
        while stack:
            t = stack.pop()
            out.add(t.i)
            stack.extend(c for c in t.lefts if c.dep_ in _OWNING_DEPS | {"case"})
    return out
