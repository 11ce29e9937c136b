"""Cues :mod:`kg.language.coref` reads about a mention and its sentence: whether
it is cited as a source ("according to X"), the agent of a passive ("was rejected
by X"), inside a fronted clause with no subject; whether the sentence before has
an unresolved pronoun for subject; which pronouns the article used for a person;
whose source a closing attribution names ("A met B, his spokesman said": A's);
whether another body than a subject's owner has a core role before an "it".
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.agreement import pronoun_gender, speaks_as_it
from kg.language.coref_state import SUBJECT_DEPS, CorefState
from kg.language.event_words import SIDE_TAKING_VERBS, SPEECH_VERBS
from kg.language.lexicon import TITLE_WORDS
from kg.language.mentions import Mention
from kg.language.pronoun_index import GenderedPronouns
from kg.language.speaking_pairs import subject_pair
from kg.language.warned_clauses import warned_party


def unresolved_before(state: CorefState, m: Mention) -> bool:
    """The sentence before has for its subject the same pronoun, resolved to no one."""
    gender = pronoun_gender(m.text)
    return any(
        p.sent == m.sent - 1
        and p.kind == "pronoun"
        and p.id not in state.linked
        and pronoun_gender(p.text) == gender
        and state.is_main_subject(p)
        for p in state.mentions[: m.id]
    )


def unnamed_speaker_before(state: CorefState, pron: Token) -> bool:
    """The sentence before is speech by someone the article names as no person ("Our
    correspondent said ...", "Ann Ray's e-mail suggested ...", "Critic Ed Lee said"
    read as a firm): "He said" goes on with that speaker, not with a person named
    inside the words ("... said Mr Ray had erred. He said": not Ray) nor one further
    back. Not "the MP for Leeds", "the cardinal", who may be someone named before."""
    start = pron.sent.start
    if start == 0 or state.in_quote(pron.i):
        return False
    verb = state.doc[start - 1].sent.root
    # an active subject: "His claims were denied by X" has X for speaker
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ not in SPEECH_VERBS or subject is None or subject.tag_ == "PRP":
        return False
    if speaks_as_it(subject) or state.in_quote(verb.i):
        return False  # "The report said ...": a text, not a person who goes on
    if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    # a name in the subject's phrase, not its owner's ("Shadow spokesman for sport
    # Ann Lee said" is Ann Lee; "Mr Ray's spokesman said" is not Mr Ray)
    owners = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    words = {t.i for t in subject.subtree} - owners
    named = any(
        state.linked.get(m.id, "").startswith("person/")
        and any(m.start <= i < m.end for i in words)
        for m in state.mentions
        if m.start < pron.i
    )
    return not named


def for_to_subject(pron: Token) -> bool:
    """ "calling for him to resign": the subject of a for-to infinitive; and "sent troops
    to help it fight": of a bare infinitive after "help", "let" or "make" (their object;
    a state's "it" only: "relied on advisers to help him decide" is the one who relied)."""
    verb = pron.head
    bare = pron.lower_ == "it" and verb.tag_ == "VB" and verb.dep_ in {"ccomp", "xcomp"}
    if bare and pron.dep_ in SUBJECT_DEPS and verb.head.lemma_ in _BARE_INFINITIVE_HEADS:
        return verb.head.pos_ == "VERB"
    return (
        pron.dep_ in SUBJECT_DEPS
        and verb.head.i != verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


_BARE_INFINITIVE_HEADS = frozenset({"help", "let", "make"})


def passive_agent(state: CorefState, m: Mention) -> bool:
    """The mention is the "by" agent of a passive verb ("was rejected by X")."""
    head = described(state.doc[m.start : m.end].root)
    by = head.head
    verb = by.head
    return (
        head.dep_ == "pobj"
        and by.lower_ == "by"
        and by.dep_ == "agent"
        and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    )


def described(token: Token) -> Token:
    """The noun a name stands for in its phrase ("the economist, Ann Lee": economist)."""
    while token.dep_ in {"appos", "compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token


def cited_source(state: CorefState, m: Mention) -> bool:
    """The mention is who "according to" cites ("according to Ann Lee", "according
    to the bank's economist, Ann Lee")."""
    head = described(state.doc[m.start : m.end].root)
    to = head.head
    return head.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def in_subjectless_clause(state: CorefState, m: Mention, pron: Token) -> bool:
    """The mention lies in a clause fronted before ``pron`` whose verb has no subject."""
    for t in state.doc[m.start : m.end].root.ancestors:
        if t.head.i == pron.head.i and t.i < pron.i and t.dep_ == "advcl":
            return not any(c.dep_ in SUBJECT_DEPS for c in t.children)
    return False


def referred_as(state: CorefState, key: str, before: int) -> str:
    """The gender of the pronouns the article has used for a person before token
    ``before`` ("Kim Rollo ... she warned" makes Kim Rollo a woman), "" when none
    or both."""
    pronouns = _gendered_pronouns(state).before(before)
    found = {gender for mention, gender in pronouns if state.linked.get(mention) == key}
    return found.pop() if len(found) == 1 else ""


def _gendered_pronouns(state: CorefState) -> GenderedPronouns:
    """The article's gendered pronouns outside quotes ('"He is wrong," she said':
    whoever he is), found at the first question (kg.language.pronoun_index)."""
    if state.pronoun_index is None:
        state.pronoun_index = GenderedPronouns(
            (p.start, p.id, gender)
            for p in state.mentions
            if p.kind == "pronoun"
            and (gender := pronoun_gender(p.text))
            and not state.in_quote(p.start)
        )
    return state.pronoun_index


def attributed_owner(pron: Token) -> Token | None:
    """The subject of the clause a closing attribution reports, when the pronoun is
    the possessive of its source: "A met B on Monday, his spokesman said", "..., said
    his aide", "..., according to his office": A's spokesman, not the nearest name B."""
    if pron.dep_ != "poss":
        return None
    source = pron.head
    verb = source.head
    if source.dep_ in SUBJECT_DEPS and verb.lemma_ in SPEECH_VERBS:
        clauses = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
        if verb.dep_ == "parataxis":
            clauses.append(verb.head)  # "A met B, his aide said, on Monday"
    elif source.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according":
        clauses = [verb.head.head]  # "A met B, according to his office"
    else:
        return None
    for clause in clauses:
        if clause.i < pron.i:
            for c in clause.children:
                if c.dep_ in SUBJECT_DEPS and c.i < pron.i:
                    return c
    return None


def verb_argument(pron: Token) -> bool:
    """Whether a word is an argument of a verb (through prepositions and adjectives:
    "distanced himself from", "furious with himself"), not inside a noun's phrase
    ("a rift between himself and X", where "himself" may be someone named before)."""
    head = pron.head
    while head.pos_ in {"ADP", "ADJ"} and head.head.i != head.i:
        head = head.head
    return head.pos_ in {"VERB", "AUX"}


_SIDE_PREPS = frozenset({"behind", "by", "with", "around"})


def backed_party(pron: Token) -> set[int]:
    """The party a verb of taking a side is about, when "its" owns what that verb helps
    it in: "Russia backed Serbia in its row with Kosovo", "stood by the Philippines in its
    dispute with China", "threw its support behind Azerbaijan in its war": the row is
    Serbia's, not the backer's (one backs another in the other's quarrel). The token
    indices of that party's phrase; none when the pronoun is not so placed."""
    noun = pron.head
    prep = noun.head
    if pron.dep_ != "poss" or noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return set()
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SIDE_TAKING_VERBS:
        return set()
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i]
    if verb.lemma_.lower() in {"throw", "stand", "rally", "side"}:
        objects = []  # "threw its support behind X": the party is after the preposition
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _SIDE_PREPS
                and c.i < prep.i for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return {t.i for o in objects for t in o.subtree}


_REASON_PREPS = frozenset({"over", "for"})
_TARGET_PREPS = frozenset({"on", "against", "with", "for", "to"})


def blamed_party(pron: Token) -> set[int]:
    """The party a reason phrase is about, when "its" owns the reason: "sanctioned Iran
    over its nuclear programme", "imposed sanctions on Russia over its invasion of
    Ukraine", "cut ties with Qatar over its support for ...", "criticised China for its
    treatment of ...": the one acted on answers for its own deeds, not the one acting.
    The token indices of that party's phrase (the verb's object, that object's owner
    or the body after its "on"/"against"/"with"); none when the pronoun is not so placed
    ("appointed Calder Bank as its adviser" keeps its own subject)."""
    noun = pron.head
    prep = noun.head
    if pron.dep_ != "poss" or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return set()
    if prep.lower_ not in _REASON_PREPS:
        return set()
    head = prep.head
    if head.pos_ in {"VERB", "AUX"}:
        things = [c for c in head.children if c.dep_ == "dobj" and c.i < prep.i]
        if things:  # "halted arms sales to Turkey over its": the sales' partner (not
            # "apologised to A for its invasion", with nothing acted on: the subject's)
            things += [g for c in head.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
                       and c.i < prep.i for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    else:
        things = [head] if head.pos_ in {"NOUN", "PROPN"} else []
    parts: list[Token] = []
    for thing in things:
        parts += [thing] if thing.pos_ == "PROPN" else []  # "sanctioned Iran over its"
        parts += [c for c in thing.children if c.dep_ == "poss"]  # "Russia's envoy"
        parts += [g for c in thing.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return {t.i for p in parts for t in p.subtree if t.i < prep.i}


def backed_owner(pron: Token, same: list[tuple[Mention, str]]) -> str | None:
    """Who "its" is when :func:`backed_party` names the one backed, :func:`blamed_party`
    the one blamed or :func:`kg.language.warned_clauses.warned_party` the one warned: the actor of ``same`` (the sentence's earlier mentions, nearest
    first) whose phrase that is."""
    backed = backed_party(pron) | blamed_party(pron) | favoured_party(pron) | warned_party(pron)
    return next((k for p, k in same if backed & set(range(p.start, p.end))), None)


# verbs of judging whose "in favour of", "for", "with" or "against" phrase names the
# side that a possessive in their "in" phrase stands for
_JUDGING = frozenset({"rule", "side", "find", "decide", "judge"})


def favoured_party(pron: Token) -> set[int]:
    """The words of the side a ruling favours, when "its" owns the dispute the ruling is
    made in: "the WTO ruled in favour of Brazil in its dispute with X" (Brazil's
    dispute, not the WTO's), "the panel sided with Mexico in its row with X", "ruled
    against Peru in its dispute with X"."""
    noun = pron.head
    if pron.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return set()
    verb = noun.head.head
    if verb.lemma_ not in _JUDGING:
        return set()
    sides = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"for", "with", "against"}
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    sides += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
              for f in p.children if f.lower_ in {"favour", "favor"}
              for q in f.children if q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]  # fmt: skip
    return {t.i for o in sides for t in o.subtree}


def rival_body(state: CorefState, recent: list[tuple[Mention, str]], owner: str) -> bool:
    """Another body than the subject's owner has a core role in the sentence before
    ("Peru's president accused Chile. It rejected ..."): either may be the "it". Not
    a market named as where a thing of the owner's is traded ("Shares in X fell on the
    Y Exchange. It said": X)."""
    return any(key != owner and state.is_core(p) and not _market(state, p) for p, key in recent)


def _market(state: CorefState, m: Mention) -> bool:
    """ "on the Y Exchange", "in Y": a body after "on" or "in" of the verb, a place."""
    root = state.doc[m.start : m.end].root
    return root.dep_ == "pobj" and root.head.lower_ in {"on", "in"}


def main_topic(state: CorefState, m: Mention) -> bool:
    """The subject of the main clause, when it can be an "it": not a person's post
    that stands for its country ("Brazil's foreign minister criticised Argentina. It
    said": not Brazil)."""
    post = m.kind == "description" and m.text.split()[-1].lower() in TITLE_WORDS
    return state.is_main_subject(m) and not post


def coordinated(state: CorefState, a: Mention, b: Mention) -> bool:
    """``a`` and ``b`` are two items of one coordination ("A and B")."""
    ra, rb = state.doc[a.start : a.end].root, state.doc[b.start : b.end].root
    return (ra.dep_ == "conj" and ra.head.i == rb.i) or (rb.dep_ == "conj" and rb.head.i == ra.i)


def nearest_alone(state: CorefState, earlier: list[tuple[Mention, str]]) -> str | None:
    """The nearest candidate named before, unless another that agrees is named with it
    ("Ann Vale met Tom Reyes and Pedro Salas. He said": either man)."""
    if not earlier:
        return None
    near, key = earlier[0]
    rivals = {
        k for p, k in earlier if k != key and p.sent == near.sent and coordinated(state, p, near)
    }
    return None if rivals else key


# Verbs that judge a deed: "Iran condemned it", after "Israel bombed targets in Lebanon",
# is the bombing (so its doer), not the place it hit.
_JUDGING_DEEDS = frozenset(
    "condemn denounce deplore hail welcome praise applaud criticise criticize slam".split()
)


def judged_deed(state: CorefState, pron: Token, earlier: list[tuple[Mention, str]]) -> str | None:
    """The antecedent of an object "it" with no candidate in its own sentence: the nearest
    one named before, but none of a pair ("A and B signed a pact. C hailed it": the pact),
    and for a verb that judges a deed the subject of the sentence before, who did it
    ("A bombed targets in B. C condemned it": A; none when no subject is an actor)."""
    if not (pron.dep_ == "dobj" and pron.head.lemma_ in _JUDGING_DEEDS and earlier):
        return nearest_alone(state, earlier)
    last = [(p, k) for p, k in earlier if p.sent == earlier[0][0].sent]
    doer = next(((p, k) for p, k in last if state.is_subject(p)), None)
    return None if doer is None else nearest_alone(state, [doer, *last])


def they_group(state: CorefState, prev: Mention, m: Mention) -> bool:
    """Whether a group mention may be the "they" ``m``: not one named only to qualify a
    thing ("the Mercosur trade deal", "a Mercosur summit"; "Mercosur leaders" still are
    the bloc's), nor any after two people who are the "they" (:func:`pair_before`)."""
    root = state.doc[prev.start : prev.end].root
    if prev.kind != "group" or (root.dep_ in {"compound", "amod", "nmod"}
                                and root.head.i >= prev.end and root.head.tag_ == "NN"):  # fmt: skip
        return False
    return not pair_before(state, m)


def pair_before(state: CorefState, m: Mention) -> bool:
    """The sentence before ``m``'s has for main subject two or more people named together,
    or one who met another ("Ann Ray and Ed Lee attended ...", "Ann Ray met Ed Lee"): a
    "they" after it is those people, never a group named beside them."""
    start = state.doc[m.start].sent.start
    if start == 0:
        return False
    items = [t.i for t in subject_pair(state.doc[start - 1].sent)]
    people = {
        key
        for p in state.mentions[: m.id]
        if p.sent == m.sent - 1 and any(p.start <= i < p.end for i in items)
        for key in [state.linked.get(p.id, "")]
        if key.startswith("person/")
    }
    return len(people) >= 2
