"""Answers about one word of a parsed document, worked out once per document.

The extractors ask the shared grammar the same questions of the same words
("who is the subject of this verb?", "is it negated?"): the meetings, conflict,
cooperation and statements extractors each read every verb they trigger on, and
spaCy makes a new Token for every ``.head``, ``.children`` or ``doc[i]`` each
answer walks through. A function marked :func:`per_word` keeps its answers in
the document's own memo while the document is extracted (:func:`remembering`:
from when its :class:`~kg.extract.base.Context` is made until its extractors are
done), so the parse it reads can no longer change; outside that (the repairs
that change the parse first) it works its answer out every time.

Only functions of the word alone (its parse, its words) may be marked: nothing
that depends on the actors, the article or a lexicon a user can change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar, cast

from spacy.tokens import Doc, Token

T = TypeVar("T")
P = ParamSpec("P")
_KEY = "kg.extract.doc_memo"  # the memo's key in ``Doc.user_data``
_MISSING = object()


class _Listed(tuple[object, ...]):
    """A list answer, kept (so that no caller can change it for the next)."""


@contextmanager
def remembering(doc: Doc, memo: dict[Hashable, object]) -> Iterator[None]:
    """Keep the answers of :func:`per_word` functions about ``doc`` in ``memo``
    inside the ``with`` block (then drop them: the Tokens they hold refer back
    to the document, which could otherwise only be freed by a garbage collection)."""
    doc.user_data[_KEY] = memo
    try:
        yield
    finally:
        doc.user_data.pop(_KEY, None)


def per_word(func: Callable[Concatenate[Token, P], T]) -> Callable[Concatenate[Token, P], T]:
    """``func(token)``, answered once per word of a document being extracted (a
    call with more arguments is answered anew). A list answer is kept as a tuple
    and handed out as a new list each time (callers may extend what they get)."""

    @wraps(func)
    def remembered(token: Token, *args: P.args, **kwargs: P.kwargs) -> T:
        memo = cast("dict[Hashable, object] | None", token.doc.user_data.get(_KEY))
        if memo is None or args or kwargs:
            return func(token, *args, **kwargs)
        key = (remembered, token.i)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            found = func(token, *args, **kwargs)
            memo[key] = _Listed(cast("list[object]", found)) if type(found) is list else found
        return cast(T, list(found) if type(found) is _Listed else found)

    return remembered
