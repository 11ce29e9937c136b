"""A quote that tells what another says or does against the speaker's own side:
'"Moldova accuses us of lying," the minister said'. The bad words in it ("lying")
are the other side's charge, not the speaker's verdict on the one who makes it, so
the speaker criticises no one by them (the charge itself is the other's, found by
the verb's own reading)."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose object is the one charged, blamed or judged ("accuses us of", "calls me a").
_CHARGING = frozenset(
    {"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce", "brand",
     "call", "label", "slander", "smear", "vilify", "portray", "depict", "paint"}
)  # fmt: skip
_US = frozenset({"us", "me"})


def charged_with(verb: Token) -> bool:
    """ "Y accuses us of lying", "they call me a traitor": a charge laid on the
    speaker's side (first-person object), which no bad word in it turns against Y."""
    return verb.lemma_.lower() in _CHARGING and any(
        c.dep_ in {"dobj", "nsubj"} and c.lower_ in _US for c in verb.children
    )
