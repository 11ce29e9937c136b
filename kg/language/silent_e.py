"""Verb lemmas that lost their silent "e".

spaCy's rule lemmatizer takes the first form a suffix rule makes that its word
list knows: "raped" less "ed" is "rap", a word, so "raped" became "rap" (a verb
of criticism: "the UK helped raped women" read as criticism); so "fines" and
"fining" became "fin", "hoped" "hop", "scared" "scar", "spared" "spar".
English spelling settles it: a one-syllable verb that ends in a single vowel and
a single consonant doubles that consonant before "-ed" and "-ing" ("rapped",
"ripping"), so a form that adds "-ed", "-es" or "-ing" to such a stem without
doubling it comes from the stem with an "e" ("raped", "rapes", "raping" from
"rape"). Stems ending in "w", "x" or "y" never double ("fixed", "played") and
are left alone, as are longer stems ("edited", "visited") and "-es" after a hissing
sound ("gases" is "gas" and "es").

>>> [restore_e(form, lemma) for form, lemma in [("raped", "rap"), ("fining", "fin"),
...     ("rapes", "rap"), ("rapped", "rap"), ("fixed", "fix"), ("edited", "edit"), ("met", "meet")]]
['rape', 'fine', 'rape', 'rap', 'fix', 'edit', 'meet']
"""

from __future__ import annotations

import re

# One syllable: consonants, one vowel, one consonant that doubles ("rap", "fin").
_SHORT_STEM = re.compile(r"[^aeiouy]*[aeiou][^aeiouwxy]")
_ENDINGS = ("ed", "es", "ing")


def restore_e(form: str, lemma: str) -> str:
    """The lemma of the verb ``form`` given the rule lemmatizer's ``lemma``."""
    low = form.lower()
    if not _SHORT_STEM.fullmatch(lemma) or not low.startswith(lemma):
        return lemma
    ending = low[len(lemma) :]
    if ending == "es" and lemma.endswith(("s", "z")):
        return lemma  # "gases", "buses": "-es" after a hissing sound, no "e" of the stem
    if ending in _ENDINGS:
        return lemma + "e"
    return lemma


__all__ = ["restore_e"]
