"""The examples run as they are: examples/api_tour.py, the Python API's tour."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from samples import page_data

ROOT = Path(__file__).resolve().parent.parent


def test_api_tour_runs(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "api_tour.py"), str(tmp_path)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("1 article(s) ingested")
    assert "Ali Bagheri Kani met Mikhail Ulyanov (meet)" in out
    assert "Mikhail Ulyanov: Permanent Representative" in out
    assert "subjectName" in out and "objectName" in out  # the DataFrame (pandas is a test tool)
    assert "in April 2021: 1 relations" in out  # only the note of 2021-04-06
    page = page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert page["color"] == "community" and len(page["nodes"]) > 15
