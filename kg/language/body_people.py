"""People an international body sends stand for it: "a WHO team", "Red Cross workers".

A team, workers or experts are some people on their own ("the British curling team",
"IBM engineers work long hours"), but qualified by the name of a body that acts
across borders and belongs to no country (the United Nations, the IMF, the Red Cross,
Amnesty International) they are that body's people at work: "an IMF team met the
minister", "the WHO's team", "UN weapons inspectors". A firm or a party is no such
body, and a nationality qualifies no one here ("British experts").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.gazetteer import gazetteer

# People sent to look into something (plural): read with any organisation's name before
# them too (:mod:`kg.language.expert_pairs`, which adds the singulars).
INQUIRERS = frozenset("inspectors investigators monitors observers researchers auditors".split())
# Nouns for people a body sends to do its work (its officials, envoys and missions are
# agent nouns already). A team or workers stand for a listed body only: any
# organisation has its own ("party workers").
BODY_PEOPLE = INQUIRERS | set(
    """team teams workers staffers personnel experts specialists scientists doctors medics""".split()
)
_QUALIFIERS = frozenset({"compound", "poss", "nmod", "amod"})


def body_people(tok: Token) -> bool:
    """Whether ``tok`` names people an international body sends: "an IMF team", "the
    WHO's team", "UN weapons inspectors" (a body's name before the noun, any other word
    before it a common noun; not "the team of the WHO's rivals", not "former")."""
    if tok.lower_ not in BODY_PEOPLE:
        return False
    lefts = [c for c in tok.lefts if c.dep_ in _QUALIFIERS]
    if not lefts:  # "doctors from the WHO", "workers of the Red Cross"
        preps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in {"from", "of"}]
        return any(_names_a_body(list(o.subtree)) for p in preps for o in p.children
                   if o.dep_ == "pobj")  # fmt: skip
    return _names_a_body([w for c in lefts for w in c.subtree])


def _names_a_body(subtree: list[Token]) -> bool:
    """Whether words name a body of the world and nothing else but common nouns ("the
    former WHO team": an adjective says it is no longer the body's)."""
    words = [w for w in subtree if w.dep_ not in {"punct", "case", "det"}]
    named = [w for w in words if w.ent_type_ or w.tag_ in {"NNP", "NNPS"}]
    if not named or any(not (w in named or w.tag_ in {"NN", "NNS"}) for w in words):
        return False
    return _world_body(named)


def _world_body(words: list[Token]) -> bool:
    """Whether the proper names among a noun's qualifiers are one body of the world,
    alone or with an untagged name of the team's field after it ("a WHO Ebola team":
    the body is the name the model tagged; not "UNICEF Yemen workers", a country's)."""
    doc = words[0].doc
    if _a_world_body(doc[words[0].i : words[-1].i + 1].text):
        return True
    body = [w for w in words if w.ent_type_ == "ORG"]
    if not body or body[0] is not words[0] or body[-1].i - body[0].i + 1 != len(body):
        return False
    rest = words[len(body) :]
    return all(not w.ent_type_ for w in rest) and _a_world_body(
        doc[body[0].i : body[-1].i + 1].text
    )


def _a_world_body(text: str) -> bool:
    entry = gazetteer().lookup(text)
    return entry is not None and entry.world_body
