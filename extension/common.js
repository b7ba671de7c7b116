/*
 * PaperLens: settings and page-cache keys shared by the service worker, the content scripts,
 * the popup and the options page. Loaded with importScripts() in the worker, as the first
 * content script, and with a <script> tag in extension pages.
 */
"use strict";

var PaperLensCommon = (() => {
  const DEFAULT_SERVER = "http://127.0.0.1:5757";
  const STORAGE_KEY = "serverUrl";
  // host_permissions cover exactly these hosts: PaperLens only talks to a server on this computer.
  const LOCAL_HOSTS = ["127.0.0.1", "localhost"];

  /* {ok: true, url: "http://127.0.0.1:5757"} or {ok: false, error: "..."} */
  function validateServerUrl(input) {
    const raw = typeof input === "string" ? input.trim() : "";
    if (!raw) return { ok: false, error: "Enter the server address, e.g. " + DEFAULT_SERVER + "." };
    let u;
    try {
      u = new URL(raw);
    } catch (e) {
      return { ok: false, error: "That is not a valid URL. Use the form " + DEFAULT_SERVER + "." };
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") {
      return { ok: false, error: "The address must start with http:// (or https://)." };
    }
    if (!LOCAL_HOSTS.includes(u.hostname)) {
      return { ok: false, error: "PaperLens only talks to a server on this computer: use 127.0.0.1 or localhost." };
    }
    if (u.username || u.password) return { ok: false, error: "The address must not contain a user name or password." };
    if ((u.pathname && u.pathname !== "/") || u.search || u.hash) {
      return { ok: false, error: "Give only the server's address (scheme, host and port), without a path." };
    }
    return { ok: true, url: u.origin };
  }

  async function getServerUrl() {
    const stored = await chrome.storage.local.get(STORAGE_KEY);
    const v = validateServerUrl(stored[STORAGE_KEY]);
    return v.ok ? v.url : DEFAULT_SERVER;
  }

  // The pairing token of each server address (the server prints it with `paperlens token`).
  const tokenKey = (server) => "token:" + server;

  async function getToken(server) {
    const stored = await chrome.storage.local.get(tokenKey(server));
    const t = stored[tokenKey(server)];
    return typeof t === "string" && /^[A-Za-z0-9_-]{32,128}$/.test(t) ? t : null;
  }

  async function setToken(server, token) {
    if (token === null) return chrome.storage.local.remove(tokenKey(server));
    return chrome.storage.local.set({ [tokenKey(server)]: token });
  }

  /* A 53-bit hash of a string (cyrb53), for block texts. */
  function hash(str) {
    let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (let i = 0; i < str.length; i++) {
      const ch = str.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }

  /* The key of a block in the page cache: its kind, its text's hash and length. */
  function blockKey(kind, text) {
    return kind + ":" + hash(text) + ":" + text.length;
  }

  /* A block's quick key in the page cache (kind, length, first and last characters): found
     without hashing the text. */
  function quickKey(kind, text) {
    return kind + ":" + text.length + ":" + text.slice(0, 24) + "\u0000" + text.slice(-24);
  }

  /* The labels (names and colours) last known, kept in storage.local by the service worker so
     that a page reads them with its per-site switches, before its first style pass. */
  const LABELS_KEY = "labels";

  return { DEFAULT_SERVER, STORAGE_KEY, LABELS_KEY, LOCAL_HOSTS, validateServerUrl, getServerUrl, getToken, setToken, hash, blockKey, quickKey };
})();

/* In a page's content scripts this file comes first: the service worker's hello (the labels
   last known, the page cache) and the site's switches (with the labels last known) are asked
   for here, before the other files are even compiled. Their answers are then more often in
   before the page's parser finishes, so that the page's first style pass and frame already have
   the ::highlight() rules (and the cached highlights). main.js takes them over (PaperLens.early). Nothing is asked
   from the service worker or extension pages, nor when injected to annotate a selection. */
(() => {
  if (typeof document === "undefined" || typeof chrome === "undefined" || !chrome.runtime || !chrome.runtime.id) return;
  if (!/^https?:$/.test(location.protocol)) return;
  const PL = (globalThis.PaperLens = globalThis.PaperLens || {});
  if (PL.manual || PL.started || PL.early) return;
  const url = location.href, site = "site:" + location.hostname;
  try { performance.mark("paperlens:hello-sent"); } catch (e) { /* ignore */ }
  PL.early = {
    url, site,
    hello: chrome.runtime.sendMessage({ type: "paperlens:hello", url }).catch(() => null),
    prefs: chrome.storage.local.get([site, PaperLensCommon.LABELS_KEY]).catch(() => ({})),
  };
})();
