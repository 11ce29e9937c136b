"""The network commands end to end: who-met, parties, path, stats, communities,
view and the graph exports, on articles ingested through ``kg ingest``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from samples import NEWS, page_data

from kg.cli.main import main


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("news")
    with (folder / "news.jsonl").open("w", encoding="utf-8") as out:
        for key, title, date, text in NEWS:
            out.write(json.dumps({"id": key, "title": title, "date": date, "text": text}) + "\n")
    location = str(folder / "store")
    assert main(["ingest", str(folder / "news.jsonl"), "--store", location, "-q"]) == 0
    return location


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_who_met_table_json_and_csv(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "who-met", "tomas reyl", "--store", store)
    assert status == 0
    assert "Kaja Lind" in out and "Mara Quist" in out
    assert "Austrian Chancellor Mara Quist met Finnish President Tomas Reyl" in out
    _, out, _ = run(capsys, "who-met", "tomas reyl", "--store", store, "--format", "json")
    doc = json.loads(out)
    assert doc["actor"] == "Tomas Reyl"
    assert [m["name"] for m in doc["met"]] == ["Kaja Lind", "Mara Quist"]
    assert doc["met"][0]["events"] == 2 and len(doc["met"][0]["evidence"]) == 2
    _, out, _ = run(capsys, "who-met", "tomas reyl", "--store", store, "-f", "csv")
    lines = out.splitlines()
    assert lines[0] == "name,type,events,kind,date,sentence,title"
    assert len(lines) == 4  # header + two sentences with Lind + one with Quist


def test_who_met_within_dates(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "who-met", "Ivo Kral", "--store", store, "-f", "json")
    assert {m["name"] for m in json.loads(out)["met"]} == {"Otto Brandt", "Mara Quist"}
    _, out, _ = run(
        capsys, "who-met", "Ivo Kral", "--store", store, "-f", "json", "--since", "2022"
    )
    assert {m["name"] for m in json.loads(out)["met"]} == {"Mara Quist"}
    for bad in ("soon", "2099-13-45", "2021-02-30"):
        with pytest.raises(SystemExit) as stop:  # a usage mistake: argparse's exit status 2
            main(["who-met", "Ivo Kral", "--store", store, "--until", bad])
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert f"argument --until: {bad!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)" in err


def test_unknown_name_is_one_clear_line(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "who-met", "Lena Marh", "--store", store)
    assert status == 1 and out == ""
    assert err.startswith("kg: error:") and err.count("\n") == 1
    assert "did you mean: Lena Marsh" in err


def test_parties(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "parties", "--store", store, "-f", "json")
    events = json.loads(out)
    assert len(events) == 6
    met = {frozenset(p["name"] for p in e["parties"]) for e in events}
    assert frozenset({"Mara Quist", "Tomas Reyl"}) in met
    assert all(p["role"] == "participant" for e in events for p in e["parties"])
    _, out, _ = run(capsys, "parties", "Vienna", "--store", store)
    assert "Mara Quist" in out and "Lena Marsh" not in out
    status, _, err = run(capsys, "parties", "Atlantis", "--store", store)
    assert status == 1 and "Atlantis" in err


def test_path_with_evidence(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("path", "Lena Marsh", "Tomas Reyl", "--store", store, "-f", "json")
    _, out, _ = run(capsys, *args, "--relation", "met")
    hops = json.loads(out)
    assert [h["from"] for h in hops] == ["Lena Marsh", "Otto Brandt", "Ivo Kral", "Mara Quist"]
    assert hops[-1]["to"] == "Tomas Reyl"
    assert all(r["relation"] == "met" and r["evidence"] for h in hops for r in h["relations"])
    _, out, _ = run(capsys, *args)
    assert len(json.loads(out)) <= len(hops)
    status, _, err = run(
        capsys, "path", "Lena Marsh", "Kaja Lind", "--store", store, "--relation", "opposed"
    )
    assert status == 1 and "no path" in err


def test_stats_and_communities(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "stats", "--store", store, "-f", "json", "--by", "degree")
    info = json.loads(out)
    assert info["counts"]["articles"] == 3
    assert info["network"]["pairs who met"] == 5
    degrees = [row["degree"] for row in info["top"]]
    assert degrees == sorted(degrees, reverse=True)
    _, out, _ = run(capsys, "stats", "--store", store, "-f", "json")
    top = json.loads(out)["top"]
    assert top and all("pagerank" in r and "betweenness" not in r for r in top)  # on demand only
    _, out, _ = run(capsys, "stats", "--store", store, "-f", "json", "--by", "betweenness")
    between = [r["betweenness"] for r in json.loads(out)["top"]]
    assert between == sorted(between, reverse=True) and between[0] > 0
    _, out, _ = run(capsys, "stats", "--store", store)
    assert "most central actors by pagerank" in out
    _, out, _ = run(capsys, "communities", "--store", store, "-f", "json", "--min-size", "1")
    doc = json.loads(out)
    assert sum(c["size"] for c in doc["communities"]) > 10
    assert doc["brokers"] and all(b["bridges"] >= 1 for b in doc["brokers"])
    ranks = [(-b["bridges"], -b["links"], -b["neighbours"]) for b in doc["brokers"]]
    assert ranks == sorted(ranks)


def test_communities_keep_the_large_ones_whole(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "communities", "--store", store, "-f", "json", "--min-size", "1")
    every = json.loads(out)["communities"]
    least = min(c["size"] for c in every)
    assert max(c["size"] for c in every) > least >= 2
    _, out, _ = run(capsys, "communities", "--store", store, "-f", "json", "--top", "1",
                    "--min-size", str(least + 1))  # fmt: skip
    doc = json.loads(out)
    assert [c for c in every if c["size"] > least] == doc["communities"]
    assert doc["smaller"] == sum(c["size"] == least for c in every) > 0
    assert all(len(c["members"]) == c["size"] for c in doc["communities"])  # not cut to --top
    _, out, _ = run(capsys, "communities", "--store", store, "-f", "csv", "--top", "1",
                    "--min-size", str(least + 1))  # fmt: skip
    rows = out.splitlines()[1:]
    assert [int(r.split(",")[1]) for r in rows] == [c["size"] for c in doc["communities"]]
    assert all(r.count(";") == int(r.split(",")[1]) - 1 for r in rows)
    table = ["communities", "--store", store, "--top", "1", "--min-size", str(least + 1)]
    _, out, _ = run(capsys, *table)
    biggest = doc["communities"][0]
    assert f"{biggest['members'][0]}; {biggest['size'] - 1} more" in out
    assert f"fewer than {least + 1} actors not shown" in out
    assert run(capsys, *table)[1] == out


def test_view_focus_and_community_colours(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "marsh.html"
    status, out, _ = run(capsys, "view", "--store", store, "-o", str(page), "--focus", "lena marsh")
    assert status == 0 and "wrote" in out
    data = page_data(page.read_text())
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {"Lena Marsh", "Otto Brandt", "Sweden", "Norway"}
    assert data["nodes"][data["focus"]]["label"] == "Lena Marsh"  # the page opens on her
    run(
        capsys,
        "view",
        "--store",
        store,
        "-o",
        str(page),
        "--color",
        "community",
        "--size",
        "pagerank",
    )
    data = page_data(page.read_text())
    assert data["color"] == "community" and data["communities"]
    assert all("c" in n for n in data["nodes"])


def _mixed_graph(path: Path, fmt: str) -> nx.MultiDiGraph:
    """Read a GraphML or GEXF file whose edges are partly undirected (Gephi reads
    such mixed graphs; networkx's readers refuse them), undirected edges both ways."""
    from xml.etree import ElementTree as ET

    root = ET.parse(path).getroot()
    ns = root.tag.split("}")[0] + "}"
    graph = nx.MultiDiGraph()
    if fmt == "graphml":
        keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{ns}key")}
        read = lambda el: {keys[d.get("key")]: d.text for d in el.findall(f"{ns}data")}  # noqa: E731
    else:
        read = lambda el: {**{a.get("for"): a.get("value") for a in el.iter(f"{ns}attvalue")},  # noqa: E731
                           "label": el.get("label")}  # fmt: skip
    for node in root.iter(f"{ns}node"):
        graph.add_node(node.get("id"), **read(node))
    for edge in root.iter(f"{ns}edge"):
        data = read(edge)
        graph.add_edge(edge.get("source"), edge.get("target"), **data)
        if edge.get("directed") == "false" or edge.get("type") == "undirected":
            graph.add_edge(edge.get("target"), edge.get("source"), **data)
    return graph


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_read_back(store: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"kg.{fmt}"
    assert main(["export", "--format", fmt, "-o", str(out), "--store", store]) == 0
    graph = _mixed_graph(out, fmt)
    labels = {d["label"] for _n, d in graph.nodes(data=True)}
    assert {"Lena Marsh", "Otto Brandt", "Sweden"} <= labels
    relations = {d["relation"] for *_e, d in graph.edges(data=True)}
    assert {"met", "opposed", "affiliated"} <= relations
    met = [d for *_e, d in graph.edges(data=True) if d["relation"] == "met"]
    assert any("Lena Marsh met" in d["evidence"] for d in met)


def test_network_commands_do_not_import_spacy(store: str, tmp_path: Path) -> None:
    code = (
        "import sys\nfrom kg.cli.main import main\n"
        f"for args in (['who-met', 'tomas reyl'], ['parties'], ['path', 'Lena Marsh', 'Sweden'], ['stats'],"
        f" ['communities'], ['view', '-o', {str(tmp_path / 'g.html')!r}]):\n"
        f"    assert main(args + ['--store', {store!r}]) == 0, args\n"
        "assert 'spacy' not in sys.modules, 'spacy was imported'\n"
        "assert 'pyvis' not in sys.modules, 'pyvis (the package) was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_who_met_and_path_read_the_materialised_network_without_networkx(store: str) -> None:
    code = (
        "import sys\nfrom kg.cli.main import main\n"
        f"assert main(['who-met', 'tomas reyl', '--store', {store!r}]) == 0\n"
        f"assert main(['path', 'Lena Marsh', 'Tomas Reyl', '--store', {store!r}]) == 0\n"
        "assert 'networkx' not in sys.modules, 'networkx was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Kaja Lind" in done.stdout and "Otto Brandt" in done.stdout
