"""People two countries send to a meeting stand for them, experts too.

"Greek and Turkish diplomats met" are Greece and Turkey (diplomats act for their
state wherever a country qualifies them). Experts act for no one on their own:
"Egyptian water experts said" is some experts, and so is "Egyptian water experts
met". But two or more nationalities joined before them at a meeting ("Egyptian and
Ethiopian water experts met", "talks between Indian and Chinese engineers") name
the sides of that meeting, which are those countries.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.body_people import INQUIRERS, body_people
from kg.language.communities import community_people
from kg.language.country_agents import security_service
from kg.language.nation_groups import nationalities, paired_people, received_inspectors
from kg.language.negotiating_teams import negotiating_team
from kg.language.war_models import war_model

# People sent for what they know rather than for whom they act.
EXPERT_NOUNS = frozenset(
    """experts specialists technicians engineers scientists technocrats hydrologists
    economists lawyers""".split()
)
# Verbs (lemmas) whose subject meets: "met", "held talks", "negotiated".
_MEETING_HEADS = frozenset({"meet", "hold", "negotiate", "confer", "convene", "gather", "talk"})
# Prepositions naming the sides of a meeting noun: "talks between A and B experts".
_SIDES = frozenset({"between", "among"})


def acting_people(tok: Token) -> bool:
    """Whether ``tok`` is a noun for people who act for whoever qualifies it beyond the
    agent nouns: a state's armed bodies (:func:`security_service`), experts two
    nationalities send to a meeting (:func:`paired_experts`) or the inspectors a body
    sends (:func:`sent_by_a_body`), the people an international body sends
    (:func:`kg.language.body_people.body_people`) and one nationality's inspectors a
    named side receives (:func:`kg.language.nation_groups.received_inspectors`), and
    the people who act for a community (:func:`kg.language.communities.community_people`),
    and a nationality's warplanes named by their model (:func:`kg.language.war_models.war_model`),
    and a team named for the talks it holds (:mod:`kg.language.negotiating_teams`)."""
    return (
        security_service(tok)
        or paired_experts(tok)
        or paired_people(tok)
        or received_inspectors(tok)
        or sent_by_a_body(tok)
        or body_people(tok)
        or community_people(tok)
        or war_model(tok)
        or negotiating_team(tok)
    )


# People a body sends to look into something for it: "IAEA inspectors", "OSCE monitors".
_SENT_PEOPLE = INQUIRERS | {"inspector", "investigator", "monitor", "observer"}


def sent_by_a_body(tok: Token) -> bool:
    """ "IAEA inspectors", "Human Rights Watch researchers": the body named before them
    (an organisation's name, no nationality: "British inspectors" act for no one)."""
    if tok.lower_ not in _SENT_PEOPLE:
        return False
    lefts = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    return bool(lefts) and all(
        w.ent_type_ == "ORG" for c in lefts for w in c.subtree if w.dep_ != "punct"
    )


def paired_experts(tok: Token) -> bool:
    """ "Egyptian and Ethiopian water experts" as who meets (the subject of a meeting
    verb, or after "between"); one nationality is no side ("Egyptian experts met")."""
    if tok.lower_ not in EXPERT_NOUNS:
        return False
    head = tok.head
    meeting = (tok.dep_ == "nsubj" and head.lemma_.lower() in _MEETING_HEADS) or (
        tok.dep_ == "pobj" and head.lower_ in _SIDES
    )
    return meeting and len(nationalities(tok)) >= 2
