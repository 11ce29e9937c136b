"""Words of reducing relations by a noun or by closing a mission (kg.extract.reductions).

The verbs are REDUCING_VERBS and their objects RELATION_NOUNS (kg.language.event_words).
"""

from __future__ import annotations

from kg.language.event_words import REDUCING_VERBS

# Nouns of the same acts: "Italy's recall of its envoy to X", "the suspension of aid
# to X", "Morocco's severing of ties with X", "a halt in arms sales to X", "a freeze on
# funds for X", "the revocation of X's licence" (kg.extract.reductions).
REDUCING_NOUNS = frozenset(
    """
    recall suspension severing severance cutting cut cuts cutoff cut-off freeze freezing
    downgrading downgrade withdrawal cancellation termination halt halting scrapping
    withholding reduction reductions stoppage revocation
    """.split()
)
# What such a noun takes the relation it ends by: "the halt of / in / to arms sales",
# "a freeze on aid", "a suspension on loans" (only these nouns take "on": not "the
# withdrawal on Monday"; read so by kg.extract.reductions and kg.extract.unrealised).
REDUCED_BY = frozenset({"of", "in"})
REDUCED_ON = frozenset({"freeze", "halt", "cut", "cuts", "cutoff", "cut-off", "reduction",
                        "reductions", "suspension"})  # fmt: skip
# Closing only ends a mission ("closed its embassy in X"); "closed a deal" concludes it.
CLOSING_VERBS = frozenset({"close", "shut"})
CLOSING_NOUNS = frozenset({"closure", "closing", "shutdown"})
MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates"})
# Ways into a country a state closes to another, an embargo on it when that other is
# named ("closed its border with X", "closed its airspace to X's aircraft"; not "closed
# its borders to stop the virus").
CROSSING_NOUNS = frozenset(
    """border borders frontier frontiers airspace skies crossing crossings port ports""".split()
)

# Taking a sanction away (CAMEO 085, the reverse of 163): verbs whose object or passive
# subject is the measure ("lifted its sanctions on X", "the embargo was eased"), and
# their nouns, whose "of" names it ("the lifting of US sanctions on X", "an end to the
# embargo on X").
EASING_VERBS = frozenset({"lift", "ease", "relax", "remove", "scrap", "drop", "loosen", "waive",
                          "end", "repeal", "rescind", "revoke", "suspend"})  # fmt: skip
EASING_NOUNS = frozenset(
    """
    lifting easing removal relaxation relaxing loosening scrapping ending end waiving waiver
    repeal rescinding revocation suspension
    """.split()
)
# Reopening a mission mends what closing it cut ("Britain reopened its embassy in Tehran").
REOPENING_VERBS = frozenset({"reopen", "re-open"})
REOPENING_NOUNS = frozenset({"reopening", "re-opening"})
# Verbs of leaving talks, which halt negotiations (CAMEO 164) with whom the talks are
# ("walked out of talks with X", "pulled out of the negotiations with X", "withdrew
# from talks with X", "backed out of"); only the talks they leave count, never "walked
# out of the hotel".
QUITTING_VERBS = frozenset({"walk", "pull", "storm", "back", "drop", "bow", "withdraw"})
# Verbs of stopping that stop trade only: "blocked sales of chips to China", "barred
# exports of grain to Cuba" (trade with the country named); not "blocked the deal with
# X", a rejection (kg.extract.triggers), nor "blocked aid to X".
TRADE_BLOCKING_VERBS = frozenset({"block", "bar", "prohibit", "forbid"})
# Every verb that cuts, quits or blocks ties or trade (kg.extract.reductions reads each).
TIE_CUTTING = REDUCING_VERBS | QUITTING_VERBS | TRADE_BLOCKING_VERBS
