"""Words that make a warning a threat: the answer a warner says an act would meet
("any incursion would be met with force", "would bring a harsh reply").

Only common words live here, never names of people or places.
"""

from __future__ import annotations

# Answers that are hostile by themselves: "would mean war", "would bring retaliation".
FORCEFUL_REPLIES = frozenset("force war retaliation reprisal reprisals punishment".split())
# What a warned one would "face" or "suffer" that is a penalty by itself ("would face
# consequences"); a hostile trigger noun ("would face sanctions") is one too.
PENALTIES = frozenset("consequence consequences penalty penalties punishment".split())
BEARING_VERBS = frozenset("face suffer incur".split())
# Answers that are hostile only when said to be harsh, or when they answer a hostile
# act: "a crushing response", "any attack would draw a response" (not "the plan would
# need an international response").
REPLY_NOUNS = frozenset("response responses reply replies reaction".split())
# How an answer is harsh: "a crushing response", "a firm reply", "a military response".
HARSH_WORDS = frozenset(
    """
    harsh crushing firm strong swift decisive robust forceful severe military collective
    tough resolute fierce devastating overwhelming merciless ruthless painful massive
    """.split()
)
# Of these, the answers of arms (CAMEO 138, a threat of force).
ARMED_REPLIES = frozenset("force war military".split())
# Who carries out a state's force: "police would act if X did not ...", "the army
# would move in unless X ..." (a warner's own forces when no other owner is named).
FORCE_NOUNS = frozenset("police army troops forces soldiers military militia guards".split())
# What such forces would do that is a threat even with no object: "would act", "would
# intervene", "would move in", "would crack down", "would step in".
FORCE_ACTS = frozenset("act intervene move step crack respond react retaliate strike".split())
