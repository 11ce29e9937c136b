"""Title phrases around names: "Peru's Permanent Representative to International
Organizations in Geneva Tomas Reyes", "Soto, director of the central bank,".

A :class:`Descriptor` keeps the title as written and the actors it speaks for:
those before the title word or after "of" ("Iran's top negotiator", "Secretary of
Iran's Supreme National Security Council"), never those it is *for*, *to* or
*in* ("French Special Envoy for Chad" speaks for France). The functions take
the mention being described and a token -> mention map (any object with
``id``, ``start``, ``end`` and ``kind``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from kg.language.event_words import SPEECH_VERBS
from kg.language.gazetteer import gazetteer
from kg.language.given_names import plainly_a_person
from kg.language.lexicon import CANDIDACY_WORDS, HONORIFICS, TITLE_WORDS

ACTOR_KINDS = frozenset({"person", "country", "org", "group", "agreement"})
_SEGMENT_KINDS = ACTOR_KINDS | {"demonym", "description"}  # what a title's affiliation can be
AFFILIATION_PREPS = {"of"}
STOP_PREPS_IN_TITLE = {"for", "to", "in", "at", "on", "with", "from"}
FOR_EMPLOYER = {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel",
                "campaigner", "chairman", "director", "head", "chief", "economist", "analyst",
                "strategist", "researcher", "correspondent", "reporter", "consultant"}  # fmt: skip
AT_EMPLOYER = {"fellow", "professor", "lecturer", "researcher", "economist", "analyst",
               "strategist", "scholar", "editor", "director", "chief", "head", "official",
               "officer", "manager"}  # fmt: skip
# "an official with the ministry": "with" names the employer after these
WITH_EMPLOYER = {"official", "officer", "economist", "analyst", "researcher", "lawyer",
                 "attorney", "spokesman", "spokeswoman", "spokesperson", "strategist"}  # fmt: skip
# "an MP for the Justice Party", "a lawmaker from the Green Party": a seat held for
# the party ("an MP for Leeds" sits for a place, no party)
PARTY_SEATS = {"mp", "mps", "mep", "msp", "lawmaker", "legislator", "deputy", "senator",
               "congressman", "congresswoman", "councillor", "councilor"}  # fmt: skip
# "chief of staff to the Chilean president", "an adviser to the prime minister":
# whom the leader serves
TO_A_LEADER = {"chief", "adviser", "advisor", "aide", "secretary", "spokesman", "spokeswoman",
               "spokesperson"}  # fmt: skip
# Professions, not posts: a country before them says where the holder is from
# ("US economist X", "British professor X"), never whom they serve.
PROFESSIONS = {"economist", "analyst", "strategist", "researcher", "scholar", "professor",
               "lecturer", "fellow", "lawyer", "editor", "correspondent", "reporter",
               "consultant", "campaigner", "manager"}  # fmt: skip
_FORMER = {"former", "ex", "late", "then", "outgoing", "ousted", "deposed"}


@dataclass(frozen=True)
class Descriptor:
    """A title phrase attached to a name: "former U.S. President"."""

    start: int  # token span of the phrase
    end: int
    title: str  # "President"
    affiliations: tuple[int, ...]  # ids of the mentions it speaks for
    former: bool = False


def pre_title(doc: Doc, m: Any, by_token: dict[int, Any]) -> Descriptor | None:
    """The title phrase right before a name: "Chile's top negotiator Marta Ruiz"."""
    sent = doc[m.start].sent
    window: list[Token] = []
    i = m.start - 1
    while i >= sent.start and m.start - i <= 14:
        t = doc[i]
        other = by_token.get(i)
        if other is not None and other.kind == "person":
            break
        inner_and = (  # "Minister of International Trade and Industry"
            t.lower_ in {"and", "&"}
            and i + 1 < m.start
            and doc[i - 1].is_title
            and doc[i + 1].is_title
        )
        # "IMF managing director X", "acting chairman X": a participle inside the title
        inside = t.tag_ in {"VBG", "VBN"} and t.head.lower_ in TITLE_WORDS and t.head.i > t.i
        if (
            t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ"} and not inner_and and not inside
        ) or t.text in {
            ",",
            ";",
            ":",
            '"',
            "--",
        }:
            break
        if t.text == "-" and (t.whitespace_ or doc[i - 1].whitespace_):
            break  # a dash, not a hyphen inside "vice-chairman"
        if t.pos_ == "ADP" and t.lower_ not in AFFILIATION_PREPS | STOP_PREPS_IN_TITLE:
            break
        if t.pos_ == "PRON" and t.dep_ != "poss" and (other is None or other.kind == "pronoun"):
            break  # (but "WHO Director-General X": a body's name)
        window.append(t)
        # "Head of the EU delegation": a determiner after "of" is inside the title
        if (t.pos_ == "PRON" or t.lower_ in {"the", "a", "an"}) and not (
            i > sent.start
            and doc[i - 1].pos_ == "ADP"
            and doc[i - 1].lower_ in AFFILIATION_PREPS | STOP_PREPS_IN_TITLE
        ):
            break
        i -= 1
    window.reverse()
    last = [t for t in window if t.pos_ != "DET"][-1:]
    if last and last[0].pos_ == "ADP":
        # "a spokesman for Ann Vale's campaign", "the members of the X Club": the name
        # is what the title is of or for, not its holder
        return None
    titles = [k for k, t in enumerate(window) if t.lower_ in TITLE_WORDS]
    if titles and window[-1].text in {"'s", "’s"}:
        return None  # "chief of the Fund's Ann Vale Unit": what the body owns, no holder
    if not titles and m.kind == "person":
        # "Tory Ann Vale", "the Red Cross's Ann Vale", "Labour challenger Ann Vale"
        return (
            _party_label(doc, window[-2:], by_token, m)
            or _owning_body(doc, m, by_token)
            or (_candidacy(doc, window[-1], window[0].i, by_token, m) if window else None)
        )
    if not titles or (m.kind != "person" and titles[-1] != len(window) - 1):
        return None
    first = titles[0]
    # Extend left of the first title word over modifiers, never across a preposition.
    lo = first
    while lo > 0 and window[lo - 1].pos_ != "ADP":
        lo -= 1
    tokens = window[lo:]
    if not tokens:
        return None
    return describe(doc, tokens[0].i, tokens[-1].i + 1, by_token, m)


def appositive_title(doc: Doc, m: Any, by_token: dict[int, Any]) -> Descriptor | None:
    """A title in apposition: "Soto, director of the central bank," or
    "The French special envoy for Yemen, Paul Ney,"."""
    root = doc[m.start : m.end].root
    for child in root.children:
        running = _candidacy(doc, child, child.left_edge.i, by_token, m)
        if child.dep_ == "appos" and child.i > root.i and running is not None:
            return running  # "Ann Vale, the Republican candidate,"
        if child.dep_ == "appos" and child.i > root.i and child.lower_ not in TITLE_WORDS:
            party = _party_label(doc, [child], by_token, m) if m.kind == "person" else None
            if party is not None and not any(c.dep_ == "poss" for c in child.children):
                return party  # "Ann Vale, a Republican from Ohio,"
        if child.dep_ == "appos" and child.lower_ in TITLE_WORDS and child.i > root.i:
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
            start = child.left_edge.i
            return describe(doc, start, end, by_token, m)
    head = root.head
    if root.dep_ == "appos" and head.i < m.start:
        running = _candidacy(doc, head, head.left_edge.i, by_token, m)
        if running is not None:
            return running  # "the Labour challenger, Ann Vale,"
        # the parser may hang the name off the title's last word ("envoy for Libya, X")
        title = next((t for t in [head, *head.ancestors] if t.lower_ in TITLE_WORDS), None)
        if title is not None and _words_between(title.i, m.start, by_token) <= 8:
            start = title.left_edge.i
            end = title.i + 1
            for t in doc[title.i + 1 : m.start]:
                if t.text == ",":
                    break
                end = t.i + 1
            return describe(doc, start, end, by_token, m)
    return None


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
    if m.kind != "person" or word not in CANDIDACY_WORDS:
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
        if (party or body) and doc[other.end - 1].lower_ not in _STATE_WORDS:
            return Descriptor(i, noun.i + 1, word, (other.id,))
    return None


# a government's candidate is no party's: "the Chilean government's nominee"
_STATE_WORDS = {"government", "administration", "cabinet", "regime", "state"}


def _owning_body(doc: Doc, m: Any, by_token: dict[int, Any]) -> Descriptor | None:
    """A body whose possessive comes right before a person's name: "the Red
    Cross's Ann Vale said", "Labour's Ivo Marsh", "the Greens' Ann Vale" (a
    country's is no post: "Norway's Ann Vale" may only be from there; and what a
    firm's possessive names may be its product, which the model can take for a
    person: only someone who speaks, or plainly a person's name, is one)."""
    if m.start < 2 or doc[m.start - 1].text not in {"'s", "’s", "'", "’"}:
        return None
    body = by_token.get(m.start - 2)
    if body is None or body.kind != "org" or body.end != m.start - 1 or body.metonym:
        return None
    root = doc[m.start : m.end].root
    speaks = root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in SPEECH_VERBS
    if doc[m.start - 1].dep_ != "case" or not (speaks or plainly_a_person(doc, m.start, m.end)):
        return None
    if any(t.text in {"'s", "’s"} for t in doc[m.start : m.end]):
        return None  # "the party's Citizen's Pension": no one's name holds a possessive
    return Descriptor(body.start, m.start, "", (body.id,))


def _words_between(lo: int, hi: int, by_token: dict[int, Any]) -> int:
    """How many words lie from ``lo`` to ``hi``, a name counting as one word: "the
    leader of the Road and General Drivers Union, X" is a short title."""
    names = {id(by_token[i]) for i in range(lo, hi) if i in by_token}
    inside = sum(1 for i in range(lo, hi) if i in by_token)
    return hi - lo - inside + len(names)


def describe(doc: Doc, start: int, end: int, by_token: dict[int, Any], m: Any) -> Descriptor:
    """The title phrase ``doc[start:end]`` of ``m`` and the actors it speaks for."""
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
        and not (m.start <= start - 2 < m.end)
    ):
        start -= 2  # "vice-president": the parser may leave "vice-" out of the phrase
        edge = doc[start].left_edge.i  # ... and what qualifies it: "the Chinese vice-premier"
        if edge < start and all(t.is_alpha or t.text in {"'s", "’s"} for t in doc[edge:start]):
            start = edge
    tokens = [t for t in doc[start:end] if not (m.start <= t.i < m.end)]
    former = any(t.lower_.rstrip("-") in _FORMER for t in tokens)
    affiliations: list[int] = []
    mode = "affil"
    segment: list[Any] = []

    def close_segment() -> None:
        # "its chief executive X": the body "its" stands for
        actors = [x for x in segment if x.kind in _SEGMENT_KINDS or _possessive_body(x)]
        if actors:
            # the head of the noun phrase is its last actor ("Iran's SNSC" -> SNSC)
            affiliations.append(actors[-1].id)
        segment.clear()

    seen: set[int] = set()
    last_title = ""
    for t in tokens:
        if t.pos_ == "ADP":
            if mode == "affil":
                close_segment()
            # "of" names whom a title serves; so does "for" after a spokesman or a
            # lawyer ("spokesman for the ministry"), never after an envoy ("envoy for Iran")
            serves = (
                t.lower_ in AFFILIATION_PREPS
                or (t.lower_ == "for" and last_title in FOR_EMPLOYER)
                or (t.lower_ == "at" and last_title in AT_EMPLOYER)
                or (t.lower_ == "with" and last_title in WITH_EMPLOYER)
                or (t.lower_ in {"for", "from"} and last_title in PARTY_SEATS and _a_party(t))
                or (t.lower_ == "to" and last_title in TO_A_LEADER and _a_leader(t))
            )  # "a senior fellow at X", "an official with X"
            mode = "affil" if serves else "skip"
            continue
        if t.lower_ in TITLE_WORDS:
            last_title = t.lower_
        other = by_token.get(t.i)
        if other is not None and other.id != m.id and other.id not in seen:
            seen.add(other.id)
            if mode == "affil" and not _where_based(doc, other) and not _non(doc, other):
                segment.append(other)
    if mode == "affil":
        close_segment()
    # The title starts after the actors that precede the first title word:
    # "Iran's top negotiator" -> "top negotiator".
    title_from = 0
    for k, t in enumerate(tokens):
        if t.lower_ in TITLE_WORDS:
            break
        if t.i in by_token or t.text in {"'s", "’s"} or t.pos_ == "DET" or t.lower_ in _FORMER:
            title_from = k + 1
        elif title_from == k and k > 0 and (t.text == "-" or tokens[k - 1].text == "-"):
            title_from = k + 1  # "a London-based spokeswoman": "-based" is no title
    title_tokens = tokens[title_from:]
    # "Secretary of Iran's SNSC": the title stops before the affiliation.
    text = _title_text(title_tokens, by_token, affiliations)
    return Descriptor(start, end, text, tuple(dict.fromkeys(affiliations)), former)


def _a_party(prep: Token) -> bool:
    """ "for the Justice Party", "from the Republican People's Party"."""
    return any(c.dep_ == "pobj" and c.lower_ in {"party", "parties"} for c in prep.children)


def _a_leader(prep: Token) -> bool:
    """ "to the Chilean president", "to the prime minister", "to the Chilean
    government": a leader's title, or the government itself."""
    return any(c.dep_ == "pobj" and c.lower_ in _LEADERS for c in prep.children)


_LEADERS = {"president", "premier", "minister", "chancellor", "king", "queen", "governor",
            "government", "administration", "cabinet"}  # fmt: skip


def _where_based(doc: Doc, mention: Any) -> bool:
    """ "a Singapore-based fund manager": where the holder works, not whom for."""
    end = mention.end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in {"based", "born", "headquartered", "listed", "educated"}
    )


def _non(doc: Doc, mention: Any) -> bool:
    """ "a non-EU member envoy": a body the holder does not belong to."""
    start = mention.start
    return (start >= 1 and doc[start - 1].lower_ in {"non", "non-"}) or (
        start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "non"
    )


def _possessive_body(mention: Any) -> bool:
    """ "its" or "their" before a title: whom the holder serves (never "his", a person)."""
    return bool(mention.kind == "pronoun" and mention.text.lower() in {"its", "their"})


def _title_text(tokens: list[Token], by_token: dict[int, Any], affiliations: list[int]) -> str:
    words: list[Token] = []
    for k, t in enumerate(tokens):
        if t.pos_ == "ADP" and t.lower_ in {"of", "at", "for", "with", "from"}:  # whom it serves
            rest = tokens[k + 1 :]
            if any(
                by_token.get(r.i) and by_token[r.i].id in affiliations for r in rest
            ) and not any(r.pos_ == "ADP" and r.i not in by_token for r in rest):
                break
        words.append(t)
    while words and words[-1].text.rstrip(".") in HONORIFICS:
        words.pop()  # "Prime Minister Sheikh" -> "Prime Minister"
    text = "".join(t.text_with_ws for t in words).strip()
    return text.strip(" ,()[]")


def hyphened_title_end(doc: Doc, i: int) -> int:
    """Where a title that the tokenizer split at a hyphen ends: "secretary" of
    "secretary-general", "attorney" of "attorney-general" (one title word)."""
    if (
        0 <= i < len(doc) - 2
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and f"{doc[i].lower_}-{doc[i + 2].lower_}" in TITLE_WORDS
    ):
        return i + 3
    return i + 1
