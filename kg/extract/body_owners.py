"""The body a post belongs to when its owner is a pronoun or a description.

Two constructions, read for :mod:`kg.extract.roles`:

- ``its`` before a post that only a body has (a chairman, a chief executive, a
  founder): the pronoun stands for the body named before it, not for a country the
  sentence or the one before is about. "Canada fined the firm Orvale and its chief
  executive, X" and "Peru sued the Corvo Group. Its chairman, X, denied it": X is
  Orvale's or Corvo's man, not Canada's or Peru's; with no body before, no post.
- ``the <noun>'s <post>, X`` where the noun names a body named earlier by its kind
  ("The Halden Tenants Association met. The association's chairman, X, spoke"; "the
  UN mission in Chad ... The mission's chief, X"): X holds the post in that body.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.gazetteer import gazetteer
from kg.language.mentions import Mention
from kg.language.titles import Descriptor

# Words of a post a company, a union or an agency has, and no state ("chief
# executive", "managing director", "chairman"); a post made of these alone.
_BODY_POST_WORDS = frozenset(
    """
    chairman chairwoman chairperson chair ceo chief executive managing director founder
    co-founder cofounder general manager operating financial officer deputy vice acting new
    executive-director interim
    """.split()
)
# Of which at least one must be there (not "deputy chief", which a state may have).
_BODY_HEADS = frozenset(
    """
    chairman chairwoman chairperson ceo executive director founder co-founder cofounder manager
    """.split()
)
_OWNER_KINDS = ("org/", "group/")
# Rites and gatherings one leads without holding a post: "led the Easter service".
RITES = frozenset(
    """
    service prayer mass funeral ceremony procession vigil march rally parade pilgrimage
    liturgy requiem commemoration celebration
    """.split()
)
# What makes a "service" a body, not a rite: "Egypt's intelligence service".
_SERVICE_KINDS = frozenset(
    "intelligence security secret civil foreign diplomatic health prison customs immigration "
    "border postal coast fire ambulance news".split()
)
# Occasions a rite's name starts with: "the Easter Service", "the Memorial Service".
_OCCASIONS = frozenset(
    "easter christmas memorial remembrance thanksgiving carol funeral requiem wedding".split()
)


def a_rite(noun: Token) -> bool:
    """ "the Easter service", "a prayer vigil" (not "the intelligence service", nor a
    service's name the model tagged a body and no feast's: "the Kenya Wildlife Service")."""
    kinds = [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    if noun.lower_ == "service" and noun.ent_type_ == "ORG" and noun.pos_ == "PROPN":
        return any(k.ent_type_ in {"DATE", "EVENT"} or k.lower_ in _OCCASIONS for k in kinds)
    return noun.lemma_.lower() in RITES and not any(k.lower_ in _SERVICE_KINDS for k in kinds)


_MAX_SENTENCES_BACK = 3
# Nouns any body may be called by, whatever its name ends in: "the agency's chief"
# for the World Health Organization, when it is the only body named just before.
_ANY_BODY = frozenset({"agency", "organisation", "organization", "body", "watchdog"})


def body_post(title: str | None) -> bool:
    """A post only a body has: "chief executive", "chairman", "managing director"."""
    words = (title or "").lower().split()
    return bool(words) and set(words) <= _BODY_POST_WORDS and bool(set(words) & _BODY_HEADS)


def its_owner(ctx: Context, d: Descriptor) -> tuple[str | None] | None:
    """For a body's post owned by "its" that coreference gave to a country, the
    body named nearest before the pronoun (in its sentence or the one before), or
    ``(None,)`` for none; ``None`` when the rule does not apply."""
    if not body_post(d.title):
        return None
    for x in ctx.actors.mentions:
        if x.id not in d.affiliations or x.kind != "pronoun" or x.text.lower() != "its":
            continue
        if not (ctx.actors.by_mention.get(x.id) or "").startswith("country/"):
            return None
        return (_nearest_body(ctx, x.start, sentences_back=1),)
    return None


def described_owner(ctx: Context, m: Mention, d: Descriptor) -> str | None:
    """The body "the <noun>'s" before the post ``d`` of ``m`` stands for: the
    nearest body before it named by that noun ("The Halden Tenants Association ...
    the association's chairman, X"; "the UN mission in Chad ... the mission's
    chief, X")."""
    if not d.title or any(_resolved(ctx, a) for a in d.affiliations):
        return None  # (an unresolved "the agency" among them is the noun read here)
    span = [i for i in range(d.start - 1, d.end) if i >= 0 and not m.start <= i < m.end]
    k = next((i for i in span if ctx.doc[i].text in {"'s", "’s"}), None)
    if k is None or k < 2:
        return None
    noun, det = ctx.doc[k - 1], ctx.doc[k - 2]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or det.lower_ != "the":
        return None
    post = noun.head
    if post.dep_ == "pobj" and post.head.lower_ == "of":
        return None  # "a rival of the agency's director, X": X may be the rival
    named = _nearest_body(ctx, det.i, noun=noun.lemma_.lower())
    if named is None and noun.lower_ in _ANY_BODY:
        return _only_body(ctx, det.i)  # "The WHO warned ... The agency's chief, X"
    return named


def _nearest_body(ctx: Context, before: int, *, sentences_back: int = _MAX_SENTENCES_BACK,
                  noun: str | None = None) -> str | None:  # fmt: skip
    """The org or group named nearest before token ``before``, no further back than
    ``sentences_back`` sentences; when ``noun`` is given, one named by it ("the
    Oslo Tenants Association", or "the UN" in "the UN mission")."""
    sent = ctx.sentence_index(ctx.doc[before])
    found = None
    for x in ctx.actors.mentions:
        key = ctx.actors.by_mention.get(x.id) or ""
        if x.end > before or not key.startswith(_OWNER_KINDS):
            continue
        if sent - ctx.sentence_index(ctx.doc[x.start]) > sentences_back:
            continue
        if noun is not None and not _named_by(ctx, x, noun):
            continue
        if found is None or x.start > found[0]:
            found = (x.start, key)
    return found[1] if found else None


def _resolved(ctx: Context, i: int) -> bool:
    """Whether mention ``i`` is an actor's or anything but a description."""
    x = next((x for x in ctx.actors.mentions if x.id == i), None)
    return x is None or x.kind != "description" or ctx.actors.by_mention.get(i) is not None


def _only_body(ctx: Context, before: int) -> str | None:
    """The one org or group named in the sentence of token ``before`` (before it)
    or the sentence before; ``None`` when there are none or several."""
    sent = ctx.sentence_index(ctx.doc[before])
    found = {
        key
        for x in ctx.actors.mentions
        if x.end <= before
        and (key := ctx.actors.by_mention.get(x.id) or "").startswith(_OWNER_KINDS)
        and sent - ctx.sentence_index(ctx.doc[x.start]) <= 1
    }
    return found.pop() if len(found) == 1 else None


def _named_by(ctx: Context, x: Mention, noun: str) -> bool:
    """Whether body ``x`` is named by ``noun``: its last word ("Tenants Association"),
    or the noun its name qualifies ("the UN mission", "the UN's mission")."""
    last = ctx.doc[x.end - 1]
    if last.lemma_.lower() == noun or last.lower_ == noun:
        return True
    head = last.head
    return (
        last.dep_ in {"compound", "nmod", "poss", "amod"}
        and head.i >= x.end
        and head.lemma_.lower() == noun
        and head.i - x.end <= 3
    )


def a_city(ctx: Context, i: int) -> bool:
    """Whether the affiliation ``i`` of a title is a capital named after "of" ("the
    Patriarch of Jerusalem", "the Mayor of Kyiv"): the city itself, a place, not the
    government it may stand for elsewhere."""
    x = next((x for x in ctx.actors.mentions if x.id == i), None)
    if x is None or x.start == 0 or ctx.doc[x.start - 1].lower_ != "of":
        return False
    text = ctx.doc[x.start : x.end].text
    return (
        ctx.doc[x.start].ent_type_ == "GPE"
        and gazetteer().metonym(text) is not None
        and not gazetteer().is_country(text)
    )
