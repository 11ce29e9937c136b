"""Where a body's name begins and ends when a common noun, "and", "of" or "from"
stands at its edge.

* A name followed by the kind of body it names, in lower case, is that body: "the
  Acme union", "the Nordvik taxi union", "the Brightwater farmers' union" (the model
  tags "Acme" alone, and the kind the sentence acts through is lost). The kind is
  one of a short list of bodies of people; the words between are lower-case nouns
  (or a plural noun's possessive) that, with the name, all modify the kind. A name
  the gazetteer knows keeps its own ("the Labour party" is the Labour Party).
* Names before a plural kind are each a body of that kind: "the Derby and Exeter
  councils" are the Derby council and the Exeter council, never one body.
* A place cut off a council's name at "and": "Redcar and Saltby Borough Council" is
  one council (a singular, capitalised "Council"); a country or a body before "and"
  is its own actor ("Britain and Leeds City Council", "between Tesco and ...").
* A body's name that opens with a word that is also a title ("General Dental
  Council", "leader of X District Council") is no job title.
* What the model glued to a name: "Raqqa from Islamic State" is a place and the side
  it was taken from; "the council of strikes" (all in lower case) names no body.
* "Member States", "member states": the members of some body, never an actor
  named "States".
* A party's label used as a singular noun ("a Tory", "the Green", "a Liberal
  Democrat") is one of its members, whom the story does not name, not the party.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.language.body_words import ORG_HEAD_WORDS
from kg.language.gazetteer import Entry, gazetteer
from kg.language.lexicon import AGENT_NOUNS, GROUP_NOUNS, TITLE_WORDS
from kg.language.mention_record import Mention
from kg.language.org_spans import dash_parts, parts_between
from kg.language.places import places
from kg.language.portfolio_names import joined_portfolios
from kg.language.token_table import TokenTable

# Kinds of body of people a name stands before in lower case: "the Acme union".
# (not a faction's or a movement's words, whose names stand alone: "the Reform faction")
KIND_NOUNS = frozenset(
    "union party council federation association league confederation guild syndicate".split()
)
_POSSESSIVE = frozenset({"'", "’"})
# Labels of a place the model may give the first part of a council's name.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# What stands before the first of two actors, not before one name: "between A and B".
_PAIR_OPENERS = frozenset({"between", "both", ",", "and", "&"})
# Endings of plural nouns for people: "advisors", "elders", "economists", "physicians".
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians")
_MEMBER_WORDS = frozenset({"state", "states", "country", "countries", "nation", "nations"})
# Where a party's label stands for the party or says whose member someone is.
_PARTY_ITSELF = frozenset({"compound", "amod", "nmod", "poss", "appos", "attr"})
# Where an adjective the tagger gave a label stands as a noun ("met an Israeli").
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# Words before a party's label used as a noun for one of its members.
_ONE_OF = frozenset({"a", "an", "the", "one", "another", "every", "each", "any", "no"})


def with_kinds(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each body's name run on to the kind of body after it, and a
    council's name joined across "and"; a body's noun in lower case with what it is
    "of" ("the council of strikes") is no name."""
    out = [_kind_end(doc, s) if s.label_ == "ORG" else s for s in spans]
    out = [s for s in out if s.label_ != "ORG" or not _common_phrase(doc, s)]
    out = [_ground_taken(doc, s) if s.label_ == "ORG" else s for s in out]
    return joined_portfolios(doc, _joined_councils(doc, out))  # (kg.language.portfolio_names)


def _ground_taken(doc: Doc, span: Span) -> Span:
    """A place the model took for a body before "from" ("recaptured Raqqa from
    Islamic State", which it tags as one name): the place."""
    taken = span.end < len(doc) and doc[span.end].lower_ == "from" and doc[span.end].is_lower
    if not taken or not places().is_place(span.text):
        return span
    return Span(doc, span.start, span.end, label="GPE")


def cut_parts(doc: Doc, w: TokenTable, start: int, end: int) -> list[tuple[int, int]] | None:
    """The names on either side of a spaced dash ("Whitehall - Labour") or of "from"
    ("Raqqa from Islamic State": the ground and the side it was taken from), which
    the model read as one name; None when there is neither."""
    cuts = [i for i in range(start + 1, end - 1) if w.lower[i] == "from" and w.is_lower[i]]
    return dash_parts(doc, start, end) if not cuts else parts_between(start, cuts, end)


def _common_phrase(doc: Doc, span: Span) -> bool:
    """A body's noun in lower case and a plural thing it is "of", which the model
    took for a name: "warned the council of strikes" (not "the council of ministers")."""
    if len(span) < 3:
        return False
    words = list(span)
    if any(not t.is_lower for t in words) or words[1].lower_ != "of":
        return False
    thing = words[-1]
    people = thing.lemma_ in AGENT_NOUNS or thing.lower_ in TITLE_WORDS | GROUP_NOUNS
    people = people or thing.lower_.endswith(_PEOPLE_ENDINGS)  # "council of economic advisors"
    return words[0].lower_ in ORG_HEAD_WORDS and thing.tag_ == "NNS" and not people


def _kind_end(doc: Doc, span: Span) -> Span:
    """``span`` run on to the kind noun it modifies ("Acme" of "the Acme union")."""
    j, n = span.end, len(doc)
    while j < n and j - span.end < 4:
        t = doc[j]
        if t.is_lower and t.lower_ in KIND_NOUNS and t.tag_ in {"NN", "NNP"}:
            break
        if t.text in _POSSESSIVE and doc[j - 1].tag_ == "NNS" and doc[j - 1].is_lower:
            j += 1  # "farmers'" of "the Brightwater farmers' union"
        elif t.is_lower and t.pos_ == "NOUN" and t.dep_ in {"compound", "poss"}:
            j += 1  # "taxi" of "the Nordvik taxi union"
        else:
            return span
    if j >= n or j - span.end >= 4 or doc[j].dep_ == "compound":
        return span  # none, or a kind that modifies a noun after it ("union leaders")
    kind = doc[j]
    words = [span.root, *(t for t in doc[span.end : j] if t.text not in _POSSESSIVE)]
    if any(not (kind.i >= t.head.i > t.i) for t in words):
        return span  # (each word before the kind hangs on a word after it, up to the kind)
    gz = gazetteer()
    text = span.text
    if gz.lookup(text) or gz.demonym(text) or gz.metonym(text):
        return span  # "the Labour party", "a Downing Street party": a known name's own
    return Span(doc, span.start, j + 1, label="ORG")


def kinds_named(kind: Token) -> list[Token]:
    """The names before a plural kind of body in lower case, each a body of that
    kind: "Acme" and "Brill" of "the Acme and Brill unions"."""
    if kind.tag_ != "NNS" or not kind.is_lower or kind.lemma_ not in KIND_NOUNS:
        return []
    names = [c for c in kind.lefts if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"]
    return [n for c in names for n in (c, *c.conjuncts)] if len(names) == 1 else []


_PLURAL_KINDS = frozenset(
    """unions parties councils federations associations leagues confederations guilds
    syndicates""".split()
)
_PLURAL_IDS = frozenset(get_string_id(k) for k in _PLURAL_KINDS)


def plural_kind_mentions(
    doc: Doc, lower: list[int], sent_of: list[int], raw: list[Mention], taken: set[int]
) -> list[Mention]:
    """``raw`` with each name before a plural kind of body a body of that kind, named
    with it: "the Derby and Exeter councils" are the Derby council and the Exeter
    council, "the Kestrel and Plover parties" two parties (``lower``: the document's
    lower-case forms as string ids, ``sent_of`` their sentences; the names the gazetteer
    knows keep their own)."""
    gz = gazetteer()
    for i in (i for i, low in enumerate(lower) if low in _PLURAL_IDS):
        kind = doc[i]
        names = kinds_named(kind)
        if len(names) < 2:
            continue
        for t in names:
            if not t.is_title or gz.lookup(t.text) or gz.demonym(t.text):
                continue
            raw = [m for m in raw if not m.start <= t.i < m.end]
            text = f"{t.text} {kind.lemma_}"
            raw.append(Mention(0, t.i, t.i + 1, sent_of[t.i], "org", text))
            taken.add(t.i)
    return raw


def kind_possessor(doc: Doc, i: int, kind: Token) -> bool:
    """``doc[i]`` is the possessive mark of a plural noun before a kind of body, all
    in lower case: "farmers'" of "the Brightwater farmers' union"."""
    return (
        i > 0
        and doc[i].text in _POSSESSIVE
        and kind.lower_ in KIND_NOUNS
        and doc[i - 1].tag_ == "NNS"
        and doc[i - 1].is_lower
    )


def _joined_councils(doc: Doc, spans: list[Span]) -> list[Span]:
    """A council's name the model cut at "and": "Redcar" + "Saltby Borough Council"."""
    if not any(s.label_ == "ORG" and doc[s.end - 1].text == "Council" for s in spans):
        return spans
    ends = {s.end: s for s in spans}
    tagged = {i for s in spans for i in range(s.start, s.end)}
    gz = gazetteer()
    out = list(spans)
    for s in spans:
        last = doc[s.end - 1]
        if s.label_ != "ORG" or len(s) < 2 or last.text != "Council" or s.start < 2:
            continue
        if doc[s.start - 1].lower_ != "and" or not doc[s.start].is_title:
            continue
        before = ends.get(s.start - 1) or _untagged_before(doc, s.start - 1, tagged)
        if before is None or (before not in out and before.label_) or len(before) > 2:
            continue
        place = before.label_ in _PLACE_LABELS or places().is_place(before.text)
        opener = doc[before.start - 1].lower_ if before.start else ""
        place = place or (not before.label_ and opener in {"of", "the"})  # (untagged: "of Ashby")
        if not place or gz.lookup(before.text) is not None or not all(t.is_title for t in before):
            continue  # "Chile and the Andes Council", "Tesco and Hull City Council": two
        if opener in _PAIR_OPENERS:
            continue  # "between Hull and Leeds City Council"
        if before in out:
            out.remove(before)
        out[out.index(s)] = Span(doc, before.start, s.end, label="ORG")
    return out


# Bodies whose names may open with a word that is also a title: "General Dental Council".
_TITLED_BODIES = frozenset(
    "council assembly committee commission synod union board congress federation".split()
)


def titled_body(words: list[str], capital_last: bool) -> bool:
    """A body's name (lower-case ``words``) that opens with a title word ("General
    Medical Council", "Executive Committee"): a capitalised body's noun ends it, and
    no other title word or "of" comes between ("Secretary of State", "Chief Whip")."""
    if len(words) < 2 or not capital_last or words[-1] not in _TITLED_BODIES:
        return False
    return not (TITLE_WORDS | {"of"}).intersection(words[1:-1])


def _untagged_before(doc: Doc, end: int, tagged: set[int]) -> Span | None:
    """One or two capitalised proper nouns no span holds, ending at ``end``."""
    start = end
    while start > 0 and end - start < 2 and start - 1 not in tagged:
        t = doc[start - 1]
        if not (t.is_title and t.pos_ == "PROPN") or t.is_sent_start:
            break
        start -= 1
    return Span(doc, start, end) if start < end else None


def member_states(words: list[str], before: str) -> bool:
    """A name made of "Member States" (lower-case ``words``; ``before``: the word
    before it), which names no actor."""
    if not words or words[-1] not in _MEMBER_WORDS or len(words) > 2:
        return False
    return words[0] == "member" or (len(words) == 1 and before == "member")


def one_member(doc: Doc, start: int, end: int) -> bool:
    """A party's label used as a singular noun for one of its members: "a Tory",
    "the Green said", "met a Liberal Democrat" (not "Tory MPs", "the Tories")."""
    entry = _one_of(doc, start, end)
    return entry is not None and entry.type == "Organization"


def one_national(doc: Doc, start: int, end: int) -> bool:
    """A country's demonym used as a singular noun for one of its people: "the
    American told reporters", "a Briton was held", "the Kiwi said" (a person, not
    the country; not "the French said", a demonym that is its own plural, which
    stands for the country's side)."""
    entry = _one_of(doc, start, end)
    if entry is None or entry.type != "Country":
        return False
    return gazetteer().demonym(doc[end - 1].text + "s") is entry


def _one_of(doc: Doc, start: int, end: int) -> Entry | None:
    """The entry whose label ``doc[start:end]`` is used as a singular noun after "a",
    "the", "one" and the like."""
    i = start - 1
    if i > 0 and doc[i].lower_ not in _ONE_OF and doc[i].is_title:
        i -= 1  # "a Liberal Democrat", the model tagging "Democrat" alone
    if i < 0 or doc[i].lower_ not in _ONE_OF:
        return None  # (read first: most names have no such word before them)
    last = doc[end - 1]
    noun = last.tag_ in {"NN", "NNP"} or (last.tag_ == "JJ" and last.dep_ in _NOUN_ROLES)
    if not noun or last.dep_ in _PARTY_ITSELF:
        return None  # (a possessor is the party: "the Lib Dem's call"; "X, a Tory," its member)
    if end < len(doc) and doc[end].tag_ == "POS":
        return None
    if any(c.dep_ in {"compound", "amod"} and c.i >= end for c in last.children):
        return None
    gz, label = gazetteer(), doc[i + 1 : end].text
    if gz.listed(label) is not None:
        return (
            None  # a listed actor's name ("the Weavers Guild"), which also reads as its adjective
        )
    return gz.demonym(label)
