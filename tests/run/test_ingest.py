"""`kg ingest` on dirty input, killed half-way, and next to a reader: nothing lost,
every skipped input named with its reason, never a traceback."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.cli.main import main
from kg.graph.iri import article_id_of
from kg.graph.store import open_store

SENTENCE = "Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo on Monday."
HOSTILE = '"<script>alert(1)</script> """ \\ } } ; DROP ALL ; 😀"'
KG_SOURCE = "https://w3id.org/kg/ontology#source"


def kg(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=600)  # fmt: skip


def _dirty_corpus(root: Path) -> tuple[set[str], dict[str, str]]:
    """Every kind of input the issue lists; returns (sources that must be stored,
    source -> reason for those that must be skipped)."""
    root.mkdir()
    ok: set[str] = set()
    skip: dict[str, str] = {}

    def put(name: str, data: bytes, reason: str | None = None) -> None:
        (root / name).write_bytes(data)
        if reason is None:
            ok.add(name)
        else:
            skip[name] = reason

    def article(headline: str, body: str = SENTENCE) -> str:
        return f"{headline}\n{body}\n"

    put("empty.txt", b"", "empty file")
    put("blank.txt", b"  \n\t \r\n ", "empty file")
    put("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "not an article file (.png)")
    put(
        "png-named.txt",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "binary file (PNG image), not text",
    )
    put("archive.txt.gz", gzip.compress(SENTENCE.encode()), "not an article file (.gz)")
    put("gzip-named.txt", gzip.compress(SENTENCE.encode()), "binary file (gzip archive), not text")
    put("latin1.txt", article("Réunion à Genève").encode("latin-1"))
    put("cp1252.txt", article("“Quotes” – and dashes").encode("cp1252"))
    put("utf16.txt", article("UTF-16 with a BOM").encode("utf-16"))
    put("utf8bom.txt", b"\xef\xbb\xbf" + article("UTF-8 with a BOM").encode())
    put("crlf.txt", article("Windows line ends").replace("\n", "\r\n").encode())
    put("nul.txt", article("NUL bytes").encode().replace(b" ", b" \x00", 4))
    nested = "<div>" * 50_000 + f"<p>{SENTENCE}</p>" + "</div>" * 50_000
    put("nested.html", f"<title>Nested</title>{nested}".encode())
    put("scripts.html", ("<html><head><title>Scripts</title><script>var a = 'Otto Brandt met "
                         "Lena Marsh in Rome';</script><style>p { color: red }</style></head>"
                         f"<body><!-- hidden --><p>{SENTENCE}</p></body></html>").encode())  # fmt: skip
    lines = [
        json.dumps({"title": "JSONL one", "text": SENTENCE}),
        '{"title": "truncated", "text": "Foreign Minis',
        json.dumps({"title": "no text"}),
        json.dumps({"title": "wrong type", "text": ["a", "b"]}),
        json.dumps({"title": "extra", "text": SENTENCE + " Twice.", "tags": [1], "id": 7}),
    ]
    put("news.jsonl", "\n".join(lines).encode(), "")
    del skip["news.jsonl"]
    ok |= {"news.jsonl:1", "news.jsonl:5"}
    skip |= {"news.jsonl:2": "invalid JSON line: Unterminated string starting at (column 32)",
             "news.jsonl:3": "record has no 'text' or 'body'",
             "news.jsonl:4": "'text' is an array, not a string"}  # fmt: skip
    records = [
        {"title": "array one", "text": SENTENCE},
        {"title": "array two", "body": SENTENCE},
        5,
    ]
    put("array.json", json.dumps(records).encode(), "")
    del skip["array.json"]
    ok |= {"array.json[1]", "array.json[2]"}
    skip["array.json[3]"] = "expected a JSON object, got a number"
    put(
        "german.txt",
        article("Gipfel", "Bundeskanzler Olaf Weber traf den Präsidenten in Berlin.").encode(),
    )
    put(
        "russian.txt",
        article("Встреча", "Министр Анна Петрова встретилась с коллегой в Москве.").encode(),
    )
    put("no-entities.txt", article("Nothing", "the cat sat on the mat and it was fine.").encode())
    put(
        "hostile.txt",
        article('Title """ <b> \\ 😀', f"{SENTENCE[:-1]}, saying {HOSTILE}.").encode(),
    )
    os.mkfifo(root / "pipe.txt")
    skip["pipe.txt"] = "not a regular file (a named pipe)"
    if os.geteuid() != 0:
        put("unreadable.txt", article("Secret").encode(), "permission denied")
        (root / "unreadable.txt").chmod(0)
    else:  # root reads through chmod 000; /proc/self/mem cannot be read by anyone
        (root / "unreadable.txt").symlink_to("/proc/self/mem")
        skip["unreadable.txt"] = "cannot read: Input/output error"
    (root / "sub").mkdir()
    (root / "sub" / "inner.txt").write_bytes(article("Inside a folder").encode())
    ok.add("sub/inner.txt")
    (root / "sub" / "up").symlink_to("..")
    skip["sub/up"] = "directory already read (symbolic link loop or second link)"
    (root / "self.txt").symlink_to("self.txt")
    skip["self.txt"] = "symbolic link loop"
    return ok, skip


def test_a_dirty_corpus_is_ingested_or_skipped_file_by_file(tmp_path: Path) -> None:
    ok, skip = _dirty_corpus(tmp_path / "in")
    store = tmp_path / "store"
    done = kg("ingest", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "--store", str(store))
    assert "Traceback" not in done.stderr
    assert done.returncode == 4, done.stderr  # some inputs skipped, the rest stored
    prefix = str(tmp_path / "in") + "/"
    skipped = {}
    for line in done.stderr.splitlines():
        assert line.startswith("skipped "), line
        source, reason = line[len("skipped ") :].split(": ", 1)
        skipped[source.removeprefix(prefix)] = reason
    skip[str(tmp_path / "missing.txt")] = "no such file or directory"
    assert skipped.keys() == skip.keys()
    for source, reason in skip.items():
        assert skipped[source].startswith(reason), (source, skipped[source])
    assert done.stdout.startswith(f"{len(ok)} article(s) ingested, {len(skip)} skipped, 0 failed")

    db = open_store(str(store), create=False)
    rows = list(db.query(f"SELECT ?s ?t WHERE {{ ?a <{KG_SOURCE}> ?s . OPTIONAL {{ ?a "
                         "<http://purl.org/dc/terms/title> ?t } }"))  # fmt: skip
    # sources are named from the folder given, never with the machine's folders above it
    assert all(r["s"].value.startswith("in/") for r in rows)
    titles = {r["s"].value.removeprefix("in/"): r["t"].value if r["t"] else "" for r in rows}
    sentences = [r["t"].value for r in db.query(
        "SELECT ?t WHERE { ?s <https://w3id.org/kg/ontology#text> ?t }")]  # fmt: skip
    db.close()
    assert set(titles) == ok
    assert titles["latin1.txt"] == "Réunion à Genève"
    assert titles["cp1252.txt"] == "“Quotes” – and dashes"
    assert (
        titles["utf16.txt"] == "UTF-16 with a BOM" and titles["utf8bom.txt"] == "UTF-8 with a BOM"
    )
    assert titles["nested.html"] == "Nested" and titles["hostile.txt"] == 'Title """ <b> \\ 😀'
    assert f"{SENTENCE[:-1]}, saying {HOSTILE}." in sentences  # exactly, through SPARQL
    assert not any("\r" in s or "\x00" in s or "Rome" in s for s in sentences)


def test_hostile_text_survives_export_and_query(tmp_path: Path) -> None:
    said = f"President Sean O'Brien met Chancellor Otto Brandt in Oslo, saying {HOSTILE}."
    (tmp_path / "h.txt").write_text(f'Title """ <b> \\ 😀\n{said}')
    store = str(tmp_path / "store")
    assert main(["ingest", str(tmp_path / "h.txt"), "--store", store, "-q"]) == 0
    assert main(["export", "-f", "turtle", "-o", str(tmp_path / "kg.ttl"), "--store", store]) == 0
    graph = Graph().parse(tmp_path / "kg.ttl")
    assert {str(o) for o in graph.objects()} >= {said, "Sean O'Brien", 'Title """ <b> \\ 😀'}
    done = kg("query", "who-met-whom", "--store", store, "--format", "json")
    [row] = json.loads(done.stdout)["results"]["bindings"]
    assert {row["subjectName"]["value"], row["objectName"]["value"]} == {
        "Sean O'Brien",
        "Otto Brandt",
    }
    assert row["evidence"]["value"] == said


def test_long_inputs_are_chunked_and_a_5mb_article_is_skipped(tmp_path: Path) -> None:
    words = " ".join(["word"] * 20_000)  # a 100,000-character "sentence" without punctuation
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "long-sentence.txt").write_text(f"No punctuation\n{words}")
    (inputs / "one-line.txt").write_text(f"{SENTENCE} " * 700)  # 53,000 characters, no line end
    (inputs / "big.txt").write_bytes(b"Huge\n" + (SENTENCE.encode() + b"\n") * 67_568)  # 5 MB
    store = tmp_path / "store"
    done = kg("ingest", str(inputs), "--store", str(store))
    assert done.returncode == 4, done.stderr
    assert done.stderr == (f"skipped {inputs / 'big.txt'}: file is 5,000,037 bytes, too big for an "
                           "article of at most 1,000,000 bytes of text (raise KG_MAX_ARTICLE_MB to "
                           "read it)\n")  # fmt: skip
    assert done.stdout.startswith("2 article(s) ingested, 1 skipped, 0 failed; 700 events")
    db = open_store(str(store), create=False)
    assert len([g for g in db.graphs() if article_id_of(g)]) == 2  # and the actor graph
    db.close()


@pytest.mark.parametrize(
    ("files", "status", "summary"),
    [
        ({"a.txt": f"One\n{SENTENCE}"}, 0, "1 article(s) ingested, 0 skipped, 0 failed"),
        ({"a.txt": f"One\n{SENTENCE}", "b.txt": ""}, 4, "1 article(s) ingested, 1 skipped, 0 failed"),
        ({"a.txt": "", "b.png": b"\x89PNG\r\n\x1a\n"}, 3, "0 article(s) ingested, 2 skipped, 0 failed"),
        ({"a.txt": f"One\n{SENTENCE}", "bad.ttl": "<a> <b> ."}, 1,
         "1 article(s) ingested, 0 skipped, 1 failed"),
    ],
    ids=["all-stored", "some-skipped", "nothing-stored", "one-failed"],
)  # fmt: skip
def test_exit_status_says_what_happened(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str | bytes],
    status: int,
    summary: str,
) -> None:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data.encode() if isinstance(data, str) else data)
    paths = [str(tmp_path / name) for name in files]
    assert main(["ingest", *paths, "--store", str(tmp_path / "store"), "-q"]) == status
    out, err = capsys.readouterr()
    assert out.startswith(summary)
    if status == 1:
        assert err.startswith(f"failed  {tmp_path / 'bad.ttl'}: ") and err.count("\n") == 1


# -- a killed ingest, and a reader next to a writer -----------------------------------

_FIRST = ["Lena", "Otto", "Ana", "Ines", "Karl", "Mira", "Tomas", "Vera"]
_LAST = ["Marsh", "Brandt", "Silva", "Duarte", "Holm", "Novak", "Berg", "Lund"]
_CITIES = ["Oslo", "Vienna", "Geneva", "Lisbon", "Madrid", "Prague"]


def _news(folder: Path, count: int) -> Path:
    """``count`` short invented articles, each with a meeting, a statement and a post."""
    folder.mkdir()
    for n in range(count):
        a = f"{_FIRST[n % 8]} {_LAST[(n // 8) % 8]}"
        b = f"{_FIRST[(n + 3) % 8]} {_LAST[(n + 5) % 8]}"
        city = _CITIES[n % len(_CITIES)]
        (folder / f"{n:03d}.txt").write_text(
            f"Talks in {city}, round {n}\n"
            f"Foreign Minister {a} met Chancellor {b} in {city} on Monday.\n\n"
            f'"We agreed on round {n}," {a} told reporters after the talks.\n\n'
            f"{b} criticised Russia over the delay, and Germany backed the plan.\n"
        )
    return folder


def _quads(store: Path) -> dict[str, Graph]:
    """Each named graph of an on-disk store, read with rdflib from an N-Quads export."""
    db = open_store(str(store), create=False)
    data = db.dump(ox.RdfFormat.N_QUADS)
    db.close()
    dataset = Dataset()
    dataset.parse(data=data, format="nquads")
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def _until_stored(proc: subprocess.Popen[str], count: int) -> list[str]:
    """Read the writer's log until it has stored ``count`` articles."""
    assert proc.stderr is not None
    seen: list[str] = []
    while len([line for line in seen if line.startswith("INFO kg.run.ingest: stored")]) < count:
        line = proc.stderr.readline()
        assert line, f"ingest ended early: {''.join(seen)}"
        seen.append(line)
    return seen


def test_a_killed_ingest_resumes_to_the_same_store(tmp_path: Path) -> None:
    news = _news(tmp_path / "news", 30)
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    assert kg("ingest", str(news), "--store", str(clean), "-q").returncode == 0

    proc = subprocess.Popen([sys.executable, "-m", "kg", "-v", "ingest", str(news), "--store",
                             str(killed), "-q"], stderr=subprocess.PIPE, text=True)  # fmt: skip
    _until_stored(proc, 10)
    proc.send_signal(signal.SIGKILL)  # no chance to clean up or flush anything
    proc.wait(timeout=60)
    partial = [name for name in _quads(killed) if article_id_of(name)]
    assert 10 <= len(partial) < 30, "killed in the middle of the run"

    again = kg("ingest", str(news), "--store", str(killed), "-q")
    assert again.returncode == 0, again.stderr
    assert f"{30 - len(partial)} article(s) ingested, {len(partial)} unchanged" in again.stdout
    want, got = _quads(clean), _quads(killed)
    assert want.keys() == got.keys() and len([g for g in want if article_id_of(g)]) == 30
    for name, graph in want.items():
        assert len(got[name]) == len(graph) and isomorphic(got[name], graph), name
    whole_want, whole_got = Graph(), Graph()
    for g in want.values():
        whole_want += g
    for g in got.values():
        whole_got += g
    assert len(whole_got) == len(whole_want) and isomorphic(whole_got, whole_want)


def test_a_query_during_an_ingest_is_never_blocked_nor_called_a_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _news(tmp_path / "news", 60)
    store = tmp_path / "store"
    count = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/kg/ontology#Article> }"
    proc = subprocess.Popen([sys.executable, "-m", "kg", "-v", "ingest", str(news), "--store",
                             str(store), "-q"], stderr=subprocess.PIPE, text=True)  # fmt: skip
    seen: list[int] = []
    try:
        _until_stored(proc, 1)
        while proc.poll() is None and len(seen) < 5:  # readers come and go while it writes
            assert main(["query", count, "--store", str(store), "--format", "csv"]) == 0
            out, err = capsys.readouterr()
            assert err == ""
            seen.append(int(out.split()[1]))
    finally:
        _, log = proc.communicate(timeout=600)
    assert proc.returncode == 0, log
    assert seen and seen[0] >= 1 and seen == sorted(seen)  # what was stored, growing
    assert main(["query", count, "--store", str(store), "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "60"]


# -- RDF files in bulk, atomic article graphs, the writer thread -----------------

from kg.config import Settings  # noqa: E402
from kg.errors import StoreError  # noqa: E402
from kg.run.ingest import IngestReport, Writer, ingest  # noqa: E402
from kg.run.work import Failed, Prepared  # noqa: E402

EX = "https://example.org/"
TTL = f"@prefix ex: <{EX}> .\nex:a ex:knows ex:b .\nex:b ex:knows ex:c .\n"
NT = f"<{EX}c> <{EX}knows> <{EX}d> .\n"
TRIG = f"@prefix ex: <{EX}> .\nex:g1 {{ ex:d ex:knows ex:e . }}\n"
NQ = f"<{EX}e> <{EX}knows> <{EX}f> <{EX}g2> .\n"


def _settings() -> Settings:  # for the tests of this part
    return Settings(store="memory")


def test_rdf_files_in_a_folder_are_bulk_loaded(tmp_path: Path) -> None:
    sub = tmp_path / "graphs"
    sub.mkdir()
    for name, text in (("a.ttl", TTL), ("b.nt", NT), ("c.trig", TRIG), ("d.nq", NQ)):
        (sub / name).write_text(text)
    store = open_store("memory")
    report = ingest([str(tmp_path)], store, _settings())
    assert report.rdf_files == 4 and not report.failed and not report.skipped
    assert len(store) == 5
    assert store.graphs() == [f"{EX}g1", f"{EX}g2"]  # quad formats keep their graphs
    knows = store.query(f"SELECT ?o WHERE {{ <{EX}a> <{EX}knows>/<{EX}knows> ?o }}")
    assert [s["o"].value for s in knows] == [f"{EX}c"]


def test_loading_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.ttl").write_text(TTL)
    store = open_store(str(tmp_path / "store"))
    for _ in range(2):
        ingest([str(tmp_path / "a.ttl")], store, _settings())
    assert len(store) == 2
    store.close()


def test_a_broken_rdf_file_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("@prefix ex: <https://example.org/> .\nex:a ex:knows .\n")
    (tmp_path / "good.nt").write_text(NT)
    store = open_store("memory")
    report = ingest([str(tmp_path)], store, _settings())
    assert report.rdf_files == 1
    assert [Path(f.source).name for f in report.failed] == ["bad.ttl"]
    assert "cannot load" in report.failed[0].reason
    assert len(store) == 1


def test_a_graph_that_cannot_be_written_leaves_nothing_behind() -> None:
    store = open_store("memory")
    good = f"<{EX}a> <{EX}p> <{EX}b> ."
    with pytest.raises(StoreError):
        store.replace_graph(f"{EX}new", good + "\n<{EX}a> <{EX}p> .")
    assert len(store) == 0  # a new graph appears whole or not at all
    store.replace_graph(f"{EX}old", good)
    with pytest.raises(StoreError):
        store.replace_graph(f"{EX}old", f"<{EX}x> <{EX}p> <{EX}y> .\n<{EX}broken")
    assert [q.object.value for q in store.quads()] == [f"{EX}b"]  # the old graph stays


def test_writer_applies_items_in_order_and_reports() -> None:
    store = open_store("memory")
    report = IngestReport()
    seen: list[object] = []
    items = [
        Prepared("a", f"{EX}g", f"<{EX}a> <{EX}p> <{EX}v1> .", 1, 0, 10),
        Failed("b", "no text"),
        Prepared("c", f"{EX}g", f"<{EX}a> <{EX}p> <{EX}v2> .", 2, 1, 20),
        Prepared("d", f"{EX}h", "not n-triples", 0, 0, 5),
    ]
    with Writer(store, report, seen.append, depth=1) as writer:
        for item in items:
            writer.put(item)
    assert [getattr(x, "source", None) for x in seen] == ["a", "b", "c", "d"]
    assert (report.ingested, report.events, report.relations, report.words) == (2, 3, 1, 30)
    assert [f.source for f in report.failed] == ["b", "d"]
    assert [q.object.value for q in store.quads()] == [f"{EX}v2"]  # last write wins, in order


def test_writer_flushes_the_store_as_it_goes(tmp_path: Path) -> None:
    from kg.graph.store import OxigraphStore

    class Counting(OxigraphStore):
        flushes = 0

        def flush(self) -> None:
            Counting.flushes += 1
            super().flush()

    store = Counting(tmp_path / "store")
    with Writer(store, IngestReport(), None, flush_every=2) as writer:
        for i in range(5):
            writer.put(Prepared(f"s{i}", f"{EX}g{i}", f'<{EX}a> <{EX}p> "{i}" .', 0, 0, 1))
    assert Counting.flushes == 2 + 1  # after articles 2 and 4, and at the end
    assert len(store.graphs()) == 5
    store.close()
