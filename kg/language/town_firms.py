"""A firm named after its town, called by the town's name: "the Chester" after (or
before) "Chester Building Society", "the Derby" beside "Derby Bank".

A one-word name the place list knows is a town (:func:`kg.language.actor_context.is_place`),
whatever the model tagged. It is the firm instead when the story shows a firm of that
name, and the name is definite ("the Chester said", "surveys from the Chester"), a
clause's subject ("Chester said it would open branches") or the object of a verb that
judges its object for what it did ("X accused Orion of hiding losses" after "Orion
Holdings", "X criticised Phoenix for the sacking" after "Phoenix Media": no town is
accused or praised, though the model tags it a place or a person). The story shows one:

* by naming one firm the town's name and firm words make ("Chester Building Society",
  "Derby Bank", "Bristol Mutual"; the words are data, ``town`` in
  ``data/firm-words.txt``);
* or, with no such firm named, by making "the" town (a firm's name to the model, and
  no region's) the subject of a verb of speech ("the Derby has said", a town itself
  takes no "the") or of a verb that reports a firm's results ("the Derby posted a
  loss"; ``results`` and ``reporting`` in the same file).

Before a title only a firm gives, a town's name is the firm's when the story names
one firm of that name ("Chester Building Society ... Chester chief executive Ann Lee
said": she runs the society), never a town's alone ("Derby chief executive Ann Lee",
with no Derby firm: the council's; "Chester mayor Ann Lee": a town's post).

Not a town that only qualifies a noun ("the Chester office", "the Derby branch"), a
town after "in", "of" or "to" with no "the" ("a branch in Chester", "residents of
Chester"), a place named with "the" and no firm of its name ("flooding in the Wirral",
a region), nor a town beside two firms of its name ("Derby Bank" and "Derby Insurance").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.language.event_words import JUDGING_VERBS, SPEECH_VERBS
from kg.language.firm_short_names import firm_long_form
from kg.language.lexicon import SUBJECT_DEPS, listed_words
from kg.language.mention_record import Mention
from kg.language.names import clean_name
from kg.language.places import places

_WORDS = listed_words("firm-words.txt")
_RESULTS = _WORDS["results"]
_REPORTING = _WORDS["reporting"]
FIRM_TITLES = tuple(tuple(w.split("+")) for w in _WORDS["title"])


def firm_title_after(doc: Doc, end: int) -> bool:
    """Whether a title only a firm gives starts at token ``end``: "chief executive",
    "chairman" (data: ``title`` in ``data/firm-words.txt``)."""
    after = [t.lower_ for t in doc[end : end + 2]]
    return any(after[: len(title)] == list(title) for title in FIRM_TITLES)


def town_firm(doc: Doc, m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the body mention ``m``, a town's one-word name, names a firm of that
    name (see the module's rules)."""
    name = clean_name(m.text)
    titled = firm_title_after(doc, m.end)  # "Chester chief executive Ann Lee"
    if not _named(doc, m, name, titled):
        return False
    root = doc[m.start : m.end].root
    judged = root.dep_ == "dobj" and root.head.lemma_.lower() in JUDGING_VERBS
    if not (titled or _definite(doc, m) or root.dep_ in SUBJECT_DEPS or judged):
        return False
    full = {
        clean_name(o.text) for o in mentions if o.kind == "org" and firm_long_form(name, o.text)
    }
    if len(full) > 1:
        return False  # "Derby Bank" and "Derby Insurance": which?
    if titled:
        return bool(full)  # (a town's council has a chief executive too)
    return bool(full) or any(
        _acts_as_firm(doc, o) for o in mentions if _named(doc, o, name) and _definite(doc, o)
    )


def _named(doc: Doc, m: Mention, name: str, titled: bool = False) -> bool:
    """``m`` is a body's one-word name ``name``, not qualifying a noun after it
    (``titled``: unless that noun is a firm's title)."""
    if m.kind != "org" or m.entry is not None or " " in name or not name[:1].isupper():
        return False
    compound = doc[m.start : m.end].root.dep_ == "compound"
    return clean_name(m.text) == name and (titled or not compound)


def _definite(doc: Doc, m: Mention) -> bool:
    """ "the Chester" ("The Hague", a name with its "the", is the gazetteer's)."""
    return m.start > 0 and doc[m.start - 1].lower_ == "the"


def _acts_as_firm(doc: Doc, m: Mention) -> bool:
    """ "the Derby has said", "the Derby posted a loss": a town's name, no region's."""
    place = places().lookup(clean_name(m.text))
    root = doc[m.start : m.end].root
    if place is None or place.kind != "city" or root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_.lower() in SPEECH_VERBS:
        return True
    return verb.lemma_.lower() in _REPORTING and any(
        c.dep_ == "dobj" and c.lower_ in _RESULTS for c in verb.children
    )
