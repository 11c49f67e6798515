/* kg preview: search, details panel, pan/zoom, type filter and neighbourhood expansion over the inline SVG.
   Written for kg; no dependencies. Text from the graph is only ever set through textContent, never parsed as HTML.
   The first view shows the data.core highest-ranked entities; clicking a node shows its neighbours too.
   Labels that would overlap a higher-ranked label are hidden (measured with getBBox), and the page records the
   boxes of the labels it shows in data-box, and their count in <html data-labels>, for checks.
   The address fragment drives the page too: #q=everolimus searches, #node=NCIT:C48387 and #edge=e... select,
   #types=drug,target shows only those types. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var svg = document.getElementById("graph");
  var panel = document.getElementById("panel");
  var search = document.getElementById("search");
  var hits = document.getElementById("hits");
  var nodeEls = [];
  var edgeEls = [];
  var labelEls = [];
  var viewport = document.getElementById("viewport");
  var shown = data.nodes.map(function (_, i) { return i < data.core; });
  var typeOn = {};
  var pending = false;
  var nodeIndex = {};
  var edgeIndex = {};
  var adjacency = data.nodes.map(function () { return []; });
  var home = svg.getAttribute("viewBox").split(" ").map(Number);
  var view = home.slice();

  Array.prototype.forEach.call(svg.querySelectorAll("circle.n"), function (el) { nodeEls[+el.dataset.n] = el; });
  Array.prototype.forEach.call(svg.querySelectorAll("line.e"), function (el) { edgeEls[+el.dataset.e] = el; });
  Array.prototype.forEach.call(svg.querySelectorAll("text.l"), function (el) { labelEls[+el.dataset.l] = el; });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-type]"), function (box) {
    typeOn[box.dataset.type] = box.checked;
    box.addEventListener("change", function () { typeOn[box.dataset.type] = box.checked; render(); });
  });
  data.nodes.forEach(function (node, i) { nodeIndex[node.id] = i; });
  data.edges.forEach(function (edge, j) {
    edgeIndex[edge.id] = j;
    adjacency[edge.s].push(j);
    if (edge.t !== edge.s) { adjacency[edge.t].push(j); }
  });

  function make(tag, text, className) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) { el.textContent = String(text); }
    if (className) { el.className = className; }
    return el;
  }

  function field(list, name, value) {
    list.appendChild(make("dt", name));
    var dd = make("dd");
    if (Array.isArray(value)) {
      if (value.length === 0) { dd.textContent = "none"; }
      else {
        var ul = make("ul");
        value.forEach(function (item) { ul.appendChild(make("li", item)); });
        dd.appendChild(ul);
      }
    } else if (value instanceof Node) { dd.appendChild(value); }
    else { dd.textContent = String(value); }
    list.appendChild(dd);
  }

  function button(text, action) {
    var b = make("button", text, "link");
    b.type = "button";
    b.addEventListener("click", action);
    return b;
  }

  function displayed(i) { return shown[i] && typeOn[data.nodes[i].type] !== false; }

  function render() {
    data.nodes.forEach(function (_, i) {
      var on = displayed(i);
      nodeEls[i].classList.toggle("off", !on);
      if (labelEls[i]) { labelEls[i].classList.toggle("off", !on); }
    });
    data.edges.forEach(function (edge, j) {
      edgeEls[j].classList.toggle("off", !(displayed(edge.s) && displayed(edge.t)));
    });
    placeLabels();
  }

  function overlaps(a, b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }

  // Show labels in rank order, skipping any that would overlap one already shown or a higher-ranked node.
  function placeLabels() {
    var boxes = [];
    var candidates = [];
    var circles = [];
    data.nodes.forEach(function (_, i) {
      if (!displayed(i)) { return; }
      var el = nodeEls[i], r = +el.getAttribute("r");
      circles.push({ i: i, x: +el.getAttribute("cx") - r, y: +el.getAttribute("cy") - r, width: 2 * r, height: 2 * r });
    });
    labelEls.forEach(function (el, i) {
      el.classList.remove("cull");
      el.removeAttribute("data-box");
      if (displayed(i)) { candidates.push(i); }
    });
    var measured = candidates.map(function (i) { return labelEls[i].getBBox(); });
    candidates.forEach(function (i, k) {
      var box = measured[k];
      var blocked = boxes.some(function (other) { return overlaps(box, other); }) ||
        circles.some(function (c) { return c.i < i && overlaps(box, c); });
      if (blocked) { labelEls[i].classList.add("cull"); return; }
      boxes.push(box);
      labelEls[i].setAttribute("data-box", [box.x, box.y, box.width, box.height].map(function (v) {
        return v.toFixed(1);
      }).join(","));
    });
    document.documentElement.dataset.labels = String(boxes.length);
    document.documentElement.dataset.nodes = String(data.nodes.filter(function (_, i) { return displayed(i); }).length);
  }

  function expand(i) {
    var added = false;
    adjacency[i].forEach(function (j) {
      var edge = data.edges[j];
      [edge.s, edge.t].forEach(function (k) { if (!shown[k]) { shown[k] = true; added = true; } });
    });
    if (added) { render(); fitDisplayed(); }
  }

  // Zoom out (never in) until every displayed node is in view.
  function fitDisplayed() {
    var x0 = view[0], y0 = view[1], x1 = view[0] + view[2], y1 = view[1] + view[3];
    data.nodes.forEach(function (_, i) {
      if (!displayed(i)) { return; }
      var x = +nodeEls[i].getAttribute("cx"), y = +nodeEls[i].getAttribute("cy");
      x0 = Math.min(x0, x - 20); y0 = Math.min(y0, y - 20); x1 = Math.max(x1, x + 120); y1 = Math.max(y1, y + 20);
    });
    var factor = Math.max((x1 - x0) / view[2], (y1 - y0) / view[3]);
    if (factor > 1.0001) {
      view = [(x0 + x1 - view[2] * factor) / 2, (y0 + y1 - view[3] * factor) / 2, view[2] * factor, view[3] * factor];
      setView();
    }
  }

  function clearSelection() {
    Array.prototype.forEach.call(svg.querySelectorAll(".sel"), function (el) { el.classList.remove("sel"); });
  }

  function nodeButton(i) {
    var node = data.nodes[i];
    return button(node.label + " (" + node.id + ")", function () { showNode(i, true); });
  }

  function showNode(i, centre) {
    var node = data.nodes[i];
    shown[i] = true;
    expand(i);
    if (!displayed(i)) { render(); }
    clearSelection();
    nodeEls[i].classList.add("sel");
    panel.replaceChildren();
    panel.appendChild(make("h2", node.label));
    var dl = make("dl");
    field(dl, "id", node.id);
    field(dl, "type", node.type);
    field(dl, "label", node.label);
    field(dl, "synonyms", node.synonyms);
    field(dl, "xrefs", node.xrefs);
    field(dl, "documents mentioning it", node.documents);
    var ul = make("ul");
    adjacency[i].forEach(function (j) {
      var edge = data.edges[j];
      var other = edge.s === i ? edge.t : edge.s;
      var arrow = edge.s === i ? edge.predicate + " \u2192 " : "\u2190 " + edge.predicate + " ";
      var li = make("li");
      li.appendChild(button(arrow + data.nodes[other].label, function () { showEdge(j); }));
      ul.appendChild(li);
    });
    field(dl, "edges (" + adjacency[i].length + ", neighbours now shown)", ul);
    panel.appendChild(dl);
    panel.dataset.selected = node.id;
    if (centre) { centreOn(+nodeEls[i].getAttribute("cx"), +nodeEls[i].getAttribute("cy")); }
  }

  function showEdge(j) {
    var edge = data.edges[j];
    clearSelection();
    edgeEls[j].classList.add("sel");
    panel.replaceChildren();
    panel.appendChild(make("h2", data.nodes[edge.s].label + " \u2014 " + edge.predicate + " \u2192 " +
      data.nodes[edge.t].label));
    var dl = make("dl");
    field(dl, "predicate", edge.predicate);
    field(dl, "subject", nodeButton(edge.s));
    field(dl, "object", nodeButton(edge.t));
    field(dl, "confidence", edge.confidence);
    var flags = [];
    if (edge.negated) { flags.push("negated"); }
    if (edge.hedged) { flags.push("hedged"); }
    field(dl, "reading", flags.length ? flags.join(", ") : "asserted");
    field(dl, "sources", edge.sources);
    field(dl, "documents", edge.documents);
    var ol = make("ol");
    edge.evidence.forEach(function (sentence) { ol.appendChild(make("li", sentence)); });
    if (edge.more > 0) { ol.appendChild(make("li", "\u2026 " + edge.more + " more sentences", "hint")); }
    field(dl, "evidence", edge.evidence.length ? ol : "curated (no sentence)");
    field(dl, "edge id", edge.id);
    panel.appendChild(dl);
    panel.dataset.selected = edge.id;
  }

  function matches(node, query) {
    if (node.label.toLowerCase().indexOf(query) >= 0 || node.id.toLowerCase().indexOf(query) >= 0) { return true; }
    return node.synonyms.some(function (s) { return s.toLowerCase().indexOf(query) >= 0; });
  }

  function applySearch(text) {
    var query = text.trim().toLowerCase();
    var found = [];
    data.nodes.forEach(function (node, i) {
      var hit = query.length >= 2 && matches(node, query);
      nodeEls[i].classList.toggle("hit", hit);
      if (hit) { found.push(i); shown[i] = true; }
    });
    if (found.length) { render(); }
    svg.classList.toggle("searching", query.length >= 2);
    hits.textContent = query.length >= 2 ? found.length + (found.length === 1 ? " match" : " matches") : "";
    return found;
  }

  // Labels keep their size on screen when zooming, so zooming in makes room for more of them.
  function setView() {
    svg.setAttribute("viewBox", view.map(function (v) { return v.toFixed(2); }).join(" "));
    viewport.style.fontSize = (12 * view[2] / home[2]).toFixed(2) + "px";
    if (!pending) {
      pending = true;
      requestAnimationFrame(function () { pending = false; placeLabels(); });
    }
  }

  function zoom(factor, cx, cy) {
    var w = view[2] * factor;
    if (w < home[2] / 40 || w > home[2] * 8) { return; }
    view = [cx - (cx - view[0]) * factor, cy - (cy - view[1]) * factor, w, view[3] * factor];
    setView();
  }

  function centreOn(x, y) {
    view = [x - view[2] / 2, y - view[3] / 2, view[2], view[3]];
    setView();
  }

  function toSvg(clientX, clientY) {
    var matrix = svg.getScreenCTM();
    if (!matrix) { return { x: view[0] + view[2] / 2, y: view[1] + view[3] / 2 }; }
    var point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  svg.addEventListener("wheel", function (event) {
    event.preventDefault();
    var p = toSvg(event.clientX, event.clientY);
    zoom(event.deltaY < 0 ? 1 / 1.2 : 1.2, p.x, p.y);
  }, { passive: false });

  var drag = null;
  svg.addEventListener("pointerdown", function (event) {
    drag = { x: event.clientX, y: event.clientY, view: view.slice(), moved: false, id: event.pointerId };
  });
  svg.addEventListener("pointermove", function (event) {
    if (!drag) { return; }
    var dx = event.clientX - drag.x;
    var dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    if (!drag.moved) { svg.setPointerCapture(drag.id); svg.classList.add("dragging"); }
    drag.moved = true;
    var rect = svg.getBoundingClientRect();
    var scale = Math.max(view[2] / rect.width, view[3] / rect.height);
    view = [drag.view[0] - dx * scale, drag.view[1] - dy * scale, view[2], view[3]];
    setView();
  });
  function endDrag() {
    if (drag && drag.moved) { svg.classList.remove("dragging"); setTimeout(function () { drag = null; }, 0); }
    else { drag = null; }
  }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);

  svg.addEventListener("click", function (event) {
    if (drag && drag.moved) { return; }
    var target = event.target;
    if (target.dataset && target.dataset.n !== undefined) { showNode(+target.dataset.n, false); }
    else if (target.dataset && target.dataset.e !== undefined) { showEdge(+target.dataset.e); }
  });

  document.getElementById("zoom-in").addEventListener("click", function () {
    zoom(1 / 1.4, view[0] + view[2] / 2, view[1] + view[3] / 2);
  });
  document.getElementById("zoom-out").addEventListener("click", function () {
    zoom(1.4, view[0] + view[2] / 2, view[1] + view[3] / 2);
  });
  document.getElementById("zoom-reset").addEventListener("click", function () {
    shown = data.nodes.map(function (_, i) { return i < data.core; });
    view = home.slice();
    setView();
    render();
  });

  search.addEventListener("input", function () { applySearch(search.value); });
  search.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") { return; }
    var found = applySearch(search.value);
    if (found.length) { showNode(found[0], true); }
  });

  function fromFragment() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var at = part.indexOf("=");
      if (at > 0) { params[part.slice(0, at)] = decodeURIComponent(part.slice(at + 1)); }
    });
    if (params.types !== undefined) {
      var wanted = params.types.split(",");
      Array.prototype.forEach.call(document.querySelectorAll("input[data-type]"), function (box) {
        box.checked = wanted.indexOf(box.dataset.type) >= 0;
        typeOn[box.dataset.type] = box.checked;
      });
      render();
    }
    if (params.q !== undefined) { search.value = params.q; applySearch(params.q); }
    if (params.node !== undefined && nodeIndex[params.node] !== undefined) { showNode(nodeIndex[params.node], false); }
    if (params.edge !== undefined && edgeIndex[params.edge] !== undefined) { showEdge(edgeIndex[params.edge]); }
  }
  window.addEventListener("hashchange", fromFragment);
  viewport.style.fontSize = "12px";
  render();
  fromFragment();
  document.documentElement.dataset.ready = "true";
})();
