"""The command line, end to end, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT / "seeds"


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd
    )


def test_build_writes_exports_and_prints_who_met_whom(tmp_path: Path) -> None:
    done = kg(
        "build",
        str(SEED_DIR),
        "--store",
        str(tmp_path / "store"),
        "--exports",
        str(tmp_path / "out"),
    )
    assert done.returncode == 0, done.stderr
    assert "Who met whom" in done.stdout
    table = done.stdout.split("Who met whom:", 1)[1]
    assert table.splitlines()[1].split() == ["subjectName", "objectName", "kind", "evidence"]
    assert int(table.rsplit("(", 1)[1].split()[0]) >= 10  # "(N rows)"
    assert (tmp_path / "out" / "kg.ttl").stat().st_size > 1000
    assert "vis.Network" in (tmp_path / "out" / "graph.html").read_text()


def test_turtle_export_round_trips_to_the_store(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert main(["ingest", str(SEED_DIR), "--store", store, "-q"]) == 0
    assert (
        main(["export", "--format", "turtle", "-o", str(tmp_path / "kg.ttl"), "--store", store])
        == 0
    )
    assert main(["export", "--format", "nq", "-o", str(tmp_path / "kg.nq"), "--store", store]) == 0
    exported = Graph().parse(tmp_path / "kg.ttl")
    dataset = Dataset()
    dataset.parse(tmp_path / "kg.nq", format="nquads")
    union = Graph()
    derived = URIRef("https://w3id.org/kg/ontology#network")  # left out of the readable Turtle
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        if p != derived:
            union.add((s, p, o))
    assert len(exported) > 100
    assert isomorphic(exported, union)


def test_ingesting_twice_changes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    store = str(tmp_path / "store")
    main(["ingest", str(SEED_DIR), "--store", store, "-q"])
    main(["export", "-f", "nq", "-o", str(tmp_path / "one.nq"), "--store", store])
    main(["ingest", str(SEED_DIR), "--store", store, "-q", "--force"])
    main(["export", "-f", "nq", "-o", str(tmp_path / "two.nq"), "--store", store])
    one = (tmp_path / "one.nq").read_text().splitlines()
    two = (tmp_path / "two.nq").read_text().splitlines()
    assert sorted(one) == sorted(two)


def test_query_json_and_syntax_error(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert kg("ingest", str(SEED_DIR), "--store", store).returncode == 0
    done = kg("query", "who-met-whom", "--store", store, "--format", "json")
    assert done.returncode == 0
    assert json.loads(done.stdout)["results"]["bindings"]
    bad = kg("query", "SELECT ?x WHERE {", "--store", store)
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("kg: error:")


def test_unknown_query_name_is_a_clear_error(tmp_path: Path) -> None:
    done = kg("query", "who-met-who", "--store", "memory")
    assert done.returncode == 1
    assert "who-met-whom" in done.stderr  # lists the shipped names


def test_help_teaches() -> None:
    done = kg("ingest", "--help")
    assert done.returncode == 0
    assert "named graph" in done.stdout and "--store" in done.stdout
    build = kg("build", "--help").stdout
    assert "graph.html" in build and "--keep-going" in build
    assert build.split("positional arguments")[0] != done.stdout.split("positional arguments")[0]


def test_version() -> None:
    import kg as package

    done = kg("--version")
    assert done.returncode == 0 and done.stdout == f"kg {package.__version__}\n"


def test_an_output_path_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("not a folder")
    done = kg("export", "-o", str(tmp_path / "file.txt" / "kg.ttl"), "--store", "memory")
    assert done.returncode == 1
    assert done.stderr == f"kg: error: File exists ({tmp_path / 'file.txt'})\n"


def test_file_names_with_control_characters_are_printed_escaped(tmp_path: Path) -> None:
    evil = tmp_path / "evil\x1b[2J\nname.txt"
    evil.write_text("")
    done = kg("ingest", str(evil), "--store", str(tmp_path / "store"))
    assert done.returncode == 3
    assert done.stderr == f"skipped {tmp_path}/evil\\x1b[2J\\nname.txt: empty file\n"


def test_the_parser_and_a_query_load_no_heavy_library(tmp_path: Path) -> None:
    from kg.graph.store import open_store

    open_store(str(tmp_path / "s")).close()
    code = (
        "import sys\nfrom kg.cli.main import build_parser, main\nbuild_parser()\n"
        f"assert main(['query', 'ASK {{}}', '--store', {str(tmp_path / 's')!r}]) == 0\n"
        "heavy = {'networkx', 'rdflib', 'numpy', 'scipy', 'spacy'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
