"""Stage 1, reading: files, HTML pages and JSON records in, :class:`~kg.records.Article` out.

* :mod:`kg.read.articles` - which files are articles, their ids, headlines and datelines
* :mod:`kg.read.decode` - bytes to text for untrusted files
* :mod:`kg.read.html` - the visible text of an HTML page
* :mod:`kg.read.jsonrecords` - JSON and JSON Lines records
"""
