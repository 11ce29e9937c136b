"""The commands over the store: ingest, query, export, serve and build (the
network commands are in :mod:`kg.cli.network`, curation in :mod:`kg.cli.actors`)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cli.common import open_from_args, settings_from_args
from kg.graph.results import printable

if TYPE_CHECKING:
    from kg.graph.store import Store
    from kg.run.ingest import IngestReport


def cmd_ingest(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from kg.graph.curation import read_listed
    from kg.read.actors import read_actors
    from kg.records import Article
    from kg.run.ingest import IngestReport, ingest
    from kg.run.progress import Progress
    from kg.run.work import Failed, Prepared

    settings = settings_from_args(args)
    actors = read_actors(args.actors) if getattr(args, "actors", None) else None
    store = open_from_args(args, write=True, create=True)
    listed = actors if actors is not None else read_listed(store)
    settings = replace(settings, actors=tuple(listed))
    report = IngestReport()
    try:
        with contextlib.ExitStack() as stack:
            prepared: Callable[[Iterable[Article]], Iterator[Prepared | Failed]] | None = None
            if getattr(args, "dask", None):
                from kg.graph.store import is_remote
                from kg.run.distributed import connect, prepare_on_dask

                client = stack.enter_context(connect(args.dask))
                url = settings.store if is_remote(settings.store) else None

                def prepared(articles: Iterable[Article]) -> Iterator[Prepared | Failed]:
                    return prepare_on_dask(articles, settings, client, store_url=url)

            bar = stack.enter_context(Progress(enabled=not args.quiet, paths=args.paths))
            ingest(args.paths, store, settings, force=args.force, jobs=args.jobs,
                   progress=bar.step, prepared=prepared, report=report, actors=actors)  # fmt: skip
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: say what was stored, then stop
        _close(store, report)
        _print_report(report, interrupted=True)
        raise
    _close(store, report)
    _print_report(report)
    return report.exit_status()


def _close(store: Store, report: IngestReport) -> None:
    from kg.errors import StoreWriteError

    try:
        store.close()
    except StoreWriteError as exc:  # the last flush: what was written is in the engine's log
        report.stop(str(exc))


def _print_report(report: IngestReport, *, interrupted: bool = False) -> None:
    for item in report.skipped:
        print(f"skipped {printable(item.source)}: {printable(item.reason)}", file=sys.stderr)
    for failure in report.failed:
        print(f"failed  {printable(failure.source)}: {printable(failure.reason, limit=300)}",
              file=sys.stderr)  # fmt: skip
    for source in report.unstored:
        print(f"not stored {printable(source)}", file=sys.stderr)
    print(report.summary())
    if interrupted:
        print("interrupted: the articles above are stored; run the same command again to "
              "ingest the rest (stored articles are skipped)")  # fmt: skip


def cmd_query(args: argparse.Namespace) -> int:
    from kg.graph.results import filter_confidence, format_result
    from kg.graph.sparql import load_query, run_query, select

    text = load_query(args.query)
    store = open_from_args(args, write=args.update)
    try:
        if args.min_confidence is not None:
            table = filter_confidence(select(store, text), args.min_confidence)
            out = format_result(table, args.format)
        else:
            result = run_query(store, text, allow_update=args.update)
            out = format_result(result, args.format)
    finally:
        store.close()
    sys.stdout.write(out)
    return 0


def export_formats() -> tuple[str, ...]:
    from kg.graph.formats import RDF_EXPORTS

    return (*RDF_EXPORTS, "graphml", "gexf")


def export_bytes(store: Store, fmt: str) -> tuple[bytes, str]:
    """The store in ``fmt`` (RDF or network format) and the file suffix for it."""
    if fmt in ("graphml", "gexf"):
        from kg.network.export import SUFFIX, network_bytes

        return network_bytes(store, fmt), SUFFIX[fmt]
    from kg.graph.export import rdf_bytes
    from kg.graph.formats import SUFFIX

    return rdf_bytes(store, fmt), SUFFIX.get(fmt, "")


def cmd_export(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    try:
        data, suffix = export_bytes(store, args.format)
    finally:
        store.close()
    if args.output == "-":
        sys.stdout.buffer.write(data)
        return 0
    out = Path(args.output or f"exports/kg{suffix}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"wrote {out} ({len(data):,} bytes, {args.format})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.errors import ConfigError
    from kg.graph.store import is_remote
    from kg.graph.storedir import check_directory
    from kg.serve.endpoint import ServeOptions, serve

    location = settings_from_args(args).store
    if location == "memory" or is_remote(location):
        raise ConfigError(f"kg serve serves a store directory, not {location!r}")
    check_directory(Path(location), create=False)
    options = ServeOptions(store=Path(location), host=args.host, port=args.port,
                           timeout=args.timeout, limit=args.limit, writable=args.writable,
                           viewer=Path(args.viewer) if args.viewer else None,
                           memory_mb=args.memory)  # fmt: skip
    mode = "read-write" if args.writable else "read-only"

    def ready(url: str) -> None:
        print(f"SPARQL endpoint {url}/sparql ({mode}, timeout {args.timeout:g} s, "
              f"at most {args.limit:,} results); viewer {url}/ ; Ctrl-C stops", flush=True)  # fmt: skip

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how a server stops
        serve(options, ready=ready)
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from kg.graph.results import format_result, value
    from kg.graph.sparql import load_query, select

    status = cmd_ingest(args)
    if status == 1 and not args.keep_going:
        return status
    exports = Path(args.exports)
    from kg.cli.network import cmd_view

    for fmt, name, func in (("turtle", "kg.ttl", cmd_export), (None, "graph.html", cmd_view)):
        ns = argparse.Namespace(**vars(args))
        ns.output = str(exports / name)
        if fmt:
            ns.format = fmt
        func(ns)
    store = open_from_args(args)
    try:
        table = select(store, load_query("who-met-whom"))
    finally:
        store.close()
    order = ("subjectName", "objectName", "article")  # the shipped query leaves rows unsorted
    table.rows.sort(key=lambda row: tuple(value(row[k]) if k in row else "" for k in order))
    table.variables = ["subjectName", "objectName", "kind", "evidence"]
    print("\nWho met whom:")
    sys.stdout.write(format_result(table, "table"))
    return status
