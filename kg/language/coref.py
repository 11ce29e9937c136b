"""Coreference for :mod:`kg.language.actors`: pronouns and definite descriptions.

Rules of thumb from news prose, kept small and explicit:

* ``he``/``she``/``his``/``her`` in a clause whose subject is a person refers to
  that person ("Vance said he had ..."); otherwise to the person the previous
  sentences were about (their subject). A pronoun outside a quote never refers
  to a name inside the quote before it (``"... Haddad ...," he said``).
* ``it`` as a subject refers to the nearest country or body in a core role
  (subject, object, object of a verb's preposition), not one tucked inside a
  noun's modifier ("called on China to use its influence over North Korea ...
  it could use its seat" -> China); ``its`` to the nearest one.
* ``they``/``their`` refer to the nearest group ("Western leaders ... their").
* ``the foreign secretary`` refers to the person holding that title, ``the
  Soviet leader`` to the leader affiliated with that country, ``his Chinese
  counterpart`` (no such person named) to China, ``the committee``/``the
  panel`` to the committee, ``the deal`` to the agreement, ``the country`` to
  the country last named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.language.gazetteer import Entry, gazetteer
from kg.language.lexicon import (
    AGENT_NOUNS,
    AGREEMENT_ANAPHORA,
    COUNTRY_ANAPHORA,
    GENERIC_BODIES,
    NUMBER_WORDS,
    ORG_ANAPHORA,
    PLURAL_PEOPLE_NOUNS,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_THING,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from kg.language.mentions import Mention

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_LEADER_TITLES = {"minister", "secretary", "president", "chancellor", "premier", "leader", "king",
                  "queen", "governor", "mayor", "chairman", "chief"}  # fmt: skip
_CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "appos", "conj"}
_QUOTES = {'"', "“", "”", "``", "''"}
# Unnamed people and bodies a pronoun can stand for ("A spokesman said ... He
# added", "A US firm said it ..."): when one is the subject the pronoun follows,
# the pronoun means it, not a named actor.
_UNNAMED_PEOPLE = (
    TITLE_WORDS
    | {n for n in AGENT_NOUNS if not n.endswith("s")}
    | set(
        """man woman boy girl source analyst economist lawyer witness resident expert observer
    aide adviser advisor insider executive banker trader boss owner voter candidate doctor
    teacher worker student father mother son daughter wife husband friend colleague broker
    dealer strategist consultant investor manager""".split()
    )
)
_UNNAMED_BODIES = GENERIC_BODIES | set(
    """business carmaker manufacturer supermarket newspaper paper broadcaster network startup
    giant conglomerate subsidiary unit club consortium charity committee panel commission
    council board tribunal inquiry""".split())  # fmt: skip


@dataclass
class CorefState:
    """What coreference needs from the resolver: the parse, the mentions, the
    links made so far and a way to register a country as an actor."""

    doc: Doc
    mentions: list[Mention]
    linked: dict[int, str]
    register: Callable[[Entry], str]
    titles: dict[str, list[str]] = field(default_factory=dict)

    def in_quote(self, token_index: int) -> bool:
        sent = self.doc[token_index].sent
        marks = sum(
            1
            for t in self.doc[sent.start : token_index]
            if t.text in _QUOTES or t.tag_ in {"``", "''"}
        )
        return marks % 2 == 1

    def is_subject(self, m: Mention) -> bool:
        """The mention is a subject, or in apposition to one ("The director, Ken
        Vale, said")."""
        lo, hi = m.span
        if any(self.doc[i].dep_ in SUBJECT_DEPS for i in range(lo, hi)):
            return True
        head = self.doc[lo:hi].root
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "Ken Vale QC": the name hangs on "QC"
        return head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS

    def is_main_subject(self, m: Mention) -> bool:
        """The subject of its sentence's main verb or of a speech verb."""
        if not self.is_subject(m):
            return False
        head = self.doc[m.start : m.end].root
        while head.dep_ in {"compound", "appos", "flat"} and head.head.i != head.i:
            head = head.head
        verb = head.head
        return verb.dep_ == "ROOT" or verb.lemma_ in SPEECH_VERBS

    def is_core(self, m: Mention) -> bool:
        root = self.doc[m.start : m.end].root
        if root.dep_ in _CORE_DEPS:
            return True
        return root.dep_ == "pobj" and root.head.head.pos_ in {"VERB", "AUX"}


def _kind_ok(key: str, want: str) -> bool:
    if want == "person":
        return key.startswith("person/")
    if want == "thing":
        return key.startswith(("country/", "org/", "group/"))
    return key.startswith("group/")


def resolve_pronoun(state: CorefState, m: Mention) -> str | None:
    low = m.text.lower()
    if low in PRONOUNS_PERSON:
        want = "person"
    elif low in PRONOUNS_THING:
        want = "thing"
    elif low in PRONOUNS_PLURAL:
        want = "plural"
    else:
        return None
    pron = state.doc[m.start]
    quoted = state.in_quote(m.start)
    if want == "plural":
        return _plural(state, m)
    if _unnamed_antecedent(state, pron, want):
        return None
    same: list[tuple[Mention, str]] = []
    earlier: list[tuple[Mention, str]] = []
    for prev in reversed(state.mentions[: m.id]):
        key = state.linked.get(prev.id)
        if key is None or not _kind_ok(key, want):
            continue
        if prev.sent == m.sent:
            if not quoted and state.in_quote(prev.start):
                continue  # '"... Haddad ...," he said'
            same.append((prev, key))
        else:
            earlier.append((prev, key))
    if pron.dep_ in {"dobj", "pobj", "dative"} and low not in {"its", "his", "her", "their"}:
        # "the United States imposed measures against it": not the United States
        clause = _governing_verb(pron)
        own = {
            state.linked.get(p.id)
            for p, _ in same
            if clause is not None
            and state.doc[p.start : p.end].root.dep_ in SUBJECT_DEPS
            and state.doc[p.start : p.end].root.head.i == clause.i
        }
        same = [(p, k) for p, k in same if k not in own]
    if want == "person" and pron.dep_ in SUBJECT_DEPS and pron.head.dep_ == "ROOT":
        # the main clause's subject: not a name that a fronted clause holds as its
        # object or possessor ("After meeting Ann Lee, he ...", "admiring Lee's work, he")
        same = [(p, k) for p, k in same if state.is_subject(p) or p.start > pron.i]
    if want == "person":
        for prev, key in same:
            head = state.doc[prev.start : prev.end].root
            while (
                head.dep_ not in SUBJECT_DEPS
                and head.head.i != head.i
                and head.head.i < prev.span[1]
            ):
                head = head.head
            if head.dep_ in SUBJECT_DEPS and pron in head.head.subtree:
                return key  # "Vance said he ..."
        if same:
            return same[0][1]
        # the one the sentence before was about: the subject of its main clause (or of
        # its speech verb) before a subject inside what it reports ("Wilson said that
        # Lula had decided ... '...,' he said": Wilson)
        recent = [(p, k) for p, k in earlier if earlier and p.sent == earlier[0][0].sent]
        for prev, key in recent:
            if state.is_main_subject(prev):
                return key
        for prev, key in earlier:
            if state.is_subject(prev):
                return key
        return _cataphora(state, m, want) or (earlier[0][1] if earlier else None)
    if (
        want == "thing"
        and pron.dep_ in SUBJECT_DEPS
        and same
        and any(c.dep_ == "mark" for c in pron.head.children)
    ):
        return same[0][1]  # "support for Ukraine as it attempts to ...": the nearest
    if want == "thing" and pron.dep_ in SUBJECT_DEPS:
        # an argument of a verb that governs the pronoun's clause, then any core argument
        above = {t.i for t in pron.ancestors if t.pos_ in {"VERB", "AUX"}}
        for prev, key in same:
            gov = _governing_verb(state.doc[prev.start : prev.end].root)
            if gov is not None and gov.i in above and state.is_core(prev):
                return key
        if not same and pron.head.dep_ == "ROOT":
            # "It has claimed ..." opening a sentence: the body the sentence before
            # was about (its subject), as for "he"
            for prev, key in earlier:
                if prev.sent < m.sent - 1:
                    break
                if state.is_subject(prev):
                    return key
        for prev, key in [*same, *earlier]:
            if state.is_core(prev):
                return key
    pool = [*same, *earlier]
    return pool[0][1] if pool else None


def resolve_plural(state: CorefState, m: Mention) -> tuple[str, ...]:
    """ "the two leaders" -> the two people named together most recently (earlier
    in the same sentence, or in the nearest sentence that names at least two)."""
    head = m.text.split()[-1].lower()
    if head == "they":  # "They met": the people (else the countries) just named together
        people_or_states = _named_together(state, m, "person/", 0, m.sent - 1)
        return people_or_states or _named_together(state, m, "country/", 0, m.sent - 1)
    people = head in PLURAL_PEOPLE_NOUNS
    states = head in {"nations", "countries", "states", "governments", "capitals", "neighbours",
                      "neighbors"}  # fmt: skip
    want: str | tuple[str, ...] = (
        "person/" if people else "country/" if states else ("country/", "group/")
    )
    said = m.text.lower().split()
    counts = [NUMBER_WORDS[w] for w in said if w in NUMBER_WORDS]
    wanted_count = counts[0] if counts else 2 if head in {"pair", "two"} or "both" in said else 0
    keys = _named_together(state, m, want, wanted_count, m.sent - 3)
    return keys or (_story_pair(state, m) if states else ())


def _named_together(state: CorefState, m: Mention, want: str | tuple[str, ...],
                    wanted_count: int, since: int) -> tuple[str, ...]:  # fmt: skip
    """The actors of kind ``want`` named in the nearest sentence (from ``since``)
    that names two or more (exactly ``wanted_count``, if given)."""
    by_sentence: dict[int, list[str]] = {}
    for prev in state.mentions[: m.id]:
        key = state.linked.get(prev.id)
        if key and key.startswith(want) and not prev.locative and prev.sent >= since:
            by_sentence.setdefault(prev.sent, [])
            if key not in by_sentence[prev.sent]:
                by_sentence[prev.sent].append(key)
    for sent in sorted(by_sentence, reverse=True):
        keys = by_sentence[sent]
        if len(keys) >= 2 and (not wanted_count or len(keys) == wanted_count):
            return tuple(keys)
    return ()


def _story_pair(state: CorefState, m: Mention) -> tuple[str, ...]:
    """ "The nations remain at loggerheads", no pair named nearby: the two
    countries the story is about, when two stand clearly above the rest."""
    counts: dict[str, int] = {}
    for prev in state.mentions[: m.id]:
        key = state.linked.get(prev.id)
        if key and key.startswith("country/"):
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < 2:
        return ()
    if len(ranked) > 2 and ranked[2][1] * 2 > ranked[1][1]:
        return ()  # no clear pair
    return (ranked[0][0], ranked[1][0])


def _plural(state: CorefState, m: Mention) -> str | None:
    """ "they"/"their": the nearest group in this or the previous sentence, unless
    two actors named earlier in the sentence are the "they" ("A agreed with B at
    their summit")."""
    named = {state.linked[p.id] for p in state.mentions[: m.id]
             if p.sent == m.sent and p.id in state.linked and p.kind != "group"}  # fmt: skip
    if len(named) >= 2:
        return None
    for prev in reversed(state.mentions[: m.id]):
        if prev.sent < m.sent - 1:
            break
        key = state.linked.get(prev.id)
        if key and key.startswith("group/") and prev.kind == "group":
            return key
    return None


def _unnamed_antecedent(state: CorefState, pron: Token, want: str) -> bool:
    """Whether the subject ``pron`` follows is an unnamed person or body of its
    kind: the subject of a clause above it ("A US firm said it ..."), or, for a
    pronoun that opens a sentence, the subject of the sentence before ("A
    spokesman said ... He added")."""
    subject = None
    for verb in pron.ancestors:
        found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and pron not in c.subtree]
        if verb.pos_ in {"VERB", "AUX"} and found:
            subject = found[0]
            break
    if subject is None and pron.dep_ in SUBJECT_DEPS and pron.sent.start > 0:
        before = state.doc[pron.sent.start - 1].sent.root
        subject = next((c for c in before.children if c.dep_ in SUBJECT_DEPS), None)
    nouns = _UNNAMED_PEOPLE if want == "person" else _UNNAMED_BODIES
    if subject is None or subject.pos_ != "NOUN" or subject.lower_ not in nouns:
        return False
    # named after all: "the oil firm Yukos", "the spokesman, Ivo Marsh,"
    named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    return not any(
        state.linked.get(x.id) and x.span[0] <= t.i < x.span[1]
        for x in state.mentions
        for t in named
    )


def _governing_verb(token: Token) -> Token | None:
    for t in token.ancestors:
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def _cataphora(state: CorefState, m: Mention, want: str) -> str | None:
    """ "Asked whether he ..., Mr Holt said": the main subject that follows."""
    for nxt in state.mentions[m.id + 1 :]:
        if nxt.sent != m.sent:
            break
        key = state.linked.get(nxt.id)
        verb = state.doc[nxt.start : nxt.end].root.head
        # its verb governs the pronoun's clause ("He added that Ruiz would stay": no)
        governs = state.doc[m.start] in verb.subtree and verb.i > m.start
        if key and _kind_ok(key, want) and state.is_subject(nxt) and governs:
            return key
    return None


def resolve_description(state: CorefState, m: Mention) -> str | None:
    words = [w.lower() for w in m.text.split()]
    head = words[-1]
    earlier = [
        (p, state.linked[p.id]) for p in reversed(state.mentions[: m.id]) if p.id in state.linked
    ]
    if head in AGREEMENT_ANAPHORA or head in COUNTRY_ANAPHORA:
        want = "agreement/" if head in AGREEMENT_ANAPHORA else "country/"
        for prev, key in earlier:
            if key.startswith(want) and prev.kind != "description" and not prev.locative:
                return key
        return None
    if head in ORG_ANAPHORA:
        accepted = ORG_ANAPHORA[head]
        for prev, key in earlier:
            if prev.kind in {"org", "group"} and prev.text.split()[-1].lower() in accepted:
                return key
        return None
    if head not in TITLE_WORDS:
        return None
    gz = gazetteer()
    country = gz.adjective_in(m.text.split())
    if country is None and ("'s " in m.text or "’s " in m.text):  # "Iraq's security advisor"
        owner = gz.lookup(m.text.replace("’", "'").split("'s ")[0])
        country = owner if owner is not None and owner.type == "Country" else None
    title = " ".join(w for w in words if w not in {"the", "his", "her", "its", "their"})
    # every word of the title, in a post held now or, for "the former ...", then:
    # "the prime minister" is not a former welfare minister
    former = "former" in words
    wanted = [w for w in title.split() if w not in {"former", "then", "new"}
              and gz.lookup(w.capitalize()) is None
              and gz.adjective_in([w.capitalize()]) is None]  # fmt: skip
    people = []
    lesser: set[str] = set()
    for prev, key in earlier:
        if not key.startswith("person/"):
            continue
        titles = [d.title.lower() for d in prev.descriptors if d.former == former]
        titles += state.titles.get(key, [])
        affiliated = [state.linked.get(a) for d in prev.descriptors for a in d.affiliations]
        holds = any(_holds(wanted, t.split()) for t in titles)
        if country is not None:
            if country.key in affiliated and holds:
                return _remember(state, key, title)  # "the Soviet leader"
            continue
        if holds:
            return _remember(state, key, title)  # "the foreign secretary"
        if any(all(w in t.split() for w in wanted) for t in titles):
            lesser.add(key)  # holds a lesser post of that name: the deputy, the shadow
        people.append((prev, key))
    if country is not None:
        # "his Chinese counterpart", "Iraq's national security advisor": no such
        # person is named, so the country itself
        return state.register(country)
    body = next((e for e in map(gz.lookup, m.text.split()[:-1]) if e is not None), None)
    if body is not None:
        return state.register(body)  # "the UN envoy": the UN when no envoy is named
    # No one holds that title yet: for a leader's title ("the prime minister"), the
    # one person the story has named so far; with several, nobody can tell (in
    # British news "the prime minister" is seldom the last subject).
    if head not in _LEADER_TITLES:
        return None
    named = {key for prev, key in people if prev.kind == "person"} - lesser
    if len(named) == 1:
        return _remember(state, named.pop(), title)
    return None


# Words that make a post a different, lesser one: "the prime minister" is not
# the deputy prime minister, "the chancellor" not the shadow chancellor.
RANK_MODIFIERS = frozenset(
    "deputy vice shadow assistant junior under associate co lieutenant sub".split()
)


def _holds(wanted: list[str], title: list[str]) -> bool:
    """True if a post ``title`` (its words) is the one the description asks for:
    every wanted word is in it and it adds no rank modifier the description lacks.

    >>> _holds(["prime", "minister"], ["prime", "minister"])
    True
    >>> _holds(["prime", "minister"], ["deputy", "prime", "minister"])
    False
    >>> _holds(["shadow", "chancellor"], ["tory", "shadow", "chancellor"])
    True
    """
    words = {p for w in title for p in w.split("-")}  # "co-chairman"
    return all(w in title for w in wanted) and not (words & RANK_MODIFIERS) - set(wanted)


def _remember(state: CorefState, key: str, title: str) -> str:
    state.titles.setdefault(key, []).append(title)
    return key
