"""Offices with one holder at a time, named by the office alone.

A story may call someone only by an office the world has one holder of: "the
Pope", or a see's prelate, "the Archbishop of Canterbury", "the Patriarch of
Moscow", "the Grand Mufti of Cairo". When the story names no holder, the office
is the actor's name (a holder the story names is who he is). A see is a
capitalised place after "of"; a title alone ("the archbishop", "an archbishop's
palace") or a plural ("the archbishops") names no one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.gazetteer import Entry, gazetteer

# Offices of one holder, named by their title alone (lower case -> name).
ONE_HOLDER_OFFICES = {"pope": "Pope", "ecumenical patriarch": "Ecumenical Patriarch"}
# Titles of a see's one prelate, said with "of" and the see.
SEE_TITLES = frozenset({"archbishop", "patriarch", "mufti", "metropolitan", "imam"})
_DETERMINERS = {"the", "his", "her", "its", "their"}


def see_end(doc: Doc, i: int) -> int:
    """Where "the Archbishop of Canterbury" ends when token ``i`` is its title
    ("Archbishop", capitalised as a title of one holder is): after its see, one or
    two capitalised words after "of"; else after ``i``."""
    tok = doc[i]
    if tok.lower_ not in SEE_TITLES or not tok.is_title or tok.tag_ not in {"NN", "NNP"}:
        return i + 1
    k = i + 2
    if k >= len(doc) or doc[i + 1].lower_ != "of":
        return i + 1
    end = k
    while end < len(doc) and end < k + 2 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == k or doc[end - 1].ent_type_ not in {"GPE", "LOC", "FAC", ""}:
        return i + 1
    return end


def office_words(text: str) -> tuple[list[str], str | None]:
    """The lower-case words of a description, cut before the see of a prelate
    ("the archbishop" of "the Archbishop of Canterbury"), and the office they name
    ("Archbishop of Canterbury"), or None."""
    words = text.split()
    low = [w.lower() for w in words]
    if "of" not in low:
        return low, None
    at = low.index("of")
    if at == 0 or low[at - 1] not in SEE_TITLES or at + 1 == len(low):
        return low, None
    named = [w for w in words if w.lower() not in _DETERMINERS]
    return low[:at], " ".join(w if w == "of" else w[:1].upper() + w[1:] for w in named)


def office_holder(title: str, office: str | None) -> Entry | None:
    """The actor an office of one holder names: a see's prelate or the Pope."""
    name = office or ONE_HOLDER_OFFICES.get(title)
    if name is None:
        return None
    return Entry(f"person/{name.lower().replace(' ', '-')}", "Person", name)


def post_of_named_body(head: Token) -> bool:
    """A post held in a body the text names after "of" ("the chairman of the Nurses
    Federation", "the head of Acme Corp"): someone of that body, never simply the
    one person the story has named so far (a country after "of" is the post's
    country, as in "the prime minister of Kenya")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for body in prep.children:
                if body.dep_ == "pobj" and body.pos_ == "PROPN":
                    entry = gazetteer().lookup(body.text)
                    return entry is None or entry.type != "Country"
    return False
