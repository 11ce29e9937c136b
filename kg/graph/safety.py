"""What a SPARQL text may do, read from its tokens: is it an update, would it reach the network.

A pattern over the raw text is easy to fool (an IRI holding ``\\u0041#`` once
made the rest of a line look like a comment to kg while Oxigraph ran the
``SERVICE`` hidden there). So the text is split into tokens the way the SPARQL
grammar (and Oxigraph's parser) splits it: IRIs ``<...>`` with their ``\\u``
escapes, the four kinds of string with theirs, ``#`` comments ending at CR or
LF, ``?``/``$`` variables and the ``\\#``-style escapes of prefixed names.
What is left is the query's own code, and the decisions are made on it:

* it **reaches the network** when ``SERVICE`` or ``LOAD`` appears anywhere in
  that code, in any letter case. Oxigraph matches keywords without word
  boundaries (``SERVICESILENT<...>``, ``trueSERVICE`` after a literal, and
  ``service:a {...}`` with an empty prefix are all federated queries), so a
  keyword is looked for inside names too; a name that merely contains the word
  (``ex:serviceArea``) is refused with a hint to write that IRI in full;
* it is an **update** when its first keyword after ``PREFIX``/``BASE`` is an
  update operation (``INSERT``, ``DELETE``, ``LOAD``, ``DROP`` ...).

The SPARQL 1.1 specification applies ``\\uXXXX`` escapes to the whole text
before parsing (Oxigraph applies them inside IRIs and strings only); a text is
read both ways and refused if either reading reaches out, so a server that
follows the letter of the specification is covered too. A text that cannot be
split into tokens (a string left open) is refused as malformed: what cannot be
read is not run. Beyond this reading, the engine itself runs where it cannot
connect anywhere (:mod:`kg.graph.offline`).

>>> is_update("PREFIX x: <https://x.org/#> insert data { x:a x:b 'SELECT' }")
True
>>> is_update("# DROP ALL\\nSELECT * WHERE { ?s ?p 'DELETE' }")
False
>>> reaches_out(r"SELECT * WHERE { BIND(<http://x/\\u0041#> AS ?z) SERVICE <http://h/> {} }")
'SERVICE'
>>> reaches_out("SELECT ?service WHERE { ?s <https://x.org/SERVICE> 'load' } # LOAD")
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from kg.errors import QueryError

_HEX = "[0-9A-Fa-f]"
_UCHAR = rf"\\u{_HEX}{{4}}|\\U{_HEX}{{8}}"
_ECHAR = r"""\\[tbnrf"'\\]"""
# SPARQL's PN_CHARS_BASE as Oxigraph reads it (the Basic Multilingual Plane only)
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
)
_VARNAME = rf"[0-9_{_BASE}][0-9_{_BASE}\u00b7\u0300-\u036f\u203f-\u2040]*"
_TOKENS = re.compile(
    rf"""
      (?P<space>[ \t\r\n]+)
    | (?P<comment>\#[^\r\n]*)
    | (?P<iri><(?:[^\x00-\x20<>"{{}}|^`\\]|{_UCHAR})*>)
    | (?P<string>'''(?:(?:''|')?(?:[^'\\]|{_ECHAR}|{_UCHAR}))*'''
               |\"\"\"(?:(?:\"\"|\")?(?:[^"\\]|{_ECHAR}|{_UCHAR}))*\"\"\"
               |'(?:[^'\\\r\n]|{_ECHAR}|{_UCHAR})*'
               |"(?:[^"\\\r\n]|{_ECHAR}|{_UCHAR})*")
    | (?P<var>[?$]{_VARNAME})
    | (?P<open>['"])
    | (?P<escape>\\[_~.\-!$&'()*+,;=/?\#@%])
    | (?P<code>[^ \t\r\n\#<'"?$\\]+|.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ABSOLUTE = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]*:")
_REMOTE = re.compile(r"SERVICE|LOAD", re.IGNORECASE | re.ASCII)
_PROLOGUE = re.compile(
    r"\s*(?:(?:PREFIX\s*[^\s:]*:|BASE|VERSION)\s*)*", re.IGNORECASE | re.ASCII
)  # IRIs and strings are already blanked out of the code
_UPDATE = re.compile(
    r"INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH", re.IGNORECASE | re.ASCII
)
_ESCAPE = re.compile(rf"{_UCHAR}")
WHY = {
    "SERVICE": "a federated SERVICE query would fetch data from another server",
    "LOAD": "LOAD would fetch a document from the network (use kg ingest FILE for local RDF files)",
}


@dataclass(frozen=True)
class Reading:
    """The code of a SPARQL text (strings, IRIs, variables and comments blanked
    out, each by one space) and the first place it reaches out, if any."""

    code: str
    remote: re.Match[str] | None


def read(sparql: str) -> Reading:
    """Split ``sparql`` into tokens; :class:`QueryError` if a string is left open."""
    parts: list[str] = []
    for match in _TOKENS.finditer(sparql):
        kind = match.lastgroup
        if kind == "code" or kind == "escape":
            parts.append(match.group())
        elif kind == "open":
            line = sparql.count("\n", 0, match.start()) + 1
            column = match.start() - sparql.rfind("\n", 0, match.start())
            raise QueryError(f"malformed SPARQL query: error at {line}:{column}: this "
                             "string is not closed (on its line, for a short string)")  # fmt: skip
        elif kind == "iri" and not _ABSOLUTE.match(match.group()):
            # a relative IRI may be read as "<" and ">" operators: keep it as code
            parts.append(" " + match.group()[1:-1] + " ")
        else:
            parts.append(" ")
    code = "".join(parts)
    return Reading(code, _REMOTE.search(code))


def _unescaped(sparql: str) -> str:
    r"""The text with ``\uXXXX`` escapes applied everywhere, as the specification says.

    >>> _unescaped(r"\u0053ERVICE")
    'SERVICE'
    """
    return _ESCAPE.sub(lambda m: chr(int(m.group()[2:], 16)), sparql)


def reaches_out(sparql: str) -> str | None:
    """``SERVICE`` or ``LOAD`` when the text would fetch from the network, else None."""
    readings = [sparql]
    if "\\u" in sparql or "\\U" in sparql:
        with contextlib.suppress(ValueError):  # an escape that names no character
            readings.append(_unescaped(sparql))
    for text in readings:
        try:
            found = read(text).remote
        except QueryError:
            if text is sparql:
                raise
            raise QueryError(
                "malformed SPARQL query: once its \\u escapes are applied this text is not "
                "well-formed; write the characters themselves"
            ) from None
        if found is not None:
            return found.group().upper()
    return None


def refuse_remote(sparql: str) -> None:
    """Raise :class:`QueryError` for a query or update that would reach out to the
    network (``SERVICE``, ``LOAD``): kg answers from the local store only.

    >>> refuse_remote("SELECT ?service WHERE { ?s <https://x.org/SERVICE> ?service }")
    >>> refuse_remote("SELECT * WHERE { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: refused: a federated SERVICE query would fetch data from another server; kg only queries its own store
    """
    word = reaches_out(sparql)
    if word is None:
        return
    message = f"refused: {WHY[word]}; kg only queries its own store"
    name = _name_around(sparql, word)
    if name:
        message += (f" ({name!r} reads as {word}: if it is a name, write its IRI "
                    "in full, <...>)")  # fmt: skip
    raise QueryError(message)


def _name_around(sparql: str, word: str) -> str | None:
    """The prefixed name holding ``word``, when the keyword sits inside one."""
    for match in re.finditer(r"[^\s{}()\[\],;<>\"']+", sparql):
        token = match.group()
        if word.lower() in token.lower() and ":" in token and not token.startswith(("?", "$")):
            return token[:60]
    return None


def is_update(sparql: str) -> bool:
    """True for SPARQL Update requests (INSERT, DELETE, DROP, LOAD ...), whatever
    prefixes, comments or line breaks come first (a text that is neither query nor
    update is left for the engine to report).

    >>> is_update("PREFIX x:<https://x.org/>INSERTDATA{x:a x:b x:c}")
    True
    >>> is_update("select * { ?insert ?p 'DROP' }")
    False
    """
    code = read(sparql).code
    start = _PROLOGUE.match(code)
    return bool(_UPDATE.match(code, start.end() if start else 0))
