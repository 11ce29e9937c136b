"""General English words about meeting and contact between parties: guests, meetings
between two people, calls, meetings shunned, put off or called off, ceremonies,
go-betweens and messages (what actors say and do otherwise is in
:mod:`kg.language.event_words`).

Only common words live here, never names of people or places.
"""

from __future__ import annotations

# Who arrives as a guest and is received: "welcomed the Chinese delegation",
# "entertained her Austrian counterpart" (not "welcomed the decision").
GUEST_NOUNS = frozenset(
    """
    delegation delegations delegate delegates envoy envoys visitor visitors guest guests
    minister ministers president presidents counterpart counterparts leader leaders king
    queen prince princess emperor premier chancellor ambassador ambassadors diplomat
    diplomats dignitary dignitaries official officials emissary emissaries monarch pope head heads
    """.split()
)
# Verbs and nouns of a meeting between two people, whose other party is a person
# too when one is ("A met B", "A was received by B", "A's talks with B").
PERSON_MEETING_VERBS = frozenset(
    "meet talk speak confer negotiate receive host welcome phone telephone call greet visit dine dial".split()
)
PERSON_MEETING_NOUNS = frozenset("meeting talks conversation call".split())
# Nouns whose "by" names one side: "a visit by A to B", "a meeting by A with B".
BY_CONTACT_NOUNS = PERSON_MEETING_NOUNS | frozenset("visit visits trip".split())

# Verbs that make a plain "call" a phone call: "placed / returned / took a call from X".
CALL_TAKING = {"place", "return", "take", "receive"}
# Keeping away from someone at a meeting: "snubbed / ignored / avoided X at the summit".
SHUNNING = {"avoid", "ignore", "shun", "cold-shoulder", "rebuff"}
# A meeting put off is still planned; one called off, or stayed away from, did not happen.
PUT_OFF = {"postpone", "delay", "defer", "reschedule", "adjourn"}
TURNED_DOWN = set("reject refuse oppose veto block scrap abandon cancel shelve".split())
CALLED_OFF = TURNED_DOWN | {"call", "suspend", "boycott", "skip", "miss", "snub", "cut",
    "decline", "rule", "spurn", "abort", "axe", "ax", "scuttle", "ditch", "nix", "forgo", "forego"}  # fmt: skip
# The nouns of those acts: "the postponement of the summit", "the suspension of talks".
PUT_OFF_NOUNS = {"postponement", "delay", "deferral", "adjournment"}
CALLED_OFF_NOUNS = {"suspension", "cancellation", "scrapping", "abandonment", "boycott"}

# Ceremonies: who takes part in one with someone meets them ("handed the keys to X at a
# ceremony", "A and B attended the signing ceremony", "joined X at the ceremony").
CEREMONY_NOUNS = frozenset({"ceremony", "ceremonies", "inauguration", "investiture",
                            "unveiling", "commemoration"})  # fmt: skip
# Taking part in a ceremony: "attended / joined / took part in / participated in it".
ATTENDING_VERBS = frozenset({"attend", "join", "participate", "take"})
# What one party does to another at a ceremony, face to face.
CEREMONY_ACTS = frozenset(
    """
    hand give present award confer bestow receive accept join sign exchange swear decorate
    honour honor greet embrace welcome lay
    """.split()
)
# Handing over something that is only handed in person: "presented X with the award".
HANDING_VERBS = frozenset({"hand", "present", "receive", "accept"})
AWARD_NOUNS = frozenset({"award", "prize", "medal", "trophy", "honour", "honor", "decoration",
                         "knighthood", "certificate", "keys", "key"})  # fmt: skip
# Papers of state, handed over in person when they are of one of these kinds: "accepted
# the accession papers from X", "handed the instruments of ratification to X" (not
# "received documents from X", which may come by post).
STATE_PAPERS = frozenset({"paper", "papers", "document", "documents", "instrument", "instruments",
                          "letter", "letters"})  # fmt: skip
STATE_PAPER_KINDS = frozenset({"ratification", "accession", "admission", "membership",
                               "credence", "surrender", "abdication"})  # fmt: skip

# Go-betweens: who mediates between two sides meets each of them, the sides need not meet
# ("shuttled between A and B", "acted as a middle-man between A and B").
MEDIATING_VERBS = frozenset({"mediate", "shuttle", "intercede", "arbitrate"})
GO_BETWEEN_NOUNS = frozenset({"middleman", "go-between", "intermediary", "mediator", "broker",
                              "conduit", "peacemaker"})  # fmt: skip
# Acting in a part: "acted / served as a go-between", "is the mediator".
ACTING_AS = frozenset({"act", "serve", "be", "work", "function"})
# Carrying word from one side to another: "carried a message from A to B".
CARRYING_VERBS = frozenset({"carry", "deliver", "relay", "convey", "bring", "pass", "hand"})
MESSAGE_NOUNS = frozenset({"message", "letter", "note", "invitation", "messages", "letters"})
