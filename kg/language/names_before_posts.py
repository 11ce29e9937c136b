"""A person's name the parser hangs inside the post set off after it.

"met Ali Hassan-Nour, Somalia's foreign minister": the small model reads the
hyphenated name as modifiers of "minister" (the name's words as its compound and
its "nmod"), so "minister" is what was met, and the meeting is with Somalia
rather than with the man. When every word of a person's name that hangs outside
it hangs on one title noun after the comma that follows the name,
:func:`repair_names_before_posts` makes the name the noun phrase again, in the
post's place, and the post its apposition, as the parser reads "met Ali Hassan,
Somalia's foreign minister". So too when the name hangs on a word before the title
("A, Bolivia's president, and Luis Paz, Paraguay's president, signed": "Paz" a
modifier of "Paraguay", so Paraguay signed, not Paz).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.lexicon import TITLE_WORDS


def repair_names_before_posts(doc: Doc) -> int:
    """Make each such name the head of its post again; how many were repaired."""
    repaired = 0
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.end + 1 >= len(doc):
            continue
        if doc[ent.end].text != ",":
            continue
        inside = range(ent.start, ent.end)
        heads = {t.head.i for t in ent if t.head.i not in inside}
        if len(heads) != 1:
            continue
        post = doc[heads.pop()]
        for _ in range(2):  # "A and Luis Paz, Paraguay's president,": "Paz" on "Paraguay"
            if post.lower_ in TITLE_WORDS or not ent.end < post.i < post.head.i:
                break
            post = post.head
        if post.i <= ent.end or post.pos_ != "NOUN" or post.lower_ not in TITLE_WORDS:
            continue
        if post.tag_ != "NN" or post.dep_ in {"ROOT", "compound"}:
            continue
        last = ent[-1]
        last.head, last.dep_ = post.head, post.dep_
        for t in ent:
            if t.i != last.i:
                t.head, t.dep_ = last, "punct" if t.text == "-" else "compound"
        doc[ent.end].head = last
        post.head, post.dep_ = last, "appos"
        repaired += 1
    return repaired
