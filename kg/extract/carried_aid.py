"""Aid carried rather than given: "flew tents and blankets to X", "ferried food to X",
"rushed medical teams to X". These verbs name travel too ("flew to X" is a visit, in
the trigger table), so they give aid only with something given for object.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.base import Context
from kg.extract.directed import verb_events
from kg.extract.senses import Sense
from kg.records import Event, EventKind

_CARRIED = Sense(
    "aid", "070", frozenset({"to"}), True, False, "recipient",
    frozenset({"aid-object", "direct-target"}),
)  # fmt: skip
# Verbs of carrying whose object goes to the one "to" names.
_CARRYING = {lemma: _CARRIED for lemma in ("fly", "ferry", "rush", "truck", "transport")}


def carried_aid(ctx: Context, extractor: str) -> Iterator[Event]:
    """Aid flown, ferried or rushed to someone (the verbs' sense as aid)."""
    yield from verb_events(ctx, _CARRYING, EventKind.COOPERATION, extractor)
