"""Where kg's shipped files are: the ontology, the SHACL shapes and the competency queries.

The source of truth is the top-level ``ontology/`` folder of the source tree; a
wheel carries the same files as package data in ``kg/ontology/`` (mapped there
by ``setup.py``). ``KG_ONTOLOGY`` points kg at another folder.

>>> (ontology_dir() / "kg.ttl").is_file() and (ontology_dir() / "shapes.ttl").is_file()
True
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # kg/


def ontology_dir() -> Path:
    """``KG_ONTOLOGY``, else the installed package data, else the source tree's folder."""
    env = os.environ.get("KG_ONTOLOGY")
    if env:
        return Path(env)
    installed = _PACKAGE / "ontology"
    if (installed / "kg.ttl").is_file():
        return installed
    return _PACKAGE.parent / "ontology"


def ontology_file() -> Path:
    return ontology_dir() / "kg.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return ontology_dir() / "queries"
