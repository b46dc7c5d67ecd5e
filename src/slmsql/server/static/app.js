// slmsql's page: plain JavaScript, no build step, nothing fetched from elsewhere.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { history: JSON.parse(sessionStorage.getItem("slmsql.history") || "[]") };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function headers() {
  const h = { "Content-Type": "application/json" };
  const key = $("api-key").value || sessionStorage.getItem("slmsql.key");
  if (key) h["Authorization"] = "Bearer " + key;
  return h;
}

async function api(path, body) {
  const response = await fetch(path, body === undefined ? { headers: headers() } :
    { method: "POST", headers: headers(), body: JSON.stringify(body) });
  const data = await response.json().catch(() => ({ error: { code: "bad_reply", message: "not JSON" } }));
  if (response.status === 401) $("key-box").hidden = false;
  if (!response.ok) throw Object.assign(new Error(data.error.message), { code: data.error.code });
  return data;
}

// -- SQL highlighting -------------------------------------------------------------------------
const KEYWORDS = new Set(("select from where group by order having limit offset join inner left right outer " +
  "full cross on as and or not in is null like between case when then else end distinct union all " +
  "intersect except with asc desc exists cast over partition").split(" "));
const FUNCS = new Set("count sum avg min max round length substr lower upper coalesce ifnull strftime abs".split(" "));
const TOKEN = /(--[^\n]*)|('(?:[^']|'')*')|("(?:[^"]|"")*"|`[^`]*`)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_][A-Za-z0-9_]*)|(\s+|.)/g;

function highlight(target, sql) {
  target.replaceChildren();
  for (const m of (sql || "").matchAll(TOKEN)) {
    const [text, com, str, , num, word] = m;
    let cls = null;
    if (com) cls = "com"; else if (str) cls = "str"; else if (num) cls = "num";
    else if (word && KEYWORDS.has(word.toLowerCase())) cls = "kw";
    else if (word && FUNCS.has(word.toLowerCase())) cls = "fn";
    target.append(cls ? el("span", { class: cls }, text) : document.createTextNode(text));
  }
}

// -- results ----------------------------------------------------------------------------------
const isNumber = (v) => typeof v === "number" && Number.isFinite(v);
const show = (v) => v === null ? "NULL" : typeof v === "object" ? JSON.stringify(v) : String(v);

function renderTable(target, columns, rows, truncated) {
  const head = el("tr", {}, ...columns.map((c) => el("th", {}, c)));
  const body = rows.map((r) => el("tr", {}, ...r.map((v) => el("td", isNumber(v) ? { class: "n" } : {}, show(v)))));
  const note = el("p", { class: "votes" }, `${rows.length} row${rows.length === 1 ? "" : "s"}` +
    (truncated ? " (more not shown)" : ""));
  target.replaceChildren(el("table", {}, el("thead", {}, head), el("tbody", {}, ...body)), note);
}

// A bar chart for a label column and a number column; a line when the labels are dates or years.
function renderChart(target, columns, rows) {
  target.replaceChildren();
  if (columns.length !== 2 || rows.length < 2 || rows.length > 60) return;
  const labelIdx = rows.every((r) => isNumber(r[1])) ? 0 : rows.every((r) => isNumber(r[0])) ? 1 : -1;
  if (labelIdx < 0) return;
  const valueIdx = 1 - labelIdx;
  const points = rows.map((r) => ({ label: show(r[labelIdx]), value: r[valueIdx] }));
  const timeSeries = points.every((p) => /^\d{4}(-\d{2}(-\d{2})?)?/.test(p.label));
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const W = 560, rowH = 18, H = timeSeries ? 220 : points.length * rowH + 10, left = timeSeries ? 40 : 140;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`); svg.setAttribute("width", W); svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `chart of ${columns[valueIdx]} by ${columns[labelIdx]}`);
  svg.id = "result-chart";
  const max = Math.max(...points.map((p) => Math.abs(p.value)), 1e-9);
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text !== undefined) n.textContent = text;
    svg.append(n); return n;
  };
  if (timeSeries) {
    const sorted = [...points].sort((a, b) => a.label.localeCompare(b.label));
    const x = (i) => left + i * (W - left - 10) / Math.max(1, sorted.length - 1);
    const y = (v) => H - 25 - (v / max) * (H - 40);
    add("polyline", { points: sorted.map((p, i) => `${x(i)},${y(p.value)}`).join(" "), fill: "none",
      stroke: "#2d6cdf", "stroke-width": 2 });
    add("text", { x: left, y: H - 8 }, sorted[0].label);
    add("text", { x: W - 80, y: H - 8 }, sorted[sorted.length - 1].label);
    add("text", { x: 2, y: 14 }, show(max));
  } else {
    points.forEach((p, i) => {
      const w = Math.abs(p.value) / max * (W - left - 60);
      add("text", { x: left - 6, y: i * rowH + 14, "text-anchor": "end" }, p.label.slice(0, 22));
      add("rect", { x: left, y: i * rowH + 3, width: Math.max(w, 1), height: rowH - 5, fill: "#2d6cdf" });
      add("text", { x: left + w + 4, y: i * rowH + 14 }, show(p.value));
    });
  }
  target.append(svg);
}

function voteLine(answer) {
  const gen = answer.candidates;
  if (answer.mode === "greedy") return "greedy: 1 candidate";
  const sizes = new Map();
  for (const c of gen) if (c.group !== null) sizes.set(c.group, c.votes);
  const shape = [...sizes.keys()].sort((a, b) => a - b).map((g) => sizes.get(g)).join("+") || "none";
  const executed = gen.filter((c) => c.group !== null).length;
  let line = `${gen.length} candidates, ${executed} executed, result groups ${shape}`;
  if (answer.stopped_early) line += "; early stop";
  if (answer.merged) line += `; merge revision ran (${answer.merge.outputs.length} samples)`;
  if (answer.fallback) line += `; ${answer.fallback}`;
  return line + ` · ${answer.timings.total_s.toFixed(1)} s`;
}

function renderCandidates(answer) {
  const groups = new Map();
  answer.candidates.forEach((c, i) => {
    const key = c.group === null ? "none" : c.group;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push([i, c]);
  });
  const blocks = [...groups.entries()].sort(([a], [b]) => (a === "none") - (b === "none") || a - b)
    .map(([g, items]) => {
      const [, first] = items[0];
      const title = g === "none" ? `no vote (${items.length}): ${first.error || "repaired"}` :
        `group ${g + 1}: ${first.votes} vote${first.votes === 1 ? "" : "s"}`;
      const pre = el("pre", { class: "sql" }); highlight(pre, first.sql || "(no SQL)");
      return el("div", { class: "cand" + (g === 0 ? " win" : "") }, el("div", { class: "meta" }, title,
        ` · candidates ${items.map(([i]) => i + 1).join(", ")}`), pre);
    });
  $("candidates").replaceChildren(...blocks);
  const m = answer.merge;
  $("merge-box").open = m.ran;
  const parts = [el("p", {}, (m.ran ? "Ran: " : "Did not run: ") + m.reason)];
  m.drafts.forEach((d, i) => { const p = el("pre", { class: "sql" }); highlight(p, d); parts.push(el("div", { class: "meta" }, `draft ${i + 1}`), p); });
  m.outputs.forEach((o, i) => {
    const p = el("pre", { class: "sql" }); highlight(p, o.sql || "(no SQL)");
    parts.push(el("div", { class: "meta" }, `revision ${i + 1}: ${o.error ? o.error : o.votes + " votes"}`), p);
  });
  $("merge").replaceChildren(...parts);
}

function renderAnswer(answer) {
  $("answer").hidden = false;
  highlight($("sql"), answer.sql || "(no SQL)");
  $("votes").textContent = voteLine(answer);
  if (answer.error) {
    $("error").hidden = false; $("error").textContent = `${answer.error}: ${answer.message}`;
    $("table").replaceChildren(); $("chart").replaceChildren();
  } else {
    renderTable($("table"), answer.columns, answer.rows, answer.truncated);
    renderChart($("chart"), answer.columns, answer.rows);
  }
  renderCandidates(answer);
  $("edit").value = answer.sql || "";
}

// -- asking, with progress ----------------------------------------------------------------------
const STAGE_TEXT = {
  queued: (d) => `queued (${d.position} ahead)`, started: () => "started",
  sampling: (d) => `sampling ${d.n}… ${d.tokens || 0} tokens`, sampled: (d) => `sampled: ${d.tokens} tokens in ${d.seconds.toFixed(1)} s`,
  executing: (d) => `executing ${d.queries}`, executed: (d) => `${d.ok}/${d.queries} ran`, voting: () => "voting",
  merging: (d) => `merging (${d.n})… ${d.tokens || 0} tokens`, merged: (d) => `merged: ${d.tokens} tokens`, answer: () => "done",
  error: () => "failed",
};

// Stages that repeat with a growing token count update their line instead of adding one.
const LIVE = new Set(["sampling", "merging"]);

function progress(event, data) {
  const list = $("progress");
  const text = (STAGE_TEXT[event] || (() => event))(data);
  const last = list.lastElementChild;
  if (last && LIVE.has(event) && last.dataset.event === event) { last.textContent = text; return; }
  for (const li of list.children) li.classList.remove("last");
  list.append(el("li", { class: "last", "data-event": event }, text));
}

async function ask(question, evidence, mode) {
  $("error").hidden = true; $("progress").replaceChildren(); $("ask").disabled = true;
  const body = { db: $("db").value, question, evidence };
  if (mode) body.mode = mode;
  try {
    const response = await fetch("/v1/ask/stream", { method: "POST", headers: headers(), body: JSON.stringify(body) });
    if (!response.ok) {
      const data = await response.json();
      if (response.status === 401) $("key-box").hidden = false;
      throw new Error(`${data.error.code}: ${data.error.message}`);
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "", answer = null;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
        const event = (block.match(/^event: (.*)$/m) || [])[1];
        const raw = (block.match(/^data: (.*)$/m) || [])[1];
        if (!event || raw === undefined) continue;
        const data = JSON.parse(raw);
        progress(event, data);
        if (event === "answer") answer = data;
        if (event === "error") throw new Error(`${data.code}: ${data.message}`);
      }
    }
    if (!answer) throw new Error("the answer stream ended early");
    renderAnswer(answer);
    remember({ db: body.db, question, evidence, mode, answer });
  } catch (err) {
    $("error").hidden = false; $("error").textContent = err.message;
  } finally {
    $("ask").disabled = false;
  }
}

function remember(entry) {
  state.history.unshift(entry);
  state.history = state.history.slice(0, 30);
  try { sessionStorage.setItem("slmsql.history", JSON.stringify(state.history)); } catch (e) { /* full */ }
  renderHistory();
}

function renderHistory() {
  $("history").replaceChildren(...state.history.map((h) => {
    const li = el("li", { title: h.answer.sql || "" }, `${h.question} `, el("span", { class: "votes" }, `(${h.db})`));
    li.addEventListener("click", () => {
      $("question").value = h.question; $("evidence").value = h.evidence || "";
      if ([...$("db").options].some((o) => o.value === h.db)) $("db").value = h.db;
      renderAnswer(h.answer);
    });
    return li;
  }));
}

async function runEdited() {
  $("run-error").hidden = true; $("run-table").replaceChildren();
  try {
    const data = await api("/v1/sql", { db: $("db").value, sql: $("edit").value });
    renderTable($("run-table"), data.columns, data.rows, data.truncated);
  } catch (err) {
    $("run-error").hidden = false; $("run-error").textContent = `${err.code || "error"}: ${err.message}`;
  }
}

// -- schema browser ---------------------------------------------------------------------------
async function loadSchema() {
  const box = $("schema");
  box.replaceChildren(el("p", { class: "votes" }, "loading ..."));
  try {
    const schema = await api(`/v1/databases/${encodeURIComponent($("db").value)}/schema`);
    box.replaceChildren(...schema.tables.map((t) => {
      const fks = new Map(t.foreign_keys.map((f) => [f.column, `→ ${f.ref_table}.${f.ref_column}`]));
      const cols = t.columns.map((c) => el("li", { title: c.description || c.examples.join(", ") }, c.name, " ",
        el("span", { class: "type" }, c.type), " ",
        el("span", { class: "key" }, [t.primary_key.includes(c.name) ? "PK" : "", fks.get(c.name) || ""].join(" ").trim())));
      return el("details", {}, el("summary", {}, `${t.name} (${t.columns.length})`), el("ul", {}, ...cols));
    }));
  } catch (err) {
    box.replaceChildren(el("p", { class: "error" }, err.message));
  }
}

async function start() {
  $("api-key").addEventListener("change", () => { sessionStorage.setItem("slmsql.key", $("api-key").value); init(); });
  $("ask-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("question").value.trim();
    if (q) ask(q, $("evidence").value.trim(), $("mode").value);
  });
  $("run").addEventListener("click", runEdited);
  $("db").addEventListener("change", loadSchema);
  renderHistory();
  await init();
}

async function init() {
  try {
    const health = await api("/health");
    $("model").textContent = health.model ? `model: ${health.model}` : "no model loaded";
    const { databases } = await api("/v1/databases");
    $("db").replaceChildren(...databases.map((d) => el("option", { value: d.name }, `${d.name} (${d.tables} tables)`)));
    await loadSchema();
  } catch (err) {
    $("error").hidden = false; $("error").textContent = err.message;
  }
}

start();
