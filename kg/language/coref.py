"""Coreference for :mod:`kg.language.actors`: pronouns, by rules of thumb from news
(definite descriptions and plural references: :mod:`kg.language.descriptions`):

* ``he``/``she``/``his``/``her`` in a clause whose subject is a person refers to that person
  ("Vance said he had ..."); otherwise to the person the previous sentences were about (their
  subject). A pronoun outside a quote never refers to a name inside the quote before it, nor
  a speaker to one named in what he says, there or before (``"... Haddad ...," he said``).
* ``it`` as a subject refers to the nearest country or body in a core role (subject, object,
  object of a verb's preposition), not one tucked inside a noun's modifier ("called on Brazil
  to use its influence over Bolivia ... it could use its seat" -> Brazil); ``its`` to the
  nearest one. With no body before it in its sentence, ``it``/``its`` is what the sentence
  before was about (:mod:`kg.language.sentence_topics`), and nothing two sentences on.
* ``they``/``their``: the nearest group ("Western leaders ... their"; see :func:`_plural`).
* A candidate must agree with the pronoun (gender from an honorific, a post, an
  earlier pronoun, else a given name; number; not a mere modifier: agreement.py);
  when none does, or two fit equally ("Mr Ray and Mr Lee met ... He said"), no one."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.agreement import (
    clause_subject,
    described_by_apposition,
    governing_pronoun,
    name_sex,
    only_a_modifier,
    person_gender,
    plural_noun,
    pronoun_gender,
)
from kg.language.clause_topics import subject_owner
from kg.language.collective_they import collective_body
from kg.language.coref_cues import (
    attributed_owner,
    backed_owner,
    cited_source,
    coordinated,
    for_to_subject,
    in_subjectless_clause,
    judged_deed,
    nearest_alone,
    passive_agent,
    referred_as,
    they_group,
    unnamed_speaker_before,
    unresolved_before,
    verb_argument,
)
from kg.language.coref_state import SUBJECT_DEPS, SUBJECT_OR_POSS, CorefState, kind_ok
from kg.language.event_words import SPEECH_VERBS
from kg.language.force_owners import force_owner
from kg.language.fronted import opening_possessive
from kg.language.judged_owners import not_owner
from kg.language.lexicon import PRONOUNS_PERSON, PRONOUNS_PLURAL, PRONOUNS_THING
from kg.language.mentions import Mention
from kg.language.paper_words import sent_paper
from kg.language.person_topics import act_owner, unrecognised_subject
from kg.language.said_names import not_said_of
from kg.language.self_reported import reported_self
from kg.language.sentence_topics import sentence_topic
from kg.language.speaking_bodies import speaking_body_owner
from kg.language.unnamed import unnamed_antecedent


def _speaks(pron: Token) -> bool:
    """ "he said", "she added": the subject of a speech verb."""
    return pron.dep_ in SUBJECT_DEPS and pron.head.lemma_ in SPEECH_VERBS


def _reported_before(pron: Token) -> set[int]:
    """The clause a speech verb reports before its subject pronoun ("The EU was
    imposing new rules, it noted"): who is named there is what is said, not who says it."""
    verb = pron.head
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < pron.i]
    inside = {t.i for c in clauses for t in c.subtree if t.i < pron.i}
    if verb.dep_ == "parataxis":  # "The EU, it noted, was ...": the clause it hangs on
        own = {t.i for t in verb.subtree}
        inside |= {t.i for t in verb.head.subtree if t.i < pron.i and t.i not in own}
    return inside


def _owner_by_clause(state: CorefState, pron: Token, same: list[tuple[Mention, str]]) -> str | None:
    """ "Velcor appointed Calder Bank as its adviser": its is the subject of its clause
    when that is a body named in the sentence ("" when it is a name the model did not
    recognise: no one), None when the clause says nothing."""
    subject = clause_subject(pron)
    if subject is None:
        return None
    words = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    for prev, key in same:
        if any(prev.start <= t.i < prev.end for t in words):
            return key
    covered = any(p.start <= subject.i < p.end for p in state.mentions)
    return "" if subject.pos_ == "PROPN" and not covered else None


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
    if low.endswith(("self", "selves")) and verb_argument(pron):
        return None  # "X blamed himself", "was furious with himself": X, no second party
    quoted = state.in_quote(m.start)
    if want == "plural":
        return _plural(state, m)
    if unnamed_antecedent(state, pron, want):
        return None
    first = governing_pronoun(pron)
    if first is not None:  # "it said it ...": whatever the first one is, or no one
        return next((state.linked.get(p.id) for p in state.mentions if p.start == first.i), None)
    same: list[tuple[Mention, str]] = []
    earlier: list[tuple[Mention, str]] = []
    said_of: set[tuple[str, str]] = set()  # who is named in what "he" says: not he
    spoken = _speaks(pron)
    speaks = want == "person" and not quoted and spoken
    reported = _reported_before(pron) if spoken else set()
    for prev in reversed(state.mentions[: m.id]):
        key = state.linked.get(prev.id)
        if key is None or not kind_ok(key, want) or not _agrees(state, pron, prev, key):
            continue
        if want == "thing" and prev.sent < m.sent - 2:
            break  # a body not named for two sentences is no longer "it"
        if prev.sent == m.sent:
            if not quoted and (state.in_quote(prev.start) or prev.start in reported):
                said_of.add((prev.kind, key))  # '"... Haddad ...," he said', "The EU, it said"
                continue
            same.append((prev, key))
        elif not (speaks and state.in_quote(prev.start)):
            earlier.append((prev, key))  # a name quoted before is not who speaks now
    earlier = not_said_of(pron, earlier, said_of) if speaks else earlier
    bound = _relative_antecedent(pron)  # "Peru and Chile, which it accuses": neither
    same = [(p, k) for p, k in same if state.doc[p.start : p.end].root.i not in bound]
    object_like = pron.dep_ in {"dobj", "pobj", "dative"} or for_to_subject(pron)
    own: set[str | None] | None = None  # an object's own clause's subject: not it
    if object_like and low not in {"its", "his", "her", "their"}:
        # "X imposed measures against it": not X, nor the understood subject of a participle
        # ("A wrote to B accusing him": B), nor who calls "for him to resign"
        verb = pron.head.head if for_to_subject(pron) else _governing_verb(pron)
        clauses = {v.i for v in _with_understood_subject(verb)}
        own = {
            state.linked.get(p.id)
            for p, _ in same
            if state.doc[p.start : p.end].root.dep_ in SUBJECT_DEPS
            and state.doc[p.start : p.end].root.head.i in clauses
        }
        same = [(p, k) for p, k in same if k not in own]
    same = [(p, k) for p, k in same if not not_owner(pron, p)]  # "A criticised his plan"
    if want == "person" and pron.dep_ in SUBJECT_DEPS and pron.head.dep_ == "ROOT":
        # the main clause's subject: not a name that a fronted clause holds as its
        # object or possessor ("After meeting Ann Lee, he ...", "admiring Lee's work, he")
        # nor one inside a fronted clause without a subject of its own, whose doer is
        # the main subject ("Asked whether Ann Lee would resign, he said")
        same = [
            (p, k)
            for p, k in same
            if p.start > pron.i
            or (state.is_subject(p) and not in_subjectless_clause(state, p, pron))
        ]
    if speaks and not same and not earlier:  # "President A B would ..., he told reporters"
        self_said = reported_self(pron, state.mentions, state.linked,
                                  lambda p, k: _agrees(state, pron, p, k))  # fmt: skip
        if self_said is not None:
            return self_said
    if want == "person":
        return _person(state, m, same, earlier, own)
    if want == "thing" and pron.dep_ == "poss":
        owner = backed_owner(pron, same) or force_owner(state, pron)
        owner = owner or _owner_by_clause(state, pron, same)
        if owner is not None:
            return owner or None
    if want == "thing" and not same and quoted:
        return None  # '"It suggests that ...," said an analyst': what he speaks of
    if want == "thing" and not same and pron.dep_ in SUBJECT_OR_POSS:
        return sentence_topic(state, m, earlier)
    if (
        want == "thing"
        and pron.dep_ in SUBJECT_DEPS
        and same
        and any(c.dep_ == "mark" for c in pron.head.children)
    ):
        # "Shares in X fell on the Y exchange, after it said": X, whose shares fell;
        # else the nearest ("aid for Chile as it tries to ...")
        return subject_owner(state, pron, same) or same[0][1]
    if want == "thing" and pron.dep_ in SUBJECT_DEPS:
        if (owner := speaking_body_owner(state, pron)) is not None:
            return owner  # "the UN mission in X said it had ...": the UN, not X
        # an argument of a verb that governs the pronoun's clause, then any core argument
        above = {t.i for t in pron.ancestors if t.pos_ in {"VERB", "AUX"}}
        for prev, key in same:
            gov = _governing_verb(state.doc[prev.start : prev.end].root)
            if gov is not None and gov.i in above and state.is_core(prev):
                return key
        for prev, key in [*same, *earlier]:
            if state.is_core(prev):
                return key
    return same[0][1] if same else judged_deed(state, pron, earlier)


def _relative_antecedent(pron: Token) -> set[int]:
    """The noun (and its conjuncts) a relative clause describes, when ``pron`` is the
    clause's subject and the relative word another of its words ("Peru and Chile, which
    it accuses", "Chile, which it said had ..."): no name the subject can stand for."""
    verb = pron.head
    if pron.dep_ not in SUBJECT_DEPS or verb.dep_ != "relcl":
        return set()
    if not any(t.tag_ in {"WDT", "WP"} and not (t.head.i == verb.i and t.dep_ in SUBJECT_DEPS)
               for t in verb.subtree):  # fmt: skip
        return set()
    return {t.i for t in verb.head.conjuncts} | {verb.head.i}


def _person(
    state: CorefState,
    m: Mention,
    same: list[tuple[Mention, str]],
    earlier: list[tuple[Mention, str]],
    own: set[str | None] | None = None,
) -> str | None:
    """ "he"/"she": the subject of the clause above, the nearest name in the sentence,
    else the one the sentence before was about. For "she", a woman the article calls
    "Mrs", "Ms" ... wins over a person whose gender it does not state ("Ed Ray praised
    Mrs Lee for her work"); not so for "he" (most people news names without an
    honorific are men: "Mr Lee said ... Ed Ray said he" is Ed Ray)."""
    pron = state.doc[m.start]
    near = [*same, *((p, k) for p, k in earlier if p.sent >= m.sent - 1)]
    if pronoun_gender(pron.text) == "f" and any(state.genders.get(k) for _, k in near):
        same = [(p, k) for p, k in same if state.genders.get(k)]
        earlier = [(p, k) for p, k in earlier if state.genders.get(k)]
    owner = attributed_owner(pron)  # "A met B, his spokesman said": A's spokesman
    if owner is not None:
        for prev, key in same:
            if prev.start <= owner.i < prev.end:
                return key
    for prev, key in same:
        head = state.doc[prev.start : prev.end].root
        while (
            head.dep_ not in SUBJECT_DEPS
            and head.dep_ != "pobj"  # "A, father of B, thanked his lawyers": A's, not B's
            and head.head.i != head.i
            and head.head.i < prev.span[1]
        ):
            head = head.head
        if head.dep_ in SUBJECT_DEPS and pron in head.head.subtree:
            return key  # "Vance said he ..."
    if same:
        return same[0][1]
    if opening_possessive(pron):  # "After his talks with X, Y said": Y's talks
        ahead = _cataphora(state, m, "person")
        if ahead is not None:
            return ahead
    # the one the sentence before was about: its main (or speech verb's) subject before
    # one inside what it reports ("Wilson said that Lula had decided ... he said": Wilson)
    if unresolved_before(state, m) or unrecognised_subject(state, pron):
        return None  # "He did not think A was right. But he warned": the same unknown
    recent = [(p, k) for p, k in earlier if earlier and p.sent == earlier[0][0].sent]
    if recent and recent[0][0].sent == m.sent - 1 and (actor := act_owner(state, pron, recent)):
        return actor  # "Ann Lee's talks with Ed Ray ended. She said": Ann Lee
    if own is not None:  # an object ("A criticised B. C defended him": either; "A
        # phoned B. He told him": B, not the subject "he" already is)
        left = {k for p, k in recent if k not in own and (state.is_subject(p) or state.is_core(p))}
        if left:
            return left.pop() if len(left) == 1 else None
    for prev, key in recent:
        if state.is_main_subject(prev):
            # "Mr Ray and Mr Lee met ... He said": either of the two
            both = {k for p, k in recent if k != key and coordinated(state, p, prev)}
            return None if both else key
    if _speaks(pron):
        # "..., according to Ann Lee. She added": the source the sentence before cites;
        # "A spokesman said Mr Ray had erred. He said": that spokesman (no one), not Ray
        sources = {k for p, k in recent if cited_source(state, p)}
        if len(sources) == 1:
            return sources.pop()
        if unnamed_speaker_before(state, pron):
            return None
    if recent and recent[0][0].sent == m.sent - 1:
        # the sentence before names a new person, not as its subject: who did what it
        # tells ("The claim was rejected by X. He said": X), else no one rather than a
        # subject further back ("A said ... That view angered X. He said": either)
        doers = {k for p, k in recent if passive_agent(state, p)}
        if len(doers) == 1:
            return doers.pop()
        back = next((k for p, k in earlier if state.is_subject(p)), None)
        if back is not None and back not in {k for _, k in recent}:
            return None
    for prev, key in earlier:
        if state.is_subject(prev):
            return key
    return _cataphora(state, m, "person") or nearest_alone(state, earlier)


def _plural(state: CorefState, m: Mention) -> str | None:
    """ "they"/"their": the nearest group (plural before collective, not a modifier: "a
    Mercosur summit") in this or the previous sentence, unless two actors named earlier in
    the sentence or two people before it are the "they" ("A agreed with B at their summit")."""
    named = {state.linked[p.id] for p in state.mentions[: m.id]
             if p.sent == m.sent and p.id in state.linked and p.kind != "group"}  # fmt: skip
    if len(named) >= 2:
        return None
    groups = []
    for prev in reversed(state.mentions[: m.id]):
        if prev.sent < m.sent - 1:
            break
        key = state.linked.get(prev.id)
        if key and key.startswith("group/") and they_group(state, prev, m):
            groups.append((prev, key))
    # a plural noun before a collective one ("Rebels attacked. The army said their attack failed")
    plural = [k for p, k in groups if state.doc[p.start : p.end].root.tag_ in {"NNS", "NNPS"}]
    return plural[0] if plural else groups[0][1] if groups else collective_body(state, m)


def _agrees(state: CorefState, pron: Token, prev: Mention, key: str) -> bool:
    """Gender, number, not a mere modifier, not described by the pronoun's own phrase."""
    if described_by_apposition(pron, prev):
        return False
    gender = pronoun_gender(pron.text)
    if gender is not None:
        if key not in state.genders:
            state.genders[key] = person_gender(state.doc, state.mentions, state.linked, key)
        known = state.genders[key] or referred_as(state, key, pron.i) or name_sex(state, key)
        return known in {"", gender}
    if plural_noun(state.doc, prev):
        return False  # "it" is not "the creditors"
    if not state.covered:
        # bodies' names: "the French government" is France; "US investor Ed Ray" is no body
        state.covered = {i for p in state.mentions
                         if not state.linked.get(p.id, "person/").startswith("person/")
                         for i in range(p.start, p.end)}  # fmt: skip
    return not only_a_modifier(state.doc, prev, state.covered)


def _governing_verb(token: Token) -> Token | None:
    for t in token.ancestors:
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def _with_understood_subject(verb: Token | None) -> list[Token]:
    """The verb, and the verbs whose subject it takes when it has none of its own:
    "accusing" in "A wrote to B accusing him", "and calling"."""
    out: list[Token] = []
    while verb is not None:
        out.append(verb)
        own = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        if not own and sent_paper(verb):
            verb = verb.head.head  # "A sent B a letter congratulating him": A's words
            continue
        if own or verb.dep_ not in {"advcl", "conj"} or verb.head.pos_ not in {"VERB", "AUX"}:
            break
        verb = verb.head
    return out


def _cataphora(state: CorefState, m: Mention, want: str) -> str | None:
    """ "Asked whether he ..., Mr Holt said": the main subject that follows."""
    for nxt in state.mentions[m.id + 1 :]:
        if nxt.sent != m.sent:
            break
        key = state.linked.get(nxt.id)
        verb = state.doc[nxt.start : nxt.end].root.head
        # its verb governs the pronoun's clause ("He added that Ruiz would stay": no)
        governs = state.doc[m.start] in verb.subtree and verb.i > m.start
        if key and kind_ok(key, want) and state.is_subject(nxt) and governs:
            return key
    return None
