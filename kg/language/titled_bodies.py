"""A body named right before a title and a person's name: a state's force ("Nigerian
Army spokesman Brigadier General Sani Musa", "Ghanaian Navy chief Rear Admiral Kofi
Mensah", "Kenyan Air Force commander X", "Ugandan Police spokesman Y") or an organ
of an international body ("ECOWAS Commission President X").

The holder serves that body: the name is a body of its own, as "Kenyan Air Force"
(whose head word no state's own head is read as) and "EU Commission" always were. A
force belongs to the country whose people's adjective or name opens it, so the holder
holds the country's post too. When a force itself acts ("The Nigerian Army said") it
still stands for its country (:meth:`kg.language.actors._Resolver._org`), and "the
Nigerian army", "Chile's navy" (common words) are the country's as before.

- :func:`body_spans`: the name as one body where the model tagged only a part of it
  or none (asked by :func:`kg.language.untagged_bodies.bodies_before_posts`);
- :func:`titled_force`: whether a force's mention is such a name before a post
  (asked by :mod:`kg.language.actors`);
- :func:`force_country`: the country that opens a force's name (asked by
  :mod:`kg.extract.role_owners`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span

from kg.language.common_forces import FORCE_HEADS
from kg.language.gazetteer import Entry, Gazetteer, gazetteer
from kg.language.lexicon import HONORIFICS, PORTFOLIO_TITLES, TITLE_WORDS
from kg.language.state_bodies import STATE_FORCE_WORDS
from kg.language.token_table import Story

# the words a post may hold before its holder's name: ranks and parts of the post
# ("chief of staff General X", "spokesman Brigadier General X")
_MAX_BEFORE_NAME = 5
_FORCE_WORDS = STATE_FORCE_WORDS | FORCE_HEADS
# The organs of an international body named by its name and the organ's: "ECOWAS
# Commission", "SADC Secretariat", "IGAD Council".
_ORGANS = frozenset(
    "commission council secretariat parliament court assembly committee tribunal".split()
)


def force_country(gz: Gazetteer, name: str) -> Entry | None:
    """The country whose people's adjective or name opens ``name``, the rest of
    which are capitalised words of a state's forces ending in a force's head: "Nigerian
    Army", "Kenyan Air Force", "Ghana Navy"; not "the Nigerian army" (common words),
    "Free Syrian Army" or "Arakan Army" (no country first)."""
    words = name.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) < 2 or not _force_words(words[1:]):
        return None
    country = gz.demonym(words[0]) or gz.lookup(words[0])
    return country if country is not None and country.type == "Country" else None


def _force_words(words: Sequence[str]) -> bool:
    return words[-1].lower() in FORCE_HEADS and all(
        w[:1].isupper() and w.lower() in _FORCE_WORDS for w in words
    )


def titled_force(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a force's name as :func:`force_country` reads
    it, right before a post and its holder's name ("Nigerian Army spokesman Sani Musa")."""
    if end >= len(doc) or force_country(gazetteer(), doc[start:end].text) is None:
        return False
    return doc[end].lower_ in TITLE_WORDS and _holder_after(doc, end)


def _holder_after(doc: Doc, post: int) -> bool:
    """A person's name follows the post at ``post``, after its other words and ranks."""
    for k in range(post + 1, min(post + 1 + _MAX_BEFORE_NAME, len(doc))):
        t = doc[k]
        if t.ent_type_ == "PERSON":
            return True
        if t.text.endswith(".") and t.text[:-1] in HONORIFICS:
            continue  # a rank written short: "Armed Forces chief Gen. X"
        if not (t.is_alpha and t.pos_ in {"NOUN", "PROPN", "ADJ", "ADP"}):
            return False  # ("chief of staff General X"; not "spokesman said X")
    return False


def body_spans(doc: Doc, spans: list[Span], story: Story) -> Iterable[Span]:
    """ORG spans for the names of forces and organs before a named person's post that
    the model did not tag as one name: "Ghanaian Navy chief X" ("Navy" untagged),
    "Kenyan Air Force commander X" ("Kenyan" a people, "Air Force" a body), "ECOWAS
    Commission President X" ("ECOWAS" alone)."""
    people = {s.start for s in spans if s.label_ == "PERSON"}
    whole = {(s.start, s.end) for s in spans if s.label_ == "ORG"}
    for i in range(len(doc) - 2):
        if not doc[i].is_title and not doc[i].is_upper:
            continue
        end = _force_end(doc, i, story) or _organ_end(doc, i, story)
        if end is None or (i, end) in whole or end >= len(doc):
            continue
        if doc[end].lower_ in PORTFOLIO_TITLES and doc[end].is_title:
            continue  # "Italian Armed Forces Minister X": a minister's field, no force's head
        if doc[end].lower_ in TITLE_WORDS and any(
            end < s <= end + _MAX_BEFORE_NAME for s in people
        ):
            yield Span(doc, i, end, label="ORG")


def _force_end(doc: Doc, i: int, story: Story) -> int | None:
    """The end of a force's name that a country's adjective or name at ``i`` opens."""
    country = story.demonym(doc[i].text) or story.lookup(doc[i].text)
    if country is None or country.type != "Country":
        return None
    end = i + 1
    while end < len(doc) and doc[end].is_title and doc[end].lower_ in _FORCE_WORDS:
        end += 1
    while end > i + 1 and doc[end - 1].lower_ not in FORCE_HEADS:
        end -= 1  # "Kenyan Air Force Academy": no force's head last
    return end if end > i + 1 else None


def _organ_end(doc: Doc, i: int, story: Story) -> int | None:
    """The end of an organ's name that an international body's name at ``i`` opens."""
    body = story.lookup(doc[i].text)
    if body is None or body.type != "Organization" or body.country is not None:
        return None
    end = i + 1
    if end < len(doc) and doc[end].is_title and doc[end].lower_ in _ORGANS:
        return end + 1
    return None
