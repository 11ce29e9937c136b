"""Peoples with no state of their own as sides: "Greek Cypriot and Turkish Cypriot
leaders met", "Kurdish and Iraqi delegations met", "Hutu and Tutsi politicians signed
a truce", "leaders of the Flemish and Walloon communities", "the Kurds' leaders".

The people who act for a community (its leaders, politicians, negotiators,
delegations, parties: :file:`community-words.txt`) named by the community's
adjective ("Kurdish", "Tamil", "Catalan") or by two countries' words naming a people
within a country ("Greek Cypriot", "Kosovo Albanian", :mod:`kg.language.peoples`)
are a group of their own, named for that community, never its country: a Greek
Cypriot leader does not speak for Greece, nor a Kurdish one for Iraq. A state's
demonym joined to them stays that state ("Kurdish and Iraqi delegations": the Kurdish
delegation and Iraq). A people qualified by a state ("Iraqi Kurdish leaders") is
left to that state; one person ("a Kurdish journalist"), people of no calling that
acts for the community ("Kurdish villagers", "Kurdish rebels", found elsewhere) and
things ("Catalan cuisine", "Kurdish-language schools") are no community side.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import HYPHENS, listed_words
from kg.language.peoples import country_of_word, two_states
from kg.language.talks import MEETING_NOUNS

_WORDS = listed_words("community-words.txt")
_ADJECTIVES = _WORDS["adjective"]
_PLURALS = _WORDS["plural"]
_ACTING = _WORDS["acting"]
_BODY = _WORDS["body"]
_JOINERS = frozenset({"and", "or", ","})


def community_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, name) of each community named before the people who act for it,
    or before talks between two sides joined by a dash ("the Greek Cypriot-Turkish
    Cypriot talks")."""
    found: list[tuple[int, int, str]] = []
    for tok in doc:
        if tok.tag_ == "NNS" and tok.lower_ in MEETING_NOUNS:  # talks whose two sides a dash joins
            spans = communities_before(tok, dashed=True)
            if spans:  # (two sides, a dash between them: checked by the joiners)
                found += [(lo, hi, f"{name} side") for lo, hi, name in spans]
            continue
        if not _acting(tok):
            continue
        noun = "community" if tok.lower_ == "communities" else tok.text
        if tok.i >= 2 and doc[tok.i - 1].tag_ == "POS" and doc[tok.i - 2].text in _PLURALS:
            found.append((tok.i - 2, tok.i - 1, doc[tok.i - 2].text))  # "the Kurds' leaders"
            continue
        spans = communities_before(tok)
        if len(spans) == 1 and spans[0][1] == tok.i and _run_start(tok) == spans[0][0]:
            found.append((spans[0][0], tok.i + 1, doc[spans[0][0] : tok.i + 1].text))
            continue  # "Kurdish leaders": the people as written
        found += [(lo, hi, f"{name} {noun}") for lo, hi, name in spans]
    return found


def communities_before(tok: Token, *, dashed: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, name) of the communities in the run of capitalised words, joined
    by "and" or commas (by a dash when ``dashed``), right before ``tok`` ("Greek
    Cypriot and Turkish Cypriot"); none when a word of the run is no community and no
    state's. A state's word before a pair that shares the pair's last word is the
    state's people there ("Turkish and Greek Cypriot leaders": Turkish Cypriots)."""
    doc = tok.doc
    joiners = HYPHENS if dashed else _JOINERS
    start = _run_start(tok, joiners)
    if start == tok.i or (start > 0 and doc[start - 1].text in HYPHENS):
        return []  # (a hyphenated word: "Kurdish-language")
    groups: list[list[Token]] = [[]]
    for t in doc[start : tok.i]:
        if t.lower_ in joiners:
            groups.append([])
        else:
            groups[-1].append(t)
    if dashed and len(groups) != 2:
        return []
    gz = gazetteer()
    shared = [w[1].text for w in groups if len(w) == 2]
    spans: list[tuple[int, int, str]] = []
    for words in groups:
        texts = [w.text for w in words]
        if len(words) == 1 and texts[0] in _ADJECTIVES:
            spans.append((words[0].i, words[0].i + 1, texts[0]))  # "Kurdish"
        elif len(words) == 2 and texts[1] not in _ADJECTIVES and two_states(gz, *texts):
            spans.append((words[0].i, words[1].i + 1, " ".join(texts)))  # "Greek Cypriot"
        elif len(words) == 1 and shared and two_states(gz, texts[0], shared[0]):
            spans.append((words[0].i, words[0].i + 1, f"{texts[0]} {shared[0]}"))  # "Turkish"
        elif not (len(words) == 1 and country_of_word(gz, texts[0]) is not None):
            return []  # "Iraqi Kurdish", a name, a word of no people: left as it is
    return spans


def _run_start(tok: Token, joiners: frozenset[str] = _JOINERS) -> int:
    """Where the run of capitalised words and joiners right before ``tok`` begins."""
    doc = tok.doc
    start = tok.i
    while start > 0 and (_capital(doc[start - 1]) or doc[start - 1].lower_ in joiners):
        start -= 1
    while start < tok.i and doc[start].lower_ in joiners:
        start += 1
    return start


def _capital(t: Token) -> bool:
    """A capitalised word of a name or an adjective (not "The", "In", "Yesterday")."""
    return t.text[:1].isupper() and t.tag_ not in _FUNCTION_TAGS and t.ent_type_ != "DATE"


_FUNCTION_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "POS", "IN", "CC", "WDT", "WP", "RB"})


def community_people(tok: Token) -> bool:
    """Whether ``tok`` names people who act for a community ("Hutu and Tutsi
    politicians", "the Flemish and Walloon communities")."""
    return _acting(tok) and bool(communities_before(tok))


def _acting(tok: Token) -> bool:
    """A plural noun for people who act for a side, or a singular one for the side."""
    if not tok.is_lower:
        return False
    return (tok.tag_ == "NNS" and tok.lower_ in _ACTING) or (
        tok.tag_ == "NN" and tok.lower_ in _BODY
    )


def community_possessor(noun: Token, possessor: Token) -> bool:
    """ "the Kurds' leaders": a community named by its plural owns the people who act
    for it."""
    return possessor.text in _PLURALS and noun.lower_ in _ACTING
