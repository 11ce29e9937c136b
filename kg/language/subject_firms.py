"""Which of two firms named before "the company" is, when the company speaks:
"Veltro Motors is in talks to buy Kasten Steel. The deal would create jobs, the
company said" is Veltro Motors. A story goes on about the firm it made the subject:
the speaker is the one firm that was the subject of the main clause of the last
sentence naming firms ("Kasten Steel rejected a bid from Veltro Motors. ... the
company said": Kasten Steel). Nobody when that sentence makes no firm or two its
subject ("Veltro and Kasten are in talks", "Shares in Veltro rose after it bid for
Kasten"), when the description's own sentence names a body (it may be the one the
company speaks of: "The firm said it would keep Kasten's name"), when a quote holds
it (an analyst's "the company" is the story's firm, not the last one named), or when the
company does not speak ("Kasten rejected Veltro's bid. Shares in the company fell":
either), for :func:`kg.language.named_firms.named_firm`."""

from __future__ import annotations

from kg.language.coref_state import CorefState
from kg.language.event_words import SPEECH_VERBS
from kg.language.lexicon import SUBJECT_DEPS
from kg.language.mentions import Mention


def speaking_firm(state: CorefState, said: Mention, named: list[tuple[Mention, str]]) -> str | None:
    """The firm of ``named`` (the firms named before) that "the company", ``said``,
    stands for as the subject of a speech verb, else None."""
    head = state.doc[said.end - 1]
    if head.dep_ != "nsubj" or head.head.lemma_ not in SPEECH_VERBS:
        return None
    if state.in_quote(head.i):
        return None  # '"... the company announced a merger," an analyst said': the story's firm
    if any(o.sent == said.sent and o.kind == "org" and o.id != said.id for o in state.mentions):
        return None  # "Veltro will buy Kasten, the company said": either
    last = max(prev.sent for prev, _ in named)
    subjects = {key for prev, key in named if prev.sent == last and _main_subject(state, prev)}
    return subjects.pop() if len(subjects) == 1 else None


def _main_subject(state: CorefState, prev: Mention) -> bool:
    root = state.doc[prev.start : prev.end].root
    return root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ROOT" and not root.conjuncts
