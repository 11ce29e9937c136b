"""What every command shares: settings from options and the environment, and the store."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kg.config import Settings

if TYPE_CHECKING:
    from kg.graph.store import Store


def settings_from_args(args: argparse.Namespace) -> Settings:
    base = Settings.from_env()
    return Settings(
        model=getattr(args, "model", None) or base.model,
        store=getattr(args, "store", None) or base.store,
        max_article_bytes=base.max_article_bytes,
    )


def open_from_args(args: argparse.Namespace, *, write: bool = False, create: bool = False) -> Store:
    """The store named by ``--store`` (created when ``create``): read-only unless
    ``write``, so commands that only read need no write permission, work on a
    full disk and never wait for or stand in the way of a writer."""
    from kg.graph.store import open_store

    return open_store(settings_from_args(args).store, create=create, read_only=not write)


def positive_int(text: str) -> int:
    """An option value that must be a whole number of at least 1 (argparse type)."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
