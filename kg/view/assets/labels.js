// -- labels: names drawn by the page at a fixed screen size -------------------
// Part of the page's script (see kg/view/page.py: the parts share one scope).
//
// vis-network scales a label with the zoom, so on a large graph every name is
// a few pixels high or gone. The page draws the names itself after each
// drawing, always at a readable size: those of the `top` most central actors
// shown at every zoom, the others once their node is large enough on screen,
// the actors in `pinned` (selected, hovered, searched) always; a name that
// would overlap one already drawn is left out. drawn() lists what was drawn.

function makeLabels(net, byId, order, isShown, top) {
  var FONT = 13, SMALL = 12, ZOOMED = 7, MAX = 300;  // px; node radius in px that earns a label
  var widths = {}, drawn = [], pinned = {};

  function width(ctx, id, px, bold) {
    var key = id + ':' + px + (bold ? 'b' : '');
    if (widths[key] === undefined) widths[key] = ctx.measureText(byId[id].label).width;
    return widths[key];
  }
  function free(box) {
    for (var i = 0; i < drawn.length; i++) {
      var o = drawn[i];
      if (box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h) return false;
    }
    return true;
  }
  function draw(ctx) {
    var body = net.body, scale = net.getScale(), view = net.getViewPosition();
    var canvas = ctx.canvas, W = canvas.clientWidth, H = canvas.clientHeight;
    var ratio = canvas.width / (W || 1);
    drawn = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);  // screen pixels from here on
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.lineJoin = 'round';
    function place(id, kind) {
      var node = body.nodes[id];
      if (!node) return;
      var r = (node.options.size || 10) * scale;
      if (kind === 'zoom' && r < ZOOMED) return 'stop';  // the rest are smaller still
      var sx = (node.x - view.x) * scale + W / 2, sy = (node.y - view.y) * scale + H / 2;
      if (sx < -50 || sx > W + 50 || sy < -20 || sy > H + 20) return;
      var px = kind === 'zoom' ? SMALL : FONT, bold = kind !== 'zoom';
      ctx.font = (bold ? '600 ' : '') + px + 'px system-ui, sans-serif';
      var w = width(ctx, id, px, bold) + 4, h = px + 3, box = null;
      // below the node, else above, right or left of it
      var spots = [[sx - w / 2, sy + r + 2], [sx - w / 2, sy - r - 2 - h], [sx + r + 3, sy - h / 2], [sx - r - 3 - w, sy - h / 2]];
      for (var k = 0; k < spots.length && !box; k++) {
        var b = { x: spots[k][0], y: spots[k][1], w: w, h: h };
        if (b.x >= 0 && b.x + w <= W && b.y >= 0 && b.y + h <= H && free(b)) box = b;
      }
      if (!box) return;
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)';
      ctx.strokeText(byId[id].label, box.x + w / 2, box.y + 1);
      ctx.fillStyle = '#1d1d1d';
      ctx.fillText(byId[id].label, box.x + w / 2, box.y + 1);
      drawn.push({ id: id, label: byId[id].label, x: box.x, y: box.y, w: w, h: h, px: px, kind: kind });
    }
    Object.keys(pinned).forEach(function (id) { if (pinned[id] && isShown(+id)) place(+id, 'pinned'); });
    var left = top;
    for (var i = 0; i < order.length && drawn.length < MAX; i++) {
      var id = order[i];
      if (!isShown(id)) continue;
      if (pinned[id]) { left--; continue; }
      var kind = left > 0 ? 'top' : 'zoom';
      left--;
      if (place(id, kind) === 'stop') break;
    }
    ctx.restore();
  }
  return {
    draw: draw,
    drawn: function () { return drawn.slice(); },
    pin: function (id, on) { if (on) pinned[id] = true; else delete pinned[id]; },
    unpinAll: function () { pinned = {}; }
  };
}
