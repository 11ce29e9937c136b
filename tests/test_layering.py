"""The package layout is the pipeline: imports point from later stages to earlier ones.

The rules are read from the source (every ``import``, at module level or inside a
function), so a new cycle or a forbidden arrow fails here before it is merged:

* stages in order: the shared kernel (``errors``, ``config``, ``records``), ``read``,
  ``language``, ``extract``, ``graph``, ``network``, ``view``, ``serve``, ``run``,
  ``cli``; a module may import its own stage and earlier ones only;
* extraction never imports the RDF or store layer (``graph``);
* the query, network, viewer and serving layers never import the language layer,
  the extractors or spaCy;
* no import cycles between modules.

``kg/__init__.py`` and ``kg/__main__.py`` are the front door and may reach any stage.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"
STAGES = [
    "kernel",
    "read",
    "language",
    "extract",
    "graph",
    "network",
    "view",
    "serve",
    "run",
    "cli",
]
KERNEL = {"kg.errors", "kg.config", "kg.records"}
FRONT = {"kg", "kg.__main__"}
NO_LANGUAGE = {"graph", "network", "view", "serve"}  # never the spaCy layer
SPACY_FREE = {"kernel", "read", "graph", "network", "view", "serve", "run", "cli"}


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def stage_of(module: str) -> str | None:
    if module in FRONT:
        return None
    if module in KERNEL:
        return "kernel"
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in STAGES:
        return parts[1]
    raise AssertionError(f"{module} belongs to no stage: put it in a stage package or the kernel")


def imports_of(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module that ``source`` imports (absolute names), at any depth.

    >>> sorted(imports_of("from kg.graph import rdf\\nimport spacy", "kg.run.ingest"))
    ['kg.graph', 'kg.graph.rdf', 'spacy']
    >>> sorted(imports_of("from .formats import X", "kg.graph.store"))
    ['kg.graph.formats', 'kg.graph.formats.X']
    """
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _resolve(targets: set[str], files: set[str]) -> set[str]:
    """``from kg.extract import grammar`` imports the module ``kg.extract.grammar``,
    not the package (whose ``__init__`` Python runs for any of its modules)."""
    submodules = {t for t in targets if t in files}
    return {t for t in targets if not any(s.startswith(t + ".") for s in submodules)}


def import_graph(root: Path = PACKAGE) -> nx.DiGraph:
    """Modules of the package and the arrows between them (plus third-party imports)."""
    graph = nx.DiGraph()
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    for name, path in files.items():
        graph.add_node(name)
        targets = _resolve(imports_of(path.read_text(encoding="utf-8"), name,
                                      is_package=path.name == "__init__.py"), set(files))  # fmt: skip
        for target in targets:
            if target in files:
                if target != name:
                    graph.add_edge(name, target)
            elif not target.startswith(f"{root.name}."):
                graph.add_node(target, external=True)
                graph.add_edge(name, target)
    return graph


def violations(graph: nx.DiGraph) -> list[str]:
    """Every broken rule, one line each (empty when the layout holds)."""
    problems = []
    for node in graph:
        if not graph.nodes[node].get("external"):
            stage_of(node)  # every module belongs to a stage
    for src, dst in graph.edges:
        if graph.nodes[src].get("external") or src in FRONT:
            continue
        s = stage_of(src)
        if graph.nodes[dst].get("external"):
            if dst.split(".")[0] == "spacy" and s in SPACY_FREE:
                problems.append(f"{src} imports spaCy ({s} must not)")
            continue
        d = stage_of(dst)
        if d is None:
            problems.append(f"{src} imports the front door {dst}")
            continue
        assert s is not None
        if STAGES.index(d) > STAGES.index(s):
            problems.append(f"{src} ({s}) imports the later stage {dst} ({d})")
        if s in NO_LANGUAGE and d in {"language", "extract"}:
            problems.append(f"{src} ({s}) imports the language layer {dst}")
        if s == "extract" and d == "graph":
            problems.append(f"{src}: extraction imports the RDF/store layer {dst}")
    internal = graph.subgraph(n for n in graph if not graph.nodes[n].get("external"))
    problems += [f"import cycle: {' -> '.join(c)}" for c in nx.simple_cycles(internal)]
    return problems


def test_the_package_obeys_its_layering() -> None:
    assert violations(import_graph()) == []


def test_every_stage_is_a_package_and_the_top_level_is_small() -> None:
    entries = {p.name for p in PACKAGE.iterdir() if p.name != "__pycache__"}
    stages = {s for s in STAGES if s != "kernel"}
    assert stages <= entries
    assert entries - stages == {"__init__.py", "__main__.py", "py.typed", "errors.py",
                                "config.py", "records.py"}  # fmt: skip


def _plant(tmp_path: Path, files: dict[str, str]) -> nx.DiGraph:
    root = tmp_path / "kg"
    for rel, text in {"__init__.py": "", **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return import_graph(root)


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {
                "extract/__init__.py": "",
                "extract/x.py": "from kg.graph.rdf import f",
                "graph/__init__.py": "",
                "graph/rdf.py": "",
            },
            "later stage",
        ),
        (
            {
                "network/__init__.py": "",
                "network/g.py": "import kg.language.nlp",
                "language/__init__.py": "",
                "language/nlp.py": "",
            },
            "language layer",
        ),
        ({"view/__init__.py": "", "view/page.py": "def f():\n    import spacy\n"}, "imports spaCy"),
        (
            {
                "graph/__init__.py": "",
                "graph/a.py": "from kg.graph import b",
                "graph/b.py": "def f():\n    from kg.graph.a import x\n",
            },
            "import cycle",
        ),
        (
            {
                "records.py": "from kg.read.articles import Article",
                "read/__init__.py": "",
                "read/articles.py": "",
            },
            "later stage",
        ),
        ({"misc.py": ""}, "belongs to no stage"),
    ],
)
def test_the_rules_catch_a_planted_violation(tmp_path: Path, files: dict[str, str],
                                            expected: str) -> None:  # fmt: skip
    try:
        found = violations(_plant(tmp_path, files))
    except AssertionError as exc:
        found = [str(exc)]
    assert any(expected in line for line in found), found


def test_a_clean_planted_package_passes(tmp_path: Path) -> None:
    graph = _plant(tmp_path, {"graph/__init__.py": "", "graph/rdf.py": "from kg.records import X",
                              "cli/__init__.py": "", "cli/main.py": "from kg.graph import rdf"})  # fmt: skip
    assert violations(graph) == []
