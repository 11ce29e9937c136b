"""Pronouns after an unnamed antecedent name nobody: "A spokesman said ... He
added" (a person the story does not name), "A US firm said it ...", "The
committee said ... It blamed" with no committee named (for
:mod:`kg.language.coref`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.agreement import UNNAMED_BODIES_OR_ORGANS, UNNAMED_PEOPLE, speaks_as_it
from kg.language.body_words import FIRM_NOUNS, GENERIC_BODIES
from kg.language.coref_state import SUBJECT_DEPS, CorefState, described_noun, kind_ok
from kg.language.event_words import SPEECH_VERBS
from kg.language.mentions import Mention


def unnamed_antecedent(state: CorefState, pron: Token, want: str) -> bool:
    """Whether the subject ``pron`` follows is an unnamed person or body of its
    kind: the subject of a clause above it ("A US firm said it ..."), or, for a
    pronoun that opens a sentence, the subject of the sentence before ("A
    spokesman said ... He added")."""
    subject = None
    # ("The cash, he says, went abroad": what a parenthetical speaker says, not who he is)
    if not (pron.head.dep_ == "parataxis" and pron.head.lemma_ in SPEECH_VERBS):
        for verb in pron.ancestors:
            found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and pron not in c.subtree]
            if verb.pos_ in {"VERB", "AUX"} and found:
                subject = found[0]
                break
    nouns = UNNAMED_PEOPLE if want == "person" else UNNAMED_BODIES_OR_ORGANS
    if subject is None and pron.dep_ in SUBJECT_DEPS and pron.sent.start > 0:
        before = _introducing_sentence(state, pron)
        subject = next((c for c in before.children if c.dep_ in SUBJECT_DEPS), None)
        if want == "thing" and subject is not None and _bare_definite(subject):
            # "The company said ... It added": the story's company; but "The
            # committee said ... It blamed", with no committee named: nobody
            return subject.lower_ in nouns - FIRM_NOUNS - GENERIC_BODIES and not any(
                x.start <= subject.i < x.end and x.id in state.linked for x in state.mentions
            )
    if want == "person" and subject is not None and _unrecognised_name(state, subject):
        return True
    if subject is None or subject.pos_ != "NOUN":
        return False
    if subject.lower_ not in nouns and not (want == "thing" and speaks_as_it(subject)):
        return False
    # named after all: "the oil firm Yukos", "the spokesman, Ivo Marsh,", and for a
    # body by a modifier of its kind ("the British embassy")
    # (the parser may hang the name on the noun's "of" object: "The director of the
    # agency, Ken Vale,"; or on a word after it: "Ken Vale QC")
    appositions = [
        t for t in subject.subtree if t.dep_ == "appos" and described_noun(t).i == subject.i
    ]
    named = [subject, *appositions,
             *(c for t in appositions for c in t.children if c.dep_ == "compound")]  # fmt: skip
    qualified = [c for c in subject.children if c.dep_ in {"compound", "amod", "nmod"}]
    if subject.lower_ in UNNAMED_BODIES_OR_ORGANS:  # "X said his government would ..., he"
        qualified += [c for c in subject.children if c.dep_ == "poss"]  # X's, not a stranger
    # ("A Labour spokesman said ... He added": the party is who he speaks for, not who he is)
    return not any(
        x.span[0] <= t.i < x.span[1]
        and ((t in named and not _for_a_body(x, key, want)) or kind_ok(key, want))
        for x in state.mentions
        if (key := state.linked.get(x.id))
        for t in [*named, *qualified]
    )


def _introducing_sentence(state: CorefState, pron: Token) -> Token:
    """The root of the sentence before ``pron``'s, passing over up to three sentences
    that are all quotation with no speaker of their own: the words of whoever spoke
    last ('A spokesman said ... "We did. We will." He added' is the spokesman's)."""
    before = state.doc[pron.sent.start - 1].sent.root
    for _ in range(3):
        if before.sent.start == 0 or not state.in_quote(before.i):
            break
        before = state.doc[before.sent.start - 1].sent.root
    return before


def _for_a_body(mention: Mention, key: str, want: str) -> bool:
    """An unnamed person's description stands for the body they speak for."""
    return want == "person" and mention.kind == "description" and not key.startswith("person/")


def _bare_definite(noun: Token) -> bool:
    """ "the company": a body named by its kind alone, which points back to one named."""
    return [c.lower_ for c in noun.children if c.dep_ != "punct"] == ["the"]


def _unrecognised_name(state: CorefState, subject: Token) -> bool:
    """A person's name the model did not recognise, the subject the pronoun follows
    ("Sara Obi, a nurse, wrote to minister Joy Lee. '...,' she said": Sara Obi, whom
    kg cannot name; not Joy Lee, only written to): a proper name no mention covers,
    that the model took for a person's or that is described as a person ("Obi, a
    nurse,"; not "The Scottish Executive", which may speak through a minister named before)."""
    if subject.pos_ != "PROPN":
        return False
    appositions = [c for c in subject.children if c.dep_ == "appos"]
    # named after all: "The Lord Chancellor, Lord Penrith," (its title is no mention)
    if any(x.start <= t.i < x.end and x.id in state.linked
           for x in state.mentions for t in [subject, *appositions]):  # fmt: skip
        return False
    return subject.ent_type_ == "PERSON" or any(
        c.lemma_.lower() in UNNAMED_PEOPLE and c.pos_ == "NOUN" for c in appositions
    )
