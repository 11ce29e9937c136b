"""General English words for bodies: organs of a state, firms and the words that end
their names, generic and unique bodies, units of armed forces, missions abroad (the
words for people, posts and groups are in :mod:`kg.language.lexicon`).

Only common words live here, never names of bodies; those come from the model and
:mod:`kg.language.gazetteer`.
"""

from __future__ import annotations

from kg.language.legal_forms import FOLDED_LEGAL_FORMS
from kg.language.lexicon import listed_words

# Words that end organisation names: a name ending in one is an organisation.
ORG_HEAD_WORDS = frozenset(
    """
    co corp inc ltd plc llc ag sa gmbh trust tv gazette courier tribune
    council committee commission ministry department office agency bank university party
    union organization organisation association institute court parliament assembly
    congress senate house army navy force forces corporation company group fund
    foundation board authority service network broadcaster agency league alliance front
    movement coalition government administration cabinet center centre exchange
    """.split()
)
# Words that name a body of the state: "Iran's Supreme National Security Council",
# "the U.S. State Department", "the Brazilian central bank" belong to their country;
# "Japan's Honda" does not.
STATE_ORGANS = frozenset(
    """
    ministry department treasury embassy embassies consulate army navy marines police court
    courts parliament congress senate assembly government cabinet council agency bank
    commission office forces military guard intelligence service services prosecutor
    prosecutors administration presidency chamber house duma knesset legislature judiciary
    regulator authority
    """.split()
)

# Words that end company names: "General Motors", "Japan Airlines", "China Life"
# (``firm-words.txt``, "company").
COMPANY_WORDS = listed_words("firm-words.txt")["company"]
# What may end a firm's name after its own name, so that the front alone names the
# firm later ("Acme Holdings ... Acme said", "Zentrix Group", "Orvex Co"): the company
# words, the other endings of ``firm-words.txt`` ("group", "bank") and the legal forms
# (lower case).
FIRM_SUFFIXES = COMPANY_WORDS | listed_words("firm-words.txt")["ending"] | FOLDED_LEGAL_FORMS
# Modifiers that make a common-noun body a description, not a name: "a US court",
# "Chile's seventh largest bank", "the next Chilean bank".
DESCRIBING_WORDS = frozenset(
    """
    a an another largest biggest smallest second third fourth fifth sixth seventh eighth
    ninth tenth next last former leading top main major big small local rival
    """.split()
)
# Nouns for kinds of business or court that name no single body on their own.
GENERIC_BODIES = frozenset(
    """
    court bank company firm agency group fund airline carrier operator producer maker
    lender insurer exchange regulator watchdog broker retailer chain
    """.split()
)
# Words that make such a noun unique in its country: "the Brazilian central bank".
UNIQUE_BODIES = frozenset(
    {"central", "supreme", "high", "constitutional", "national", "federal", "legislative"}
)

# Words for units of armed forces and police: "the General Service Unit", "a Border
# Guard Brigade".
UNIT_WORDS = frozenset(
    """
    unit units corps brigade brigades regiment division battalion squadron squad staff
    guard guards command fleet battalions regiments divisions
    """.split()
)

# A country's missions abroad, which stand for it: "the U.S. Embassy", "the French
# consulate": the ``mission`` row of ``mission-staff.txt`` (lemmas) and their plurals.
MISSION_WORDS = frozenset(
    form
    for word in listed_words("mission-staff.txt")["mission"]
    for form in (word, word[:-1] + "ies" if word.endswith("y") else word + "s")
)

# Nouns for firms: a demonym or country before one only says where it is from (data:
# ``firm-words.txt``, beside the kinds of firm).
FIRM_NOUNS = listed_words("firm-words.txt")["noun"]
# Words that make a bank a state's, no firm: "the Central Bank of Kenya", "the Reserve
# Bank", "central banks", "a state bank" (``firm-words.txt``, lower case).
STATE_BANK_WORDS = listed_words("firm-words.txt")["state"]
