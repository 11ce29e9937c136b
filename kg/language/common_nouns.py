"""Mentions that are no names: pronouns, definite descriptions ("the foreign secretary"),
unnamed bodies ("Chile's 12-bank steering committee") and groups ("Greek diplomats", "the
rebels"), found word by word for :func:`kg.language.mentions.find_mentions`."""

from __future__ import annotations

from spacy.attrs import IS_TITLE, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.language.bare_organs import bare_organ
from kg.language.body_words import DESCRIBING_WORDS, GENERIC_BODIES, ORG_HEAD_WORDS, UNIQUE_BODIES
from kg.language.country_agents import acts_for_country
from kg.language.described_groups import (
    GROUP_HEADS,
    bare_reference,
    described_group,
    militia_men,
)
from kg.language.expletives import expletive
from kg.language.fighter_initials import fighters_named
from kg.language.first_person import quoted_our
from kg.language.gazetteer import gazetteer
from kg.language.glued_groups import movement_men
from kg.language.group_places import group_name
from kg.language.hyphenated import dash_indices, part_country
from kg.language.kind_names import kind_possessor, one_national
from kg.language.lexicon import (
    AGREEMENT_ANAPHORA,
    BARE_ONLY_ANAPHORA,
    COUNTRY_ANAPHORA,
    DESCRIBED_GROUP_NOUNS,
    FIGHTER_NOUNS,
    GENERIC_BARE_ANAPHORA,
    GENERIC_GROUP_NOUNS,
    GROUP_NOUNS,
    ORG_ANAPHORA,
    OWNER_ONLY_ANAPHORA,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    PRONOUNS_THING,
    QUANTIFIERS,
    RELATIONAL_NOUNS,
    TITLE_WORDS,
)
from kg.language.mention_record import Mention
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.not_names import likeness, of_origin
from kg.language.one_holders import see_end
from kg.language.owned_bodies import UNNAMED_HEADS, unnamed_body
from kg.language.party_standing import standing_start
from kg.language.plural_references import PLURAL_REFERENCE_WORDS, is_plural_reference
from kg.language.region_states import REGION_HEADS, country_or_deal
from kg.language.relation_groups import class_only, relation_only
from kg.language.ruled_by import leader_before
from kg.language.speaking_pairs import each_other, pair_speaks
from kg.language.state_bodies import country_agency, organ_of_a_country
from kg.language.tie_nouns import a_tie
from kg.language.titles import AFFILIATION_PREPS, STOP_PREPS_IN_TITLE, hyphened_title_end


def common_noun_mentions(doc: Doc, sent_of: list[int], taken: set[int]) -> list[Mention]:
    """Pronouns, definite descriptions, unnamed bodies and groups."""
    found: list[Mention] = []
    gz = gazetteer()
    dashes = dash_indices(doc)
    for i in _candidates(doc):
        tok = doc[i]
        if tok.i in taken and not (tok.ent_type_ == "CARDINAL" and tok.lower_ == "two"):
            continue  # (a number is taken, but "the two" met is a reference back)
        low, pos, title = tok.lower_, tok.pos_, tok.is_title
        if pos == "PRON" and (low in _PRONOUNS or quoted_our(tok)):  # "'our troops,' X said"
            if expletive(tok):
                continue  # "it is wrong to deny farmers ...": nobody
            if low == "they" and (each_other(tok) or pair_speaks(tok)):  # "They met": the two
                found.append(Mention(0, tok.i, tok.i + 1, sent_of[tok.i], "plural", tok.text))
                continue
            found.append(Mention(0, tok.i, tok.i + 1, sent_of[tok.i], "pronoun", tok.text))
            continue
        dem = gz.demonym(tok.text) if title else None
        if dem is None and title and (i - 1 in dashes or i + 1 in dashes):
            dem = part_country(doc, tok.i)  # "the Sino-Japanese talks"
        if dem is not None and (
            likeness(doc, i, i + 1) or of_origin(tok) or one_national(doc, i, i + 1)
        ):
            continue  # "a Soviet-style purge", "of Chinese descent", "the Kiwi said": no state
        if dem is not None and pos in {"ADJ", "PROPN", "NOUN"}:
            plural = tok.tag_ in {"NNS", "NNPS"} and dem.type == "Country"
            kind = "people" if plural else "demonym"
            found.append(Mention(0, tok.i, tok.i + 1, sent_of[tok.i], kind, tok.text, dem))
            continue
        if low in PLURAL_REFERENCE_WORDS and is_plural_reference(tok):
            # (after a possessor: "the two countries'" is a reference of its own)
            lefts = [c.i for c in tok.lefts if c.dep_ != "poss"]
            owner = [c.right_edge.i + 1 for c in tok.lefts if c.dep_ == "poss"]
            start = min(lefts or owner or [tok.i])
            text = doc[start : tok.i + 1].text
            found.append(Mention(0, start, tok.i + 1, sent_of[tok.i], "plural", text))
            continue
        if pos not in {"NOUN", "PROPN"} and (
            i - 1 not in dashes or hyphened_title_end(doc, tok.i - 2) != tok.i + 1
        ):
            continue  # (the model may tag the "general" of "secretary-general" an adjective)
        if i - 1 in dashes and hyphened_title_end(doc, i - 2) == i + 1:
            low = f"{doc[i - 2].lower_}-{low}"  # "the president-elect": the whole title
        if low not in _HEAD_WORDS:
            continue  # no description, group or body is headed by it (most nouns)
        left = _left_modifiers(doc, tok, taken)
        if left is None:
            continue
        start, has_det, has_proper, demonym = left
        if (standing := standing_start(tok)) is not None:  # "the ruling party"
            text = doc[standing : tok.i + 1].text
            found.append(Mention(0, standing, tok.i + 1, sent_of[tok.i], "description", text))
            continue
        text = doc[start : tok.i + 1].text
        if (body := unnamed_body(doc, tok)) is not None:  # "Kenya's athletics federation"
            text = doc[body[0] : tok.i + 1].text  # (or "signed the fisheries accord")
            found.append(Mention(0, body[0], tok.i + 1, sent_of[tok.i], body[1], text))
            continue
        singular = tok.tag_ in {"NN", "NNP", "JJ"}  # (JJ: only the "-general" above)
        owned = "'s " in text or "’s " in text  # "Iraq's national security advisor"
        if (
            low in TITLE_WORDS
            and (has_det or demonym or owned)
            and singular
            and (tok.dep_ == "poss" or not _precedes_name(doc, tok))  # "the Pope's talks with X"
        ):
            # "the NATO secretary-general", "the Archbishop of Canterbury"
            end = max(hyphened_title_end(doc, tok.i), see_end(doc, tok.i))
            found.append(Mention(0, start, end, sent_of[tok.i], "description", doc[start:end].text))
        elif (
            (low in GROUP_NOUNS or low in GENERIC_GROUP_NOUNS or low in DESCRIBED_GROUP_NOUNS)
            and low not in RELATIONAL_NOUNS
            and not any(c.lower_ == "other" for c in tok.children)
            and (demonym or has_proper or low in GENERIC_GROUP_NOUNS)
            and not (low == "powers" and any(c.dep_ == "poss" for c in tok.children))
            and not (relation_only(tok) or class_only(tok))  # "foreign lenders": a class
            and (tok.tag_ in {"NNS", "NNPS"} or _plural_acronym(tok) or _opening_plural(tok))
        ) or described_group(doc, start, tok):
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.ent_iob_ == "B" and nxt.ent_type_ in {"ORG", "PERSON"}:
                continue  # "Ghanaian banks Volta Trust Bank and ...": the kind of the names
            if movement_men(doc, start, tok) or militia_men(doc, start, tok):
                continue  # "Houthi fighters" are the Houthis, "X militia fighters" the militia
            if (named := fighters_named(doc, start, tok, sent_of[tok.i], taken)) is not None:
                found.extend(named)  # "Hamas fighters" are Hamas, "the ELN rebels" the ELN
                continue
            counted = any(doc[j].like_num for j in range(start, tok.i))
            if counted and low in _COUNTED_BODIES:
                continue  # "lawsuits against 80 banks": so many separate banks, no one actor
            while start < tok.i and (
                doc[start].like_num
                or doc[start].lower_ in QUANTIFIERS
                or (doc[start].text == "-" and start > 0 and doc[start - 1].like_num)
            ):  # "three militants", "some 60 students", "twenty-five rebels": not the count
                start += 1
            if low in FIGHTER_NOUNS and doc[start].tag_ == "PRP$":
                start += 1  # "its fighters": whose men the pronoun tells, resolved apart
            if acts_for_country(doc, start, tok):
                continue  # "Ukrainian lawmakers" are Ukraine, as "Greek diplomats" are Greece
            if start < tok.i and doc[start].dep_ == "conj" and doc[start].head.i < start:
                continue  # "Indian and Pakistani military officials": of two countries
            text = group_name(doc, start, tok)  # "rebels in Darfur"
            entry = gz.lookup(text)
            found.append(Mention(0, start, tok.i + 1, sent_of[tok.i], "group", text, entry))
        elif (
            low in ORG_HEAD_WORDS
            and (has_proper or organ_of_a_country(tok))  # "the parliament of Hungary"
            and tok.dep_ != "compound"
            and not _hyphen_prefix(doc, tok)
            and not movement_men(doc, start, tok)  # "Houthi forces"
            and not any(doc[j].ent_type_ in {"ORG", "PERSON"} for j in range(start, tok.i))
            and not _describes(doc, start, tok)
            and not a_tie(doc, start, tok)  # "France's alliance with X", "the US-Japan alliance"
            and not (start < tok.i and doc[start].dep_ == "conj")  # "A and B forces": two bodies
        ):
            # its name begins at its first capital: "Leeds's constituency Conservative
            # association" is the Conservative association
            while (
                has_proper
                and start < tok.i
                and doc[start].is_lower
                and doc[start].pos_ in {"NOUN", "ADJ"}
            ):
                start += 1
            text = doc[start : tok.i + 1].text
            found.append(Mention(0, start, tok.i + 1, sent_of[tok.i], "org", text))
        elif (leader := leader_before(doc, tok)) is not None and singular:
            # "Golan's government", "the Ruiz administration": the leader's country's
            found.append(Mention(0, leader, tok.i + 1, sent_of[tok.i], "org",
                                 doc[leader : tok.i + 1].text))  # fmt: skip
        elif has_det and singular and country_or_deal(tok, start):  # "the Gulf state"
            if start > 0 and doc[start - 1].lower_ == "the":
                found.append(Mention(0, start, tok.i + 1, sent_of[tok.i], "description", text))
        elif (
            low in ORG_ANAPHORA
            and (has_det or _before_title(doc, tok, low))
            and (
                low not in OWNER_ONLY_ANAPHORA or _owns_a_post(tok) or _titled_owner(doc, tok, low)
            )
            and (low not in BARE_ONLY_ANAPHORA or bare_reference(doc, start, tok))
        ):
            found.append(Mention(0, start, tok.i + 1, sent_of[tok.i], "description", text))
    return found


_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_PLURAL
# The heads of every mention found after the plural references: checked first,
# since most tokens are none of them.
_HEAD_WORDS: frozenset[str] = frozenset().union(
    TITLE_WORDS,
    GROUP_NOUNS,
    GENERIC_GROUP_NOUNS,
    DESCRIBED_GROUP_NOUNS,
    GROUP_HEADS,
    ORG_HEAD_WORDS,
    AGREEMENT_ANAPHORA,
    COUNTRY_ANAPHORA,
    ORG_ANAPHORA,
    REGION_HEADS | UNNAMED_HEADS,
    {w.rsplit("-", 1)[-1] for w in TITLE_WORDS},  # "elect": a title split at its hyphen
)
# What a token needs to be any mention above: capitalised (a demonym) or one of these.
_CANDIDATE_IDS = frozenset(
    map(get_string_id, _PRONOUNS | PLURAL_REFERENCE_WORDS | _HEAD_WORDS | {"our"})
)


def _candidates(doc: Doc) -> list[int]:
    """The tokens that may be a mention, found from the document's arrays of
    lower-case forms and capitalisation: spaCy makes a new Token object at
    every access, and most tokens are none."""
    if not len(doc):
        return []
    table = doc.to_array([LOWER, IS_TITLE]).tolist()
    return [i for i, (low, title) in enumerate(table) if title or low in _CANDIDATE_IDS]


def _describes(doc: Doc, start: int, tok: Token) -> bool:
    """ "a US court", "Chile's seventh largest bank", "Norvex Capital, the US
    investment bank": a description of a body, not the name of one."""
    words = {t.lower_ for t in doc[max(start - 1, 0) : tok.i]}
    if bare_organ(doc, start, tok):
        return True  # "the Kenyan ministry": one of many, its country's
    if words & DESCRIBING_WORDS and not any(w.endswith("led") for w in words):
        return True  # (but "a Saudi-led coalition" is the one named: who leads it says so)
    if tok.dep_ == "appos" or any(c.dep_ == "appos" and c.ent_type_ for c in tok.children):
        return True  # in apposition to a name: the name is the actor
    if tok.head.dep_ == "appos" and tok.head.ent_type_ and tok.head.i > tok.i:
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.ent_iob_ == "B" and nxt.ent_type_ == "ORG":
        return True  # "the Yugoslav news agency Tanjug": the name after its kind
    if any(t.tag_ == "JJS" for t in doc[start : tok.i]):
        return True  # "the UK's highest court", "the biggest UK bank"
    # "the Kenyan news agency" is the agency the story cites; "the UK bank" is
    # a description of some bank
    cited = tok.lower_ == "agency" and doc[tok.i - 1].lower_ in {"news", "press"}
    generic = tok.is_lower and tok.lower_ in GENERIC_BODIES and not cited
    named = any(  # "the Yonhap news agency" is named; "a US court" is not
        t.pos_ == "PROPN" and t.ent_type_ not in {"GPE", "NORP"} and not gazetteer().demonym(t.text)
        for t in doc[start : tok.i]
    )
    return generic and not named and not words & UNIQUE_BODIES and not country_agency(doc, tok)


def _hyphen_prefix(doc: Doc, tok: Token) -> bool:
    """The first part of a hyphenated word ("co" of "co-chairman"), no head of its own."""
    nxt = tok.i + 1
    return (
        not tok.whitespace_ and nxt < len(doc) and doc[nxt].text == "-" and not doc[nxt].whitespace_
    )


_PHRASE_POS, _JOINTS = {"ADJ", "NOUN", "PROPN", "NUM"}, {"-", "'", "’"}  # (' of "farmers'")
# Bodies that, counted, are separate bodies: "80 banks", "eight nations" (people counted
# stay a group).
_COUNTED_BODIES = frozenset(
    "banks lenders creditors donors firms companies countries nations states".split()
)


def _left_modifiers(doc: Doc, tok: Token, taken: set[int]) -> tuple[int, bool, bool, bool] | None:
    """Start of the noun phrase ending at ``tok`` and what modifies it."""
    start = tok.i
    has_det = has_proper = demonym = False
    i = tok.i - 1
    edge = tok.left_edge.i if i >= 0 else 0
    while i >= 0 and tok.i - i <= 6:
        t = doc[i]
        if t.is_sent_end or (t.is_punct and t.text != "-" and not kind_possessor(doc, i, tok)):
            break
        if i < edge and t.text not in POSSESSIVE_ENDINGS and not (i in taken or t.ent_type_):
            break  # not part of the phrase: "Hale worried donors" is no group name
        if t.lower_ in {"the", "this", "that", "these", "those"} or (
            t.pos_ == "PRON" and t.dep_ == "poss"
        ):
            has_det = True
            start = i
            break
        if t.text in POSSESSIVE_ENDINGS:
            # "Chile's 12-bank steering committee": a named possessor belongs to
            # the name; any other possessor is a noun phrase of its own.
            if i > 0 and (i - 1) in taken and doc[i - 1].ent_type_ in {"GPE", "ORG", "NORP"}:
                has_proper = True
                start = doc[i - 1].i
                j = i - 2
                while j >= 0 and j in taken and doc[j].ent_iob_ == "I":
                    start = j
                    j -= 1
                if doc[start].ent_iob_ == "I" and start > 0:
                    start -= 1
            elif i > 1 and doc[i - 1].lower_ in COUNTRY_ANAPHORA and doc[i - 2].lower_ == "the":
                has_det, start = True, i - 2  # "the country's president": a reference back
            break
        hyphenated = t.tag_ == "VBN" and i > 0 and doc[i - 1].text == "-"  # "Pakistan-based"
        if t.pos_ not in _PHRASE_POS and t.text not in _JOINTS and not hyphenated:
            break
        if t.ent_type_ != "ORDINAL" and (i in taken or t.pos_ == "PROPN" or t.ent_type_):
            has_proper = True  # (not "its 148th party": a party to a pact, numbered)
        if gazetteer().demonym(t.text):
            demonym = True
        start = i
        i -= 1
    if doc[start].lower_ in {"the", "this", "that", "these", "those"}:
        start += 1
    return start, has_det, has_proper, demonym


def _owns_a_post(tok: Token) -> bool:
    """ "the party's leader", "the party's former treasurer": the owner of a title."""
    head = tok.head
    return tok.dep_ == "poss" and (head.lower_ in TITLE_WORDS or head.lemma_ in TITLE_WORDS)


def _titled_owner(doc: Doc, tok: Token, low: str) -> bool:
    """ "Party chairman X said": a body's noun that opens a sentence, bare, before a
    post. Not "a party spokesman" nor "... and party leader X" within a sentence: the
    speaker's own party or a rival's, which the story need not have named."""
    return tok.text[:1].isupper() and bool(tok.is_sent_start) and _before_title(doc, tok, low)


def _before_title(doc: Doc, tok: Token, low: str) -> bool:
    """ "committee chairman", "committee vice-chairmen" (not "Union leaders": people
    of a kind, see GENERIC_BARE_ANAPHORA)."""
    words = "".join(t.text_with_ws for t in doc[tok.i + 1 : tok.i + 4]).lower().split()
    if low in GENERIC_BARE_ANAPHORA and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "NNS":
        return False
    return bool(words) and (words[0] in TITLE_WORDS or words[0].replace("vice-", "") in TITLE_WORDS)


def _precedes_name(doc: Doc, tok: Token) -> bool:
    """A title word inside the title phrase of a name ("French Special Envoy for Syria
    Paul Mercier") is part of that name's descriptor, not a description."""
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True  # "The French special envoy for Yemen, Paul Ney, ..."
    if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
        return True  # "Anders Holm, the foreign minister of Denmark, ..."
    # "The UN envoy for Libya, Ghassan Rahme, met ...": the name follows the comma
    for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 8)]:
        if t.text == ",":
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            return nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B"
        if t.pos_ not in {"ADP", "PROPN", "DET", "NOUN", "ADJ"}:
            break
    sent_end = tok.sent.end
    for t in doc[tok.i + 1 : min(sent_end, tok.i + 13)]:
        if t.ent_type_ == "PERSON":
            return True
        if t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ", "PRON"} or t.text in {",", ";", ":", '"'}:
            return False
        if t.pos_ == "ADP" and t.lower_ not in AFFILIATION_PREPS | STOP_PREPS_IN_TITLE:
            return False
    return False


def _plural_acronym(tok: Token) -> bool:
    """ "MPs" the model tags as a singular name after a country's demonym ("Croatian
    MPs"): a group, as "Croatian deputies" are (not "Labour MPs", a party's)."""
    t, before = tok.text, (tok.doc[tok.i - 1].text if tok.i else "")
    acronym = tok.tag_ == "NNP" and len(t) > 2 and t[-1] == "s" and t[:-1].isupper()
    return acronym and gazetteer().demonym_country(before) is not None


def _opening_plural(tok: Token) -> bool:
    """ "Rebels in Darfur attacked": a plural group noun the model tags a singular
    name when it opens the sentence."""
    return bool(tok.is_sent_start) and tok.tag_ == "NNP" and tok.lower_ in GENERIC_GROUP_NOUNS
