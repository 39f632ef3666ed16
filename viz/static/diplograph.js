/* diplograph visualizer: plain JS, no build step.
 *
 * Reads the page data from <script id="dg-data" type="application/json"> (built in viz/render.py),
 * draws the pyvis-built network with vis-network, filters it live through vis DataViews, and
 * explains every node and line in the side panel. Text from the data only ever reaches the page
 * through textContent / text nodes (never innerHTML), and tooltips are DOM elements.
 */
"use strict";

(function () {
  const DATA = JSON.parse(document.getElementById("dg-data").textContent);
  const API = DATA.apiBase || "/api/v1";
  const STANDALONE = !!DATA.standalone;
  const STYLES = DATA.styles || {};

  // ------------------------------------------------------------------ DOM helpers (text only)

  /** el("a", {href, class, text, onclick}, child...): children are nodes or plain text. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const $ = (id) => document.getElementById(id);
  const enc = encodeURIComponent;

  /** Only http(s) links from articles become hrefs; anything else (javascript:, data:) stays text. */
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      const u = new URL(url, "http://invalid.local/");
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  async function api(path) {
    const res = await fetch(API + path, { headers: { Accept: "application/json" } });
    if (!res.ok) {
      let detail = res.statusText;
      try {
        const problem = await res.json();
        detail = problem.detail || problem.title || detail;
      } catch (e) { /* not JSON */ }
      throw new Error(`${res.status} ${detail}`);
    }
    return res.json();
  }

  /** A list out of an API answer: a bare array or a page object ({items: [...]}, ...). */
  function listOf(res) {
    if (Array.isArray(res)) return res;
    if (!res || typeof res !== "object") return [];
    for (const key of ["items", "results", "data", "entities", "evidence", "claims"]) {
      if (Array.isArray(res[key])) return res[key];
    }
    return [];
  }

  function swatch(type) {
    const style = STYLES[type] || { color: "#999", shape: "dot" };
    const s = el("span", { class: `swatch shape-${style.shape}` });
    s.style.backgroundColor = style.color;
    return s;
  }

  // ------------------------------------------------------------------ type-ahead search

  function normEntity(e) {
    const entity = e.entity || e;
    return {
      id: entity.id,
      name: entity.name ?? entity.label ?? entity.id,
      type: entity.type ?? entity.etype ?? "",
      aliases: entity.aliases || [],
      matched: e.matched ?? e.match ?? null,
    };
  }

  /** Suggestions under `input` from /entities?q=; onPick(entity) on click or Enter. */
  function attachTypeahead(input, list, onPick) {
    if (!input || !list) return;
    let timer = null;
    let seq = 0;
    let items = [];
    let active = -1;

    function close() {
      list.hidden = true;
      active = -1;
    }
    function draw(message) {
      list.replaceChildren();
      if (message) list.append(el("li", { class: "muted", text: message }));
      items.forEach((item, i) => {
        const alias = item.matched && item.matched !== item.name ? ` (${item.matched})` : "";
        const li = el("li", { role: "option", class: i === active ? "active" : null },
          swatch(item.type), el("span", { class: "name", text: item.name + alias }),
          el("span", { class: "muted", text: item.type }));
        // mousedown, not click: it fires before the input's blur closes the list.
        li.addEventListener("mousedown", (ev) => { ev.preventDefault(); pick(item); });
        list.append(li);
      });
      list.hidden = !message && items.length === 0;
    }
    function pick(item) {
      input.value = item.name;
      input.dataset.id = item.id;
      close();
      onPick(item);
    }
    async function run() {
      const q = input.value.trim();
      const mine = ++seq;
      delete input.dataset.id;
      if (!q) { items = []; close(); return; }
      try {
        const res = await api(`/entities?q=${enc(q)}&limit=8`);
        if (mine !== seq) return; // a newer keystroke already answered
        items = listOf(res).map(normEntity).filter((e) => e.id);
        active = items.length ? 0 : -1;
        draw(items.length ? null : "No match");
      } catch (err) {
        if (mine !== seq) return;
        items = [];
        draw(`Search failed: ${err.message}`);
      }
    }
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 150); });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        if (!items.length) return;
        ev.preventDefault();
        active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        draw(null);
      } else if (ev.key === "Enter") {
        if (items.length && !list.hidden) {
          ev.preventDefault();
          pick(items[Math.max(active, 0)]);
        }
      } else if (ev.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  }

  function entityHref(id, hash) {
    return `/viz/entity/${enc(id)}${hash || ""}`;
  }

  // ------------------------------------------------------------------ home and message pages

  function initHome() {
    attachTypeahead($("search"), $("search-results"), (e) => { location.href = entityHref(e.id); });
    attachTypeahead($("pair-a"), $("pair-a-results"), () => $("pair-b") && $("pair-b").focus());
    attachTypeahead($("pair-b"), $("pair-b-results"), () => {});
    const form = $("pair-form");
    if (form) {
      form.addEventListener("submit", (ev) => {
        ev.preventDefault();
        const a = $("pair-a").dataset.id || $("pair-a").value.trim();
        const b = $("pair-b").dataset.id || $("pair-b").value.trim();
        if (a && b) location.href = `/viz/pair/${enc(a)}/${enc(b)}`;
      });
    }
    document.querySelectorAll(".swatch[data-etype]").forEach((s) => {
      const style = STYLES[s.dataset.etype];
      if (style) {
        s.classList.add(`shape-${style.shape}`);
        s.style.backgroundColor = style.color;
      }
    });
  }

  // ------------------------------------------------------------------ dates

  const pad4 = (y) => String(y).padStart(4, "0");

  /** "1991" | "1991-12" | "1991-12-16" -> first and last day it covers, as ISO strings. */
  function dateBounds(text) {
    if (typeof text !== "string") return null;
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (!m) return null;
    const [, y, mo, d] = m;
    if (d) return { start: text, end: text };
    if (mo) {
      const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
      return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${String(last).padStart(2, "0")}` };
    }
    return { start: `${y}-01-01`, end: `${y}-12-31` };
  }

  function dateLabel(e) {
    if (!e.date) return "";
    return e.date_end ? `${e.date} – ${e.date_end}` : e.date;
  }

  // ------------------------------------------------------------------ graph pages

  function initGraph() {
    if (typeof vis === "undefined") {
      $("status").textContent = "vis-network did not load.";
      return;
    }
    const VOCAB = DATA.vocabulary || { entity_types: [], relation_types: [] };
    const RELTYPES = Object.fromEntries(VOCAB.relation_types.map((r) => [r.name, r]));
    const focus = new Set(DATA.focus || []);
    const evidenceCache = new Map(Object.entries(DATA.evidence || {}));

    const state = {
      hiddenTypes: new Set(),
      hiddenRels: new Set(),
      hiddenNodes: new Set(),
      expanded: [],
      time: { mode: "range", from: null, to: null, undated: true },
      selection: null, // {kind: "node" | "edge", id}
    };

    // -------- tooltips: DOM elements, so vis shows them as text whatever the names contain
    function nodeTooltip(n) {
      const box = el("div", { class: "tip" }, el("b", { text: n.name }),
        el("div", { class: "muted", text: `${n.etype} · ${n.id}` }));
      if (n.aliases && n.aliases.length) {
        box.append(el("div", { text: "also: " + n.aliases.slice(0, 8).join(", ") }));
      }
      return box;
    }
    function edgeTooltip(e) {
      const from = nodes.get(e.from);
      const to = nodes.get(e.to);
      return el("div", { class: "tip" },
        el("b", { text: `${from ? from.name : e.from} ${e.rtype} ${to ? to.name : e.to}` }),
        el("div", { text: [dateLabel(e) || "undated", `${e.articles ?? "?"} source(s)`,
          `confidence ${Number(e.confidence ?? 0).toFixed(2)}`].join(" · ") }),
        e.conflict ? el("div", { class: "warn", text: "sources disagree on the date" }) : null);
    }

    // -------- the same styling as viz/network.py, for items the browser adds (expansion)
    function decorateNode(raw) {
      const style = STYLES[raw.etype] || { color: "#999", shape: "dot", size: 12 };
      const name = raw.name ?? raw.label ?? raw.id;
      return {
        id: raw.id,
        label: raw.label ?? (name.length <= 40 ? name : name.slice(0, 39) + "…"),
        shape: raw.shape ?? style.shape,
        color: raw.color ?? style.color,
        size: raw.size ?? style.size,
        borderWidth: raw.borderWidth ?? (focus.has(raw.id) ? 4 : 1),
        etype: raw.etype, name, aliases: raw.aliases || [], focus: focus.has(raw.id),
      };
    }
    function curvature(index) {
      if (index === 0) return { enabled: false };
      return { enabled: true, type: index % 2 ? "curvedCW" : "curvedCCW",
        roundness: 0.3 * Math.floor((index + 1) / 2) };
    }
    function decorateEdge(raw, index) {
      const rel = RELTYPES[raw.rtype] || {};
      const symmetric = raw.symmetric ?? !!rel.symmetric;
      const e = {
        ...raw,
        label: raw.label ?? [raw.rtype, dateLabel(raw)].filter(Boolean).join(" "),
        arrows: raw.arrows ?? { to: { enabled: !symmetric, scaleFactor: 0.6 } },
        color: raw.color ?? { color: rel.color || "#888", highlight: "#000000", opacity: 0.85 },
        dashes: raw.dashes ?? !!raw.conflict,
        smooth: raw.smooth ?? curvature(index),
        symmetric,
        kind: raw.kind ?? rel.kind ?? null,
      };
      const b = dateBounds(e.date);
      const bEnd = dateBounds(e.date_end || e.date);
      e._start = b ? b.start : null;
      e._end = bEnd ? bEnd.end : null;
      return e;
    }

    const nodes = new vis.DataSet();
    const edges = new vis.DataSet();
    const pairCount = new Map();
    const pairKey = (a, b) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

    /** Add pyvis- or API-made items not yet drawn; returns the ids of the new nodes. */
    function addItems(rawNodes, rawEdges) {
      const newNodes = [];
      for (const raw of rawNodes) {
        if (!raw.id || nodes.get(raw.id)) continue;
        const n = decorateNode(raw);
        n.title = nodeTooltip(n);
        nodes.add(n);
        newNodes.push(n.id);
      }
      for (const raw of rawEdges) {
        if (!raw.id || edges.get(raw.id) || !nodes.get(raw.from) || !nodes.get(raw.to)) continue;
        const key = pairKey(raw.from, raw.to);
        const index = pairCount.get(key) || 0;
        pairCount.set(key, index + 1);
        const e = decorateEdge(raw, index);
        e.title = edgeTooltip(e);
        edges.add(e);
      }
      return newNodes;
    }
    addItems(DATA.network.nodes, DATA.network.edges);

    // -------- filtering: which edges and nodes pass; the DataViews read these sets
    let visibleEdges = new Set();
    let visibleNodes = new Set();
    let years = { min: null, max: null };

    function timeOk(e) {
      const t = state.time;
      if (!e._start) return t.undated;
      if (t.to !== null && e._start > `${pad4(t.to)}-12-31`) return false;
      if (t.mode === "asof") return true; // started by then: still part of the picture
      return t.from === null || e._end >= `${pad4(t.from)}-01-01`;
    }
    function nodeTypeOk(id) {
      const n = nodes.get(id);
      return !!n && !state.hiddenTypes.has(n.etype) && !state.hiddenNodes.has(id);
    }
    /** Keep where the drawn nodes are, so a node a filter hides comes back to the same place
     * (vis forgets the position of a node that leaves the DataView). */
    function rememberPositions() {
      if (!network || !laidOut) return;
      const updates = Object.entries(network.getPositions()).map(([id, p]) => ({ id, x: p.x, y: p.y }));
      if (updates.length) nodes.update(updates);
    }
    function recompute() {
      rememberPositions();
      const degree = new Map();
      const total = new Map();
      visibleEdges = new Set();
      edges.forEach((e) => {
        total.set(e.from, (total.get(e.from) || 0) + 1);
        total.set(e.to, (total.get(e.to) || 0) + 1);
        if (state.hiddenRels.has(e.rtype) || !timeOk(e)) return;
        if (!nodeTypeOk(e.from) || !nodeTypeOk(e.to)) return;
        visibleEdges.add(e.id);
        degree.set(e.from, (degree.get(e.from) || 0) + 1);
        degree.set(e.to, (degree.get(e.to) || 0) + 1);
      });
      // A node shows when it has a visible line, is a focus, or never had any line at all.
      visibleNodes = new Set();
      nodes.forEach((n) => {
        if (!nodeTypeOk(n.id)) return;
        if (degree.get(n.id) || n.focus || !total.get(n.id)) visibleNodes.add(n.id);
      });
      nodesView.refresh();
      edgesView.refresh();
      // Nodes never laid out (hidden from the start) need a short layout when they show up.
      if (network && laidOut && [...visibleNodes].some((id) => nodes.get(id).x === undefined)) {
        relayout();
      }
      updateCounts();
      updateTimeline();
      writeHash();
    }
    const nodesView = new vis.DataView(nodes, { filter: (n) => visibleNodes.has(n.id) });
    const edgesView = new vis.DataView(edges, { filter: (e) => visibleEdges.has(e.id) });

    // -------- URL: view in the path; selection, time window and filters in the hash
    function readHash() {
      const p = new URLSearchParams(location.hash.slice(1));
      const year = (v) => (v && /^\d{1,4}$/.test(v) ? Number(v) : null);
      const list = (v) => (v ? v.split(",").filter(Boolean) : []);
      state.time.mode = p.get("mode") === "asof" ? "asof" : "range";
      state.time.from = year(p.get("from"));
      state.time.to = year(p.get("to"));
      state.time.undated = p.get("undated") !== "0";
      list(p.get("xt")).forEach((t) => state.hiddenTypes.add(t));
      list(p.get("xr")).forEach((t) => state.hiddenRels.add(t));
      list(p.get("hide")).forEach((t) => state.hiddenNodes.add(t));
      state.expanded = list(p.get("exp"));
      const sel = p.get("sel");
      if (sel && /^[ne]:./.test(sel)) {
        state.selection = { kind: sel[0] === "n" ? "node" : "edge", id: sel.slice(2) };
      }
    }
    function hashString(withSelection) {
      const p = new URLSearchParams();
      const t = state.time;
      if (withSelection && state.selection) {
        p.set("sel", `${state.selection.kind === "node" ? "n" : "e"}:${state.selection.id}`);
      }
      if (t.mode !== "range") p.set("mode", t.mode);
      if (t.from !== null) p.set("from", t.from);
      if (t.to !== null) p.set("to", t.to);
      if (!t.undated) p.set("undated", "0");
      if (state.hiddenTypes.size) p.set("xt", [...state.hiddenTypes].join(","));
      if (state.hiddenRels.size) p.set("xr", [...state.hiddenRels].join(","));
      if (state.hiddenNodes.size) p.set("hide", [...state.hiddenNodes].join(","));
      if (state.expanded.length) p.set("exp", state.expanded.join(","));
      const text = p.toString();
      return text ? `#${text}` : "";
    }
    let hashReady = false;
    function writeHash() {
      if (!hashReady) return;
      const target = location.pathname + location.search + hashString(true);
      try {
        history.replaceState(null, "", target);
      } catch (e) {
        location.replace(hashString(true) || "#");
      }
    }

    // -------- legend and type filters (built from the vocabulary)
    function legendRow(checked, onToggle, ...content) {
      const box = el("input", { type: "checkbox" });
      box.checked = checked;
      box.addEventListener("change", () => onToggle(box.checked));
      return el("label", { class: "row" }, box, ...content);
    }
    const entityCounts = new Map();
    const relationCounts = new Map();
    function buildLegend() {
      const ents = $("legend-entities");
      ents.replaceChildren();
      for (const t of VOCAB.entity_types) {
        const count = el("span", { class: "count" });
        entityCounts.set(t.name, count);
        const row = legendRow(!state.hiddenTypes.has(t.name), (on) => {
          if (on) state.hiddenTypes.delete(t.name); else state.hiddenTypes.add(t.name);
          recompute();
        }, swatch(t.name), el("span", { text: t.name }), count);
        row.title = t.description;
        row.dataset.etype = t.name;
        ents.append(row);
      }
      const rels = $("legend-relations");
      rels.replaceChildren();
      for (const r of VOCAB.relation_types) {
        const line = el("span", { class: r.symmetric ? "line" : "line arrow" });
        line.style.backgroundColor = r.color;
        line.style.color = r.color;
        const count = el("span", { class: "count" });
        relationCounts.set(r.name, count);
        const row = legendRow(!state.hiddenRels.has(r.name), (on) => {
          if (on) state.hiddenRels.delete(r.name); else state.hiddenRels.add(r.name);
          recompute();
        }, line, el("span", { text: r.name }), count);
        row.title = `${r.description} (${r.kind}${r.symmetric ? ", symmetric" : ""})`;
        row.dataset.rtype = r.name;
        rels.append(row);
      }
    }
    function updateCounts() {
      const ec = new Map();
      const rc = new Map();
      nodes.forEach((n) => ec.set(n.etype, (ec.get(n.etype) || 0) + 1));
      edges.forEach((e) => rc.set(e.rtype, (rc.get(e.rtype) || 0) + 1));
      for (const [name, span] of entityCounts) {
        span.textContent = String(ec.get(name) || 0);
        span.parentElement.classList.toggle("absent", !ec.get(name));
      }
      for (const [name, span] of relationCounts) {
        span.textContent = String(rc.get(name) || 0);
        span.parentElement.classList.toggle("absent", !rc.get(name));
      }
      const hidden = $("hidden-list");
      hidden.replaceChildren();
      for (const id of state.hiddenNodes) {
        const n = nodes.get(id);
        hidden.append(el("li", {}, el("span", { text: n ? n.name : id }), " ",
          el("button", { type: "button", class: "link", text: "show", onclick: () => {
            state.hiddenNodes.delete(id);
            recompute();
          } })));
      }
      $("hidden-box").hidden = state.hiddenNodes.size === 0;
      if (stable) {
        setStatus(`${visibleNodes.size} of ${nodes.length} entities · ` +
          `${visibleEdges.size} of ${edges.length} relations shown`);
      }
    }

    // -------- time bar
    const tb = {
      bar: $("timebar"), mode: $("tb-mode"), from: $("tb-from"), to: $("tb-to"),
      label: $("tb-label"), play: $("tb-play"), undated: $("tb-undated"), reset: $("tb-reset"),
    };
    function yearRange() {
      let min = null;
      let max = null;
      edges.forEach((e) => {
        if (!e._start) return;
        const a = Number(e._start.slice(0, 4));
        const b = Number(e._end.slice(0, 4));
        min = min === null ? a : Math.min(min, a);
        max = max === null ? b : Math.max(max, b);
      });
      return { min, max };
    }
    function syncTimebar() {
      years = yearRange();
      const anyUndated = edges.get({ filter: (e) => !e._start }).length > 0;
      tb.bar.hidden = years.min === null && !anyUndated;
      const dated = years.min !== null;
      for (const input of [tb.from, tb.to]) {
        input.disabled = !dated;
        if (!dated) continue;
        input.min = String(years.min);
        input.max = String(years.max);
        input.step = "1";
      }
      const t = state.time;
      tb.mode.value = t.mode;
      tb.from.hidden = t.mode === "asof";
      tb.from.value = String(t.from ?? years.min ?? "");
      tb.to.value = String(t.to ?? years.max ?? "");
      tb.undated.checked = t.undated;
      let text;
      if (!dated) text = "no dated relations";
      else if (t.mode === "asof") text = `as of ${t.to ?? years.max}`;
      else text = `${t.from ?? years.min} – ${t.to ?? years.max}`;
      tb.label.textContent = text;
    }
    function setTime(changes) {
      Object.assign(state.time, changes);
      const t = state.time;
      // A bound at the edge of the data means "open": the view keeps up when data is added.
      if (t.from !== null && years.min !== null && t.from <= years.min) t.from = null;
      if (t.to !== null && years.max !== null && t.to >= years.max && t.mode === "range") {
        t.to = null;
      }
      if (t.from !== null && t.to !== null && t.from > t.to) {
        if ("from" in changes) t.to = t.from; else t.from = t.to;
      }
      syncTimebar();
      recompute();
    }
    tb.mode.addEventListener("change", () => setTime({ mode: tb.mode.value }));
    tb.from.addEventListener("input", () => setTime({ from: Number(tb.from.value) }));
    tb.to.addEventListener("input", () => setTime({ to: Number(tb.to.value) }));
    tb.undated.addEventListener("change", () => setTime({ undated: tb.undated.checked }));
    tb.reset.addEventListener("click", () => {
      stopPlay();
      setTime({ mode: "range", from: null, to: null, undated: true });
    });
    let playTimer = null;
    function stopPlay() {
      if (playTimer !== null) clearInterval(playTimer);
      playTimer = null;
      tb.play.textContent = "▶ Play";
    }
    tb.play.addEventListener("click", () => {
      if (playTimer !== null) { stopPlay(); return; }
      if (years.min === null) return;
      let year = years.min;
      tb.play.textContent = "❚❚ Pause";
      setTime({ mode: "asof", to: year });
      playTimer = setInterval(() => {
        year += 1;
        if (year > years.max) { stopPlay(); return; }
        setTime({ mode: "asof", to: year });
      }, 800);
    });

    // -------- side panel
    const panel = $("panel-body");
    function nameOf(id) {
      const n = nodes.get(id);
      return n ? n.name : id;
    }
    function fact(dl, term, value) {
      if (value === null || value === undefined || value === "") return;
      dl.append(el("dt", { text: term }), el("dd", { text: String(value) }));
    }
    function evidenceList(items) {
      if (!items.length) return el("p", { class: "muted", text: "No evidence stored." });
      const list = el("ol", { class: "evidence" });
      for (const ev of items) {
        const a = ev.article || {};
        const href = safeUrl(a.url);
        const title = a.title || a.url || `article ${a.id || "?"}`;
        const meta = el("div", { class: "meta" },
          href ? el("a", { href, target: "_blank", rel: "noopener noreferrer", text: title })
            : el("span", { class: "title", text: title }));
        const bits = [];
        if (a.source) bits.push(a.source);
        if (a.published) bits.push(`published ${a.published}`);
        const from = { sentence: " (from the sentence)", publication: " (from the publication date)" };
        if (ev.date) bits.push(`date ${ev.date}${from[ev.date_source] || ""}`);
        if (ev.confidence !== undefined && ev.confidence !== null) {
          bits.push(`confidence ${Number(ev.confidence).toFixed(2)}`);
        }
        if (ev.rule) bits.push(`rule ${ev.rule}`);
        meta.append(el("div", { class: "muted", text: bits.join(" · ") }));
        list.append(el("li", {}, el("blockquote", { class: "sentence", text: ev.sentence || "" }), meta));
      }
      return list;
    }
    /** The API's evidence item -> the page's shape (see viz/render.py evidence_dict). */
    function normEvidence(ev) {
      const art = ev.article && typeof ev.article === "object" ? ev.article : {};
      return {
        sentence: ev.sentence ?? ev.text ?? "",
        date: ev.date ?? null,
        date_source: ev.date_source ?? null,
        confidence: ev.confidence ?? null,
        rule: ev.rule ?? null,
        article: {
          id: art.id ?? ev.article_id ?? null,
          title: art.title ?? ev.article_title ?? null,
          url: art.url ?? ev.article_url ?? null,
          source: art.source ?? ev.article_source ?? null,
          published: art.published ?? ev.article_published ?? null,
        },
      };
    }
    async function evidenceFor(id) {
      if (evidenceCache.has(id)) return evidenceCache.get(id);
      if (STANDALONE) return [];
      const items = listOf(await api(`/relations/${enc(id)}/evidence?limit=100`)).map(normEvidence);
      evidenceCache.set(id, items);
      return items;
    }

    function showEdge(id) {
      const e = edges.get(id);
      if (!e) return;
      const rel = RELTYPES[e.rtype] || {};
      const arrow = e.symmetric ? "—" : "→";
      const head = el("h3", { class: "edge-head" }, el("span", { text: nameOf(e.from) }),
        el("span", { class: "rtype", text: ` ${arrow} ${e.rtype} ${arrow} ` }),
        el("span", { text: nameOf(e.to) }));
      const dl = el("dl", { class: "facts" });
      fact(dl, "Date", e.date || "undated");
      fact(dl, "Until", e.date_end);
      fact(dl, "Kind", e.kind);
      fact(dl, "Sources", `${e.articles ?? "?"} article(s), ${e.claims ?? "?"} claim(s)`);
      fact(dl, "Confidence", e.confidence === undefined ? null : Number(e.confidence).toFixed(2));
      fact(dl, "First reported", e.first_reported);
      fact(dl, "Last reported", e.last_reported);
      if (e.conflict) fact(dl, "Conflict", "the sources give different dates");
      fact(dl, "Relation id", e.id);
      const evBox = el("div", { id: "evidence-box" }, el("p", { class: "muted", text: "Loading evidence…" }));
      const hiddenNote = visibleEdges.has(id)
        ? null : el("p", { class: "warn", text: "Hidden by the current filters." });
      panel.replaceChildren(...[head, el("p", { class: "muted", text: rel.description || "" }),
        hiddenNote, dl, el("h4", { text: "Evidence" }), evBox].filter(Boolean));
      evidenceFor(id).then((items) => {
        if (!state.selection || state.selection.id !== id) return;
        evBox.replaceChildren(evidenceList(items));
      }).catch((err) => {
        evBox.replaceChildren(el("p", { class: "warn", text: `Evidence unavailable: ${err.message}` }));
      });
    }

    function showNode(id) {
      const n = nodes.get(id);
      if (!n) return;
      const actions = el("div", { class: "buttons" });
      if (!STANDALONE) {
        actions.append(el("button", { type: "button", text: "Expand", onclick: () => expand(id) }));
      }
      actions.append(
        el("button", { type: "button", text: "Hide", onclick: () => hideNode(id) }),
        el("button", { type: "button", text: "Re-centre", onclick: () => recentre(id) }));
      if (!STANDALONE) {
        actions.append(el("a", { class: "button", href: entityHref(id), text: "Open" }));
        const other = [...focus].find((f) => f !== id);
        if (other) {
          actions.append(el("a", { class: "button", href: `/viz/pair/${enc(other)}/${enc(id)}`,
            text: `Pair with ${nameOf(other)}` }));
        }
      }
      const dl = el("dl", { class: "facts" });
      fact(dl, "Type", n.etype);
      fact(dl, "Id", n.id);
      if (n.aliases && n.aliases.length) fact(dl, "Also called", n.aliases.join(", "));
      const rels = el("ul", { class: "plain rels" });
      const mine = edges.get({ filter: (e) => e.from === id || e.to === id });
      mine.sort((a, b) => String(a._start || "9999").localeCompare(String(b._start || "9999")));
      for (const e of mine) {
        const out = e.from === id;
        const other = nameOf(out ? e.to : e.from);
        const text = `${e.date || "undated"} · ${out ? "" : "← "}${e.rtype}${out ? " →" : ""} ${other}`;
        rels.append(el("li", { class: visibleEdges.has(e.id) ? null : "filtered" },
          el("button", { type: "button", class: "link", text, onclick: () => select("edge", e.id, true) })));
      }
      const extra = el("div", { id: "entity-extra" });
      panel.replaceChildren(el("h3", {}, swatch(n.etype), el("span", { text: n.name })), actions, dl,
        el("h4", { text: `Relations in this view (${mine.length})` }), rels, extra);
      if (!STANDALONE) loadEntityExtra(id, extra);
    }
    /** Facts only the API knows (posts, first/last reported); shown when it answers. */
    async function loadEntityExtra(id, box) {
      try {
        const info = await api(`/entities/${enc(id)}`);
        if (!state.selection || state.selection.id !== id) return;
        const dl = el("dl", { class: "facts" });
        const src = info.entity && typeof info.entity === "object" ? { ...info.entity, ...info } : info;
        fact(dl, "First reported", src.first_reported);
        fact(dl, "Last reported", src.last_reported);
        const degree = src.degree || src.degree_by_type;
        if (degree && typeof degree === "object") {
          fact(dl, "Relations (all)", Object.entries(degree).map(([k, v]) => `${k} ${v}`).join(", "));
        }
        const posts = listOf(src.posts ?? src.titles ?? []);
        for (const p of posts.slice(0, 10)) {
          if (typeof p === "string") { fact(dl, "Post", p); continue; }
          const when = [p.date ?? p.from ?? p.date_start, p.date_end ?? p.to].filter(Boolean).join(" – ");
          fact(dl, "Post", [p.title ?? p.type ?? p.relation, p.name ?? p.of ?? p.target_name ?? p.target,
            when].filter(Boolean).join(" · "));
        }
        if (dl.childElementCount) box.replaceChildren(el("h4", { text: "From the whole graph" }), dl);
      } catch (e) {
        /* optional detail: the panel is complete without it */
      }
    }

    function select(kind, id, moveCamera) {
      if (kind === "node" ? !nodes.get(id) : !edges.get(id)) return;
      state.selection = { kind, id };
      if (kind === "node") {
        if (visibleNodes.has(id)) network.selectNodes([id], false);
        showNode(id);
        if (moveCamera && visibleNodes.has(id)) network.focus(id, { scale: 1.1, animation: true });
      } else {
        if (visibleEdges.has(id)) network.selectEdges([id]); else network.unselectAll();
        showEdge(id);
        const e = edges.get(id);
        if (moveCamera && visibleEdges.has(id)) network.fit({ nodes: [e.from, e.to], animation: true });
      }
      markTimeline();
      writeHash();
    }
    function clearSelection() {
      state.selection = null;
      network.unselectAll();
      panel.replaceChildren(el("p", { class: "hint", text: "Click a node or a line to read the evidence." }));
      markTimeline();
      writeHash();
    }
    function hideNode(id) {
      if (focus.has(id) && focus.size === 1) { setStatus("The centre of the view cannot be hidden."); return; }
      state.hiddenNodes.add(id);
      if (state.selection && state.selection.id === id) clearSelection();
      recompute();
    }
    function recentre(id) {
      if (STANDALONE || DATA.view === "graph") {
        network.focus(id, { scale: 1.2, animation: true });
        return;
      }
      location.href = entityHref(id, hashString(false));
    }

    // -------- expansion through the API (double-click)
    /** /entities/{ref}/neighborhood -> our raw items (pyvis-like fields). */
    function fromApiSubgraph(res) {
      const rawNodes = listOf(res.nodes ?? res.entities ?? []).map((n) => {
        const e = normEntity(n);
        return { id: e.id, etype: e.type, name: e.name, aliases: e.aliases };
      });
      const end = (v) => (v && typeof v === "object" ? v.id : v);
      const rawEdges = listOf(res.edges ?? res.relations ?? []).map((r) => ({
        id: r.id,
        from: end(r.source ?? r.from),
        to: end(r.target ?? r.to),
        rtype: r.type ?? r.rtype,
        date: r.date ?? null,
        date_end: r.date_end ?? null,
        first_reported: r.first_reported ?? null,
        last_reported: r.last_reported ?? null,
        claims: r.evidence_count ?? r.claim_count ?? r.claims ?? null,
        articles: r.article_count ?? r.articles ?? null,
        confidence: r.confidence ?? null,
        conflict: !!r.conflict,
        kind: r.kind ?? null,
        symmetric: r.symmetric ?? undefined,
      }));
      return { rawNodes, rawEdges };
    }
    async function expand(id, quiet) {
      if (STANDALONE) { setStatus("Expanding needs the server: this is a standalone file."); return; }
      const n = nodes.get(id);
      if (!n) return;
      setStatus(`Expanding ${n.name}…`);
      busy += 1;
      try {
        const res = await api(`/entities/${enc(id)}/neighborhood?depth=1&limit=150`);
        const { rawNodes, rawEdges } = fromApiSubgraph(res);
        const pos = network.getPositions([id])[id] || { x: 0, y: 0 };
        // New nodes start around the expanded one, so the layout only has to settle locally.
        const added = addItems(rawNodes.map((r, i) => ({
          ...r, x: pos.x + 80 * Math.cos(i), y: pos.y + 80 * Math.sin(i) })), rawEdges);
        if (!state.expanded.includes(id)) state.expanded.push(id);
        syncTimebar();
        recompute();
        if (added.length) relayout();
        if (!quiet) setStatus(`${added.length} new entit${added.length === 1 ? "y" : "ies"} from ${n.name}`);
      } catch (err) {
        setStatus(`Could not expand ${n.name}: ${err.message}`);
      } finally {
        busy -= 1;
        settle();
      }
    }

    // -------- timeline beside the pair view (the dossier: embedded, or the API's when served)
    const timelineItems = new Map();
    let timelineIds = DATA.timeline || [];
    const via = { ...(DATA.via || {}) };
    function buildTimeline() {
      const list = $("timeline");
      if (!list) return;
      list.replaceChildren();
      timelineItems.clear();
      for (const id of timelineIds) {
        const e = edges.get(id);
        if (!e) continue;
        const arrow = e.symmetric ? "—" : "→";
        const li = el("li", { "data-edge": id },
          el("button", { type: "button", class: "item", onclick: () => select("edge", id, true) },
            el("span", { class: "date", text: dateLabel(e) || "undated" }),
            el("span", { class: "what" }, el("span", { text: nameOf(e.from) }),
              el("span", { class: "rtype", text: ` ${arrow} ${e.rtype} ${arrow} ` }),
              el("span", { text: nameOf(e.to) })),
            el("span", { class: "muted", text: [via[id] && via[id] !== "direct" ? `via ${via[id]}` : null,
              `${e.articles ?? "?"} source(s)`].filter(Boolean).join(" · ") })));
        timelineItems.set(id, li);
        list.append(li);
      }
      if (!timelineItems.size) list.append(el("li", { class: "muted", text: "No relations." }));
      updateTimeline();
      markTimeline();
    }
    /** Served pair view: the API's dossier is the timeline; its items join the graph. */
    async function loadDossier() {
      const [a, b] = DATA.focus;
      const res = await api(`/pairs/${enc(a)}/${enc(b)}?limit=500`);
      const items = listOf(res);
      const { rawNodes, rawEdges } = fromApiSubgraph({
        nodes: items.flatMap((r) => [r.source, r.target]).filter((n) => n && typeof n === "object"),
        edges: items,
      });
      const added = addItems(rawNodes, rawEdges);
      for (const r of items) if (r.id && r.via) via[r.id] = r.via;
      timelineIds = items.map((r) => r.id).filter((id) => edges.get(id));
      return added;
    }
    function updateTimeline() {
      for (const [id, li] of timelineItems) li.classList.toggle("filtered", !visibleEdges.has(id));
    }
    function markTimeline() {
      for (const [id, li] of timelineItems) {
        const on = !!state.selection && state.selection.kind === "edge" && state.selection.id === id;
        li.classList.toggle("active", on);
        if (on) li.scrollIntoView({ block: "nearest" });
      }
    }

    // -------- exports
    function download(blob, name) {
      const url = URL.createObjectURL(blob);
      const a = el("a", { href: url, download: name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 2000);
    }
    function fileStem() {
      const base = `diplograph-${DATA.view}-${(DATA.focus || []).join("-") || "graph"}`;
      return base.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 80);
    }
    function viewData() {
      const pick = (e) => ({ id: e.id, type: e.rtype, source: e.from, target: e.to, date: e.date ?? null,
        date_end: e.date_end ?? null, first_reported: e.first_reported ?? null,
        last_reported: e.last_reported ?? null, claims: e.claims ?? null, articles: e.articles ?? null,
        confidence: e.confidence ?? null, conflict: !!e.conflict });
      return {
        view: DATA.view, title: DATA.title, focus: DATA.focus, time: { ...state.time },
        nodes: nodes.get({ filter: (n) => visibleNodes.has(n.id) })
          .map((n) => ({ id: n.id, type: n.etype, name: n.name, aliases: n.aliases || [] })),
        edges: edges.get({ filter: (e) => visibleEdges.has(e.id) }).map(pick),
      };
    }
    function xmlEscape(s) {
      return String(s ?? "").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;",
        '"': "&quot;", "'": "&apos;" })[c]);
    }
    function toGexf(d) {
      const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
        `<graph defaultedgetype="directed" mode="dynamic" timeformat="date">`,
        '<attributes class="node"><attribute id="type" title="type" type="string"/>',
        '<attribute id="aliases" title="aliases" type="string"/></attributes>',
        '<attributes class="edge"><attribute id="type" title="type" type="string"/>',
        '<attribute id="date" title="date" type="string"/>',
        '<attribute id="articles" title="articles" type="integer"/>',
        '<attribute id="confidence" title="confidence" type="double"/></attributes>', "<nodes>"];
      for (const n of d.nodes) {
        lines.push(`<node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}"><attvalues>` +
          `<attvalue for="type" value="${xmlEscape(n.type)}"/>` +
          `<attvalue for="aliases" value="${xmlEscape(n.aliases.join("; "))}"/></attvalues></node>`);
      }
      lines.push("</nodes>", "<edges>");
      for (const e of d.edges) {
        const start = dateBounds(e.date);
        const end = dateBounds(e.date_end);
        const span = start ? ` start="${start.start}"${end ? ` end="${end.end}"` : ""}` : "";
        lines.push(`<edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" ` +
          `target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}"${span}><attvalues>` +
          `<attvalue for="type" value="${xmlEscape(e.type)}"/>` +
          `<attvalue for="date" value="${xmlEscape(e.date ?? "")}"/>` +
          `<attvalue for="articles" value="${Number(e.articles ?? 0)}"/>` +
          `<attvalue for="confidence" value="${Number(e.confidence ?? 0)}"/></attvalues></edge>`);
      }
      lines.push("</edges>", "</graph>", "</gexf>");
      return lines.join("\n");
    }
    $("btn-png").addEventListener("click", () => {
      const src = $("graph").querySelector("canvas");
      if (!src) return;
      const out = el("canvas");
      out.width = src.width;
      out.height = src.height;
      const ctx = out.getContext("2d");
      ctx.fillStyle = "#ffffff"; // the vis canvas is transparent
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(src, 0, 0);
      out.toBlob((blob) => download(blob, `${fileStem()}.png`), "image/png");
    });
    $("btn-json").addEventListener("click", () => {
      download(new Blob([JSON.stringify(viewData(), null, 2)], { type: "application/json" }),
        `${fileStem()}.json`);
    });
    $("btn-gexf").addEventListener("click", () => {
      download(new Blob([toGexf(viewData())], { type: "application/xml" }), `${fileStem()}.gexf`);
    });
    $("btn-link").addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        setStatus("Link copied.");
      } catch (e) {
        setStatus(`Link: ${location.href}`);
      }
    });
    $("btn-fit").addEventListener("click", () => network.fit({ animation: true }));
    document.querySelectorAll("nav.depth a").forEach((a) => {
      a.addEventListener("click", (ev) => {
        ev.preventDefault();
        location.href = `?depth=${a.dataset.depth}${hashString(true)}`;
      });
    });
    attachTypeahead($("search"), $("search-results"),
      (e) => { location.href = entityHref(e.id, hashString(false)); });

    // -------- the network itself
    function setStatus(text) {
      const s = $("status");
      s.textContent = text;
      s.hidden = !text;
    }
    // "stable" = laid out, physics frozen and nothing loading: what tests and users wait for.
    let stable = false;
    let laidOut = false;
    let physicsOn = true;
    let busy = 0;
    let network = null;

    function settle() {
      const now = laidOut && !physicsOn && busy === 0;
      if (now && !stable) {
        stable = true;
        updateCounts();
      }
      if (!now) stable = false;
      if (window.dg) window.dg.stable = stable;
    }
    // Physics only to settle: frozen once stable, so the picture stays put and costs nothing.
    function freeze() {
      network.setOptions({ physics: { enabled: false } });
      physicsOn = false;
      if (!laidOut) {
        laidOut = true;
        // fit() frames the shapes only: step back a little so the outer labels fit too.
        network.moveTo({ scale: network.getScale() * 0.9 });
        afterFirstLayout();
      }
      settle();
    }
    function relayout() {
      physicsOn = true;
      settle();
      network.setOptions({ physics: { enabled: true } });
      network.stabilize(200);
    }
    async function afterFirstLayout() {
      busy += 1;
      try {
        for (const id of [...state.expanded]) {
          if (nodes.get(id)) await expand(id, true);
        }
        if (state.selection) select(state.selection.kind, state.selection.id, false);
      } finally {
        busy -= 1;
        settle();
      }
    }

    async function boot() {
      readHash();
      if (DATA.view === "pair" && !STANDALONE) {
        // The API's dossier first, so the layout is computed once with all of it.
        try {
          await loadDossier();
        } catch (err) {
          setStatus(`Dossier unavailable (${err.message}): showing the embedded timeline.`);
        }
      }
      buildLegend();
      syncTimebar();
      hashReady = true;
      recompute();
      buildTimeline();
      network = new vis.Network($("graph"), { nodes: nodesView, edges: edgesView },
        DATA.network.options || {});
      network.on("stabilizationProgress", (p) => {
        setStatus(`Laying out… ${Math.round((100 * p.iterations) / p.total)}%`);
      });
      network.on("stabilizationIterationsDone", freeze);
      network.on("click", (params) => {
        if (params.nodes.length) select("node", params.nodes[0], false);
        else if (params.edges.length) select("edge", params.edges[0], false);
        else clearSelection();
      });
      network.on("doubleClick", (params) => {
        if (params.nodes.length) expand(params.nodes[0]);
      });
      // A view with nothing to lay out may never report stabilization: do not wait forever.
      setTimeout(() => { if (!laidOut) freeze(); }, 15000);

      // For tests and the console: the data sets, the views, the network and a few actions.
      window.dg = {
        nodes, edges, nodesView, edgesView, network, stable, state,
        setTime, select, expand, hideNode,
        visibleNodeIds: () => nodesView.getIds(),
        visibleEdgeIds: () => edgesView.getIds(),
      };
    }
    boot();
  }

  if (DATA.view === "entity" || DATA.view === "pair" || DATA.view === "graph") initGraph();
  else initHome();
})();
