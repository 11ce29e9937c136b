"""People within one article: which mentions name the same person.

A surname or a partial name joins the full name the article gives ("Reyes", "Mr
Lowe", "Rashid" -> "Karim al-Rashid"); of several people it fits ("Kim"), the one
the article has named most so far. A peer's title ("Baroness Vale") joins a Vale
of the article only when the title, or a single namesake, tells which; otherwise
the peer keeps the title as the name. A name the model typed as something else
("Mercier" as an organisation) is still the person when a full name fits it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.language.body_words import FIRM_NOUNS
from kg.language.lexicon import NAME_PARTICLES, PEER_TITLES
from kg.language.mentions import Mention
from kg.language.misspelt_names import misspelt_surname
from kg.language.name_sexes import given_name_sex, other_sex, title_sex
from kg.language.names import split_role
from kg.language.namesakes import listed_namesakes
from kg.language.peer_names import commoner, read_peers
from kg.language.slugs import slug

# Kinds of mention a person's name may hide under (the model types names loosely).
_NAME_KINDS = frozenset({"person", "org", "place", "country"})
_PARTICLES = {"al", "el", "de", "da", "van", "von", "bin", "ibn", "abu", "del", "la", "le"}
PEERS = PEER_TITLES
# Royals are named by their given name: "Prince Edwin" is no Edwin Marsh.
_ROYALTY = {"Prince", "Princess", "King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Pope"}
_PEERS_AND_ROYALTY = PEERS | _ROYALTY


@dataclass(frozen=True)
class PersonLink:
    """A mention linked to a person: its key, the person's name, and the form the
    mention gave when that differs (kept as an alias)."""

    mention: int
    key: str
    name: str
    alias: str | None = None


def link_people(doc: Doc, mentions: list[Mention], skip: set[int]) -> Iterator[PersonLink]:
    """Person keys for the mentions (ids not in ``skip``) that name people."""
    names: dict[str, str] = {}  # (a name the article repeats is cleaned once)
    cleaned: dict[int, str] = {}
    # the word before each name, read once (spaCy makes a new Token at every doc[i])
    # for its peer's title and honorific
    peer_of: dict[int, str | None] = {}
    honorific_of: dict[int, str | None] = {}
    for m in mentions:
        if m.id not in skip and m.kind in _NAME_KINDS:  # (only the kinds a name may hide under)
            if m.text not in names:
                names[m.text] = clean_person_name(m.text)
            cleaned[m.id] = names[m.text]
            before = doc[m.start - 1].text if m.start > 0 else ""
            peer_of[m.id] = _peerage(before, m.text)
            honorific_of[m.id] = _honorific(before, m.text)
    tokens: dict[str, list[str]] = {}  # (and tokenised once)
    toks_of = {i: _name_tokens(name, tokens) for i, name in cleaned.items()}
    # a full name has two comparable words, or a particle before one ("Al Gore",
    # whose "Gore" is then his: "El Guerrouj" still joins "Hicham El Guerrouj")
    full = [(m, _name_tokens(m.text, tokens)) for m in mentions
            if m.id not in skip and m.kind == "person" and (len(toks_of[m.id]) >= 2 or (
                len(toks_of[m.id]) == 1 and _opens_with_particle(cleaned[m.id])))]  # fmt: skip
    # Longest full names first, so "Park Min Ho" is canonical for "Park".
    canon: dict[str, tuple[str, list[str]]] = {}
    for m, _ in sorted(full, key=lambda p: -len(p[1])):
        toks = toks_of[m.id]
        if not any(is_part(toks, ctoks) for _, ctoks in canon.values()):
            name = cleaned[m.id]
            canon[f"person/{slug(name)}"] = (name, toks)
    peers = {f"person/{slug(cleaned[m.id])}" for m, _ in full if peer_of[m.id]}
    surnamed, knights = _address_forms(mentions, toks_of, canon, honorific_of)
    sex_of = _canon_sexes(full, canon, toks_of, peer_of, honorific_of)
    by_title = [(m, peer, cleaned[m.id], _territorial(doc, m, "") is not None)
                for m in mentions if (peer := peer_of.get(m.id)) and peer not in _ROYALTY
                and len(toks_of[m.id]) == 1]  # fmt: skip
    peer_names = read_peers(doc, by_title, [m for m, _ in full])
    # (read only for a peer named by title and one name: none, no walk)
    first_full, commoners = (
        _namesakes(doc, mentions, full, canon, toks_of, honorific_of, sex_of)
        if by_title
        else ({}, set())
    )
    linked: dict[int, str] = {}
    for m in mentions:
        if m.id in skip or m.kind not in _NAME_KINDS:
            continue
        toks = toks_of[m.id]
        if not toks:
            continue
        if m.kind != "person" and (m.entry is not None or len(toks) > 3 or _a_firm(doc, m)):
            continue
        candidates = [k for k, (_, ctoks) in canon.items() if is_part(toks, ctoks)]
        if not candidates and len(toks) == 1:
            # "Mr Benitez" for Galo Benitez Arroyo: the first of two surnames, as
            # Spanish and Portuguese usage names a person (only one such person)
            firsts = [
                k for k, (_, ctoks) in canon.items() if len(ctoks) >= 3 and ctoks[-2] == toks[0]
            ]
            candidates = firsts if len(firsts) == 1 else []
        if not candidates and len(toks) == 1 and m.kind == "person":
            # "Kellend said" for Tobias Kelland: a surname spelt two ways
            slip = misspelt_surname(toks[0], (ctoks[-1] for _, ctoks in canon.values()))
            candidates = [k for k, (_, ctoks) in canon.items() if slip and ctoks[-1] == slip]
        peer = peer_of[m.id]
        told = title_sex(peer or honorific_of[m.id]) if len(toks) == 1 else ""
        namesakes = len(candidates)
        # "Lady Vale", "Mrs Vale": no Tom Vale of the article, nor a knight ("Sir")
        candidates = [k for k in candidates if not other_sex(told, sex_of.get(k, ""))]
        if peer and len(toks) == 1:
            # "Baroness Vale": of several Vales the one with a peer's title;
            # with none named here, the peer keeps the title (no commoner's name)
            titled = [k for k in candidates if k in peers]
            name = peer_names.known_as(f"{peer} {cleaned[m.id]}")  # "Lady Vale": "Baroness Vale"
            tied = peer_names.ties.get(name)
            if tied is not None:  # "Tom Vale, now Lord Vale"
                candidates = [k for k, (_, ctoks) in canon.items() if is_part(toks_of[tied], ctoks)]
            elif (peer in _ROYALTY or m.id in peer_names.placed or name in peer_names.apart
                  or namesakes != 1):  # fmt: skip
                candidates = []  # "Lord Vale of Ardley" is no Tom Vale; a royal no "Edwin"
            else:  # "Betty Vale ... Baroness Vale", not "Tom Vale MP ... Lord Vale"
                first = peer_names.first_at.get(name, m.start)
                candidates = [k for k in candidates if k not in commoners
                              and first_full.get(k, first) < first]  # fmt: skip
            candidates = titled or candidates
            if not candidates:
                form = _territorial(doc, m, name) or (
                    None if name == f"{peer} {cleaned[m.id]}" else f"{peer} {cleaned[m.id]}"
                )
                linked[m.id] = f"person/{slug(name)}"
                yield PersonLink(m.id, linked[m.id], name, form)
                continue
        if len(toks) == 1 and not peer and honorific_of[m.id] in _PLAIN_HONORIFICS:
            # "Mr Hale" is no Hale Dorn whom the story calls "Mr Dorn", nor a
            # knight, whom the story calls "Sir" and never "Mr" (a bare "Hale"
            # may still be him: quotes use first names)
            candidates = [k for k in candidates if k not in knights and not
                          (k in surnamed and _given_name_only(toks, canon[k][1]))]  # fmt: skip
        if not candidates and len(toks) == 1 and not honorific_of[m.id] and not peer:
            # "Vale added" after "Lord Vale of Ardley": the article's one peer Vale
            ours = peer_names.by_surname.get(toks[0], set())
            if len(ours) == 1 and m.kind in {"person", "org"} and not m.locative:
                name = next(iter(ours))
                linked[m.id] = f"person/{slug(name)}"
                yield PersonLink(m.id, linked[m.id], name, cleaned[m.id])
                continue
        if len(candidates) > 1 and listed_namesakes(doc, mentions, m, candidates, linked):
            continue  # "Ana Moreno and Luis Moreno ... Moreno": which of the two?
        if len(candidates) > 1:
            candidates = [_most_salient(mentions, m, candidates, linked)]
        if candidates:
            key = candidates[0]
            linked[m.id] = key
            name = canon[key][0]
            yield PersonLink(m.id, key, name, cleaned[m.id] if m.text != name else None)
        elif m.kind == "person":
            name = cleaned[m.id]
            if namesakes and told and len(toks) == 1:
                name = f"{honorific_of[m.id]} {name}"  # "Mrs Vale", beside a Tom Vale
            linked[m.id] = f"person/{slug(name)}"
            yield PersonLink(m.id, linked[m.id], name)


def _namesakes(
    doc: Doc,
    mentions: list[Mention],
    full: list[tuple[Mention, list[str]]],
    canon: dict[str, tuple[str, list[str]]],
    toks_of: dict[int, list[str]],
    honorific_of: dict[int, str | None],
    sex_of: dict[str, str],
) -> tuple[dict[str, int], set[str]]:
    """Where each person of ``canon`` is first named in full, and the commoners: a
    name the article seats in an elected house ("Tom Vale MP") or calls "Mr",
    "Mrs" or "Ms", whom no peer's title names."""
    first: dict[str, int] = {}
    commoners: set[str] = set()
    full_ids = {id(f) for f, _ in full}
    for m in mentions:
        toks = toks_of.get(m.id)
        plain = toks is not None and len(toks) == 1 and honorific_of[m.id] in _PLAIN_HONORIFICS
        is_full = id(m) in full_ids
        for key, (_, ctoks) in canon.items():
            if toks and is_part(toks, ctoks):
                if plain and other_sex(title_sex(honorific_of[m.id]), sex_of.get(key, "")):
                    continue  # ("Mrs Vale" is no Tom Vale)
                if is_full:
                    first.setdefault(key, m.start)
                if plain or (is_full and commoner(doc, m)):
                    commoners.add(key)
    return first, commoners


def _canon_sexes(
    full: list[tuple[Mention, list[str]]],
    canon: dict[str, tuple[str, list[str]]],
    toks_of: dict[int, list[str]],
    peer_of: dict[int, str | None],
    honorific_of: dict[int, str | None],
) -> dict[str, str]:
    """The sex each full name of the article tells, by its given name or by a
    title before any of its full mentions ("Sir Tom Vale"); "" when none does or
    two disagree."""
    found: dict[str, set[str]] = {key: {given_name_sex(toks)} for key, (_, toks) in canon.items()}
    for m, _ in full:
        sex = title_sex(peer_of[m.id] or honorific_of[m.id])
        for key, (_, ctoks) in canon.items():
            if sex and is_part(toks_of[m.id], ctoks):
                found[key].add(sex)
    out = {}
    for key, sexes in found.items():
        sexes.discard("")
        out[key] = sexes.pop() if len(sexes) == 1 else ""
    return out


def _territorial(doc: Doc, m: Mention, name: str) -> str | None:
    """The peer's title with its place after the name ("Lord Vale of Ardley", with
    ``name`` "Lord Vale"), None when no place follows."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ != "of" or not doc[m.end + 1].is_title:
        return None
    end = m.end + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    return f"{name} of {doc[m.end + 1 : max(end, m.end + 2)].text}"


_PLAIN_HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Mister", "Mr.", "Mrs.", "Ms."}
_KNIGHTHOOD = {"Sir", "Dame"}
_HONORIFICS = _PLAIN_HONORIFICS | _KNIGHTHOOD


def honorific(doc: Doc, m: Mention) -> str | None:
    """The honorific of a name ("Mr Dorn", "Sir Hugh"), in it or right before it."""
    return _honorific(doc[m.start - 1].text if m.start > 0 else "", m.text)


def _honorific(before: str, text: str) -> str | None:
    words = text.split()
    first = words[0] if words else ""
    return next((w for w in (first, before) if w in _HONORIFICS), None)


def _address_forms(
    mentions: list[Mention],
    toks_of: dict[int, list[str]],
    canon: dict[str, tuple[str, list[str]]],
    honorific_of: dict[int, str | None],
) -> tuple[set[str], set[str]]:
    """The people of ``canon`` the article calls by their last name alone ("Mr
    Dorn" for Hale Dorn: the first name is a given name, not a surname), and
    the knights and dames (named with "Sir"/"Dame")."""
    by_last: dict[str, list[str]] = {}
    for key, (_, full) in canon.items():
        if len(full) >= 2:
            by_last.setdefault(full[-1], []).append(key)
    surnamed: set[str] = set()
    knights: set[str] = set()
    for m in mentions:
        if m.id not in toks_of or m.kind not in _NAME_KINDS:
            continue
        toks = toks_of[m.id]
        if len(toks) == 1:
            surnamed.update(by_last.get(toks[0], ()))
        if toks and honorific_of[m.id] in _KNIGHTHOOD:
            knights.update(k for k, (_, full) in canon.items() if is_part(toks, full))
    return surnamed, knights


def _given_name_only(toks: list[str], full: list[str]) -> bool:
    """A one-word name that fits only the first word of a full name."""
    return toks == full[:1] and toks != full[-1:]


def _most_salient(mentions: list[Mention], m: Mention, keys: list[str],
                  linked: dict[int, str]) -> str:  # fmt: skip
    """Of several people a surname fits ("Kim"), the one the article has named
    most so far; on a tie, the most recent."""
    counts = {k: 0 for k in keys}
    last = {k: -1 for k in keys}
    for prev in mentions[: m.id]:
        key = linked.get(prev.id)
        if key in counts:
            counts[key] += 1
            last[key] = prev.id
    return max(keys, key=lambda k: (counts[k], last[k]))


_SPACES = re.compile(r"[\s]+")
_ARTICLE_PREFIX = re.compile(r"^(al|el)-")


def name_tokens(name: str) -> list[str]:
    """Comparable tokens of a person name: 'Karim al-Rashid' -> ['karim', 'rashid']."""
    out = []
    for part in _SPACES.split(name.lower().replace("\u2019", "'")):
        part = _ARTICLE_PREFIX.sub("", part).strip(".,'")
        if part and part not in _PARTICLES:
            out.append(part)
    return out


def _opens_with_particle(name: str) -> bool:
    """ "Al Gore", "El Guerrouj": a particle, then one more word."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in _PARTICLES and words[0][:1].isupper()


def peerage(doc: Doc, m: Mention) -> str | None:
    """The peer's or royal's title of a name ("Baroness Vale", "Prince Edwin",
    "ex-King Otto"), in it or right before it."""
    return _peerage(doc[m.start - 1].text if m.start > 0 else "", m.text)


def _peerage(before: str, text: str) -> str | None:
    words = [p for w in [before, *text.split()[:-1]] for p in w.split("-")]  # "Ex-King"
    return next((w for w in words if w in _PEERS_AND_ROYALTY), None)


def _name_tokens(name: str, known: dict[str, list[str]]) -> list[str]:
    """:func:`name_tokens`, from ``known`` when the article gave the name before."""
    if name not in known:
        known[name] = name_tokens(name)
    return known[name]


def is_part(toks: list[str], full: list[str]) -> bool:
    """True if ``toks`` is a contiguous run of ``full`` that includes its first or
    last token ("Ho", "Min Ho", "Park" of "Park Min Ho"). A generation suffix is
    part of the name but no surname: "Vale" and "Tom" are of "Tom Vale Jr.", "Tom
    Vale" (his father's name) is not."""
    if not toks or len(toks) > len(full):
        return False
    if len(full) > 2 and full[-1] in GENERATIONS:
        if toks == full[:-1]:
            return False
        full = full[:-1] if len(toks) < len(full) - 1 else full
    n = len(toks)
    return toks == full[:n] or toks == full[-n:]


# Generation suffixes, as name_tokens gives them ("Jr." -> "jr"); the graph layer's
# name_forms keeps the same list for its surnames
GENERATIONS = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv"})


def clean_person_name(text: str) -> str:
    """ "Tory Ann Vale" -> "Ann Vale", "Dorn&#191;s" -> "Dorn", "rang Lucy" -> "Lucy"
    (a lower-case word the model glued before a name, not a particle like "de")."""
    words = split_role(text)[0].split()
    while len(words) > 1 and words[0].islower() and words[0] not in NAME_PARTICLES:
        words = words[1:]
    if (
        len(words) > 1
        and len(words[-1]) > 3
        and words[-1].endswith(".")
        and not _SHORTENED.match(words[-1])
    ):
        words[-1] = words[-1][:-1]  # "said chairman Leo Del.": the sentence's full stop
    return " ".join(words)


# Name endings written with a full stop of their own: "Jr.", "Snr.", "St.".
_SHORTENED = re.compile(r"^(?:Jr|Sr|Jnr|Snr|St|Esq)\.$", re.IGNORECASE)


def _a_firm(doc: Doc, m: Mention) -> bool:
    """A body the text calls a firm ("carmaker Hale", "Hale, the US car company"): no
    person's surname, even when a person of the article bears the name (a family firm)."""
    if m.kind != "org":
        return False
    if m.start > 0 and doc[m.start - 1].lower_ in FIRM_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lower_ in FIRM_NOUNS for c in doc[m.end - 1].children)
