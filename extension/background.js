/*
 * PaperLens service worker: the only part of the extension that talks to the server.
 *
 * Messages (chrome.runtime.sendMessage):
 *   from content scripts:  paperlens:hello {url}                    -> {ok, labels, cache} (the page started
 *                                                                      loading: wake up; the labels last known,
 *                                                                      what the page cache, else the library
 *                                                                      (GET /api/v1/page), has for the page)
 *                          paperlens:annotate {url, title, blocks}  -> {ok, health, result} | {ok:false, error, message}
 *                          paperlens:count {count, byLabel}         -> sets the badge
 *                          paperlens:progress {done, total}         -> "annotating 34/50" in the badge
 *                          paperlens:correct {correction}           -> POST /api/v1/corrections, then every
 *                                                                      other tab annotates again
 *   from extension pages:  paperlens:health                          -> {ok, server, health} | {ok:false, server, message}
 *                          paperlens:export {format}                 -> {ok, text, filename}
 *                          paperlens:tabState {tabId}                -> the state shown in the popup
 *                          paperlens:corrections                     -> GET /api/v1/corrections
 *                          paperlens:undo {id}                       -> DELETE /api/v1/corrections/<id>
 *                          paperlens:command {command, tabId}        -> what a keyboard shortcut does
 *
 * Chrome runs this file as the MV3 service worker; Firefox loads it (after common.js) as
 * the background script listed in manifest "background.scripts".
 */
"use strict";
if (typeof PaperLensCommon === "undefined" && typeof importScripts === "function") importScripts("common.js");

const HEALTH_TTL_MS = 15000;
const HEALTH_TIMEOUT_MS = 4000;
const ANNOTATE_TIMEOUT_MS = 120000;
const MAX_BLOCKS = 500;
const MAX_TEXT = 50000;
const BADGE_ON = "#25386e";
const BADGE_OFF = "#80838c";
const BADGE_ERR = "#b3261e";

let healthCache = null; // {server, at, data}; also kept in storage.session (the worker sleeps)
const HEALTH_KEEP_MS = 3600000; // an older answer is still used (and refreshed behind) for this long

/* The server address and its token, read once and kept until storage changes: every
   annotate request would otherwise wait on two storage reads. */
let settingsMemo = null; // Promise<server>
const tokenMemo = new Map(); // server -> Promise<token|null>
function serverUrl() {
  if (!settingsMemo) settingsMemo = PaperLensCommon.getServerUrl().catch((e) => { settingsMemo = null; throw e; });
  return settingsMemo;
}
function tokenFor(server) {
  if (!tokenMemo.has(server)) {
    tokenMemo.set(server, PaperLensCommon.getToken(server).catch(() => { tokenMemo.delete(server); return null; }));
  }
  return tokenMemo.get(server);
}

class ServerError extends Error {
  constructor(message, { offline = false, status = 0, code = "" } = {}) {
    super(message);
    this.offline = offline;
    this.status = status;
    this.code = code;
  }
}

/* The server's address (scheme, host, port) from a URL of ours. */
function serverOf(url) {
  return new URL(url).origin;
}

/*
 * Pair with the server: it hands its token only to a request whose Origin is this
 * extension's, which a web page cannot forge. Returns the token or null.
 */
async function pair(server) {
  try {
    const res = await fetch(server + "/api/v1/pair", {
      method: "POST", cache: "no-store", credentials: "omit", signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
    });
    if (!res.ok) return null;
    const body = await res.json();
    if (!body || typeof body.token !== "string") return null;
    const before = await tokenFor(server);
    await PaperLensCommon.setToken(server, body.token);
    tokenMemo.set(server, Promise.resolve(body.token));
    if (before && before !== body.token) await dropPageCache(); // another library answers at this address
    return body.token;
  } catch (e) {
    return null;
  }
}

async function fetchServer(url, init, timeoutMs, as = "json") {
  const server = serverOf(url);
  let res;
  try {
    const call = async (token) => {
      const headers = { ...(init.headers || {}) };
      if (token) headers.Authorization = "Bearer " + token;
      return fetch(url, { ...init, headers, cache: "no-store", credentials: "omit", signal: AbortSignal.timeout(timeoutMs) });
    };
    res = await call(await tokenFor(server));
    if (res.status === 401) {
      // Not paired yet, or the library's token changed: pair once and try again.
      const token = await pair(server);
      if (token) res = await call(token);
    }
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
    if (res.status === 401) {
      message = "not paired with this server: open the PaperLens options and paste the token that " +
        "`paperlens token` prints (" + message + ")";
    }
    throw new ServerError(message, { status: res.status, code });
  }
  if (as === "text") return res.text();
  try {
    return await res.json();
  } catch (e) {
    throw new ServerError("the server sent something that is not JSON");
  }
}

const healthKey = (server) => "health:" + server;

async function fetchHealth(server) {
  const at = Date.now();
  const data = await fetchServer(server + "/api/v1/health", { method: "GET" }, HEALTH_TIMEOUT_MS);
  if (!data || data.status !== "ok" || !Array.isArray(data.labels)) {
    healthCache = null;
    chrome.storage.session.remove(healthKey(server)).catch(() => {});
    throw new ServerError("the server at this address is not a PaperLens server");
  }
  healthCache = { server, at, data };
  chrome.storage.session.set({ [healthKey(server)]: { at, data } }).catch(() => {});
  keepLabels(data.labels);
  return data;
}

/* The labels for the pages' first style pass (storage.local, read with the per-site switches):
   written only when they change, since every tab hears of a write. */
let keptLabels = null;
async function keepLabels(labels) {
  const json = JSON.stringify(labels);
  if (json === keptLabels) return;
  keptLabels = json;
  try {
    const key = PaperLensCommon.LABELS_KEY;
    if (JSON.stringify((await chrome.storage.local.get(key))[key]) !== json) await chrome.storage.local.set({ [key]: labels });
  } catch (e) { keptLabels = null; }
}

/* The last health answer for this server, from memory or (after the worker slept) storage.session. */
async function knownHealth(server) {
  if (healthCache && healthCache.server === server) return healthCache;
  try {
    const got = (await chrome.storage.session.get(healthKey(server)))[healthKey(server)];
    if (got && got.data && Array.isArray(got.data.labels) && Number.isFinite(got.at)) {
      healthCache = { server, at: got.at, data: got.data };
      return healthCache;
    }
  } catch (e) { /* none */ }
  return null;
}

let healthRefresh = null;
async function getHealth(server, { fresh = false, stale = false } = {}) {
  if (!fresh) {
    const known = await knownHealth(server);
    const age = known ? Date.now() - known.at : Infinity;
    if (age < HEALTH_TTL_MS) return known.data;
    if (stale && age < HEALTH_KEEP_MS) {
      // use it now, ask again behind the answer (labels and colours rarely change)
      if (!healthRefresh) healthRefresh = fetchHealth(server).catch(() => {}).finally(() => { healthRefresh = null; });
      return known.data;
    }
  }
  return fetchHealth(server);
}

function forgetHealth() {
  healthCache = null;
  chrome.storage.session.get(null).then((all) => chrome.storage.session.remove(
    Object.keys(all).filter((k) => k.startsWith("health:")))).catch(() => {});
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== "local") return;
  if (changes[PaperLensCommon.STORAGE_KEY]) {
    settingsMemo = null;
    forgetHealth();
    serverDown = false;
    dropPageCache();
  }
  for (const k of Object.keys(changes)) if (k.startsWith("token:")) tokenMemo.delete(k.slice(6));
});

/* ---------- per-tab state and the badge ---------- */

/* Badge and tab-state updates run one after the other, in the order the page sent them. */
let chain = Promise.resolve();
function serial(fn) {
  const run = chain.then(fn, fn);
  chain = run.catch(() => {});
  return run;
}

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

/* ---------- the page cache ----------
 *
 * What the server answered for the papers of a page, kept per page URL (in memory, and in
 * storage.local for when the worker slept), so that the page loaded again paints with its
 * first layout: the content script asks for it as the page starts loading ("hello"), paints
 * the blocks whose text is unchanged (found by a quick key: kind, length, first and last
 * characters; confirmed by the block key: kind, text hash and length, after that frame), and still sends
 * every block to the server; the server's answer replaces whatever differs. Any correction or
 * undo made through the extension, a new server address or a new pairing empties it.
 *
 * Only what painting needs is kept (the hello answer is read by the page before its first
 * layout when it comes in time, so it is kept small): per block its spans as
 * [start, end, label index] (plus the canonical name when it is not the text itself) and the
 * paper id. Descriptions, tags and the RESULTS line come with the server's answer.
 */
const PAGE_CACHE_MEMORY = 24;             // pages kept in memory
const PAGE_CACHE_BYTES = 4 * 1024 * 1024; // at most this much JSON in storage.local
const PAGE_CACHE_ENTRY_BYTES = 1024 * 1024;
const PC_INDEX = "pc:index";
const pageMemo = new Map(); // storage key -> entry
let cacheGen = 0;            // bumped when the cache is emptied: answers asked before do not go in
let serverDown = false;      // the last request failed: nothing is painted from the cache
const CACHE_FORMAT = 3;      // entries of another format (an older version) are not used
// a page's address as the page cache and the navigation look-ahead know it: without its fragment
const pageAddress = (url) => String(url || "").split("#")[0];
const pcKey = (server, url) => "pc:" + PaperLensCommon.hash(server + " " + pageAddress(url));

/* The page-cache keys storage.local holds, read once per worker lifetime and then kept in
   step: a page the cache has nothing for is answered without reading storage, so that the
   hello's answer more often reaches the page before its parser is done. */
let storedKeys = null; // Promise<Set<string>|null>
function storedPages() {
  if (!storedKeys) {
    storedKeys = chrome.storage.local.get(PC_INDEX).then((got) => new Set(Object.keys(got[PC_INDEX] || {})), () => null);
  }
  return storedKeys;
}

async function dropPageCache() {
  cacheGen++;
  pageMemo.clear();
  storedKeys = Promise.resolve(new Set());
  try {
    const idx = (await chrome.storage.local.get(PC_INDEX))[PC_INDEX] || {};
    await chrome.storage.local.remove([PC_INDEX, ...Object.keys(idx)]);
  } catch (e) { /* nothing kept */ }
}

async function cachedPage(server, url) {
  if (serverDown || !url) return null;
  const key = pcKey(server, url);
  let entry = pageMemo.get(key);
  if (!entry) {
    const stored = await storedPages();
    if (stored && !stored.has(key)) return null;
    try { entry = (await chrome.storage.local.get(key))[key]; } catch (e) { entry = null; }
    if (!entry || entry.server !== server || entry.v !== CACHE_FORMAT || !entry.blocks) return null;
    remember(key, entry);
  }
  return entry.server === server ? { v: CACHE_FORMAT, labels: entry.labels, blocks: entry.blocks } : null;
}

function remember(key, entry) {
  pageMemo.delete(key);
  pageMemo.set(key, entry);
  while (pageMemo.size > PAGE_CACHE_MEMORY) pageMemo.delete(pageMemo.keys().next().value);
}

const persistTimers = new Map();
function persistSoon(key) {
  clearTimeout(persistTimers.get(key));
  const gen = cacheGen;
  persistTimers.set(key, setTimeout(() => {
    persistTimers.delete(key);
    if (gen === cacheGen) persist(key, gen).catch(() => {});
  }, 400));
}

async function persist(key, gen) {
  const entry = pageMemo.get(key);
  if (!entry) return;
  const size = JSON.stringify(entry).length;
  if (size > PAGE_CACHE_ENTRY_BYTES) return;
  const idx = (await chrome.storage.local.get(PC_INDEX))[PC_INDEX] || {};
  idx[key] = { at: Date.now(), size };
  const gone = [];
  let total = Object.values(idx).reduce((n, v) => n + v.size, 0);
  for (const [k] of Object.entries(idx).sort((a, b) => a[1].at - b[1].at)) {
    if (total <= PAGE_CACHE_BYTES || k === key) continue;
    total -= idx[k].size;
    delete idx[k];
    gone.push(k);
  }
  if (gen !== cacheGen) return;
  if (gone.length) await chrome.storage.local.remove(gone);
  await chrome.storage.local.set({ [key]: entry, [PC_INDEX]: idx });
  if (gen === cacheGen) storedKeys = Promise.resolve(new Set(Object.keys(idx)));
}

/* One block of the server's answer as the page cache keeps it: {s: [[start, end, label index,
   text (, canonical)], ...], p: paper id, k: quick key}. The quick key (kind, length, first and
   last characters) lets the page find its blocks without hashing their text before painting;
   the span's text is checked against the page's text at its offsets when painting, and the
   full key (the hash) is checked right after that frame. Spans with a label the health answer
   does not list are left out. */
function slimBlock(b, labelIndex, kind, text) {
  const spans = [];
  // the text at code-point offsets (the server's): a text without surrogates has one UTF-16
  // unit per code point and is sliced as it is; only other texts are split into code points
  // (for a 50-paper page that split was most of the time this took, while the page loads)
  let cps = /[\uD800-\uDFFF]/.test(text) ? null : undefined;
  const at = (start, end) => (cps === undefined ? text.slice(start, end) : (cps || (cps = Array.from(text))).slice(start, end).join(""));
  for (const sp of b.spans) {
    if (!sp || !labelIndex.has(sp.label) || !Number.isInteger(sp.start) || !Number.isInteger(sp.end)) continue;
    // as strict as painting the answer itself: a span whose text is not the text at its offsets is left out
    if (typeof sp.text === "string" && at(sp.start, sp.end) !== sp.text) continue;
    const spanText = typeof sp.text === "string" ? sp.text : at(sp.start, sp.end);
    const s = [sp.start, sp.end, labelIndex.get(sp.label), spanText];
    if (typeof sp.canonical === "string" && sp.canonical && sp.canonical !== spanText) s.push(sp.canonical.slice(0, 300));
    spans.push(s);
  }
  return { s: spans, p: Number.isInteger(b.paper_id) ? b.paper_id : null, k: PaperLensCommon.quickKey(kind, text) };
}

/* Adds one answer of the server to the page's entry (a page is asked in several batches). */
function storeAnswer(server, url, labels, blocks, result, gen) {
  if (gen !== cacheGen || !url || !result || !Array.isArray(result.blocks) || !Array.isArray(labels)) return;
  const key = pcKey(server, url);
  const prev = pageMemo.get(key);
  const names = labels.map((l) => l && l.label);
  const same = prev && prev.server === server && JSON.stringify(prev.labels.map((l) => l && l.label)) === JSON.stringify(names);
  const entry = same ? prev : { v: CACHE_FORMAT, server, labels, blocks: {} };
  entry.labels = labels;
  const labelIndex = new Map(names.map((n, i) => [n, i]));
  const sent = new Map(blocks.map((b) => [b.id, b]));
  for (const b of result.blocks) {
    const asked = b && sent.get(b.id);
    if (!asked || !Array.isArray(b.spans)) continue;
    entry.blocks[PaperLensCommon.blockKey(asked.kind, asked.text)] = slimBlock(b, labelIndex, asked.kind, asked.text);
  }
  remember(key, entry);
  persistSoon(key);
}

/* ---------- handlers ---------- */

async function failed(tabId, pageUrl, server, e) {
  serverDown = true;
  // in order with the page's count reports: a report read before this write must not
  // write "online" back over it (and paint a count where the badge says "off")
  if (e.offline || e.status === 0) {
    forgetHealth();
    await serial(() => markOffline(tabId, pageUrl, server, e));
  } else {
    await serial(() => markError(tabId, pageUrl, server, e));
  }
  return { ok: false, error: e.offline ? "offline" : e.code || "error", message: e.message };
}

/* Health (labels and colours, from memory when known) and the annotation itself are asked
   side by side: a page never waits for /health before its text goes out. */
async function annotate(msg, sender) {
  const t0 = performance.now();
  const tabId = sender.tab ? sender.tab.id : null;
  const pageUrl = sender.url || (sender.tab && sender.tab.url) || msg.url;
  const blocks = cleanBlocks(msg.blocks);
  if (!blocks || !blocks.length) return { ok: false, error: "no_blocks", message: "nothing to annotate" };
  const server = await serverUrl();
  const gen = cacheGen;

  const healthP = getHealth(server, { stale: true }).then((data) => ({ data }), (e) => ({ e }));
  const body = { url: str(msg.url, 4000) || pageUrl, blocks };
  const title = str(msg.title, 2000);
  if (title) body.title = title;
  const t1 = performance.now();
  const resultP = fetchServer(server + "/api/v1/annotate", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  }, ANNOTATE_TIMEOUT_MS).then((data) => ({ data }), (e) => ({ e }));

  const h = await healthP;
  const t2 = performance.now();
  if (h.e) return failed(tabId, pageUrl, server, h.e);
  const r = await resultP;
  const t3 = performance.now();
  if (r.e) return failed(tabId, pageUrl, server, r.e);
  const health = h.data;
  serverDown = false;
  // the page cache's copy is made once the answer is on its way to the page (a few ms for a
  // page of 50 papers, the answer's wait otherwise)
  setTimeout(() => storeAnswer(server, str(msg.url, 4000) || pageUrl, health.labels, blocks, r.data, gen), 0);
  // in order with the badge updates the page sends next (they read this status)
  serial(() => setTabState(tabId, { url: pageUrl, status: "online", server, version: health.version, message: "" }));
  return { ok: true, health: { version: health.version, labels: health.labels }, result: r.data,
    timing: { settings: t1 - t0, health: t2 - t1, fetch: t3 - t1 } };
}

/* What the library holds for a page the page cache does not have (GET /api/v1/page, by its
   URL alone), as a page-cache entry: the page paints it like one, found by the same keys and
   checked the same way, and its annotate answer decides. Kept in the page cache like an answer.
   Asked in the form painting needs (form=paint: each span [start, end, label (, canonical)],
   its text being the block's at those offsets): 40% fewer bytes to send, read and parse while
   the page loads, so that the answer is more often in before the page's parser is done. */
const KNOWN_PAGE_PAPERS = 100;
const KNOWN_PAGE_TIMEOUT_MS = 3000;
const paintSpan = (s) => (Array.isArray(s)
  ? { start: s[0], end: s[1], label: s[2], canonical: typeof s[3] === "string" ? s[3] : undefined } : s);
async function knownPage(server, url, healthP, timing = {}) {
  if (serverDown || !url) return null;
  const gen = cacheGen;
  const t0 = performance.now();
  const [known, health] = await Promise.all([
    fetchServer(`${server}/api/v1/page?url=${encodeURIComponent(url)}&limit=${KNOWN_PAGE_PAPERS}&form=paint`, { method: "GET" },
      KNOWN_PAGE_TIMEOUT_MS),
    healthP,
  ]);
  const t1 = performance.now();
  timing.fetch = t1 - t0;
  timing.fetchAt = performance.timeOrigin + t0;
  if (!known || !Array.isArray(known.blocks) || !known.blocks.length || !health || !Array.isArray(health.labels)) return null;
  const blocks = [], result = { blocks: [] };
  known.blocks.forEach((b, i) => {
    if (!b || typeof b.text !== "string" || !b.text || !Array.isArray(b.spans)) return;
    const id = "k" + i;
    blocks.push({ id, text: b.text, kind: b.kind === "title" ? "title" : "abstract" });
    result.blocks.push({ id, spans: b.spans.map(paintSpan), paper_id: b.paper_id });
  });
  storeAnswer(server, url, health.labels, blocks, result, gen);
  timing.store = performance.now() - t1;
  return cachedPage(server, url);
}

/* A page with PaperLens started loading: wake up and have the address, the token and the
   labels at hand before its text is read (the worker may have been asleep), and what the
   page cache (else the library) has for the page. Its timing (read by the benchmark, from the
   page's "paperlens:hello" mark) has durations in ms and, as ...At, times on the page's own
   clock (performance.timeOrigin + now): when the hello came in and went out, and for the
   navigation look-ahead (prefetch) when it started, asked the server and was done. */
async function hello(msg) {
  const t0 = performance.now();
  try {
    const server = await serverUrl();
    const url = str(msg.url, 4000);
    tokenFor(server);
    const healthP = getHealth(server, { stale: true }).catch(() => null);
    const timing = { inAt: performance.timeOrigin + t0 };
    const took = takePrefetched(url);
    const ahead = took && took.answer;
    if (ahead) { timing.ahead = true; timing.prefetch = took.timing; }
    const cache = await cachedPage(server, url).catch(() => null)
      || (ahead ? await ahead.then(() => cachedPage(server, url)).catch(() => null)
        : await knownPage(server, url, healthP, timing).catch(() => null));
    if (ahead && took.timing.fetch !== undefined) timing.fetch = took.timing.fetch; // the look-ahead's lookup
    const known = serverDown ? null : await knownHealth(server).catch(() => null);
    return {
      ok: true,
      labels: known && known.server === server ? known.data.labels : null,
      cache,
      timing: { ...timing, total: performance.now() - t0, outAt: performance.timeOrigin + performance.now() },
    };
  } catch (e) {
    return { ok: true, cache: null };
  }
}

/* A page the content scripts run on is being navigated to: its address is known before the
   browser has asked for the page, so ask the library for it now, while the page itself loads.
   The hello then finds the answer in memory and the page paints it with its first layout, as
   from the page cache, instead of after its first frame (issue #4). The pages are the
   manifest's content-script matches, so the list lives in one place. */
const CONTENT_PAGES = (chrome.runtime.getManifest().content_scripts || []).flatMap((c) => c.matches || []);
const CONTENT_PAGE_RES = CONTENT_PAGES.map((m) =>
  new RegExp("^" + m.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$"));
const PREFETCH_TTL_MS = 15000;
const prefetched = new Map(); // page URL (no fragment) -> {at, answer: Promise}

function prefetchPage(url) {
  const key = pageAddress(url);
  if (!CONTENT_PAGE_RES.some((re) => re.test(key))) return;
  const now = Date.now();
  for (const [u, p] of prefetched) if (now - p.at > PREFETCH_TTL_MS) prefetched.delete(u);
  const timing = { startAt: performance.timeOrigin + performance.now() };
  const answer = (async () => {
    const server = await serverUrl();
    if (await cachedPage(server, key).catch(() => null)) return null; // the hello finds it there
    return knownPage(server, key, getHealth(server, { stale: true }).catch(() => null), timing);
  })().catch(() => null).finally(() => { timing.doneAt = performance.timeOrigin + performance.now(); });
  prefetched.set(key, { at: now, answer, timing });
}

function takePrefetched(url) {
  const key = pageAddress(url);
  const p = prefetched.get(key);
  prefetched.delete(key);
  return p && Date.now() - p.at <= PREFETCH_TTL_MS ? p : null;
}

if (chrome.webNavigation && chrome.webNavigation.onBeforeNavigate) {
  const hosts = [...new Set(CONTENT_PAGES.map((m) => m.split("/")[2]))];
  chrome.webNavigation.onBeforeNavigate.addListener((d) => {
    if (d.frameId === 0) prefetchPage(d.url);
  }, { url: hosts.map((h) => ({ hostEquals: h })) });
}

async function reportCount(msg, sender) {
  const tabId = sender.tab ? sender.tab.id : null;
  const count = Number.isInteger(msg.count) && msg.count >= 0 ? msg.count : 0;
  const byLabel = {};
  if (msg.byLabel && typeof msg.byLabel === "object") {
    for (const [k, v] of Object.entries(msg.byLabel)) if (Number.isInteger(v)) byLabel[String(k).slice(0, 40)] = v;
  }
  const papers = Number.isInteger(msg.papers) ? msg.papers : undefined;
  const done = Number.isInteger(msg.done) ? msg.done : papers;
  const progress = papers && done < papers ? { done, total: papers } : null;
  const state = await setTabState(tabId, { url: sender.url, count, byLabel, papers, done, progress, off: !!msg.off });
  if (state && state.status === "online" && progress) {
    await setBadge(tabId, `${done}/${papers}`.length <= 5 ? `${done}/${papers}` : `${Math.floor((100 * done) / papers)}%`,
      BADGE_ON, `PaperLens: annotating ${done}/${papers}`);
  } else if (state && state.status === "online" && msg.off) {
    await setBadge(tabId, "", BADGE_OFF, "PaperLens: the overlay is switched off on this site");
  } else if (state && state.status === "online") {
    const server = state.server || (await serverUrl());
    await setBadge(tabId, count > 999 ? "999+" : String(count), BADGE_ON,
      `PaperLens: ${count} highlight${count === 1 ? "" : "s"} on this page (server ${server})`);
  }
  return { ok: true };
}

async function health() {
  settingsMemo = null; // "Test connection" right after a save: read the address and token again
  tokenMemo.clear();
  const server = await serverUrl();
  try {
    const data = await getHealth(server, { fresh: true });
    return { ok: true, server, health: data };
  } catch (e) {
    return { ok: false, server, offline: !!e.offline, message: e.message };
  }
}

async function exportLibrary(msg) {
  const format = msg.format === "json" ? "json" : "csv";
  const server = await serverUrl();
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

/* ---------- the annotator ---------- */

const LABEL_RE = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

function cleanCorrection(c) {
  if (!c || typeof c !== "object") return null;
  const action = ["accept", "reject", "relabel", "add"].includes(c.action) ? c.action : null;
  const text = typeof c.text === "string" ? c.text.trim() : "";
  if (!action || !text || text.length > 300 || typeof c.label !== "string" || !LABEL_RE.test(c.label)) return null;
  const out = { action, text, label: c.label };
  if (action === "relabel") {
    if (typeof c.new_label !== "string" || !LABEL_RE.test(c.new_label)) return null;
    out.new_label = c.new_label;
  }
  if (Number.isInteger(c.paper_id) && c.paper_id >= 0) out.paper_id = c.paper_id;
  if (typeof c.block_text === "string" && c.block_text.length <= MAX_TEXT
      && Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end > c.start) {
    out.block_text = c.block_text;
    out.start = c.start;
    out.end = c.end;
  }
  return out;
}

/* Every tab with PaperLens in it annotates again (the server applies corrections to all pages). */
async function broadcastRefresh(exceptTabId) {
  let tabs = [];
  try { tabs = await chrome.tabs.query({}); } catch (e) { return; }
  await Promise.all(tabs.filter((t) => t.id !== exceptTabId && t.id != null && t.id >= 0).map((t) =>
    chrome.tabs.sendMessage(t.id, { type: "paperlens:refresh" }).catch(() => {})));
}

async function correct(msg, sender) {
  const body = cleanCorrection(msg.correction);
  if (!body) return { ok: false, error: "invalid", message: "not a correction PaperLens can send" };
  const server = await serverUrl();
  try {
    const data = await fetchServer(server + "/api/v1/corrections", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    }, 15000);
    await dropPageCache();
    await broadcastRefresh(sender.tab ? sender.tab.id : null);
    return { ok: true, correction: data && data.correction };
  } catch (e) {
    if (e.code === "offsets_mismatch" && body.block_text) {
      // the page's text and the server's disagree on where it is: the surface alone is what counts
      delete body.block_text; delete body.start; delete body.end;
      return correct({ correction: body }, sender);
    }
    return { ok: false, error: e.code || "error", message: e.message };
  }
}

async function listCorrections() {
  const server = await serverUrl();
  try {
    const data = await fetchServer(server + "/api/v1/corrections", { method: "GET" }, 10000);
    return { ok: true, corrections: Array.isArray(data.corrections) ? data.corrections : [] };
  } catch (e) {
    return { ok: false, message: e.message, offline: !!e.offline };
  }
}

async function undoCorrection(msg) {
  const id = Number.isInteger(msg.id) ? msg.id : Number.parseInt(msg.id, 10);
  if (!Number.isInteger(id) || id < 0) return { ok: false, message: "no such correction" };
  const server = await serverUrl();
  try {
    await fetchServer(`${server}/api/v1/corrections/${id}`, { method: "DELETE" }, 10000);
    await dropPageCache();
    await broadcastRefresh(null);
    return { ok: true, deleted: id };
  } catch (e) {
    return { ok: false, message: e.message };
  }
}

async function reportProgress(msg, sender) {
  const tabId = sender.tab ? sender.tab.id : null;
  const done = Number.isInteger(msg.done) ? msg.done : 0, total = Number.isInteger(msg.total) ? msg.total : 0;
  if (!total) return { ok: true };
  const state = await setTabState(tabId, { url: sender.url, progress: { done, total } });
  if (state && state.status === "online") {
    const text = `${done}/${total}`;
    await setBadge(tabId, text.length <= 5 ? text : `${Math.floor((100 * done) / total)}%`, BADGE_ON,
      `PaperLens: annotating ${done}/${total}`);
  }
  return { ok: true };
}

/* ---------- toggles, shortcuts and the context menu ---------- */

/* The tab's site: from its PaperLens content script (no "tabs" permission needed), else its URL. */
async function siteOf(tab) {
  try {
    const r = await chrome.tabs.sendMessage(tab.id, { type: "paperlens:pageStatus" });
    if (r && typeof r.site === "string" && r.site) return r.site;
  } catch (e) { /* no PaperLens there */ }
  try { return new URL(tab.url).hostname || null; } catch (e) { return null; }
}

async function toggleSite(tab, label) {
  const site = await siteOf(tab);
  const key = site ? "site:" + site : null;
  if (!key) return null;
  const prev = (await chrome.storage.local.get(key))[key] || {};
  const next = { off: !!prev.off, hidden: Array.isArray(prev.hidden) ? prev.hidden.slice() : [] };
  if (label) {
    const i = next.hidden.indexOf(label);
    if (i >= 0) next.hidden.splice(i, 1); else next.hidden.push(label);
  } else {
    next.off = !next.off;
  }
  await chrome.storage.local.set({ [key]: next });
  return next;
}

async function labelNames() {
  try {
    const h = await getHealth(await serverUrl(), { stale: true });
    return h.labels.map((l) => l.label).filter((l) => LABEL_RE.test(l));
  } catch (e) {
    return ["METHOD", "DATASET", "METRIC", "TASK"];
  }
}

const CONTENT_FILES = [
  "extension/common.js", "extension/content/offsets.js", "extension/content/sites.js", "extension/content/ui.js",
  "extension/content/main.js",
];

/* Send to the tab's PaperLens; on a page without it, inject it first (activeTab grants that). */
async function toContent(tabId, message) {
  try {
    return await chrome.tabs.sendMessage(tabId, message);
  } catch (e) { /* no content script there yet */ }
  try {
    await chrome.scripting.executeScript({ target: { tabId }, func: () => {
      globalThis.PaperLens = globalThis.PaperLens || {};
      if (!globalThis.PaperLens.started) globalThis.PaperLens.manual = true;
    } });
    await chrome.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES });
    return await chrome.tabs.sendMessage(tabId, message);
  } catch (e) {
    return { ok: false, message: String(e && e.message || e) };
  }
}

async function onCommand(command, tab) {
  if (!tab || tab.id == null) {
    [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  }
  if (!tab) return { ok: false, message: "no tab" };
  if (command === "annotate-selection") return toContent(tab.id, { type: "paperlens:annotateSelection" });
  if (command === "toggle-overlay") return { ok: true, prefs: await toggleSite(tab, null) };
  const m = /^toggle-label-(\d)$/.exec(command);
  if (m) {
    const label = (await labelNames())[Number(m[1]) - 1];
    if (label) return { ok: true, prefs: await toggleSite(tab, label) };
  }
  return { ok: false, message: "unknown command " + command };
}

chrome.commands.onCommand.addListener((command, tab) => { onCommand(command, tab); });

const MENU_ROOT = "paperlens";

async function buildMenus() {
  await new Promise((resolve) => chrome.contextMenus.removeAll(resolve));
  const contexts = ["selection"];
  chrome.contextMenus.create({ id: MENU_ROOT, title: "PaperLens", contexts });
  chrome.contextMenus.create({ id: "annotate-selection", parentId: MENU_ROOT, title: "Annotate the selection", contexts });
  chrome.contextMenus.create({ id: "sep", parentId: MENU_ROOT, type: "separator", contexts });
  for (const label of await labelNames()) {
    chrome.contextMenus.create({ id: "add:" + label, parentId: MENU_ROOT, title: `Add “%s” as ${label}`, contexts });
  }
}

chrome.runtime.onInstalled.addListener(() => { buildMenus().catch(() => {}); });
if (chrome.runtime.onStartup) chrome.runtime.onStartup.addListener(() => { buildMenus().catch(() => {}); });

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (!tab || tab.id == null) return;
  if (info.menuItemId === "annotate-selection") toContent(tab.id, { type: "paperlens:annotateSelection" });
  else if (typeof info.menuItemId === "string" && info.menuItemId.startsWith("add:")) {
    toContent(tab.id, { type: "paperlens:addSelection", label: info.menuItemId.slice(4) });
  }
});

/* for tests and other extension pages: what a shortcut or the menu would do */
self.PaperLensBackground = { onCommand, toContent, buildMenus };

function fromExtensionPage(sender) {
  return !sender.tab || (sender.url || "").startsWith(chrome.runtime.getURL(""));
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !msg || typeof msg.type !== "string") return false;
  let work = null;
  switch (msg.type) {
    case "paperlens:hello": work = hello(msg); break;
    case "paperlens:annotate": work = annotate(msg, sender); break;
    case "paperlens:count": work = serial(() => reportCount(msg, sender)); break;
    case "paperlens:progress": work = serial(() => reportProgress(msg, sender)); break;
    case "paperlens:correct": work = correct(msg, sender); break;
    case "paperlens:corrections": if (fromExtensionPage(sender)) work = listCorrections(); break;
    case "paperlens:undo": if (fromExtensionPage(sender)) work = undoCorrection(msg); break;
    case "paperlens:command": if (fromExtensionPage(sender)) work = chrome.tabs.get(msg.tabId).then((t) => onCommand(msg.command, t)); break;
    case "paperlens:health": if (fromExtensionPage(sender)) work = health(); break;
    case "paperlens:export": if (fromExtensionPage(sender)) work = exportLibrary(msg); break;
    case "paperlens:tabState": if (fromExtensionPage(sender)) work = tabState(msg); break;
    default: break;
  }
  if (!work) return false;
  work.then(sendResponse, (e) => sendResponse({ ok: false, error: "internal", message: String(e && e.message || e) }));
  return true;
});
