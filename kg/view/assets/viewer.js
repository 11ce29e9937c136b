// -- the kg graph page --------------------------------------------------------
// Data comes from the JSON element #kg-data and is only ever shown as text
// (textContent, vis-network's plain-text tooltips, canvas text): never innerHTML.
// Uses makeFinder (search.js) and makeLabels (labels.js).

var marks = window.kgMarks = [['start', performance.now()]];  // when each step ended
var D = JSON.parse(document.getElementById('kg-data').textContent);
marks.push(['data', performance.now()]);
var $ = function (id) { return document.getElementById(id); };
var MAX_TIP = 5, SIDE = 12;

function el(tag, text, cls) {
  var e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
function link(text, onclick, note) {
  var b = el('button', text, 'link');
  b.type = 'button';
  b.onclick = onclick;
  if (note) b.appendChild(el('span', ' ' + note, 'count'));
  return b;
}
function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }
function say(text) { $('notice').textContent = text; }

// -- data ------------------------------------------------------------------
var byId = {}, degree = {}, incident = {}, edgeById = {};
D.nodes.forEach(function (n) { byId[n.id] = n; degree[n.id] = 0; incident[n.id] = []; });
D.edges.forEach(function (e) {
  edgeById[e.id] = e;
  degree[e.from]++; degree[e.to]++;
  incident[e.from].push(e.id); if (e.to !== e.from) incident[e.to].push(e.id);
});
var loose = D.nodes.filter(function (n) { return degree[n.id] === 0; }).length;
// the actors by centrality, most central first (labels, side list)
var order = D.nodes.map(function (n) { return n.id; }).sort(function (a, b) {
  return byId[b].value - byId[a].value || degree[b] - degree[a] || (byId[a].label < byId[b].label ? -1 : 1);
});
var members = {};
D.nodes.forEach(function (n) { if (n.c !== undefined) (members[n.c] = members[n.c] || []).push(n.id); });

function source(ev) {
  var s = D.sources[ev[1]] || ['', ''];
  var when = ev[3] && ev[4] ? ev[3] + ', ' + ev[4] : (ev[4] || ev[3] || '');
  return (s[0] || 'article ' + s[1]) + (when ? ' (' + when + ')' : '');
}
function nodeTitle(n) {
  var lines = [n.label, n.type + (n.c !== undefined ? ', community ' + n.c : '')];
  (n.roles || []).forEach(function (r) { lines.push(r); });
  if (n.aliases) lines.push('also: ' + n.aliases.join(', '));
  lines.push(D.size + ' centrality: ' + n.value + '; ' + plural(degree[n.id], 'relation'));
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
function colourOf(n, mode) {
  if (mode === 'community') return n.c !== undefined ? D.communities[n.c].color : '#cfcfcf';
  return (D.types[n.type] || D.types.Actor).color;
}

D.nodes.forEach(function (n) {
  n.shape = (D.types[n.type] || D.types.Actor).shape;
  n.color = colourOf(n, D.color);
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

// -- what is shown: filters, actors without relations, a focus ---------------
var state = { loose: false, focus: null };  // focus: {kind: 'ego', id, depth} | {kind: 'community', c}
var shownNode = {}, shownEdge = {}, relBoxes = {}, counts = {};
D.edges.forEach(function (e) { counts[e.rel] = (counts[e.rel] || 0) + 1; });

function span(day) {
  var p = day.split('-');
  if (p.length === 1) return [day + '-01-01', day + '-12-31'];
  if (p.length === 2) return [day + '-01', day + '-31'];
  return [day, day];
}
function passes() {  // edge -> whether the relation and date filters keep it
  var since = D.days ? $('since').value : '', until = D.days ? $('until').value : '';
  var undated = D.days ? $('undated').checked : true;
  return function (e) {
    if (relBoxes[e.rel] && !relBoxes[e.rel].checked) return false;
    if (!since && !until) return true;
    return e.ev.some(function (ev) {
      if (!ev[4]) return undated;
      var s = span(ev[4]);
      return !(since && s[1] < since) && !(until && s[0] > until);
    });
  };
}
function around(id, depth, ok) {  // the actors within depth steps over kept edges
  var seen = {}, frontier = [id];
  seen[id] = true;
  for (var d = 0; d < depth; d++) {
    var next = [];
    frontier.forEach(function (v) {
      incident[v].forEach(function (eid) {
        var e = edgeById[eid];
        if (!ok(e)) return;
        var u = e.from === v ? e.to : e.from;
        if (!seen[u]) { seen[u] = true; next.push(u); }
      });
    });
    frontier = next;
  }
  return seen;
}
function compute() {  // -> counts; sets shownNode and shownEdge
  var ok = passes(), f = state.focus, allowed = null;
  if (f && f.kind === 'ego') allowed = around(f.id, f.depth, ok);
  if (f && f.kind === 'community') {
    allowed = {};
    members[f.c].forEach(function (id) { allowed[id] = true; });
  }
  var edgeOk = {}, nodeOk = {}, nEdges = 0, nNodes = 0, blank = false;
  D.edges.forEach(function (e) {
    if (!ok(e) || (allowed && !(allowed[e.from] && allowed[e.to]))) return;
    edgeOk[e.id] = true; nodeOk[e.from] = true; nodeOk[e.to] = true; nEdges++;
  });
  function keep(n) { return allowed ? allowed[n.id] : degree[n.id] > 0 || state.loose; }
  if (state.loose && !allowed) D.nodes.forEach(function (n) { if (degree[n.id] === 0) nodeOk[n.id] = true; });
  if (f && f.kind === 'ego') nodeOk[f.id] = true;
  if (nEdges === 0 && D.edges.length) {  // never a blank page: keep the actors, say why the lines are gone
    D.nodes.forEach(function (n) { if (keep(n)) nodeOk[n.id] = true; });
    blank = true;
  }
  D.nodes.forEach(function (n) { if (nodeOk[n.id]) nNodes++; });
  shownNode = nodeOk; shownEdge = edgeOk;
  return { nodes: nNodes, edges: nEdges, blank: blank };
}
marks.push(['prepared', performance.now()]);
var initial = compute();
D.nodes.forEach(function (n) { n.hidden = !shownNode[n.id]; });
D.edges.forEach(function (e) { e.hidden = !shownEdge[e.id]; });

// -- network ---------------------------------------------------------------
// Every actor and line is made once; filters only hide and show them (making
// and dropping vis-network's objects instead takes seconds at 10,000 actors).
var nodes = new vis.DataSet(D.nodes), edges = new vis.DataSet(D.edges);
marks.push(['datasets', performance.now()]);
var options = {
  nodes: { scaling: { min: 8, max: 40, label: { enabled: false, drawThreshold: 1e9 } },  // the page draws names
           font: { size: 13 }, borderWidth: 1 },
  edges: { selectionWidth: 2, hoverWidth: 1 },
  layout: { improvedLayout: false },
  physics: D.big ? { enabled: false } : { enabled: true, solver: 'forceAtlas2Based',
    forceAtlas2Based: { gravitationalConstant: -140, springLength: 130, avoidOverlap: 0.6 },
    stabilization: { iterations: 200 } },
  interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: D.big, hideEdgesOnZoom: D.big }
};
var net = new vis.Network($('graph'), { nodes: nodes, edges: edges }, options);
marks.push(['network', performance.now()]);

// Zoomed far out on a large graph, lines are drawn plain. A line there is under
// a pixel wide, its dashes a fraction of a pixel long and its arrowhead a dot:
// they cannot be seen, but cost most of each drawing (at 10,000 actors about
// half of the first drawing and of every filter's). Zooming in brings them back.
var PLAIN = 0.2, NO_ARROWS = { to: { enabled: false }, middle: { enabled: false }, from: { enabled: false } };
var plain = false, styled = {};  // edge id -> [dashes, arrows] as vis-network had them
function detail() {
  var want = D.big && net.getScale() < PLAIN;
  if (want === plain) return;
  plain = want;
  D.edges.forEach(function (e) {
    var o = net.body.edges[e.id];
    if (!o) return;
    if (want) {
      styled[e.id] = [o.options.dashes, o.options.arrows];
      o.options.dashes = false; o.options.arrows = NO_ARROWS;
    } else if (styled[e.id]) {
      o.options.dashes = styled[e.id][0]; o.options.arrows = styled[e.id][1];
    }
  });
}
net.on('beforeDrawing', detail);
function shownIds(table) { return Object.keys(table).map(Number); }
function show() {  // hide and show vis-network's own objects, then one update
  var body = net.body;
  D.nodes.forEach(function (n) { var o = body.nodes[n.id]; if (o) o.options.hidden = !shownNode[n.id]; });
  D.edges.forEach(function (e) { var o = body.edges[e.id]; if (o) o.options.hidden = !shownEdge[e.id]; });
  if (net._updateVisibleIndices) { net._updateVisibleIndices(); net.redraw(); }  // what changed, only
  else body.emitter.emit('_dataChanged');
}
var labels = makeLabels(net, byId, order, function (id) { return shownNode[id] === true; }, D.labels);
net.on('afterDrawing', function (ctx) { labels.draw(ctx); });
net.on('hoverNode', function (p) { labels.pin(p.node, true); });
net.on('blurNode', function (p) { if (p.node !== window.kgFocused) { labels.pin(p.node, false); net.redraw(); } });

// Ready for input once drawn and (small graphs) settled: physics then stops.
window.kgReady = false;
var pending = D.big || D.nodes.length === 0 ? 1 : 2;
function frame() {  // the first screen: the larger pieces of the network (see page.py)
  var core = (D.core || []).filter(function (id) { return shownNode[id]; });
  net.fit({ nodes: core.length ? core : shownIds(shownNode), animation: false });
}
function ready() {
  if (--pending > 0) return;
  if (!D.big && D.nodes.length) { net.setOptions({ physics: { enabled: false } }); frame(); }
  if (D.focus !== null && D.focus !== undefined) focusNode(D.focus);
  window.kgReadyAt = performance.now();
  window.kgReady = true;
}
if (D.big && D.nodes.length) frame();  // positions are final: frame before the first drawing
net.once('afterDrawing', function () { window.kgFirstDraw = performance.now(); ready(); });
if (pending === 2) net.once('stabilizationIterationsDone', ready);
if (D.nodes.length === 0) { window.kgFirstDraw = performance.now(); ready(); }

function refresh(fit) {
  var shown = compute();
  show();
  if (shown.blank) say('No relation matches these filters; the actors are still shown.');
  else if ($('notice').textContent.indexOf('No relation matches') === 0) say('');
  status(shown);
  focusBar();
  if (fit) net.fit({ nodes: shownIds(shownNode), animation: false });
  return shown;
}
function applyFilters() { return refresh(false); }

// -- details ---------------------------------------------------------------
var details = $('details');
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
  if (degree[id]) {
    var row = el('div', 'Show only its neighbourhood: ', 'row-inline');
    [1, 2].forEach(function (depth) {
      var b = el('button', plural(depth, 'step'));
      b.type = 'button'; b.className = 'ego'; b.dataset.depth = depth;
      b.onclick = function () { egoFocus(id, depth); };
      row.appendChild(b);
    });
    details.appendChild(row);
  }
  details.appendChild(el('div', 'Relations (' + incident[id].length + '):'));
  var list = el('ul');
  incident[id].slice(0, 200).forEach(function (eid) {
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

// -- focus: one actor, its neighbourhood, a community ------------------------
function focusNode(id) {
  if (!shownNode[id]) {
    if (state.focus) state.focus = null;
    if (degree[id] === 0 && !state.loose) { state.loose = true; $('loose').checked = true; }
    if (!compute().blank && !shownNode[id]) { resetBoxes(); say(byId[id].label + ' was hidden by the filters: they were reset.'); }
    refresh(false);
  }
  if (window.kgFocused !== undefined) labels.pin(window.kgFocused, false);
  labels.pin(id, true);
  window.kgFocused = id;
  net.selectNodes([id]);
  net.focus(id, { scale: Math.max(net.getScale(), 1.0), animation: D.big ? false : { duration: 300 } });
  showNode(id);
}
function egoFocus(id, depth) {
  state.focus = { kind: 'ego', id: id, depth: depth };
  refresh(true);
  labels.pin(id, true);
  window.kgFocused = id;
  net.selectNodes([id]);
  showNode(id);
}
function communityFocus(c) {
  state.focus = { kind: 'community', c: c };
  refresh(true);
  net.unselectAll();
}
function unfocus() { state.focus = null; refresh(true); }
function focusBar() {
  var f = state.focus, bar = $('focusbar');
  bar.hidden = !f;
  if (!f) return;
  $('focustext').textContent = f.kind === 'ego'
    ? byId[f.id].label + ' and ' + plural(f.depth, 'step') + ' around'
    : 'Community ' + f.c + ': ' + D.communities[f.c].label + ' and ' + (D.communities[f.c].size - 1) + ' more';
}
$('unfocus').onclick = unfocus;

// -- search ----------------------------------------------------------------
var find = makeFinder(D.nodes, function (id) { return degree[id]; });
function describe(id) { return byId[id].type + ', ' + plural(degree[id], 'relation'); }
function suggest(found) {
  var box = $('matches');
  clear(box);
  found.slice(0, 10).forEach(function (id) {
    box.appendChild(link(byId[id].label, function () { focusNode(id); }, describe(id)));
  });
  if (found.length > 10) box.appendChild(el('div', (found.length - 10) + ' more: type more of the name', 'hint'));
}
function search() {
  var found = find($('search').value);
  suggest(found);
  if (!found.length) { say('No actor matches \u201c' + $('search').value + '\u201d.'); return; }
  say('');
  focusNode(found[0]);
}
var typing = null;
$('go').onclick = search;
$('search').addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { clearTimeout(typing); search(); } });
$('search').addEventListener('input', function () {
  clearTimeout(typing);
  typing = setTimeout(function () { suggest(find($('search').value)); }, 120);
});

// -- side lists: the most central actors, the largest communities ------------
order.filter(function (id) { return degree[id] > 0; }).slice(0, SIDE).forEach(function (id) {
  var li = el('li');
  li.appendChild(link(byId[id].label, function () { focusNode(id); }, plural(degree[id], 'relation')));
  $('central').appendChild(li);
});
D.communities.slice(0, SIDE).forEach(function (c) {
  var li = el('li'), more = c.size - c.top.length;
  li.appendChild(link(c.top.join(', ') + (more > 0 ? ' and ' + more + ' more' : ''),
    function () { communityFocus(c.id); }, '(' + c.size + ')'));
  $('groups').appendChild(li);
});
if (!D.communities.length) $('groups').appendChild(el('li', 'none: no actor has a relation', 'hint'));
$('method').textContent = D.communities.length ? ' (' + D.communities[0].method + ')' : '';

// -- filters ---------------------------------------------------------------
function resetBoxes() {
  Object.keys(relBoxes).forEach(function (r) { relBoxes[r].checked = true; });
  if (D.days) { $('since').value = ''; $('until').value = ''; $('undated').checked = true; }
}
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
$('loosecount').textContent = ' (' + loose + ')';
$('loose').onchange = function () { state.loose = $('loose').checked; refresh(true); };
$('reset').onclick = function () { resetBoxes(); state.focus = null; say(''); refresh(true); };
function status(shown) {
  var text = 'Showing ' + shown.nodes + ' of ' + D.nodes.length + ' actors and ' +
    shown.edges + ' of ' + D.edges.length + ' relations' + (D.big ? ' (large graph: physics off)' : '') + '.';
  if (loose && !state.loose) text += ' ' + plural(loose, 'actor') + ' without relations hidden.';
  var core = (D.core || []).length, tied = D.nodes.length - loose;
  if (core && core < tied && !state.focus) text += ' The first screen frames the ' + core +
    ' actors of the larger groups; ' + (tied - core) + ' in pairs and triples lie below.';
  $('status').textContent = text;
}
status(initial);

// -- legend ----------------------------------------------------------------
var SHAPES = { dot: '\u25cf', diamond: '\u25c6', square: '\u25a0', triangle: '\u25b2', star: '\u2605' };
function legend(mode) {
  var box = $('legend'), present = {};
  clear(box);
  D.nodes.forEach(function (n) { present[n.type] = (present[n.type] || 0) + 1; });
  Object.keys(D.types).forEach(function (t) {
    if (!present[t]) return;
    var row = el('div'), sw = el('span', SHAPES[D.types[t].shape] || '\u25cf', 'swatch');
    sw.style.color = mode === 'community' ? '#666' : D.types[t].color;
    row.appendChild(sw); row.appendChild(document.createTextNode(t + ' (' + present[t] + ')'));
    box.appendChild(row);
  });
  Object.keys(D.relations).forEach(function (rel) {
    if (!counts[rel]) return;
    var st = D.relations[rel], row = el('div'), line = el('span', null, 'line');
    line.style.borderTopColor = st.color;
    line.style.borderTopStyle = st.dashes ? 'dashed' : 'solid';
    row.appendChild(line); row.appendChild(document.createTextNode(st.label + (st.arrows ? ' \u2192' : '')));
    box.appendChild(row);
  });
  if (mode === 'community') {
    box.appendChild(el('div', 'Communities' + $('method').textContent + ':', 'hint'));
    D.communities.slice(0, 15).forEach(function (c) {
      var row = el('div'), sw = el('span', '\u25cf', 'swatch');
      sw.style.color = c.color;
      row.appendChild(sw);
      row.appendChild(document.createTextNode(c.id + ': ' + c.label + ' and ' + (c.size - 1) + ' more'));
      box.appendChild(row);
    });
  }
  box.appendChild(el('div', 'Size: ' + D.size + ' centrality. Names: the ' + D.labels +
    ' most central actors, the others when zoomed in.', 'hint'));
  if (D.big) box.appendChild(el('div', 'Zoomed far out, lines are drawn plain: zoom in for dashes and arrowheads.', 'hint'));
}
function paint(mode) {
  nodes.update(D.nodes.map(function (n) { return { id: n.id, color: colourOf(n, mode) }; }));
  legend(mode);
}
$('colour').value = D.color;
$('colour').onchange = function () { paint($('colour').value); };
legend(D.color);

window.kg = { network: net, nodes: nodes, edges: edges,
              shownNodes: function () { return shownIds(shownNode); },
              shownEdges: function () { return shownIds(shownEdge); },
              data: D, find: find, focus: focusNode, search: search, filter: applyFilters,
              ego: egoFocus, community: communityFocus, unfocus: unfocus, paint: paint,
              labels: labels.drawn, showEdge: showEdge, showNode: showNode, state: state,
              plain: function () { return plain; } };
