"""Posts told by heading a body that only its owner names, and by being appointed
to head one.

* A body named by its kind and its owner's possessive: "X, who heads Iran's nuclear
  agency" and "X runs Chile's space agency" hold a post of that country's, as "the
  UN's refugee agency" is the UN's (not "X runs Kenya's largest bank": one bank
  among many, no body of the state's).
* Someone a body or a country appoints, names or chooses to head something: "Kenya
  appointed X to head its central bank", "the UN chose X to lead its refugee agency"
  (the post is the appointer's, or its named body's: "chose X to lead the WHO");
  not "urged X to lead the agency", nor "was expected to pick X to lead it".
* No post for whom a verb only weighs for one: "X was rejected as Chile's envoy",
  "X, tipped as the next WHO chief" (:data:`WEIGHED`).
* Someone sworn in or named whom the parser does not read as the object: "Ghana
  swore in X as president", "the UN named X its envoy" (see :func:`misread_objects`).

Each yields (person, body, tokens, role, current) for :mod:`kg.extract.roles`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.arguments import direct_objects, subjects
from kg.extract.base import Context
from kg.extract.led_posts import asserted_post
from kg.extract.passives import is_passive
from kg.language.body_words import GENERIC_BODIES, STATE_ORGANS
from kg.language.lexicon import HEAD_VERBS, TITLE_WORDS

Post = tuple[str, str, list[Token], str, bool]  # person, body, tokens, role, current

# Verbs that give their object the post an infinitive after it names: "appointed X
# to head", "chose X to lead" (not "nominate": a nominee holds nothing yet).
APPOINTING_VERBS = frozenset(
    "appoint name elect re-elect reelect choose pick select install tap promote designate".split()
)
# Verbs that weigh someone for a post, which they hold no more for it: "X was rejected
# / considered / tipped as Chile's envoy" (not acting in it: "as envoy, X met Y").
WEIGHED = frozenset(
    "reject consider tip propose moot shortlist suggest float tout vet veto block bar oppose "
    "eye favour favor back endorse".split()
)
# Words that make a kind of body one among many: "Kenya's largest bank", "its top firm".
_ONE_AMONG = frozenset("largest biggest leading top main major oldest second third".split())
_OWNED = ("country/", "org/")


def headed_bodies(ctx: Context) -> Iterator[Post]:
    """Every post the document tells by heading a body a possessive owns, or by
    being appointed to head one."""
    for verb, lemma, _, pos in ctx.scan():
        if pos != "VERB" or lemma not in HEAD_VERBS or is_passive(verb):
            continue
        appointed = verb.dep_ == "xcomp"
        if appointed:
            giver = verb.head
            if giver.lemma_ not in APPOINTING_VERBS or not asserted_post(ctx, giver):
                continue  # "hopes to lead the agency", "urged X to lead it"
            holders = direct_objects(giver) if not is_passive(giver) else subjects(giver)
        else:
            holders = subjects(verb)
        if not asserted_post(ctx, verb):
            continue
        current = appointed or verb.tag_ != "VBD"  # "who led the agency until 1997"
        for obj in direct_objects(verb):
            bodies = _owners(ctx, obj, named=appointed)
            for holder in holders:
                for person in g.actors_of(ctx, holder):
                    if not person.startswith("person/"):
                        continue
                    for body in bodies:
                        yield person, body, [holder, verb, obj], HEAD_VERBS[lemma], current


def _owners(ctx: Context, body: Token, *, named: bool) -> list[str]:
    """The country or body that owns the kind-named body ``body`` by a possessive
    ("Iran's nuclear agency", "its central bank", "the agency of Peru"), and, when
    ``named``, the body ``body`` names itself ("to lead the WHO")."""
    own = [k for k in g.actors_of(ctx, body) if k.startswith(_OWNED)]
    if own:
        return own if named else []  # (a body of its own name: the roles extractor's)
    if body.lemma_.lower() not in STATE_ORGANS or body.tag_ not in {"NN", "NNP"}:
        return []
    if body.lemma_.lower() in GENERIC_BODIES and any(
        c.tag_ == "JJS" or c.lower_ in _ONE_AMONG for c in body.children
    ):
        return []  # "Kenya's largest bank": some bank in Kenya
    owners = [c for c in body.children if c.dep_ == "poss"]
    owners += [o for c in body.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    keys = [k for o in owners for k in g.actors_of(ctx, o) if k.startswith(_OWNED)]
    return list(dict.fromkeys(keys))


def misread_objects(verb: Token) -> list[Token]:
    """Whom a verb that gives a post gives it, where the parser missed the object:
    "Ghana swore in X as president" (read as a place: "in X"; "swore X in" has X as
    its object), "the UN named X its envoy" (read as a second complement)."""
    if is_passive(verb):
        return []
    if verb.lemma_ == "swear":
        return [o for c in verb.children if c.dep_ in {"prep", "prt"} and c.lower_ == "in"
                for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    complements = [c for c in verb.children if c.dep_ in {"oprd", "attr"}]
    return [c for c in complements if c.pos_ == "PROPN"
            and any(p.i > c.i and p.lower_ in TITLE_WORDS for p in complements)]  # fmt: skip
