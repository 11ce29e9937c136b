"""What an ``it`` or ``its`` with no body before it in its sentence stands for: the
body the sentence before was about (:func:`sentence_topic`, for
:mod:`kg.language.coref`). Two cues narrow it: a sentence before whose subject is a
bare description of a body the model names no one by ("The party asserts ... Its
leader": the party that description means, found by its kind among the bodies named
before, or no one), and a passive "it" after a sentence whose verb took a thing
("Peru proposed a treaty. It was rejected by Chile": the treaty, not Peru)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.language.agreement import speaks_as_it
from kg.language.coref_cues import main_topic, nearest_alone, rival_body
from kg.language.coref_state import SUBJECT_DEPS, CorefState
from kg.language.lexicon import ORG_ANAPHORA
from kg.language.mentions import Mention
from kg.language.named_bodies import named_as


def sentence_topic(state: CorefState, m: Mention, earlier: list[tuple[Mention, str]]) -> str | None:
    """ "It has claimed ..." with no body before it in its sentence: the body the
    sentence before was about (the subject of its main clause, or the owner of that
    subject: "Its chief executive said ... It expects", unless another body stands in a
    core role: "Peru's president accused Chile. It"), as for "he"; no one when
    that subject is a text that speaks as "it" ("The report said ... It also called
    on"), an unresolved "it", or a person ("Ann Lee, head of a rival, may bid. It
    has long wanted ...": not the firm named before her). A sentence that names no
    body at all ("The company said ...") passes the question to the one before."""
    sent, passive = state.doc[m.start].sent, state.doc[m.start].dep_ == "nsubjpass"
    for back in (1, 2):
        if sent.start == 0:
            return None
        sent = state.doc[sent.start - 1].sent
        recent = [(p, k) for p, k in earlier if p.sent == m.sent - back]
        if back == 1 and passive and _thing_object(state, sent):
            return None  # "Peru proposed a treaty. It was rejected by Chile": the treaty
        for prev, key in recent:
            if main_topic(state, prev):  # "A and B signed it. It was hailed": none
                return nearest_alone(state, [(prev, key), *recent]) if passive else key
        subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            # "Its chief executive said", "Shares in Vale fell": the owner
            owners = [c for c in subject.children if c.dep_ == "poss"] + [
                o for c in subject.children if c.dep_ == "prep" and c.lower_ in {"in", "of", "at"}
                for o in c.children if o.dep_ == "pobj"
            ]  # fmt: skip
            for owner in owners:
                found = next((k for p, k in recent if p.start <= owner.i < p.end), None)
                if found is not None:
                    return None if rival_body(state, recent, found) else found
            covering = [state.linked.get(p.id) for p in state.mentions
                        if p.start <= subject.i < p.end]  # fmt: skip
            if any(covering) or subject.tag_ == "PRP" or speaks_as_it(subject):
                return None
            if subject.pos_ == "PROPN" and not covering:
                return None  # a name the model did not recognise: likely the "it"
            if not covering and _bare_body(subject):  # "The party said ... Its leader"
                return _described_body(subject, earlier, m.sent - back)
        for prev, key in recent:
            if state.is_subject(prev) or state.is_core(prev):
                return key
        # "There were 12 members of NATO at its founding. Since then it ...": the only one
        keys = {key for _, key in recent}
        if keys:
            return keys.pop() if len(keys) == 1 else None
    return None


def _bare_body(subject: Token) -> bool:
    """ "The party", "the company": a body's kind after "the" and nothing else."""
    words = [t for t in subject.subtree]
    return (
        len(words) == 2
        and words[0].lower_ == "the"
        and subject.lower_ in ORG_ANAPHORA
        and subject.tag_ == "NN"
    )


def _described_body(subject: Token, earlier: list[tuple[Mention, str]], sent: int) -> str | None:
    """The one body named in the two sentences before ``sent`` (the sentence of the
    description) whose name says it is of the description's kind ("UKIP ... the
    London Assembly. The party": UKIP, the UK Independence Party), else no one."""
    head = subject.lower_
    kin = {
        key
        for prev, key in earlier
        if sent - 2 <= prev.sent < sent and named_as(prev, ORG_ANAPHORA[head], head)
    }
    return kin.pop() if len(kin) == 1 else None


def _thing_object(state: CorefState, sent: Span) -> bool:
    """The main verb of ``sent`` takes for object one new thing no actor names ("proposed
    a new treaty", "tabled a resolution"; not "hosted the talks", "criticised Chile",
    nor a thing told before or owned: "has not criticised Putin's war. It has been
    accused by ..." is the one who did not)."""
    objects = [c for c in sent.root.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].tag_ != "NN":
        return False
    obj = objects[0]
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children):
        return False
    return not any(p.start <= obj.i < p.end and p.id in state.linked for p in state.mentions)
