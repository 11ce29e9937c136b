"""The ontology, shapes and competency queries travel in the wheel: a normal
(non-editable) install finds them and ``kg build`` works."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from kg.graph.shipped import ontology_dir, queries_dir, shapes_file

ROOT = Path(__file__).resolve().parents[2]


def test_the_source_tree_is_the_source_of_truth() -> None:
    if "KG_ONTOLOGY" not in os.environ and not (ROOT / "kg" / "ontology").exists():
        assert ontology_dir() == ROOT / "ontology"
    assert shapes_file().is_file() and len(list(queries_dir().glob("*.rq"))) >= 7


def test_a_wheel_install_builds_the_seed(tmp_path: Path) -> None:
    dist, site, src = tmp_path / "dist", tmp_path / "site", tmp_path / "src"
    junk = shutil.ignore_patterns("__pycache__", "*.egg-info", ".*")
    for part in ("kg", "ontology"):  # a clean copy: no build/ left over from another run
        shutil.copytree(ROOT / part, src / part, ignore=junk)
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "-q", "-w", str(dist), str(src)],
                           capture_output=True, text=True, timeout=600)  # fmt: skip
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(dist.glob("kg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT / "ontology").as_posix() for p in (ROOT / "ontology").rglob("*")
               if p.is_file()}  # fmt: skip
    assert {f"kg/ontology/{n}" for n in shipped} <= names
    assert "kg/graph/data/cameo.tsv" in names and "kg/language/data/countries.tsv" in names
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q",
                              "--target", str(site), str(wheel)],
                             capture_output=True, text=True, timeout=600)  # fmt: skip
    assert install.returncode == 0, install.stderr[-2000:]
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    env = {k: v for k, v in os.environ.items() if k != "KG_ONTOLOGY"}
    env["PYTHONPATH"] = str(site)  # the installed copy comes first, not the source tree
    where = subprocess.run([sys.executable, "-c", "import kg.graph.shipped as s; print(s.ontology_dir())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env)  # fmt: skip
    assert where.stdout.strip() == str(site / "kg" / "ontology"), where.stderr
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(seeds), "--store",
                           str(tmp_path / "store"), "--exports", str(tmp_path / "exports")],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Who met whom" in done.stdout
    assert (tmp_path / "exports" / "kg.ttl").stat().st_size > 1000
    parties = subprocess.run([sys.executable, "-m", "kg", "parties", "--store", str(tmp_path / "store")],
                             capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600)  # fmt: skip
    assert parties.returncode == 0 and "Vienna" in parties.stdout, parties.stderr[-2000:]
