"""Stage 6, the viewer: one self-contained HTML page of the network.

* :mod:`kg.view.page` - the page, its data and options
* :mod:`kg.view.positions` - node positions computed in Python
* ``assets/`` - the page's HTML template, script and style
"""
