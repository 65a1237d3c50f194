/* zhkg offline graph viewer: plain JS + SVG, no libraries, no network. Data: <script id="kg-data">. */
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = data.nodes, edges = data.edges, colours = data.colours || {};
  var byId = {};
  nodes.forEach(function (n, i) { n.index = i; byId[n.id] = n; });
  edges = edges.filter(function (e) { return byId[e.source] && byId[e.target]; });

  function el(tag, attrs, text) {
    var x = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { x.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) x.textContent = String(text);
    return x;
  }
  function sel(tag, attrs) {
    var x = document.createElementNS(SVGNS, tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { x.setAttribute(k, attrs[k]); });
    return x;
  }
  function fold(s) { return String(s || "").normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  function colour(t) { return colours[t] || "#888"; }

  /* ---------- layout: Fruchterman–Reingold with a deterministic start and a cooling schedule ---------- */
  function layout(width, height) {
    var n = nodes.length, seed = 42;
    function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
    var area = width * height, k = Math.sqrt(area / Math.max(n, 1)) * 0.45, gravity = 0.08;
    nodes.forEach(function (p, i) {
      var a = 2 * Math.PI * i / Math.max(n, 1), r = 0.35 * Math.min(width, height) * (0.5 + rnd() * 0.5);
      p.x = width / 2 + r * Math.cos(a); p.y = height / 2 + r * Math.sin(a);
    });
    var iters = n > 600 ? 80 : n > 200 ? 150 : 300, t = Math.min(width, height) / 8;
    var dx = new Float64Array(n), dy = new Float64Array(n);
    for (var it = 0; it < iters; it++) {
      dx.fill(0); dy.fill(0);
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var ex = nodes[i].x - nodes[j].x, ey = nodes[i].y - nodes[j].y, d2 = ex * ex + ey * ey + 0.01;
          var f = k * k / d2;
          dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
        }
      }
      edges.forEach(function (e) {
        var a = byId[e.source], b = byId[e.target];
        var ex = a.x - b.x, ey = a.y - b.y, d = Math.sqrt(ex * ex + ey * ey) + 0.01, f = d / k;
        dx[a.index] -= ex * f; dy[a.index] -= ey * f; dx[b.index] += ex * f; dy[b.index] += ey * f;
      });
      for (i = 0; i < n; i++) {  // displacement capped by the temperature, gentle pull to the centre
        var p = nodes[i];
        dx[i] += (width / 2 - p.x) * gravity * k / 40; dy[i] += (height / 2 - p.y) * gravity * k / 40;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 1e-9, s = Math.min(len, t) / len;
        p.x += dx[i] * s; p.y += dy[i] * s;
      }
      t *= 0.985;
    }
  }

  /* ---------- drawing ---------- */
  var svg = document.getElementById("graph"), viewport = document.getElementById("viewport");
  var gEdges = document.getElementById("edges"), gNodes = document.getElementById("nodes");
  var box = svg.getBoundingClientRect(), W = Math.max(box.width, 400), H = Math.max(box.height, 300);
  layout(W, H);
  var view = { x: 0, y: 0, s: 1 };
  function applyView() {  // labels keep a readable size on screen whatever the zoom
    viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.s + ")");
    var fs = 12 / view.s;
    gNodes.style.fontSize = fs + "px"; gEdges.style.fontSize = (fs * 0.75) + "px";
  }
  function fit() {
    if (!nodes.length) return;
    var xs = nodes.map(function (p) { return p.x; }), ys = nodes.map(function (p) { return p.y; });
    var x0 = Math.min.apply(null, xs) - 60, x1 = Math.max.apply(null, xs) + 60;
    var y0 = Math.min.apply(null, ys) - 30, y1 = Math.max.apply(null, ys) + 30;
    view.s = Math.min(W / (x1 - x0), H / (y1 - y0), 2.5);
    view.x = (W - (x1 + x0) * view.s) / 2; view.y = (H - (y1 + y0) * view.s) / 2; applyView();
  }
  var pairCount = {}, pairSeen = {};  // parallel edges between one pair are drawn as separate arcs
  function pairKey(e) { return e.source < e.target ? e.source + "\u0000" + e.target : e.target + "\u0000" + e.source; }
  edges.forEach(function (e) { var k = pairKey(e); pairCount[k] = (pairCount[k] || 0) + 1; });
  edges.forEach(function (e) {
    var a = byId[e.source], b = byId[e.target], k = pairKey(e);
    var i = pairSeen[k] = (pairSeen[k] || 0) + 1, m = pairCount[k];
    var bend = (i - (m + 1) / 2) * 28 * (e.source < e.target ? 1 : -1);
    var mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    var cx = mx - (b.y - a.y) / len * bend * 2, cy = my + (b.x - a.x) / len * bend * 2;
    var g = sel("g", { "class": "edge", "data-source": e.source, "data-target": e.target });
    var path = sel("path", { d: "M" + a.x + "," + a.y + " Q" + cx + "," + cy + " " + b.x + "," + b.y, fill: "none", "marker-end": "url(#arrow)" });
    var title = sel("title"); title.textContent = e.label + (e.evidence && e.evidence.length ? "\n" + e.evidence.join("\n") : "");
    path.appendChild(title);
    var label = sel("text", { x: (mx + cx) / 2, y: (my + cy) / 2 - 2, "text-anchor": "middle" });
    label.textContent = e.label;
    g.appendChild(path); g.appendChild(label); gEdges.appendChild(g);
  });
  var defs = sel("defs"), marker = sel("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "18", refY: "5",
    markerWidth: "6", markerHeight: "6", orient: "auto-start-reverse" });
  marker.appendChild(sel("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#9aa" }));
  defs.appendChild(marker); svg.insertBefore(defs, svg.firstChild);
  var nodeEls = {};
  nodes.forEach(function (p) {
    var r = 6 + Math.min(Math.sqrt(p.mentions || 0) * 1.5, 14);
    var g = sel("g", { "class": "node", "data-id": p.id, "data-type": p.type, transform: "translate(" + p.x + "," + p.y + ")" });
    g.appendChild(sel("circle", { r: r, fill: colour(p.type) }));
    var t = sel("text", { x: r + 3, y: 4 }); t.textContent = p.label; g.appendChild(t);
    var title = sel("title"); title.textContent = p.label + (p.aliases.length ? " (" + p.aliases.join("、") + ")" : ""); g.appendChild(title);
    g.addEventListener("click", function (ev) { ev.stopPropagation(); select(p.id); });
    gNodes.appendChild(g); nodeEls[p.id] = g;
  });
  fit();

  /* ---------- pan & zoom ---------- */
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX - view.x, y: ev.clientY - view.y }; svg.classList.add("panning"); });
  window.addEventListener("mousemove", function (ev) { if (drag) { view.x = ev.clientX - drag.x; view.y = ev.clientY - drag.y; applyView(); } });
  window.addEventListener("mouseup", function () { drag = null; svg.classList.remove("panning"); });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = svg.getBoundingClientRect(), mx = ev.clientX - r.left, my = ev.clientY - r.top;
    var f = ev.deltaY < 0 ? 1.15 : 1 / 1.15;
    view.x = mx - (mx - view.x) * f; view.y = my - (my - view.y) * f; view.s *= f; applyView();
  }, { passive: false });

  /* ---------- legend & stats ---------- */
  var legend = document.getElementById("legend"), counts = {};
  nodes.forEach(function (p) { counts[p.type] = (counts[p.type] || 0) + 1; });
  Object.keys(counts).sort().forEach(function (t) {
    var li = el("li"), dot = el("i"); dot.style.background = colour(t);
    li.appendChild(dot); li.appendChild(document.createTextNode(t + " " + counts[t])); legend.appendChild(li);
  });
  var nFigures = nodes.reduce(function (s, p) { return s + p.figures.length; }, 0);
  document.getElementById("stats").textContent = nodes.length + " entities · " + edges.length + " relations · " + nFigures + " figures";

  /* ---------- search by name or alias ---------- */
  var input = document.getElementById("search"), results = document.getElementById("results");
  function search(q) {
    var f = fold(q), hits = [];
    Object.keys(nodeEls).forEach(function (id) { nodeEls[id].classList.remove("match"); });
    results.textContent = "";
    if (!f) { svg.classList.remove("filtering"); return hits; }
    nodes.forEach(function (p) {
      var names = [[p.label, ""], [p.label_en, "en"], [p.id, "id"]].concat(p.aliases.map(function (a) { return [a, "alias"]; }));
      for (var i = 0; i < names.length; i++) {
        if (names[i][0] && fold(names[i][0]).indexOf(f) >= 0) {
          hits.push({ node: p, via: names[i][1] ? names[i][0] : "", exact: fold(names[i][0]) === f }); break;
        }
      }
    });
    hits.sort(function (a, b) { return (b.exact - a.exact) || (b.node.mentions - a.node.mentions); });
    svg.classList.add("filtering");
    hits.forEach(function (h) {
      nodeEls[h.node.id].classList.add("match");
      var li = el("li", { "data-id": h.node.id }), dot = el("span", { "class": "dot" });
      dot.style.background = colour(h.node.type);
      li.appendChild(dot); li.appendChild(el("span", { "class": "name" }, h.node.label));
      if (h.via && h.via !== h.node.label) li.appendChild(el("span", { "class": "via" }, "← " + h.via));
      li.addEventListener("click", function () { select(h.node.id); });
      results.appendChild(li);
    });
    if (!hits.length) results.appendChild(el("li", { "class": "hint" }, "无结果 · no match"));
    return hits;
  }
  input.addEventListener("input", function () { search(input.value); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var first = results.querySelector("li[data-id]"); if (first) select(first.getAttribute("data-id")); }
  });

  /* ---------- details panel ---------- */
  var details = document.getElementById("details");
  function quote(text) { return el("blockquote", { "class": "evidence" }, text); }
  function nav(id) { var a = el("a", { "class": "nav" }, byId[id] ? byId[id].label : id); a.addEventListener("click", function () { select(id); }); return a; }
  function select(id) {
    var p = byId[id]; if (!p) return;
    Object.keys(nodeEls).forEach(function (k) { nodeEls[k].classList.toggle("selected", k === id); });
    details.textContent = "";
    details.setAttribute("data-selected", id);
    details.appendChild(el("h2", null, p.label));
    var type = el("span", { "class": "type" }, p.type); type.style.background = colour(p.type); details.appendChild(type);
    if (p.label_en) details.appendChild(el("div", { "class": "en" }, p.label_en));
    details.appendChild(el("div", { "class": "id" }, p.id + (p.wikidata ? " · Wikidata " + p.wikidata : "") + " · " + (p.mentions || 0) + " mentions"));
    details.appendChild(el("h3", null, "别名 Aliases"));
    var ul = el("ul", { "class": "aliases" });
    if (p.aliases.length) p.aliases.forEach(function (a) { ul.appendChild(el("li", null, a)); });
    else ul.appendChild(el("li", { "class": "hint" }, "—"));
    details.appendChild(ul);
    details.appendChild(el("h3", null, "数据 Figures"));
    ul = el("ul", { "class": "figures" });
    if (!p.figures.length) ul.appendChild(el("li", { "class": "hint" }, "—"));
    p.figures.forEach(function (f) {
      var li = el("li", null, f.label + (f.date ? " (" + f.date + ")" : ""));
      if (f.confidence !== undefined) li.appendChild(el("span", { "class": "conf" }, " · " + f.confidence));
      (f.evidence || []).forEach(function (t) { li.appendChild(quote(t)); });
      ul.appendChild(li);
    });
    details.appendChild(ul);
    details.appendChild(el("h3", null, "关系 Relations"));
    ul = el("ul", { "class": "relations" });
    var rel = edges.filter(function (e) { return e.source === id || e.target === id; });
    if (!rel.length) ul.appendChild(el("li", { "class": "hint" }, "—"));
    rel.forEach(function (e) {
      var li = el("li");
      li.appendChild(nav(e.source)); li.appendChild(document.createTextNode(" —" + e.label + "→ ")); li.appendChild(nav(e.target));
      if (e.confidence !== undefined) li.appendChild(el("span", { "class": "conf" }, " · " + e.confidence));
      (e.evidence || []).forEach(function (t) { li.appendChild(quote(t)); });
      ul.appendChild(li);
    });
    details.appendChild(ul);
  }

  /* ---------- #q=… / #select=… for links and headless checks ---------- */
  function fromHash() {
    var h = decodeURIComponent(location.hash.replace(/^#/, "")), m;
    if ((m = /(?:^|&)q=([^&]*)/.exec(h))) { input.value = m[1]; var hits = search(m[1]); if (hits.length) select(hits[0].node.id); }
    if ((m = /(?:^|&)select=([^&]*)/.exec(h))) select(m[1]);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
  document.body.setAttribute("data-nodes", String(gNodes.childNodes.length));
  document.body.setAttribute("data-edges", String(gEdges.childNodes.length));
  // for headless checks: how many resources the page requested (it should be none), counted once loaded
  function countResources() { document.body.setAttribute("data-resources", String(performance.getEntriesByType("resource").length)); }
  countResources();
  window.addEventListener("load", function () { countResources(); document.body.setAttribute("data-ready", "1"); });
  window.zhkgViewer = { search: search, select: select, nodes: nodes, edges: edges };
})();
