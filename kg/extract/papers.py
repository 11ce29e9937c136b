"""Who a paper speaks for: "NATO issued a statement backing X" (the participle
"backing" has NATO for its subject, not the statement), "NATO's statement condemning
X", "a resolution by the League supporting X", "a communique signed by A and B
endorsing X". The words are data (:mod:`kg.language.paper_words`).

These return tokens; :mod:`kg.extract.grammar` turns them into actor keys.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.language.paper_words import ISSUING_VERBS, PAPER_NOUNS


def issuers(paper: Token, subjects: Callable[[Token], list[Token]]) -> list[Token]:
    """Who issued ``paper``, when it is a paper and someone is said to issue it:
    its owner ("NATO's statement"), its "by"/"from" phrase, the agent of an issuing
    participle ("a resolution adopted by the League"), the subject of the verb that
    issues it ("NATO issued a statement"), or that verb's agent ("a statement was
    issued by NATO"). None for a paper no one issues here ("Kenya rejected a
    statement backing X": Kenya backs no one). ``subjects`` finds a verb's subjects
    (passed in: :mod:`kg.extract.arguments` calls this)."""
    if paper.lemma_.lower() not in PAPER_NOUNS:
        return []
    children = list(paper.children)
    found = [c for c in children if c.dep_ == "poss"]
    found += [o for c in children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
              for o in _objects(c)]  # fmt: skip
    found += [o for c in children if c.dep_ == "acl" and c.lemma_ in ISSUING_VERBS
              for o in _by(c)]  # fmt: skip
    head = _issuing(paper)
    if not found and head is not None:
        found = subjects(head) if paper.dep_ == "dobj" else _by(head)
    return found


def issuing_verb(participle: Token) -> Token | None:
    """The verb that issues the paper a participle describes ("issued" in "NATO
    issued a statement backing X"): whether the backing is a fact is whether the
    issuing is ("is expected to issue", "did not issue a statement backing X")."""
    head = participle.head
    if (
        participle.dep_ != "acl"
        or participle.tag_ != "VBG"
        or head.lemma_.lower() not in PAPER_NOUNS
    ):
        return None
    return _issuing(head)


def _issuing(paper: Token) -> Token | None:
    head = paper.head
    if (
        paper.dep_ in {"dobj", "nsubjpass"}
        and head.lemma_ in ISSUING_VERBS
        and head.pos_ in {"VERB", "AUX"}
    ):
        return head
    return None


def _objects(prep: Token) -> list[Token]:
    return [o for o in prep.children if o.dep_ == "pobj"]


def _by(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb or participle: "(issued) by NATO"."""
    return [o for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for o in _objects(c)]  # fmt: skip
