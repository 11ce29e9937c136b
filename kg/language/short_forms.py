"""A body's short form shared by two bodies of its article: "the Commission" after
"the European Commission" and "the African Union Commission" names neither (which
one, the story does not say); after one of them it is that one
(:meth:`kg.language.actors._Resolver._org`).

Initials that several bodies share: "ICC" is a court in a story on war crimes and
a cricket council in a story on a tournament; "BNP" a British party in a story on
Burnley and a Bangladeshi one in a story on Dhaka.

The gazetteer writes such a short form "?ICC", as it writes an ambiguous party name
"?Labour" (``data/organisations.tsv``). Here, before the mentions are linked, each
such form written in capitals is settled by its article:

* the body's long form or another sure name of it in the article wins ("the
  International Criminal Court ... the ICC");
* a national body's initials name it in a story about its country (the rule the
  ambiguous party names follow), a body of no country's name it unless the story
  is of another field: a sentence or an article on sport ("innings", "wickets"),
  or a title only a firm or a sports body gives right after the initials ("ICC
  chief executive X": a court has none);
* otherwise the initials are no listed body's: the mention loses its entry, and
  the initials name a body of their own (or the body the article spelt out with
  those initials, "the International Cricket Council ... ICC"), with no link.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from kg.language.actor_context import article_countries
from kg.language.gazetteer import Entry
from kg.language.lexicon import listed_words
from kg.language.mention_record import Mention
from kg.language.names import clean_name
from kg.language.short_names import is_acronym_of
from kg.language.town_firms import firm_title_after

_SPORT_REPORT = 3  # different sport words that make an article a report on sport


@cache
def sport_word() -> re.Pattern[str]:
    """Any of the listed sport words, as written (lower case), hyphens and all."""
    words = sorted(frozenset().union(*listed_words("sport-words.txt").values()), key=len)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, reversed(words))) + r")(?![\w-])")


def settle_short_forms(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Settle the ambiguous initials among ``mentions`` (in place) and return the
    countries the article is about (:func:`article_countries`). The same initials
    name one body throughout an article."""
    countries = article_countries(mentions)
    sure = {m.entry.key for m in mentions if m.entry is not None and not m.entry.contextual}
    shared = [m for m in mentions if m.entry is not None and m.entry.contextual
              and clean_name(m.text).replace(".", "").isupper()]  # fmt: skip
    elsewhere = {m.entry.key for m in shared if m.entry and _elsewhere(doc, mentions, m)}
    for m in shared:
        e = m.entry
        assert e is not None
        if e.key in sure or (
            not out_of_its_country(e, countries) if e.country else e.key not in elsewhere
        ):
            mentions[m.id] = replace(m, entry=replace(e, contextual=False))
        else:
            mentions[m.id] = replace(m, entry=None)
    return countries


def out_of_its_country(entry: Entry, countries: AbstractSet[str]) -> bool:
    """Whether ``entry`` is a name several bodies share ("?ICC", "?Labour") in an
    article that is not about the country of the one listed (``countries``: those
    :func:`settle_short_forms` returns); a body of no country is out of it too."""
    return entry.contextual and entry.country not in countries


def _elsewhere(doc: Doc, mentions: Sequence[Mention], m: Mention) -> bool:
    """Whether the story of ``m`` is of a field its listed body is not: sport (in
    its sentence, or an article full of sport words), or a firm's title after it; or
    whether a country owns the initials ("Japan's SDF sent troops"), when their body
    belongs to none."""
    if firm_title_after(doc, m.end):  # "ICC chief executive X"
        return True
    if _owned_by_a_country(doc, mentions, m):
        return True
    sentence = doc[m.start].sent.text
    if sport_word().search(sentence):
        return True
    return len(set(sport_word().findall(doc.text))) >= _SPORT_REPORT


def _owned_by_a_country(doc: Doc, mentions: Sequence[Mention], m: Mention) -> bool:
    """ "Japan's SDF", "the Japanese SDF": initials a country's name or adjective owns,
    heading their phrase (not "Kenya's ICC case")."""
    if m.end < len(doc) and doc[m.end].pos_ in {"NOUN", "PROPN"}:
        return False
    start = m.start - 1 if m.start and doc[m.start - 1].text in {"'s", "\u2019s"} else m.start
    return any(
        o.end == start and o.entry is not None and o.entry.type == "Country"
        for o in mentions
        if o.kind in {"country", "demonym"}
    )


def rival_body(
    before: Sequence[Mention], by_mention: Mapping[int, str], key: str, name: str, found: Mention
) -> bool:
    """Whether a body other than ``key`` (named by ``found``, whose last word is the one
    word ``name``), named in ``before``, ends with ``name`` too ("Commission" after
    "European Commission" and "AU Commission"). A name's first word before "of" is
    that body's alone ("the Bank" after "Bank of England", beside "Central Bank" or
    "the Central Bank of Norland"); a later word before "of" is not, when another body
    has the same word there ("the Bank" after "the Bank of England" and "the Reserve
    Bank of Norland": neither)."""
    if " " in name or name.isupper():
        return False  # (initials name one body: the nearest that has them)
    low = name.lower()
    if _head_before_of(found.text) == low != _strip_the(found.text).split()[0].lower():
        return any(
            m.kind == "org"
            and by_mention.get(m.id) not in {None, key}
            and _head_before_of(m.text) == low
            for m in before
        )
    if found.text.split()[-1].lower() != low:
        return False
    return any(
        m.kind == "org"
        and by_mention.get(m.id) not in {None, key}
        and len(words := m.text.split()) > 1  # (not the short form itself again)
        and words[-1].lower() == low
        for m in before
    )


def _head_before_of(name: str) -> str:
    """ "bank" of "the Reserve Bank of Norland" and of "Bank of England"; "" for a
    name with no "of"."""
    words = _strip_the(name).lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else ""


def _strip_the(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


def rival_initials(
    before: Sequence[Mention], by_mention: Mapping[int, str], key: str, initials: str
) -> bool:
    """Whether a body other than ``key``, named in full in ``before``, has the
    ``initials`` too: "K&M" after "Kestrel & Moore" and "Kendal & Marsh" is neither."""
    return any(
        m.kind == "org"
        and by_mention.get(m.id) not in {None, key}
        and " " in m.text
        and is_acronym_of(initials, m.text)
        for m in before
    )
