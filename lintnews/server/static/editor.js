// The lintnews page: lint the draft as the editor types (POST v1/lint), draw each
// finding under its text, list the findings with their messages, and apply a safe fix
// with one click. Nothing leaves the page but the request to this server, and nothing
// is kept: no storage but the token, for this tab only, when the server needs one.
"use strict";

(function () {
  const draft = document.getElementById("draft");
  const backdrop = document.getElementById("backdrop");
  const list = document.getElementById("findings");
  const count = document.getElementById("count");
  const status = document.getElementById("status");
  const format = document.getElementById("format");
  const fixAll = document.getElementById("fix-all");
  const tokenBox = document.getElementById("token-box");
  const tokenInput = document.getElementById("token");

  const FAMILIES = {
    claims: "Claims", figures: "Figures", hedging: "Hedging",
    garbled: "Garbled", style: "House style", engine: "lintnews",
  };
  const DELAY = 350; // milliseconds without typing before the draft is linted

  // The text the shown findings belong to, and the findings with UTF-16 offsets.
  let linted = { text: null, findings: [] };
  let timer = null;
  let inFlight = null;
  let sequence = 0;

  function setStatus(state, message) {
    status.dataset.state = state;
    status.textContent = message;
  }

  // Findings count characters (code points); JavaScript strings count UTF-16 units.
  function unitsOf(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
    const map = [];
    let unit = 0;
    for (const ch of text) { map.push(unit); unit += ch.length; }
    map.push(unit);
    return (i) => map[Math.min(i, map.length - 1)];
  }

  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // ---------------------------------------------------------------- drawing

  function drawHighlights() {
    const text = draft.value;
    if (linted.text !== text) { backdrop.innerHTML = escapeHtml(text) + "\n"; return; }
    const cuts = new Set([0, text.length]);
    for (const f of linted.findings) { cuts.add(f.start); cuts.add(f.end); }
    const points = [...cuts].sort((a, b) => a - b);
    let html = "";
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = escapeHtml(text.slice(a, b));
      const over = linted.findings.filter((f) => f.start <= a && b <= f.end && f.start < f.end);
      if (!over.length) { html += piece; continue; }
      const ids = over.map((f) => f.index).join(" ");
      const families = new Set(over.map((f) => f.category));
      const multi = families.size > 1 ? " multi" : "";
      const family = escapeHtml(over[0].category), code = escapeHtml(over[0].code);
      html += `<mark class="f-${family}${multi}" data-findings="${ids}" data-code="${code}">${piece}</mark>`;
    }
    // A trailing newline needs a character after it to take up its line.
    backdrop.innerHTML = html + "\n";
    backdrop.scrollTop = draft.scrollTop;
  }

  function drawList() {
    list.textContent = "";
    const n = linted.findings.length;
    count.textContent = n === 0 ? "No findings" : n === 1 ? "1 finding" : `${n} findings`;
    let safe = 0;
    for (const f of linted.findings) {
      const li = document.createElement("li");
      li.dataset.index = f.index;
      li.dataset.code = f.code;
      li.dataset.category = f.category;
      const head = document.createElement("div");
      head.className = "finding-head";
      const chip = document.createElement("span");
      chip.className = `chip f-${f.category}`;
      chip.textContent = FAMILIES[f.category] || f.category;
      const code = document.createElement("span");
      code.className = "finding-code";
      code.textContent = `${f.code} ${f.name}`;
      const where = document.createElement("span");
      where.textContent = `line ${f.line}`;
      head.append(chip, code, where);
      const message = document.createElement("p");
      message.className = "finding-message";
      message.textContent = f.message;
      const quote = document.createElement("div");
      quote.className = "finding-quote";
      quote.textContent = `“${linted.text.slice(f.start, f.end)}”`;
      li.append(head, message, quote);
      if (f.fix && f.fix.safe) {
        safe += 1;
        const button = document.createElement("button");
        button.type = "button";
        button.className = "fix";
        const replacement = f.fix.edits.map((e) => e.replacement).join(" … ");
        button.textContent = replacement ? `Replace with “${replacement}”` : "Delete";
        button.addEventListener("click", (event) => { event.stopPropagation(); applyFixes([f]); });
        li.append(button);
      } else if (f.suggestion) {
        const hint = document.createElement("p");
        hint.className = "finding-suggestion";
        hint.textContent = `Suggestion: ${f.suggestion}`;
        li.append(hint);
      }
      li.addEventListener("click", () => { draft.focus(); draft.setSelectionRange(f.start, f.end); markActive(); });
      list.append(li);
    }
    fixAll.disabled = safe === 0;
  }

  function markActive() {
    const at = draft.selectionStart;
    const current = linted.text === draft.value
      ? linted.findings.filter((f) => f.start <= at && at <= f.end) : [];
    const ids = new Set(current.map((f) => String(f.index)));
    for (const li of list.children) li.classList.toggle("active", ids.has(li.dataset.index));
    for (const mark of backdrop.querySelectorAll("mark")) {
      mark.classList.toggle("active", mark.dataset.findings.split(" ").some((i) => ids.has(i)));
    }
    const first = list.querySelector("li.active");
    if (first && document.activeElement === draft) first.scrollIntoView({ block: "nearest" });
  }

  // ---------------------------------------------------------------- linting

  function headers() {
    const h = { "Content-Type": "application/json" };
    const token = sessionStorage.getItem("lintnews-token");
    if (token) h.Authorization = `Bearer ${token}`;
    return h;
  }

  async function lint() {
    clearTimeout(timer);
    timer = null;
    const text = draft.value;
    const mine = ++sequence;
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    setStatus("linting", "Checking…");
    let response, body;
    try {
      response = await fetch("v1/lint", {
        method: "POST",
        headers: headers(),
        body: JSON.stringify({ text, path: format.value }),
        signal: inFlight.signal,
      });
      body = await response.json();
    } catch (err) {
      if (err.name === "AbortError") return;
      if (mine === sequence) setStatus("error", "The server did not answer.");
      return;
    }
    if (mine !== sequence) return; // a newer request is on its way
    inFlight = null;
    if (response.status === 401) {
      tokenBox.hidden = false;
      setStatus("error", "This server needs a token.");
      return;
    }
    if (!response.ok) {
      setStatus("error", (body.error && body.error.message) || `Error ${response.status}`);
      return;
    }
    const units = unitsOf(text);
    const findings = body.findings.map((f, index) => ({
      ...f, index, start: units(f.offset), end: units(f.end_offset),
      fix: f.fix && {
        safe: f.fix.safe,
        edits: f.fix.edits.map((e) => ({ start: units(e.start), end: units(e.end), replacement: e.replacement })),
      },
    }));
    linted = { text, findings };
    drawHighlights();
    drawList();
    markActive();
    const failed = body.errors && body.errors.length ? ` ${body.errors[0].message}` : "";
    setStatus(failed ? "error" : "idle", failed || (text.trim() ? "Checked." : ""));
  }

  function lintSoon() {
    clearTimeout(timer);
    timer = setTimeout(lint, DELAY);
  }

  // ---------------------------------------------------------------- fixes

  function applyFixes(findings) {
    if (linted.text !== draft.value) { lint(); return; } // stale: check again first
    const edits = findings.flatMap((f) => (f.fix && f.fix.safe ? f.fix.edits : []));
    edits.sort((a, b) => b.start - a.start);
    let limit = Infinity; // skip an edit that overlaps one already applied
    for (const e of edits) {
      if (e.end > limit) continue;
      draft.setRangeText(e.replacement, e.start, e.end, "end");
      limit = e.start;
    }
    draft.focus();
    drawHighlights();
    lint();
  }

  // ---------------------------------------------------------------- events

  draft.addEventListener("input", () => { drawHighlights(); lintSoon(); });
  draft.addEventListener("scroll", () => { backdrop.scrollTop = draft.scrollTop; });
  for (const name of ["click", "keyup", "select"]) draft.addEventListener(name, markActive);
  format.addEventListener("change", lint);
  fixAll.addEventListener("click", () => applyFixes(linted.findings));
  tokenBox.addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem("lintnews-token", tokenInput.value.trim());
    tokenInput.value = "";
    tokenBox.hidden = true;
    lint();
  });
  new ResizeObserver(() => { backdrop.style.height = `${draft.offsetHeight}px`; drawHighlights(); }).observe(draft);
  drawHighlights();
})();
