"""A body's short form shared by two bodies of its article: "the Commission" after
"the European Commission" and "the African Union Commission" names neither (which
one, the story does not say); after one of them it is that one
(:meth:`kg.language.actors._Resolver._org`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kg.language.mention_record import Mention


def rival_body(
    before: Sequence[Mention], by_mention: Mapping[int, str], key: str, name: str, found: Mention
) -> bool:
    """Whether a body other than ``key`` (named by ``found``, whose last word is the one
    word ``name``), named in ``before``, ends with ``name`` too ("Commission" after
    "European Commission" and "AU Commission"). A name's first word before "of" is
    that body's alone ("the Bank" after "Bank of England", beside "Central Bank")."""
    if " " in name or name.isupper() or found.text.split()[-1].lower() != name.lower():
        return False  # (initials name one body: the nearest that has them)
    low = name.lower()
    return any(
        m.kind == "org"
        and by_mention.get(m.id) not in {None, key}
        and len(words := m.text.split()) > 1  # (not the short form itself again)
        and words[-1].lower() == low
        for m in before
    )
