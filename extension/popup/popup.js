/* PaperLens popup: server status, highlights and progress on the current tab, the overlay and
   per-label switches for the tab's site, the user's corrections (with undo), CSV export. */
"use strict";

const $ = (id) => document.getElementById(id);
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

async function targetTabId() {
  // ?tab=<id> lets the popup be opened for a given tab (e.g. from a test or a pinned window)
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get("tab") || "", 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : null;
}

function setStatus(kind, text) {
  const el = $("server-status");
  el.classList.remove("online", "offline");
  if (kind) el.classList.add(kind);
  $("server-status-text").textContent = text;
}

function renderLabels(labels, byLabel) {
  const box = $("page-labels");
  box.replaceChildren();
  for (const l of labels || []) {
    if (!l || typeof l.label !== "string") continue;
    const s = document.createElement("span");
    s.className = "swatch";
    s.dataset.label = l.label;
    const i = document.createElement("i");
    if (HEX.test(l.color || "")) s.style.setProperty("--c", l.color);
    if (HEX.test(l.dark_color || "")) s.style.setProperty("--cd", l.dark_color);
    s.append(i, document.createTextNode(`${l.label} ${byLabel && byLabel[l.label] ? byLabel[l.label] : 0}`));
    box.appendChild(s);
  }
}

async function pageStatus(tabId) {
  if (tabId == null) return null;
  try {
    const r = await chrome.tabs.sendMessage(tabId, { type: "paperlens:pageStatus" });
    if (r && Number.isInteger(r.count)) return r;
  } catch (e) { /* no PaperLens content script in that tab */ }
  const st = await chrome.runtime.sendMessage({ type: "paperlens:tabState", tabId });
  return st && st.state && st.state.status === "online" ? st.state : null;
}

/* ---------- the overlay and label switches, remembered per site ---------- */

async function tabSite(tabId, page) {
  if (page && page.site) return page.site;
  try {
    const tab = await chrome.tabs.get(tabId);
    return new URL(tab.url).hostname || null;
  } catch (e) {
    return null;
  }
}

async function renderToggles(site, labels) {
  const box = $("label-toggles");
  box.replaceChildren();
  if (!site) { $("toggles").hidden = true; return; }
  $("site-name").textContent = site;
  const key = "site:" + site;
  const prefs = (await chrome.storage.local.get(key))[key] || {};
  const hidden = new Set(Array.isArray(prefs.hidden) ? prefs.hidden : []);
  $("overlay-on").checked = !prefs.off;
  async function save(patch) {
    const cur = (await chrome.storage.local.get(key))[key] || {};
    await chrome.storage.local.set({ [key]: { off: !!cur.off, hidden: Array.isArray(cur.hidden) ? cur.hidden : [], ...patch } });
  }
  $("overlay-on").onchange = () => save({ off: !$("overlay-on").checked });
  for (const l of labels || []) {
    if (!l || typeof l.label !== "string") continue;
    const lab = document.createElement("label");
    lab.dataset.label = l.label;
    const cb = document.createElement("input");
    cb.type = "checkbox";
    cb.checked = !hidden.has(l.label);
    cb.dataset.label = l.label;
    const i = document.createElement("i");
    if (HEX.test(l.color || "")) lab.style.setProperty("--c", l.color);
    if (HEX.test(l.dark_color || "")) lab.style.setProperty("--cd", l.dark_color);
    cb.addEventListener("change", async () => {
      const cur = (await chrome.storage.local.get(key))[key] || {};
      const h2 = new Set(Array.isArray(cur.hidden) ? cur.hidden : []);
      if (cb.checked) h2.delete(l.label); else h2.add(l.label);
      await save({ hidden: [...h2] });
    });
    lab.append(cb, i, document.createTextNode(l.label));
    box.appendChild(lab);
  }
}

/* ---------- corrections, with undo ---------- */

const ACTION_TEXT = { accept: "accepted", reject: "rejected", relabel: "relabel", add: "added" };

async function renderCorrections() {
  const list = $("corrections");
  const r = await chrome.runtime.sendMessage({ type: "paperlens:corrections" });
  list.replaceChildren();
  if (!r || !r.ok) {
    $("corrections-msg").textContent = r && r.message ? "Not available: " + r.message : "";
    return;
  }
  $("corrections-count").textContent = r.corrections.length ? String(r.corrections.length) : "none yet";
  $("corrections-msg").textContent = r.corrections.length ? "" : "Accept, reject or relabel a highlight, or select words and add them.";
  for (const c of r.corrections.slice(0, 50)) {
    const li = document.createElement("li");
    li.dataset.id = String(c.id);
    li.dataset.action = String(c.action);
    const act = document.createElement("span");
    act.className = "act";
    act.textContent = ACTION_TEXT[c.action] || String(c.action);
    const what = document.createElement("span");
    what.className = "what";
    what.textContent = c.action === "relabel" ? `${c.text}: ${c.label} → ${c.new_label}` : `${c.text} (${c.label})`;
    what.title = what.textContent + (c.created ? ` · ${c.created}` : "");
    const undo = document.createElement("button");
    undo.type = "button";
    undo.className = "undo";
    undo.textContent = "Undo";
    undo.title = "Undo this correction: pages show the pipeline's answer again";
    undo.addEventListener("click", async () => {
      undo.disabled = true;
      const u = await chrome.runtime.sendMessage({ type: "paperlens:undo", id: c.id });
      if (!u || !u.ok) {
        undo.disabled = false;
        $("corrections-msg").textContent = "Undo failed: " + (u && u.message || "no answer");
        return;
      }
      $("corrections-msg").textContent = `Undone: ${what.textContent}`;
      await renderCorrections();
      $("corrections-msg").textContent = `Undone: ${what.textContent}`;
    });
    li.append(act, what, undo);
    list.appendChild(li);
  }
}

async function main() {
  $("options").addEventListener("click", (ev) => { ev.preventDefault(); chrome.runtime.openOptionsPage(); });
  $("export").addEventListener("click", exportCsv);

  const tabId = await targetTabId();
  const [h, page] = await Promise.all([chrome.runtime.sendMessage({ type: "paperlens:health" }), pageStatus(tabId)]);
  $("server-url").textContent = h.server || "";
  if (h.ok) {
    setStatus("online", "Online");
    $("server-version").textContent = "v" + String(h.health.version || "?");
  } else {
    setStatus("offline", "Offline");
    $("server-version").textContent = h.message || "";
    $("export").disabled = true;
  }
  $("page-count").textContent = page ? String(page.count) : "–";
  renderLabels(h.ok ? h.health.labels : [], page ? page.byLabel : {});
  showProgress(page);
  await renderToggles(await tabSite(tabId, page), h.ok ? h.health.labels : []);
  if (h.ok) await renderCorrections(); else $("corrections-card").hidden = true;
  // progress on a long page keeps moving while the popup is open
  if (page && page.papers && page.done < page.papers) {
    const timer = setInterval(async () => {
      const p = await pageStatus(tabId);
      showProgress(p);
      if (p) $("page-count").textContent = String(p.count);
      if (!p || p.done >= p.papers) clearInterval(timer);
    }, 250);
  }
}

function showProgress(page) {
  const el = $("progress");
  const st = page && (page.progress || (page.papers ? { done: page.done, total: page.papers } : null));
  if (st && st.total > 1 && st.done < st.total) {
    el.hidden = false;
    el.textContent = `annotating ${st.done}/${st.total}`;
  } else {
    el.hidden = true;
    el.textContent = "";
  }
}

async function exportCsv() {
  const btn = $("export");
  btn.disabled = true;
  $("export-msg").textContent = "Exporting…";
  try {
    const r = await chrome.runtime.sendMessage({ type: "paperlens:export", format: "csv" });
    if (!r.ok) {
      $("export-msg").textContent = "Export failed: " + (r.message || "unknown error");
      return;
    }
    const url = URL.createObjectURL(new Blob([r.text], { type: r.mime || "text/csv" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = r.filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    const rows = Math.max(0, r.text.split(/\r?\n/).filter(Boolean).length - 1);
    $("export-msg").textContent = `Saved ${r.filename} (${rows} mention${rows === 1 ? "" : "s"}).`;
  } finally {
    btn.disabled = false;
  }
}

main().catch((e) => setStatus("offline", "Error: " + e.message));
