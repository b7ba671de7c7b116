/*
 * PaperLens service worker: the only part of the extension that talks to the server.
 *
 * Messages (chrome.runtime.sendMessage):
 *   from content scripts:  paperlens:annotate {url, title, blocks}  -> {ok, health, result} | {ok:false, error, message}
 *                          paperlens:count {count, byLabel}         -> sets the badge
 *   from extension pages:  paperlens:health                          -> {ok, server, health} | {ok:false, server, message}
 *                          paperlens:export {format}                 -> {ok, text, filename}
 *                          paperlens:tabState {tabId}                -> the state shown in the popup
 */
"use strict";
importScripts("common.js");

const HEALTH_TTL_MS = 15000;
const HEALTH_TIMEOUT_MS = 4000;
const ANNOTATE_TIMEOUT_MS = 120000;
const MAX_BLOCKS = 500;
const MAX_TEXT = 50000;
const BADGE_ON = "#25386e";
const BADGE_OFF = "#80838c";
const BADGE_ERR = "#b3261e";

let healthCache = null; // {server, at, data}

class ServerError extends Error {
  constructor(message, { offline = false, status = 0, code = "" } = {}) {
    super(message);
    this.offline = offline;
    this.status = status;
    this.code = code;
  }
}

async function fetchServer(url, init, timeoutMs, as = "json") {
  let res;
  try {
    res = await fetch(url, { ...init, cache: "no-store", credentials: "omit", signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw new ServerError(e && e.name === "TimeoutError" ? "the server did not answer in time" : "the server is not reachable", { offline: true });
  }
  if (!res.ok) {
    let code = "http_" + res.status, message = `HTTP ${res.status}`;
    try {
      const body = await res.json();
      if (body && body.error) {
        code = String(body.error.code || code);
        message = String(body.error.message || message);
      }
    } catch (e) { /* not JSON */ }
    throw new ServerError(message, { status: res.status, code });
  }
  if (as === "text") return res.text();
  try {
    return await res.json();
  } catch (e) {
    throw new ServerError("the server sent something that is not JSON");
  }
}

async function getHealth(server, { fresh = false } = {}) {
  const now = Date.now();
  if (!fresh && healthCache && healthCache.server === server && now - healthCache.at < HEALTH_TTL_MS) {
    return healthCache.data;
  }
  const data = await fetchServer(server + "/api/v1/health", { method: "GET" }, HEALTH_TIMEOUT_MS);
  if (!data || data.status !== "ok" || !Array.isArray(data.labels)) {
    healthCache = null;
    throw new ServerError("the server at this address is not a PaperLens server");
  }
  healthCache = { server, at: now, data };
  return data;
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && changes[PaperLensCommon.STORAGE_KEY]) healthCache = null;
});

/* ---------- per-tab state and the badge ---------- */

async function setTabState(tabId, patch) {
  if (tabId == null || tabId < 0) return null;
  const key = "tab:" + tabId;
  const prev = (await chrome.storage.session.get(key))[key] || {};
  const next = { ...prev, ...patch, updated: Date.now() };
  await chrome.storage.session.set({ [key]: next });
  return next;
}

async function setBadge(tabId, text, color, title) {
  if (tabId == null || tabId < 0) return;
  try {
    await chrome.action.setBadgeText({ tabId, text });
    await chrome.action.setBadgeBackgroundColor({ tabId, color });
    if (chrome.action.setBadgeTextColor) await chrome.action.setBadgeTextColor({ tabId, color: "#ffffff" });
    await chrome.action.setTitle({ tabId, title });
  } catch (e) {
    // the tab went away meanwhile
  }
}

async function markOffline(tabId, url, server, err) {
  await setTabState(tabId, { url, status: "offline", server, count: 0, byLabel: {}, message: err.message });
  await setBadge(tabId, "off", BADGE_OFF,
    `PaperLens is off: no PaperLens server at ${server} (${err.message}). Start it with "paperlens serve", or set its address in the options.`);
}

async function markError(tabId, url, server, err) {
  await setTabState(tabId, { url, status: "error", server, count: 0, byLabel: {}, message: err.message });
  await setBadge(tabId, "err", BADGE_ERR, `PaperLens: the server at ${server} refused the page: ${err.message}`);
}

chrome.tabs.onRemoved.addListener((tabId) => {
  chrome.storage.session.remove("tab:" + tabId);
});

/* ---------- request validation ---------- */

function str(v, max) {
  return typeof v === "string" ? v.slice(0, max) : undefined;
}

function cleanBlocks(blocks) {
  if (!Array.isArray(blocks)) return null;
  const out = [];
  for (const b of blocks.slice(0, MAX_BLOCKS)) {
    if (!b || typeof b.id !== "string" || typeof b.text !== "string" || !b.text || b.text.length > MAX_TEXT) continue;
    const block = { id: b.id.slice(0, 100), text: b.text, kind: b.kind === "title" ? "title" : "abstract" };
    if (b.paper && typeof b.paper === "object") {
      const paper = {};
      for (const k of ["title", "url", "arxiv_id"]) {
        const v = str(b.paper[k], 2000);
        if (v) paper[k] = v;
      }
      if (Object.keys(paper).length) block.paper = paper;
    }
    out.push(block);
  }
  return out;
}

/* ---------- handlers ---------- */

async function annotate(msg, sender) {
  const tabId = sender.tab ? sender.tab.id : null;
  const pageUrl = sender.url || (sender.tab && sender.tab.url) || msg.url;
  const server = await PaperLensCommon.getServerUrl();
  const blocks = cleanBlocks(msg.blocks);
  if (!blocks || !blocks.length) return { ok: false, error: "no_blocks", message: "nothing to annotate" };

  let health;
  try {
    health = await getHealth(server);
  } catch (e) {
    if (e.offline || e.status === 0) await markOffline(tabId, pageUrl, server, e);
    else await markError(tabId, pageUrl, server, e);
    return { ok: false, error: e.offline ? "offline" : e.code || "error", message: e.message };
  }

  let result;
  try {
    const body = { url: str(msg.url, 4000) || pageUrl, blocks };
    const title = str(msg.title, 2000);
    if (title) body.title = title;
    result = await fetchServer(server + "/api/v1/annotate", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }, ANNOTATE_TIMEOUT_MS);
  } catch (e) {
    if (e.offline) {
      healthCache = null;
      await markOffline(tabId, pageUrl, server, e);
    } else {
      await markError(tabId, pageUrl, server, e);
    }
    return { ok: false, error: e.offline ? "offline" : e.code || "error", message: e.message };
  }
  await setTabState(tabId, { url: pageUrl, status: "online", server, version: health.version, message: "" });
  return { ok: true, health: { version: health.version, labels: health.labels }, result };
}

async function reportCount(msg, sender) {
  const tabId = sender.tab ? sender.tab.id : null;
  const count = Number.isInteger(msg.count) && msg.count >= 0 ? msg.count : 0;
  const byLabel = {};
  if (msg.byLabel && typeof msg.byLabel === "object") {
    for (const [k, v] of Object.entries(msg.byLabel)) if (Number.isInteger(v)) byLabel[String(k).slice(0, 40)] = v;
  }
  const papers = Number.isInteger(msg.papers) ? msg.papers : undefined;
  const state = await setTabState(tabId, { url: sender.url, count, byLabel, papers });
  if (state && state.status === "online") {
    const server = state.server || (await PaperLensCommon.getServerUrl());
    await setBadge(tabId, count > 999 ? "999+" : String(count), BADGE_ON,
      `PaperLens: ${count} highlight${count === 1 ? "" : "s"} on this page (server ${server})`);
  }
  return { ok: true };
}

async function health() {
  const server = await PaperLensCommon.getServerUrl();
  try {
    const data = await getHealth(server, { fresh: true });
    return { ok: true, server, health: data };
  } catch (e) {
    return { ok: false, server, offline: !!e.offline, message: e.message };
  }
}

async function exportLibrary(msg) {
  const format = msg.format === "json" ? "json" : "csv";
  const server = await PaperLensCommon.getServerUrl();
  try {
    const text = await fetchServer(`${server}/api/v1/export?format=${format}`, { method: "GET" }, 60000, "text");
    const stamp = new Date().toISOString().slice(0, 10);
    return { ok: true, text, filename: `paperlens-export-${stamp}.${format}`, mime: format === "csv" ? "text/csv" : "application/json" };
  } catch (e) {
    return { ok: false, server, message: e.message };
  }
}

async function tabState(msg) {
  const key = "tab:" + msg.tabId;
  return { ok: true, state: (await chrome.storage.session.get(key))[key] || null };
}

function fromExtensionPage(sender) {
  return !sender.tab || (sender.url || "").startsWith(chrome.runtime.getURL(""));
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !msg || typeof msg.type !== "string") return false;
  let work = null;
  switch (msg.type) {
    case "paperlens:annotate": work = annotate(msg, sender); break;
    case "paperlens:count": work = reportCount(msg, sender); break;
    case "paperlens:health": if (fromExtensionPage(sender)) work = health(); break;
    case "paperlens:export": if (fromExtensionPage(sender)) work = exportLibrary(msg); break;
    case "paperlens:tabState": if (fromExtensionPage(sender)) work = tabState(msg); break;
    default: break;
  }
  if (!work) return false;
  work.then(sendResponse, (e) => sendResponse({ ok: false, error: "internal", message: String(e && e.message || e) }));
  return true;
});
