// The kg graph page. Data comes from the JSON element #kg-data and is only ever
// shown as text (textContent, vis-network's plain-text tooltips): never innerHTML.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('kg-data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var MAX_TIP = 5;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function norm(s) { return String(s).toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim(); }

  // -- data ------------------------------------------------------------------
  var byId = {}, degree = {}, neighbours = {};
  D.nodes.forEach(function (n) { byId[n.id] = n; degree[n.id] = 0; neighbours[n.id] = []; });
  D.edges.forEach(function (e) {
    degree[e.from]++; degree[e.to]++;
    neighbours[e.from].push(e.id); neighbours[e.to].push(e.id);
  });
  var edgeById = {};
  D.edges.forEach(function (e) { edgeById[e.id] = e; });

  function source(ev) {
    var s = D.sources[ev[1]] || ['', ''];
    var when = ev[3] && ev[4] ? ev[3] + ', ' + ev[4] : (ev[4] || ev[3] || '');
    return (s[0] || 'article ' + s[1]) + (when ? ' (' + when + ')' : '');
  }
  function nodeTitle(n) {
    var lines = [n.label, n.type + (n.c !== undefined ? ', community ' + n.c : '')];
    (n.roles || []).forEach(function (r) { lines.push(r); });
    if (n.aliases) lines.push('also: ' + n.aliases.join(', '));
    lines.push(D.size + ' centrality: ' + n.value + '; ' + degree[n.id] + ' relation(s)');
    return lines.join('\n');
  }
  function relationLine(e) {
    var a = byId[e.from].label, b = byId[e.to].label;
    var arrow = D.relations[e.rel] && D.relations[e.rel].arrows ? ' \u2192 ' : ' \u2014 ';
    return a + arrow + e.rel + (e.role ? ' (' + e.role + ')' : '') + arrow + b;
  }
  function edgeTitle(e) {
    var lines = [relationLine(e), e.w + ' event(s), ' + e.n + ' article(s)'];
    e.ev.slice(0, MAX_TIP).forEach(function (ev) {
      lines.push('\u2022 ' + D.texts[ev[0]]);
      lines.push('   [' + source(ev) + ']');
    });
    if (e.ev.length > MAX_TIP) lines.push('\u2026 ' + (e.ev.length - MAX_TIP) + ' more: click the line');
    return lines.join('\n');
  }

  D.nodes.forEach(function (n) {
    var st = D.types[n.type] || D.types.Actor;
    n.shape = st.shape;
    n.color = D.color === 'community' && n.c !== undefined ? D.communities[n.c].color : st.color;
    n.title = nodeTitle(n);
  });
  function byDay(x, y) { return x[4] < y[4] ? -1 : x[4] > y[4] ? 1 : x[0] - y[0]; }
  D.edges.forEach(function (e) {
    if (e.ev.length > 1) e.ev.sort(byDay);
    var st = D.relations[e.rel] || D.relations.met;
    e.color = { color: st.color, highlight: st.color, hover: st.color, opacity: 0.85 };
    e.dashes = st.dashes;
    e.arrows = st.arrows;
    e.width = Math.min(1 + Math.log2(1 + e.w), 6);
    if (e.p > 1) {  // parallel relations fan out, on a side fixed for the pair
      var cw = (e.k % 2 === 0) !== (e.from > e.to);
      e.smooth = { enabled: true, type: cw ? 'curvedCW' : 'curvedCCW', roundness: 0.18 * (Math.floor(e.k / 2) + 1) };
    } else {
      e.smooth = { enabled: false };
    }
    e.title = edgeTitle(e);
  });

  // -- network ---------------------------------------------------------------
  var nodes = new vis.DataSet(D.nodes), edges = new vis.DataSet(D.edges);
  var shownNode = {}, shownEdge = {};
  D.nodes.forEach(function (n) { shownNode[n.id] = true; });
  D.edges.forEach(function (e) { shownEdge[e.id] = true; });
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return shownNode[n.id] === true; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return shownEdge[e.id] === true; } });
  var options = {
    nodes: { scaling: { min: 8, max: 40, label: { enabled: true, min: 12, max: 22, drawThreshold: 7 } },
             font: { size: 13 }, borderWidth: 1 },
    edges: { selectionWidth: 2, hoverWidth: 1 },
    layout: { improvedLayout: false },
    physics: D.big ? { enabled: false } : { enabled: true, solver: 'forceAtlas2Based',
      forceAtlas2Based: { gravitationalConstant: -140, springLength: 130, avoidOverlap: 0.6 },
      stabilization: { iterations: 200 } },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: D.big, hideEdgesOnZoom: D.big }
  };
  var net = new vis.Network($('graph'), { nodes: nodeView, edges: edgeView }, options);
  // Ready for input once drawn and (small graphs) settled: physics then stops.
  window.kgReady = false;
  var pending = D.big || D.nodes.length === 0 ? 1 : 2;
  function ready() {
    if (--pending > 0) return;
    if (!D.big && D.nodes.length) { net.setOptions({ physics: { enabled: false } }); net.fit(); }
    window.kgReadyAt = performance.now();
    window.kgReady = true;
  }
  net.once('afterDrawing', function () { window.kgFirstDraw = performance.now(); ready(); });
  if (pending === 2) net.once('stabilizationIterationsDone', ready);
  if (D.nodes.length === 0) { window.kgFirstDraw = performance.now(); ready(); }

  // -- details ---------------------------------------------------------------
  var details = $('details');
  function link(text, onclick) { var b = el('button', text, 'link'); b.type = 'button'; b.onclick = onclick; return b; }
  function showNode(id) {
    var n = byId[id];
    clear(details);
    details.appendChild(el('h4', n.label));
    details.appendChild(el('div', n.type + (n.c !== undefined ? ', community ' + n.c : ''), 'source'));
    if (n.roles) {
      details.appendChild(el('div', 'Roles and affiliations:'));
      var ul = el('ul');
      n.roles.forEach(function (r) { ul.appendChild(el('li', r)); });
      details.appendChild(ul);
    }
    if (n.aliases) details.appendChild(el('div', 'Also called: ' + n.aliases.join(', ')));
    details.appendChild(el('div', D.size + ' centrality: ' + n.value, 'source'));
    details.appendChild(el('div', 'Relations (' + neighbours[id].length + '):'));
    var list = el('ul');
    neighbours[id].slice(0, 200).forEach(function (eid) {
      var li = el('li');
      li.appendChild(link(relationLine(edgeById[eid]), function () { showEdge(eid); }));
      list.appendChild(li);
    });
    details.appendChild(list);
    details.appendChild(el('div', n.iri, 'source'));
  }
  function showEdge(id) {
    var e = edgeById[id];
    clear(details);
    details.appendChild(el('h4', relationLine(e)));
    details.appendChild(el('div', e.w + ' event(s) in ' + e.n + ' article(s)', 'source'));
    e.ev.forEach(function (ev) {
      var box = el('div', null, 'evidence');
      box.appendChild(el('div', D.texts[ev[0]], 'sentence'));
      box.appendChild(el('div', ev[2] + ' \u2014 ' + source(ev), 'source'));
      details.appendChild(box);
    });
    [e.from, e.to].forEach(function (nid) {
      details.appendChild(link('\u2192 ' + byId[nid].label, function () { focusNode(nid); }));
    });
  }
  net.on('click', function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // -- search ----------------------------------------------------------------
  var names = $('kg-names');
  D.nodes.slice().sort(function (a, b) { return a.label < b.label ? -1 : 1; }).forEach(function (n) {
    var o = document.createElement('option'); o.value = n.label; names.appendChild(o);
  });
  function find(query) {
    var q = norm(query);
    if (!q) return [];
    var exact = [], alias = [], prefix = [], part = [];
    D.nodes.forEach(function (n) {
      var l = norm(n.label), al = (n.aliases || []).map(norm);
      if (l === q) exact.push(n);
      else if (al.indexOf(q) >= 0) alias.push(n);
      else if (l.indexOf(q) === 0) prefix.push(n);
      else if (l.indexOf(q) > 0 || al.some(function (a) { return a.indexOf(q) >= 0; })) part.push(n);
    });
    return exact.concat(alias, prefix, part).map(function (n) { return n.id; });
  }
  function focusNode(id) {
    if (!shownNode[id]) { resetFilters(); say(byId[id].label + ' was hidden by the filters: they were reset.'); }
    net.selectNodes([id]);
    net.focus(id, { scale: Math.max(net.getScale(), 1.2), animation: D.big ? false : { duration: 300 } });
    showNode(id);
    window.kgFocused = id;
  }
  function search() {
    var found = find($('search').value), box = $('matches');
    clear(box);
    if (!found.length) { say('No actor matches \u201c' + $('search').value + '\u201d.'); return; }
    say('');
    if (found.length > 1) {
      found.slice(0, 10).forEach(function (id) {
        box.appendChild(link(byId[id].label + ' (' + byId[id].type + ')', function () { focusNode(id); }));
      });
    }
    focusNode(found[0]);
  }
  $('go').onclick = search;
  $('search').addEventListener('keydown', function (ev) { if (ev.key === 'Enter') search(); });
  $('search').addEventListener('change', search);

  // -- filters ---------------------------------------------------------------
  function say(text) { $('notice').textContent = text; }
  var relBoxes = {};
  var counts = {};
  D.edges.forEach(function (e) { counts[e.rel] = (counts[e.rel] || 0) + 1; });
  Object.keys(D.relations).forEach(function (rel) {
    if (!counts[rel]) return;
    var label = el('label'), box = el('input');
    box.type = 'checkbox'; box.checked = true; box.value = rel; box.onchange = applyFilters;
    relBoxes[rel] = box;
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + rel + ' (' + counts[rel] + ')'));
    $('relations').appendChild(label);
  });
  if (D.days) {
    ['since', 'until'].forEach(function (id) {
      $(id).min = span(D.days[0])[0]; $(id).max = span(D.days[1])[1]; $(id).onchange = applyFilters;
    });
    $('undated').onchange = applyFilters;
  } else {
    clear($('dates'));
    $('dates').appendChild(el('div', 'No fact has a date: nothing to filter by date.', 'hint'));
  }
  function span(day) {
    var p = day.split('-');
    if (p.length === 1) return [day + '-01-01', day + '-12-31'];
    if (p.length === 2) return [day + '-01', day + '-31'];
    return [day, day];
  }
  function dated(e, since, until, undated) {
    if (!since && !until) return true;
    return e.ev.some(function (ev) {
      if (!ev[4]) return undated;
      var s = span(ev[4]);
      return !(since && s[1] < since) && !(until && s[0] > until);
    });
  }
  function applyFilters() {
    var since = D.days ? $('since').value : '', until = D.days ? $('until').value : '';
    var undated = D.days ? $('undated').checked : true;
    var edgeOk = {}, nodeOk = {}, nEdges = 0, nNodes = 0;
    D.edges.forEach(function (e) {
      var ok = (!relBoxes[e.rel] || relBoxes[e.rel].checked) && dated(e, since, until, undated);
      if (ok) { edgeOk[e.id] = true; nodeOk[e.from] = true; nodeOk[e.to] = true; nEdges++; }
    });
    D.nodes.forEach(function (n) { if (degree[n.id] === 0) nodeOk[n.id] = true; });
    if (nEdges === 0) {  // never a blank page: keep the actors, say why the lines are gone
      D.nodes.forEach(function (n) { nodeOk[n.id] = true; });
      say('No relation matches these filters; every actor is still shown.');
    } else {
      say('');
    }
    D.nodes.forEach(function (n) { if (nodeOk[n.id]) nNodes++; });
    shownNode = nodeOk; shownEdge = edgeOk;
    nodeView.refresh(); edgeView.refresh();
    status(nNodes, nEdges);
  }
  function resetFilters() {
    Object.keys(relBoxes).forEach(function (r) { relBoxes[r].checked = true; });
    if (D.days) { $('since').value = ''; $('until').value = ''; $('undated').checked = true; }
    applyFilters();
  }
  $('reset').onclick = function () { resetFilters(); say(''); };
  function status(nNodes, nEdges) {
    $('status').textContent = 'Showing ' + nNodes + ' of ' + D.nodes.length + ' actors and ' +
      nEdges + ' of ' + D.edges.length + ' relations' + (D.big ? ' (large graph: physics off)' : '') + '.';
  }
  status(D.nodes.length, D.edges.length);

  // -- legend ----------------------------------------------------------------
  var SHAPES = { dot: '\u25cf', diamond: '\u25c6', square: '\u25a0', triangle: '\u25b2', star: '\u2605' };
  var legend = $('legend');
  var present = {};
  D.nodes.forEach(function (n) { present[n.type] = (present[n.type] || 0) + 1; });
  Object.keys(D.types).forEach(function (t) {
    if (!present[t]) return;
    var row = el('div'), sw = el('span', SHAPES[D.types[t].shape] || '\u25cf', 'swatch');
    sw.style.color = D.color === 'community' ? '#666' : D.types[t].color;
    row.appendChild(sw); row.appendChild(document.createTextNode(t + ' (' + present[t] + ')'));
    legend.appendChild(row);
  });
  Object.keys(D.relations).forEach(function (rel) {
    if (!counts[rel]) return;
    var st = D.relations[rel], row = el('div'), line = el('span', null, 'line');
    line.style.borderTopColor = st.color;
    line.style.borderTopStyle = st.dashes ? 'dashed' : 'solid';
    row.appendChild(line); row.appendChild(document.createTextNode(st.label + (st.arrows ? ' \u2192' : '')));
    legend.appendChild(row);
  });
  if (D.color === 'community') {
    legend.appendChild(el('div', 'Communities (Louvain):', 'hint'));
    D.communities.slice(0, 15).forEach(function (c) {
      var row = el('div'), sw = el('span', '\u25cf', 'swatch');
      sw.style.color = c.color;
      row.appendChild(sw);
      row.appendChild(document.createTextNode(c.id + ': ' + c.label + ' and ' + (c.size - 1) + ' more'));
      legend.appendChild(row);
    });
  }
  legend.appendChild(el('div', 'Size: ' + D.size + ' centrality.', 'hint'));

  window.kg = { network: net, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView,
                data: D, find: find, focus: focusNode, search: search, filter: applyFilters,
                showEdge: showEdge, showNode: showNode };
})();
