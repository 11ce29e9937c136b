"""A tour of kg's Python API, cell by cell (``# %%`` cells run one at a time in
Jupyter, VS Code or Spyder; or run the whole file).

    python examples/api_tour.py [OUT_DIR]

It reads the seed article into an in-memory store, asks the shipped questions
and one of its own, analyses the actor network with NetworkX and writes the
graph page to OUT_DIR (default: a temporary folder). The test suite runs it.
"""

# %% A store, and articles in it
import sys
import tempfile
from pathlib import Path

import kg

ROOT = Path(__file__).resolve().parent.parent
store = kg.open_store("memory")  # or a directory ("my.kg"), or a SPARQL endpoint URL
report = kg.ingest(store, ROOT / "seeds")
print(report.summary())

# Texts held in memory go in the same way: a string (first line the headline),
# a record with text, title, date, url, id, or a kg.Article.
kg.ingest_texts(store, {"id": "tour-note", "title": "A note", "date": "2021-04-06",
                        "text": "Mikhail Ulyanov met Enrique Mora in Vienna on Tuesday."})  # fmt: skip

# %% Ask the shipped questions: rows of plain Python values
print(sorted(kg.shipped_queries()))
pairs = kg.query(store, "who-met-whom")  # in no set order: sort them to read them
for row in sorted(pairs, key=lambda r: (r["subjectName"], r["objectName"]))[:5]:
    print(f"{row['subjectName']} met {row['objectName']} ({row['kind']})")

# %% Or your own SPARQL (the default graph is the union of all graphs)
posts = kg.query(
    store,
    """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?role ?country WHERE {
  ?tie a kg:Affiliation ; kg:member/rdfs:label ?person ;
       kg:organization/rdfs:label ?country ; kg:roleTitle ?role .
} ORDER BY ?person""",
)
assert isinstance(posts, list)
for row in posts:
    print(f"{row['person']}: {row['role']}, {row['country']}")

# %% A pandas DataFrame, when pandas is installed (pip install pandas)
try:
    frame = kg.query_frame(store, "affiliations")
except kg.ConfigError as missing:
    print(missing)
else:
    print(frame[["subjectName", "role", "objectName"]].head())

# %% The actor network in NetworkX
graph = kg.relation_graph(store)  # MultiDiGraph: one edge per relation type and pair
met = kg.meeting_graph(graph)  # undirected: weight = meetings, with their sentences
print(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} relations, "
      f"{met.number_of_edges()} pairs who met")  # fmt: skip
scores = kg.centrality(graph)  # degree, betweenness and PageRank of every actor
for node in sorted(scores, key=lambda n: -scores[n]["pagerank"])[:3]:
    print(f"{graph.nodes[node]['label']}: PageRank {scores[node]['pagerank']:.3f}")
groups = kg.communities(graph)
print(f"{len(set(groups.values()))} communities")

# %% Facts of a date range only (evidence dated by the event, else the article)
april = kg.restrict(graph, "2021-04", "2021-04", include_undated=False)
print(f"in April 2021: {april.number_of_edges()} relations")

# %% The graph page: one offline HTML file
out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="kg-tour-"))
size = kg.write_page(graph, out / "graph.html", title="kg: the seed article", color="community")
print(f"wrote {out / 'graph.html'} ({size:,} bytes)")
store.close()
