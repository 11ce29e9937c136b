"""A speaker pronoun that stands for the person its reported clause is about.

"If Chile rejects the offer, Bolivian President A B would withdraw from the talks, he
told reporters": news copy may report a person's own words in the third person, naming
him, with "he told reporters" after. A pronoun that speaks never stands for one named
in what it says (kg.language.coref); but when no one before it could be the speaker,
the one titled person who is the subject of the reported clause is: "he" must be
someone, and no one else is there. Only a person named with a title ("Bolivian
President A B", "the minister, A B"), the reported clause's own subject; not one named
elsewhere in it ("Peru would never deal with President A B, he said"), nor when anyone
agreeing with the pronoun was named before.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.language.lexicon import SUBJECT_DEPS, TITLE_WORDS
from kg.language.mentions import Mention


def reported_self(
    pron: Token,
    mentions: list[Mention],
    linked: dict[int, str],
    agrees: Callable[[Mention, str], bool],
) -> str | None:
    """The key of the titled person who is the subject of the clause ``pron`` (a
    speech verb's subject) reports before it, if there is exactly one."""
    verb = pron.head
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < pron.i]
    subjects = [s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS]
    found = []
    for m in mentions:
        key = linked.get(m.id)
        if key is None or m.kind != "person" or not key.startswith("person/"):
            continue
        root = pron.doc[m.start : m.end].root
        if root in subjects and _titled(root) and agrees(m, key):
            found.append(key)
    return found[0] if len(set(found)) == 1 else None


def _titled(name: Token) -> bool:
    """A name with a title before it ("President A B") or in apposition ("the
    minister, A B")."""
    return name.dep_ == "appos" or any(
        t.lower_ in TITLE_WORDS for t in name.subtree if t.i < name.i and t.dep_ == "compound"
    )
