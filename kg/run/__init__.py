"""Stage 8, running: the pipeline over many articles: streaming, worker processes, Dask.

* :mod:`kg.run.ingest` - the main job: read, extract, write one named graph per article
* :mod:`kg.run.work` - one article's unit of work, shared by every way of running
* :mod:`kg.run.workers` - ``--jobs N`` worker processes
* :mod:`kg.run.distributed` - ``--dask ADDRESS``, a Dask distributed cluster
* :mod:`kg.run.progress` - the progress bar
"""
