// The change editor. It builds the form from the form JSON the server derives from the format's
// shapes (the same ones the reader checks), keeps the values as JSON, posts them to be checked after
// every edit, shows each diagnostic beside the field it concerns, and saves with the hash the file
// was opened with. Plain DOM, no framework, nothing from outside the workbench.
"use strict";
(() => {
  const root = document.getElementById("editor");
  if (!root) return;
  const formEl = document.getElementById("editor-form");
  const statusEl = document.getElementById("editor-status");
  const problemsEl = document.getElementById("editor-problems");
  const assessmentEl = document.getElementById("editor-assessment");
  const saveButton = document.getElementById("editor-save");
  const path = root.dataset.path;
  let form = null, values = null, hash = null, format = null;
  let diagnostics = [], checkTimer = null, checkSeq = 0, checks = 0;

  // ---- talking to the server --------------------------------------------------------------
  async function call(url, body) {
    const init = { headers: { "Accept": "application/json" }, credentials: "same-origin" };
    if (body !== undefined) {
      init.method = "POST";
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(url, init);
    const json = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, json };
  }

  function say(text, alert) {
    statusEl.textContent = text;
    statusEl.setAttribute("role", alert ? "alert" : "status");
  }

  function errorText(json, status) {
    return json.error ? json.error.code + ": " + json.error.message : "Failed (" + status + ")";
  }

  async function open() {
    say("Opening…");
    const query = "path=" + encodeURIComponent(path) + (root.dataset.format ? "&format=" + encodeURIComponent(root.dataset.format) : "");
    const { ok, status, json } = await call("/api/editor/open?" + query);
    if (!ok) { say(errorText(json, status), true); return; }
    form = json.form; values = json.values; hash = json.hash; format = json.format;
    render();
    showCheck(json, null);
    say(json.isNew ? "New file: it is written when you save." : "Opened.");
  }

  function scheduleCheck() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 120);
  }

  async function check() {
    const seq = ++checkSeq;
    const started = performance.now();
    const { ok, status, json } = await call("/api/editor/check", { path, values });
    if (seq !== checkSeq) return; // a later edit is on its way
    if (!ok) { say(errorText(json, status), true); return; }
    showCheck(json, performance.now() - started);
  }

  function showCheck(json, elapsed) {
    diagnostics = json.diagnostics || [];
    showDiagnostics();
    showAssessment(json.assessment);
    checks++;
    if (elapsed !== null) {
      root.dataset.lastRoundTripMs = elapsed.toFixed(1);
      const errors = diagnostics.filter(d => d.severity === "error").length;
      say((errors ? errors + " problem" + (errors === 1 ? "" : "s") : "No problems") + " · checked in " + Math.round(elapsed) + " ms");
    }
    root.dataset.checks = String(checks);
  }

  async function save() {
    clearTimeout(checkTimer);
    checkSeq++; // a check still on its way must not write over what the save says (a conflict, above all)
    say("Saving…");
    const { ok, status, json } = await call("/api/editor/save", { path, hash, values });
    if (!ok) {
      say(errorText(json, status) + (status === 409 ? " (Reload the page to see the file as it is now.)" : ""), true);
      root.dataset.saved = status === 409 ? "conflict" : "failed";
      return;
    }
    hash = json.hash;
    root.dataset.saved = "saved";
    say("Saved.");
    check();
  }

  // ---- building the form ------------------------------------------------------------------
  const idFor = p => "f-" + (p || "root").replace(/[^A-Za-z0-9_-]/g, c => "_" + c.charCodeAt(0).toString(16));
  const join = (parent, key) => parent ? parent + "." + key : key;
  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  };

  function render() {
    const focused = document.activeElement && document.activeElement.id;
    formEl.replaceChildren();
    groupBody(form, values, "", formEl);
    if (format === "dossiergen/comparability@1") formEl.append(resultsTable());
    showDiagnostics();
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  function groupBody(field, obj, p, container) {
    for (const f of field.fields || []) {
      if (format === "dossiergen/comparability@1" && f.key === "results") continue; // edited in the results table
      container.append(fieldFor(f, obj, f.key, join(p, f.key), field));
    }
    if (field.discriminator) {
      const variant = (field.variants || []).find(v => v.value === obj[field.discriminator]);
      if (variant) {
        const facts = el("fieldset", { class: "facts", "data-path": p + "#facts" },
          el("legend", { text: "Facts of a " + variant.value + " change" }),
          el("p", { class: "help", text: variant.description }));
        for (const f of variant.fields) facts.append(fieldFor(f, obj, f.key, join(p, f.key), field));
        container.append(facts);
      }
    }
  }

  function fieldFor(field, holder, key, p, parent) {
    switch (field.kind) {
      case "group": return groupField(field, holder, key, p);
      case "list": return listField(field, holder, key, p);
      case "dictionary": return dictionaryField(field, holder, key, p);
      case "text-or-group": return eitherField(field, holder, key, p);
      default: return scalarField(field, holder, key, p, parent);
    }
  }

  function labelText(field, fallback) {
    return (field.label || fallback) + (field.default !== undefined ? " (default " + field.default + ")" : "");
  }

  function help(field, id) {
    return field.help ? el("span", { class: "help", id: id + "-help", text: field.help }) : null;
  }

  function scalarField(field, holder, key, p, parent, labelOverride) {
    const id = idFor(p);
    const wrapper = el("div", { class: "field", "data-path": p });
    const label = el("label", { for: id, class: field.required ? "required" : null, text: labelText(field, labelOverride) });
    let control;
    const current = holder[key];
    if (field.kind === "choice" || field.kind === "boolean") {
      const options = field.kind === "boolean" ? ["true", "false"] : field.options;
      control = el("select", { id });
      control.append(el("option", { value: "", text: field.required ? "(choose)" : "(not set)" }));
      for (const option of options) control.append(el("option", { value: option, text: option }));
      control.value = current === undefined || current === null ? "" : String(current);
      control.addEventListener("change", () => {
        const before = holder[key];
        const chosen = control.value;
        if (chosen === "") removeValue(holder, key);
        else holder[key] = field.kind === "boolean" ? chosen === "true" : chosen;
        if (parent && parent.discriminator === key) { dropFactsOf(parent, holder, before, chosen); render(); }
        scheduleCheck();
      });
    } else {
      const multiline = key === "description" || (typeof current === "string" && current.includes("\n"));
      control = multiline ? el("textarea", { id }) : el("input", { id, type: "text" });
      if (field.kind === "number") control.setAttribute("inputmode", "decimal");
      if (field.format === "date") control.setAttribute("placeholder", "YYYY-MM-DD");
      if (field.format === "volume") control.setAttribute("placeholder", "such as 500 L");
      control.value = current === undefined || current === null ? "" : String(current);
      control.addEventListener("input", () => {
        const text = control.value;
        if (text.trim() === "" && !Array.isArray(holder)) removeValue(holder, key);
        else holder[key] = field.kind === "number" || field.kind === "number-or-text" ? numberOrText(text) : text;
        scheduleCheck();
      });
    }
    if (field.help) control.setAttribute("aria-describedby", id + "-help");
    if (field.required) control.setAttribute("aria-required", "true");
    wrapper.append(...[label, help(field, id), control].filter(Boolean));
    return wrapper;
  }

  function numberOrText(text) {
    const trimmed = text.trim();
    return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : text;
  }

  function removeValue(holder, key) {
    if (Array.isArray(holder)) holder[key] = ""; else delete holder[key];
  }

  /** When a change's kind changes, the facts only the old kind has go: the new kind would refuse them. */
  function dropFactsOf(group, obj, before, after) {
    const keep = new Set((group.fields || []).map(f => f.key));
    const next = (group.variants || []).find(v => v.value === after);
    for (const f of next ? next.fields : []) keep.add(f.key);
    const old = (group.variants || []).find(v => v.value === before);
    for (const f of old ? old.fields : []) if (!keep.has(f.key)) delete obj[f.key];
  }

  function groupField(field, holder, key, p) {
    const box = el("fieldset", { "data-path": p, id: idFor(p) + "-box" }, el("legend", { class: field.required ? "required" : null, text: field.label }));
    if (field.help) box.append(el("p", { class: "help", text: field.help }));
    const obj = holder[key];
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      box.append(el("button", { type: "button", text: "Add " + field.label.toLowerCase(), onclick: () => { holder[key] = {}; render(); scheduleCheck(); } }));
      return box;
    }
    groupBody(field, obj, p, box);
    if (!field.required) {
      box.append(el("div", { class: "list-actions" }, el("button", { type: "button", text: "Remove " + field.label.toLowerCase(), onclick: () => { delete holder[key]; render(); scheduleCheck(); } })));
    }
    return box;
  }

  function listField(field, holder, key, p) {
    const box = el("fieldset", { "data-path": p, id: idFor(p) + "-box" }, el("legend", { class: field.required ? "required" : null, text: field.label }));
    if (field.help) box.append(el("p", { class: "help", text: field.help }));
    const list = Array.isArray(holder[key]) ? holder[key] : null;
    const item = field.item;
    (list || []).forEach((value, i) => {
      const itemPath = p + "[" + i + "]";
      const name = field.label + " " + (i + 1);
      const entry = el("div", { class: "list-item", "data-path": itemPath });
      if (item.kind === "group") {
        entry.append(el("h3", { text: name + (value && value.id ? " (" + value.id + ")" : "") }));
        if (value && typeof value === "object") groupBody(item, value, itemPath, entry);
      } else {
        entry.append(fieldFor(Object.assign({}, item, { label: name }), list, i, itemPath, null));
        if (p === "comparability") entry.append(fileLink(value));
      }
      entry.append(el("div", { class: "list-actions" }, el("button", {
        type: "button", text: "Remove", "aria-label": "Remove " + name,
        onclick: () => { list.splice(i, 1); if (list.length === 0) delete holder[key]; render(); scheduleCheck(); },
      })));
      box.append(entry);
    });
    box.append(el("button", {
      type: "button", text: "Add to " + field.label.toLowerCase(),
      onclick: () => {
        if (!Array.isArray(holder[key])) holder[key] = [];
        holder[key].push(item.kind === "group" ? {} : "");
        render();
        scheduleCheck();
      },
    }));
    return box;
  }

  function dictionaryField(field, holder, key, p) {
    const box = el("fieldset", { "data-path": p, id: idFor(p) + "-box" }, el("legend", { text: field.label }));
    if (field.help) box.append(el("p", { class: "help", text: field.help }));
    const map = holder[key] && typeof holder[key] === "object" ? holder[key] : null;
    for (const name of Object.keys(map || {})) {
      box.append(scalarField(Object.assign({}, field.item, { label: name }), map, name, p + "." + name, null, name));
    }
    return box;
  }

  function eitherField(field, holder, key, p) {
    const box = el("fieldset", { "data-path": p, id: idFor(p) + "-box" }, el("legend", { class: field.required ? "required" : null, text: field.label }));
    if (field.help) box.append(el("p", { class: "help", text: field.help }));
    const inline = holder[key] !== null && typeof holder[key] === "object";
    const choice = (value, text, checked) => {
      const id = idFor(p) + "-" + value;
      return el("span", {}, el("input", {
        type: "radio", name: idFor(p) + "-as", id, value, checked,
        onchange: () => { holder[key] = value === "inline" ? {} : ""; render(); scheduleCheck(); },
      }), el("label", { for: id, text: " " + text + " " }));
    };
    box.append(el("div", { role: "radiogroup", "aria-label": field.label + " given as" }, choice("path", "a product file", !inline), choice("inline", "written here", inline)));
    if (inline) groupBody(field, holder[key], p, box);
    else box.append(scalarField({ kind: "text", label: "Path of the " + field.label.toLowerCase() + " file", help: null }, holder, key, p), fileLink(holder[key]));
    return box;
  }

  /** A link that opens a file the edited one names (its product, a study) in the editor, when the path stays in the served folder. */
  function fileLink(relative) {
    if (typeof relative !== "string" || relative.trim() === "" || relative.startsWith("/")) return null;
    const parts = path.split("/").slice(0, -1);
    for (const part of relative.split("/")) {
      if (part === "..") { if (parts.length === 0) return null; parts.pop(); }
      else if (part !== "." && part !== "") parts.push(part);
    }
    return el("p", {}, el("a", { href: "/edit?path=" + encodeURIComponent(parts.join("/")), text: "Edit " + relative }));
  }

  // ---- comparability results: a lots x attributes table, with paste from a spreadsheet -----
  function resultsTable() {
    const section = el("section", { "aria-labelledby": "results-title", "data-path": "results" }, el("h2", { id: "results-title", text: "Results (lots × attributes)" }));
    const lots = (values.lots || []).map(l => l && l.id).filter(Boolean);
    const attributes = (values.attributes || []).filter(a => a && a.name);
    const table = el("table", { class: "grid results" });
    const head = el("tr", {}, el("th", { scope: "col", text: "Lot" }));
    for (const a of attributes) head.append(el("th", { scope: "col", text: a.name + (a.unit ? " (" + a.unit + ")" : "") }));
    table.append(el("thead", {}, head));
    const body = el("tbody");
    for (const lot of lots) {
      const row = el("tr", {}, el("th", { scope: "row", text: lot }));
      attributes.forEach((a, j) => {
        const i = values.attributes.indexOf(a);
        const input = el("input", { type: "text", inputmode: "decimal", id: idFor("attributes[" + i + "].results." + lot), "aria-label": a.name + " of lot " + lot });
        const current = a.results ? a.results[lot] : undefined;
        input.value = current === undefined || current === null ? "" : String(current);
        input.addEventListener("input", () => {
          if (!a.results || typeof a.results !== "object") a.results = {};
          if (input.value.trim() === "") delete a.results[lot]; else a.results[lot] = numberOrText(input.value);
          if (Object.keys(a.results).length === 0) delete a.results;
          scheduleCheck();
        });
        row.append(el("td", { "data-path": "attributes[" + i + "].results." + lot }, input));
      });
      body.append(row);
    }
    table.append(body);
    const paste = el("textarea", { id: "results-paste", "aria-describedby": "results-paste-help" });
    const pasteStatus = el("p", { id: "results-paste-status", role: "status" });
    const apply = el("button", {
      type: "button", text: "Apply pasted cells",
      onclick: async () => {
        const { ok, status, json } = await call("/api/editor/paste", { path, values, pasted: paste.value });
        if (!ok) {
          pasteStatus.setAttribute("role", "alert");
          pasteStatus.textContent = (json.diagnostics || []).map(d => d.code + " (row " + d.line + ", column " + d.column + "): " + d.message).join(" ") || errorText(json, status);
          return;
        }
        values = json.values;
        paste.value = "";
        render();
        document.getElementById("results-paste-status").textContent = "Pasted.";
        scheduleCheck();
      },
    });
    section.append(table, el("div", { class: "field" },
      el("label", { for: "results-paste", text: "Paste from a spreadsheet" }),
      el("span", { class: "help", id: "results-paste-help", text: "Copy the cells with their header row (first column the lot ids, then one column per attribute, numbers with a decimal point) and paste them here." }),
      paste), apply, pasteStatus);
    return section;
  }

  // ---- diagnostics beside their fields, the assessment beside the form ----------------------
  function parentOf(p) {
    if (p.endsWith("]")) return p.slice(0, p.lastIndexOf("["));
    const dot = p.lastIndexOf(".");
    return dot < 0 ? "" : p.slice(0, dot);
  }

  function showDiagnostics() {
    for (const old of formEl.querySelectorAll(".diag")) old.remove();
    for (const field of formEl.querySelectorAll(".invalid")) field.classList.remove("invalid");
    for (const control of formEl.querySelectorAll("[aria-invalid]")) {
      control.removeAttribute("aria-invalid");
      const ids = (control.getAttribute("aria-describedby") || "").split(" ").filter(x => x && !x.startsWith("diag-"));
      if (ids.length) control.setAttribute("aria-describedby", ids.join(" ")); else control.removeAttribute("aria-describedby");
    }
    problemsEl.replaceChildren();
    diagnostics.forEach((d, n) => {
      const text = d.code + ": " + d.message;
      let target = null;
      for (let p = d.keyPath; p !== null && p !== undefined && p !== ""; p = parentOf(p)) {
        target = formEl.querySelector('[data-path="' + CSS.escape(p) + '"]');
        if (target) break;
      }
      if (!target) {
        problemsEl.append(el("li", { class: d.severity }, el("span", { class: "code", text: d.code }), " ", el("span", { class: "where", text: d.place }), " " + d.message));
        return;
      }
      const note = el("p", { class: "diag " + d.severity, id: "diag-" + n, text: text });
      const control = target.matches("input, select, textarea") ? target : target.querySelector(":scope > input, :scope > select, :scope > textarea, :scope input");
      if (target.tagName === "TD") target.append(note); else target.append(note);
      target.classList.add("invalid");
      if (control) {
        control.setAttribute("aria-invalid", "true");
        control.setAttribute("aria-describedby", ((control.getAttribute("aria-describedby") || "") + " diag-" + n).trim());
      }
    });
  }

  function showAssessment(assessment) {
    assessmentEl.replaceChildren(el("h2", { text: "Assessment" }));
    if (!assessment) {
      assessmentEl.append(el("p", { class: "muted", text: format === "dossiergen/change@1" ? "Fix the problems shown to see the procedures." : "Only change files are assessed." }));
      return;
    }
    const table = el("table", { class: "grid", id: "assessment-table" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Market" }), el("th", { scope: "col", text: "Procedure" }), el("th", { scope: "col", text: "Per change" }))));
    const body = el("tbody");
    for (const market of assessment.markets || []) {
      body.append(el("tr", { "data-market": market.market },
        el("th", { scope: "row", text: market.market + " (" + market.stage + ")" }),
        el("td", { class: "procedure", "data-procedure": market.procedure, text: market.procedure }),
        el("td", { text: (market.changes || []).map(c => c.change + ": " + c.procedure + (c.codes && c.codes.length ? " " + c.codes.join(", ") : "")).join("; ") })));
    }
    table.append(body);
    assessmentEl.append(table, el("p", { class: "muted" }, "As of " + assessment.asOf + ". ", el("a", { href: "/assessment?path=" + encodeURIComponent(path), text: "Full assessment and explanations" })));
  }

  saveButton.addEventListener("click", save);
  open();
})();
