"""A state's organs named with its country after "of": "the Armed Forces of
Ethiopia", "the Government of the Republic of Kenya", "the Government of the
People's Republic of China". The model tags such a phrase as one organisation's
name; it is the country acting, as "the government of Peru" and "Chile's armed
forces" are. Only the organs that act as the state itself (its government,
authorities, armed forces, army, navy, military); a ministry, a court or a
parliament so named stays a body of its own (:mod:`kg.language.state_bodies`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.language.gazetteer import Entry, Gazetteer

# The heads of an organ that is the state acting, and the words that may come before
# them ("Revolutionary Armed Forces of Colombia" is a rebel army: no such word).
_STATE_ORGAN_HEADS = frozenset(
    "government authorities administration forces army navy military".split()
)
_ORGAN_WORDS = frozenset("armed federal national royal central defence defense".split())


def state_named(gz: Gazetteer, words: Sequence[str]) -> Entry | None:
    """The country of a name "<organ> of [the] <country>" ("Armed Forces of
    Ethiopia", "Federal Government of Somalia"), else None. The words before the head
    say which of its organs ("Armed", "Federal"; "the Transitional Government of X"
    and "the Revolutionary Armed Forces of X" are bodies of their own)."""
    if "of" not in words:
        return None
    k = words.index("of")
    head = [w.lower() for w in words[:k]]
    if not head or head[-1] not in _STATE_ORGAN_HEADS:
        return None
    if not all(w in _ORGAN_WORDS for w in head[:-1]):
        return None
    entry = gz.lookup(" ".join(words[k + 1 :]))
    return entry if entry is not None and entry.type == "Country" else None
