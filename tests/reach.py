"""SPARQL that tries to reach the network, disguised, and a listener that tells whether it did.

The strategies build SERVICE queries and LOAD updates aimed at a loopback
listener, hidden the ways a reader of the text can be misled: ``\\u`` escapes
in IRIs (``<http://x/\\u0041#>`` once made the rest of a line look like a
comment), ``#`` inside strings and IRIs, comments ending at CR, keywords in any
letter case and glued to their neighbours (``SERVICESILENT``, ``trueSERVICE``),
prefixed, relative and escaped IRIs, and groups nested in groups.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from hypothesis import strategies as st

XSD = "http://www.w3.org/2001/XMLSchema#"
# what the decoys match, so that a SERVICE joined to them is really called
DATA = (f'<http://x.org/a> <http://x.org/p> "true"^^<{XSD}boolean> .\n'
        f'<http://x.org/a> <http://x.org/p> "1"^^<{XSD}integer> .\n')  # fmt: skip


class Listener:
    """A TCP server on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = int(self.sock.getsockname()[1])
        self.connections: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(0.5)
                try:
                    first = conn.recv(4096)
                except OSError:
                    first = b""
                self.connections.append(first or b"(connected)")
                # a SPARQL answer, so that a fetch that got through would also succeed
                body = b'{"head":{"vars":[]},"results":{"bindings":[{}]}}'
                head = ("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n")  # fmt: skip
                with suppress(OSError):
                    conn.sendall(head.encode() + body)

    def close(self) -> None:
        self.sock.close()


@contextmanager
def listening() -> Iterator[Listener]:
    listener = Listener()
    try:
        yield listener
    finally:
        listener.close()


# -- pieces ----------------------------------------------------------------------


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda ups: "".join(c.upper() if u else c.lower() for c, u in zip(word, ups, strict=True))
    )


# between two tokens: nothing, blanks, or comments that end at LF or at CR
GAP = st.sampled_from(["", " ", "\t", "\n", "\r", "  \r\n", "# note\n", "#x\r", " # } {\n"])
SPACE = st.sampled_from([" ", "\t", "\n", "\r", "# note\n", "#'\r", ' #"\n'])


def _escaped(text: str, picks: list[bool]) -> str:
    return "".join(f"\\u{ord(c):04X}" if p and c.isalnum() else c
                   for c, p in zip(text, picks + [False] * len(text), strict=False))  # fmt: skip


@st.composite
def target(draw: st.DrawFn, port: int, path: str) -> tuple[str, str]:
    """(prologue, the IRI written some way) for http://127.0.0.1:port/path."""
    iri = f"http://127.0.0.1:{port}/{path}"
    way = draw(st.sampled_from(["plain", "escaped", "prefixed", "empty-prefix", "base"]))
    if way == "plain":
        return "", f"<{iri}>"
    if way == "escaped":
        picks = draw(st.lists(st.booleans(), min_size=len(iri), max_size=len(iri)))
        return "", f"<{_escaped(iri, picks)}>"
    head = f"http://127.0.0.1:{port}/"
    if way == "prefixed":
        name = draw(st.sampled_from(["p", "Srv", "loadx", "e1"]))
        return f"PREFIX {name}: <{head}>{draw(SPACE)}", f"{name}:{path}"
    if way == "empty-prefix":
        return f"PREFIX : <{head}>{draw(SPACE)}", f":{path}"
    return f"BASE <{head}>{draw(SPACE)}", f"<{path}>"


# decoys placed before the call: each hides a '#', quote or brace from a naive reader
DECOY = st.sampled_from([
    "",
    "BIND(<http://x/\\u0041#> AS ?z)",
    "BIND('#' AS ?z)",
    'BIND("\\"#" AS ?z)',
    "BIND('''it's '' # ''' AS ?z)",
    'BIND("""a "" # { """ AS ?z)',
    "BIND(<http://x/#'> AS ?z)",
    "BIND(<http://x/\\u0023> AS ?z)",
    "?a ?b true",
    "?a ?b 1",
    "?a ?b ?c .",
])  # fmt: skip


@st.composite
def service_pattern(draw: st.DrawFn, port: int) -> tuple[str, str]:
    """(prologue, group graph pattern) calling SERVICE on the listener."""
    prologue, iri = draw(target(port, "sparql"))
    keyword = draw(_cased("SERVICE"))
    silent = draw(st.sampled_from(["", "SILENT", "silent", "Silent"]))
    call = keyword + draw(GAP) + (silent + draw(GAP) if silent else "")
    if not call[-1:].isspace() and iri[0] != "<":
        call += " "  # a prefixed name must not run into the keyword
    call += iri + draw(GAP) + "{ ?s ?p ?o }"
    decoy = draw(DECOY)
    glue = draw(GAP) if decoy.endswith((")", ".")) else draw(SPACE)
    body = f"?a ?b ?c . {decoy}{glue}{call}" if decoy else f"?a ?b ?c .{draw(GAP)}{call}"
    for _ in range(draw(st.integers(0, 3))):
        wrap = draw(st.sampled_from(["{ %s }", "OPTIONAL { %s }", "{ %s } UNION { ?a ?b ?c }",
                                     "FILTER EXISTS { %s }", "{ SELECT * WHERE { %s } }",
                                     "MINUS { %s }", "GRAPH ?g { %s }"]))  # fmt: skip
        body = "?a ?b ?c . " + wrap % body
    return prologue, "{ " + body + " }"


@st.composite
def service_query(draw: st.DrawFn, port: int) -> str:
    """A SELECT, ASK or CONSTRUCT that calls SERVICE on the listener."""
    prologue, pattern = draw(service_pattern(port))
    form = draw(st.sampled_from(["SELECT * WHERE", "select *", "ASK", "ask where",
                                 "CONSTRUCT { ?a ?b ?c } WHERE"]))  # fmt: skip
    return f"{prologue}{form}{draw(GAP)}{pattern}"


@st.composite
def load_update(draw: st.DrawFn, port: int) -> str:
    """An update that LOADs from the listener (or calls SERVICE in its WHERE)."""
    prologue, iri = draw(target(port, "data.nt"))
    if draw(st.integers(0, 4)) == 0:
        head, pattern = draw(service_pattern(port))
        insert = draw(_cased("INSERT"))
        return f"{head}{insert} {{ ?a ?b ?c }}{draw(GAP)}WHERE {pattern}"
    keyword = draw(_cased("LOAD"))
    silent = draw(st.sampled_from(["", "SILENT ", "silent"]))
    op = keyword + draw(GAP) + silent
    if not op[-1:].isspace() and iri[0] != "<":
        op += " "
    op += iri
    if draw(st.booleans()):
        op += draw(SPACE) + draw(_cased("INTO")) + " GRAPH <http://x.org/g>"
    before = draw(st.sampled_from([
        "", "CLEAR SILENT GRAPH <http://x.org/none> ;", "INSERT DATA { <http://x/a> <http://x/b> '#' } ;",
        "DROP SILENT GRAPH <http://x/\\u0041#> ;", "INSERT DATA { <http://x/a> <http://x/b> '''\"#''' };",
    ]))  # fmt: skip
    return f"{prologue}{before}{draw(GAP)}{op}"
