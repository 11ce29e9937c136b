"""Whose a bare national title is: "President X" with no country of its own serves
the dateline's country, or the one country the sentence names as a modifier or
subject ("In Tokyo, Prime Minister X said"; "Japan's deal ..., President X said"),
never a country that is only where something is, someone else's, acted on or
reported ("a shrine in India's west", "his Chilean counterpart", "complaints that
China's ...", "Chinese loans helped President X win").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.disapproval_targets import disapproving_complement
from kg.extract.labels import LABELLING_VERBS, hostile
from kg.extract.threats import hostile_sense
from kg.extract.triggers import trigger
from kg.language.contact_phrases import HOSTING_VERBS
from kg.language.event_words import ASKING_NOUNS, VICTIM_NOUNS
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import AGENT_NOUNS, DASHES, SUBJECT_DEPS
from kg.language.listed_possessors import first_conjunct
from kg.language.mentions import Mention
from kg.language.places import places
from kg.records import EventKind

# Nouns for parts of a country: its owner there says where, not whom a title serves.
_PLACE_NOUNS = {"state", "province", "region", "city", "town", "village", "capital", "border",
                "coast", "territory", "district", "county", "island", "islands", "north",
                "south", "east", "west", "part", "side", "soil", "shrine", "port", "slum",
                "shantytown", "township", "camp", "hospital", "school", "factory", "plant",
                "mine", "farm", "base", "prison", "embassy", "streets"}  # fmt: skip


def _is_place_noun(token: Token) -> bool:
    """A noun that names a place or a site ("shantytown", "airport", "square")."""
    lemma = token.lemma_.lower()
    return lemma in _PLACE_NOUNS or lemma.capitalize() in places().last_words


def _hostile_label(verb: Token) -> bool:
    """ "called France's plan reckless", "branded Peru's move a disgrace": a hostile
    label put on what follows the verb."""
    after = {t.lower_ for t in verb.subtree if t.i > verb.i}
    return verb.lemma_ in LABELLING_VERBS and hostile(after)


def country_in_context(ctx: Context, m: Mention, *, said_subjects: bool = True) -> str | None:
    """The dateline's country, else the single country the sentence names as a
    modifier or subject (not as a place or an object; with ``said_subjects`` false,
    not as the subject of what the holder says: "Environment Secretary X said the US
    would act" names another country's deed, not X's post)."""
    sent = ctx.doc[m.start].sent
    lo, hi = m.span
    own = [ctx.actors.at(i) for i in range(lo, hi)]
    own_countries = [k for k in own if k and k.startswith("country/")]
    if own_countries:
        return own_countries[0]  # "The Chilean finance minister"
    found = []
    # what the holder's own hostile verb governs after it is another's: "President X
    # slammed France's decision" (not "defended Spain's budget", most likely X's own)
    root = ctx.doc[lo:hi].root
    acted_on = set()
    if (
        root.dep_ == "nsubj"
        and root.head.pos_ == "VERB"
        and (hostile_sense(root.head) or _hostile_label(root.head))
    ):
        acted_on = {t.i for t in root.head.subtree if t.i > root.head.i}
    elif root.dep_ == "nsubj" and (blame := disapproving_complement(root.head)) is not None:
        acted_on = {t.i for t in blame.subtree}  # "President X was critical of France's plan"
    # a person met "with" ("met in Paris with President X"): a capital before says
    # where they met, not whose the title is
    last = ctx.doc[m.end - 1]
    partner = last.dep_ == "pobj" and last.head.lower_ == "with"
    asked = _asked(root)
    met = _met(root)  # "after meeting President X": the countries are the visitors'
    for other in ctx.actors.mentions:
        key = ctx.actors.by_mention.get(other.id)
        if _dateline(ctx, other):
            continue  # "NEW DELHI (Reuter) - ...": where the reporter was, not whose
        if other.locative and sent.start <= other.start < sent.end:
            capital = gazetteer().metonym(other.text)  # "In Tokyo, Prime Minister X said"
            if (
                capital is not None
                and capital.type == "Country"
                and other.start < m.start
                and not partner
                and not _passing_through(ctx.doc[other.end - 1])
                and _within(_clause_verb(root), _clause_verb(ctx.doc[other.end - 1]))
            ):
                found.append(capital.key)
            continue
        if met or not key or not key.startswith("country/") or other.kind == "pronoun":
            continue  # "thanked Canada for its help": "its" names no country of the title
        if other.kind == "place":
            continue  # a name the model took for a place no gazetteer knows ("the Titan corporation")
        if _belongs_to_another(ctx, other, m):
            continue  # "met his Chilean counterpart", "the Swedish minister": someone else's
        if not (sent.start <= other.start < sent.end) or _reported(ctx.doc[other.start]):
            continue  # not a country in what someone says ("complaints that China's ...")
        if not said_subjects and _subject_of_what_is_said(ctx.doc[other.end - 1], root):
            continue
        if other.start in acted_on or other.start in asked or _blamed(ctx.doc[other.start], root):
            continue  # "Kenya sent troops at the request of President X": X asked Kenya
        if _acts_on_holder(ctx.doc[other.end - 1], root):
            continue  # "Japan gave President X a welcome": X is Japan's guest, not its own
        last = ctx.doc[other.end - 1]
        dep = first_conjunct(last).dep_  # "Italy and Tunisia signed": both subjects
        if dep in {"poss", "compound", "nmod", "amod"} and _is_place_noun(last.head):
            continue  # "a shrine in India's western state of Rajasthan": where, not whose
        if dep in {"poss", "compound", "nmod", "amod"} and _acts_on(last.head, root):
            continue  # "Russian aid kept President X in power": the country acts on him
        if dep in {"poss", "compound", "nmod", "amod"} and _aimed_at(last.head):
            continue  # "defended the price cap on Russian oil": what a measure hits
        if dep in {"amod", "compound", "nmod"} and _conveyed(last.head):
            continue  # "flew in carrying Greek proposals": another's, what he brings
        if (
            dep in {"poss", "compound", "nmod", "amod", "nsubj", "nsubjpass"}
            or other.kind == "demonym"
        ):
            found.append(key)
    found = list(dict.fromkeys(found))
    if len(found) == 1:
        return found[0]
    if ctx.dateline_country and not _other_countries(ctx):
        return ctx.dateline_country  # "LISBON - President X said", in a story of Portugal
    return None


def _aimed_at(noun: Token) -> bool:
    """A noun after "on" or "against" a measure ("a cap on Russian oil", "sanctions
    against Iranian banks"): what the measure is aimed at, not whose it is (not
    "talks on the Israeli-Palestinian conflict": a topic)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in {"on", "against"}
        and prep.head.lemma_.lower() in _MEASURES
    )


def _conveyed(noun: Token) -> bool:
    """A proposal, plan or message someone carries or brings ("carrying new Greek
    proposals"): whose it is says nothing of the bearer's post."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _CONVEYING
        and noun.lemma_.lower() in _CONVEYED
    )


_CONVEYING = frozenset({"carry", "bring", "deliver", "convey", "relay", "bear"})
_CONVEYED = frozenset(
    """proposal plan idea message letter offer note request demand suggestion""".split()
)


# Measures aimed at someone: "a cap on", "sanctions against", "a ban on".
_MEASURES = frozenset(
    """cap sanction sanctions ban embargo tariff tariffs restriction restrictions curb curbs
    limit limits levy duty duties freeze boycott blockade""".split()
)


# What a country does to its own head of state or government: "Chile elected President X".
_DOMESTIC = {"elect", "reelect", "re-elect", "inaugurate", "swear", "impeach"}


def _acts_on_holder(country: Token, holder: Token) -> bool:
    """A country that is the subject of the verb whose object is the holder of a bare
    title: "Japan gave President X a welcome", "Moscow told President X to leave",
    "Peru sent President X a letter" (but "Chile elected President X" is Chile's); or
    the passive's subject of an act the holder does to it: "Finland was thanked by
    Prime Minister X", as "Prime Minister X thanked Finland" is (but "Chile was led by
    President X" is his)."""
    if holder.dep_ == "pobj" and holder.head.dep_ == "agent":
        verb = holder.head.head
        row = trigger(verb.lemma_, "verb")
        acted = row is not None and row.kind in {EventKind.CONFLICT, EventKind.COOPERATION}
        return acted and country.dep_ == "nsubjpass" and country.head.i == verb.i
    verb = holder.head
    if holder.dep_ not in {"dobj", "dative"} or verb.pos_ != "VERB" or verb.lemma_ in _DOMESTIC:
        return False
    return country.dep_ == "nsubj" and country.head.i == verb.i


def _asked(holder: Token) -> set[int]:
    """The words of who acts at the holder's request, the subject of the verb the
    request hangs on: "Kenya deployed troops to Somalia at the request of President X",
    "At President X's invitation, Nigerian troops were sent" (X asked them, so X is
    not theirs)."""
    noun = holder.head
    if holder.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head  # "at the request of President X"
    elif holder.dep_ != "poss":  # "at President X's request"
        return set()
    if noun.lemma_.lower() not in ASKING_NOUNS or noun.dep_ != "pobj":
        return set()
    prep = noun.head
    if prep.lower_ not in {"at", "upon", "on"} or prep.head.pos_ not in {"VERB", "AUX"}:
        return set()
    return {t.i for s in g.subjects(prep.head) for t in s.subtree}


def _blamed(country: Token, holder: Token) -> bool:
    """A country the holder tells of having acted against someone, the doer in the
    words X says: "Russia attacked Ukrainian ports, President X said"
    (the victim's president as often as the attacker's; but "Kenya deployed troops",
    "Mali will expel the envoy", "Russia has never attacked anyone, President X
    said" are most likely the country's own)."""
    said = holder.head
    if holder.dep_ != "nsubj" or said.pos_ != "VERB":
        return False
    told = [
        c for c in said.children
        if c.dep_ == "ccomp"
        and not any(a.dep_ == "neg" or a.tag_ == "MD" for a in c.children)
    ]  # fmt: skip
    return any(
        hostile_sense(v) is not None
        and any(country in s.subtree for s in [*g.subjects(v), *g.direct_objects(v)])
        for v in told
    )  # "Britain blamed Russia's agency, Minister X said": neither side is sure


# Verbs whose object is a host met ("after meeting President X", "visited King Y").
_MEETING = frozenset({"meet", "visit", "see"}) | HOSTING_VERBS


def _met(holder: Token) -> bool:
    """A holder met as a verb's object: the sentence's countries are more likely the
    visitors' than the holder's ("Peru and Chile signed a deal, X said after meeting
    President Y")."""
    return holder.dep_ == "dobj" and holder.head.lemma_.lower() in _MEETING


def _passing_through(place: Token) -> bool:
    """A capital a holder is only passing through says nothing of whose the title is:
    "While in Jerusalem, Secretary of State X", "Speaking in Nairobi, ...", "During a
    stop in Cairo, ..." (but "In Tokyo, Prime Minister X said" is Japan's)."""
    prep, verb = place.head, place.head.head
    trip = trigger(verb.lower_, "noun")
    return any(c.dep_ == "mark" for c in prep.children) or (
        (verb.dep_ == "advcl" and verb.pos_ == "VERB")
        or verb.lemma_ in _STOPS
        or (trip is not None and trip.kind == EventKind.VISIT)
    )


_STOPS = {"stop", "stopover"}


def _clause_verb(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _within(verb: Token | None, place_verb: Token | None) -> bool:
    """A capital says whose a bare title is only in the holder's own clause or one under
    it ("In Tokyo, Prime Minister X said"; "A said in Paris that he had asked Ambassador
    X"), not through an adverbial clause on another event ("A met B in Paris, angering
    the government of President X": Paris is where A met B)."""
    while verb is not None and verb != place_verb:
        if verb.dep_ == "advcl":
            return False
        verb = _clause_verb(verb)
    return verb == place_verb


def _acts_on(noun: Token, holder: Token) -> bool:
    """A noun of conflict or cooperation ("aid", "pressure") whose clause governs the
    holder of a bare title: "Chinese loans helped President X win" (a country acting
    on X is not X's; but "UK aid will go ..., Prime Minister X said" is)."""
    found = trigger(noun.lower_, "noun") or trigger(noun.lemma_.lower(), "noun")
    if found is None or found.kind not in {EventKind.CONFLICT, EventKind.COOPERATION}:
        return False
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb in holder.ancestors


def _other_countries(ctx: Context) -> bool:
    """Does the story name a country besides the dateline's, or a place in one
    ("received by President X at the Kremlin", in a story datelined New Delhi)? Then
    the dateline only tells where the reporter was ("LONDON - President Ruiz ...")."""
    for m in ctx.actors.mentions:
        key = ctx.actors.by_mention.get(m.id) or ""
        if key.startswith("country/") and key != ctx.dateline_country:
            return True
        if m.kind == "place" and _place_country(m.text) not in {None, ctx.dateline_country}:
            return True
    return False


def _dateline(ctx: Context, m: Mention) -> bool:
    """A place in capitals opening the text before a dash or an agency's name."""
    doc = ctx.doc
    nxt = doc[m.end] if m.end < len(doc) else None
    return (
        m.start <= 1
        and doc[m.start : m.end].text.isupper()
        and nxt is not None
        and (nxt.text == "(" or nxt.text in DASHES)
    )


def _place_country(name: str) -> str | None:
    seat = gazetteer().metonym(name)
    if seat is not None and seat.type == "Country":
        return seat.key
    place = places().lookup(name)
    return f"country/{place.country}" if place is not None and place.country else None


def _subject_of_what_is_said(token: Token, holder: Token) -> bool:
    """A subject in the clause the holder's own verb governs ("X said the US would act")."""
    return (
        token.dep_ in SUBJECT_DEPS
        and holder.dep_ == "nsubj"
        and any(a.dep_ == "ccomp" and a.head.i == holder.head.i for a in token.ancestors)
    )


def _reported(token: Token) -> bool:
    """Inside a "that" clause: what is said or complained of, not who says it."""
    return any(
        a.dep_ in {"ccomp", "acl"} and any(c.dep_ == "mark" for c in a.children)
        for a in token.ancestors
    )


def _belongs_to_another(ctx: Context, country: Mention, person: Mention) -> bool:
    """A country word that describes someone else: inside another person's phrase
    or modifying a noun for a person ("his Chilean counterpart", "a Chilean student"),
    also as the second of two ("the Chinese and Japanese ambassadors")."""
    word = ctx.doc[country.end - 1]
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head
    head = word.head
    if head.lower_ in AGENT_NOUNS and not (person.start <= head.i < person.end):
        return True
    if head.tag_ == "NN" and head.lower_ in VICTIM_NOUNS - {"people", "family"}:
        return True  # "President X said the Egyptian man ...": one person's nationality
    for other in ctx.actors.mentions:
        if other.id == person.id or other.kind not in {"person", "description"}:
            continue
        lo, hi = other.span
        if lo <= country.start < hi or (other.kind == "person" and lo <= head.i < hi):
            return True  # ... or its owner or modifier: "Spain's Luis Ortega", "U.S. President X"
    return False
