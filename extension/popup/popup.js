/* PaperLens popup: server status, highlights on the current tab, CSV export. */
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
