"""Stage 10: the graph in a browser. One self-contained HTML page.

The page inlines the vis-network library that ships with pyvis, so it works
from ``file://`` with no network. Text from articles reaches the page only as
JSON data inside a script element (with ``<``, ``>`` and ``&`` escaped) and is
shown through vis-network's plain-text tooltips and ``textContent``, never as
HTML: a name such as ``<img src=x onerror=...>`` is displayed, not run.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import networkx as nx

TYPE_STYLE = {
    "Person": {"color": "#4e79a7", "shape": "dot"},
    "Country": {"color": "#e15759", "shape": "diamond"},
    "Organization": {"color": "#59a14f", "shape": "square"},
    "Group": {"color": "#f28e2b", "shape": "triangle"},
    "Agreement": {"color": "#9c755f", "shape": "star"},
    "Actor": {"color": "#bab0ac", "shape": "dot"},
}
RELATION_STYLE = {
    "met": {"color": "#4e79a7", "dashes": False, "arrows": ""},
    "opposed": {"color": "#e15759", "dashes": False, "arrows": "to"},
    "cooperated": {"color": "#59a14f", "dashes": False, "arrows": "to"},
    "affiliated": {"color": "#9c9c9c", "dashes": True, "arrows": "to"},
    "member": {"color": "#b07aa1", "dashes": [2, 6], "arrows": "to"},
}


@cache
def vis_network_js() -> str:
    """The vis-network bundle shipped inside the pyvis package."""
    lib = resources.files("pyvis").joinpath("lib", "vis-9.1.2", "vis-network.min.js")
    return lib.read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))  # fmt: skip


def edge_tooltip(relation: str, data: dict[str, Any], max_items: int = 12) -> str:
    """Plain-text tooltip: the relation and every evidence sentence with its source."""
    lines = [f"{relation} ({data.get('weight', 1)} x, {data.get('articles', 1)} article(s))"]
    if data.get("role"):
        lines[0] += f" - {data['role']}"
    for ev in data.get("evidence", [])[:max_items]:
        source = ev.title or ev.article.rsplit("/", 1)[-1]
        when = f", {ev.date}" if ev.date else ""
        lines.append(f"- {ev.sentence}\n  [{source}{when}]")
    extra = len(data.get("evidence", [])) - max_items
    if extra > 0:
        lines.append(f"... and {extra} more")
    return "\n".join(lines)


def graph_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """vis-network nodes and edges for a relation graph."""
    degree = dict(graph.degree())
    nodes = []
    for node, data in graph.nodes(data=True):
        kind = data.get("type", "Actor")
        style = TYPE_STYLE.get(kind, TYPE_STYLE["Actor"])
        nodes.append({
            "id": node,
            "label": data.get("label", node),
            "title": f"{data.get('label', node)}\n{kind}",
            "group": kind,
            "color": style["color"],
            "shape": style["shape"],
            "value": 1 + degree.get(node, 0),
        })  # fmt: skip
    edges = []
    for n, (a, b, rel, data) in enumerate(graph.edges(keys=True, data=True)):
        style = RELATION_STYLE.get(rel, RELATION_STYLE["met"])
        edges.append({
            "id": n,
            "from": a,
            "to": b,
            "relation": rel,
            "title": edge_tooltip(rel, data),
            "color": style["color"],
            "dashes": style["dashes"],
            "arrows": style["arrows"],
            "width": min(1 + data.get("weight", 1), 8),
        })  # fmt: skip
    return {"nodes": nodes, "edges": edges}


def render_html(graph: nx.MultiDiGraph, *, title: str = "kg: who met whom") -> str:
    """The whole page as a string."""
    data = graph_data(graph)
    legend = [{"label": k, **v} for k, v in TYPE_STYLE.items() if k != "Actor"]
    relations = [{"label": k, "color": v["color"]} for k, v in RELATION_STYLE.items()]
    page = _TEMPLATE
    page = page.replace("/*TITLE*/", _html_text(title))
    page = page.replace("/*VIS*/", vis_network_js().replace("</script", "<\\/script"))
    page = page.replace("/*DATA*/", script_json(data))
    page = page.replace("/*LEGEND*/", script_json({"types": legend, "relations": relations}))
    return page


def _html_text(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>/*TITLE*/</title>
<style>
 body{margin:0;font:14px system-ui,sans-serif;display:flex;height:100vh}
 #graph{flex:1} #side{width:280px;padding:8px;border-left:1px solid #ddd;overflow:auto}
 .swatch{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:middle}
 div.vis-tooltip{white-space:pre-wrap;max-width:480px}
</style></head>
<body><div id="graph"></div><div id="side"><h3>/*TITLE*/</h3><div id="legend"></div>
<div id="details"></div></div>
<script>/*VIS*/</script>
<script>
(function(){
 var data = /*DATA*/;
 var legend = /*LEGEND*/;
 var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
 var box = document.getElementById('legend');
 function row(color, label){var d=document.createElement('div');var s=document.createElement('span');
   s.className='swatch';s.style.background=color;d.appendChild(s);d.appendChild(document.createTextNode(label));box.appendChild(d);}
 legend.types.forEach(function(t){row(t.color,t.label);});
 legend.relations.forEach(function(r){row(r.color,r.label);});
 var big = data.nodes.length > 300;
 var net = new vis.Network(document.getElementById('graph'), {nodes:nodes, edges:edges},
   {physics:{enabled:!big, stabilization:{iterations:150}}, layout:{improvedLayout:!big},
    nodes:{scaling:{min:8,max:40}, font:{size:13}}, edges:{smooth:{type:'dynamic'}},
    interaction:{hover:true, tooltipDelay:120}});
 window.kgNetwork = net; window.kgNodes = nodes; window.kgEdges = edges;
})();
</script></body></html>
"""
