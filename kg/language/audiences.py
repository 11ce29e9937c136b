"""Who is spoken to in public, never a party to a meeting: the press, a broadcaster,
the nation, a crowd, a legislature ("told reporters", "spoke to the nation",
"addressed parliament", "spoke to the Bundestag"), and whoever puts the questions on
air ("presenter Dale Kerr"). The press's words are data (``data/press-words.txt``)."""

from __future__ import annotations

from collections.abc import Sequence, Set

from kg.language.event_words import MEDIA_NAMES, MEDIA_WORDS
from kg.language.lexicon import listed_words

_PRESS = listed_words("press-words.txt")
# Who asks the questions for a paper or a programme: "presenter Dale Kerr".
PRESS_ROLES = _PRESS["role"]
# Verbs whose object may be a programme told something: "told Dinner with Dale that".
TOLD_ON_AIR = _PRESS["told"]
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
AUDIENCE_NOUNS = (
    CHAMBER_WORDS
    | PRESS_ROLES
    | frozenset(
        """
    press media nation country public audience crowd supporter voter
    conference convention rally meeting delegate student worker listener viewer reader newspaper television radio programme
    program show network channel website blog podcast committee
    panel inquiry hearing summit forum tribunal court jury
    """.split()
    )
)


def names_media(words: Sequence[str], also: Set[str] = frozenset()) -> bool:
    """Whether the words of a name name a broadcaster, paper or programme: its last
    word is a medium's kind ("the Today programme"; or one of ``also``), the whole is
    a listed outlet, or it starts with one ("BBC Radio 4", "Reuters news agency") or
    with a broadcaster's first word ("Radio Norvex", "Channel Seven")."""
    return bool(words) and (
        words[-1].lower() in MEDIA_WORDS | also
        or " ".join(words) in MEDIA_NAMES
        or words[0] in MEDIA_NAMES
        or _broadcaster(words)
    )


def _broadcaster(words: Sequence[str]) -> bool:
    """ "Radio Norvex", "TV Sella", "Channel Seven", "Channel 4" (not "Channel Islands")."""
    if len(words) < 2:
        return False
    if words[0] in _PRESS["lead"]:
        return True
    return words[0] in _PRESS["channel"] and (words[1].isdigit() or words[1] in _PRESS["numeral"])
