"""People two countries send to a meeting, named by their nationalities and a plural
noun for people of any calling, stand for those countries.

"Greek and Turkish elders met", "Norwegian and Swedish shipping bosses met", "talks
between Greek and Turkish commissioners", "Greek commissioners met their Turkish
counterparts": two or more nationalities joined before people who meet (or one
nationality on each side of "counterparts") name the sides of the meeting, which are
those countries, whatever the people's calling (not only the agent nouns). Who a
plural noun is: a word of the agent or title lists, or one with an ending for people
("-ers", "-ors", "-ists", "-ians", "-men", "-ives"), or a few more ("chiefs",
"bosses"). People who go as themselves, for no state, are no side: tourists, fans,
voters, students, players, migrants ("Greek and Turkish tourists met" is some people).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.contact_phrases import HOSTING_VERBS
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import AGENT_NOUNS, TITLE_WORDS, listed_words
from kg.language.talks import MEETING_NOUNS

_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "men", "ives")
# Plural people nouns with no such ending.
_OTHER_PEOPLE = frozenset(
    """chiefs bosses heads aides envoys monks priests imams rabbis bishops clerics judges
    mayors chieftains sheikhs elders delegates experts""".split()
)
# People who go as themselves, for no state: travellers, followers, the public, players.
_FOR_NO_STATE = frozenset(
    """tourists visitors holidaymakers travellers travelers passengers tourists fans
    supporters spectators voters students pupils schoolchildren children youths teenagers
    youngsters residents citizens nationals inhabitants natives migrants immigrants
    emigrants refugees expatriates expats exiles pilgrims worshippers shoppers customers
    consumers viewers readers listeners patients prisoners detainees hostages captives
    victims survivors families relatives parents couples friends men women people persons
    players athletes footballers cricketers runners riders cyclists climbers hikers
    backpackers workers employees journalists reporters correspondents writers authors
    artists musicians actors singers poets filmmakers bloggers investors lovers members
    fighters rebels insurgents militants others""".split()
) | listed_words("sport-words.txt").get("who", frozenset())
# Verbs (lemmas) whose subject meets; "hold" only with a meeting noun ("held talks").
_MEETING_VERBS = frozenset({"meet", "negotiate", "confer", "convene", "gather", "talk"})
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})


def paired_people(tok: Token) -> bool:
    """ "Greek and Turkish elders" as who meets (the subject of a meeting verb, or after
    "between" or "of" a meeting noun), or "Greek elders" meeting "their Turkish
    counterparts"; one nationality alone is no side ("Greek elders met")."""
    if tok.tag_ != "NNS" or not tok.is_lower or not people_noun(tok):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in {"between", "among", "of"}:  # "a meeting of"
        return head.head.lower_ in MEETING_NOUNS and len(nationalities(tok)) >= 2
    if tok.dep_ != "nsubj" or not _meeting_verb(head):
        return False
    own = nationalities(tok)
    if len(own) >= 2:
        return True
    others = {c for t in _met(head) if t.lemma_.lower() in _COUNTERPARTS for c in nationalities(t)}
    return len(own) == 1 and bool(others - own)


# People a state sends to look into something: one nationality is their side when
# they meet, or are received by, another side that is named.
_SENT_TO_LOOK = frozenset({"inspectors", "monitors", "observers", "investigators"})


def received_inspectors(tok: Token) -> bool:
    """ "Russian inspectors met US officers", "Russian inspectors were received at the
    base by US Air Force officers": one nationality's inspectors (monitors, observers)
    meeting a named side (another nationality, a named body's or a named person) are
    that country; alone they act for no one ("British inspectors said")."""
    if tok.lower_ not in _SENT_TO_LOOK:
        return False
    own = nationalities(tok)
    if len(own) != 1:
        return False
    head = tok.head
    if tok.dep_ == "nsubj" and _meeting_verb(head):
        others = _met(head)
    elif tok.dep_ == "nsubjpass" and head.lemma_.lower() in HOSTING_VERBS:
        # "were received by X", or "received at the base by X" (the parser hangs "by" on
        # the place)
        bys = [c for c in head.children if c.dep_ == "agent"]
        bys += [b for p in head.children if p.dep_ == "prep" for o in p.children
                for b in o.children if b.dep_ == "prep" and b.lower_ == "by"]  # fmt: skip
        others = [o for c in bys for o in c.children]
    else:
        return False
    return any(_named_side(t, own) for t in others if t.dep_ == "pobj" or t.dep_ == "dobj")


def _named_side(tok: Token, own: set[str]) -> bool:
    if tok.ent_type_ in {"PERSON", "ORG", "GPE"}:
        return True
    if nationalities(tok) - own:
        return True
    return any(
        w.ent_type_ in {"ORG", "PERSON", "GPE"}
        for c in tok.lefts
        if c.dep_ == "compound"
        for w in c.subtree
    )


def people_noun(tok: Token) -> bool:
    """A plural noun for people who may act for a state (not "tourists", "fans")."""
    low = tok.lower_
    if low in _FOR_NO_STATE:
        return False
    lemma = tok.lemma_.lower()
    return (
        low in _OTHER_PEOPLE
        or lemma in AGENT_NOUNS
        or lemma in TITLE_WORDS
        or low.endswith(_PEOPLE_ENDINGS)
    )


def _meeting_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _MEETING_VERBS:
        return True
    return lemma == "hold" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in verb.children
    )


def _met(verb: Token) -> list[Token]:
    """Whom the verb's subject meets: its object, or the object of its "with"."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    preps += [p for o in found for p in o.children if p.dep_ == "prep" and p.lower_ == "with"]
    return found + [o for p in preps for o in p.children if o.dep_ == "pobj"]


def nationalities(tok: Token) -> set[str]:
    """The countries of the demonyms (joined by "and") before ``tok``."""
    gz = gazetteer()
    found: set[str] = set()
    for left in tok.lefts:
        if left.dep_ not in {"amod", "compound", "nmod"}:
            continue
        for word in [left, *(c for c in left.subtree if c.dep_ == "conj")]:
            before = word.doc[word.i - 1].text + " " if word.i > 0 else ""
            key = gz.demonym_country(before + word.text) or gz.demonym_country(word.text)
            if key is not None:
                found.add(key)
    return found


def repair_demonym_pairs(doc: Doc) -> int:
    """ "Aussie and Kiwi officials": two demonyms the model tagged as one body's name,
    two peoples again; how many were split."""
    gz = gazetteer()
    ents: list[Span] = []
    for ent in doc.ents:
        pair = len(ent) == 3 and ent[1].lower_ in {"and", "or"} and ent.label_ != "NORP"
        if pair and gz.demonym_country(ent[0].text) and gz.demonym_country(ent[2].text):
            s = ent.start
            ents += [Span(doc, s, s + 1, label="NORP"), Span(doc, s + 2, s + 3, label="NORP")]
        else:
            ents.append(ent)
    split = len(ents) - len(doc.ents)
    if split:
        doc.ents = ents
    return split
