from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.graph.results import printable


def test_escapes_and_newlines_are_shown_not_obeyed() -> None:
    assert printable("a\x1b[2Jb\nc\x9bd\u202ee") == "a\\x1b[2Jb\\nc\\x9bd\\u202ee"


def test_names_with_quotes_and_emoji_are_untouched() -> None:
    name = 'Jean "The Knife" O\'Brien <b> \\ 😀 👩‍👩‍👧 Zoë'
    assert printable(name) == name


def test_limit_cuts_long_text() -> None:
    assert printable("x" * 50, limit=10) == "xxxxxxx..."


_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"


@given(st.text())
def test_output_is_one_printable_line(text: str) -> None:
    out = printable(text)
    assert not any(c in _LINE_BREAKS for c in out) and "\x1b" not in out
    assert all(c.isprintable() or c == "\u200d" or c.isspace() for c in out)


@given(st.lists(st.text(min_size=0, max_size=30), min_size=1, max_size=5))
def test_csv_of_a_query_is_the_csv_of_its_table(values: list[str]) -> None:
    import pyoxigraph as ox

    from kg.graph.results import Table, _table_of, format_result, serialize_table

    store = ox.Store()
    for i, text in enumerate(values):
        clean = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        store.add(ox.Quad(ox.NamedNode(f"https://x.org/{i}"), ox.NamedNode("https://x.org/p"),
                          ox.Literal(clean, language="en") if i % 3 == 2 else ox.Literal(clean)))  # fmt: skip
    query = "SELECT ?s ?o ?none WHERE { ?s ?p ?o } ORDER BY ?s"
    table: Table = _table_of(store.query(query))
    assert format_result(store.query(query), "csv") == serialize_table(table, "csv")
