"""What a demand or an appeal asks for: acts that make "urged X to ..." a demand
(CAMEO 10: "urged Iran to stop enrichment") and acts that make it an appeal
(CAMEO 02: "urged both sides to resume talks"), which opposes no one.

Only common words live here, never names of people or places.
"""

from __future__ import annotations

from kg.language.event_words import VICTIM_NOUNS

# Actions a demand asks for: "Iran must stop", "the minister should resign".
DEMANDED_ACTIONS = frozenset(
    """
    stop end halt withdraw resign apologise apologize release comply quit pay leave cease
    abandon drop scrap reverse hand surrender disarm retreat explain justify free lift respect
    return obey understand realise realize
    """.split()
) | {"step down", "back down", "pull out", "stand down", "hand over", "give up"}
# Acts that are conciliatory whatever their object, so asking for them is an appeal:
# "called on A and B to settle", "urged Peru to cooperate", "to work together".
CONCILIATORY_ACTIONS = frozenset(
    """
    talk negotiate settle resolve reconcile cooperate collaborate support help join mediate
    compromise engage calm defuse de-escalate deescalate
    """.split()
) | {"work together", "sit down", "calm down", "make peace"}
# What makes an act conciliatory when it is the act's object or prepositional object
# ("show restraint", "open a dialogue", "return to the negotiating table", "respect the
# ceasefire", "remain calm"), or a compound of it ("accept the peace plan").
CONCILIATORY_THINGS = frozenset(
    """
    talks talk negotiation negotiations dialogue table restraint calm peace ceasefire
    cease-fire truce armistice agreement accord deal treaty settlement solution compromise
    reconciliation cooperation flexibility moderation patience tension tensions summit
    conference diplomacy
    """.split()
)
# Things that, urged as the appeal's own object, make it an appeal (CAMEO 02) and no
# demand: "phoned X, urging restraint", "urged calm", as "urged X to show restraint".
URGED_CONCILIATION = frozenset(
    "restraint calm calmness dialogue moderation patience de-escalation".split()
)
# Acts that end, refuse or put off such a thing, so asking for them stays a demand:
# "urged X to quit the talks", "to boycott the summit", "to scrap the deal".
REFUSING_ACTIONS = frozenset(
    """
    stop end halt cease quit leave abandon drop scrap suspend break cancel reject boycott
    shun postpone delay block obstruct freeze withdraw sever terminate renounce violate
    breach undermine sabotage derail disrupt avoid
    """.split()
) | {"pull out", "walk out", "back out", "walk away"}
# Acts of holding to a course: asking someone to keep to it encourages them, no
# demand on them ("insisted that X should keep to his plan", "hold firm").
PERSISTING_ACTIONS = frozenset(
    "stick stand hold keep continue carry remain stay persevere persist".split()
)
# Acts that end or undo a hostile act, so asking for them (or vowing them) aims at no
# one the act hit: "urged X to end its occupation of Y", "to lift the sanctions on Y",
# "to halt its attacks on Y".
ENDING_ACTIONS = frozenset(
    """
    stop end halt cease lift abandon drop scrap suspend terminate ease relax renounce
    withdraw curb
    """.split()
)
# Acts of looking into a deed, so asking for them aims at no one it hit: "urged X to
# investigate the killing of Y" (Y is the victim).
INQUIRY_ACTIONS = frozenset("investigate probe examine solve clarify document".split())
# Nouns of leaving a place: in "the withdrawal of Russian troops from X" X is the place
# left, not whose the withdrawal is nor whose the troops are (kg.extract.directed,
# kg.extract.nominal); "the extradition of X from Y" is Y's act and no such noun.
LEAVING_NOUNS = frozenset(
    """
    withdrawal withdrawals pullout pull-out pullback retreat departure evacuation exit
    redeployment
    """.split()
)
# Nouns of a judgement handed down, whose "of" names who gave it: "the ruling of the
# court", "the verdict of the tribunal", "the findings of the commission" (lemmas).
JUDGEMENT_NOUNS = frozenset("ruling verdict judgment judgement finding decision".split())
# The phrases on a thing that name whose it is, where not "by" and "from" both: a
# leaving noun's "from" names the place left; the "by" on people held or harmed names
# who holds or harms them ("the arrest of two nationals by X"), not whose they are; a
# judgement's "of" names its author.
OWNER_PREPS = {
    **dict.fromkeys(LEAVING_NOUNS, frozenset({"by"})),
    **dict.fromkeys(VICTIM_NOUNS, frozenset({"from"})),
    **dict.fromkeys(JUDGEMENT_NOUNS, frozenset({"by", "from", "of"})),
}
