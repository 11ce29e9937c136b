"""``kg actors``: the actors of the store, and the user's say on who is who.

``list`` and ``show`` read the identity graph; ``merge``, ``split`` and
``rename`` record a decision in the store's curation graph and apply it at
once (no article is parsed again). Decisions survive re-ingest: they name
actors by the keys articles give them, and every ingest applies them again.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from kg.cli.tables import FORMATS, format_rows

Add = Callable[[str, Callable[[argparse.Namespace], int], str, str], argparse.ArgumentParser]
_TYPES = ["Person", "Organization", "Country", "Group", "Agreement"]


def cmd_actors(args: argparse.Namespace) -> int:
    from kg.cli.common import open_from_args
    from kg.graph import actor_book

    store = open_from_args(args, write=args.action in {"merge", "split", "rename"})
    try:
        if args.action == "list":
            rows = [{"name": a.name, "type": a.type, "articles": a.articles,
                     "forms": ", ".join(a.forms)}
                    for a in actor_book.actors(store)
                    if (not args.type or a.type == args.type)
                    and a.articles >= args.min_articles]  # fmt: skip
            sys.stdout.write(format_rows(rows, ["name", "type", "articles", "forms"], args.format))
            return 0
        if args.action == "show":
            info = actor_book.show(store, args.name)
            return _show(info, args.format)
        if args.action == "merge":
            report = actor_book.merge(store, args.name, args.other)
            done = f"merged {args.other!r} into {args.name!r}"
        elif args.action == "split":
            report = actor_book.split(store, args.name, args.form)
            done = f"split {args.form!r} off {args.name!r}"
        else:
            report = actor_book.rename(store, args.name, args.new_name)
            done = f"renamed {args.name!r} to {args.new_name!r}"
    finally:
        store.close()
    print(f"{done}; {report.rewritten} article graph(s) rewritten, {report.actors} actors")
    return 0


def _show(info: Any, fmt: str) -> int:
    if fmt == "json":
        sys.stdout.write(format_rows([], [], "json", document=vars(info)))
        return 0
    head = (f"{info.name} ({info.type}, {info.iri})\n"
            f"forms: {', '.join(info.forms) or '-'}\n"
            f"articles: {info.articles}\n\n")  # fmt: skip
    columns = ["article", "title", "name", "forms", "why"]
    sys.stdout.write(head + format_rows(info.members, columns, fmt, width=60))
    return 0


def register(add: Add) -> None:
    """Add ``kg actors`` to the ``kg`` parser."""
    p = add("actors", cmd_actors, "list, show, merge, split and rename actors",
            "The actors of the store after identity across articles: a surname joins the one "
            "full-name person of the store it fits, an acronym its organisation. 'list' and "
            "'show NAME' (forms, articles and why each joined) read them; 'merge A B', "
            "'split NAME FORM' and 'rename NAME NEW' record your decision in the store and "
            "apply it at once, to queries, exports and the viewer; later ingests keep it.")  # fmt: skip
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("list", help="every actor with its type, articles and forms")
    a.add_argument("--type", choices=_TYPES, help="only actors of this type")
    a.add_argument("--min-articles", type=int, default=0, metavar="N",
                   help="only actors named in at least N articles")  # fmt: skip
    a.add_argument("--format", "-f", default="table", choices=FORMATS)
    a = actions.add_parser("show", help="an actor's forms, articles and why each joined")
    a.add_argument("name", metavar="NAME", help="label or alias, any case")
    a.add_argument("--format", "-f", default="table", choices=FORMATS)
    a = actions.add_parser("merge", help="B is the same actor as A")
    a.add_argument("name", metavar="A")
    a.add_argument("other", metavar="B")
    a = actions.add_parser("split", help="what an actor's articles call FORM is another actor")
    a.add_argument("name", metavar="NAME")
    a.add_argument("form", metavar="FORM", help="a form of NAME (see kg actors show NAME)")
    a = actions.add_parser("rename", help="show an actor under another name")
    a.add_argument("name", metavar="NAME")
    a.add_argument("new_name", metavar="NEW")
    for action in actions.choices.values():  # --store after the action too
        action.add_argument("--store", metavar="S", default=argparse.SUPPRESS,
                            help="store: a directory, 'memory', or a SPARQL endpoint URL")  # fmt: skip
