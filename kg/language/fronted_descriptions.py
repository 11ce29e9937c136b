"""A description that opens a sentence before the one it describes: "Taiwan's
president, she visited Paraguay", "A former Danish foreign minister, he met X". The
small model reads the description as a second subject of the verb, so the rules took
the post ("Taiwan's president": Taiwan) or an unnamed minister for the one who
visited or met. :func:`repair_fronted_descriptions` hangs the description on the verb
as a modifier (as the model itself reads "A veteran diplomat, she met X"): the
subject after the comma is the one who acts.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.coref_state import SUBJECT_DEPS


def repair_fronted_descriptions(doc: Doc) -> int:
    """Hang a common noun that opens a sentence, closed by a comma and followed
    by the verb's own subject (a pronoun or a name), on the verb as a modifier; how
    many were repaired."""
    repaired = 0
    for sent in doc.sents:
        verb = sent.root
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 2:
            continue
        first, second = subjects
        if first.pos_ != "NOUN" or first.left_edge.i != sent.start:
            continue  # not a description opening the sentence
        comma = first.right_edge.i + 1
        if doc[comma].text != "," or second.left_edge.i != comma + 1:
            continue
        if second.pos_ != "PRON" and second.ent_type_ != "PERSON":
            continue
        first.dep_ = "npadvmod"
        repaired += 1
    return repaired
