"""Stage 7, serving: a SPARQL 1.1 Protocol endpoint over the store, and the viewer.

* :mod:`kg.serve.endpoint` - ``kg serve``
"""
