"""Auxiliaries that put a verb's act in the future or make it a supposition, one list
for every reader of a verb's mood (:mod:`kg.extract.negation_scope`,
:mod:`kg.extract.modality`, spoken verdicts, given events, planned sentences)."""

from __future__ import annotations

# "wo" and "ca" are the parser's halves of "won't" and "can't".
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can", "ca"})
MODAL_AUX = FUTURE_AUX | HYPOTHETICAL_AUX
# Tags of a verb with a tense of its own ("met", "meets", "meet"; not a bare "meet" or
# "meeting"), and those with a modal ("will", "could").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
FINITE_OR_MODAL_TAGS = FINITE_TAGS | {"MD"}
# the auxiliaries of a duty ("its ships must leave", "Iran should stop"), one list for
# every reader of an obligation (warnings, demands, suppositions, bids)
DUTY_AUX = frozenset({"must", "should"})
