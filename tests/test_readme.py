"""The README's examples are run, and their output compared with what it shows.

Every fenced ``bash`` block of README.md, and of the Markdown files in
``docs/`` (the history of the scores, the audit and the benchmarks), is either
run or skipped with a reason written just above it (``<!-- doctest: skip:
REASON -->``): the install lines, a cluster, a server, a corpus outside the
project. A block that is run runs as one bash script (``set -e``: every
command must succeed, unless the comment above it says ``<!-- doctest: status
N -->``, the status the block ends with) in a folder of its own holding
``seeds/`` and ``docs/`` and a store ``.kg`` built from ``seeds/`` (the
default store, so the README's commands need no ``--store``). A ``sparql``
block is run with ``kg query``, a ``python`` block with Python, in the same
folder.

When the block is followed by an output block (a fence with no language, or
``text``), what the commands print (stdout and stderr) must match it line by
line, trailing spaces aside, where a line ``...`` stands for any number of
lines and a line ending in ``...`` for any line that starts with the text
before it (the README cuts long lines that way, as the tables do).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\S*)\s*$")
DIRECTIVE = re.compile(r"^<!-- doctest: (skip: .+|status \d+) -->$")


@dataclass
class Block:
    line: int  # where the block's fence is (1-based)
    lang: str
    code: str
    expected: str | None  # the output block after it
    skip: str | None  # why it is not run
    status: int = 0
    source: str = "README.md"  # the file it is in

    @property
    def name(self) -> str:
        first = next((x for x in self.code.splitlines() if x.strip()), "")
        return f"{self.source}:{self.line} {first[:50]}"


def blocks(text: str, source: str = "README.md") -> list[Block]:
    """The bash, sparql and python blocks of a Markdown text, with their directives and
    the output block that follows each."""
    lines = text.splitlines()
    fenced: list[tuple[int, int, str]] = []  # (start, end, lang) of every fenced block
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if match:
            end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```"))
            fenced.append((i, end, match.group(1)))
            i = end
        i += 1
    found = []
    for n, (start, end, lang) in enumerate(fenced):
        if lang not in ("bash", "sparql", "python"):
            continue
        code = "\n".join(lines[start + 1 : end]) + "\n"
        above = lines[start - 1].strip() if start else ""
        directive = DIRECTIVE.match(above)
        skip = (
            directive.group(1)[6:] if directive and directive.group(1).startswith("skip") else None
        )
        status = int(directive.group(1).split()[1]) if directive and not skip else 0
        expected = None
        if n + 1 < len(fenced):
            nxt_start, nxt_end, nxt_lang = fenced[n + 1]
            between = lines[end + 1 : nxt_start]
            if nxt_lang in ("", "text") and all(not x.strip() for x in between):
                expected = "\n".join(lines[nxt_start + 1 : nxt_end])
        found.append(Block(start + 1, lang, code, expected, skip, status, source))
    return found


def matches(expected: str, actual: str) -> bool:
    """Whether ``actual`` fits ``expected`` (``...`` lines and line ends, see above).

    >>> matches("a\\n...\\nd", "a\\nb\\nc\\nd"), matches("ab...", "abc"), matches("a", "b")
    (True, True, False)
    >>> matches("a\\n...", "a"), matches("...\\nz", "a\\nb")
    (True, False)
    """
    want = [x.rstrip() for x in expected.strip("\n").splitlines()]
    got = [x.rstrip() for x in actual.strip("\n").splitlines()]

    def fit(i: int, j: int) -> bool:
        if i == len(want):
            return j == len(got)
        if want[i] == "...":
            return any(fit(i + 1, k) for k in range(j, len(got) + 1))
        if j == len(got):
            return False
        line = want[i]
        same = got[j].startswith(line[:-3]) if line.endswith("...") else got[j] == line
        return same and fit(i + 1, j + 1)

    return fit(0, 0)


DOCS = sorted((ROOT / "docs").glob("*.md"))
ALL = blocks(README.read_text(encoding="utf-8")) + [
    block
    for path in DOCS
    for block in blocks(path.read_text(encoding="utf-8"), f"docs/{path.name}")
]
RUN = [b for b in ALL if b.skip is None]


def test_every_block_is_run_or_says_why_not() -> None:
    assert len(RUN) >= 8
    for block in ALL:
        assert block.skip is None or len(block.skip) > 10, f"{block.name}: say why it is skipped"
        if block.lang == "sparql":
            assert block.expected is not None or block.skip, f"{block.name}: show what it gives"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from seeds/ with the command line, as the README's user has."""
    folder = tmp_path_factory.mktemp("readme-store")
    done = subprocess.run([sys.executable, "-m", "kg", "ingest", str(ROOT / "seeds"), "--store",
                           str(folder / ".kg"), "-q"], capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return folder / ".kg"


def sandbox(where: Path, store: Path) -> Path:
    """A folder like the project's root for one block: seeds/, docs/ and the store."""
    for name in ("seeds", "docs"):
        shutil.copytree(ROOT / name, where / name, ignore=shutil.ignore_patterns("*.png"))
    shutil.copytree(store, where / ".kg")
    return where


def run(block: Block, cwd: Path) -> tuple[int, str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "COLUMNS": "200", "PYTHONHASHSEED": "0"}  # fmt: skip
    env.pop("KG_STORE", None)
    if block.lang == "sparql":
        command = ["kg", "query", block.code]
    elif block.lang == "python":
        command = [sys.executable, "-c", block.code]
    else:
        script = ("set -e -o pipefail\n" if block.status == 0 else "") + block.code
        command = ["bash", "-c", script]
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize("block", RUN, ids=[b.name for b in RUN])
def test_readme_block(block: Block, seed_store: Path, tmp_path: Path) -> None:
    status, output = run(block, sandbox(tmp_path, seed_store))
    assert status == block.status, f"{block.name} ended with {status}:\n{output}"
    if block.expected is not None:
        assert matches(block.expected, output), (
            f"{block.name}: the README shows\n{block.expected}\nbut the commands print\n{output}"
        )
