"""Who is spoken to in public, never a party to a meeting: the press, a broadcaster,
the nation, a crowd, a legislature ("told reporters", "spoke to the nation",
"addressed parliament", "spoke to the Bundestag")."""

from __future__ import annotations

# The last word of a legislature's name, general or a state's own: "the Philippine
# Senate", "the State Duma", "the Bundestag".
CHAMBER_WORDS = frozenset(
    """
    parliament congress senate assembly legislature house chamber diet duma knesset sejm
    rada bundestag bundesrat riksdag storting folketing eduskunta althing commons lords
    sabha dail dáil oireachtas majlis
    """.split()
)
# Who is spoken to in public.
AUDIENCE_NOUNS = CHAMBER_WORDS | frozenset(
    """
    reporter journalist press media nation country public audience crowd supporter voter
    conference convention rally meeting delegate student worker listener viewer reader newspaper television radio programme
    program show interviewer broadcaster network channel website blog podcast committee
    panel inquiry hearing summit forum tribunal court jury
    """.split()
)
