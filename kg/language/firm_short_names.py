"""A firm called by the front of its name after its full name.

Stories name a firm in full once and by its first word after that: "Acme Holdings
signed a deal ... Acme said", "Kestrel Energy Group ... Kestrel said", and a name
glued of a front and a firm word by its front alone: "Velmarfinansgroup bought ...
Velmar said". The model leaves such a front untagged or takes it for a person; it
is the firm when the rest of the full name is only words firms are called by
("Holdings", "Energy", "Group"), or the glued name goes on from the front for four
letters or more to end in one of them, and the front names nothing of its own (no
country, people or place the gazetteer knows: "British" of "British Airways" is no
firm's front) and is no part of a person's full name in the article ("Tom Kestrel
said": the person).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from kg.language.body_words import FIRM_SUFFIXES
from kg.language.gazetteer import gazetteer
from kg.language.given_names import given_names
from kg.language.legal_forms import FOLDED_LEGAL_FORMS
from kg.language.lexicon import TITLE_WORDS, listed_words
from kg.language.mention_record import Mention
from kg.language.places import places

# words that make a town's name a firm's ("Chester Building Society", "Derby Bank")
TOWN_FIRM_WORDS = frozenset(w.lower() for w in listed_words("firm-words.txt")["town"])
_FIRM_ENDINGS = FIRM_SUFFIXES | TOWN_FIRM_WORDS  # what may follow a firm's front name
# and a department's: "the Treasury" after "the Treasury Department"
_BODY_SUFFIXES = _FIRM_ENDINGS | {"department", "ministry"}
# what a shorter name of two words or more leaves off a firm's full name
_DROPPED = FOLDED_LEGAL_FORMS | listed_words("firm-words.txt")["dropped"]
_SHORTEST = 4  # letters of a glued name's front, and of what follows it


def is_head_of(short: str, long: str) -> bool:
    """'Commission' is the head of 'European commission'; 'House' of 'House of
    Representatives'; 'Norco' of 'Norco Motors' (a company word), but not of
    'Norco Powertrain' (another company that carries its name); 'Velmar' of
    'Velmarfinansgroup' (a glued name's front); 'Treasury' of 'Treasury
    Department'.

    >>> is_head_of("Acme", "Acme Holdings"), is_head_of("Acme", "Acme Powertrain")
    (True, False)
    >>> is_head_of("Velmar", "Velmarfinansgroup"), is_head_of("Velmar", "Velmarco")
    (True, False)
    """
    words = long.split()
    if " " in short:
        return front_words(short.split(), words)
    if not short[:1].isupper():
        return False
    if len(words) == 1:
        return glued_front(short, long)
    if short.lower() == words[-1].lower():
        return True
    rest = [w.lower().strip(".,") for w in words[1:]]
    if "of" in rest[1:] and short.lower() == words[rest.index("of")].lower():
        return True  # "the Bank" of "the Reserve Bank of Norland": its head before "of"
    return short.lower() == words[0].lower() and (rest[0] == "of" or set(rest) <= _BODY_SUFFIXES)


def front_words(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether a name of two capitalised words or more opens a longer one that goes on
    only in its legal form, a word of its kind or the plural of what it makes ("Andes
    Mining" of "Andes Mining Corporation", "Orvin Steel" of "Orvin Steel Group", "Tarn
    Valley" of "Tarn Valley Biscuits"; not of "Orvin Steel Trading", another firm that
    carries its name, nor of "Tarn Valley Securities", a group's arm named by its line of
    business).

    >>> front_words(["Andes", "Mining"], ["Andes", "Mining", "Corp"])
    True
    >>> front_words(["Tarn", "Valley"], ["Tarn", "Valley", "Biscuits"])
    True
    >>> front_words(["Andes", "Mining"], ["Andes", "Mining", "Trading"])
    False
    >>> front_words(["Tarn", "Valley"], ["Tarn", "Valley", "Securities"])
    False
    """
    rest = [w.strip(".,") for w in long[len(short) :]]
    return (
        len(short) >= 2
        and all(w[:1].isupper() for w in short)
        and list(long[: len(short)]) == list(short)
        and bool(rest)
        and ({w.lower() for w in rest} <= _DROPPED or _goods(rest))
    )


def _goods(rest: Sequence[str]) -> bool:
    """One capitalised plural that names a firm's goods, no line of business a
    group names its arms by ("Biscuits", "Doughnuts"; not "Securities")."""
    if len(rest) != 1:
        return False
    word = rest[0]
    return (
        word.istitle()
        and word.endswith("s")
        and not word.endswith("ss")
        and word.lower() not in FIRM_SUFFIXES
        and not places().lookup(word)
    )


def _unlisted_names(mentions: Sequence[Mention]) -> Iterator[list[str]]:
    """The words of each organisation's name the gazetteer does not list, without a
    leading "the"."""
    for m in mentions:
        if m.kind == "org" and m.entry is None:
            words = m.text.split()
            yield words[1:] if words and words[0].lower() == "the" else words


def firm_fronts(mentions: Sequence[Mention]) -> set[str]:
    """The fronts of two words or more of the article's firms' names that may stand
    for them ("Tarn Valley" of "Tarn Valley Biscuits"), unless a front opens with a
    given name ("Greta Holm" of "Greta Holm Fashions" may be its founder) or names
    something the gazetteer knows."""
    gz = gazetteer()
    found: set[str] = set()
    for words in _unlisted_names(mentions):
        for k in range(2, len(words)):
            front = words[:k]
            if front_words(front, words) and front[0].lower() not in given_names():
                name = " ".join(front)
                if not (gz.lookup(name) or places().lookup(name)):
                    found.add(name)
    return found


def glued_front(short: str, name: str) -> bool:
    """Whether ``short`` is the front of the one-word firm's name ``name``, glued to
    four letters or more that end in a firm word ("Velmar" of "Velmarfinansgroup")."""
    rest = name[len(short) :].lower()
    return (
        len(short) >= _SHORTEST
        and name.startswith(short)
        and len(rest) >= _SHORTEST
        and any(rest.endswith(w) for w in FIRM_SUFFIXES if len(w) >= _SHORTEST - 1)
    )


def short_firm_names(doc: Doc, mentions: Sequence[Mention]) -> set[str]:
    """The fronts of the article's firms' names that may stand for them alone
    ("Acme" of "Acme Holdings", "Velmar" of "Velmarfinansgroup" when the article
    writes "Velmar")."""
    gz = gazetteer()
    full: set[str] = set()
    glued: list[str] = []
    for words in _unlisted_names(mentions):
        if len(words) >= 2 and {w.lower() for w in words[1:]} <= FIRM_SUFFIXES:
            full.add(words[0])
        elif len(words) == 1:
            glued.append(words[0])
    if glued:
        fronts = {t.text for t in doc if t.is_title and t.is_alpha and t.pos_ == "PROPN"}
        full |= {f for f in fronts for name in glued if glued_front(f, name)}
    return {
        f
        for f in full
        if f.istitle()
        and f.lower() not in TITLE_WORDS
        and not (gz.lookup(f) or gz.demonym(f) or gz.is_place(f))
    }


def firm_long_form(short: str, long: str) -> bool:
    """Whether ``long`` is the one-word name ``short`` followed only by words firms
    are called by: "Chester Building Society", "Derby Bank", "Kelvar Holdings".

    >>> firm_long_form("Derby", "Derby Bank"), firm_long_form("Derby", "Derby Council")
    (True, False)
    """
    words = long.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return (
        len(words) >= 2
        and words[0] == short
        and all(w.lower().strip(".,") in _FIRM_ENDINGS for w in words[1:])
    )


def later_full_name(mentions: Sequence[Mention], m: Mention, short: str) -> str | None:
    """The one firm's full name a story gives after calling it by a town's name
    ``short`` first ("Prices fell, the Chester said. Chester Building Society is
    ...": Chester Building Society); None with none, or with two ("Derby Bank" and
    "Derby Insurance"). Only a town's: a firm's own short name before a longer one
    is often the group before its arm ("Barclays ... Barclays Capital")."""
    if " " in short or places().lookup(short) is None:
        return None
    names = {
        " ".join(w for w in o.text.split() if w.lower() != "the")
        for o in mentions[m.id + 1 :]
        if o.kind == "org" and o.entry is None and firm_long_form(short, o.text)
    }
    return names.pop() if len(names) == 1 else None
