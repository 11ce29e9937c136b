"""The actors of one article, as :func:`kg.language.actors.resolve_actors` leaves
them: which mention, and which token, names which actor; the plural references
("the two leaders") and the titles each person holds.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.language.mentions import Mention
from kg.records import Actor


@dataclass
class ArticleActors:
    """The actors of one article and which mention (and token) names which."""

    actors: dict[str, Actor] = field(default_factory=dict)
    by_mention: dict[int, str] = field(default_factory=dict)
    by_token: dict[int, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    titles: dict[str, list[str]] = field(default_factory=dict)  # person key -> titles
    plural: dict[int, tuple[str, ...]] = field(default_factory=dict)  # "the two leaders"
    # title word -> the one person two coordinated titles describe, () for none known
    # ("the former UN envoy and Irish president": kg.language.coordinated_titles)
    held: dict[int, tuple[str, ...]] = field(default_factory=dict)
    _index: dict[int, Mention | None] = field(default_factory=dict, repr=False, compare=False)
    _index_size: int = field(default=-1, repr=False, compare=False)
    _spans: dict[int, list[Mention]] = field(default_factory=dict, repr=False, compare=False)
    _names: dict[int, list[Mention]] = field(default_factory=dict, repr=False, compare=False)
    # token -> id of the first plural reference / person's title phrase covering it
    _plurals: dict[int, int] = field(default_factory=dict, repr=False, compare=False)
    _owners: dict[int, int] = field(default_factory=dict, repr=False, compare=False)
    _covers_size: tuple[int, int] = field(default=(-1, -1), repr=False, compare=False)

    def plural_at(self, token_index: int) -> tuple[str, ...]:
        """The actors a plural reference ("the two leaders") stands for."""
        if not self.plural:
            return ()  # (asked of every argument: most documents have none)
        found = self._covering()[0].get(token_index)
        return () if found is None else self.plural[found]

    def held_by(self, token_index: int) -> tuple[str, ...] | None:
        """The person a title coordinated with another stands for ("the envoy and
        Irish president"), () when the article names no one person it fits, None
        when the token is no such title."""
        return self.held.get(token_index)

    def at(self, token_index: int) -> str | None:
        """The actor named (or titled) by the token at ``token_index``."""
        return self.by_token.get(token_index)

    def phrase_owner(self, token_index: int) -> str | None:
        """The person whose title phrase contains the token ("Council" in "Secretary
        of Peru's National Defence Council Luis Soto")."""
        found = self._covering()[1].get(token_index)
        return None if found is None else self.by_mention.get(found)

    def _covering(self) -> tuple[dict[int, int], dict[int, int]]:
        """Which plural reference and which person's title phrase first cover each
        token, indexed once linking is done (plural_at and phrase_owner are asked
        of every argument of every extractor: a scan of all the mentions each)."""
        size = (len(self.by_mention), len(self.plural))
        if self._covers_size != size:
            self._covers_size = size
            self._plurals, self._owners = {}, {}
            # a person's name between a name and its title is never in that title's
            # phrase: "A and B, both former ministers," (B's name between A's and the
            # title A's phrase closes); one inside the title is the post's ("manager
            # for X", a body the model may take for a person)
            named = {i for m in self.mentions if m.kind == "person" and m.id in self.by_mention
                     for i in range(m.start, m.end)}  # fmt: skip
            for m in self.mentions:
                if m.id in self.plural:
                    for i in range(m.start, m.end):
                        self._plurals.setdefault(i, m.id)
                if m.descriptors and m.kind == "person":
                    for i in range(*m.span):
                        if (
                            i not in named
                            or m.start <= i < m.end
                            or any(d.start <= i < d.end for d in m.descriptors)
                        ):
                            self._owners.setdefault(i, m.id)
        return self._plurals, self._owners

    def named_at(self, token_index: int) -> Mention | None:
        """Any mention whose name covers the token, linked to an actor or not."""
        return next((m for m in self.mentions if m.start <= token_index < m.end), None)

    def mention_at(self, token_index: int) -> Mention | None:
        """The linked mention that covers the token (the innermost name when a
        description spans others), looked up in an index built once linking is done."""
        if self._index_size != len(self.by_mention):
            self._index = {}
            self._index_size = len(self.by_mention)
            self._spans, self._names = defaultdict(list), defaultdict(list)
            for m in self.mentions:  # which mentions cover each token, in their order
                if m.id in self.by_mention:
                    for i in range(*m.span):
                        self._spans[i].append(m)
                    for i in range(m.start, m.end):
                        self._names[i].append(m)
        if token_index not in self._index:
            self._index[token_index] = self._find_mention(token_index)
        return self._index[token_index]

    def _find_mention(self, token_index: int) -> Mention | None:
        for m in self._spans.get(token_index, ()):
            if m.start <= token_index < m.end or not self._inner(token_index, m):
                return m
        return None

    def _inner(self, token_index: int, outer: Mention) -> bool:
        return any(m.id != outer.id for m in self._names.get(token_index, ()))

    def of(self, mention: Mention) -> Actor | None:
        key = self.by_mention.get(mention.id)
        return self.actors.get(key) if key else None
