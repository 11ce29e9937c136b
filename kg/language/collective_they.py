"""A "they" or "their" that stands for one body (:func:`collective_body`, for
:mod:`kg.language.coref`). News often speaks of a party, a government, a bloc or an
armed movement in the plural: "The Liberal Party said they would vote against
the bill", "NATO held an emergency meeting. They condemned ...", "The Chilean
government summoned the envoy. They accused ...". When no group fits the pronoun,
the one body that is the subject of the clause above it in its sentence, or the
main subject of the sentence before, is the "they" if nothing else could be:
no person, no other body in a core role, no plural noun and no pair
("Britain and France met. They said" is both, found elsewhere); "them" and
"themselves" are never one body here."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.language.coref_state import SUBJECT_DEPS, CorefState
from kg.language.lexicon import TITLE_WORDS
from kg.language.mentions import Mention

_BODY_KINDS = ("country/", "org/")
# plural nouns of time and measure say nothing of who "they" are
_NOT_WHO = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def collective_body(state: CorefState, m: Mention) -> str | None:
    """The one body a subject "they" or a "their" stands for, else None."""
    pron = state.doc[m.start]
    if pron.lower_ not in {"they", "their"} or pron.dep_ not in SUBJECT_DEPS | {"poss"}:
        return None
    sent = pron.sent
    before = [p for p in state.mentions[: m.id] if p.sent == m.sent and p.id in state.linked]
    if _plural_nouns(state, sent, pron.i) or any(not _body(state, p) for p in before):
        return None
    quoted = state.in_quote(m.start)
    if before:
        return _same_sentence(state, pron, before, quoted)
    if sent.start == 0:
        return None
    prev_sent = state.doc[sent.start - 1].sent
    recent = [p for p in state.mentions[: m.id] if p.sent == m.sent - 1 and p.id in state.linked]
    if not recent or _plural_nouns(state, prev_sent, prev_sent.end):
        return None
    if any(not _body(state, p) or state.in_quote(p.start) != quoted for p in recent):
        return None
    subjects = [p for p in recent if state.is_main_subject(p) and _single(state, p)]
    if len(subjects) != 1:
        return None
    key = state.linked[subjects[0].id]
    if any(state.linked[p.id] != key and state.is_core(p) and not country_post(p) for p in recent):
        return None  # "NATO criticised Russia. They said": either
    return key


def _same_sentence(
    state: CorefState, pron: Token, before: list[Mention], quoted: bool
) -> str | None:
    """ "The Liberal Party said they would ...": the one body before the pronoun, the
    subject of a verb whose clause holds it."""
    keys = {state.linked[p.id] for p in before}
    if len(keys) != 1:
        return None
    for p in before:
        root = state.doc[p.start : p.end].root
        verb = root.head
        if (
            root.dep_ in SUBJECT_DEPS
            and _single(state, p)
            and state.in_quote(p.start) == quoted
            and pron.i in {t.i for t in verb.subtree}
            and verb.i < pron.i
        ):
            return state.linked[p.id]
    return None


def country_post(p: Mention) -> bool:
    """A person's post that names a country ("the Peruvian ambassador"): one person,
    not a "they"."""
    return p.kind == "description" and p.text.split()[-1].lower() in TITLE_WORDS


def _body(state: CorefState, p: Mention) -> bool:
    """A body news may call "they": a government, a party, a bloc; not a country by its
    bare name ("Chile said they had ..." may be anyone: a country is "it")."""
    return state.linked[p.id].startswith(_BODY_KINDS) and p.kind != "country"


def _single(state: CorefState, p: Mention) -> bool:
    """One body, not an item of "A and B" nor a plural name ("the Americans")."""
    root = state.doc[p.start : p.end].root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return False
    return root.tag_ not in {"NNS", "NNPS"}


def _plural_nouns(state: CorefState, sent: Span, end: int) -> bool:
    """A plural noun before ``end`` in the sentence that may be who "they" are
    ("The EU sent observers. They said"), not one of time or measure ("for years")
    nor a word of a name ("the United States")."""
    named = {
        i for p in state.mentions if sent.start <= p.start < end for i in range(p.start, p.end)
    }
    return any(
        t.tag_ in {"NNS", "NNPS"} and t.ent_type_ not in _NOT_WHO and t.i not in named
        for t in sent
        if t.i < end
    )
