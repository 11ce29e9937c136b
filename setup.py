"""Packaging beyond pyproject.toml: the top-level ontology/ folder (the ontology, the
SHACL shapes and the competency queries, kept where they are as the source of truth)
goes into the wheel as the package data kg/ontology/, without a second copy."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["kg", "kg.*"]), "kg.ontology", "kg.ontology.queries"],
    package_dir={"kg.ontology": "ontology"},
)
