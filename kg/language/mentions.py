"""Who is mentioned where, and with which title.

:func:`find_mentions` turns a parsed document into :class:`Mention` records:
named entities typed as person / country / organisation / group / agreement /
place, demonyms ("Iranian" -> Iran), capitals and seats of power used as actors
("Tehran", "the Kremlin"), unnamed bodies ("Chile's 12-bank steering
committee"), pronouns and definite descriptions ("the foreign secretary").
Each person or organisation mention carries the :class:`Descriptor` of its
title phrase, e.g. "Chile's Permanent Representative to International
Organisations in Geneva" -> title + the actors it speaks for (Chile), never
the ones it is *for* or *to* ("French Special Envoy for Chad" speaks for France).
"""

from __future__ import annotations

from spacy.attrs import IS_TITLE
from spacy.tokens import Doc, Span

from kg.language.bare_organs import bare_organ_mention
from kg.language.bare_parties import bare_party, bare_party_mentions
from kg.language.common_nouns import common_noun_mentions
from kg.language.communities import community_spans
from kg.language.dashed_titles import dashed_title
from kg.language.entity_kinds import entity_kind
from kg.language.event_words import AIMING_NOUNS, AIMING_VERBS, SPEECH_VERBS, STRIKING_VERBS
from kg.language.foreign_parties import foreign_party
from kg.language.former_states import former_states
from kg.language.head_nouns import head_noun_name
from kg.language.hyphenated import (
    dash_indices,
    hyphenated_countries,
    leading_pair,
    part_country,
    shared_parts,
    shortened_country,
    shortened_demonym,
)
from kg.language.included_members import with_group_country
from kg.language.kind_names import one_member, one_national, plural_kind_mentions
from kg.language.lexicon import LOCATIVE_PREPS
from kg.language.mention_record import Mention
from kg.language.misspelt_names import misspelt_surname
from kg.language.name_kinds import firm_names, one_kind_per_name
from kg.language.names import SUFFIX_ROLES
from kg.language.not_names import a_currency, of_origin
from kg.language.organ_names import organ_name_mentions
from kg.language.party_families import another_family, family_party
from kg.language.party_tags import party_tag, party_tag_mentions
from kg.language.person_relations import relation_mentions
from kg.language.regional_governments import region_government_mentions
from kg.language.seated_rulers import seated_ruler
from kg.language.shared_titles import shared_apposition, shared_title
from kg.language.split_states import split_state_span
from kg.language.title_columns import TitleColumns
from kg.language.title_search import appositive_title, conjoined_title, pre_title
from kg.language.titles import (  # noqa: F401  (ACTOR_KINDS is part of this module's interface)
    ACTOR_KINDS,
    AFFILIATION_PREPS,
    STOP_PREPS_IN_TITLE,
    Descriptor,
)


def is_locative(span: Span) -> bool:
    """True when a place is the object of a locative preposition ("met in Vienna")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return True
    # "in Jakarta, Indonesia": the second place is in apposition or compound.
    if root.dep_ in {"appos", "conj", "compound"} and head.i != root.i:
        return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS
    return False


def _seat_of_rulers(span: Span) -> bool:
    """ "the regime in Tehran", "officials in Beijing": a capital in which a
    government rules (not "the embassy in Tehran", "a rally in Beijing")."""
    prep = span.root.head
    ruler = prep.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ == "in"
        and ruler.i < prep.i
        and seated_ruler(ruler)
    )


def _aimed_at(span: Span) -> bool:
    """ "hit out at Moscow", "took a swipe at Beijing": at whom words are aimed
    (not "arrived back at Heathrow", "a rally at Westminster")."""
    prep = span.root.head
    head = prep.head
    if span.root.dep_ != "pobj" or prep.lower_ != "at":
        return False
    if head.pos_ == "NOUN":
        return head.lower_ in AIMING_NOUNS
    if any(c.dep_ == "dobj" and c.lower_ in AIMING_NOUNS for c in head.children):
        return True  # "took aim at Beijing": "at" hangs on the verb
    if head.lemma_ in STRIKING_VERBS:
        # the particle may be parsed as an adverb: "Moscow hit back at Washington"
        return any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in {"out", "back"} for c in head.children
        )
    return head.pos_ == "VERB" and head.lemma_ in AIMING_VERBS


def _letters_after_name(ent: Span) -> bool:
    """ "QC", "MEP" right after a person's name, or after the comma that follows it."""
    if ent.text not in SUFFIX_ROLES:
        return False
    before = ent.start - 1 - (ent.start > 1 and ent.doc[ent.start - 1].text == ",")
    return before >= 0 and ent.doc[before].ent_type_ == "PERSON"


def find_mentions(doc: Doc) -> list[Mention]:
    """Every actor-like mention in ``doc``, in text order, with descriptors."""
    cols = TitleColumns(doc)
    sent_of = cols.sent
    # "Greek Cypriot and Turkish Cypriot leaders": each community a group of its own
    raw = [Mention(0, lo, hi, sent_of[lo], "group", name) for lo, hi, name in community_spans(doc)]
    taken = {i for m in raw for i in range(m.start, m.end)}
    raw += region_government_mentions(doc, sent_of, taken)  # "the Scottish and Welsh governments"
    dashes = dash_indices(doc)
    for ent in doc.ents:
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        parts = hyphenated_countries(doc, ent.start, ent.end) or leading_pair(
            doc, ent.start, ent.end
        )
        if split := split_state_span(doc, ent.start, ent.end):  # "the two Koreas": a pair
            raw.append(Mention(0, *split, sent_of[ent.start], "plural", doc[slice(*split)].text))
            taken.update(range(*split))
            continue
        shared = [] if parts else shared_parts(doc, ent.start, ent.end)
        if shared:  # "North-South Korean talks", "inter-Korean talks": two countries
            raw += [Mention(0, lo, hi, sent_of[lo], "demonym", doc[lo:hi].text, e)
                    for lo, hi, e in shared]  # fmt: skip
            taken.update(range(shared[0][0], shared[-1][1]))
            continue
        one = None
        if len(ent) == 1 and (ent.start - 1 in dashes or ent.start + 1 in dashes):
            one = part_country(doc, ent.start)
        elif len(ent) == 1:
            one = shortened_demonym(doc, ent.start)  # "North and South Korean officials"
            whole = None if one else shortened_country(doc, ent.start)  # "North and South Korea"
            if whole is not None:
                raw.append(Mention(0, ent.start, ent.end, sent_of[ent.start], "country",
                                   ent.text, whole))  # fmt: skip
                taken.add(ent.start)
                continue
        parts = parts or ([(ent.start, one)] if one is not None else [])
        if parts:  # "Sino-Japanese", "Franco-German": one country per part
            raw.extend(Mention(0, i, i + 1, sent_of[i], "demonym", doc[i].text, e)
                       for i, e in parts)  # fmt: skip
            taken.update(range(ent.start, ent.end))
            continue
        kind, entry, metonym = entity_kind(ent)
        if kind == "org" and head_noun_name(ent):
            continue  # "the senate", "the national assembly": a description (body_heads)
        if kind == "org" and (
            bare := bare_organ_mention(doc, ent.start, ent.end, sent_of[ent.start])
        ):
            raw.append(bare)  # "the Zambian ministry": Zambian, as the model's NORP would be
            taken.add(bare.start)
            continue
        if (kind in {"demonym", "people"} and of_origin(ent.root)) or a_currency(ent.root):
            kind = "other"  # "from Kenyan backgrounds", "the US dollar": no one acts
        if _letters_after_name(ent):
            kind = "other"  # "Ian Dale, QC, said": the letters of his rank, no place
        kind, entry = foreign_party(doc, ent, kind, entry)  # "Israel's Labour party"
        if kind in {"demonym", "org"} and one_member(doc, ent.start, ent.end):
            kind = "people"  # "met a Tory": one of its members, not the party
        elif kind == "demonym" and one_national(doc, ent.start, ent.end):
            kind = "other"  # "the American told reporters": a person, not the country
        if kind in {"demonym", "org"} and another_family(doc, ent, entry):
            kind = "other"  # "Social Democrat leader X": not the US Democrats
            if family_party(doc, ent.start - 1, ent.end):  # "the Free Democrats said"
                raw.append(Mention(0, ent.start - 1, ent.end, sent_of[ent.start], "org",
                                   doc[ent.start - 1 : ent.end].text, None))  # fmt: skip
                taken.update(range(ent.start - 1, ent.end))
                continue
        elif kind == "other" and entry is None and family_party(doc, ent.start, ent.end):
            kind = "org"  # "The Social Democrats said": a party the model took for a people
        elif kind == "other" and entry is None and bare_party(doc, ent.start, ent.end):
            kind = "org"  # "the Socialists and the Liberals agreed": a party, of no country
        if kind == "other":
            taken.update(range(ent.start, ent.end))  # "Liberal Democrats" is not "Democrats"
            continue
        locative = kind in {"place", "country"} and is_locative(ent)
        if locative and ((metonym and _seat_of_rulers(ent)) or _aimed_at(ent)):
            locative = False  # "the government in Ankara", "hit out at Moscow / at Peru"
        if metonym and locative:
            kind, entry = "place", None
        raw.append(
            Mention(0, ent.start, ent.end, sent_of[ent.start], kind, ent.text, entry,
                    locative=locative, metonym=metonym)
        )  # fmt: skip
        taken.update(range(ent.start, ent.end))
    raw = one_kind_per_name(doc, raw)
    raw = plural_kind_mentions(doc, cols.lower, sent_of, raw, taken)  # "the A and B unions"
    raw.extend(_repeated_names(doc, sent_of, raw, taken))
    raw.extend(organ_name_mentions(doc, sent_of, taken))  # "the UN's security council"
    raw.extend(common_noun_mentions(doc, sent_of, taken))
    raw.extend(relation_mentions(doc, sent_of, taken))  # "his rival", "the tycoon"
    raw.extend(party_tag_mentions(doc, sent_of, taken))  # "Sen. Ann Vale, D-Ohio,"
    raw.extend(bare_party_mentions(doc, sent_of, taken))  # "the Liberals", tagged as nothing
    raw = former_states(doc, raw)
    raw.sort(key=lambda m: (m.start, m.end))
    mentions = [_with_id(m, i) for i, m in enumerate(raw)]
    # a token belongs to the narrowest mention on it: "NATO" in "NATO's
    # secretary-general" is the body, whatever description it begins
    inner_last = sorted(mentions, key=lambda m: (m.start, -m.end))
    by_token = {t: m for m in inner_last for t in range(m.start, m.end)}
    return [_with_descriptors(doc, m, by_token, cols) for m in mentions]


def _repeated_names(
    doc: Doc, sent_of: list[int], found: list[Mention], taken: set[int]
) -> list[Mention]:
    """A surname the model missed ("Lima unilaterally left ...") is still the
    person the article named in full elsewhere; a one-word firm it missed is
    still the firm it found elsewhere."""
    parts: set[str] = set()
    surnames: set[str] = set()
    for m in found:
        words = m.text.split()
        if m.kind == "person" and len(words) >= 2:
            parts.update({words[0], words[-1]})
            surnames.add(words[-1])
    firms = firm_names(doc, found)
    out = []
    # (capitalised words only, found from the document's array: spaCy makes a new
    # Token object at every access)
    titled = doc.to_array(IS_TITLE).tolist() if len(doc) else []
    for i in (i for i, title in enumerate(titled) if title and i not in taken):
        tok = doc[i]
        if tok.pos_ != "PROPN" and not (tok.dep_ == "compound" and tok.text in firms):
            continue  # (a firm's name before a post: "Acme chief executive X")
        if tok.text in parts or (
            tok.dep_ == "nsubj"  # "Kellend said", the model missing a name spelt two ways
            and tok.head.lemma_ in SPEECH_VERBS
            and misspelt_surname(tok.text, surnames) is not None
        ):
            out.append(Mention(0, tok.i, tok.i + 1, sent_of[tok.i], "person", tok.text))
        elif tok.text in firms:
            out.append(
                Mention(0, tok.i, tok.i + 1, sent_of[tok.i], "org", tok.text, firms[tok.text])
            )
        else:
            continue
        taken.add(tok.i)
    return out


def _with_id(m: Mention, i: int) -> Mention:
    return Mention(i, m.start, m.end, m.sent, m.kind, m.text, m.entry,
                   locative=m.locative, metonym=m.metonym)  # fmt: skip


def _with_descriptors(
    doc: Doc, m: Mention, by_token: dict[int, Mention], cols: TitleColumns
) -> Mention:
    if m.kind not in {"person", "org", "group"}:
        return m
    descriptors = []
    pre = shared_title(doc, m, by_token, cols) or pre_title(doc, m, by_token, cols)
    if pre is not None:
        descriptors.append(pre)
    post = (
        shared_apposition(doc, m, by_token)
        or appositive_title(doc, m, by_token, cols)
        or dashed_title(doc, m, by_token, cols)
        or party_tag(doc, m, by_token)
    )
    if post is not None and all((d.start, d.end) != (post.start, post.end) for d in descriptors):
        descriptors.append(post)
        also = conjoined_title(doc, m, by_token, cols)  # "X, Japan's trade minister and a ..."
        if also is not None and (also.start, also.end) != (post.start, post.end):
            descriptors.append(also)
    if not descriptors:
        return m
    descriptors = with_group_country(doc, m, descriptors, by_token)  # "diplomats, including"
    # a title shared with names before or after this one ("Presidents A of Chile and
    # B", "A and B, the two leaders") is not this name's phrase: the phrase of A,
    # with A's "of Chile", is A's, and B is not inside A's
    own = [d for d in descriptors if not _a_name_between(d.end, m.start, m, by_token)
           and not _a_name_between(m.end, d.start, m, by_token)]  # fmt: skip
    lo = min([m.start, *[d.start for d in own]])
    hi = max([m.end, *[d.end for d in own]])
    return Mention(m.id, m.start, m.end, m.sent, m.kind, m.text, m.entry, lo, hi,
                   tuple(descriptors), m.locative, m.metonym)  # fmt: skip


def _a_name_between(lo: int, hi: int, m: Mention, by_token: dict[int, Mention]) -> bool:
    """Another person than ``m`` is named between tokens ``lo`` and ``hi``."""
    return any(
        (other := by_token.get(k)) is not None and other.kind == "person" and other.id != m.id
        for k in range(lo, hi)
    )
