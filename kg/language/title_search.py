"""Where the title phrase of a name is: right before it ("Chile's top negotiator
Marta Ruiz", "Tory Ann Vale", "the Red Cross's Ann Vale") or in apposition ("Soto,
director of the central bank,", "The French special envoy for Yemen, Paul Ney,").
:func:`kg.language.titles.describe` then reads whom it speaks for.

The words before each name are read from the document's columns
(:class:`~kg.language.title_columns.TitleColumns`), compared by string id."""

from __future__ import annotations

from typing import Any

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.language.body_titles import body_before_title
from kg.language.contact_words import BY_CONTACT_NOUNS
from kg.language.event_words import SPEECH_VERBS
from kg.language.gazetteer import gazetteer
from kg.language.given_names import plainly_a_person
from kg.language.lexicon import CANDIDACY_WORDS, HONORIFICS, TITLE_WORDS
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.owning_countries import owning_country
from kg.language.places import WORLD_REGIONS
from kg.language.post_at import post_end
from kg.language.respective_titles import respective_title
from kg.language.seat_labels import seated_label
from kg.language.title_columns import TitleColumns, ids
from kg.language.titles import (
    AFFILIATION_PREPS,
    STOP_PREPS_IN_TITLE,
    Descriptor,
    describe,
    hyphened_title_end,
)

# the ids of what pre_title compares a word's text, lower case form, tags and label with
_TITLE_IDS = ids(TITLE_WORDS)
_CONTACT_IDS = ids(BY_CONTACT_NOUNS)  # "the king's talks with President X"
_IN_TITLE_PREPS = ids(AFFILIATION_PREPS | STOP_PREPS_IN_TITLE)
_AND = ids({"and", "&"})
_ARTICLES = ids({"the", "a", "an"})
_STOPS = ids({",", ";", ":", '"', "--"})
_POSSESSIVE_S = ids(POSSESSIVE_ENDINGS)
_DASH = get_string_id("-")
_CLAUSE_POS = ids({"VERB", "AUX", "CCONJ", "SCONJ"})
_PARTICIPLES = ids({"VBG", "VBN"})
_ADP, _PRON, _DET, _POSS, _APPOS, _COMPOUND = (
    get_string_id(w) for w in ("ADP", "PRON", "DET", "poss", "appos", "compound")
)


def pre_title(doc: Doc, m: Any, by_token: dict[int, Any], cols: TitleColumns) -> Descriptor | None:
    """The title phrase right before a name: "Chile's top negotiator Marta Ruiz"."""
    sent_start = cols.sent_start[m.start]
    orth, lower, pos = cols.orth, cols.lower, cols.pos
    window: list[int] = []  # token indices, right to left
    i = m.start - 1
    if _hung_on_the_name(cols, i, m, sent_start):
        i -= 1  # "Russia's envoy, Pavel Orlov, said": the parser hung the title on the name
    while i >= sent_start and m.start - i <= 14:
        other = by_token.get(i)
        if other is not None and other.kind == "person":
            break
        inner_and = (  # "Minister of International Trade and Industry"
            lower[i] in _AND
            and i + 1 < m.start
            and cols.title[i - 1]
            and cols.title[i + 1]
            # not "President Hale and Soviet leader X": an "and" after a name ends the title
            and by_token.get(i - 1) is None
        )
        # "IMF managing director X", "acting chairman X": a participle inside the title
        head = cols.head[i]
        inside = cols.tag[i] in _PARTICIPLES and lower[head] in _TITLE_IDS and head > i
        inside = inside or body_before_title(cols, i, other, window)  # "IGAD chief X"
        # "Soviet delegation head X": a title word tagged a verb, parsed as the name's compound
        inside = inside or (
            i == m.start - 1 and lower[i] in _TITLE_IDS and cols.dep[i] == _COMPOUND
        )
        if (pos[i] in _CLAUSE_POS and not inner_and and not inside) or orth[i] in _STOPS:
            break
        if orth[i] == _DASH and (cols.spaced[i] or cols.spaced[i - 1]):
            break  # a dash, not a hyphen inside "vice-chairman"
        if pos[i] == _ADP and lower[i] not in _IN_TITLE_PREPS:
            break
        if pos[i] == _ADP and _of_an_event(cols, i):
            break  # "the king's meeting with Cuban President X": the king is no title of X
        if pos[i] == _PRON and cols.dep[i] != _POSS and (other is None or other.kind == "pronoun"):
            break  # (but "WHO Director-General X": a body's name)
        window.append(i)
        # "Head of the EU delegation": a determiner after "of" is inside the title
        if (pos[i] == _PRON or lower[i] in _ARTICLES) and not (
            i > sent_start and pos[i - 1] == _ADP and lower[i - 1] in _IN_TITLE_PREPS
        ):
            break
        i -= 1
    window.reverse()
    last = [k for k in window if pos[k] != _DET][-1:]
    if last and pos[last[0]] == _ADP:
        # "a spokesman for Ann Vale's campaign", "the members of the X Club": the name
        # is what the title is of or for, not its holder
        return None
    titles = [n for n, k in enumerate(window) if lower[k] in _TITLE_IDS]
    if titles and orth[window[-1]] in _POSSESSIVE_S:
        return None  # "chief of the Fund's Ann Vale Unit": what the body owns, no holder
    if not titles and m.kind == "person":
        # "Tory Ann Vale", "the Red Cross's Ann Vale", "Labour challenger Ann Vale"
        return (
            _party_label(doc, [doc[k] for k in window[-2:]], by_token, m)
            or seated_label(doc, window, lambda ws: _party_label(doc, ws, by_token, m))
            or _owning_body(doc, m, by_token)
            or owning_country(doc, m, by_token)
            or (_candidacy(doc, doc[window[-1]], window[0], by_token, m) if window else None)
        )
    if not titles or (m.kind != "person" and titles[-1] != len(window) - 1):
        return None
    first = titles[0]
    # Extend left of the first title word over modifiers, never across a preposition.
    lo = first
    while lo > 0 and pos[window[lo - 1]] != _ADP:
        lo -= 1
    phrase = window[lo:]
    if not phrase:
        return None
    return describe(doc, phrase[0], phrase[-1] + 1, by_token, m)


def _hung_on_the_name(cols: TitleColumns, i: int, m: Any, sent_start: int) -> bool:
    """A comma at ``i`` between a title word and the name the parser hung it on, as a
    modifier: "Russia's envoy, Pavel Orlov," (an apposition read as "envoy Orlov")."""
    return (
        i - 1 >= sent_start
        and cols.orth[i] in _STOPS
        and cols.lower[i - 1] in _TITLE_IDS
        and m.start <= cols.head[i - 1] < m.end
        and m.end < len(cols.orth)
        and cols.orth[m.end] in _STOPS
    )


def _of_an_event(cols: TitleColumns, i: int) -> bool:
    """A preposition hung on a meeting before it: "meeting with", "talks with", "visit
    to" (the title is only what follows; not "head of research at X")."""
    h = cols.head[i]
    return h < i and cols.lower[h] in _CONTACT_IDS


def appositive_title(
    doc: Doc, m: Any, by_token: dict[int, Any], cols: TitleColumns
) -> Descriptor | None:
    """A title in apposition: "Soto, director of the central bank," or
    "The French special envoy for Yemen, Paul Ney,"."""
    root = doc[m.start] if m.end - m.start == 1 else doc[m.start : m.end].root
    shared = respective_title(doc, root, by_token)
    if shared is not None:
        return shared
    # the appositions after the name (a Token made for those alone)
    for child in [doc[k] for k in cols.appos.get(root.i, ()) if k > root.i]:
        running = _candidacy(doc, child, child.left_edge.i, by_token, m)
        if running is not None:
            return running  # "Ann Vale, the Republican candidate,"
        if child.lower_ not in TITLE_WORDS:
            party = _party_label(doc, [child], by_token, m) if m.kind == "person" else None
            if party is not None and not any(c.dep_ == "poss" for c in child.children):
                return party  # "Ann Vale, a Republican from Ohio,"
        elif not _titles_a_name(child):
            end = child.right_edge.i + 1
            for t in doc[child.i : end]:
                if t.dep_ == "cc" or (t.text in {",", ";"} and t.i > child.i):
                    end = t.i
                    break
                if t.dep_ in {"acl", "relcl"} and t.pos_ in {"VERB", "AUX"} and t.i > child.i:
                    # "the lawyer representing A and B", "an officer who became ...":
                    # the title ends where the clause begins
                    end = max(child.i + 1, min(t.i, t.left_edge.i))
                    break
            return describe(doc, child.left_edge.i, post_end(doc, end, root), by_token, m)
    if cols.dep[root.i] == _APPOS and cols.head[root.i] < m.start:
        head = root.head
        if (running := _candidacy(doc, head, head.left_edge.i, by_token, m)) is not None:
            return running  # "the Labour challenger, Ann Vale,"
        # a name hung off the title's (split) last word: "envoy for Libya, X", "X's president-elect, Y,"
        title = next((t for t in [head, *head.ancestors] if t.lower_ in TITLE_WORDS
                      or hyphened_title_end(doc, t.i - 2) == t.i + 1), None)  # fmt: skip
        title = title or _region_of_title(head)  # "Supreme Allied Commander Europe, X"
        if title is not None and _words_between(title.i, m.start, by_token) <= 8:
            start, end = title.left_edge.i, title.i + 1
            for t in doc[title.i + 1 : m.start]:
                if t.text == ",":
                    break
                end = t.i + 1
            return describe(doc, start, end, by_token, m)
    return None


def _region_of_title(t: Token) -> Token | None:
    """``t`` when it is a region closing a capitalised title, the last word of which
    is hung on it: "Commander Europe" of "NATO's Supreme Allied Commander Europe"."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    if before is None or before.head.i != t.i or before.lower_ not in TITLE_WORDS:
        return None
    return t if before.is_title and t.ent_type_ == "LOC" and t.text in WORLD_REGIONS else None


def _party_label(
    doc: Doc, words: list[Token], by_token: dict[int, Any], m: Any
) -> Descriptor | None:
    """A party's label right before a name or in apposition to it ("Tory Ann
    Vale", "Ann Vale, a Republican,"): the party is whom the person belongs to (a
    nationality is no post: "Iranian Ali Reza" gives none)."""
    if not doc[m.start].is_title:
        return None  # a "name" the model began with "'s" or a lower-case word
    for k in range(len(words)):
        label = words[k:]
        other = by_token.get(label[0].i)
        if other is None or other.kind not in {"demonym", "org"} or label[0].i != other.start:
            continue
        if other.end != label[-1].i + 1 or not label[0].is_title:
            continue
        party = gazetteer().demonym(doc[other.start : other.end].text)
        if party is None or party.type != "Organization":
            continue
        return Descriptor(label[0].i, label[-1].i + 1, "", (other.id,))
    return None


def _candidacy(
    doc: Doc, noun: Token, lo: int, by_token: dict[int, Any], m: Any
) -> Descriptor | None:
    """A party's candidate: "the Republican candidate", "Labour challenger", "the
    Unity Front's nominee" (a country's is none: "the Chilean front-runner")."""
    word = noun.lower_
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        word = f"{doc[noun.i - 2].lower_}-{word}"  # "front-runner"
    rival = word in _RIVALS  # "her Tory rival, X": a party's only, never a firm's
    if m.kind != "person" or (word not in CANDIDACY_WORDS and not rival):
        return None
    for i in range(max(lo, noun.left_edge.i), noun.i):
        other = by_token.get(i)
        if other is None or other.id == m.id or other.start != i or other.end > noun.i:
            continue
        text = doc[other.start : other.end].text
        label = gazetteer().demonym(text)
        entry = gazetteer().lookup(text)
        party = label is not None and label.type == "Organization"
        body = other.kind == "org" and (entry is None or entry.type == "Organization")
        if (party or (body and not rival)) and doc[other.end - 1].lower_ not in _STATE_WORDS:
            return Descriptor(i, noun.i + 1, word, (other.id,))
    return None


# Who runs against someone, told by the rival's party label: "his Labour opponent, X".
_RIVALS = frozenset({"rival", "opponent"})
# a government's candidate is no party's: "the Chilean government's nominee"
_STATE_WORDS = {"government", "administration", "cabinet", "regime", "state"}


def _owning_body(doc: Doc, m: Any, by_token: dict[int, Any]) -> Descriptor | None:
    """A body whose possessive comes right before a person's name: "the Red
    Cross's Ann Vale said", "Labour's Ivo Marsh", "the Greens' Ann Vale" (a
    country's is no post: "Norway's Ann Vale" may only be from there; and what a
    firm's possessive names may be its product, which the model can take for a
    person: only someone who speaks, or plainly a person's name, is one)."""
    start = m.start
    while start > 2 and doc[start - 1].text in HONORIFICS:
        start -= 1  # "Labour's Lord Vale", "the Tories' Sir Ivo Marsh"
    if start < 2 or doc[start - 1].text not in {"'s", "’s", "'", "’"}:
        return None
    body = by_token.get(start - 2)
    if body is None or body.kind != "org" or body.end != start - 1 or body.metonym:
        return None
    root = doc[m.start : m.end].root
    speaks = root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in SPEECH_VERBS
    # "the SNP's A and Labour's B met": one of two people joined by "and", after a
    # national party or body the gazetteer knows (a firm's may name a product)
    if not speaks and root.dep_ == "conj" and _titled_person(root.head, by_token):
        entry = body.entry or gazetteer().lookup(body.text)
        speaks = entry is not None and entry.type == "Organization" and entry.country is not None
    if doc[start - 1].dep_ != "case" or not (speaks or plainly_a_person(doc, m.start, m.end)):
        return None
    if any(t.text in POSSESSIVE_ENDINGS for t in doc[m.start : m.end]):
        return None  # "the party's Citizen's Pension": no one's name holds a possessive
    return Descriptor(body.start, m.start, "", (body.id,))  # (with the honorific)


def _titled_person(t: Token, by_token: dict[int, Any]) -> bool:
    """``t`` ends a person's name."""
    m = by_token.get(t.i)
    return m is not None and m.kind == "person" and m.end == t.i + 1


def _words_between(lo: int, hi: int, by_token: dict[int, Any]) -> int:
    """How many words lie from ``lo`` to ``hi``, a name counting as one word: "the
    leader of the Road and General Drivers Union, X" is a short title."""
    names = {id(by_token[i]) for i in range(lo, hi) if i in by_token}
    inside = sum(1 for i in range(lo, hi) if i in by_token)
    return hi - lo - inside + len(names)


def _titles_a_name(post: Token) -> bool:
    """ "A, his Czech counterpart B and C": the post the parser set beside A is the
    title of the name in apposition to it (B's), not A's."""
    return any(
        c.i > post.i
        and c.pos_ == "PROPN"
        and c.ent_type_ == "PERSON"
        and (c.dep_ == "appos" or (c.dep_ == "conj" and _right_after(post, c)))
        for c in post.children
    )


def _right_after(post: Token, name: Token) -> bool:
    """The name begins right after the post and a comma: "A, Latvia's foreign
    minister, B, and C" (the parser may join B to the post by "and")."""
    doc = post.doc
    return post.i + 2 < len(doc) and doc[post.i + 1].text == "," and name.left_edge.i == post.i + 2


def conjoined_title(
    doc: Doc, m: Any, by_token: dict[int, Any], cols: TitleColumns
) -> Descriptor | None:
    """A second post joined to a name's apposition by "and": "X, Japan's trade
    minister and a member of the Liberal Democratic Party," (not "A, Jordan's prime
    minister, and a member of the Liberal Party, B": the second post is B's)."""
    root = doc[m.start] if m.end - m.start == 1 else doc[m.start : m.end].root
    for child in [doc[k] for k in cols.appos.get(root.i, ()) if k > root.i]:
        if child.lower_ not in TITLE_WORDS or _titles_a_name(child):
            continue
        for post in child.conjuncts:
            if post.i < child.i or post.lower_ not in TITLE_WORDS or _titles_a_name(post):
                continue
            if any(t.text in {",", ";"} for t in doc[child.right_edge.i : post.i]):
                continue  # "..., and a member of X, B": a list of people, not of posts
            end = post.right_edge.i + 1
            for t in doc[post.i + 1 : end]:
                if t.text in {",", ";"} or t.dep_ == "cc":
                    end = t.i
                    break
            return describe(doc, post.left_edge.i, end, by_token, m)
    return None
