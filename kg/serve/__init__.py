"""Stage 7, serving: a SPARQL 1.1 Protocol endpoint over the store, and the viewer.

* :mod:`kg.serve.endpoint` - ``kg serve``: the routes
* :mod:`kg.serve.backend` - the Oxigraph server behind it, supervised
* :mod:`kg.serve.forward` - requests passed to that engine, with deadlines and second tries
* :mod:`kg.serve.connections` - limits on what clients may send and hold
* :mod:`kg.serve.formats` - result formats
"""
