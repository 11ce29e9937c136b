"""Names of bodies the model leaves untagged or takes for something else, found by
where they stand.

* An acronym coordinated with an actor the model knows: "Colombia and the ELN
  signed a ceasefire", "talks between Ethiopia and the TPLF". A word of capitals
  alone, named beside a country, body or group as the other party of one act, is
  the name of a body or group. Not a role or a title ("the CEO and the board"),
  never a word the story also writes in lower case, nor a modifier of a noun after
  it ("ELN rebels" is left to the noun's own rules). So is an acronym joined by a
  dash to such an actor, as the other side of a pair: "Colombia-ELN peace talks".
* A name right after the kind of body it is: "the union Unite", "the airline
  easyJet", "the retailer Woolworths" (which the model took for a product). The kind
  is a common noun for a firm or body, in lower case or opening the sentence;
  the name is capitalised (or starts in lower case with a capital inside, as
  brands do), is no title, and stops at the first word that is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.attrs import IS_UPPER, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.language.acronym_posts import NOT_BODIES, acronym_bodies, lower_forms
from kg.language.body_words import FIRM_NOUNS
from kg.language.cartel_names import cartel_names
from kg.language.gazetteer import gazetteer
from kg.language.given_names import given_names
from kg.language.kind_names import with_kinds
from kg.language.led_names import faction_names, led_people
from kg.language.lexicon import TITLE_WORDS
from kg.language.names import is_role_word
from kg.language.office_owners import office_owners
from kg.language.possessed_people import possessed_people
from kg.language.self_named import self_named_spans
from kg.language.token_table import tokens_with

_ACRONYM = re.compile(r"[A-Z]{2,6}")
# The labels of the actor a conjunct acronym stands beside.
_ANCHORS = frozenset({"GPE", "ORG", "NORP"})


# Kinds of body a name may follow directly, beside the firms' ("the union Unite"); not
# kinds a person's name may follow too ("documentary maker X", "tour operator Y").
_KINDS = FIRM_NOUNS - {"rival", "giant", "business", "businesses", "investor", "investors",
                       "bidder", "maker", "makers", "banks", "firms", "companies", "operator",
                       "manufacturers", "producer", "chain"} | {"union", "charity", "regulator",
                       "watchdog", "broadcaster", "militia", "newspaper", "agency"}  # fmt: skip
_KIND_IDS = frozenset(map(get_string_id, _KINDS))
_YES = frozenset({1})  # (a flag's value in the document's array)
# What the model may take a body's name for when it follows its kind (not a person:
# "the party Ann Vale leads" names her).
_MISREAD = frozenset({"PRODUCT", "WORK_OF_ART", "FAC"})


def untagged_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the names of bodies found by where they stand added or
    relabelled as organisations."""
    spans = with_kinds(doc, kind_named(doc, spans))  # "the Acme union"
    spans = office_owners(doc, spans)  # "the offices of Valdor"
    spans = acronym_bodies(doc, spans)  # "MI6 chief Ann Vale"
    spans = possessed_people(doc, spans)  # "Egypt's Sisi met Kenya's Ruto"
    spans = cartel_names(doc, spans)  # "the Gulf cartel"
    spans = led_people(doc, spans)  # "the Ana Vale-led government"
    spans = faction_names(doc, spans)  # "the Sunrise faction"
    spans = self_named_spans(doc, spans)  # "a group calling itself the Sons of the Delta"
    return [*spans, *coordinated_acronyms(doc, spans)]


def kind_named(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each name that directly follows its kind ("the airline
    easyJet") an organisation: a span of another label over exactly that name is
    relabelled, an untagged name added."""
    at = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    # (the kinds found from the document's array: a Token for each of them alone)
    for i in tokens_with(doc, LOWER, _KIND_IDS):
        kind = doc[i]
        if i == len(doc) - 1 or not (kind.is_lower or kind.is_sent_start):
            continue
        if kind.is_sent_start and not kind.is_title:
            continue
        start = end = kind.i + 1
        while end < len(doc) and _name_word(doc[end]):
            end += 1
        if end == start or (end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"}):
            continue  # none, or a modifier of a noun after it ("the party Conference hall")
        span = at.get(start)
        if span is not None and span.end == end and span.label_ in _MISREAD:
            out[out.index(span)] = Span(doc, start, end, label="ORG")
        elif span is not None and span.end == end and _name_then_person(span):
            # "the union Unitra Ana Vale criticised ...": the body's name, then its head's
            at_person = out.index(span)
            out[at_person : at_person + 1] = [
                Span(doc, start, start + 1, label="ORG"),
                Span(doc, start + 1, end, label="PERSON"),
            ]
        elif not taken.intersection(range(start, end)):
            out.append(Span(doc, start, end, label="ORG"))
    return out


def _name_then_person(span: Span) -> bool:
    """A person's name of three words or more whose first word is no given name and
    whose second is: a body's one-word name run into its head's ("Unitra Ana Vale")."""
    names = given_names()
    return (
        span.label_ == "PERSON"
        and len(span) >= 3
        and span[0].lower_ not in names
        and span[1].lower_ in names
    )


def _name_word(t: Token) -> bool:
    text = t.text
    if not text[:1].isalpha() or t.lower_ in TITLE_WORDS or t.is_sent_start:
        return False
    return text[0].isupper() or (text[0].islower() and any(c.isupper() for c in text[1:]))


def coordinated_acronyms(doc: Doc, spans: Iterable[Span]) -> Iterator[Span]:
    """Organisation spans for unknown acronyms coordinated with an actor of ``spans``
    (a known acronym, "UN", "US", is the gazetteer's)."""
    kept = list(spans)
    tagged = {i for s in kept for i in range(s.start, s.end)}
    anchors = {i for s in kept if s.label_ in _ANCHORS for i in range(s.start, s.end)}
    lowered: set[str] | None = None
    # (words in capitals found from the document's array: a Token for each of them alone)
    for i in tokens_with(doc, IS_UPPER, _YES):
        token = doc[i]
        if i in tagged or not _ACRONYM.fullmatch(token.text):
            continue
        if token.text in NOT_BODIES or is_role_word(token.text):
            continue
        if token.pos_ not in {"PROPN", "NOUN"}:
            continue
        if _dashed_to(doc, i, anchors) or (
            token.dep_ != "compound" and _owned_by_a_country(doc, i, anchors)
        ):
            pass  # "the Colombia-ELN talks": the other side of the pair; "Hungary's MVM"
        elif token.dep_ == "compound" or not any(o.i in anchors for o in token.conjuncts):
            continue  # (a token is never its own conjunct)
        if lowered is None:
            lowered = lower_forms(doc)
        if token.lower_ in lowered:
            continue  # "IT and HR" beside "it": a word, not a name
        yield Span(doc, token.i, token.i + 1, label="ORG")


def _owned_by_a_country(doc: Doc, i: int, anchors: set[int]) -> bool:
    """Whether ``doc[i]`` follows a country's possessive: "Hungary's MVM signed a
    deal" (a firm or body of the country's, which the model left untagged; a name in
    capitals is no person's, unlike "Kenya's Ruto")."""
    if i < 2 or doc[i - 1].lower_ not in {"'s", "'"} or i - 2 not in anchors:
        return False
    return gazetteer().is_country(doc[i - 2].text)


def _dashed_to(doc: Doc, i: int, anchors: set[int]) -> bool:
    """Whether ``doc[i]`` is written with a dash and no space against a name of
    ``anchors`` or a country's ("Colombia-ELN", "ELN-Colombia"; the model may tag
    neither part of the pair)."""
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        other = i - 2
    elif i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
        other = i + 2
    else:
        return False
    if doc[i - 1 if other < i else i + 1].whitespace_:
        return False
    if other in anchors:
        return True
    return gazetteer().is_country(doc[other].text)
