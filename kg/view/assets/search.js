// -- search: actors by name, best matches and best-connected actors first -----
// Part of the page's script (see kg/view/page.py: the parts share one scope).

function norm(s) { return String(s).toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim(); }

// find(query) -> node ids, ranked. How well a name matches comes first:
//   0  a name (label or alias) is the query, or the query is whole words of a
//      name: a surname ("vale" for "Ann Vale"), a first name, a full name;
//   1  a word of a name starts with the query ("val");
//   2  a name contains the query anywhere.
// Within a rank, the actor with more relations comes first (so "Vale" finds
// the Ann Vale of 40 relations before an unconnected namesake), then the one
// whose label (rather than an alias or a word of it) is the query, then by name.
function makeFinder(nodes, relations) {
  var entries = nodes.map(function (n) {
    var names = [n.label].concat(n.aliases || []).map(norm);
    return { id: n.id, label: names[0], names: names };
  });
  function match(e, q) {  // [rank, exactness] or null
    var padded = ' ' + q + ' ', best = null;
    for (var i = 0; i < e.names.length; i++) {
      var name = e.names[i], found = null;
      if (name === q) found = [0, i === 0 ? 0 : 1];
      else if ((' ' + name + ' ').indexOf(padded) >= 0) found = [0, 2];
      else if (name.indexOf(q) === 0 || name.indexOf(' ' + q) > 0) found = [1, 2];
      else if (name.indexOf(q) > 0) found = [2, 2];
      if (found && (!best || found[0] < best[0] || (found[0] === best[0] && found[1] < best[1]))) best = found;
    }
    return best;
  }
  return function find(query) {
    var q = norm(query);
    if (!q) return [];
    var hits = [];
    entries.forEach(function (e) {
      var m = match(e, q);
      if (m) hits.push({ id: e.id, rank: m[0], exact: m[1], n: relations(e.id), label: e.label });
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || b.n - a.n || a.exact - b.exact || (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id - b.id);
    });
    return hits.map(function (h) { return h.id; });
  };
}
