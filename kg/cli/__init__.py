"""Stage 9, the command line: thin commands over the stages.

* :mod:`kg.cli.main` - the parser, ``main`` and the store commands (ingest, query, export, serve, build)
* :mod:`kg.cli.network` - the network commands (who-met, parties, path, stats, communities, view)
* :mod:`kg.cli.common` - options and store opening shared by both
* :mod:`kg.cli.tables` - rows as a text table, CSV or JSON
"""
